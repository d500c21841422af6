"""The toolbar's search box: deals and clients by title, name, phone or e-mail,
answered as you type in a popup list; Enter or a click opens the card.

The popup is a QCompleter's list over our own model (no filtering of its
own: `funnel.deals.search.search` decides what matches), so the keys work as in any
completer: Down/Up walk the list, Enter opens, Escape closes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from funnel.deals.search import SearchResults, search
from ui.board.delegate import mix
from ui.context import AppContext

MIN_CHARS = 2
LIMIT = 8  # per kind: a popup, not a results page

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
NOTHING = "nothing"  # the kind of the one row saying that nothing matched


@dataclass(frozen=True)
class Hit:
    kind: str  # "deal" | "client"
    id: int
    text: str
    detail: str


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return hit.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.text}\n{hit.detail}" if hit.detail else hit.text
        if role == KIND_ROLE:
            return hit.kind
        if role == ID_ROLE:
            return hit.id
        if role == DETAIL_ROLE:
            return hit.detail
        return None

    def flags(self, index):
        if index.isValid() and self.hits[index.row()].kind == NOTHING:
            return Qt.ItemFlag.NoItemFlags  # a message, not something to open
        return super().flags(index)

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: the name in bold, then who/where in a muted colour,
    with "Deal" or "Client" on the right."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(320, QFontMetrics(option.font).height() * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
            text = palette.color(QPalette.ColorRole.HighlightedText)
            muted = text
        else:
            text = palette.color(QPalette.ColorRole.Text)
            muted = mix(text, palette.color(QPalette.ColorRole.Base), 0.42)
        tag = kind_name(index.data(KIND_ROLE))
        line = QFontMetrics(option.font).height()
        r = option.rect.adjusted(10, 6, -10, -6)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() - 1, 6.0))
        painter.setFont(small)
        painter.setPen(muted)
        tag_width = QFontMetrics(small).horizontalAdvance(tag)
        painter.drawText(
            QRect(r.right() - tag_width, r.top(), tag_width, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            tag,
        )
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        width = r.width() - tag_width - 10
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(
            QRect(r.left(), r.top(), width, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(bold).elidedText(index.data(), Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        detail = index.data(DETAIL_ROLE) or ""
        painter.drawText(
            QRect(r.left(), r.top() + line + 2, r.width(), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(option.font).elidedText(detail, Qt.TextElideMode.ElideRight, r.width()),
        )
        painter.restore()


def kind_name(kind: str) -> str:
    if kind == NOTHING:
        return ""
    if kind == "deal":
        return QCoreApplication.translate("SearchBox", "Deal")
    return QCoreApplication.translate("SearchBox", "Client")


class SearchBox(QLineEdit):
    deal_chosen = Signal(int)
    client_chosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("searchBox")
        self.setPlaceholderText(self.tr("Search deals and clients (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(280)
        self.results = SearchResultsModel(self)
        self.completer = QCompleter(self.results, self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        popup = self.completer.popup()
        popup.setObjectName("searchPopup")
        popup.setItemDelegate(HitDelegate(popup))
        popup.setUniformItemSizes(True)
        self.completer.activated[QModelIndex].connect(self._activated)
        # Typing fast or pasting queues several edits: search once for the last.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._open_first)

    def popup(self):
        return self.completer.popup()

    def run_search(self) -> None:
        text = self.text().strip()
        if len(text) < MIN_CHARS:
            self.results.set_hits([])
            self.completer.popup().hide()
            return
        found = self.ctx.read(search, text, limit=LIMIT)
        hits = self._hits(found)
        if not hits:
            hits = [
                Hit(
                    NOTHING,
                    0,
                    self.tr("Nothing found for “%1”").replace("%1", text),
                    self.tr("Try part of a name, a company, a phone or an e-mail."),
                )
            ]
        self.results.set_hits(hits)
        self.completer.complete(self._popup_rect())
        if hits[0].kind != NOTHING:
            popup = self.completer.popup()
            popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _popup_rect(self) -> QRect:
        width = max(self.width(), 420)
        return QRect(self.width() - width, 0, width, self.height())

    def _hits(self, found: SearchResults) -> list[Hit]:
        hits = []
        for deal in found.deals:
            where = f"{deal.stage} ({deal.pipeline})"
            status = {
                "won": self.tr("won"),
                "lost": self.tr("lost"),
                "archived": self.tr("archived"),
            }.get(deal.status)
            parts = [deal.client, where, status]
            hits.append(Hit("deal", deal.id, deal.title, " · ".join(p for p in parts if p)))
        for client in found.clients:
            parts = [client.company, client.phone or client.email]
            hits.append(Hit("client", client.id, client.name, " · ".join(p for p in parts if p)))
        return hits

    def _activated(self, index: QModelIndex) -> None:
        self._choose(index.data(KIND_ROLE), index.data(ID_ROLE))

    def _open_first(self) -> None:
        """Enter with the popup closed opens the top hit (if the text still has one)."""
        if self.completer.popup().isVisible() or not self.results.hits:
            return
        if self.results.hits[0].kind == NOTHING:
            return
        hit = self.results.hits[0]
        self._choose(hit.kind, hit.id)

    def _choose(self, kind: str | None, item_id: int | None) -> None:
        if item_id is None or kind == NOTHING:
            return
        self.completer.popup().hide()
        if kind == "deal":
            self.deal_chosen.emit(int(item_id))
        elif kind == "client":
            self.client_chosen.emit(int(item_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.completer.popup().isVisible():
            self.clear()
            self.results.set_hits([])
            self.clearFocus()
            return
        super().keyPressEvent(event)

    def focus_and_select(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

"""The editors a client card is made of: contact lists with tel:/mailto: links,
a tags box that completes each tag, the temperature switch and a client picker."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QSize, QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.clients import clean_email, clean_phone, phone_digits
from funnel.deals.search import ClientHit
from funnel.errors import ValidationError
from ui.clients.model import temperature_color, temperature_text

INVALID_STYLE = "QLineEdit { border: 1px solid #d64545; border-radius: 3px; padding: 2px; }"


def mark_invalid(edit: QLineEdit, invalid: bool) -> None:
    """A red frame around a box that needs fixing, gone once it is edited."""
    edit.setStyleSheet(INVALID_STYLE if invalid else "")


def contact_url(kind: str, value: str) -> QUrl | None:
    """tel:+79123450000 or mailto:anna@example.com, or None if the value is not
    a phone or an e-mail yet."""
    value = value.strip()
    try:
        if kind == "phone":
            clean_phone(value)
            plus = "+" if value.startswith("+") else ""
            return QUrl(f"tel:{plus}{phone_digits(value)}")
        clean_email(value)
        return QUrl(f"mailto:{value}")
    except ValidationError:
        return None


class ContactList(QWidget):
    """Several phones or e-mails: each an editable box with a link beside it
    that calls or writes (through the desktop's tel:/mailto: handler)."""

    changed = Signal()
    text_edited = Signal(str)  # the text of the box being typed in

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert kind in ("phone", "email")
        self.kind = kind
        self._rows: list[tuple[QWidget, QLineEdit, QLabel]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = QPushButton(
            self.tr("Add phone") if kind == "phone" else self.tr("Add e-mail")
        )
        self.add_button.setObjectName(f"add_{kind}")
        self.add_button.setFlat(True)
        self.add_button.setIcon(plus_icon(self.palette().color(QPalette.ColorRole.Link)))
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.clicked.connect(lambda: self.add_row("").setFocus())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self._layout.addLayout(add_row)

    def set_values(self, values: Sequence[str]) -> None:
        while self._rows:
            self._remove(self._rows[0][0])
        for value in values:
            self.add_row(value)
        if not values:
            self.add_row("")

    def values(self) -> list[str]:
        return [edit.text().strip() for _, edit, _ in self._rows if edit.text().strip()]

    def editors(self) -> list[QLineEdit]:
        return [edit for _, edit, _ in self._rows]

    def links(self) -> list[QLabel]:
        return [link for _, _, link in self._rows]

    def add_row(self, value: str) -> QLineEdit:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        edit = QLineEdit(value)
        edit.setObjectName(f"{self.kind}Edit")
        edit.setPlaceholderText(
            self.tr("+1 555 010 0200") if self.kind == "phone" else self.tr("name@example.com")
        )
        # Room for a whole international number or a usual e-mail address:
        # a field that scrolls its start out of view hides the country code.
        sample = "+55 (11) 98765-4321" if self.kind == "phone" else "anna.ivanova@example.com"
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(sample) + 16)
        link = QLabel()
        link.setObjectName(f"{self.kind}Link")
        link.setTextFormat(Qt.TextFormat.RichText)
        link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        link.setOpenExternalLinks(False)
        link.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        link.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.tr("Write")) + 12)
        remove = QToolButton()
        remove.setAutoRaise(True)
        remove.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        remove.setToolTip(self.tr("Remove"))
        remove.clicked.connect(lambda: self._remove(row))
        layout.addWidget(edit, 1)
        layout.addWidget(link)
        layout.addWidget(remove)
        self._layout.insertWidget(len(self._rows), row)
        self._rows.append((row, edit, link))
        edit.textChanged.connect(lambda _: self._update_link(edit, link))
        edit.textEdited.connect(lambda _: (mark_invalid(edit, False), self.changed.emit()))
        edit.textEdited.connect(self.text_edited)
        self._update_link(edit, link)
        return edit

    def _update_link(self, edit: QLineEdit, link: QLabel) -> None:
        url = contact_url(self.kind, edit.text())
        word = self.tr("Call") if self.kind == "phone" else self.tr("Write")
        if url is None:
            link.setText(f"<span>{word}</span>")
            link.setEnabled(False)
            link.setToolTip("")
        else:
            link.setText(f'<a href="{url.toString()}">{word}</a>')
            link.setEnabled(True)
            link.setToolTip(url.toString())

    def _remove(self, row: QWidget) -> None:
        self._rows = [r for r in self._rows if r[0] is not row]
        self._layout.removeWidget(row)
        row.deleteLater()
        self.changed.emit()


class TagsEdit(QLineEdit):
    """Tags separated by commas; each tag completes from the tags in use."""

    def __init__(self, tags: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("vip, wholesale"))
        self._model = QStringListModel(list(tags), self)
        self.tag_completer = QCompleter(self._model, self)
        self.tag_completer.setWidget(self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.tag_completer.activated[str].connect(self._insert)
        self.textEdited.connect(self._typed)

    def tags(self) -> list[str]:
        return [t.strip() for t in self.text().split(",") if t.strip()]

    def set_tags(self, tags: Sequence[str]) -> None:
        self.setText(", ".join(tags))

    def _fragment(self) -> str:
        return self.text()[: self.cursorPosition()].split(",")[-1].strip()

    def _typed(self, _text: str) -> None:
        fragment = self._fragment()
        if not fragment:
            self.tag_completer.popup().hide()
            return
        self.tag_completer.setCompletionPrefix(fragment)
        taken = {t.casefold() for t in self.tags()}
        model = self.tag_completer.completionModel()
        if model.rowCount() and not (
            model.rowCount() == 1 and model.index(0, 0).data().casefold() in taken
        ):
            self.tag_completer.complete()
        else:
            self.tag_completer.popup().hide()

    def _insert(self, tag: str) -> None:
        head = self.text()[: self.cursorPosition()]
        tail = self.text()[self.cursorPosition() :]
        before = head.rsplit(",", 1)[0] + ", " if "," in head else ""
        text = f"{before}{tag}, "
        self.setText(text + tail.lstrip(", "))
        self.setCursorPosition(len(text))


def plus_icon(color: QColor, size: int = 12) -> QIcon:
    """A plain "+" (Qt's standard icons have none)."""
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    pen = QPen(color, 2)
    painter.setPen(pen)
    middle = size // 2
    painter.drawLine(middle, 1, middle, size - 1)
    painter.drawLine(1, middle, size - 1, middle)
    painter.end()
    return QIcon(pixmap)


def dot_icon(color: QColor, size: int = 10) -> QIcon:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(0, 0, size, size)
    painter.end()
    return QIcon(pixmap)


class TemperatureSwitch(QWidget):
    """Hot / warm / cold as three joined buttons; clicking the chosen one
    again clears it (the temperature is not known)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for key in ("hot", "warm", "cold"):
            button = QToolButton()
            button.setObjectName(f"temperature_{key}")
            button.setText(temperature_text(key))
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIcon(dot_icon(temperature_color(key, self.palette())))
            # Never narrower than its word ("Холодный", "Morno"): the form
            # column grows instead of the label being cut.
            button.setMinimumWidth(max(72, button.sizeHint().width()))
            self._group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
            button.clicked.connect(lambda on, k=key: self._clicked(k, on))
        layout.addStretch(1)

    def _clicked(self, key: str, on: bool) -> None:
        for k, button in self.buttons.items():
            if k != key:
                button.setChecked(False)
        self._embolden()
        self.changed.emit()

    def _embolden(self) -> None:
        """The chosen button in bold: a sunken button alone is easy to miss."""
        for button in self.buttons.values():
            font = button.font()
            font.setBold(button.isChecked())
            button.setFont(font)

    def value(self) -> str | None:
        return next((k for k, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: str | None) -> None:
        for k, button in self.buttons.items():
            button.setChecked(k == value)
        self._embolden()


class ClientPicker(QLineEdit):
    """Type a name, company, phone or e-mail and pick the client from the list."""

    def __init__(
        self,
        find: Callable[[str], list[ClientHit]],
        *,
        exclude: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._find = find
        self._exclude = exclude
        self._client_id: int | None = None
        self._name = ""
        self.setPlaceholderText(self.tr("Type a name, phone or e-mail"))
        self.setClearButtonEnabled(True)
        self._hits = QStandardItemModel(self)
        # The service matches (phones by digits, e-mails); the completer only shows.
        self.picker = QCompleter(self._hits, self)
        self.picker.setWidget(self)
        self.picker.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.picker.activated[QModelIndex].connect(self._picked)
        self.textEdited.connect(self._typed)

    def client_id(self) -> int | None:
        return self._client_id

    def set_client(self, client_id: int | None, name: str | None) -> None:
        self._client_id = client_id
        self._name = name or ""
        self.setText(self._name)

    def is_unresolved(self) -> bool:
        """Text typed but no client picked for it."""
        return bool(self.text().strip()) and self._client_id is None

    def _typed(self, text: str) -> None:
        if text.strip() != self._name:
            self._client_id = None
        self._hits.clear()
        hits = [h for h in self._find(text) if h.id != self._exclude] if text.strip() else []
        for hit in hits:
            extra = [x for x in (hit.company, hit.phone, hit.email) if x]
            item = QStandardItem(f"{hit.name} — {' · '.join(extra)}" if extra else hit.name)
            item.setData(hit.id, Qt.ItemDataRole.UserRole)
            item.setData(hit.name, Qt.ItemDataRole.UserRole + 1)
            self._hits.appendRow(item)
        if hits:
            self.picker.complete()
        else:
            self.picker.popup().hide()

    def _picked(self, index: QModelIndex) -> None:
        self.set_client(
            index.data(Qt.ItemDataRole.UserRole), index.data(Qt.ItemDataRole.UserRole + 1)
        )

"""The client card's purchases (date, order, amount, with totals) and its
timeline of every call, e-mail, meeting and task across the client's deals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QWidget

from funnel.customers.history import MERGE, PurchaseLine, PurchaseTotals, TimelineEntry
from ui.clients.duplicates import reason_text
from ui.clients.history import RowsModel
from ui.deal_card.format import moment_text
from ui.followups.format import kind_name
from ui.i18n import date_text, money_text
from ui.lists.lazy import LEFT, RIGHT


class PurchaseLinesModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                (self.tr("Date"), LEFT),
                (self.tr("Order"), LEFT),
                (self.tr("Amount"), RIGHT),
                (self.tr("Deal"), LEFT),
            ],
            parent,
        )

    def text(self, row: PurchaseLine, column: int) -> str:
        return (
            date_text(row.purchased_on),
            row.order_ref or "",
            money_text(row.amount, row.currency),
            row.deal or "",
        )[column]


class TimelineModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                (self.tr("When"), LEFT),
                (self.tr("What"), LEFT),
                (self.tr("Subject"), LEFT),
                (self.tr("Outcome"), LEFT),
                (self.tr("Deal"), LEFT),
            ],
            parent,
        )

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return self.text(self.rows[index.row()], index.column()) or None
        return super().data(index, role)

    def text(self, row: TimelineEntry, column: int) -> str:
        if column == 0:
            return moment_text(row.when) if row.done else date_text(row.when.date())
        if column == 1:
            if row.kind == MERGE:
                return self.tr("Merge undone") if row.undone else self.tr("Merged")
            return kind_name(row.kind)
        if column == 2:
            return row.subject
        if column == 3:
            if row.kind == MERGE:
                return ", ".join(reason_text(r) for r in (row.outcome or "").split(",") if r)
            if row.cancelled:
                return self.tr("cancelled")
            return row.outcome or ("" if row.done else self.tr("planned"))
        return row.deal or ""


class PurchaseSummary(QLabel):
    """'3 purchases · revenue 3,000.00 ₽ · average order 1,000.00 ₽ · first
    5 Jan 2026, last 7 Mar 2026' (each currency on its own)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purchasesTotal")
        self.setWordWrap(True)

    def show_totals(self, totals: PurchaseTotals) -> None:
        if not totals.count:
            self.setText(self.tr("No purchases yet."))
            return
        revenue = ", ".join(money_text(t.revenue, t.currency) for t in totals.by_currency)
        average = ", ".join(money_text(t.average, t.currency) for t in totals.by_currency)
        parts = [
            self.tr("%n purchase(s)", "", totals.count),
            self.tr("revenue %1").replace("%1", revenue),
            self.tr("average order %1").replace("%1", average),
        ]
        if totals.first is not None and totals.last is not None:
            parts.append(
                self.tr("first %1, last %2")
                .replace("%1", date_text(totals.first))
                .replace("%2", date_text(totals.last))
            )
        self.setText(" · ".join(parts))


def fit_timeline(view: QTableView) -> None:
    """Subject and outcome share the width; no sideways scrolling."""
    header = view.horizontalHeader()
    for column, mode in enumerate(
        (
            QHeaderView.ResizeMode.ResizeToContents,
            QHeaderView.ResizeMode.ResizeToContents,
            QHeaderView.ResizeMode.Stretch,
            QHeaderView.ResizeMode.Stretch,
            QHeaderView.ResizeMode.Interactive,
        )
    ):
        header.setSectionResizeMode(column, mode)
    header.resizeSection(4, 120)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(True)  # a long subject or outcome takes two lines, not "…"
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def timeline_tab_text(count: int) -> str:
    return QCoreApplication.translate("ClientCard", "Timeline (%1)").replace("%1", str(count))

"""The deals list's model: the ids of the matching deals, rows fetched lazily."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette

from funnel.deals import rows as deal_list
from funnel.deals.rows import DealFilters, DealListRow
from ui.context import AppContext
from ui.customers.marks import with_mark
from ui.i18n import date_text, money_text, number_text
from ui.lists.lazy import RIGHT, Column, LazyTableModel


def status_text(status: str) -> str:
    return {
        "open": QCoreApplication.translate("DealsModel", "Open"),
        "won": QCoreApplication.translate("DealsModel", "Won"),
        "lost": QCoreApplication.translate("DealsModel", "Lost"),
        "archived": QCoreApplication.translate("DealsModel", "Archived"),
    }.get(status, status)


def stalled_color(palette: QPalette) -> QColor:
    """Red that reads on the palette's base, light or dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff7b72") if dark else QColor("#c62828")


def local_day(moment: datetime) -> date:
    """The user's calendar day of a stored (naive UTC) moment."""
    return moment.replace(tzinfo=UTC).astimezone().date()


def deal_columns() -> list[Column]:
    return [
        Column(
            "title",
            QCoreApplication.translate("DealsModel", "Title"),
            hideable=False,
            width=240,
            priority=3,
        ),
        Column("client", QCoreApplication.translate("DealsModel", "Client"), width=160, priority=2),
        Column(
            "pipeline", QCoreApplication.translate("DealsModel", "Pipeline"), width=120, priority=0
        ),
        Column("stage", QCoreApplication.translate("DealsModel", "Stage"), width=135),
        Column("status", QCoreApplication.translate("DealsModel", "Status"), width=75),
        Column(
            "value",
            QCoreApplication.translate("DealsModel", "Value"),
            align=RIGHT,
            width=100,
            descending_first=True,
        ),
        Column("owner", QCoreApplication.translate("DealsModel", "Owner"), width=110),
        Column(
            "days_in_stage",
            QCoreApplication.translate("DealsModel", "Days in stage"),
            align=RIGHT,
            width=100,
            descending_first=True,
        ),
        Column(
            "expected_close", QCoreApplication.translate("DealsModel", "Expected close"), width=105
        ),
        Column(
            "created",
            QCoreApplication.translate("DealsModel", "Created"),
            width=95,
            descending_first=True,
        ),
        Column("lost_reason", QCoreApplication.translate("DealsModel", "Lost reason"), width=150),
        Column(
            "won_on",
            QCoreApplication.translate("DealsModel", "Won on"),
            width=95,
            descending_first=True,
        ),
        Column(
            "lost_on",
            QCoreApplication.translate("DealsModel", "Lost on"),
            width=95,
            descending_first=True,
        ),
    ]


class DealsModel(LazyTableModel):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(deal_columns(), parent)
        self.ctx = ctx
        self.filters = DealFilters()
        self._palette = QPalette()

    def set_palette(self, palette: QPalette) -> None:
        self._palette = palette

    def set_filters(self, filters: DealFilters) -> None:
        if filters != self.filters:
            self.filters = filters
            self.reload()

    def load_ids(self, sort_key: str, descending: bool) -> list[int]:
        return self.ctx.read(
            deal_list.deal_ids, filters=self.filters, sort_key=sort_key, descending=descending
        )

    def load_rows(self, ids: list[int]) -> list[DealListRow]:
        return self.ctx.read(deal_list.deal_rows, ids, today=self.ctx.today())

    def cell(self, row: DealListRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if key == "days_in_stage" and row.stalled:
            if role == Qt.ItemDataRole.ForegroundRole:
                return stalled_color(self._palette)
            if role == Qt.ItemDataRole.ToolTipRole:
                # self.tr, not QCoreApplication.translate: lupdate only reads the
                # count of tr() calls, and this message needs its plural forms.
                return self.tr("Stalled: %n day(s) over the stage's limit", None, row.days_over)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "client", "lost_reason"):
            return self._text(row, key) or None
        return None

    def _text(self, row: DealListRow, key: str) -> str:
        if key == "title":
            return row.title
        if key == "client":
            return with_mark(row.client, row.client_id) or ""
        if key == "pipeline":
            return row.pipeline
        if key == "stage":
            return row.stage
        if key == "status":
            return status_text(row.status)
        if key == "value":
            return money_text(row.value, row.currency)
        if key == "owner":
            return row.owner or ""
        if key == "days_in_stage":
            if row.status != "open":
                return ""
            days = number_text(row.days_in_stage)
            if row.stalled:
                return (
                    QCoreApplication.translate("DealsModel", "%1 (+%2)")
                    .replace("%1", days)
                    .replace("%2", number_text(row.days_over))
                )
            return days
        if key == "expected_close":
            return date_text(row.expected_close) if row.expected_close else ""
        if key == "created":
            return date_text(local_day(row.created_at))
        if key == "lost_reason":
            return (row.lost_reason or "") if row.status == "lost" else ""
        if key in ("won_on", "lost_on"):
            closed = row.closed_at if row.status == key.removesuffix("_on") else None
            return date_text(local_day(closed)) if closed is not None else ""
        return ""

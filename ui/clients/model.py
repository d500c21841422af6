"""The clients list's model (ids + rows fetched lazily) and the painting of
the temperature chip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from funnel.customers import client_list
from funnel.customers.client_list import ClientFilters, ClientListRow
from funnel.customers.clients import SOURCE_CHANNELS
from ui.context import AppContext
from ui.i18n import date_text, money_text, number_text
from ui.lists.lazy import RIGHT, Column, LazyTableModel

TEMPERATURE_ROLE = Qt.ItemDataRole.UserRole + 2


def temperature_text(temperature: str | None) -> str:
    return {
        "hot": QCoreApplication.translate("ClientsModel", "Hot"),
        "warm": QCoreApplication.translate("ClientsModel", "Warm"),
        "cold": QCoreApplication.translate("ClientsModel", "Cold"),
    }.get(temperature or "", "")


def temperature_color(temperature: str | None, palette: QPalette) -> QColor | None:
    """Hot red, warm amber, cold blue; a little lighter on a dark palette."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    colors = {
        "hot": ("#d64545", "#ff7b72"),
        "warm": ("#d98a00", "#f2b441"),
        "cold": ("#3b7dd8", "#79b8ff"),
    }
    pair = colors.get(temperature or "")
    return QColor(pair[1] if dark else pair[0]) if pair else None


def source_names() -> dict[str, str]:
    """The stored source channels in the user's language."""
    names = {
        "site": QCoreApplication.translate("ClientsModel", "Website"),
        "instagram": QCoreApplication.translate("ClientsModel", "Instagram"),
        "vk": QCoreApplication.translate("ClientsModel", "VK"),
        "referral": QCoreApplication.translate("ClientsModel", "Referral"),
        "whatsapp": QCoreApplication.translate("ClientsModel", "WhatsApp"),
        "telegram": QCoreApplication.translate("ClientsModel", "Telegram"),
        "cold call": QCoreApplication.translate("ClientsModel", "Cold call"),
        "exhibition": QCoreApplication.translate("ClientsModel", "Exhibition"),
    }
    assert set(names) == set(SOURCE_CHANNELS)
    return names


def source_text(source: str | None) -> str:
    """A known channel in the user's language; anything typed as it was typed."""
    if not source:
        return ""
    return source_names().get(source.casefold(), source)


def totals_text(totals: tuple[tuple[str, Any], ...]) -> str:
    return " + ".join(money_text(amount, currency) for currency, amount in totals)


def client_columns() -> list[Column]:
    return [
        Column(
            "name", QCoreApplication.translate("ClientsModel", "Name"), hideable=False, width=190
        ),
        Column("company", QCoreApplication.translate("ClientsModel", "Company"), width=160),
        Column("phone", QCoreApplication.translate("ClientsModel", "Phone"), width=135),
        Column("email", QCoreApplication.translate("ClientsModel", "E-mail"), width=190),
        Column("temperature", QCoreApplication.translate("ClientsModel", "Temperature"), width=95),
        Column("source", QCoreApplication.translate("ClientsModel", "Source"), width=95),
        Column("tags", QCoreApplication.translate("ClientsModel", "Tags"), width=130),
        Column(
            "deals",
            QCoreApplication.translate("ClientsModel", "Deals"),
            align=RIGHT,
            width=55,
            descending_first=True,
        ),
        Column(
            "total",
            QCoreApplication.translate("ClientsModel", "Purchases"),
            align=RIGHT,
            width=100,
            descending_first=True,
        ),
        Column(
            "last_purchase",
            QCoreApplication.translate("ClientsModel", "Last purchase"),
            width=105,
            descending_first=True,
        ),
    ]


class ClientsModel(LazyTableModel):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(client_columns(), parent)
        self.ctx = ctx
        self.filters = ClientFilters()
        self._sources = source_names()

    def set_filters(self, filters: ClientFilters) -> None:
        if filters != self.filters:
            self.filters = filters
            self.reload()

    def load_ids(self, sort_key: str, descending: bool) -> list[int]:
        return self.ctx.read(
            client_list.client_ids, filters=self.filters, sort_key=sort_key, descending=descending
        )

    def load_rows(self, ids: list[int]) -> list[ClientListRow]:
        return self.ctx.read(client_list.client_rows, ids)

    def cell(self, row: ClientListRow, key: str, role: int) -> Any:
        if role == TEMPERATURE_ROLE:
            return row.temperature
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("name", "company", "email", "tags"):
            return self._text(row, key) or None
        return None

    def _text(self, row: ClientListRow, key: str) -> str:
        if key == "name":
            return row.name
        if key == "company":
            return row.company or ""
        if key == "phone":
            return row.phone or ""
        if key == "email":
            return row.email or ""
        if key == "temperature":
            return temperature_text(row.temperature)
        if key == "source":
            return self._sources.get((row.source or "").casefold(), row.source or "")
        if key == "tags":
            return ", ".join(row.tags)
        if key == "deals":
            return number_text(row.deals) if row.deals else ""
        if key == "total":
            return totals_text(row.totals)
        if key == "last_purchase":
            return date_text(row.last_purchase) if row.last_purchase else ""
        return ""


class TemperatureDelegate(QStyledItemDelegate):
    """A coloured dot before the word: the colour carries the meaning, the word
    keeps it readable for people who do not tell red from amber."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        temperature = index.data(TEMPERATURE_ROLE)
        color = temperature_color(temperature, option.palette)
        if color is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(6, 0, -4, 0)
        size = max(8, opt.fontMetrics.height() // 2)
        dot = QRectF(rect.left(), rect.center().y() - size / 2 + 1, size, size)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(dot)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        text_rect = rect.adjusted(size + 6, 0, 0, 0)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        painter.restore()

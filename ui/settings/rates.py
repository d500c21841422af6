"""Preferences › Exchange rates: the small table of rates to the home currency
(currency, rate, day) that lets per-currency totals also read as one figure.

Each Set or Remove is written at once through `ui.operations` (one
transaction, one undo step when the window's undo stack is given); a bad
currency, rate or day is said under the form, and nothing is written."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funnel.errors import FunnelError
from funnel.rates import Rate, list_rates
from funnel.store.profile import home_currency
from ui.context import AppContext
from ui.followups.fields import error_label
from ui.i18n import date_text, qdate
from ui.messages import error_text
from ui.operations.core import run_op
from ui.operations.rates import remove_rate_op, set_rate_op

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def rate_text(rate: Decimal) -> str:
    """'5.45' / '5,45': the locale's decimal mark, every digit kept (no float)."""
    text = format(rate, "f")
    return text.replace(".", QLocale().decimalPoint())


class RatesSettings(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, undo_stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.rates: list[Rate] = []

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("ratesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Currency"), self.tr("Rate"), self.tr("From")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No rates yet: totals stay per currency."))
        self.empty_label.setEnabled(False)

        self.currency_edit = QLineEdit()
        self.currency_edit.setObjectName("rateCurrency")
        self.currency_edit.setPlaceholderText("EUR")  # a code, the same in every language
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumWidth(80)
        self.rate_edit = QLineEdit()
        self.rate_edit.setObjectName("rateValue")
        self.rate_edit.setPlaceholderText(rate_text(Decimal("5.45")))
        self.day_edit = QDateEdit(qdate(ctx.today()))
        self.day_edit.setObjectName("rateDay")
        self.day_edit.setCalendarPopup(True)
        self.set_button = QPushButton(self.tr("Set rate"))
        self.set_button.setObjectName("setRate")
        self.set_button.clicked.connect(self.set_rate)
        self.rate_edit.returnPressed.connect(self.set_rate)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeRate")
        self.remove_button.clicked.connect(self.remove_selected)
        self.error_label = error_label()
        self.error_label.setObjectName("rateError")

        form = QHBoxLayout()
        self.equals_label = QLabel()
        form.addWidget(QLabel(QLocale().toString(1)))
        form.addWidget(self.currency_edit)
        form.addWidget(QLabel("="))
        form.addWidget(self.rate_edit, 1)
        form.addWidget(self.equals_label)
        form.addWidget(QLabel(self.tr("from")))
        form.addWidget(self.day_edit)
        form.addWidget(self.set_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        self.refresh()

    def refresh(self) -> None:
        home = self.ctx.read(home_currency)
        self.home = home
        self.intro.setText(
            self.tr(
                "What one unit of each currency is worth in your home currency (%1). "
                "Totals in several currencies are then also shown as one figure in %1, "
                "using the latest rate on or before the day."
            ).replace("%1", home)
        )
        self.equals_label.setText(home)
        self.rates = [r for r in self.ctx.read(list_rates) if r.home_currency == home]
        self.table.setRowCount(len(self.rates))
        for i, r in enumerate(self.rates):
            for j, text in enumerate((r.currency, rate_text(r.rate), date_text(r.as_of))):
                item = QTableWidgetItem(text)
                if j == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, j, item)
        self.empty_label.setVisible(not self.rates)
        self.remove_button.setEnabled(bool(self.rates))

    def _show_error(self, error: Exception | None) -> None:
        self.error_label.setText(error_text(error) if error else "")
        self.error_label.setVisible(error is not None)

    def set_rate(self) -> None:
        day = self.day_edit.date().toPython()
        op = set_rate_op(self.currency_edit.text(), self.rate_edit.text(), on=day)
        try:
            run_op(self.ctx, op, self.undo_stack)
        except FunnelError as exc:  # nothing was written: say what, keep the form
            self._show_error(exc)
            return
        self._show_error(None)
        self.currency_edit.clear()
        self.rate_edit.clear()
        self.refresh()
        self.currency_edit.setFocus()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rates):
            return
        rate = self.rates[row]
        try:
            run_op(self.ctx, remove_rate_op(rate.currency, on=rate.as_of), self.undo_stack)
        except FunnelError as exc:
            self._show_error(exc)
            return
        self._show_error(None)
        self.refresh()

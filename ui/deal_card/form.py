"""The deal card's fields: title, value and currency, client, owner, expected
close date, stage, and the status buttons. The form reads and checks what is
typed; the card decides what to write."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from funnel.deals.details import CardChoices, DealEdit
from funnel.deals.search import ClientHit
from funnel.deals.service import DealRow
from funnel.errors import ValidationError
from funnel.store.models import DealStatus, PipelineKind
from ui.deal_card.client_picker import ClientPicker
from ui.deal_card.fields import FieldError, OptionalDateEdit
from ui.deal_card.format import amount_text, parse_amount
from ui.messages import error_text
from ui.money_edit import MoneyEdit


class DealForm(QWidget):
    def __init__(
        self,
        find_clients: Callable[[str], list[ClientHit]],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("What is being sold, e.g. Website redesign"))
        self.title_error = FieldError()

        self.value_edit = MoneyEdit()
        self.value_edit.setObjectName("valueEdit")
        self.value_edit.setPlaceholderText("0")
        self.currency_box = QComboBox()
        self.currency_box.setObjectName("currencyBox")
        self.currency_box.setEditable(True)
        self.currency_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency_box.setMinimumContentsLength(4)
        self.currency_box.lineEdit().setMaxLength(3)
        self.value_error = FieldError()
        value_box = QWidget()
        value_row = QHBoxLayout(value_box)
        value_row.setContentsMargins(0, 0, 0, 0)
        value_row.addWidget(self.value_edit, 1)
        value_row.addWidget(self.currency_box)

        self.client_picker = ClientPicker(find_clients)
        self.client_error = FieldError()
        self.owner_box = QComboBox()
        self.owner_box.setObjectName("ownerBox")
        self.close_date = OptionalDateEdit(today)
        self.close_date.setObjectName("expectedClose")
        self.stage_box = QComboBox()
        self.stage_box.setObjectName("stageBox")

        self.won_button = QPushButton(self.tr("Won"))
        self.lost_button = QPushButton(self.tr("Lost…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.won_button.setToolTip(self.tr("Mark the deal won (records a purchase)"))
        self.lost_button.setToolTip(self.tr("Mark the deal lost, with a reason"))
        self.archive_button.setToolTip(self.tr("Put the deal away without a result"))
        status_box = QWidget()
        status_row = QHBoxLayout(status_box)
        status_row.setContentsMargins(0, 0, 0, 0)
        for button in self.status_buttons():
            button.setAutoDefault(False)
            status_row.addWidget(button)
        # Parking: shown by the card for an open deal (park) or a parked one (back).
        self.park_button = QPushButton(self.tr("Not ready this month…"))
        self.park_button.setObjectName("parkButton")
        self.park_button.setToolTip(
            self.tr("Park the deal in Future sales with a call-back in 1, 3 or 6 months")
        )
        self.unpark_button = QPushButton(self.tr("Back to pipeline"))
        self.unpark_button.setObjectName("unparkButton")
        self.unpark_button.setToolTip(self.tr("Back to the stage it was parked from"))
        for button in (self.park_button, self.unpark_button):
            button.setAutoDefault(False)
            button.hide()
            status_row.addWidget(button)
        status_row.addStretch(1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("&Title:"), FieldError.wrap(self.title_edit, self.title_error))
        form.addRow(self.tr("&Value:"), FieldError.wrap(value_box, self.value_error))
        form.addRow(self.tr("C&lient:"), FieldError.wrap(self.client_picker, self.client_error))
        form.addRow(self.tr("&Owner:"), self.owner_box)
        form.addRow(self.tr("Expected &close:"), self.close_date)
        form.addRow(self.tr("&Stage:"), self.stage_box)
        form.addRow(self.tr("Status:"), status_box)
        self._status_row = form.rowCount() - 1
        self._layout = form
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(field.widget())

    def status_buttons(self) -> tuple[QPushButton, ...]:
        return (self.won_button, self.lost_button, self.archive_button, self.reopen_button)

    # filling -------------------------------------------------------------------
    def fill(self, deal: DealRow | None, choices: CardChoices, today: date) -> None:
        """The deal's fields (a new deal's defaults when `deal` is None)."""
        for error in (self.title_error, self.value_error, self.client_error):
            error.clear()
        self.client_picker.clear_errors()
        self.title_edit.setText(deal.title if deal else "")
        self.value_edit.setText(amount_text(deal.value) if deal and deal.value else "")
        self.currency_box.clear()
        self.currency_box.addItems(list(choices.currencies))
        self.currency_box.setCurrentText(deal.currency if deal else choices.default_currency)
        self.client_picker.set_client(
            deal.client_id if deal else None, deal.client if deal else None
        )
        self.owner_box.clear()
        self.owner_box.addItem(self.tr("Nobody"), None)
        for owner in choices.owners:
            self.owner_box.addItem(owner.name, owner.id)
        owner_id = deal.owner_id if deal else choices.default_owner_id
        if deal is not None and owner_id is not None and self.owner_box.findData(owner_id) < 0:
            self.owner_box.addItem(deal.owner or "", owner_id)  # an owner no longer active
        self.owner_box.setCurrentIndex(max(0, self.owner_box.findData(owner_id)))
        self.close_date.set_today(today)
        self.close_date.set_value(deal.expected_close if deal else None)

    def fill_stages(self, deal: DealRow | None, choices: CardChoices) -> None:
        """The deal's pipeline first, then the other sales pipelines. A new
        deal keeps the stage already chosen."""
        keep = self.stage_box.currentData() if deal is None else None
        home = choices.pipeline
        others = [p for p in choices.pipelines if p.id != home.id and p.kind == PipelineKind.SALES]
        self.stage_box.blockSignals(True)
        self.stage_box.clear()
        for stage in home.stages:
            self.stage_box.addItem(stage.name, stage.id)
        for pipeline in others:
            self.stage_box.insertSeparator(self.stage_box.count())
            for stage in pipeline.stages:
                self.stage_box.addItem(f"{pipeline.name} › {stage.name}", stage.id)
        current = deal.stage_id if deal else keep
        index = self.stage_box.findData(current) if current is not None else -1
        self.stage_box.setCurrentIndex(index if index >= 0 else 0)
        self.stage_box.blockSignals(False)

    def show_status(self, status: str | None) -> None:
        """The buttons that make sense for the status; none for a new deal."""
        is_open = status == DealStatus.OPEN
        self.won_button.setVisible(is_open)
        self.lost_button.setVisible(is_open)
        self.archive_button.setVisible(status in (DealStatus.OPEN, DealStatus.WON, DealStatus.LOST))
        self.reopen_button.setVisible(status is not None and not is_open)
        self._layout.setRowVisible(self._status_row, status is not None)

    # reading -------------------------------------------------------------------
    def state(self, *, with_stage: bool) -> tuple:
        """What the unsaved-changes check compares; a new deal's stage is a
        field (for an existing deal, choosing a stage is a move)."""
        state = (
            self.title_edit.text().strip(),
            self.value_edit.text().strip(),
            self.currency_box.currentText().strip().upper(),
            self.client_picker.state(),
            self.owner_box.currentData(),
            self.close_date.value(),
        )
        return (*state, self.stage_box.currentData()) if with_stage else state

    def collect(self) -> DealEdit | None:
        """The form as an edit, or None after showing what to fix next to it."""
        for error in (self.title_error, self.value_error, self.client_error):
            error.clear()
        problems: list[QWidget] = []
        title = self.title_edit.text().strip()
        if not title:
            self.title_error.show_message(self.tr("A deal needs a title."))
            problems.append(self.title_edit)
        value = None
        try:
            value = parse_amount(self.value_edit.text())
        except ValidationError as exc:
            self.value_error.show_message(error_text(exc))
            problems.append(self.value_edit)
        currency = self.currency_box.currentText().strip().upper()
        if value is not None and (len(currency) != 3 or not currency.isalpha()):
            self.value_error.show_message(
                self.tr("A currency is a three-letter code such as USD, RUB, BRL.")
            )
            problems.append(self.currency_box)
        picker_problem = self.client_picker.problem()
        if picker_problem is not None:
            widget, message = picker_problem
            if widget is self.client_picker.edit:
                self.client_error.show_message(message)
            problems.append(widget)
        if problems:
            problems[0].setFocus()
            return None
        assert value is not None
        return DealEdit(
            title=title,
            value=value,
            currency=currency,
            client_id=self.client_picker.client_id(),
            new_client=self.client_picker.new_client(),
            owner_id=self.owner_box.currentData(),
            expected_close=self.close_date.value(),
        )

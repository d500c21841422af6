""" "Not ready this month": park a deal in Future sales until a return date,
and bring it back.

The dialog offers a return in 1, 3 or 6 months (each button shows the date it
lands on) or on a date, and a note. OK parks through `funnel.pipeline.parking` and
records the move on the window's undo stack (`DealActions.park`), so Ctrl+Z brings the deal back
exactly where it was. Unparking is one undo step too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from funnel.deals.service import get_deal
from funnel.errors import FunnelError, ValidationError
from funnel.followups.cancelling import open_followup_total
from funnel.pipeline.moves import MoveResult
from funnel.pipeline.parking import PARK_PERIODS, return_date
from funnel.pipeline.pipelines import list_pipelines
from funnel.store.models import DealStatus, PipelineKind
from ui.context import AppContext
from ui.deals.followups_box import FollowupsBox
from ui.followups.fields import error_label, pydate
from ui.followups.format import date_edit_format, long_date
from ui.i18n import qdate
from ui.messages import error_text, show_error
from ui.operations.deals import DealActions

ON_A_DATE = 0  # the button id of "On a date"; the others are their months


def park_shortcut_text() -> str:
    return QCoreApplication.translate("Parking", "Not ready this month…")


class ParkDialog(QDialog):
    """Ask when to call back, then park. `result` holds the move once parked."""

    def __init__(
        self,
        ctx: AppContext,
        actions: DealActions,
        deal_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("parkDialog")
        self.ctx = ctx
        self.deal_actions = actions
        self.deal_id = deal_id
        self.result: MoveResult | None = None
        self.today = ctx.today()
        deal = ctx.read(get_deal, deal_id, today=ctx.today())
        if deal.status != DealStatus.OPEN:
            raise ValidationError(
                "Deal '{title}' is {status}; only an open deal is parked.",
                title=deal.title,
                status=deal.status,
            )
        if deal.return_on is not None:
            raise ValidationError(
                "Deal '{title}' is already parked until {day}.",
                title=deal.title,
                day=deal.return_on.isoformat(),
            )
        self.setWindowTitle(self.tr("Not ready this month"))
        self.setMinimumWidth(440)

        heading = QLabel(deal.title)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        bold = QFont(heading.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        heading.setFont(bold)
        explain = QLabel(
            self.tr(
                "The deal moves to Future sales and comes back to «%1» with a call-back "
                "on the day you choose."
            ).replace("%1", deal.stage)
        )
        explain.setWordWrap(True)

        self.error_label = error_label()
        question = QLabel(self.tr("Call back"))
        question.setFont(bold)
        grid = self._build_periods()
        note_label = QLabel(self.tr("Note"))
        note_label.setFont(bold)
        self._build_note_and_buttons()
        note_label.setBuddy(self.note_edit)
        self.followups_box = FollowupsBox(
            ctx.read(open_followup_total, [deal_id]), parking=True, parent=self
        )

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addSpacing(6)
        layout.addWidget(question)
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.followups_box, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error_label)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        self.note_edit.setFocus()

    def _build_periods(self) -> QGridLayout:
        """1, 3 or 6 months (each showing the day it lands on), or a date."""
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.period_buttons: dict[int, QPushButton] = {}
        for column, months in enumerate(PARK_PERIODS):
            when = return_date(self.today, months)
            label = self.tr("&1 month") if months == 1 else self.tr("&%n months", "", months)
            button = QPushButton(f"{label}\n{long_date(when)}")
            button.setObjectName(f"months{months}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(button.sizeHint().height() + 8)
            button.setToolTip(self.tr("Return on %1").replace("%1", long_date(when)))
            self.group.addButton(button, months)
            self.period_buttons[months] = button
            grid.addWidget(button, 0, column)
        self.date_button = QPushButton(self.tr("On a &date"))
        self.date_button.setObjectName("onDate")
        self.date_button.setCheckable(True)
        self.date_button.setAutoDefault(False)
        self.group.addButton(self.date_button, ON_A_DATE)
        self.date_edit = QDateEdit(qdate(return_date(self.today, 2)))
        self.date_edit.setObjectName("returnDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_edit_format())
        self.date_edit.setEnabled(False)
        grid.addWidget(self.date_button, 1, 0)
        grid.addWidget(self.date_edit, 1, 1, 1, 2)
        self.group.idToggled.connect(self._chosen)
        self.period_buttons[PARK_PERIODS[0]].setChecked(True)
        return grid

    def _build_note_and_buttons(self) -> None:
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(self.tr("What they said, what to offer then (optional)"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Park"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _chosen(self, button_id: int, checked: bool) -> None:
        if checked:
            self.date_edit.setEnabled(button_id == ON_A_DATE)
            self.error_label.hide()
            if button_id == ON_A_DATE:
                self.date_edit.setFocus()

    def months(self) -> int | None:
        chosen = self.group.checkedId()
        return chosen if chosen > 0 else None

    def until(self) -> date | None:
        return pydate(self.date_edit.date()) if self.group.checkedId() == ON_A_DATE else None

    def return_on(self) -> date | None:
        months = self.months()
        return return_date(self.today, months) if months else self.until()

    def accept(self) -> None:
        until = self.until()
        if until is not None and until <= self.today:
            self._refuse(
                self.tr("The return date %1 is not after today (%2); choose a later date.")
                .replace("%1", long_date(until))
                .replace("%2", long_date(self.today))
            )
            return
        try:
            self.result = self.deal_actions.park(
                self.deal_id,
                months=self.months(),
                until=until,
                note=self.note_edit.text(),
                followups=self.followups_box.choice(),
            )
        except FunnelError as exc:
            self._refuse(error_text(exc))
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


class StageMenu(QMenu):
    """The stages of every sales pipeline, to bring a parked deal back to one;
    the stage it came from is marked. Emits `chosen(stage_id)`."""

    chosen = Signal(int)

    def __init__(
        self, ctx: AppContext, remembered_stage_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stageMenu")
        self.setTitle(self.tr("Back to stage"))
        pipelines = [p for p in ctx.read(list_pipelines) if p.kind != PipelineKind.FUTURE]
        for pipeline in pipelines:
            target = self.addMenu(pipeline.name) if len(pipelines) > 1 else self
            for stage in pipeline.stages:
                action = target.addAction(stage.name)
                action.setData(stage.id)
                if stage.id == remembered_stage_id:
                    action.setCheckable(True)
                    action.setChecked(True)
                    action.setToolTip(self.tr("The stage it was parked from"))
                action.triggered.connect(lambda _=False, s=stage.id: self.chosen.emit(s))

    def action_for(self, stage_id: int):
        for menu in (self, *self.findChildren(QMenu)):
            for action in menu.actions():
                if action.data() == stage_id:
                    return action
        return None


def ask_park(
    ctx: AppContext, actions: DealActions, deal_id: int, parent: QWidget
) -> ParkDialog | None:
    """Open the park dialog (not exec'd: the screen behind stays live); None
    with a message when the deal cannot be parked."""
    try:
        dialog = ParkDialog(ctx, actions, deal_id, parent)
    except FunnelError as exc:
        show_error(parent, exc)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

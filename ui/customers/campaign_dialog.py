"""New campaign on a set of clients: name, goal, channel, the script or
message per language (with the client's name and last purchase filled in),
who calls and how many a day, over how many days, whether it repeats, and
how long after the contact a purchase counts as its result."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.campaigns import CampaignSpec, RoundBuilt
from funnel.errors import FunnelError
from funnel.owners import list_owners
from ui.context import AppContext
from ui.followups.fields import pydate
from ui.i18n import language_names, qdate
from ui.messages import error_text
from ui.operations.campaigns import CampaignActions

LANGUAGES = ("en", "ru", "pt_BR")
REPEATS = ("", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=3")


class CampaignDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        actions: CampaignActions,
        definition: dict,
        set_name: str,
        size: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("campaignDialog")
        self.ctx = ctx
        self.actions = actions
        self.definition = definition
        self.built: RoundBuilt | None = None
        self.setWindowTitle(self.tr("New campaign"))
        self.setMinimumWidth(560)

        about = QLabel(self.tr("%1 · %Ln client(s)", "", size).replace("%1", set_name))
        about.setObjectName("setLabel")
        self.name_edit = QLineEdit(set_name)
        self.name_edit.setObjectName("campaignName")
        self.goal_edit = QLineEdit()
        self.goal_edit.setPlaceholderText(self.tr("e.g. a second purchase within a month"))
        self.channel_box = QComboBox()
        self.channel_box.setObjectName("channel")
        self.channel_box.addItem(self.tr("Calls"), "calls")
        self.channel_box.addItem(self.tr("Mailing (export or mailto:)"), "mailing")
        self.channel_box.addItem(self.tr("Birthday greetings (yearly)"), "birthday")
        if definition.get("kind") == "birthday":
            self.channel_box.setCurrentIndex(2)
        self.templates = QTabWidget()
        self.template_edits: dict[str, QPlainTextEdit] = {}
        names = language_names()
        for code in LANGUAGES:
            edit = QPlainTextEdit()
            edit.setObjectName(f"template_{code}")
            edit.setPlaceholderText(
                self.tr("Hello {first_name}! Your last purchase was on {last_purchase}…")
            )
            edit.setFixedHeight(70)
            self.template_edits[code] = edit
            self.templates.addTab(edit, names.get(code, code))
        self.owner_rule = QComboBox()
        self.owner_rule.setObjectName("ownerRule")
        self.owner_rule.addItem(self.tr("Each client's owner"), "client_owner")
        self.owner_rule.addItem(self.tr("The owners ticked below, in turn"), "in_turn")
        self.owner_list = QListWidget()
        self.owner_list.setObjectName("owners")
        self.owner_list.setFixedHeight(64)
        for owner in ctx.read(list_owners):
            item = QListWidgetItem(owner.name)
            item.setData(Qt.ItemDataRole.UserRole, owner.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.owner_list.addItem(item)
        self.cap_box = QSpinBox()
        self.cap_box.setObjectName("dailyCap")
        self.cap_box.setRange(1, 1000)
        self.cap_box.setValue(20)
        self.cap_box.setSuffix(self.tr(" a day per owner"))
        self.days_box = QSpinBox()
        self.days_box.setObjectName("days")
        self.days_box.setRange(1, 365)
        self.days_box.setValue(5)
        self.days_box.setSuffix(self.tr(" business days"))
        self.start_edit = QDateEdit(qdate(ctx.today()))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setMinimumDate(QDate(2000, 1, 1))
        self.repeat_box = QComboBox()
        self.repeat_box.setObjectName("repeat")
        for rule, label in zip(
            REPEATS,
            (self.tr("Once"), self.tr("Every week"), self.tr("Every month"),
             self.tr("Every 3 months")),
            strict=True,
        ):  # fmt: skip
            self.repeat_box.addItem(label, rule)
        self.result_box = QSpinBox()
        self.result_box.setRange(1, 365)
        self.result_box.setValue(30)
        self.result_box.setSuffix(self.tr(" days after the contact"))

        form = QFormLayout()
        form.addRow(self.tr("Clients"), about)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Goal"), self.goal_edit)
        form.addRow(self.tr("Channel"), self.channel_box)
        form.addRow(self.tr("Script or message"), self.templates)
        form.addRow(self.tr("Calls go to"), self.owner_rule)
        form.addRow("", self.owner_list)
        form.addRow(self.tr("At most"), self.cap_box)
        form.addRow(self.tr("Spread over"), self.days_box)
        form.addRow(self.tr("Starting"), self.start_edit)
        form.addRow(self.tr("Repeat (rebuilds the list)"), self.repeat_box)
        form.addRow(self.tr("Count purchases within"), self.result_box)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create campaign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.channel_box.currentIndexChanged.connect(self._channel_changed)
        self.owner_rule.currentIndexChanged.connect(self._channel_changed)
        self._channel_changed()

    def _channel_changed(self) -> None:
        calls = self.channel_box.currentData() == "calls"
        for w in (self.owner_rule, self.cap_box, self.days_box):
            w.setEnabled(calls)
        self.owner_list.setEnabled(calls and self.owner_rule.currentData() == "in_turn")

    def spec(self) -> CampaignSpec:
        owners = tuple(
            int(self.owner_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.owner_list.count())
            if self.owner_list.item(i).checkState() == Qt.CheckState.Checked
        )
        return CampaignSpec(
            name=self.name_edit.text(),
            channel=str(self.channel_box.currentData()),
            segment=self.definition,
            goal=self.goal_edit.text(),
            templates={k: e.toPlainText() for k, e in self.template_edits.items()},
            rrule=self.repeat_box.currentData() or None,
            owner_rule=str(self.owner_rule.currentData()),
            owner_ids=owners,
            daily_cap=self.cap_box.value(),
            days=self.days_box.value(),
            first_day=pydate(self.start_edit.date()),
            result_days=self.result_box.value(),
        )

    def accept(self) -> None:
        try:
            self.built = self.actions.create(self.spec())
        except FunnelError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        super().accept()

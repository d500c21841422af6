"""New campaign on a set of clients: name, goal, channel, the script or
message per language (with the client's name and last purchase filled in),
who calls and how many a day, over how many days, whether it repeats, and
how long after the contact a purchase counts as its result, and what share
of the clients is held out as the comparison. Opened from the Clients list it
also asks whom: the list as filtered, the selection, a tag, a source or the
clients with a birthday."""

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
from funnel.customers.control_group import DEFAULT_CONTROL_PERCENT, MAX_CONTROL_PERCENT
from funnel.customers.targets import Target
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
        targets: list[Target] | None = None,
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
        self.targets = targets or []
        self.who_box = QComboBox()
        self.who_box.setObjectName("whoBox")
        for target in self.targets:
            label = self.target_name(target)
            self.who_box.addItem(
                self.tr("%1 · %Ln client(s)", "", target.size).replace("%1", label), label
            )
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
        self.control_box = QSpinBox()
        self.control_box.setObjectName("controlPercent")
        self.control_box.setRange(0, MAX_CONTROL_PERCENT)
        self.control_box.setValue(DEFAULT_CONTROL_PERCENT)
        self.control_box.setSuffix(self.tr(" % of the clients, not contacted"))
        self.control_box.setToolTip(
            self.tr(
                "Chosen at random and left alone: the result compares how many of "
                "them bought with how many of the contacted did."
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("Clients"), self.who_box if self.targets else about)
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
        form.addRow(self.tr("Hold out for comparison"), self.control_box)
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
        self.who_box.currentIndexChanged.connect(self._who_changed)
        self._channel_changed()
        if self.targets:
            self._who_changed(0)

    def target_name(self, target: Target) -> str:
        if target.kind == "filter":
            text = str(target.definition.get("text") or "").strip()
            if text:
                return self.tr("Clients matching “%1”").replace("%1", text)
            return self.tr("Every client in the list")
        if target.kind == "selection":
            return self.tr("The selected clients")
        if target.kind == "tag":
            return self.tr("Tag: %1").replace("%1", target.label)
        if target.kind == "source":
            return self.tr("Source: %1").replace("%1", target.label)
        return self.tr("Clients with a birthday")

    def _who_changed(self, index: int) -> None:
        """A new choice of clients: its definition, and its name as the campaign's
        unless the person typed one."""
        if not 0 <= index < len(self.targets):
            return
        target = self.targets[index]
        previous = self.definition
        self.definition = target.definition
        names = {str(self.who_box.itemData(i)) for i in range(self.who_box.count())}
        if not self.name_edit.text().strip() or self.name_edit.text() in names:
            self.name_edit.setText(str(self.who_box.itemData(index)))
        if target.kind == "birthday" and previous.get("kind") != "birthday":
            self.channel_box.setCurrentIndex(2)

    def _channel_changed(self) -> None:
        calls = self.channel_box.currentData() == "calls"
        for w in (self.owner_rule, self.cap_box, self.days_box):
            w.setEnabled(calls)
        self.owner_list.setEnabled(calls and self.owner_rule.currentData() == "in_turn")
        # Birthday greetings go to everyone: there is nothing to compare with.
        self.control_box.setEnabled(self.channel_box.currentData() != "birthday")

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
            control_percent=self.control_box.value() if self.control_box.isEnabled() else 0,
        )

    def accept(self) -> None:
        try:
            self.built = self.actions.create(self.spec())
        except FunnelError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        super().accept()

"""The Preferences section for follow-ups: when date-only reminders ring,
minimising to the tray, starting at login, and escalation.

Two kinds of setting live here. Minimise-to-tray and start-at-login belong to
this computer (QSettings and the login entry); the reminder time and
escalation belong to the team's database. `apply()` writes what changed.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from funnel.errors import FunnelError, ValidationError
from funnel.followups.autostart import AutostartError
from funnel.followups.escalation import escalation_settings, set_escalation
from funnel.followups.reminders import default_reminder_time, set_default_reminder_time
from funnel.owners import list_owners
from ui.context import AppContext, Changes
from ui.messages import show_error
from ui.operations.core import run_write
from ui.reminders.autostart import Autostart
from ui.reminders.tray import minimize_on_close, set_minimize_on_close, tray_available

DEFAULT_ESCALATION_DAYS = 3


class FollowupSettings(QGroupBox):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, autostart: Autostart | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Follow-ups and reminders"))
        self.setObjectName("followupSettings")
        self.ctx = ctx
        self.autostart = autostart or Autostart(ctx.db.path)
        self._time = ctx.read(default_reminder_time)
        self._escalation = ctx.read(escalation_settings)
        self._owners = ctx.read(list_owners)
        try:
            self._starts_at_login = self.autostart.is_enabled()
        except (OSError, ImportError):  # no registry to read on this system
            self._starts_at_login = False

        self.time_edit = QTimeEdit(QTime(self._time.hour, self._time.minute))
        self.time_edit.setObjectName("reminderTime")
        self.time_edit.setToolTip(
            self.tr("When a follow-up that has a date but no time is reminded of")
        )

        self.tray_box = QCheckBox(self.tr("Closing the window keeps Funnel running in the tray"))
        self.tray_box.setObjectName("minimizeToTray")
        self.tray_box.setChecked(minimize_on_close())
        if not tray_available():
            self.tray_box.setToolTip(self.tr("This desktop shows no tray icons."))
        self.login_box = QCheckBox(self.tr("Start Funnel at login, in the tray"))
        self.login_box.setObjectName("startAtLogin")
        self.login_box.setChecked(self._starts_at_login)
        self.login_box.setToolTip(self.autostart.where())

        self.escalate_box = QCheckBox(self.tr("Hand follow-ups overdue by more than"))
        self.escalate_box.setObjectName("escalate")
        self.days_box = QSpinBox()
        self.days_box.setObjectName("escalateDays")
        self.days_box.setRange(1, 90)
        self.days_box.setSuffix(self.tr(" days"))
        self.days_box.setValue(self._escalation.after_days or DEFAULT_ESCALATION_DAYS)
        self.owner_box = QComboBox()
        self.owner_box.setObjectName("backupOwner")
        for owner in self._owners:
            self.owner_box.addItem(owner.name, owner.id)
        if self._escalation.backup_owner_id is not None:
            self.owner_box.setCurrentIndex(
                max(self.owner_box.findData(self._escalation.backup_owner_id), 0)
            )
        self.escalate_box.setChecked(self._escalation.enabled)
        self.escalate_box.toggled.connect(self._escalation_toggled)
        self._escalation_toggled(self._escalation.enabled)
        escalate_row = QHBoxLayout()
        escalate_row.addWidget(self.escalate_box)
        escalate_row.addWidget(self.days_box)
        escalate_row.addWidget(QLabel(self.tr("to")))
        escalate_row.addWidget(self.owner_box, 1)
        escalate_hint = QLabel(
            self.tr("Both the owner and the backup are told. Off unless checked.")
        )
        escalate_hint.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Remind of date-only follow-ups at"), self.time_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tray_box)
        layout.addWidget(self.login_box)
        layout.addSpacing(6)
        layout.addLayout(escalate_row)
        layout.addWidget(escalate_hint)

    def _escalation_toggled(self, on: bool) -> None:
        self.days_box.setEnabled(on)
        self.owner_box.setEnabled(on)

    def apply(self) -> bool:
        """Write what changed; False (with the reason shown) if something was refused."""
        try:
            chosen = self.time_edit.time()
            at = time(chosen.hour(), chosen.minute())
            if at != self._time:
                run_write(self.ctx, set_default_reminder_time, at, changes=Changes(activities=True))
                self._time = at
            days = self.days_box.value() if self.escalate_box.isChecked() else None
            backup = self.owner_box.currentData() if self.escalate_box.isChecked() else None
            if (days, backup) != (self._escalation.after_days, self._escalation.backup_owner_id):
                if days and backup is None:
                    raise ValidationError(
                        "Choose the backup owner who receives escalated follow-ups."
                    )
                self._escalation = run_write(
                    self.ctx,
                    set_escalation,
                    after_days=days,
                    backup_owner_id=backup,
                    changes=Changes(activities=True),
                )
            set_minimize_on_close(self.tray_box.isChecked())
            if self.login_box.isChecked() != self._starts_at_login:
                self.autostart.set_enabled(self.login_box.isChecked())
                self._starts_at_login = self.login_box.isChecked()
        except (FunnelError, AutostartError) as exc:
            show_error(self, exc)
            return False
        return True

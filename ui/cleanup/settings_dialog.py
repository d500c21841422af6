"""The clean-up's own settings: the reminder's day and time, the days before a
silent lead is archived and before a quiet client is proposed cooler, and the
silent-lead message in each language. Saved together, in one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from funnel.cleanup import silent, temperature, templates
from funnel.cleanup.preferences import CleanupSettings, read_settings, save_settings
from funnel.errors import FunnelError
from ui.cleanup.text import weekday_name
from ui.cleanup.widgets import muted_label
from ui.context import AppContext, Changes
from ui.i18n import language_names
from ui.messages import show_error
from ui.operations.core import run_write


class CleanupSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(QCoreApplication.translate("Cleanup", "Clean-up settings"))
        self.setMinimumSize(560, 600)
        self.current = ctx.read(read_settings)
        self.templates = dict(self.current.templates)

        self.day_box = QComboBox()
        self.day_box.setObjectName("cleanupDay")
        for day in range(7):
            self.day_box.addItem(weekday_name(day), day)
        self.day_box.setCurrentIndex(self.current.schedule.weekday)
        at = self.current.schedule.at
        self.time_edit = QTimeEdit(QTime(at.hour, at.minute))
        self.time_edit.setObjectName("cleanupTime")
        when = QHBoxLayout()
        when.addWidget(self.day_box)
        when.addWidget(self.time_edit)
        when.addStretch(1)
        self.silent_spin = QSpinBox()
        self.silent_spin.setObjectName("silentDays")
        self.silent_spin.setRange(1, silent.MAX_DAYS)
        self.silent_spin.setValue(self.current.silent_days)
        self.silent_spin.setSuffix(QCoreApplication.translate("Cleanup", " days"))
        self.demotion_spin = QSpinBox()
        self.demotion_spin.setObjectName("demotionDays")
        self.demotion_spin.setRange(1, temperature.MAX_DAYS)
        self.demotion_spin.setValue(self.current.demotion_days)
        self.demotion_spin.setSuffix(QCoreApplication.translate("Cleanup", " days"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(QCoreApplication.translate("Cleanup", "Remind me every"), when)
        form.addRow(
            QCoreApplication.translate("Cleanup", "Archive a silent lead after"), self.silent_spin
        )
        form.addRow(
            QCoreApplication.translate("Cleanup", "Propose cooling a quiet client after"),
            self.demotion_spin,
        )

        self.language_box = QComboBox()
        self.language_box.setObjectName("templateLanguage")
        for code, name in language_names().items():
            self.language_box.addItem(name, code)
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("templateSubject")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("templateBody")
        self.reset_button = QPushButton(
            QCoreApplication.translate("Cleanup", "Restore the default wording")
        )
        placeholders = ", ".join("{" + p + "}" for p in templates.PLACEHOLDERS)
        hint = muted_label(
            QCoreApplication.translate("Cleanup", "Placeholders: %1").replace("%1", placeholders)
        )
        hint.setWordWrap(True)
        template_form = QFormLayout()
        template_form.addRow(QCoreApplication.translate("Cleanup", "Language"), self.language_box)
        template_form.addRow(QCoreApplication.translate("Cleanup", "Subject"), self.subject_edit)
        group = QGroupBox(QCoreApplication.translate("Cleanup", "Silent-lead message"))
        box = QVBoxLayout(group)
        box.addLayout(template_form)
        box.addWidget(self.body_edit, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.reset_button)
        box.addLayout(bottom)

        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(group, 1)
        layout.addWidget(buttons)

        self._language = str(self.language_box.currentData())
        self._show_template()
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.reset_button.clicked.connect(self._reset_template)

    def _show_template(self) -> None:
        template = self.templates[self._language]
        self.subject_edit.setText(template.subject)
        self.body_edit.setPlainText(template.body)

    def _keep_template(self) -> None:
        self.templates[self._language] = templates.Template(
            self.subject_edit.text(), self.body_edit.toPlainText()
        )

    def _language_changed(self) -> None:
        self._keep_template()
        self._language = str(self.language_box.currentData())
        self._show_template()

    def _reset_template(self) -> None:
        self.templates[self._language] = templates.DEFAULT_TEMPLATES[self._language]
        self._show_template()

    def accept(self) -> None:
        self._keep_template()
        t = self.time_edit.time()
        wanted = CleanupSettings(
            schedule=replace(
                self.current.schedule,
                weekday=int(self.day_box.currentData()),
                at=time(t.hour(), t.minute()),
            ),
            silent_days=self.silent_spin.value(),
            demotion_days=self.demotion_spin.value(),
            templates=dict(self.templates),
        )
        try:
            run_write(
                self.ctx,
                save_settings,
                wanted,
                today=self.ctx.today(),
                now=self.ctx.now(),
                reminder_subject=QCoreApplication.translate("Cleanup", "Weekly pipeline clean-up"),
                changes=Changes(activities=True),
            )
        except FunnelError as exc:
            show_error(self, exc)
            return
        super().accept()

"""Preferences: team-wide settings kept in the database."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from funnel.errors import FunnelError
from funnel.pipeline.stalls import BUSINESS_DAYS_SETTING, uses_business_days
from funnel.store.settings import set_setting
from ui.context import AppContext, Changes
from ui.messages import show_error
from ui.operations.core import run_write
from ui.settings.followups import FollowupSettings
from ui.settings.profile import ProfileSettings
from ui.settings.rates import RatesSettings
from ui.settings.reasons import ReasonsSettings


class SettingsDialog(QDialog):
    language_chosen = Signal(str)  # the profile page chose another language

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(420)
        self._business_days = ctx.read(uses_business_days)

        self.business_days_box = QCheckBox(self.tr("Count business days only for stalls"))
        self.business_days_box.setObjectName("businessDays")
        self.business_days_box.setChecked(self._business_days)
        hint = QLabel(
            self.tr(
                "Saturdays and Sundays do not age a deal: a deal entered on Friday "
                "is one day old on Monday. Public holidays still count."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        general = QWidget()
        layout = QVBoxLayout(general)
        # Sized to its text, so a click beside the words does not tick it.
        layout.addWidget(self.business_days_box, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(hint)
        layout.addSpacing(8)
        self.followups = FollowupSettings(ctx, self)
        layout.addWidget(self.followups)
        layout.addStretch(1)
        self.profile = ProfileSettings(ctx)
        # Rates are written as they are set (each one an undo step of the window).
        self.rates = RatesSettings(ctx, self, undo_stack=getattr(parent, "undo_stack", None))
        # Both reason lists are saved on OK, as one undo step of the window.
        self.reasons = ReasonsSettings(ctx, self, undo_stack=getattr(parent, "undo_stack", None))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.profile, self.tr("Profile"))
        self.tabs.addTab(self.rates, self.tr("Exchange rates"))
        self.tabs.addTab(self.reasons, self.tr("Reasons"))
        self.tabs.currentChanged.connect(self._fit_page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(buttons)

    def _fit_page(self) -> None:
        # The reason lists sit side by side: give them their width.
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def show_profile(self) -> None:
        self.tabs.setCurrentWidget(self.profile)

    def accept(self) -> None:
        if not self.reasons.check():  # before anything is written
            self.tabs.setCurrentWidget(self.reasons)
            return
        if not self.profile.apply():
            self.show_profile()
            return
        if not self.followups.apply():
            return
        chosen = self.business_days_box.isChecked()
        if chosen != self._business_days:
            try:
                # Every stall mark and count may change: every screen refreshes.
                run_write(
                    self.ctx,
                    set_setting,
                    BUSINESS_DAYS_SETTING,
                    chosen,
                    changes=Changes(everything=True),
                )
            except FunnelError as exc:  # a failed write leaves the dialog open
                show_error(self, exc)
                return
        if not self.reasons.apply():
            self.tabs.setCurrentWidget(self.reasons)
            return
        super().accept()
        language = self.profile.chosen_language()
        if language is not None:  # last: it rebuilds the window in that language
            self.language_chosen.emit(language)

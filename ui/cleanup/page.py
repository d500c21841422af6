"""The clean-up page: home (due, history), the review, its summary.

The page also keeps the weekly reminder in place: a few seconds after the
window opens, and every few minutes, it makes sure the reminder exists and
points at this week (writing only when something changes), and it shows 1
in the navigation while this week's clean-up is due.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStackedWidget, QStyle, QVBoxLayout, QWidget

from funnel.cleanup.overview import cleanup_overview
from funnel.cleanup.reminder import cleanup_due, ensure_cleanup_reminder, reminder_needs_update
from funnel.cleanup.review import start_review
from funnel.cleanup.summary import review_history, review_summary
from funnel.errors import FunnelError
from ui.cleanup.home import HomeView
from ui.cleanup.review_view import ReviewView
from ui.cleanup.scope import CleanupScope
from ui.cleanup.settings_dialog import CleanupSettingsDialog
from ui.cleanup.summary_view import SummaryView
from ui.context import AppContext, Changes
from ui.messages import show_error
from ui.operations.core import run_write
from ui.operations.deals import DealActions

# The first check waits until the window has settled; later ones catch the
# week turning over while the app stays open.
FIRST_CHECK_MS = 5_000
CHECK_MS = 5 * 60 * 1000


class CleanupPage(QWidget):
    badge_changed = Signal(int)
    open_deal_requested = Signal(int, list)

    def __init__(self, ctx: AppContext, actions: DealActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cleanupPage")
        self.ctx = ctx
        self.deal_actions = actions
        self._badge = -1
        self._stale = True
        self.settings_dialog: CleanupSettingsDialog | None = None

        self.home = HomeView()
        self.home.start_requested.connect(self.start_review)
        self.home.settings_requested.connect(self.edit_settings)
        self.scope = CleanupScope(ctx, self.home)  # a manager's "Mine / Everyone's"
        self.scope.changed.connect(self.refresh_home)  # the counts follow the choice
        self.home.set_scope(self.scope)
        self.review = ReviewView(ctx, actions)
        self.review.left.connect(self.show_home)
        self.review.finished.connect(self.show_summary)
        self.review.open_deal_requested.connect(self.open_deal_requested.emit)
        self.summary = SummaryView()
        self.summary.done.connect(self.show_home)
        self.stack = QStackedWidget()
        for view in (self.home, self.review, self.summary):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check_reminder)
        QTimer.singleShot(FIRST_CHECK_MS, self.check_reminder)
        self.timer.start()
        ctx.changed.connect(self._on_changed)
        self.refresh_badge()

    def nav_title(self) -> str:
        return QCoreApplication.translate("Cleanup", "Clean-up")

    def nav_icon(self) -> QIcon:
        return QIcon.fromTheme(
            "edit-clear-all", self.style().standardIcon(QStyle.StandardPixmap.SP_DialogResetButton)
        )

    # --- the reminder and the badge ---------------------------------------------------------
    def check_reminder(self) -> None:
        """Make sure the weekly reminder exists and points at this week."""
        today = self.ctx.today()
        try:
            if self.ctx.read(reminder_needs_update, today=today):
                run_write(
                    self.ctx,
                    ensure_cleanup_reminder,
                    today=today,
                    now=self.ctx.now(),
                    subject=QCoreApplication.translate("Cleanup", "Weekly pipeline clean-up"),
                    changes=Changes(activities=True),
                )
        except FunnelError:
            return  # the next check tries again; nothing here is worth a pop-up
        self.refresh_badge()

    def refresh_badge(self) -> None:
        due = self.ctx.read(cleanup_due, today=self.ctx.today())
        badge = 1 if due is not None else 0
        if badge != self._badge:
            self._badge = badge
            self.badge_changed.emit(badge)

    def _on_changed(self, changes: Changes) -> None:
        # During a review the badge cannot change until it finishes (which
        # refreshes it): no need to ask after every decision.
        in_review = self.stack.currentWidget() is self.review
        if (changes.everything or changes.activities) and not in_review:
            self.refresh_badge()
        if self.stack.currentWidget() is self.home:
            if self.isVisible():
                self.refresh_home()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stack.currentWidget() is self.home and self._stale:
            self.refresh_home()

    # --- views --------------------------------------------------------------------------
    def refresh_home(self) -> None:
        self._stale = False
        self.home.show_overview(
            self.ctx.read(cleanup_overview, today=self.ctx.today(), everyone=self.scope.everyone())
        )

    def show_home(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self.refresh_home()
        self.refresh_badge()
        self.home.start_button.setFocus()

    def start_review(self) -> None:
        """Start this week's review, or resume the one left half-way."""
        self.check_reminder()
        try:
            review = run_write(
                self.ctx,
                start_review,
                now=self.ctx.now(),
                today=self.ctx.today(),
                everyone=self.scope.everyone(),
                changes=Changes(),
            )
        except FunnelError as exc:
            show_error(self, exc)
            return
        self.stack.setCurrentWidget(self.review)
        self.review.start(review.id)

    def show_summary(self, review_id: int) -> None:
        today = self.ctx.today()
        summary = self.ctx.read(review_summary, review_id, today=today)
        streak = self.ctx.read(review_history, today=today).streak
        self.summary.show_summary(summary, streak)
        self.stack.setCurrentWidget(self.summary)
        self.summary.done_button.setFocus()
        self.refresh_badge()

    def edit_settings(self) -> None:
        dialog = CleanupSettingsDialog(self.ctx, self)
        dialog.accepted.connect(self.show_home)
        dialog.open()
        self.settings_dialog = dialog

"""The clean-up page's home: is this week's clean-up due, done or half-way;
what a review would hold; the reminder's day and time; past weeks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from funnel.cleanup.overview import CleanupOverview
from funnel.store.models import ReviewReason
from ui.board.delegate import NO_NEXT_STEP, ink
from ui.cleanup.history import HistoryModel, HistoryView
from ui.cleanup.text import Cleanup, weekday_name
from ui.cleanup.widgets import KeyButton, muted_label, scaled_font, set_text_colour
from ui.deal_card.format import WON
from ui.deal_card.format import day_text as full_day
from ui.i18n import number_text, time_text


class HomeView(QWidget):
    start_requested = Signal()
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cleanupHome")
        title = QLabel(QCoreApplication.translate("Cleanup", "Weekly clean-up"))
        title.setObjectName("cleanupTitle")
        title.setFont(scaled_font(self, 1.6, bold=True))
        self.title_label = title
        self.schedule_label = muted_label()
        self.schedule_label.setObjectName("cleanupSchedule")
        self.settings_button = QPushButton(QCoreApplication.translate("Cleanup", "Settings…"))
        self.settings_button.setObjectName("cleanupSettings")
        self.settings_button.clicked.connect(self.settings_requested.emit)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self._titles = titles
        titles.setSpacing(2)
        titles.addWidget(title)
        titles.addWidget(self.schedule_label)
        head.addLayout(titles, 1)
        head.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)

        self.status_label = QLabel()
        self.status_label.setObjectName("cleanupStatus")
        self.status_label.setFont(scaled_font(self, 1.3, bold=True))
        self.status_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("cleanupDetail")
        self.detail_label.setWordWrap(True)
        self.skipped_label = QLabel()
        self.skipped_label.setObjectName("cleanupSkipped")
        self.start_button = KeyButton(
            QCoreApplication.translate("Cleanup", "Start review"), "Return"
        )
        self.start_button.setObjectName("startReview")
        self.start_button.set_default(True)
        self.start_button.setFont(scaled_font(self, 1.15, bold=True))
        self.start_button.clicked.connect(self.start_requested.emit)
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.start_requested.emit)
        routine = muted_label(
            QCoreApplication.translate(
                "Cleanup",
                "Every open deal, stalled ones first: does the client know they are in "
                "your funnel, and are they ready to buy this month? Each deal leaves with a "
                "decision and a next step.",
            )
        )
        routine.setWordWrap(True)
        card = QFrame()
        card.setObjectName("cleanupCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 18, 20, 18)
        inner.setSpacing(8)
        inner.addWidget(self.status_label)
        inner.addWidget(self.detail_label)
        inner.addWidget(self.skipped_label)
        inner.addSpacing(8)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addSpacing(16)
        row.addWidget(routine, 1)
        inner.addLayout(row)

        history_title = QLabel(QCoreApplication.translate("Cleanup", "Past weeks"))
        history_title.setFont(scaled_font(self, 1.1, bold=True))
        self.streak_label = QLabel()
        self.streak_label.setObjectName("cleanupStreak")
        history_head = QHBoxLayout()
        history_head.addWidget(history_title)
        history_head.addStretch(1)
        history_head.addWidget(self.streak_label)
        self.history_model = HistoryModel(self.palette(), self)
        self.history_view = HistoryView(self.history_model)
        self.history_empty = muted_label(
            QCoreApplication.translate(
                "Cleanup", "No clean-up yet: the first one starts the history."
            )
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addSpacing(12)
        layout.addWidget(card)
        layout.addSpacing(18)
        layout.addLayout(history_head)
        layout.addWidget(self.history_view)
        layout.addWidget(self.history_empty)
        layout.addStretch(1)

    def set_scope(self, scope: QWidget) -> None:
        """Put a manager's "Deals to review" under the title and schedule, so
        the home reads title → whose deals → counts → Start."""
        self._titles.addSpacing(6)
        self._titles.addWidget(scope)

    def show_overview(self, o: CleanupOverview) -> None:
        palette = self.palette()
        at = time_text(o.schedule.at)
        self.schedule_label.setText(
            QCoreApplication.translate("Cleanup", "Reminder every %1 at %2")
            .replace("%1", weekday_name(o.schedule.weekday))
            .replace("%2", at)
        )
        review = o.review
        if review is not None:
            self.status_label.setText(
                QCoreApplication.translate("Cleanup", "Under way: %1 of %2 deals decided")
                .replace("%1", number_text(review.done))
                .replace("%2", number_text(review.total))
            )
            set_text_colour(self.status_label, None)
            self.detail_label.setText(
                QCoreApplication.translate("Cleanup", "Pick up where you left off.")
            )
            self.start_button.setText(QCoreApplication.translate("Cleanup", "Resume review"))
        else:
            if o.due is not None:
                self.status_label.setText(
                    QCoreApplication.translate("Cleanup", "This week's clean-up is due")
                )
                set_text_colour(self.status_label, None)
            elif o.done_this_week:
                self.status_label.setText(
                    QCoreApplication.translate(
                        "Cleanup", "Done for this week. Next clean-up: %1, %2"
                    )
                    .replace("%1", full_day(o.next_due))
                    .replace("%2", at)
                )
                set_text_colour(self.status_label, ink(WON, palette))
            else:
                self.status_label.setText(
                    QCoreApplication.translate("Cleanup", "Next clean-up: %1, %2")
                    .replace("%1", full_day(o.next_due))
                    .replace("%2", at)
                )
                set_text_colour(self.status_label, None)
            self.detail_label.setText(self._queue_text(o.queue))
            self.start_button.setText(
                QCoreApplication.translate("Cleanup", "Review again")
                if o.done_this_week
                else QCoreApplication.translate("Cleanup", "Start review")
            )
        skipped = o.due.weeks_skipped if o.due is not None else 0
        self.skipped_label.setText(
            Cleanup.tr("%n week(s) skipped before this one.", None, skipped) if skipped else ""
        )
        set_text_colour(self.skipped_label, ink(NO_NEXT_STEP, palette))
        self.skipped_label.setVisible(bool(skipped))
        self.start_button.updateGeometry()

        history = o.history
        self.history_model.set_rows(list(history.rows))
        has_rows = bool(history.rows)
        self.history_view.setVisible(has_rows)
        self.history_empty.setVisible(not has_rows)
        self.streak_label.setText(
            Cleanup.tr("Streak: %n week(s) in a row", None, history.streak)
            if history.streak
            else ""
        )

    @staticmethod
    def _queue_text(queue: dict[str, int]) -> str:
        total = sum(queue.values())
        if not total:
            return QCoreApplication.translate("Cleanup", "No open deals to review.")
        parts = [Cleanup.tr("%n open deal(s) to review", None, total)]
        details = []
        if queue.get(ReviewReason.STALLED):
            details.append(Cleanup.tr("%n stalled", None, queue[ReviewReason.STALLED]))
        if queue.get(ReviewReason.NO_NEXT_STEP):
            details.append(
                Cleanup.tr("%n without a next step", None, queue[ReviewReason.NO_NEXT_STEP])
            )
        if queue.get(ReviewReason.RETURNING):
            details.append(
                Cleanup.tr("%n back from Future sales", None, queue[ReviewReason.RETURNING])
            )
        text = parts[0]
        if details:
            text += ": " + ", ".join(details)
        return text + "."

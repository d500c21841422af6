"""Today: what a salesperson does first each morning.

Overdue follow-ups (oldest first), those due today, the next seven days,
deals returning from future sales and stalled deals, in one list (one model,
one delegate; no widget per line). Every line can be acted on where it
stands: Done (outcome, then the next step), Snooze, Open; Back to pipeline;
Add next step; phone and e-mail are links. The keyboard does the same:
arrows, Enter opens, D done, S snooze, B back to pipeline, N next step.

The page reads `funnel.followups.agenda.agenda` again when something it shows changes
(coalesced, and only while it is on screen; otherwise just the counts for
the navigation badge), and when the day changes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.clients import phone_digits
from funnel.errors import FunnelError
from funnel.followups.activity_list import get_activity
from funnel.followups.agenda import Agenda, AgendaLine, ReturningLine, StalledLine, agenda
from funnel.followups.upcoming import next_follow_up
from funnel.owners import list_owners
from funnel.pipeline.pipelines import list_pipelines
from ui.board.delegate import OVERDUE, ink, mix
from ui.context import AppContext, Changes
from ui.deals.park_dialog import StageMenu
from ui.followups.dialogs import ActivityDialog
from ui.followups.done_dialog import DoneDialog
from ui.followups.snooze_date import SnoozeDateDialog
from ui.followups.snooze_menu import SnoozeMenu
from ui.formats import long_date
from ui.messages import show_error
from ui.operations.activities import ActivityActions
from ui.operations.deals import DealActions
from ui.today.delegate import BACK, DONE, EMAIL, NEXT_STEP, OPEN, PHONE, SNOOZE, TodayDelegate
from ui.today.empty import show_next, today_empty_state
from ui.today.model import Row, Section, TodayModel
from ui.today.scope import TodayScope
from ui.today.view import TodayView

DAY_CHECK_MS = 60 * 1000
DAYS_AHEAD = 7


class TodayPage(QWidget):
    badge_changed = Signal(int)
    open_deal_requested = Signal(int, list)

    def __init__(self, ctx: AppContext, actions: DealActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.ctx = ctx
        self.deal_actions = actions
        self.activity_actions = ActivityActions(ctx, actions.undo_stack)
        self.agenda: Agenda | None = None
        self._loaded_day = ctx.today()
        self._dirty = False
        self._keep_place = False  # the next reload follows a snooze
        self.menu: QMenu | None = None  # the last snooze, stage or context menu shown
        self.dialog: QWidget | None = None  # the last dialog opened from here

        self.title_label = QLabel(self.tr("Today"))
        self.title_label.setObjectName("todayTitle")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setWeight(QFont.Weight.Bold)
        self.title_label.setFont(title_font)
        self.date_label = QLabel()
        self.date_label.setObjectName("todayDate")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("todaySummary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        muted = self.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText,
            mix(
                self.palette().color(QPalette.ColorRole.WindowText),
                self.palette().color(QPalette.ColorRole.Window),
                0.4,
            ),
        )
        self.date_label.setPalette(muted)
        self.summary_label.setPalette(muted)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.date_label)
        header = QHBoxLayout()
        header.setContentsMargins(22, 16, 22, 8)
        header.addLayout(titles, 1)
        header.addWidget(self.summary_label, 0, Qt.AlignmentFlag.AlignBottom)

        self.model = TodayModel(self)
        self.delegate = TodayDelegate(ctx.today, self)
        self.view = TodayView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.view.setAutoFillBackground(True)
        self.view.key_action.connect(self._key_action)
        self.view.header_clicked.connect(self._fold)
        self.view.doubleClicked.connect(lambda index: self.act(index.row(), OPEN))
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.delegate.action.connect(self.act)
        titles_map = self.section_titles()
        self.model.section_titles = titles_map
        self.delegate.section_titles = titles_map

        self.empty_label = today_empty_state(self)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        self.scope = TodayScope(self)
        self.scope.layout().setContentsMargins(22, 0, 22, 6)
        self.scope.set_owners(ctx.read(list_owners), me=ctx.db.actor_id)
        self.scope.changed.connect(self.reload)
        layout.addWidget(self.scope)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.timeout.connect(self._reload_or_count)
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self._check_day)
        self.day_timer.start()
        ctx.changed.connect(self._on_changed)
        self.reload()
        # The window connects the badge after building the page: say it again then.
        QTimer.singleShot(0, self._repeat_badge)

    def _repeat_badge(self) -> None:
        if self.agenda is not None:
            self.badge_changed.emit(self.agenda.counts.to_do)

    # the page contract -------------------------------------------------------------
    def nav_title(self) -> str:
        return self.tr("Today")

    def nav_icon(self) -> QIcon:
        return QIcon.fromTheme(
            "go-home", self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        )

    def section_titles(self) -> dict[Section, str]:
        return {
            Section.OVERDUE: self.tr("Overdue"),
            Section.TODAY: self.tr("Due today"),
            Section.UPCOMING: self.tr("Next %n days", "", DAYS_AHEAD),
            Section.RETURNING: self.tr("Returning from future sales"),
            Section.STALLED: self.tr("Stalled deals"),
        }

    # loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the agenda again; the list keeps its scroll and the cursor
        stays on its line (or, after a snooze or when the line is gone, the
        one that took its place, so D, D, D walks down the list)."""
        self._dirty = False
        keep_place, self._keep_place = self._keep_place, False
        current = self.view.currentIndex()
        key = self.model.row(current.row()).key if current.isValid() else None
        row_before = current.row() if current.isValid() else 0
        scrolled = self.view.verticalScrollBar().value()
        self._loaded_day = self.ctx.today()
        self.scope.set_owners(self.ctx.read(list_owners), me=self.ctx.db.actor_id)  # renamed
        self.agenda = self.ctx.read(
            agenda, today=self._loaded_day, days=DAYS_AHEAD, **self._scope()
        )
        self.model.set_agenda(self.agenda)
        self._show_counts(self.agenda)
        empty = self.model.rowCount() == 0
        self.view.setVisible(not empty)
        if empty:
            day = self._loaded_day
            show_next(self.empty_label, self.ctx.read(next_follow_up, after=day), day)
        self.empty_label.setVisible(empty)
        row = self.model.row_of_key(key) if key is not None and not keep_place else None
        if row is None:
            lines = [i for i in range(self.model.rowCount()) if self.model.is_line(i)]
            after = [i for i in lines if i >= row_before]
            row = after[0] if after else (lines[-1] if lines else None)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row))
        # A reset scrolls to the top and a new current line scrolls to itself:
        # put the list back where the person had it, moving only if the cursor
        # would be out of sight.
        self.view.doItemsLayout()  # the scroll range of the new rows, now
        self.view.verticalScrollBar().setValue(scrolled)
        if row is not None and not keep_place:
            self.view.scrollTo(self.model.index(row))

    def refresh(self) -> None:
        """Bring the page up to date now if shown, else when it is next shown."""
        self._reload_timer.start(0)

    def _show_counts(self, a: Agenda) -> None:
        c = a.counts
        self.date_label.setText(long_date(a.today, weekday=True))
        parts = []
        red = ink(OVERDUE, self.palette()).name()
        if c.overdue:
            text = self.tr("%n overdue", "", c.overdue)
            parts.append(f'<span style="color:{red}; font-weight:600">{text}</span>')
        if c.today:
            parts.append(self.tr("%n due today", "", c.today))
        if c.returning:
            parts.append(self.tr("%n returning", "", c.returning))
        if c.stalled:
            parts.append(self.tr("%n stalled", "", c.stalled))
        self.summary_label.setText(" · ".join(parts))
        self.badge_changed.emit(c.to_do)

    def _on_changed(self, changes: Changes) -> None:
        # Nearly every change shows here (a move, an activity, a client's phone).
        self._reload_timer.start(0)

    def _reload_or_count(self) -> None:
        if self.isVisible():
            self.reload()
            return
        self._dirty = True
        # Hidden: only the counts, for the navigation badge.
        self._show_counts(
            self.ctx.read(agenda, today=self.ctx.today(), days=DAYS_AHEAD, limit=0, **self._scope())
        )

    def _scope(self) -> dict[str, int | None]:
        return {"owner_id": self.scope.owner_id(), "pipeline_id": self.scope.pipeline_id()}

    def set_pipeline(self, pipeline_id: int | None) -> None:
        """Follow the window's pipeline (unless the person asked for all of them)."""
        pipelines = {p.id: p.name for p in self.ctx.read(list_pipelines)}
        self.scope.set_pipeline(pipeline_id, pipelines.get(pipeline_id, ""))
        self._reload_timer.start(0)

    def _check_day(self) -> None:
        if self.ctx.today() != self._loaded_day:
            self._reload_or_count()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty or self.ctx.today() != self._loaded_day:
            self.reload()
        self.view.setFocus()

    def _fold(self, row: int) -> None:
        section = self.model.row(row).section
        self.model.toggle_folded(section)

    # acting on a line ----------------------------------------------------------------
    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() and self.model.is_line(index.row()) else None

    def _key_action(self, name: str) -> None:
        row = self.current_row()
        if row is not None:
            self.act(row, name, self.view.visualRect(self.model.index(row)))

    def act(self, row: int, name: str, rect: QRect | None = None) -> None:
        """Do `name` (DONE, SNOOZE, OPEN, BACK, NEXT_STEP, PHONE, EMAIL) on a line;
        `rect` (viewport coordinates) is where a menu opens."""
        if not self.model.is_line(row):
            return
        line = self.model.row(row)
        rect = rect or self.view.visualRect(self.model.index(row))
        handlers = {
            OPEN: lambda: self.open_line(line),
            DONE: lambda: self.mark_done(line),
            SNOOZE: lambda: self.snooze(line, rect),
            BACK: lambda: self.back_to_pipeline(line, rect),
            NEXT_STEP: lambda: self.add_next_step(line),
            PHONE: lambda: self._open_url("tel:", line),
            EMAIL: lambda: self._open_url("mailto:", line),
        }
        try:
            handlers[name]()
        except FunnelError as exc:
            show_error(self, exc)

    def open_line(self, row: Row) -> None:
        line = row.line
        deal_id = getattr(line, "deal_id", None)
        if deal_id is not None:
            self.open_deal_requested.emit(deal_id, self.model.deal_ids(row.section))
            return
        client_id = getattr(line, "client_id", None)
        opener = getattr(self.window(), "open_client", None)
        if client_id is not None and opener is not None:
            opener(client_id)

    def mark_done(self, row: Row) -> None:
        if isinstance(row.line, AgendaLine):
            dialog = DoneDialog(self.ctx, self.activity_actions, row.line.activity_id, self)
            self._open_dialog(dialog)

    def snooze(self, row: Row, rect: QRect) -> None:
        line = row.line
        if not isinstance(line, AgendaLine):
            return
        self._popup(self._snooze_menu(line, self), rect)

    def _snooze_menu(self, line: AgendaLine, parent: QWidget) -> SnoozeMenu:
        menu = SnoozeMenu(self.ctx.local_now(), line.due_time, parent, offer_date=True)
        menu.chosen.connect(lambda choice: self._snooze_to(line, choice))
        menu.date_requested.connect(lambda: self.snooze_to_date(line))
        return menu

    def snooze_to_date(self, line: AgendaLine) -> None:
        dialog = SnoozeDateDialog(self.ctx.local_now().date(), line.due_date, line.subject, self)
        dialog.chosen.connect(lambda day: self._snooze_to(line, day))
        self._open_dialog(dialog)

    def _snooze_to(self, line: AgendaLine, until: str | date) -> None:
        # The line leaves its place; the list stays where it was and the
        # cursor goes to the line that took its place (S, S, S walks down).
        self._keep_place = True
        self._run(
            lambda: self.activity_actions.snooze(line.activity_id, until, deal_id=line.deal_id)
        )

    def back_to_pipeline(self, row: Row, rect: QRect) -> None:
        line = row.line
        if not isinstance(line, ReturningLine):
            return
        if line.return_stage_id is not None:
            self.deal_actions.unpark(line.deal_id)
        else:  # the stage it came from is gone: ask where to
            self.choose_stage(row, rect)

    def choose_stage(self, row: Row, rect: QRect) -> None:
        line = row.line
        if not isinstance(line, ReturningLine):
            return
        menu = StageMenu(self.ctx, line.return_stage_id, self)
        menu.chosen.connect(
            lambda stage_id: self._run(lambda: self.deal_actions.unpark(line.deal_id, stage_id))
        )
        self._popup(menu, rect)

    def add_next_step(self, row: Row) -> None:
        line = row.line
        if isinstance(line, (StalledLine, ReturningLine)):
            dialog = ActivityDialog(
                self.ctx,
                self.activity_actions,
                deal_id=line.deal_id,
                client_id=line.client_id,
                title=line.title,
                parent=self,
            )
            self._open_dialog(dialog)
        elif isinstance(line, AgendaLine):
            dialog = ActivityDialog(
                self.ctx,
                self.activity_actions,
                deal_id=line.deal_id,
                client_id=line.client_id if line.deal_id is None else None,
                title=line.deal or line.client,
                parent=self,
            )
            self._open_dialog(dialog)

    def edit_activity(self, row: Row) -> None:
        if isinstance(row.line, AgendaLine):
            activity = self.ctx.read(get_activity, row.line.activity_id)
            dialog = ActivityDialog(self.ctx, self.activity_actions, activity=activity, parent=self)
            self._open_dialog(dialog)

    def _open_url(self, scheme: str, row: Row) -> None:
        line = row.line
        if scheme == "tel:":
            value = getattr(line, "phone", None)
            # tel: wants the digits (and a leading +), not the spaces and dashes typed.
            target = ("+" if value and value.strip().startswith("+") else "") + phone_digits(
                value or ""
            )
        else:
            target = getattr(line, "email", None) or ""
        if target:
            QDesktopServices.openUrl(QUrl(scheme + target))

    # helpers -------------------------------------------------------------------------
    def _run(self, fn) -> None:
        try:
            fn()
        except FunnelError as exc:
            show_error(self, exc)

    def _open_dialog(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        dialog.open()

    def _popup(self, menu: QMenu, rect: QRect) -> None:
        """Menus are popped up, not exec'd: the list stays live meanwhile."""
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.menu = menu
        menu.destroyed.connect(lambda *_: setattr(self, "menu", None))
        menu.popup(self.view.viewport().mapToGlobal(rect.bottomLeft()))

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid() or not self.model.is_line(index.row()):
            return
        self.view.setCurrentIndex(index)
        row = self.model.row(index.row())
        rect = QRect(pos, pos)
        menu = QMenu(self)
        menu.setObjectName("todayContextMenu")
        if isinstance(row.line, AgendaLine):
            menu.addAction(self.tr("Mark done…") + "\tD", lambda: self.mark_done(row))
            menu.addMenu(self._snooze_menu(row.line, menu))
            menu.addAction(self.tr("Edit…"), lambda: self.edit_activity(row))
        elif isinstance(row.line, ReturningLine):
            menu.addAction(
                self.tr("Back to pipeline") + "\tB", lambda: self.back_to_pipeline(row, rect)
            )
            menu.addAction(self.tr("Back to another stage…"), lambda: self.choose_stage(row, rect))
            menu.addAction(self.tr("Add next step…") + "\tN", lambda: self.add_next_step(row))
        else:
            menu.addAction(self.tr("Add next step…") + "\tN", lambda: self.add_next_step(row))
        menu.addSeparator()
        menu.addAction(self.tr("Open") + "\tEnter", lambda: self.open_line(row))
        self._popup(menu, rect)

"""The deal card: every field of one deal, its notes, activities and stage
history, and Next/Previous through the deals of the view it was opened from.

Field edits are saved together (Save, Ctrl+S, or walking to the next deal) in
one transaction. Stage and status changes are moves: they go through the
window's `DealActions` at once, so each is recorded in the history and can be
undone with Ctrl+Z like a drag on the board.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from funnel.deals.card import SavedDeal, save_card, undo_card_hand_over
from funnel.deals.details import (
    CardChoices,
    DealDetails,
    card_choices,
    deal_details,
    deal_version,
)
from funnel.deals.search import find_clients
from funnel.errors import ChangedByOtherError, FunnelError, NotFoundError
from funnel.store.models import DealStatus
from ui.clients.hint import lookup_for
from ui.context import AppContext, Changes
from ui.deal_card.actions import CardActions
from ui.deal_card.activities import ActivitiesPanel
from ui.deal_card.client_picker import ClientPicker, open_client_card
from ui.deal_card.form import DealForm
from ui.deal_card.header import CardHeader
from ui.deal_card.notes import NotesPanel
from ui.deal_card.timeline import TimelineView
from ui.deals.park_dialog import ParkDialog
from ui.followups.done_dialog import DoneDialog
from ui.messages import show_error
from ui.operations.activities import ActivityActions
from ui.operations.core import Op, run_op
from ui.operations.deals import DealActions
from ui.team.conflict_bar import ConflictBar, FormVersion


def _saved_changes(saved: SavedDeal) -> Changes:
    return Changes(
        deals=frozenset({saved.deal_id}),
        pipelines=frozenset({saved.pipeline_id}),
        clients=frozenset({saved.client_id} if saved.client_id else ()),
    )


class DealCard(CardActions, QDialog):
    """Open with a deal id, or `deal_id=None` for a new deal in `pipeline_id`
    (default: the first sales pipeline). `sequence` is the ids of the deals
    around it, in the order of the view it came from."""

    deal_saved = Signal(int)
    current_deal_changed = Signal(int)
    handed_away = Signal(str)  # the message to show once the card closed after a hand-over

    def __init__(
        self,
        ctx: AppContext,
        actions: DealActions,
        deal_id: int | None,
        sequence: Sequence[int] | None = None,
        pipeline_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_actions = actions
        self._deal_id = deal_id
        self._sequence = list(sequence or [])
        self._pipeline_id = pipeline_id
        self._details: DealDetails | None = None
        self._choices: CardChoices | None = None
        self._loaded_state: tuple = ()
        self._busy = 0
        self.setObjectName("dealCard")
        self.setMinimumSize(940, 640)
        self.setSizeGripEnabled(True)
        self._build()
        ctx.changed.connect(self._on_changed)
        self._load(fill_form=True)

    # building --------------------------------------------------------------
    def _build(self) -> None:
        self.header = CardHeader()
        self.header.previous_button.clicked.connect(self.previous_deal)
        self.header.next_button.clicked.connect(self.next_deal)
        self.form = DealForm(
            lambda text: self.ctx.read(find_clients, text, limit=12), self.ctx.today()
        )
        self.form.stage_box.activated.connect(self._stage_chosen)
        picker = self.form.client_picker
        picker.set_lookup(lookup_for(self.ctx))
        picker.open_client_requested.connect(
            lambda cid: open_client_card(self.ctx, cid, self, self.deal_actions.undo_stack)
        )
        self.form.won_button.clicked.connect(self._win)
        self.form.lost_button.clicked.connect(self._lose)
        self.form.archive_button.clicked.connect(self._archive)
        self.form.reopen_button.clicked.connect(self._reopen)
        self.form.park_button.clicked.connect(self._park)
        self.form.unpark_button.clicked.connect(self._back_to_pipeline)
        self.activity_actions = ActivityActions(self.ctx, self.deal_actions.undo_stack)
        self.park_dialog: ParkDialog | None = None
        self.done_dialog: DoneDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        self.conflict_bar = ConflictBar()
        # Keep mine saves against the version there is now (a third change meanwhile is caught).
        self.form_version = FormVersion(
            self.conflict_bar,
            current=lambda: self.ctx.read(deal_version, self._deal_id) if self._deal_id else None,
            reload=lambda: self._load(fill_form=True),
            save=self.save,
        )
        layout.addWidget(self.conflict_bar)

        body = QHBoxLayout()
        body.setSpacing(20)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.form)
        self.history_title = QLabel(self.tr("Stage history"))
        bold = QFont(self.font())
        bold.setBold(True)
        self.history_title.setFont(bold)
        left.addWidget(self.history_title)
        self.timeline = TimelineView()
        self.timeline.setObjectName("timeline")
        self.timeline.setMinimumHeight(150)
        left.addWidget(self.timeline, 1)
        body.addLayout(left, 11)

        self.tabs = QTabWidget()
        self.notes = NotesPanel()
        self.notes.submitted.connect(self._add_note)
        self.activities = ActivitiesPanel()
        self.activities.add_requested.connect(self._add_activity)
        self.activities.done_requested.connect(self._complete_activity)
        self.activities.snooze_requested.connect(self._snooze_activity)
        self.activities.local_now = self.ctx.local_now
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.activities, self.tr("Activities"))
        body.addWidget(self.tabs, 10)
        layout.addLayout(body, 1)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)
        )
        self.save_button.setToolTip(self.tr("Save and close (Ctrl+S saves and stays)"))
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        # The card is modal, so the window's Edit menu is out of reach: moves
        # made here are undone here too (a text box keeps Ctrl+Z for its text).
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.deal_actions.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, activated=self.deal_actions.undo_stack.redo)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, activated=self.next_deal)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=self.previous_deal)

    # loading ---------------------------------------------------------------
    def deal_id(self) -> int | None:
        return self._deal_id

    # The fields other screens (and their tests) reach for; the rest are on `form`.
    @property
    def title_edit(self) -> QLineEdit:
        return self.form.title_edit

    @property
    def value_edit(self) -> QLineEdit:
        return self.form.value_edit

    @property
    def client_picker(self) -> ClientPicker:
        return self.form.client_picker

    @property
    def stage_box(self) -> QComboBox:
        return self.form.stage_box

    def _load(self, *, fill_form: bool) -> bool:
        """Read the deal again; the form keeps what the person typed unless
        `fill_form`. Returns False when the deal no longer exists."""
        try:
            if self._deal_id is None:
                self._details = None
                self._choices = self.ctx.read(card_choices, pipeline_id=self._pipeline_id)
            else:
                self._details = self.ctx.read(deal_details, self._deal_id, today=self.ctx.today())
                self._choices = self._details.choices
        except NotFoundError as exc:
            show_error(self, exc)
            QTimer.singleShot(0, super().reject)
            return False
        deal = self._details.deal if self._details else None
        if fill_form:
            self.form.fill(deal, self._choices, self.ctx.today())
            self.form.client_picker.show_contacts(self._details.client if self._details else None)
            if deal is None:
                self.form.title_edit.setFocus()
        self.form.fill_stages(deal, self._choices)
        self.form.show_status(deal.status if deal else None)
        is_open = deal is not None and deal.status == DealStatus.OPEN
        parked = is_open and self._is_parked(deal.pipeline_id)
        self.form.park_button.setVisible(is_open and not parked)
        self.form.unpark_button.setVisible(parked)
        if deal is None:
            self.setWindowTitle(self.tr("New deal"))
        else:
            self.setWindowTitle(self.tr("Deal — %1").replace("%1", deal.title))
        self.header.show_deal(deal, self._choices.pipeline.name)
        self.header.show_position(self._position(), len(self._sequence))
        # A deal not saved yet has no history to show.
        self.history_title.setVisible(deal is not None)
        self.timeline.setVisible(deal is not None)
        self._fill_panels()
        if fill_form:
            self._loaded_state = self._form_state()
            self.form_version.loaded(self._details.version if self._details else None)
        return True

    def _fill_panels(self) -> None:
        details = self._details
        writable = details is not None
        self.notes.set_writable(writable)
        self.activities.set_writable(writable)
        self.notes.set_notes(details.notes if details else [])
        self.activities.set_activities(details.activities if details else [], self.ctx.today())
        self.timeline.set_entries(
            details.history if details else [], self._choices.pipelines if self._choices else []
        )
        notes = len(details.notes) if details else 0
        open_count = sum(1 for a in details.activities if a.done_at is None) if details else 0
        self.tabs.setTabText(0, self.tr("Notes (%1)").replace("%1", str(notes)) if notes
                             else self.tr("Notes"))  # fmt: skip
        self.tabs.setTabText(
            1,
            self.tr("Activities (%1)").replace("%1", str(open_count))
            if open_count
            else self.tr("Activities"),
        )

    # the form ----------------------------------------------------------------
    def _form_state(self) -> tuple:
        return self.form.state(with_stage=self._deal_id is None)

    def _fields_changed(self) -> bool:
        return self._form_state() != self._loaded_state

    def _pending_note(self) -> str:
        return self.notes.input.toPlainText().strip() if self._deal_id is not None else ""

    def is_dirty(self) -> bool:
        """Edited fields, or a note written but not added yet."""
        return self._fields_changed() or bool(self._pending_note())

    @contextmanager
    def _own_write(self) -> Iterator[None]:
        """While the card writes, its own announcements do not reload it."""
        self._busy += 1
        try:
            yield
        finally:
            self._busy -= 1

    def save(self) -> bool:
        """Save the form (creating the deal and a typed-in client if need be),
        and add a note still sitting in the note box."""
        note = self._pending_note()
        if note and self._hands_over():
            # The note goes in first: once handed over, the deal may be out of reach.
            self._add_note(note)
            if self._pending_note():
                return False
            note = ""
        if (self._deal_id is None or self._fields_changed()) and not self._save_fields():
            return False
        if note:
            self._add_note(note)
            return not self._pending_note()  # the box is emptied once the note is in
        return True

    def _hands_over(self) -> bool:
        deal = self._details.deal if self._details else None
        return deal is not None and self.form.owner_box.currentData() != deal.owner_id

    def _save_fields(self) -> bool:
        edit = self.form.collect()
        if edit is None:
            return False
        stage_id = self.form.stage_box.currentData() if self._deal_id is None else None
        op = Op(
            self.tr("Hand over deal"),
            save_card,
            (self._deal_id, edit),
            {
                "now": self.ctx.now(),
                "pipeline_id": self._pipeline_id if stage_id is None else None,
                "stage_id": stage_id,
                "expected_version": self.form_version.shown,
            },
            changes=_saved_changes,
            undo=undo_card_hand_over,
            undoable=lambda saved: saved.handed_over is not None,
        )
        try:
            with self._own_write():
                saved = run_op(self.ctx, op, self.deal_actions.undo_stack)
        except ChangedByOtherError as exc:
            self.form_version.refused(exc)
            return False
        except FunnelError as exc:
            show_error(self, exc)
            return False
        if saved.handed_over is not None and self.ctx.read(deal_version, saved.deal_id) is None:
            self._close_handed_away()
            return False  # nothing more to do here: the card is closed
        self._deal_id = deal_id = saved.deal_id
        if not self._load(fill_form=True) or self._details is None:
            return False
        self.deal_saved.emit(deal_id)
        return True

    def _close_handed_away(self) -> None:
        """A salesperson handed their deal to a colleague on a team server: the
        save went through but the deal is no longer theirs to see, so the card
        closes quietly and the window says what happened (Ctrl+Z undoes it)."""
        text = self.tr("“%1” handed to %2")
        title = self.form.title_edit.text().strip()
        owner = self.form.owner_box.currentText()
        self.handed_away.emit(text.replace("%2", owner).replace("%1", title))
        self._loaded_state = self._form_state()  # saved: nothing to ask about on closing
        super().accept()

    # walking -----------------------------------------------------------------
    def _position(self) -> int | None:
        if self._deal_id is None or self._deal_id not in self._sequence:
            return None
        return self._sequence.index(self._deal_id)

    def next_deal(self) -> None:
        self._walk(1)

    def previous_deal(self) -> None:
        self._walk(-1)

    def _walk(self, step: int) -> None:
        position = self._position()
        if position is None or not 0 <= position + step < len(self._sequence):
            return
        if self.is_dirty() and not self.save():
            return  # the problem is shown next to its field; stay on this deal
        self._deal_id = self._sequence[position + step]
        if self._load(fill_form=True):
            self.current_deal_changed.emit(self._deal_id)

    # closing -------------------------------------------------------------------
    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to «%1»?").replace(
                    "%1", self.form.title_edit.text().strip() or self.tr("New deal")
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()

    # outside changes -------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if self._busy or self._deal_id is None or not self.isVisible():
            return
        client_id = self._details.deal.client_id if self._details else None
        if (
            changes.everything
            or changes.stages
            or self._deal_id in changes.deals
            or (client_id is not None and client_id in changes.clients)
        ):
            self._load(fill_form=not self.is_dirty())

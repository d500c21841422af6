"""The review's decisions as a table: for each key of the decision panel, the
`funnel.cleanup.decisions` service it calls, the dialog that asks first (if
any), what the service is given, and — for a decision that moves the deal —
the name of its undo step.

`DecisionHost.decide` looks the key up and runs the row through the operations
door; nothing here writes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from funnel.cleanup import decisions
from funnel.cleanup.queue import DealFacts
from funnel.errors import FunnelError
from funnel.pipeline.pipelines import get_pipeline
from ui.cleanup.confirm_dialog import confirm_archive, followups_choice
from ui.cleanup.dialogs import NextStepDialog, ParkDateDialog, StageDialog, TemperatureDialog
from ui.cleanup.silent_dialog import SilentLeadDialog
from ui.context import AppContext
from ui.deals.closing import followups_of, lost_dialog, won_dialog
from ui.messages import show_error


class DecisionHost(QWidget):
    """The review view as its decisions see it (it derives from this, so this
    table need not import it): a widget to parent the dialogs, and the context."""

    ctx: AppContext


Params = dict[str, Any]


@dataclass(frozen=True)
class Decision:
    """One row of the table. `service(session, item_id, **params, now=, today=)`.

    `ask(view, facts)` builds the dialog to answer first (None: cannot be
    asked now). `confirm(view, facts)` builds a question to answer first only
    when the deal calls for one (None: go ahead). `params(view, facts, dialog)`
    gives what the service needs (None: nothing to do after all). `done()`
    is the confirmation the undo bar shows, and the undo step's name. `moves`:
    the decision moves the deal (redone by replaying the move; the others are
    redone by running the service again). `undoable` False: no undo step (a
    message handed to the mail program cannot be taken back). `applies(facts)`
    False leaves the key without effect."""

    service: Callable[..., decisions.DecisionResult]
    done: Callable[[], str]  # translated, %1 the deal's title
    params: Callable[[DecisionHost, DealFacts, Any], Params | None] = lambda v, f, d: {}
    ask: Callable[[DecisionHost, DealFacts], QDialog | None] | None = None
    confirm: Callable[[DecisionHost, DealFacts], QDialog | None] | None = None
    moves: bool = False
    undoable: bool = True
    applies: Callable[[DealFacts], bool] = lambda facts: True


def _call(days: int) -> Callable[[DecisionHost, DealFacts, Any], Params]:
    # The subject is the UI's translation: funnel/ has no Qt. A call the deal
    # already has on or near that day is reused or moved instead (the service).
    return lambda view, facts, dialog: {
        "on": view.ctx.today() + timedelta(days=days),
        "subject": QCoreApplication.translate("Cleanup", "Call"),
    }


def _park(months: int | None) -> Callable[[DecisionHost, DealFacts, Any], Params]:
    return lambda view, facts, dialog: {
        "months": months,
        "until": dialog.until() if dialog is not None else None,
        "callback_subject": QCoreApplication.translate("Cleanup", "Call back"),
        **followups_choice(dialog),
    }


def _ask_stage(view: DecisionHost, facts: DealFacts) -> QDialog | None:
    """A stage of the deal's pipeline; a parked deal is brought back into the
    pipeline it came from, its remembered stage chosen."""
    pipeline_id = facts.return_pipeline_id if facts.parked else facts.pipeline_id
    if pipeline_id is None:
        return None
    try:
        pipeline = view.ctx.read(get_pipeline, pipeline_id)
    except FunnelError as exc:
        show_error(view, exc)
        return None
    title = (
        QCoreApplication.translate("Cleanup", "Bring the deal back")
        if facts.parked
        else QCoreApplication.translate("Cleanup", "Move to stage")
    )
    dialog = StageDialog(pipeline.stages, None if facts.parked else facts.stage_id, title, view)
    if facts.parked and facts.return_stage_id is not None:
        dialog.select(facts.return_stage_id)
    return dialog


def _stage(view: DecisionHost, facts: DealFacts, dialog: StageDialog) -> Params | None:
    stage_id = dialog.stage_id()
    return None if stage_id is None else {"stage_id": stage_id}


def _ask_lost(view: DecisionHost, facts: DealFacts) -> QDialog:
    return lost_dialog(view.ctx, [facts.deal_id], facts.title, view)


def _won(view: DecisionHost, facts: DealFacts, dialog) -> Params:
    reason = {"reason": dialog.reason()} if dialog is not None else {}
    return {**reason, **followups_choice(dialog)}


def _silent(view: DecisionHost, facts: DealFacts, dialog: SilentLeadDialog) -> Params | None:
    """Recorded only once a mail program has the message."""
    if not QDesktopServices.openUrl(QUrl(dialog.url())):
        show_error(
            view,
            QCoreApplication.translate(
                "Cleanup",
                "No mail program opened the message; nothing was recorded. "
                "Set a default mail program, or write to the client yourself.",
            ),
        )
        return None
    return {
        "subject": dialog.subject(),
        "days": dialog.days(),
        "task_subject": QCoreApplication.translate("Cleanup", "Archive unless they reply"),
    }


DECISIONS: dict[str, Decision] = {
    "call_today": Decision(
        decisions.schedule_call,
        lambda: QCoreApplication.translate("Cleanup", "Call today set for “%1”."),
        _call(0),
    ),
    "call_tomorrow": Decision(
        decisions.schedule_call,
        lambda: QCoreApplication.translate("Cleanup", "Call tomorrow set for “%1”."),
        _call(1),
    ),
    "archive": Decision(
        decisions.archive,
        lambda: QCoreApplication.translate("Cleanup", "Archived “%1”."),
        lambda view, facts, dialog: followups_choice(dialog),
        confirm=confirm_archive,
        moves=True,
    ),
    "park_1": Decision(
        decisions.park,
        lambda: QCoreApplication.translate("Cleanup", "Parked “%1” for a month."),
        _park(1),
        moves=True,
    ),
    "park_3": Decision(
        decisions.park,
        lambda: QCoreApplication.translate("Cleanup", "Parked “%1” for 3 months."),
        _park(3),
        moves=True,
    ),
    "park_6": Decision(
        decisions.park,
        lambda: QCoreApplication.translate("Cleanup", "Parked “%1” for 6 months."),
        _park(6),
        moves=True,
    ),
    "park_date": Decision(
        decisions.park,
        lambda: QCoreApplication.translate("Cleanup", "Parked “%1”."),
        _park(None),
        ask=lambda view, facts: ParkDateDialog(
            view.ctx.today(), view, followups=followups_of(view.ctx, [facts.deal_id])
        ),
        moves=True,
    ),
    "next_step": Decision(
        decisions.set_next_step,
        lambda: QCoreApplication.translate("Cleanup", "Next step set for “%1”."),
        lambda view, facts, dialog: {
            "kind": dialog.kind(),
            "subject": dialog.subject(),
            "on": dialog.due_date(),
            "at": dialog.due_time(),
        },
        ask=lambda view, facts: NextStepDialog(view.ctx.today(), view),
    ),
    "move": Decision(
        decisions.move,
        lambda: QCoreApplication.translate("Cleanup", "Moved “%1”."),
        _stage,
        ask=_ask_stage,
        moves=True,
    ),
    "temperature": Decision(
        decisions.change_temperature,
        lambda: QCoreApplication.translate("Cleanup", "Temperature of “%1” changed."),
        lambda view, facts, dialog: {"temperature": dialog.temperature()},
        ask=lambda view, facts: TemperatureDialog(facts.temperature, view),
        applies=lambda facts: facts.client_id is not None,
    ),
    "won": Decision(
        decisions.win,
        lambda: QCoreApplication.translate("Cleanup", "“%1” marked won."),
        _won,
        confirm=lambda view, facts: won_dialog(view.ctx, [facts.deal_id], facts.title, view),
        moves=True,
    ),
    "lost": Decision(
        decisions.lose,
        lambda: QCoreApplication.translate("Cleanup", "“%1” marked lost."),
        lambda view, facts, dialog: {"reason": dialog.reason(), **followups_choice(dialog)},
        ask=_ask_lost,
        moves=True,
    ),
    "silent": Decision(
        decisions.silent_lead,
        lambda: QCoreApplication.translate(
            "Cleanup", "Notice sent for “%1”; it is archived unless they reply."
        ),
        _silent,
        ask=lambda view, facts: SilentLeadDialog(view.ctx, facts.deal_id, facts.title, view),
        undoable=False,
    ),
    "skip": Decision(
        decisions.skip, lambda: QCoreApplication.translate("Cleanup", "Skipped “%1” this week.")
    ),
    "keep": Decision(
        decisions.keep,
        lambda: QCoreApplication.translate("Cleanup", "Kept “%1”."),
        applies=lambda facts: facts.checklist.complete,
    ),
}

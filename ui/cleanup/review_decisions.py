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
from funnel.pipeline.reasons import list_lost_reasons
from ui.cleanup.dialogs import NextStepDialog, ParkDateDialog, StageDialog, TemperatureDialog
from ui.cleanup.silent_dialog import SilentLeadDialog
from ui.context import AppContext
from ui.deals.lost_reason_dialog import LostReasonDialog
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
    asked now). `params(view, facts, dialog)` gives what the service needs
    (None: nothing to do after all). `moves` names the undo step of a decision
    that moves the deal; the others are not undoable. `applies(facts)` False
    leaves the key without effect."""

    service: Callable[..., decisions.DecisionResult]
    params: Callable[[DecisionHost, DealFacts, Any], Params | None] = lambda v, f, d: {}
    ask: Callable[[DecisionHost, DealFacts], QDialog | None] | None = None
    moves: Callable[[], str] | None = None
    applies: Callable[[DealFacts], bool] = lambda facts: True


def _call(days: int) -> Callable[[DecisionHost, DealFacts, Any], Params]:
    return lambda view, facts, dialog: {
        "on": view.ctx.today() + timedelta(days=days),
        "subject": QCoreApplication.translate("Cleanup", "Call"),
    }


def _park(months: int | None) -> Callable[[DecisionHost, DealFacts, Any], Params]:
    return lambda view, facts, dialog: {
        "months": months,
        "until": dialog.until() if dialog is not None else None,
        "callback_subject": QCoreApplication.translate("Cleanup", "Call back"),
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
    return LostReasonDialog(view.ctx.read(list_lost_reasons), facts.title, view)


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
    "call_today": Decision(decisions.schedule_call, _call(0)),
    "call_tomorrow": Decision(decisions.schedule_call, _call(1)),
    "archive": Decision(
        decisions.archive, moves=lambda: QCoreApplication.translate("Cleanup", "Archive deal")
    ),
    "park_1": Decision(
        decisions.park, _park(1), moves=lambda: QCoreApplication.translate("Cleanup", "Park deal")
    ),
    "park_3": Decision(
        decisions.park, _park(3), moves=lambda: QCoreApplication.translate("Cleanup", "Park deal")
    ),
    "park_6": Decision(
        decisions.park, _park(6), moves=lambda: QCoreApplication.translate("Cleanup", "Park deal")
    ),
    "park_date": Decision(
        decisions.park,
        _park(None),
        ask=lambda view, facts: ParkDateDialog(view.ctx.today(), view),
        moves=lambda: QCoreApplication.translate("Cleanup", "Park deal"),
    ),
    "next_step": Decision(
        decisions.set_next_step,
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
        _stage,
        ask=_ask_stage,
        moves=lambda: QCoreApplication.translate("Cleanup", "Move deal"),
    ),
    "temperature": Decision(
        decisions.change_temperature,
        lambda view, facts, dialog: {"temperature": dialog.temperature()},
        ask=lambda view, facts: TemperatureDialog(facts.temperature, view),
        applies=lambda facts: facts.client_id is not None,
    ),
    "won": Decision(
        decisions.win, moves=lambda: QCoreApplication.translate("Cleanup", "Mark deal won")
    ),
    "lost": Decision(
        decisions.lose,
        lambda view, facts, dialog: {"reason": dialog.reason()},
        ask=_ask_lost,
        moves=lambda: QCoreApplication.translate("Cleanup", "Mark deal lost"),
    ),
    "silent": Decision(
        decisions.silent_lead,
        _silent,
        ask=lambda view, facts: SilentLeadDialog(view.ctx, facts.deal_id, facts.title, view),
    ),
    "keep": Decision(decisions.keep, applies=lambda facts: facts.checklist.complete),
}

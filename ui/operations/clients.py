"""Merging duplicate clients through the one door (`ui.operations.core`): one
transaction, one undo step (the service's own `undo_merge`), one announcement."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from funnel.customers.merge import MergeResult, merge_clients, revert_merge
from ui.context import AppContext, Changes
from ui.operations.core import Op, run_op


def _changes(keep_id: int, other_ids: Sequence[int]) -> Changes:
    # Deals, activities and purchases changed hands: every screen may show them.
    return Changes(clients=frozenset({keep_id, *other_ids}), activities=True, everything=True)


def merge_op(
    keep_id: int,
    other_ids: Sequence[int],
    choices: Mapping[str, int],
    *,
    now: datetime,
    reason: str | None = None,
) -> Op[MergeResult]:
    """Fold `other_ids` into `keep_id`; redo merges again, undo puts every row back."""
    others = list(other_ids)
    return Op(
        QCoreApplication.translate("Actions", "Merge clients"),
        merge_clients,
        (keep_id, others),
        {"choices": dict(choices), "now": now, "reason": reason},
        changes=_changes(keep_id, others),
        undo=revert_merge,
        clock=True,
    )


def merge(
    ctx: AppContext,
    undo_stack: QUndoStack | None,
    keep_id: int,
    other_ids: Sequence[int],
    choices: Mapping[str, int],
    *,
    reason: str | None = None,
) -> MergeResult:
    """Merge and push the undo step. A FunnelError propagates with nothing
    written. `reason` (why they are duplicates) is kept with the merge."""
    return run_op(
        ctx, merge_op(keep_id, other_ids, choices, now=ctx.now(), reason=reason), undo_stack
    )

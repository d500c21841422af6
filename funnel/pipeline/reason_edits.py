"""Editing the win and lost reason lists as one undoable action.

`edit_reasons` saves one or both lists (`save_reasons`) in the caller's
transaction and keeps what it needs to take the edit back: every row of the
edited lists as it was, and which deals carried each renamed reason.
`undo_reasons_edit` puts the rows and those deals' words back exactly;
`redo_reasons_edit` saves the same lists again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from funnel.pipeline.reasons import ReasonPlan, ReasonsSaved, save_reasons
from funnel.store.models import CloseReason, Deal, ReasonKind

_CHUNK = 500  # ids per IN (...): well under every database's parameter limit


@dataclass(frozen=True)
class ReasonState:
    """One reason row as it was before the edit."""

    id: int
    kind: ReasonKind
    text: str
    position: int
    retired: bool


@dataclass(frozen=True)
class RenamedDeals:
    """The deals that carried `old` before it was renamed."""

    kind: ReasonKind
    old: str
    deal_ids: tuple[int, ...]


@dataclass(frozen=True)
class ReasonsEdit:
    plans: tuple[tuple[ReasonKind, tuple[ReasonPlan, ...]], ...]
    saved: tuple[tuple[ReasonKind, ReasonsSaved], ...]
    before: tuple[ReasonState, ...]
    renamed: tuple[RenamedDeals, ...]

    @property
    def deals_renamed(self) -> int:
        return sum(len(r.deal_ids) for r in self.renamed)


def _column(kind: ReasonKind):
    return Deal.lost_reason if kind == ReasonKind.LOST else Deal.win_reason


def edit_reasons(session: Session, plans: Mapping[ReasonKind, Sequence[ReasonPlan]]) -> ReasonsEdit:
    """Save each list of `plans` as `save_reasons` does, all or nothing."""
    kinds = tuple(plans)
    rows = list(session.scalars(select(CloseReason).where(CloseReason.kind.in_(kinds))))
    before = tuple(
        ReasonState(r.id, ReasonKind(r.kind), r.text, r.position, r.retired) for r in rows
    )
    old_text = {r.id: r.text for r in rows}
    renamed = []
    for kind, plan in plans.items():
        column = _column(kind)
        for item in plan:
            old = old_text.get(item.id) if item.id is not None else None
            if old is None or " ".join(item.text.split()) == old:
                continue
            ids = tuple(session.scalars(select(Deal.id).where(column == old).order_by(Deal.id)))
            if ids:
                renamed.append(RenamedDeals(kind, old, ids))
    saved = tuple((kind, save_reasons(session, kind, plan)) for kind, plan in plans.items())
    return ReasonsEdit(
        tuple((kind, tuple(plan)) for kind, plan in plans.items()), saved, before, tuple(renamed)
    )


def undo_reasons_edit(session: Session, edit: ReasonsEdit) -> None:
    """Put the lists and the renamed deals' words back as they were."""
    for renamed in edit.renamed:
        column = _column(renamed.kind)
        for start in range(0, len(renamed.deal_ids), _CHUNK):
            chunk = renamed.deal_ids[start : start + _CHUNK]
            session.execute(
                update(Deal).where(Deal.id.in_(chunk)).values({column.key: renamed.old})
            )
    kinds = tuple(kind for kind, _plan in edit.plans)
    wanted = {s.id: s for s in edit.before}
    current = {
        r.id: r for r in session.scalars(select(CloseReason).where(CloseReason.kind.in_(kinds)))
    }
    for rid, reason in current.items():
        if rid not in wanted:  # added by the edit
            session.delete(reason)
        else:  # parked, so swapped names never collide on (kind, text)
            reason.text = f"\x01{rid}"
    session.flush()
    for state in edit.before:
        row = current.get(state.id)
        if row is None:  # deleted by the edit (no deal carried it)
            row = CloseReason(id=state.id, kind=state.kind)
            session.add(row)
        row.text, row.position, row.retired = state.text, state.position, state.retired
    session.flush()


def redo_reasons_edit(session: Session, edit: ReasonsEdit) -> ReasonsEdit:
    return edit_reasons(session, dict(edit.plans))

"""The win and lost reasons offered when a deal is closed, and their editing.

Each list is the user's: add, rename, reorder, retire. A deal keeps its
reason's words (`Deal.lost_reason`, `Deal.win_reason`); renaming a reason
renames it on the deals that carry it, so the report does not split one
reason in two. A reason deals carry is retired (no longer offered), never
deleted, so their history still reads; an unused one is deleted.

A lost reason is required and may be typed freely (stored as written); a win
reason is optional.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import CloseReason, Deal, ReasonKind

MAX_REASON_LENGTH = 300


@dataclass(frozen=True)
class ReasonRow:
    id: int
    kind: ReasonKind
    text: str
    retired: bool
    deals: int  # how many deals carry it

    def as_json(self) -> dict:
        return {"id": self.id, "kind": self.kind.value, "text": self.text,
                "retired": self.retired, "deals": self.deals}  # fmt: skip


@dataclass(frozen=True)
class ReasonPlan:
    """One line of an edited list: an existing reason (`id`) or a new one."""

    text: str
    id: int | None = None
    retired: bool = False


@dataclass(frozen=True)
class ReasonsSaved:
    """What `save_reasons` did, in the list's words."""

    added: int
    renamed: int
    retired: int
    deleted: int


def _column(kind: ReasonKind):
    return Deal.lost_reason if kind == ReasonKind.LOST else Deal.win_reason


def _texts(session: Session, kind: ReasonKind) -> list[str]:
    return list(
        session.scalars(
            select(CloseReason.text)
            .where(CloseReason.kind == kind, CloseReason.retired.is_(False))
            .order_by(CloseReason.position, CloseReason.id)
        )
    )


def list_lost_reasons(session: Session) -> list[str]:
    """The lost reasons offered, in the order the user keeps them."""
    return _texts(session, ReasonKind.LOST)


def list_win_reasons(session: Session) -> list[str]:
    """The win reasons offered, in the order the user keeps them."""
    return _texts(session, ReasonKind.WON)


def list_reasons(session: Session, kind: ReasonKind) -> list[ReasonRow]:
    """Every reason of a list, retired ones too, with how many deals carry it."""
    column = _column(kind)
    used: dict[str, int] = dict(
        session.execute(
            select(column, func.count(Deal.id)).where(column.is_not(None)).group_by(column)
        ).all()
    )
    rows = session.scalars(
        select(CloseReason)
        .where(CloseReason.kind == kind)
        .order_by(CloseReason.retired, CloseReason.position, CloseReason.id)
    )
    return [
        ReasonRow(r.id, ReasonKind(r.kind), r.text, r.retired, used.get(r.text, 0)) for r in rows
    ]


def _clean(text: str, line: int) -> str:
    text = " ".join((text or "").split())
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Reason {line} is empty; type a reason or remove the line."
            ),
            line=line,
        )
    if len(text) > MAX_REASON_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Reason {line} is longer than {limit} characters."),
            line=line,
            limit=MAX_REASON_LENGTH,
        )
    return text


def check_plan(plan: Sequence[ReasonPlan]) -> list[str]:
    """The plan's words, tidied, or a ValidationError naming the first bad
    line: empty, too long, or the same words as an earlier line (ignoring
    case). Reads nothing, so a form can check a list before saving it."""
    seen: dict[str, int] = {}
    texts = []
    for line, item in enumerate(plan, start=1):
        text = _clean(item.text, line)
        key = text.casefold()
        if key in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Reasons {first} and {second} are the same: '{text}'."),
                first=seen[key],
                second=line,
                text=text,
            )
        seen[key] = line
        texts.append(text)
    return texts


def save_reasons(session: Session, kind: ReasonKind, plan: Sequence[ReasonPlan]) -> ReasonsSaved:
    """Make the list `kind` what `plan` says, in its order, in one go.

    A reason left out of the plan is deleted if no deal carries it, else
    retired; a renamed reason is renamed on its deals too. Two lines with the
    same words (ignoring case) are refused, naming both."""
    existing = {
        r.id: r for r in session.scalars(select(CloseReason).where(CloseReason.kind == kind))
    }
    texts = check_plan(plan)
    for line, item in enumerate(plan, start=1):
        if item.id is not None and item.id not in existing:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Reason {line} was removed meanwhile; reopen the list."
                ),
                line=line,
            )
    column = _column(kind)
    old_texts = {rid: r.text for rid, r in existing.items()}
    kept = {item.id for item in plan if item.id is not None}
    retired = deleted = 0
    for reason in existing.values():
        if reason.id in kept:
            continue
        carried = session.scalar(select(func.count(Deal.id)).where(column == reason.text))
        if carried:
            retired += not reason.retired
            reason.retired = True
        else:
            session.delete(reason)
            deleted += 1
    session.flush()
    # Unique (kind, text): park the kept rows under placeholder words first,
    # so swapping two names or re-casing one never collides midway.
    for reason in existing.values():
        if reason.id in kept:
            reason.text = f"\x01{reason.id}"  # PostgreSQL text cannot hold NUL
    session.flush()
    added = renamed = 0
    renames: list[tuple[int, str, str]] = []
    for position, (item, text) in enumerate(zip(plan, texts, strict=True)):
        if item.id is None:
            session.add(CloseReason(kind=kind, text=text, position=position, retired=item.retired))
            added += 1
            continue
        reason = existing[item.id]
        old = old_texts[item.id]
        reason.text, reason.position = text, position
        retired += item.retired and not reason.retired
        reason.retired = item.retired
        if old != text:
            renames.append((reason.id, old, text))
            renamed += 1
    # Deals too go through placeholders, so swapping two names swaps them on
    # the deals instead of merging both into one.
    for rid, old, _text in renames:
        session.execute(update(Deal).where(column == old).values({column.key: f"\x01{rid}"}))
    for rid, _old, text in renames:
        session.execute(update(Deal).where(column == f"\x01{rid}").values({column.key: text}))
    # Retired rows out of the plan go after the kept ones, in their old order.
    tail = sorted(
        (r for r in existing.values() if r.id not in kept and r in session),
        key=lambda r: (r.position, r.id),
    )
    for offset, reason in enumerate(tail):
        reason.position = len(plan) + offset
    session.flush()
    return ReasonsSaved(added, renamed, retired, deleted)

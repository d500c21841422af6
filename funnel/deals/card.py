"""The deal card's save, told back with what a screen needs to refresh: the
deal, the pipeline it is in, and its client (perhaps one created with it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.deals.details import HANDED, DealEdit, save_deal_card
from funnel.deals.handover import HandOver, undo_hand_over
from funnel.errors import NotFoundError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import Deal


@dataclass(frozen=True)
class SavedDeal:
    deal_id: int
    pipeline_id: int
    client_id: int | None
    handed_over: HandOver | None = None  # the owner changed: what undo gives back


def save_card(
    session: Session,
    deal_id: int | None,
    edit: DealEdit,
    *,
    now: datetime,
    pipeline_id: int | None = None,
    stage_id: int | None = None,
    expected_version: int | None = None,
) -> SavedDeal:
    """`save_deal_card`, and where the saved deal now stands."""
    session.info.pop(HANDED, None)
    before = None
    if deal_id is not None:
        before = session.execute(
            select(Deal.pipeline_id, Deal.client_id).where(Deal.id == deal_id)
        ).first()
    saved_id = save_deal_card(
        session, deal_id, edit, now=now, pipeline_id=pipeline_id, stage_id=stage_id,
        expected_version=expected_version,
    )  # fmt: skip
    handed = session.info.pop(HANDED, None)
    after = session.execute(
        select(Deal.pipeline_id, Deal.client_id).where(Deal.id == saved_id)
    ).first()
    if after is None and handed is not None and before is not None:
        # A salesperson handed their deal to a colleague on a team server: the
        # server no longer shows it to them; it stands where it stood.
        after = before
    if after is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}."), deal_id=saved_id
        )
    return SavedDeal(saved_id, after.pipeline_id, after.client_id, handed)


def undo_card_hand_over(session: Session, saved: SavedDeal) -> None:
    """Undo of a save that handed the deal over: its owner and open follow-ups
    go back, and the new owner's notice is removed (the other fields stay)."""
    if saved.handed_over is not None:
        undo_hand_over(session, saved.handed_over)

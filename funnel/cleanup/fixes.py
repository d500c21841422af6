"""Fixing a deal's checklist on the spot, during the review: a contact that
happened but was never logged, and the value or expected close left empty.
(A note is `funnel.deals.notes.add_note`; a next step is a decision.)"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from funnel.deals.service import update_deal
from funnel.followups.activities import add_activity, complete_activity


def log_contact(
    session: Session,
    deal_id: int,
    *,
    kind: str,
    subject: str,
    outcome: str | None,
    now: datetime,
    today: date,
) -> int:
    """A contact that happened but was not logged: a done activity with its outcome."""
    activity_id = add_activity(
        session, kind=kind, subject=subject, due_date=today, deal_id=deal_id, now=now
    )
    complete_activity(session, activity_id, now=now, outcome=outcome)
    return activity_id


def fill_in(
    session: Session,
    deal_id: int,
    *,
    value: Decimal | str | None = None,
    expected_close: date | None = None,
) -> None:
    """Fill in the deal's value and expected close (those given)."""
    fields: dict = {}
    if value is not None:
        fields["value"] = value
    if expected_close is not None:
        fields["expected_close"] = expected_close
    if fields:
        update_deal(session, deal_id, **fields)

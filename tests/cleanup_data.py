"""A small funnel for the clean-up tests, as of Monday 23 November 2026."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from funnel.customers.clients import create_client
from funnel.deals.service import create_deal
from funnel.followups.activities import add_activity, complete_activity
from funnel.pipeline.parking import park_deal
from funnel.store.models import ActivityKind
from tests.factories import stage_id


@dataclass(frozen=True)
class Funnel:
    stalled_most: int  # Contact made (7 days), entered 27 days ago: 20 days over
    stalled_less: int  # New lead (3 days), entered 10 days ago: 7 days over
    no_next_step: int  # New lead, entered yesterday, nothing planned
    returning: int  # parked a month, back since 11 days ago
    silent: int  # Proposal sent, a next step, no reply for weeks
    fine: int  # Negotiation, everything in order


def days_ago(now: datetime, days: int) -> datetime:
    return now - timedelta(days=days)


def deal(
    session: Session,
    created: datetime,
    title: str,
    stage: str,
    *,
    client: str,
    email: str | None = None,
    phone: str | None = None,
    value: int = 1000,
    close: date | None = date(2026, 12, 31),
    temperature: str | None = None,
) -> int:
    client_id = create_client(
        session,
        name=client,
        now=created,
        emails=[email] if email else [],
        phones=[phone] if phone else [],
        temperature=temperature,
    )
    return create_deal(
        session,
        title=title,
        now=created,
        stage_id=stage_id(session, stage),
        client_id=client_id,
        value=value,
        expected_close=close,
    )


def contact(session: Session, deal_id: int, done: datetime, outcome: str = "Talked") -> int:
    activity_id = add_activity(
        session,
        kind=ActivityKind.CALL,
        subject="Call",
        due_date=done.date(),
        deal_id=deal_id,
        now=done,
    )
    complete_activity(session, activity_id, now=done, outcome=outcome)
    return activity_id


def plan(
    session: Session, deal_id: int, on: date, now: datetime, subject: str = "Send terms"
) -> int:
    return add_activity(
        session, kind=ActivityKind.TASK, subject=subject, due_date=on, deal_id=deal_id, now=now,
        due_time=time(10, 0),
    )  # fmt: skip


def build_funnel(session: Session, now: datetime, today: date) -> Funnel:
    most = deal(session, days_ago(now, 27), "Office chairs", "Contact made", client="Boris Petrov",
                phone="+7 912 345-67-89")  # fmt: skip
    contact(session, most, days_ago(now, 27))
    plan(session, most, today + timedelta(days=3), now)
    less = deal(session, days_ago(now, 10), "Kitchen set", "New lead", client="Carla Souza",
                email="carla@example.com")  # fmt: skip
    none = deal(session, days_ago(now, 1), "Garden design", "New lead", client="Dmitri Orlov")
    back = deal(session, days_ago(now, 60), "Solar panels", "Proposal sent", client="Eva Green")
    contact(session, back, days_ago(now, 45))
    park_deal(session, back, today=today - timedelta(days=41), now=days_ago(now, 41), months=1)
    silent = deal(session, days_ago(now, 5), "Website redesign", "Proposal sent",
                  client="Anna Ivanova", email="anna@example.com", temperature="hot")  # fmt: skip
    contact(session, silent, days_ago(now, 4))
    plan(session, silent, today + timedelta(days=1), now, "Chase the proposal")
    fine = deal(session, days_ago(now, 2), "Fleet tracking", "Negotiation", client="Frank Lee")
    contact(session, fine, days_ago(now, 2))
    plan(session, fine, today + timedelta(days=2), now)
    return Funnel(most, less, none, back, silent, fine)

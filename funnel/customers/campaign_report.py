"""What a campaign did: its progress (contacted / no answer / refused /
bought, and who is still to be contacted) and its result — members who bought
within `result_days` after the contact (or were marked "bought"), the revenue
of those purchases, against the same set's rate without contact.

The rate without contact is measured on the campaign's own definition one
window earlier: the clients the set held `result_days` before the campaign
started, and how many of them bought in the following `result_days` — the same
kind of clients, the same length of time, nobody called.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from funnel.customers.campaigns import get_campaign
from funnel.customers.client_sets import members_query
from funnel.customers.segments import home_currency
from funnel.store.models import Activity, Client, Owner, Purchase, from_cents
from funnel.store.models_campaigns import Campaign, CampaignMember, MemberStatus
from funnel.store.sqlfunc import day_of, plus_days

STATUSES = tuple(s.value for s in MemberStatus)


@dataclass(frozen=True)
class CampaignReport:
    id: int
    name: str
    goal: str
    channel: str
    segment: dict
    rrule: str | None
    round: int
    started_on: date
    next_run_on: date | None
    result_days: int
    currency: str
    members: int
    pending: int  # not contacted yet
    by_status: dict[str, int]  # contacted, no_answer, refused, bought
    contacted: int  # members with any outcome
    bought: int  # bought within the window after the contact, or marked bought
    revenue: Decimal  # of purchases within the window after the contact
    baseline_clients: int
    baseline_bought: int

    @property
    def rate(self) -> float:
        return self.bought / self.contacted if self.contacted else 0.0

    @property
    def baseline_rate(self) -> float:
        return self.baseline_bought / self.baseline_clients if self.baseline_clients else 0.0

    def as_json(self) -> dict:
        return {
            "id": self.id, "name": self.name, "goal": self.goal, "channel": self.channel,
            "segment": self.segment, "rrule": self.rrule, "round": self.round,
            "started_on": self.started_on.isoformat(),
            "next_run_on": self.next_run_on.isoformat() if self.next_run_on else None,
            "result_days": self.result_days, "currency": self.currency,
            "members": self.members, "pending": self.pending, "by_status": self.by_status,
            "result": {
                "contacted": self.contacted, "bought": self.bought,
                "rate": round(self.rate, 4), "revenue": str(self.revenue),
            },
            "without_contact": {
                "clients": self.baseline_clients, "bought": self.baseline_bought,
                "rate": round(self.baseline_rate, 4),
            },
        }  # fmt: skip


def campaign_report(session: Session, campaign_id: int, *, today: date) -> CampaignReport:
    c = get_campaign(session, campaign_id)
    currency = home_currency(session)
    # One expression object selected and grouped (built twice, its bound ""
    # would be two parameters and PostgreSQL would refuse the GROUP BY).
    status = func.coalesce(CampaignMember.status, "")
    counts = dict(
        session.execute(
            select(status, func.count()).where(CampaignMember.campaign_id == c.id).group_by(status)
        ).all()
    )
    window = c.result_days
    m = (
        select(
            CampaignMember.id.label("member_id"),
            CampaignMember.client_id,
            CampaignMember.status,
            day_of(session, CampaignMember.contacted_at).label("day"),
        )
        .where(CampaignMember.campaign_id == c.id, CampaignMember.contacted_at.is_not(None))
        .subquery()
    )
    bought_in_window = (
        select(
            m.c.member_id,
            func.sum(case((Purchase.currency == currency, Purchase.amount_cents), else_=0)).label(
                "revenue"
            ),
        )
        .join(
            Purchase,
            and_(
                Purchase.client_id == m.c.client_id,
                Purchase.purchased_on >= m.c.day,
                Purchase.purchased_on <= plus_days(session, m.c.day, window),
                Purchase.purchased_on <= today,
                Purchase.amount_cents >= 0,
            ),
        )
        .group_by(m.c.member_id)
        .subquery()
    )
    contacted, bought, revenue = session.execute(
        select(
            func.count(),
            func.coalesce(
                func.sum(
                    case(
                        (
                            or_(
                                m.c.status == MemberStatus.BOUGHT.value,
                                bought_in_window.c.member_id.is_not(None),
                            ),
                            1,
                        ),
                        else_=0,
                    )
                ),
                0,
            ),
            func.coalesce(func.sum(bought_in_window.c.revenue), 0),
        ).select_from(m.outerjoin(bought_in_window, bought_in_window.c.member_id == m.c.member_id))
    ).one()
    base_day = c.started_on - timedelta(days=window)
    base = members_query(session, c.segment, today=base_day).subquery()
    baseline_clients = session.scalar(select(func.count()).select_from(base)) or 0
    baseline_bought = (
        session.scalar(
            select(func.count(func.distinct(Purchase.client_id))).where(
                Purchase.client_id.in_(select(base.c[0])),
                Purchase.purchased_on > base_day,
                Purchase.purchased_on <= base_day + timedelta(days=window),
                Purchase.amount_cents >= 0,
            )
        )
        or 0
    )
    members = sum(counts.values())
    return CampaignReport(
        c.id, c.name, c.goal, c.channel, c.segment, c.rrule, c.round, c.started_on,
        c.next_run_on, window, currency, members, counts.get("", 0),
        {s: counts.get(s, 0) for s in STATUSES}, contacted, bought, from_cents(revenue),
        baseline_clients, baseline_bought,
    )  # fmt: skip


@dataclass(frozen=True)
class CampaignRow:
    id: int
    name: str
    channel: str
    started_on: date
    next_run_on: date | None
    round: int
    members: int
    contacted: int
    bought: int

    def as_json(self) -> dict:
        return {
            "id": self.id, "name": self.name, "channel": self.channel,
            "started_on": self.started_on.isoformat(),
            "next_run_on": self.next_run_on.isoformat() if self.next_run_on else None,
            "round": self.round, "members": self.members, "contacted": self.contacted,
            "bought": self.bought,
        }  # fmt: skip


def list_campaigns(session: Session) -> list[CampaignRow]:
    """Every campaign not archived, newest first, with its member counts."""
    rows = session.execute(
        select(
            Campaign.id, Campaign.name, Campaign.channel, Campaign.started_on,
            Campaign.next_run_on, Campaign.round,
            func.count(CampaignMember.id),
            func.count(CampaignMember.contacted_at),
            func.count(case((CampaignMember.status == MemberStatus.BOUGHT.value, 1))),
        )
        .outerjoin(CampaignMember, CampaignMember.campaign_id == Campaign.id)
        .where(Campaign.archived.is_(False))
        .group_by(Campaign.id)
        .order_by(Campaign.id.desc())
    )  # fmt: skip
    return [CampaignRow(*r) for r in rows]


@dataclass(frozen=True)
class MemberRow:
    id: int
    client_id: int
    client: str
    round: int
    owner: str | None
    planned_on: date | None
    activity_id: int | None
    done: bool
    status: str | None

    def as_json(self) -> dict:
        return {
            "id": self.id, "client_id": self.client_id, "client": self.client,
            "round": self.round, "owner": self.owner,
            "planned_on": self.planned_on.isoformat() if self.planned_on else None,
            "activity_id": self.activity_id, "done": self.done, "status": self.status,
        }  # fmt: skip


def campaign_members(
    session: Session, campaign_id: int, *, status: str | None = None, limit: int = 20_000
) -> list[MemberRow]:
    """A campaign's members by planned day; `status` "pending" for those not contacted yet."""
    query = (
        select(
            CampaignMember.id, CampaignMember.client_id, Client.name, CampaignMember.round,
            Owner.name, CampaignMember.planned_on, CampaignMember.activity_id,
            Activity.done_at.is_not(None), CampaignMember.status,
        )
        .join(Client, Client.id == CampaignMember.client_id)
        .outerjoin(Activity, Activity.id == CampaignMember.activity_id)
        .outerjoin(Owner, Owner.id == Activity.owner_id)
        .where(CampaignMember.campaign_id == campaign_id)
        .order_by(CampaignMember.planned_on, CampaignMember.id)
        .limit(limit)
    )  # fmt: skip
    if status == "pending":
        query = query.where(CampaignMember.status.is_(None))
    elif status:
        query = query.where(CampaignMember.status == status)
    return [MemberRow(*r) for r in session.execute(query)]

"""What a campaign did: its progress (contacted / no answer / refused /
bought, and who is still to be contacted) and its result — members who bought
within `result_days` after the contact (or were marked "bought"), the revenue
of those purchases, against the same set's rate without contact.

The comparison is the campaign's held-out group (`funnel.customers.control_group`):
members drawn at random and never contacted, who bought within `result_days`
after their round started — the same clients, the same time, nobody called.
Both groups come with their sizes, so a rate over a handful of clients shows
as such. A campaign without a held-out group (0 %, birthdays, campaigns made
before there were any) still gets the older estimate: the clients the set
held `result_days` before the campaign started, and how many of them bought in
the following `result_days`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from funnel.customers.campaigns import get_campaign
from funnel.customers.client_sets import members_query
from funnel.customers.control_group import SMALL_GROUP
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
    control_percent: int = 0
    control_clients: int = 0  # held out, not contacted
    control_bought: int = 0  # of them, bought within the window after their round started
    control_revenue: Decimal = Decimal(0)

    @property
    def control_rate(self) -> float:
        return self.control_bought / self.control_clients if self.control_clients else 0.0

    @property
    def small(self) -> bool:
        """Too few clients in either group for the rates to say much."""
        return min(self.contacted, self.control_clients) < SMALL_GROUP

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
            "control": {
                "percent": self.control_percent, "clients": self.control_clients,
                "bought": self.control_bought, "rate": round(self.control_rate, 4),
                "revenue": str(self.control_revenue), "small": self.small,
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
            select(status, func.count())
            .where(CampaignMember.campaign_id == c.id, CampaignMember.control.is_(False))
            .group_by(status)
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
    held, held_bought, held_revenue = _control(session, c, currency, today)
    return CampaignReport(
        c.id, c.name, c.goal, c.channel, c.segment, c.rrule, c.round, c.started_on,
        c.next_run_on, window, currency, members, counts.get("", 0),
        {s: counts.get(s, 0) for s in STATUSES}, contacted, bought, from_cents(revenue),
        baseline_clients, baseline_bought, c.control_percent, held, held_bought,
        from_cents(held_revenue),
    )  # fmt: skip


def _control(session: Session, c: Campaign, currency: str, today: date) -> tuple[int, int, int]:
    """(held out, of them bought, their revenue) over every round so far: a
    purchase within `result_days` after the member's round started."""
    held = (
        select(CampaignMember.id.label("member_id"), CampaignMember.client_id,
               CampaignMember.planned_on.label("day"))
        .where(CampaignMember.campaign_id == c.id, CampaignMember.control.is_(True))
        .subquery()
    )  # fmt: skip
    bought = (
        select(
            held.c.member_id,
            func.sum(case((Purchase.currency == currency, Purchase.amount_cents), else_=0)).label(
                "revenue"
            ),
        )
        .join(
            Purchase,
            and_(
                Purchase.client_id == held.c.client_id,
                Purchase.purchased_on >= held.c.day,
                Purchase.purchased_on <= plus_days(session, held.c.day, c.result_days),
                Purchase.purchased_on <= today,
                Purchase.amount_cents >= 0,
            ),
        )
        .group_by(held.c.member_id)
        .subquery()
    )
    clients, buyers, revenue = session.execute(
        select(
            func.count(),
            func.count(bought.c.member_id),
            func.coalesce(func.sum(bought.c.revenue), 0),
        ).select_from(held.outerjoin(bought, bought.c.member_id == held.c.member_id))
    ).one()
    return int(clients), int(buyers), int(revenue)


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
            func.count(case((CampaignMember.control.is_(False), 1))),
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
    """A campaign's members by planned day; `status` "pending" for those not
    contacted yet, "held_out" for the control group (left out otherwise)."""
    query = (
        select(
            CampaignMember.id, CampaignMember.client_id, Client.name, CampaignMember.round,
            Owner.name, CampaignMember.planned_on, CampaignMember.activity_id,
            Activity.done_at.is_not(None) & Activity.cancelled_at.is_(None),
            CampaignMember.status,
        )
        .join(Client, Client.id == CampaignMember.client_id)
        .outerjoin(Activity, Activity.id == CampaignMember.activity_id)
        .outerjoin(Owner, Owner.id == Activity.owner_id)
        .where(CampaignMember.campaign_id == campaign_id)
        .order_by(CampaignMember.planned_on, CampaignMember.id)
        .limit(limit)
    )  # fmt: skip
    query = query.where(CampaignMember.control.is_(status == "held_out"))
    if status == "pending":
        query = query.where(CampaignMember.status.is_(None))
    elif status and status != "held_out":
        query = query.where(CampaignMember.status == status)
    return [MemberRow(*r) for r in session.execute(query)]

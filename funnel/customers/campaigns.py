"""Campaigns: working a set of clients as a routine, with results.

A campaign takes its clients from a set definition (`funnel.customers.client_sets`)
and, per channel:
- calls: one call activity per client (so it shows in Today like any
  follow-up), owned by the client's owner or by the chosen owners in turn,
  spread over the chosen business days with at most `daily_cap` a day per
  owner (past the chosen days when there are more clients than fit);
- mailing: members to export (`funnel.customers.campaign_export`);
- birthday: a yearly greeting reminder on each member's birthday.
A recurring campaign (an RRULE) builds a new round from the same definition
each time it is due, leaving out clients whose call of an earlier round is
still open.

Members are written with one executemany each, so a 10,000-client round is one
statement for the activities and one for the members.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import CursorResult, insert, select
from sqlalchemy.orm import Session

from funnel.customers.client_sets import check_definition, members_query
from funnel.customers.control_group import (
    DEFAULT_CONTROL_PERCENT,
    check_control_percent,
    held_out,
)
from funnel.customers.segments import figures_of, home_currency
from funnel.errors import NotFoundError, ValidationError
from funnel.followups.activities import MAX_SUBJECT, add_birthday_activity
from funnel.followups.recurrence import next_occurrence, validate_rule
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.columns import table_of
from funnel.store.models import Activity, ActivityKind, Client, Owner, from_cents
from funnel.store.models_campaigns import (
    Campaign,
    CampaignChannel,
    CampaignMember,
    MemberStatus,
    OwnerRule,
)
from funnel.timeutil import utc_naive

MAX_MEMBERS = 50_000
DEFAULT_DAILY_CAP = 20
DEFAULT_DAYS = 5
DEFAULT_RESULT_DAYS = 30


@dataclass(frozen=True)
class CampaignSpec:
    name: str
    channel: str
    segment: dict
    goal: str = ""
    templates: dict[str, str] = field(default_factory=dict)  # language -> text
    rrule: str | None = None
    owner_rule: str = OwnerRule.CLIENT_OWNER.value
    owner_ids: tuple[int, ...] = ()
    daily_cap: int = DEFAULT_DAILY_CAP
    days: int = DEFAULT_DAYS
    first_day: date | None = None  # default: today
    result_days: int = DEFAULT_RESULT_DAYS
    control_percent: int = DEFAULT_CONTROL_PERCENT  # held out, not contacted (not birthdays)
    control_seed: int | None = None  # default: the campaign's id


@dataclass(frozen=True)
class RoundBuilt:
    campaign_id: int
    round: int
    members: int
    activities: int
    first_day: date | None
    last_day: date | None  # the last call's day (past the chosen days when over the cap)
    held_out: int = 0  # members not contacted: the control group


def _invalid(template: str, **params) -> ValidationError:
    return ValidationError(template, **params)


def _check(session: Session, spec: CampaignSpec, start: date) -> None:
    name = spec.name.strip()
    if not name or len(name) > 200:
        raise _invalid(
            QT_TRANSLATE_NOOP("Errors", "A campaign needs a name of 1 to 200 characters.")
        )
    if spec.channel not in {c.value for c in CampaignChannel}:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Errors", "A campaign is by calls, mailing or birthday ('{channel}')."
            ),
            channel=spec.channel,
        )
    if spec.owner_rule not in {r.value for r in OwnerRule}:
        raise _invalid(
            QT_TRANSLATE_NOOP("Errors", "Calls go to the client's owner or in turn ('{rule}')."),
            rule=spec.owner_rule,
        )
    if spec.owner_rule == OwnerRule.IN_TURN and not spec.owner_ids:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "Choose the owners who take the calls in turn."))
    for owner_id in spec.owner_ids:
        if session.get(Owner, owner_id) is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no owner with id {owner_id}."),
                owner_id=owner_id,
            )
    if not 1 <= spec.daily_cap <= 1000 or not 1 <= spec.days <= 365:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Calls a day are 1 to 1000 and days 1 to 365 (got {cap} a day, {days} days).",
            ),
            cap=spec.daily_cap,
            days=spec.days,
        )
    if not 1 <= spec.result_days <= 365:
        raise _invalid(
            QT_TRANSLATE_NOOP("Errors", "The result window is 1 to 365 days (got {days})."),
            days=spec.result_days,
        )
    check_control_percent(spec.control_percent)
    check_definition(spec.segment)
    validate_rule(spec.rrule, start=start)


def create_campaign(
    session: Session, spec: CampaignSpec, *, today: date, now: datetime
) -> RoundBuilt:
    """A new campaign and its first round of members (and calls or reminders)."""
    start = spec.first_day or today
    _check(session, spec, start)
    rule = validate_rule(spec.rrule, start=start)
    campaign = Campaign(
        name=spec.name.strip(),
        goal=spec.goal.strip(),
        channel=spec.channel,
        templates={k: v for k, v in spec.templates.items() if v and v.strip()},
        segment=spec.segment,
        rrule=rule,
        created_at=utc_naive(now),
        started_on=start,
        owner_rule=spec.owner_rule,
        owner_ids=list(spec.owner_ids),
        daily_cap=spec.daily_cap,
        days=spec.days,
        result_days=spec.result_days,
        round=1,
        next_run_on=next_occurrence(rule, start=start, after=start) if rule else None,
        archived=False,
        control_percent=0 if spec.channel == CampaignChannel.BIRTHDAY else spec.control_percent,
    )
    session.add(campaign)
    session.flush()
    campaign.control_seed = campaign.id if spec.control_seed is None else spec.control_seed
    return _build_round(session, campaign, start=start, today=today, now=now)


def business_days(first: date, count: int) -> list[date]:
    days: list[date] = []
    day = first
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def render(template: str, *, name: str, last_purchase: date | None, last_amount: str) -> str:
    """The message with the client's name and last purchase filled in; an
    unknown {placeholder} stays as typed rather than failing the whole round."""
    values = {
        "name": name,
        "first_name": name.split()[0] if name.split() else name,
        "last_purchase": last_purchase.isoformat() if last_purchase else "",
        "last_amount": last_amount,
    }
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out


def _pick_template(templates: dict[str, str], language: str | None) -> str:
    if not templates:
        return ""
    if language and language in templates:
        return templates[language]
    if language and language.split("_")[0] in templates:
        return templates[language.split("_")[0]]
    return templates.get("en") or next(iter(templates.values()))


def _default_owner(session: Session) -> int | None:
    return session.scalar(select(Owner.id).where(Owner.is_default.is_(True)).limit(1))


def _build_round(
    session: Session, campaign: Campaign, *, start: date, today: date, now: datetime
) -> RoundBuilt:
    members = members_query(session, campaign.segment, today=today).subquery()
    query = select(members.c[0])
    if campaign.round > 1:
        # Someone whose call of an earlier round is still open is not called twice.
        still_open = (
            select(CampaignMember.client_id)
            .join(Activity, Activity.id == CampaignMember.activity_id)
            .where(CampaignMember.campaign_id == campaign.id, Activity.done_at.is_(None))
        )
        query = query.where(members.c[0].not_in(still_open))
    chosen = query.subquery("chosen")
    b = figures_of(select(chosen.c[0]), today, home_currency(session))
    rows = session.execute(
        select(
            Client.id, Client.name, Client.owner_id, Client.language,
            b.c.last, b.c.revenue, b.c.n_home,
        )
        .join(chosen, Client.id == chosen.c[0])
        .outerjoin(b, b.c.client_id == Client.id)
        .order_by(b.c.revenue.desc(), Client.id)
    ).all()  # fmt: skip
    if len(rows) > MAX_MEMBERS:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Errors", "A campaign takes at most {max} clients; this set has {count}."
            ),
            max=MAX_MEMBERS,
            count=len(rows),
        )
    naive_now = utc_naive(now)
    if campaign.channel == CampaignChannel.BIRTHDAY:
        return _birthday_round(session, campaign, [r[0] for r in rows], today=today, now=now)
    control = held_out(
        [r[0] for r in rows], campaign.control_percent,
        seed=campaign.control_seed, round_=campaign.round,
    )  # fmt: skip
    rows = [r for r in rows if r[0] not in control]
    planned: list[tuple[int, int | None, date | None, str]] = []  # client, owner, day, note
    if campaign.channel == CampaignChannel.CALLS:
        default_owner = (campaign.owner_ids or [None])[0] or _default_owner(session)
        if campaign.owner_rule == OwnerRule.IN_TURN:
            owners = [campaign.owner_ids[i % len(campaign.owner_ids)] for i in range(len(rows))]
        else:
            owners = [r[2] or default_owner for r in rows]
        total: dict[int | None, int] = defaultdict(int)
        for owner in owners:
            total[owner] += 1
        seen: dict[int | None, int] = defaultdict(int)
        calendars: dict[int | None, list[date]] = {}
        for (client_id, name, _, language, last, revenue, n_home), owner in zip(
            rows, owners, strict=True
        ):
            # Evenly over the chosen days, never more than the cap on one day;
            # what does not fit runs on into the next business days.
            per_day = min(campaign.daily_cap, -(-total[owner] // campaign.days))
            index = seen[owner] // per_day
            seen[owner] += 1
            days = calendars.setdefault(owner, business_days(start, campaign.days))
            while index >= len(days):
                days.append(business_days(days[-1] + timedelta(days=1), 1)[0])
            text = _pick_template(campaign.templates, language)
            note = render(
                text, name=name, last_purchase=last,
                last_amount=str(from_cents((revenue or 0) // n_home)) if n_home else "",
            ) if text else ""  # fmt: skip
            planned.append((client_id, owner, days[index], note))
    else:
        for client_id, name, _, language, last, revenue, n_home in rows:
            text = _pick_template(campaign.templates, language)
            note = render(
                text, name=name, last_purchase=last,
                last_amount=str(from_cents((revenue or 0) // n_home)) if n_home else "",
            ) if text else ""  # fmt: skip
            planned.append((client_id, None, None, note))
    activity_ids: list[int | None] = [None] * len(planned)
    if campaign.channel == CampaignChannel.CALLS and planned:
        subject = campaign.name[:MAX_SUBJECT]
        result = session.execute(
            insert(table_of(Activity)).returning(
                table_of(Activity).c.id, sort_by_parameter_order=True
            ),
            [
                {
                    "kind": ActivityKind.CALL.value, "subject": subject, "deal_id": None,
                    "client_id": client_id, "owner_id": owner, "due_date": day,
                    "due_time": None, "notes": note, "rrule": None, "rrule_start": None,
                    "done_at": None, "outcome": None, "created_at": naive_now,
                }
                for client_id, owner, day, note in planned
            ],
        )  # fmt: skip
        activity_ids = [row[0] for row in result]
    if planned:
        session.execute(
            insert(table_of(CampaignMember)),
            [
                {
                    "campaign_id": campaign.id, "client_id": client_id, "round": campaign.round,
                    "activity_id": activity_id, "planned_on": day, "status": None,
                    "contacted_at": None, "note": note,
                }
                for (client_id, _, day, note), activity_id in zip(
                    planned, activity_ids, strict=True
                )
            ],
        )  # fmt: skip
    if control:
        session.execute(
            insert(table_of(CampaignMember)),
            [
                {
                    "campaign_id": campaign.id, "client_id": client_id, "round": campaign.round,
                    "activity_id": None, "planned_on": start, "status": None,
                    "contacted_at": None, "note": "", "control": True,
                }
                for client_id in sorted(control)
            ],
        )  # fmt: skip
    session.flush()
    days_used = [p[2] for p in planned if p[2] is not None]
    return RoundBuilt(
        campaign.id, campaign.round, len(planned),
        sum(1 for a in activity_ids if a is not None),
        min(days_used) if days_used else None, max(days_used) if days_used else None,
        len(control),
    )  # fmt: skip


def _birthday_round(
    session: Session, campaign: Campaign, client_ids: list[int], *, today: date, now: datetime
) -> RoundBuilt:
    birthdays = dict(
        session.execute(
            select(Client.id, Client.birthday).where(
                Client.id.in_(client_ids), Client.birthday.is_not(None)
            )
        ).all()
    )
    already = set(
        session.scalars(
            select(CampaignMember.client_id).where(CampaignMember.campaign_id == campaign.id)
        )
    )
    days = []
    for client_id in client_ids:
        if client_id not in birthdays or client_id in already:
            continue
        activity_id = add_birthday_activity(
            session, client_id, today=today, now=now, subject=campaign.name[:MAX_SUBJECT]
        )
        due = session.get_one(Activity, activity_id).due_date
        days.append(due)
        session.add(
            CampaignMember(
                campaign_id=campaign.id, client_id=client_id, round=campaign.round,
                activity_id=activity_id, planned_on=due, note="",
            )
        )  # fmt: skip
    session.flush()
    return RoundBuilt(
        campaign.id, campaign.round, len(days), len(days),
        min(days) if days else None, max(days) if days else None,
    )  # fmt: skip


def run_due_rounds(session: Session, *, today: date, now: datetime) -> list[RoundBuilt]:
    """Build the next round of every recurring campaign that is due."""
    built = []
    for campaign in session.scalars(
        select(Campaign).where(
            Campaign.archived.is_(False),
            Campaign.next_run_on.is_not(None),
            Campaign.next_run_on <= today,
        )
    ):
        start = campaign.next_run_on or today
        campaign.round += 1
        campaign.next_run_on = next_occurrence(
            campaign.rrule or "", start=campaign.started_on, after=start, not_before=today
        )
        session.flush()
        built.append(_build_round(session, campaign, start=max(start, today), today=today, now=now))
    return built


def get_campaign(session: Session, campaign_id: int) -> Campaign:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no campaign with id {campaign_id}."),
            campaign_id=campaign_id,
        )
    return campaign


# --- outcomes ------------------------------------------------------------------------


@dataclass(frozen=True)
class OutcomeChange:
    """A member's status before an outcome was recorded, to undo it."""

    member_id: int
    status: str | None
    contacted_at: datetime | None


def campaign_of_activity(session: Session, activity_id: int) -> tuple[int, str] | None:
    """(campaign id, name) when the activity is a campaign's call or reminder."""
    found = session.execute(
        select(Campaign.id, Campaign.name)
        .join(CampaignMember, CampaignMember.campaign_id == Campaign.id)
        .where(CampaignMember.activity_id == activity_id)
    ).first()
    return (found[0], found[1]) if found else None


def record_outcome(
    session: Session, activity_id: int, status: str, *, now: datetime
) -> OutcomeChange | None:
    """Set the member's status from the activity's outcome; None when the
    activity belongs to no campaign."""
    if status not in {s.value for s in MemberStatus}:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Errors", "An outcome is contacted, no_answer, refused or bought ('{status}')."
            ),
            status=status,
        )
    member = session.scalar(select(CampaignMember).where(CampaignMember.activity_id == activity_id))
    if member is None:
        return None
    change = OutcomeChange(member.id, member.status, member.contacted_at)
    member.status = status
    if member.contacted_at is None:
        member.contacted_at = utc_naive(now)
    session.flush()
    return change


def mark_members(
    session: Session, campaign_id: int, client_ids: list[int], status: str, *, now: datetime
) -> int:
    """Mark members of the current round (a mailing sent, a call made outside Funnel)."""
    campaign = get_campaign(session, campaign_id)
    if status not in {s.value for s in MemberStatus}:
        record_outcome(session, -1, status, now=now)  # raises the readable error
    members = session.scalars(
        select(CampaignMember).where(
            CampaignMember.campaign_id == campaign.id,
            CampaignMember.round == campaign.round,
            CampaignMember.client_id.in_(client_ids),
            CampaignMember.control.is_(False),
        )
    ).all()
    for m in members:
        m.status = status
        m.contacted_at = m.contacted_at or utc_naive(now)
    session.flush()
    return len(members)


def revert_outcome(session: Session, change: OutcomeChange) -> None:
    member = session.get(CampaignMember, change.member_id)
    if member is not None:
        member.status = change.status
        member.contacted_at = change.contacted_at
        session.flush()


def cancel_campaign(session: Session, campaign_id: int) -> int:
    """Remove a campaign with its members and the calls nobody has made yet
    (done calls stay, with their outcomes). Returns how many calls were removed."""
    from sqlalchemy import delete

    campaign = get_campaign(session, campaign_id)
    open_calls = select(CampaignMember.activity_id).where(
        CampaignMember.campaign_id == campaign.id, CampaignMember.activity_id.is_not(None)
    )
    result = session.execute(
        delete(Activity).where(Activity.id.in_(open_calls), Activity.done_at.is_(None))
    )
    assert isinstance(result, CursorResult)  # a DELETE's result counts its rows
    removed = result.rowcount
    session.execute(delete(CampaignMember).where(CampaignMember.campaign_id == campaign.id))
    session.delete(campaign)
    session.flush()
    return int(removed or 0)


def revert_create(session: Session, built: RoundBuilt) -> None:
    """Undo a campaign's creation: it goes, with its calls not yet made."""
    cancel_campaign(session, built.campaign_id)

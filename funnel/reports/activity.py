"""Activity: calls, e-mails and meetings done per owner per week, and the
follow-ups overdue now.

Rules:
- Done means `done_at` in the period; the week is the Monday-to-Sunday week
  of that moment. Tasks are follow-ups of another kind and are not counted.
- The owner is the activity's owner (who did it); an activity handed to a
  backup owner counts for the backup.
- Overdue: open now, due before today, per owner.
- With a pipeline chosen, only activities of deals in that pipeline count
  (activities on a client alone belong to no pipeline).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from funnel.reports.period import NO_FILTERS, Filters, Period
from funnel.reports.sql import day_number, day_number_of, dialect_of, whole
from funnel.store.models import Activity, ActivityKind, Deal, Owner

KINDS = (ActivityKind.CALL.value, ActivityKind.EMAIL.value, ActivityKind.MEETING.value)


@dataclass(frozen=True)
class ActivityWeek:
    owner: str | None  # None: no owner
    week_of: date
    calls: int
    emails: int
    meetings: int

    @property
    def total(self) -> int:
        return self.calls + self.emails + self.meetings

    def as_json(self) -> dict:
        return {
            "owner": self.owner,
            "week_of": self.week_of.isoformat(),
            "calls": self.calls,
            "emails": self.emails,
            "meetings": self.meetings,
        }


@dataclass(frozen=True)
class OwnerActivity:
    owner: str | None
    calls: int
    emails: int
    meetings: int
    overdue: int  # open follow-ups due before today

    def as_json(self) -> dict:
        return {
            "owner": self.owner,
            "calls": self.calls,
            "emails": self.emails,
            "meetings": self.meetings,
            "overdue": self.overdue,
        }


@dataclass(frozen=True)
class ActivityReport:
    period: Period
    filters: Filters
    weeks: tuple[ActivityWeek, ...]  # by week, then owner
    owners: tuple[OwnerActivity, ...]

    def as_json(self) -> dict:
        return {
            "period": self.period.as_json(),
            "owners": [o.as_json() for o in self.owners],
            "weeks": [w.as_json() for w in self.weeks],
        }


def _filtered(query, filters: Filters):
    if filters.owner_id is not None:
        query = query.where(Activity.owner_id == filters.owner_id)
    if filters.pipeline_id is not None:
        query = query.join(Deal, Deal.id == Activity.deal_id).where(
            Deal.pipeline_id == filters.pipeline_id
        )
    return query


def activity(
    session: Session, period: Period, filters: Filters = NO_FILTERS, *, today: date
) -> ActivityReport:
    dialect = dialect_of(session)
    first_monday = period.start - timedelta(days=period.start.weekday())
    origin = day_number_of(first_monday)
    week = whole(dialect, (day_number(dialect, Activity.done_at) - origin) / 7.0)
    counts = [func.sum(case((Activity.kind == k, 1), else_=0)) for k in KINDS]
    done = _filtered(
        select(Owner.name, week, *counts)
        .select_from(Activity)
        .outerjoin(Owner, Owner.id == Activity.owner_id)
        .where(
            Activity.done_at >= period.since,
            Activity.done_at < period.until,
            Activity.cancelled_at.is_(None),  # cancelled when the deal closed: not done
            Activity.kind.in_(KINDS),
        )
        .group_by(Owner.name, week)
        .order_by(week, Owner.name),
        filters,
    )
    weeks = tuple(
        ActivityWeek(name, first_monday + timedelta(days=7 * int(w)), int(c), int(e), int(m))
        for name, w, c, e, m in session.execute(done)
    )
    overdue = dict(
        session.execute(
            _filtered(
                select(Owner.name, func.count())
                .select_from(Activity)
                .outerjoin(Owner, Owner.id == Activity.owner_id)
                .where(Activity.done_at.is_(None), Activity.due_date < today)
                .group_by(Owner.name),
                filters,
            )
        ).all()
    )
    totals: dict[str | None, list[int]] = {}
    for w in weeks:  # a few rows per owner and week, already counted in SQL
        t = totals.setdefault(w.owner, [0, 0, 0])
        t[0], t[1], t[2] = t[0] + w.calls, t[1] + w.emails, t[2] + w.meetings
    names = sorted(set(totals) | set(overdue), key=lambda n: (n is None, n or ""))
    owners: list[OwnerActivity] = []
    for n in names:
        calls, emails, meetings = totals.get(n, [0, 0, 0])
        owners.append(OwnerActivity(n, calls, emails, meetings, int(overdue.get(n, 0))))
    return ActivityReport(period, filters, weeks, tuple(owners))

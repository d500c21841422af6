"""Activities: the follow-ups on a deal or a client (call, e-mail, meeting, task).

Time: `due_date` and `due_time` are what the person picked, in their local wall
time (naive). `done_at`, `created_at`, `notified_at`, `escalated_at` are naive
UTC moments, like every stored datetime. A deal's *next step* is its earliest
open activity (by date; on one day, those without a time first).

Reading them (rows, lists, each deal's next step) lives in
`funnel.followups.activity_list`, snoozing in `funnel.followups.snooze`,
reminders in `funnel.followups.reminders`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from funnel.errors import NotFoundError, ValidationError
from funnel.followups.activity_list import ActivityRow, get_activity
from funnel.followups.bounds import check_day
from funnel.followups.recurrence import next_occurrence, validate_rule
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.conflicts import check_version
from funnel.store.models import Activity, ActivityKind, Client, Deal, Owner
from funnel.timeutil import utc_naive

ACTIVITY_KINDS = tuple(k.value for k in ActivityKind)
MAX_SUBJECT = 300
# "Schedule the next step" proposes the same kind of contact this many business
# days after today: soon enough to keep the deal warm, not so soon it nags.
NEXT_STEP_BUSINESS_DAYS = 2
_UNSET = object()


@dataclass(frozen=True)
class CompleteResult:
    """What finishing an activity changed; `revert_complete` undoes it."""

    activity_id: int
    done_at: datetime  # UTC
    outcome: str | None
    next_activity_id: int | None = None  # the next occurrence of a recurring one
    next_due_date: date | None = None


@dataclass(frozen=True)
class NextStepSuggestion:
    """A pre-filled next step for the "schedule the next step" prompt; pass its
    fields to `add_activity` (or `schedule_next_step`) to accept it."""

    kind: str
    subject: str
    due_date: date
    due_time: time | None
    deal_id: int | None
    client_id: int | None
    owner_id: int | None


# --- validation -------------------------------------------------------------------


def clean_kind(kind: str | ActivityKind) -> ActivityKind:
    value = str(kind).strip().lower()
    if value not in ACTIVITY_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An activity is a {kinds} or {last_kind} (got '{kind}')."),
            kinds=", ".join(ACTIVITY_KINDS[:-1]),
            last_kind=ACTIVITY_KINDS[-1],
            kind=kind,
        )
    return ActivityKind(value)


def clean_subject(subject: str | None) -> str:
    text = (subject or "").strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An activity needs a subject: what is to be done?")
        )
    if len(text) > MAX_SUBJECT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An activity subject is at most {max_subject} characters."),
            max_subject=MAX_SUBJECT,
        )
    return text


def _check_owner(session: Session, owner_id: int | None) -> int | None:
    if owner_id is not None and session.get(Owner, owner_id) is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no owner with id {owner_id}."), owner_id=owner_id
        )
    return owner_id


def _default_owner(session: Session) -> int | None:
    from funnel.owners import current_owner_id

    return current_owner_id(session)


def _activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no activity with id {activity_id}."),
            activity_id=activity_id,
        )
    return activity


# --- writing ----------------------------------------------------------------------


def add_activity(
    session: Session,
    *,
    kind: str | ActivityKind,
    subject: str,
    due_date: date,
    now: datetime,
    deal_id: int | None = None,
    client_id: int | None = None,
    due_time: time | None = None,
    owner_id: int | None = None,
    notes: str = "",
    rrule: str | None = None,
) -> int:
    """A new open activity on a deal or a client; returns its id. On a deal it
    also belongs to the deal's client. The owner defaults to the deal's, then
    the client's, then the default owner. `rrule` (RFC 5545, e.g.
    "FREQ=WEEKLY;BYDAY=MO") makes it recurring, counting from `due_date`."""
    kind = clean_kind(kind)
    subject = clean_subject(subject)
    if not isinstance(due_date, date) or isinstance(due_date, datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An activity's due date must be a date."))
    check_day(due_date, "due")
    if deal_id is None and client_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An activity belongs to a deal or a client; choose one.")
        )
    deal = client = None
    if deal_id is not None:
        deal = session.get(Deal, deal_id)
        if deal is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}."), deal_id=deal_id
            )
        if client_id is None:
            client_id = deal.client_id
    if client_id is not None:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no client with id {client_id}."),
                client_id=client_id,
            )
    if owner_id is None:
        owner_id = (
            (deal.owner_id if deal else None)
            or (client.owner_id if client else None)
            or _default_owner(session)
        )
    rule = validate_rule(rrule, start=due_date)
    activity = Activity(
        kind=kind,
        subject=subject,
        deal_id=deal_id,
        client_id=client_id,
        owner_id=_check_owner(session, owner_id),
        due_date=due_date,
        due_time=_clean_time(due_time),
        notes=notes or "",
        rrule=rule,
        rrule_start=due_date if rule else None,
        created_at=utc_naive(now),
    )
    session.add(activity)
    session.flush()
    return activity.id


def _clean_time(value: time | None) -> time | None:
    return value.replace(second=0, microsecond=0, tzinfo=None) if value is not None else None


def update_activity(
    session: Session,
    activity_id: int,
    *,
    kind: str | object = _UNSET,
    subject: str | object = _UNSET,
    due_date: date | object = _UNSET,
    due_time: time | object | None = _UNSET,
    owner_id: int | object | None = _UNSET,
    notes: str | object = _UNSET,
    rrule: str | object | None = _UNSET,
    expected_version: int | None = None,
) -> ActivityRow:
    """Change the given fields. A new due date or time is reminded of again; a
    new rule counts from the (new) due date. With `expected_version` (what a
    form showed), one changed by someone else since is refused, unchanged."""
    a = _activity(session, activity_id)
    check_version(session, a, expected_version)
    if kind is not _UNSET:
        a.kind = clean_kind(kind)  # type: ignore[arg-type]  # _UNSET was ruled out
    if subject is not _UNSET:
        a.subject = clean_subject(subject)  # type: ignore[arg-type]
    moved = False
    if due_date is not _UNSET and due_date != a.due_date:
        check_day(due_date, "due")  # type: ignore[arg-type]
        a.due_date = due_date  # type: ignore[assignment]
        moved = True
    if due_time is not _UNSET and _clean_time(due_time) != a.due_time:  # type: ignore[arg-type]
        a.due_time = _clean_time(due_time)  # type: ignore[arg-type]
        moved = True
    if moved:
        a.notified_at = None
    if owner_id is not _UNSET:
        a.owner_id = _check_owner(session, owner_id)  # type: ignore[arg-type]
    if notes is not _UNSET:
        a.notes = notes or ""  # type: ignore[assignment]
    if rrule is not _UNSET:
        a.rrule = validate_rule(rrule, start=a.due_date)  # type: ignore[arg-type]
        a.rrule_start = a.due_date if a.rrule else None
    session.flush()
    return get_activity(session, activity_id)


def delete_activity(session: Session, activity_id: int) -> None:
    _activity(session, activity_id)
    session.execute(delete(Activity).where(Activity.id == activity_id))
    session.flush()


def complete_activity(
    session: Session,
    activity_id: int,
    *,
    now: datetime,
    outcome: str | None = None,
    today: date | None = None,
) -> CompleteResult:
    """Mark an activity done with its outcome. A recurring one gets its next
    occurrence: the first date of its rule after the current due date — and,
    when `today` is given, not before today, so a weekly call finished weeks
    late does not leave a trail of overdue copies."""
    a = _activity(session, activity_id)
    if a.done_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Activity '{subject}' is already done."), subject=a.subject
        )
    a.done_at = utc_naive(now)
    a.outcome = (outcome or "").strip() or None
    next_id = next_due = None
    if a.rrule:
        start = a.rrule_start or a.due_date
        next_due = next_occurrence(a.rrule, start=start, after=a.due_date, not_before=today)
        if next_due is not None:
            follow = Activity(
                kind=a.kind,
                subject=a.subject,
                deal_id=a.deal_id,
                client_id=a.client_id,
                owner_id=a.owner_id,
                due_date=next_due,
                due_time=a.due_time,
                notes=a.notes,
                rrule=a.rrule,
                rrule_start=start,
                created_at=utc_naive(now),
            )
            session.add(follow)
            session.flush()
            next_id = follow.id
    session.flush()
    return CompleteResult(a.id, a.done_at, a.outcome, next_id, next_due)


def revert_complete(session: Session, result: CompleteResult) -> None:
    """Undo `complete_activity`: open again, and drop the next occurrence it
    created unless that one was already done too."""
    a = _activity(session, result.activity_id)
    if a.done_at != result.done_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Activity '{subject}' has changed since; it cannot be undone."
            ),
            subject=a.subject,
        )
    a.done_at = None
    a.outcome = None
    if result.next_activity_id is not None:
        session.execute(
            delete(Activity).where(
                Activity.id == result.next_activity_id, Activity.done_at.is_(None)
            )
        )
    session.flush()


def add_business_days(start: date, days: int) -> date:
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def suggest_next_step(session: Session, activity_id: int, *, today: date) -> NextStepSuggestion:
    """After finishing `activity_id`: the same kind of contact about the same
    thing, due `NEXT_STEP_BUSINESS_DAYS` business days from today, same owner."""
    a = _activity(session, activity_id)
    return NextStepSuggestion(
        kind=a.kind,
        subject=a.subject,
        due_date=add_business_days(today, NEXT_STEP_BUSINESS_DAYS),
        due_time=a.due_time,
        deal_id=a.deal_id,
        client_id=a.client_id,
        owner_id=a.owner_id,
    )


def schedule_next_step(session: Session, suggestion: NextStepSuggestion, *, now: datetime) -> int:
    """Accept a (possibly edited) suggestion as a new activity; returns its id."""
    return add_activity(
        session,
        kind=suggestion.kind,
        subject=suggestion.subject,
        due_date=suggestion.due_date,
        due_time=suggestion.due_time,
        deal_id=suggestion.deal_id,
        client_id=suggestion.client_id,
        owner_id=suggestion.owner_id,
        now=now,
    )


def add_birthday_activity(
    session: Session,
    client_id: int,
    *,
    today: date,
    now: datetime,
    subject: str = "Birthday greetings",
    kind: str | ActivityKind = ActivityKind.CALL,
) -> int:
    """A yearly activity on the client's birthday (the next one on or after
    today); 29 February falls on 28 February in common years."""
    from funnel.followups.recurrence import birthday_rule, next_birthday

    client = session.get(Client, client_id)
    if client is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no client with id {client_id}."),
            client_id=client_id,
        )
    if client.birthday is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Client '{client}' has no birthday on file."),
            client=client.name,
        )
    return add_activity(
        session,
        kind=kind,
        subject=subject,
        due_date=next_birthday(client.birthday, today),
        client_id=client_id,
        rrule=birthday_rule(client.birthday),
        now=now,
    )

"""Silent leads: a client who stopped answering gets a polite "we will close
your request" message, and the deal an "archive unless they reply" task N days
later (setting `cleanup_silent_days`, 7 by default). When that day comes and no
reply was logged, the review proposes the archive.

The message is an editable template per language (`funnel.cleanup.templates`)
filled with the client's and the deal's details, and handed to the person's
own mail program as a `mailto:` URL: Funnel sends no mail itself.

A reply is a call, e-mail or meeting on the deal or its client logged as done
after the notice went out (the notice's own e-mail excepted).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from funnel.cleanup.checklist import CONTACT_KINDS
from funnel.cleanup.templates import fill, get_template, language_code, mailto_url
from funnel.customers.language import client_language
from funnel.errors import NotFoundError, ValidationError
from funnel.followups.activities import add_activity, complete_activity
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import (
    Activity,
    ActivityKind,
    Client,
    ClientContact,
    ContactKind,
    Deal,
    DealStatus,
    Owner,
    SilentNotice,
)
from funnel.store.settings import get_setting, set_setting
from funnel.timeutil import utc_naive

DAYS_SETTING = "cleanup_silent_days"
DEFAULT_DAYS = 7
MAX_DAYS = 365
TASK_SUBJECT = "Archive unless they reply"  # the UI passes its translation
MAX_SUBJECT = 300


@dataclass(frozen=True)
class SilentMessage:
    """The filled notice for one deal, ready for the mail program."""

    deal_id: int
    to: str | None  # the client's first e-mail
    subject: str
    body: str
    language: str
    days: int
    archive_on: date

    @property
    def url(self) -> str:
        return mailto_url(self.to, self.subject, self.body)


@dataclass(frozen=True)
class NoticeResult:
    notice_id: int
    deal_id: int
    task_id: int  # "archive unless they reply", due `archive_on`
    email_id: int  # the notice, logged as a done e-mail
    archive_on: date


@dataclass(frozen=True)
class SilentState:
    """Where a deal's latest open notice stands."""

    notice_id: int
    sent_at: datetime  # UTC
    archive_on: date
    replied: bool
    due: bool  # the archive day has come and no reply was logged

    def as_json(self) -> dict:
        return {
            "sent_at": self.sent_at.isoformat(),
            "archive_on": self.archive_on.isoformat(),
            "replied": self.replied,
            "archive_due": self.due,
        }


# --- settings ---------------------------------------------------------------------


def silent_days(session: Session) -> int:
    value = get_setting(session, DAYS_SETTING)
    try:
        days = int(value) if value is not None else DEFAULT_DAYS
    except (TypeError, ValueError):
        return DEFAULT_DAYS
    return days if 1 <= days <= MAX_DAYS else DEFAULT_DAYS


def _check_days(days: int) -> int:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Archive a silent lead after 1 to {max_days} days without a reply (got {days}).",
            ),
            max_days=MAX_DAYS,
            days=days,
        )
    return days


def set_silent_days(session: Session, days: int) -> int:
    set_setting(session, DAYS_SETTING, _check_days(days))
    return days


# --- the message ---------------------------------------------------------------------


def silent_message(
    session: Session,
    deal_id: int,
    *,
    today: date,
    language: str | None = None,
    default_language: str = "en",
    days: int | None = None,
    date_text: str | None = None,
) -> SilentMessage:
    """The notice for a deal, filled in, in `language` or, when None, in the
    client's (`funnel.customers.language`; `default_language` when nothing
    tells). `date_text` is the archive date as the UI writes it in the
    message's language (ISO otherwise)."""
    found = session.execute(
        select(Deal.title, Deal.client_id, Client.name, Client.company, Owner.name)
        .outerjoin(Client, Client.id == Deal.client_id)
        .outerjoin(Owner, Owner.id == Deal.owner_id)
        .where(Deal.id == deal_id)
    ).first()
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}."), deal_id=deal_id
        )
    title, client_id, client, company, owner = found
    days = _check_days(days) if days is not None else silent_days(session)
    archive_on = today + timedelta(days=days)
    email = None
    if client_id is not None:
        email = session.scalar(
            select(ClientContact.value)
            .where(ClientContact.client_id == client_id, ClientContact.kind == ContactKind.EMAIL)
            .order_by(ClientContact.id)
            .limit(1)
        )
    if language is None:
        language = client_language(session, client_id, default=default_language)
    lang = language_code(language)
    subject, body = fill(
        get_template(session, lang),
        {
            "client": client or "",
            "company": company or client or "",
            "deal": title,
            "owner": owner or "",
            "days": str(days),
            "date": date_text or archive_on.isoformat(),
        },
    )
    return SilentMessage(deal_id, email, subject, body, lang, days, archive_on)


# --- sending and what follows ----------------------------------------------------------


def send_silent_notice(
    session: Session,
    deal_id: int,
    *,
    today: date,
    now: datetime,
    subject: str,
    days: int | None = None,
    task_subject: str = TASK_SUBJECT,
) -> NoticeResult:
    """Record that the notice went out (a done e-mail with its subject) and add
    the task to archive the deal in `days` days unless a reply is logged."""
    deal = session.get(Deal, deal_id)
    if deal is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}."), deal_id=deal_id
        )
    if deal.status != DealStatus.OPEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Deal '{title}' is {status}; only an open deal is asked."),
            title=deal.title,
            status=deal.status,
        )
    days = _check_days(days) if days is not None else silent_days(session)
    archive_on = today + timedelta(days=days)
    email_id = add_activity(
        session,
        kind=ActivityKind.EMAIL,
        subject=(subject or "").strip()[:MAX_SUBJECT] or task_subject,
        due_date=today,
        deal_id=deal_id,
        now=now,
    )
    complete_activity(session, email_id, now=now)
    task_id = add_activity(
        session,
        kind=ActivityKind.TASK,
        subject=(task_subject or "").strip() or TASK_SUBJECT,
        due_date=archive_on,
        deal_id=deal_id,
        now=now,
    )
    notice = SilentNotice(
        deal_id=deal_id,
        task_id=task_id,
        email_id=email_id,
        sent_at=utc_naive(now),
        archive_on=archive_on,
    )
    session.add(notice)
    session.flush()
    return NoticeResult(notice.id, deal_id, task_id, email_id, archive_on)


def silent_states(session: Session, deal_ids: list[int], *, today: date) -> dict[int, SilentState]:
    """The latest open notice of each deal that has one."""
    if not deal_ids:
        return {}
    notices = session.execute(
        select(
            SilentNotice.id,
            SilentNotice.deal_id,
            SilentNotice.sent_at,
            SilentNotice.archive_on,
            SilentNotice.task_id,
            SilentNotice.email_id,
            Deal.client_id,
        )
        .join(Deal, Deal.id == SilentNotice.deal_id)
        .where(SilentNotice.deal_id.in_(deal_ids), SilentNotice.closed_at.is_(None))
        .order_by(SilentNotice.deal_id, SilentNotice.sent_at.desc(), SilentNotice.id.desc())
    ).all()
    out: dict[int, SilentState] = {}
    for notice_id, deal_id, sent_at, archive_on, task_id, email_id, client_id in notices:
        if deal_id in out:
            continue
        own = [i for i in (task_id, email_id) if i is not None]
        whose = Activity.deal_id == deal_id
        if client_id is not None:
            whose = or_(whose, Activity.client_id == client_id)
        reply = session.scalar(
            select(Activity.id)
            .where(
                whose,
                Activity.kind.in_(CONTACT_KINDS),
                Activity.done_at > sent_at,
                Activity.cancelled_at.is_(None),
                Activity.id.not_in(own),
            )
            .limit(1)
        )
        replied = reply is not None
        out[deal_id] = SilentState(
            notice_id, sent_at, archive_on, replied, not replied and archive_on <= today
        )
    return out


def silent_state(session: Session, deal_id: int, *, today: date) -> SilentState | None:
    return silent_states(session, [deal_id], today=today).get(deal_id)


def close_notices(session: Session, deal_id: int, *, now: datetime, outcome: str) -> int:
    """The deal was archived (or otherwise settled): close its open notices and
    mark their archive tasks done with `outcome`. Returns how many closed."""
    moment = utc_naive(now)
    open_notices = session.execute(
        select(SilentNotice.id, SilentNotice.task_id).where(
            SilentNotice.deal_id == deal_id, SilentNotice.closed_at.is_(None)
        )
    ).all()
    for _, task_id in open_notices:
        task = session.get(Activity, task_id) if task_id is not None else None
        if task is not None and task.done_at is None:
            complete_activity(session, task.id, now=now, outcome=outcome)
    if open_notices:
        session.execute(
            update(SilentNotice)
            .where(SilentNotice.id.in_([n for n, _ in open_notices]))
            .values(closed_at=moment)
            .execution_options(synchronize_session=False)
        )
    return len(open_notices)


def followups_left_on_archive(session: Session, deal_id: int) -> int:
    """The open follow-ups archiving the deal from the clean-up would cancel:
    all but its notice's "archive unless they reply" task, which the archive
    itself settles."""
    tasks = select(SilentNotice.task_id).where(
        SilentNotice.deal_id == deal_id,
        SilentNotice.closed_at.is_(None),
        SilentNotice.task_id.is_not(None),
    )
    return (
        session.scalar(
            select(func.count(Activity.id)).where(
                Activity.deal_id == deal_id,
                Activity.done_at.is_(None),
                Activity.id.not_in(tasks),
            )
        )
        or 0
    )


def silent_language(session: Session, deal_id: int, *, default: str) -> str:
    """The language the notice for this deal is written in unless the person
    picks another: the client's."""
    client_id = session.scalar(select(Deal.client_id).where(Deal.id == deal_id))
    return client_language(session, client_id, default=default)

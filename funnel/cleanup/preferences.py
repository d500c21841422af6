"""The clean-up's own settings, read and saved as one: the reminder's day and
time, the days before a silent lead is archived and before a quiet client is
proposed cooler, and the silent-lead message in each language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from funnel.cleanup import silent, temperature, templates
from funnel.cleanup.reminder import CleanupSchedule, get_schedule, set_schedule


@dataclass(frozen=True)
class CleanupSettings:
    schedule: CleanupSchedule
    silent_days: int
    demotion_days: int
    templates: dict[str, templates.Template]


def read_settings(session: Session) -> CleanupSettings:
    return CleanupSettings(
        get_schedule(session),
        silent.silent_days(session),
        temperature.demotion_days(session),
        templates.get_templates(session),
    )


def save_settings(
    session: Session,
    settings: CleanupSettings,
    *,
    today: date,
    now: datetime,
    reminder_subject: str,
) -> CleanupSettings:
    """Save what differs from what is stored, in one transaction. A template
    equal to the default is stored as "the default" (it follows later wording);
    a new reminder day or time moves the reminder activity (`reminder_subject`)."""
    current = read_settings(session)
    wanted, stored = settings.schedule, current.schedule
    if (wanted.weekday, wanted.at.hour, wanted.at.minute) != (
        stored.weekday,
        stored.at.hour,
        stored.at.minute,
    ):
        set_schedule(
            session,
            weekday=wanted.weekday,
            at=f"{wanted.at.hour:02d}:{wanted.at.minute:02d}",
            today=today,
            now=now,
            subject=reminder_subject,
        )
    silent.set_silent_days(session, settings.silent_days)
    temperature.set_demotion_days(session, settings.demotion_days)
    for lang, template in settings.templates.items():
        if template == current.templates.get(lang):
            continue
        if template == templates.DEFAULT_TEMPLATES.get(lang):
            templates.reset_template(session, lang)
        else:
            templates.set_template(session, lang, subject=template.subject, body=template.body)
    return read_settings(session)

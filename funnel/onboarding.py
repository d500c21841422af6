"""Finishing the first-start assistant: what the person chose, written in one
transaction (a bad field anywhere writes nothing). Each step may have been
skipped, and then leaves its part of the file as it was."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from funnel.cleanup.reminder import REMINDER_SUBJECT, set_schedule
from funnel.pipeline.templates import TemplateStage, apply_funnel
from funnel.store.firststart import finish_assistant
from funnel.store.profile import Profile, save_profile


@dataclass(frozen=True)
class CleanupTime:
    weekday: int  # 0 = Monday
    at: time


@dataclass(frozen=True)
class FirstStartChoices:
    language: str  # the language chosen (stage and pipeline names follow it)
    profile: Profile | None = None  # None: "About you" skipped
    cleanup: CleanupTime | None = None
    stages: tuple[TemplateStage, ...] | None = None  # None: "Your funnel" skipped
    pipeline_name: str | None = None
    cleanup_subject: str = REMINDER_SUBJECT  # the reminder's title, in the UI's language


@dataclass(frozen=True)
class FirstStartResult:
    pipeline_id: int | None  # the sales pipeline given the chosen stages


def complete_first_start(
    session: Session, choices: FirstStartChoices, *, today: date, now: datetime
) -> FirstStartResult:
    if choices.profile is not None:
        save_profile(session, choices.profile)
    if choices.cleanup is not None:
        set_schedule(
            session,
            weekday=choices.cleanup.weekday,
            at=choices.cleanup.at,
            today=today,
            now=now,
            subject=choices.cleanup_subject,
        )
    pipeline_id = None
    if choices.stages is not None:
        applied = apply_funnel(
            session,
            choices.stages,
            language=choices.language,
            now=now,
            pipeline_name=choices.pipeline_name,
        )
        pipeline_id = applied.pipeline_id
    finish_assistant(session)
    return FirstStartResult(pipeline_id)

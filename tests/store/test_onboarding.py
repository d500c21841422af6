"""Finishing the first-start assistant: every step not skipped, in one go."""

from __future__ import annotations

from datetime import time

import pytest

from funnel.cleanup.reminder import get_schedule
from funnel.errors import ValidationError
from funnel.onboarding import CleanupTime, FirstStartChoices, complete_first_start
from funnel.pipeline.pipelines import list_pipelines
from funnel.pipeline.templates import TemplateStage, template_stages
from funnel.store.firststart import needs_assistant
from funnel.store.profile import Profile
from funnel.store.settings import get_setting


def test_every_step_is_saved_and_the_assistant_is_done(session, now, today):
    choices = FirstStartChoices(
        language="pt_BR",
        profile=Profile("Ana Souza", "BRL", "BR"),
        cleanup=CleanupTime(4, time(17, 30)),
        stages=template_stages("real_estate", "pt_BR"),
    )

    result = complete_first_start(session, choices, today=today, now=now)

    sales = next(p for p in list_pipelines(session) if p.id == result.pipeline_id)
    assert sales.name == "Vendas atuais" and sales.stages[2].name == "Visita agendada"
    schedule = get_schedule(session)
    assert (schedule.weekday, schedule.at) == (4, time(17, 30))
    assert get_setting(session, "profile.home_currency") == "BRL"
    assert not needs_assistant(session)


def test_skipped_steps_leave_the_file_as_it_was(session, now, today):
    before = list_pipelines(session)

    result = complete_first_start(session, FirstStartChoices("en"), today=today, now=now)

    assert result.pipeline_id is None
    assert list_pipelines(session) == before
    assert get_setting(session, "profile.name") is None
    assert not needs_assistant(session)


def test_a_bad_stage_list_writes_nothing_at_all(db, now, today):
    choices = FirstStartChoices(
        "en",
        profile=Profile("Ana", "BRL", "BR"),
        stages=(TemplateStage("Call", 1, 10), TemplateStage("call", 2, 20)),
    )
    with pytest.raises(ValidationError), db.begin() as s:
        complete_first_start(s, choices, today=today, now=now)

    with db.begin() as s:
        assert get_setting(s, "profile.name") is None
        assert needs_assistant(s)

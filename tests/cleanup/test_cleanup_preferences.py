"""The clean-up's settings, read and saved as one."""

from dataclasses import replace
from datetime import time

from funnel.cleanup import templates
from funnel.cleanup.preferences import read_settings, save_settings


def test_saving_writes_every_setting_together(session, now, today):
    current = read_settings(session)
    custom = templates.Template("Still interested?", "Hello {client}")
    wanted = replace(
        current,
        schedule=replace(current.schedule, weekday=4, at=time(16, 30)),
        silent_days=10,
        demotion_days=45,
        templates={**current.templates, "en": custom},
    )
    saved = save_settings(session, wanted, today=today, now=now, reminder_subject="Clean-up")
    assert (saved.schedule.weekday, saved.schedule.at) == (4, time(16, 30))
    assert (saved.silent_days, saved.demotion_days) == (10, 45)
    assert saved.templates["en"] == custom
    assert read_settings(session) == saved


def test_a_template_put_back_to_the_default_follows_the_default(session, now, today):
    current = read_settings(session)
    custom = templates.Template("Still interested?", "Hello {client}")
    save_settings(
        session,
        replace(current, templates={**current.templates, "ru": custom}),
        today=today,
        now=now,
        reminder_subject="Clean-up",
    )
    default = templates.DEFAULT_TEMPLATES["ru"]
    saved = save_settings(
        session,
        replace(current, templates={**current.templates, "ru": default}),
        today=today,
        now=now,
        reminder_subject="Clean-up",
    )
    assert saved.templates["ru"] == default

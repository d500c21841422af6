"""Silent leads: the filled notice, the mail program's URL, and the archive
proposed when no reply came."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from funnel.cleanup.silent import (
    close_notices,
    send_silent_notice,
    set_silent_days,
    silent_message,
    silent_state,
)
from funnel.cleanup.templates import (
    DEFAULT_TEMPLATES,
    get_template,
    mailto_url,
    reset_template,
    set_template,
)
from funnel.errors import ValidationError
from funnel.store.models import Activity
from tests.cleanup_data import contact, days_ago, deal


@pytest.fixture
def lead(session, now):
    return deal(
        session, days_ago(now, 20), "Website redesign", "Proposal sent",
        client="Anna Ivanova", email="anna@example.com",
    )  # fmt: skip


def test_the_notice_is_filled_with_the_clients_and_deals_details(session, today, lead):
    message = silent_message(session, lead, today=today, date_text="30 Nov 2026")
    assert message.to == "anna@example.com"
    assert message.subject == "Your request: Website redesign"
    assert message.body.startswith("Hello Anna Ivanova,")
    assert "within 7 days, on 30 Nov 2026" in message.body
    assert message.archive_on == today + timedelta(days=7)


@pytest.mark.parametrize(("language", "greeting"), [("ru", "Здравствуйте"), ("pt_BR", "Olá")])
def test_each_language_has_its_own_default_wording(session, today, lead, language, greeting):
    assert silent_message(session, lead, today=today, language=language).body.startswith(greeting)


def test_an_edited_template_is_used_and_can_be_reset(session, today, lead):
    set_template(session, "en", subject="Closing {deal}", body="Hi {client}, bye in {days} days.")
    message = silent_message(session, lead, today=today, days=3)
    assert (message.subject, message.body) == (
        "Closing Website redesign",
        "Hi Anna Ivanova, bye in 3 days.",
    )
    assert reset_template(session, "en") == DEFAULT_TEMPLATES["en"]
    assert get_template(session, "en") == DEFAULT_TEMPLATES["en"]


@pytest.mark.parametrize(
    ("subject", "body", "error"),
    [
        ("", "text", "needs a subject"),
        ("Hi", "  ", "cannot be empty"),
        ("Hi {name}", "text", r"names \{name\}"),
        ("Hi", "Dear {client", "unmatched brace"),
    ],
)
def test_a_template_with_a_mistake_is_refused_with_a_clear_message(session, subject, body, error):
    with pytest.raises(ValidationError, match=error):
        set_template(session, "en", subject=subject, body=body)


def test_the_mailto_url_encodes_every_part():
    url = mailto_url("anna@example.com", "Your request: a & b", "Line one\nLine two")
    parts = urlsplit(url)
    assert (parts.scheme, parts.path) == ("mailto", "anna@example.com")
    query = parse_qs(parts.query)
    assert query["subject"] == ["Your request: a & b"]
    assert query["body"] == ["Line one\r\nLine two"]
    assert " " not in url and "\n" not in url
    assert unquote(url).count("&") == 2


def test_sending_logs_the_email_and_sets_the_archive_task(session, now, today, lead):
    set_silent_days(session, 5)
    sent = send_silent_notice(session, lead, today=today, now=now, subject="Your request")
    email, task = session.get(Activity, sent.email_id), session.get(Activity, sent.task_id)
    assert (email.kind, email.done_at is not None) == ("email", True)
    assert (task.kind, task.due_date, task.done_at) == ("task", today + timedelta(days=5), None)
    state = silent_state(session, lead, today=today)
    assert state is not None and not state.replied and not state.due


def test_the_archive_is_due_when_the_day_comes_without_a_reply(session, now, today, lead):
    send_silent_notice(session, lead, today=today, now=now, subject="Your request")
    later = today + timedelta(days=7)
    state = silent_state(session, lead, today=later)
    assert state is not None and state.due


def test_a_reply_logged_after_the_notice_cancels_the_archive_proposal(session, now, today, lead):
    send_silent_notice(session, lead, today=today, now=now, subject="Your request")
    contact(session, lead, now + timedelta(days=2), outcome="Still interested")
    state = silent_state(session, lead, today=today + timedelta(days=7))
    assert state is not None and state.replied and not state.due


def test_closing_the_notice_ticks_its_task_off(session, now, today, lead):
    sent = send_silent_notice(session, lead, today=today, now=now, subject="Your request")
    assert close_notices(session, lead, now=now, outcome="Archived") == 1
    assert session.get(Activity, sent.task_id).outcome == "Archived"
    assert silent_state(session, lead, today=today) is None


@pytest.mark.parametrize(
    ("phone", "greeting"),
    [("+55 11 98765-4321", "Olá"), ("+7 912 345-67-89", "Здравствуйте"), (None, "Hello")],
)
def test_the_notice_is_written_in_the_clients_language_from_their_phone(
    session, now, today, phone, greeting
):
    from funnel.customers.clients import create_client
    from funnel.deals.service import create_deal

    client = create_client(session, name="Cliente", phones=[phone] if phone else [], now=now)
    deal_id = create_deal(session, title="Site", client_id=client, now=now)
    message = silent_message(session, deal_id, today=today, default_language="en")
    assert message.body.startswith(greeting)


def test_a_language_set_on_the_client_wins_over_the_phone(session, now, today):
    from funnel.customers.clients import create_client
    from funnel.deals.service import create_deal
    from funnel.store.models import Client

    client = create_client(session, name="Ivan", phones=["+55 11 98765-4321"], now=now)
    session.get(Client, client).language = "ru"
    deal_id = create_deal(session, title="Site", client_id=client, now=now)
    assert silent_message(session, deal_id, today=today).body.startswith("Здравствуйте")

"""The review's order and the facts it shows about each deal."""

from __future__ import annotations

from datetime import timedelta

import pytest

from funnel.cleanup.queue import deal_facts, queue_lines, review_queue
from funnel.deals.notes import add_note
from funnel.pipeline.moves import win_deal
from funnel.pipeline.parking import park_deal
from funnel.store.models import ReviewReason
from tests.cleanup_data import build_funnel, days_ago, deal


@pytest.fixture
def funnel(session, now, today):
    return build_funnel(session, now, today)


def test_stalled_deals_come_first_most_days_over_first_then_no_next_step_returning_and_the_rest(
    session, today, funnel
):
    queue = review_queue(session, today=today)
    assert [e.deal_id for e in queue] == [
        funnel.stalled_most,
        funnel.stalled_less,
        funnel.no_next_step,
        funnel.returning,
        funnel.silent,
        funnel.fine,
    ]
    assert [e.reason for e in queue] == [
        ReviewReason.STALLED,
        ReviewReason.STALLED,
        ReviewReason.NO_NEXT_STEP,
        ReviewReason.RETURNING,
        ReviewReason.REST,
        ReviewReason.REST,
    ]
    assert [e.days_over for e in queue[:2]] == [20, 7]


def test_closed_deals_and_parked_deals_not_yet_due_are_left_out(session, now, today, funnel):
    won = deal(session, days_ago(now, 3), "Sold already", "Negotiation", client="Gil Won")
    win_deal(session, won, now=now)
    later = deal(session, days_ago(now, 3), "Next spring", "Contact made", client="Hana Later")
    park_deal(session, later, today=today, now=now, months=3)
    ids = {e.deal_id for e in review_queue(session, today=today)}
    assert won not in ids and later not in ids


def test_deals_without_a_next_step_are_ordered_longest_in_their_stage_first(session, now, today):
    newer = deal(session, days_ago(now, 1), "Newer", "New lead", client="A")
    older = deal(session, days_ago(now, 5), "Older", "Negotiation", client="B")
    assert [e.deal_id for e in review_queue(session, today=today)] == [older, newer]


def test_the_facts_of_a_stalled_deal_show_client_contacts_stage_and_days(session, today, funnel):
    facts = deal_facts(session, funnel.stalled_most, today=today)
    assert (facts.title, facts.client, facts.phones) == (
        "Office chairs",
        "Boris Petrov",
        ("+7 912 345-67-89",),
    )
    assert (facts.stage, facts.days_in_stage, facts.rot_days, facts.days_over) == (
        "Contact made",
        27,
        7,
        20,
    )
    assert facts.stalled
    assert facts.last_activity is not None and facts.last_activity.outcome == "Talked"
    assert facts.next_step is not None and facts.next_step.subject == "Send terms"


def test_the_facts_show_the_latest_notes_newest_first_including_the_clients(
    session, now, today, funnel
):
    facts = deal_facts(session, funnel.fine, today=today)
    add_note(session, body="Wants a discount", deal_id=funnel.fine, now=days_ago(now, 1))
    add_note(session, body="Prefers mornings", client_id=facts.client_id, now=now)
    notes = deal_facts(session, funnel.fine, today=today).notes
    assert [(n.body, n.on_client) for n in notes] == [
        ("Prefers mornings", True),
        ("Wants a discount", False),
    ]


def test_a_returning_parked_deal_shows_where_it_returns_to(session, today, funnel):
    facts = deal_facts(session, funnel.returning, today=today)
    assert facts.parked and not facts.stalled
    assert facts.return_stage == "Proposal sent"
    assert facts.return_on == today - timedelta(days=10)


def test_queue_lines_name_what_each_deal_misses(session, today, funnel):
    lines = {line.deal_id: line for line in queue_lines(session, today=today)}
    assert lines[funnel.fine].missing == ()
    assert lines[funnel.no_next_step].missing == ("next_step",)
    assert lines[funnel.stalled_less].missing == ("next_step",)
    assert [line.position for line in lines.values()] == [1, 2, 3, 4, 5, 6]

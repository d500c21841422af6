"""The hygiene checklist, computed from the data; waivers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from funnel.cleanup.checklist import (
    CheckKey,
    FieldGap,
    Hygiene,
    checklist,
    checklists,
    evaluate,
    parse_waived,
    waived_text,
)
from funnel.deals.notes import add_note
from tests.cleanup_data import contact, days_ago, deal, plan

TODAY = date(2026, 11, 23)
CALL = datetime(2026, 11, 20, 15, 0)


def hygiene(**changes) -> Hygiene:
    base = dict(
        deal_id=1,
        last_contact_at=CALL,
        last_contact_has_outcome=False,
        last_note_at=CALL + timedelta(minutes=5),
        has_next_step=True,
        in_first_stage=False,
        value_cents=100_000,
        expected_close=date(2026, 12, 31),
    )
    return Hygiene(**{**base, **changes})


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({}, ()),
        ({"last_note_at": None}, (CheckKey.NOTES,)),
        ({"last_note_at": CALL - timedelta(days=1)}, (CheckKey.NOTES,)),
        ({"last_note_at": None, "last_contact_has_outcome": True}, ()),
        ({"last_contact_at": None, "last_note_at": None}, (CheckKey.LOGGED,)),
        ({"last_contact_at": None, "last_note_at": None, "in_first_stage": True}, ()),
        ({"has_next_step": False}, (CheckKey.NEXT_STEP,)),
        ({"value_cents": 0}, (CheckKey.FIELDS,)),
        ({"expected_close": None}, (CheckKey.FIELDS,)),
        ({"expected_close": TODAY - timedelta(days=1)}, (CheckKey.FIELDS,)),
        ({"expected_close": TODAY}, ()),
    ],
    ids=[
        "all-hold",
        "no-note-after-contact",
        "note-before-contact",
        "outcome-counts-as-note",
        "never-contacted-past-first-stage",
        "new-lead-not-contacted-yet",
        "no-next-step",
        "no-value",
        "no-expected-close",
        "expected-close-passed",
        "expected-close-today",
    ],
)
def test_the_checklist_is_computed_from_the_data(changes, missing):
    assert evaluate(hygiene(**changes), today=TODAY).missing == missing


def test_the_fields_item_says_what_is_missing():
    item = evaluate(hygiene(value_cents=0, expected_close=None), today=TODAY).item(CheckKey.FIELDS)
    assert item.gaps == (FieldGap.VALUE, FieldGap.CLOSE)


def test_a_waived_item_counts_as_held_but_is_still_shown_unticked():
    listed = evaluate(hygiene(has_next_step=False), today=TODAY, waived={"next_step"})
    item = listed.item(CheckKey.NEXT_STEP)
    assert (item.held, item.waived, item.ok) == (False, True, True)
    assert listed.complete


def test_waivers_are_stored_in_checklist_order_and_unknown_keys_are_ignored():
    assert waived_text(["fields", CheckKey.NOTES]) == "notes,fields"
    assert parse_waived("fields,bogus,notes") == {CheckKey.NOTES, CheckKey.FIELDS}


def test_a_note_written_after_the_last_call_ticks_notes(session, now, today):
    deal_id = deal(session, days_ago(now, 9), "Boat", "Negotiation", client="Ivan")
    contact(session, deal_id, days_ago(now, 2), outcome="")
    plan(session, deal_id, today, now)
    assert checklist(session, deal_id, today=today).missing == (CheckKey.NOTES,)
    add_note(session, body="Wants it by spring", deal_id=deal_id, now=days_ago(now, 1))
    assert checklist(session, deal_id, today=today).complete


def test_checklists_of_many_deals_match_one_by_one(session, now, today):
    ids = [
        deal(session, days_ago(now, 9), f"Deal {i}", "Negotiation", client=f"C{i}", value=i)
        for i in range(3)
    ]
    contact(session, ids[1], days_ago(now, 1))
    plan(session, ids[2], today, now)
    many = checklists(session, ids, today=today)
    assert many == {i: checklist(session, i, today=today) for i in ids}
    assert many[ids[0]].missing == (CheckKey.LOGGED, CheckKey.NEXT_STEP, CheckKey.FIELDS)

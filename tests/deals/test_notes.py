from datetime import timedelta

import pytest

from funnel.customers.clients import create_client
from funnel.deals.notes import add_note, list_notes
from funnel.errors import NotFoundError, ValidationError
from funnel.owners import create_owner, list_owners
from tests.factories import make_deal


def test_a_deals_notes_come_newest_first(session, now):
    deal = make_deal(session, now)
    add_note(session, body="Called, no answer", deal_id=deal, now=now)
    add_note(session, body="Sent the proposal", deal_id=deal, now=now + timedelta(hours=2))
    assert [n.body for n in list_notes(session, deal_id=deal)] == [
        "Sent the proposal",
        "Called, no answer",
    ]


def test_a_note_is_stored_trimmed_with_its_moment_in_utc(session, now):
    deal = make_deal(session, now)
    note = add_note(session, body="  Wants a discount \n", deal_id=deal, now=now)
    assert note.body == "Wants a discount"
    assert note.created_at == now.replace(tzinfo=None)


def test_client_notes_are_kept_apart_from_deal_notes(session, now):
    deal = make_deal(session, now)
    client = create_client(session, name="Boris", now=now)
    add_note(session, body="On the deal", deal_id=deal, now=now)
    add_note(session, body="On the client", client_id=client, now=now)
    assert [n.body for n in list_notes(session, client_id=client)] == ["On the client"]


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"body": "   ", "deal_id": "deal"}, ValidationError, "cannot be empty"),
        ({"body": "Hello"}, ValidationError, "deal or a client"),
        ({"body": "Hello", "deal_id": 999}, NotFoundError, "no deal with id 999"),
        ({"body": "Hello", "client_id": 999}, NotFoundError, "no client with id 999"),
    ],
)
def test_a_note_needs_text_and_somewhere_to_live(session, now, kwargs, error, message):
    if kwargs.get("deal_id") == "deal":
        kwargs = {**kwargs, "deal_id": make_deal(session, now)}
    with pytest.raises(error, match=message):
        add_note(session, now=now, **kwargs)


def test_owners_list_the_default_owner_first(session):
    create_owner(session, "Alice", email="alice@example.com")
    assert [o.name for o in list_owners(session)] == ["Me", "Alice"]


def test_an_owner_name_is_taken_only_once(session):
    with pytest.raises(ValidationError, match="already an owner named 'me'"):
        create_owner(session, "me")

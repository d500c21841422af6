"""Merging duplicates moves everything to the survivor; undo restores every row."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from funnel.customers.clients import create_client, get_client
from funnel.customers.merge import merge_clients, undo_merge
from funnel.deals.notes import add_note
from funnel.deals.service import create_deal
from funnel.errors import NotFoundError, ValidationError
from funnel.followups.activities import add_activity
from funnel.store.models import (
    Activity,
    Client,
    ClientContact,
    ClientMerge,
    Deal,
    Note,
    Purchase,
)
from funnel.store.settings import set_setting

TABLES = (Client, ClientContact, Deal, Activity, Note, Purchase)


def snapshot(session):
    """Every row of every table a merge touches, as plain tuples: every column
    but `version`, the edit counter, which only goes up (see
    `test_undo_moves_the_edit_counter_on`)."""
    session.expire_all()
    state = {}
    for model in TABLES:
        columns = [c.key for c in model.__table__.columns if c.key != "version"]
        state[model.__tablename__] = sorted(
            tuple(getattr(row, c) for c in columns) for row in session.scalars(select(model))
        )
    return state


@pytest.fixture
def two_annas(session, now):
    set_setting(session, "profile.phone_region", "RU")
    keep = create_client(
        session,
        name="Anna Ivanova",
        phones=["+7 912 345-67-89"],
        tags=["vip"],
        notes="Prefers calls",
        now=now,
    )
    other = create_client(
        session,
        name="Анна Иванова",
        company="Romashka",
        phones=["8 912 345 67 89", "+7 495 111-22-33"],
        emails=["anna@example.com"],
        tags=["wholesale", "VIP"],
        birthday=date(1990, 5, 17),
        temperature="hot",
        notes="Met at the fair",
        now=now,
    )
    referred = create_client(session, name="Oleg", referred_by_id=other, now=now)
    deal = create_deal(session, title="Kitchen", client_id=other, value=500, now=now)
    session.add(
        Purchase(
            client_id=other,
            deal_id=deal,
            purchased_on=date(2026, 1, 5),
            amount_cents=12000,
            currency="RUB",
        )
    )
    add_activity(
        session,
        kind="call",
        subject="Call back",
        due_date=date(2026, 11, 25),
        deal_id=deal,
        now=now,
    )
    add_note(session, body="Wants a discount", client_id=other, now=now)
    session.flush()
    return keep, other, referred, deal


def test_merge_moves_every_row_and_archives_the_duplicate(session, now, two_annas):
    keep, other, referred, deal = two_annas

    result = merge_clients(session, keep, [other], now=now)

    survivor = get_client(session, keep)
    assert survivor.name == "Anna Ivanova"  # the survivor's own value by default
    assert survivor.company == "Romashka"  # it had none: the other's
    assert survivor.birthday == date(1990, 5, 17)
    assert survivor.temperature == "hot"
    assert survivor.tags == ("vip", "wholesale")  # united, "VIP" is "vip"
    assert survivor.notes == "Prefers calls\n\nMet at the fair"
    assert sorted(survivor.phones) == ["+7 495 111-22-33", "+7 912 345-67-89"]
    assert survivor.emails == ("anna@example.com",)
    assert session.get(Deal, deal).client_id == keep
    assert {p.client_id for p in session.scalars(select(Purchase))} == {keep}
    assert {a.client_id for a in session.scalars(select(Activity))} == {keep}
    assert {n.client_id for n in session.scalars(select(Note))} == {keep}
    assert session.get(Client, referred).referred_by_id == keep
    merged = session.get(Client, other)
    assert merged.archived and merged.merged_into_id == keep
    assert result.count("deal") == 1 and result.count("client_contact") == 2
    assert result.contacts_kept_apart == 1  # the same phone in another spelling
    assert "company" in result.changed_fields and "name" not in result.changed_fields
    record = session.get(ClientMerge, result.merge_id)
    assert record.survivor_id == keep and record.merged_id == other


def test_a_chosen_value_survives(session, now, two_annas):
    keep, other, _, _ = two_annas

    merge_clients(session, keep, [other], choices={"name": other, "notes": keep}, now=now)

    survivor = get_client(session, keep)
    assert survivor.name == "Анна Иванова"
    assert survivor.notes == "Prefers calls"


def test_undo_restores_every_row_exactly(session, now, two_annas):
    keep, other, _, _ = two_annas
    before = snapshot(session)

    result = merge_clients(session, keep, [other], choices={"name": other}, now=now)
    assert snapshot(session) != before
    undone = undo_merge(session, result.merge_id, now=now + timedelta(minutes=1))

    assert snapshot(session) == before
    assert undone.restored_ids == (other,)
    assert session.get(ClientMerge, result.merge_id).undone_at is not None
    with pytest.raises(NotFoundError):
        undo_merge(session, result.merge_id, now=now)


def test_undo_moves_the_edit_counter_on(session, now, two_annas):
    """A form opened on either client while they were merged must not save
    over the undo: the version goes on up, it is never handed out twice."""
    keep, other, _, _ = two_annas
    result = merge_clients(session, keep, [other], now=now)
    merged = {i: session.get(Client, i).version for i in (keep, other)}
    undo_merge(session, result.merge_id, now=now)
    session.expire_all()
    assert all(session.get(Client, i).version > v for i, v in merged.items())


def test_three_clients_merge_and_unmerge_at_once(session, now):
    ids = [
        create_client(session, name="Ivan Petrov", emails=[f"ivan{n}@example.com"], now=now)
        for n in range(3)
    ]
    deals = [
        create_deal(session, title=f"Deal {n}", client_id=i, now=now) for n, i in enumerate(ids)
    ]
    before = snapshot(session)

    result = merge_clients(session, ids[0], ids[1:], now=now)
    assert {session.get(Deal, d).client_id for d in deals} == {ids[0]}
    assert len(get_client(session, ids[0]).emails) == 3
    undo_merge(session, result.merge_id, now=now)

    assert snapshot(session) == before


@pytest.mark.parametrize(
    ("keep", "others", "choices"),
    [
        (0, [0], {}),  # into itself
        (0, [], {}),  # nobody
        (0, [1], {"colour": 1}),  # not a field
        (0, [1], {"name": 2}),  # a value from outside the merge
    ],
)
def test_bad_merges_are_refused_and_write_nothing(session, now, keep, others, choices):
    ids = [create_client(session, name=f"C{n}", now=now) for n in range(3)]
    before = snapshot(session)

    with pytest.raises(ValidationError):
        merge_clients(
            session, ids[keep], [ids[i] for i in others],
            choices={k: ids[v] for k, v in choices.items()}, now=now,
        )  # fmt: skip

    assert snapshot(session) == before


def test_a_merged_client_cannot_be_merged_again(session, now):
    a, b, c = (create_client(session, name=n, now=now) for n in "abc")
    merge_clients(session, a, [b], now=now)

    with pytest.raises(ValidationError, match="already merged"):
        merge_clients(session, c, [b], now=now)


def test_an_earlier_merge_waits_for_the_later_one(session, now):
    a, b, c = (create_client(session, name=n, now=now) for n in "abc")
    first = merge_clients(session, a, [b], now=now)
    merge_clients(session, a, [c], now=now)

    with pytest.raises(ValidationError, match="after it"):
        undo_merge(session, first.merge_id, now=now)

"""Proposed demotions: hot → warm → cold after N quiet days."""

from __future__ import annotations

from datetime import timedelta

import pytest

from funnel.cleanup.temperature import demotion_proposals, set_demotion_days
from funnel.errors import ValidationError
from funnel.store.models import Deal, Purchase
from tests.cleanup_data import contact, days_ago, deal


def client_of(session, deal_id):
    return session.get(Deal, deal_id).client_id


@pytest.mark.parametrize(("temperature", "cooler"), [("hot", "warm"), ("warm", "cold")])
def test_a_quiet_client_is_proposed_one_step_cooler(session, now, today, temperature, cooler):
    deal(session, days_ago(now, 90), "Old", "Negotiation", client="Quiet", temperature=temperature)
    found = demotion_proposals(session, today=today)
    assert [(d.client, d.from_temperature, d.to_temperature) for d in found] == [
        ("Quiet", temperature, cooler)
    ]


def test_cold_and_unrated_clients_are_not_proposed(session, now, today):
    deal(session, days_ago(now, 90), "A", "Negotiation", client="Cold", temperature="cold")
    deal(session, days_ago(now, 90), "B", "Negotiation", client="Unrated")
    assert demotion_proposals(session, today=today) == []


def test_an_activity_within_the_quiet_days_keeps_the_client_hot(session, now, today):
    busy = deal(session, days_ago(now, 90), "A", "Negotiation", client="Busy", temperature="hot")
    contact(session, busy, days_ago(now, 10))
    assert demotion_proposals(session, today=today) == []


def test_a_recent_purchase_keeps_the_client_hot(session, now, today):
    buyer = deal(session, days_ago(now, 90), "A", "Negotiation", client="Buyer", temperature="hot")
    session.add(
        Purchase(client_id=client_of(session, buyer), purchased_on=today - timedelta(days=5))
    )
    session.flush()
    assert demotion_proposals(session, today=today) == []


def test_a_new_client_is_not_proposed_before_n_days_have_passed(session, now, today):
    deal(session, days_ago(now, 5), "A", "New lead", client="Newbie", temperature="hot")
    assert demotion_proposals(session, today=today) == []


def test_the_number_of_quiet_days_is_a_setting(session, now, today):
    deal(session, days_ago(now, 20), "A", "Negotiation", client="Fairly quiet", temperature="hot")
    assert demotion_proposals(session, today=today) == []
    set_demotion_days(session, 14)
    assert [d.client for d in demotion_proposals(session, today=today)] == ["Fairly quiet"]
    with pytest.raises(ValidationError, match="1 to 3650"):
        set_demotion_days(session, 0)

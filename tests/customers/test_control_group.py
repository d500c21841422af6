"""A campaign's held-out group: drawn deterministically, never contacted, and
the result compares buyers among the contacted with buyers among them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from funnel.customers.campaign_export import recipients
from funnel.customers.campaign_report import campaign_members, campaign_report, list_campaigns
from funnel.customers.campaigns import CampaignSpec, create_campaign, record_outcome
from funnel.customers.control_group import held_out
from funnel.errors import ValidationError
from funnel.store.models import Activity
from funnel.store.models_campaigns import Campaign, CampaignMember
from tests.customers.buyers import buy, buyer

SLEEPY = {"kind": "cell", "cell": "f0r1"}


def sleepers(session, today, n: int) -> list[int]:
    return [buyer(session, f"C{i:02}", [40], today) for i in range(n)]


def held(session, campaign_id) -> set[int]:
    return set(
        session.scalars(
            select(CampaignMember.client_id).where(
                CampaignMember.campaign_id == campaign_id, CampaignMember.control.is_(True)
            )
        )
    )


def test_ten_per_cent_are_held_out_by_default_and_get_no_call(session, today, now):
    ids = sleepers(session, today, 20)
    built = create_campaign(session, CampaignSpec("Wake up", "calls", SLEEPY), today=today, now=now)
    control = held(session, built.campaign_id)
    assert (built.members, built.activities, built.held_out, len(control)) == (18, 18, 2, 2)
    called = set(session.scalars(select(Activity.client_id)))
    assert called.isdisjoint(control) and called | control == set(ids)
    # The draw is stored with its seed and can be made again exactly.
    campaign = session.get(Campaign, built.campaign_id)
    assert campaign.control_percent == 10
    assert held_out(ids, 10, seed=campaign.control_seed, round_=1) == control


def test_the_same_seed_draws_the_same_clients(session, today, now):
    ids = sleepers(session, today, 40)
    first = create_campaign(
        session, CampaignSpec("A", "mailing", SLEEPY, control_percent=25, control_seed=7),
        today=today, now=now,
    )  # fmt: skip
    second = create_campaign(
        session, CampaignSpec("B", "mailing", SLEEPY, control_percent=25, control_seed=7),
        today=today, now=now,
    )  # fmt: skip
    assert held(session, first.campaign_id) == held(session, second.campaign_id)
    assert len(held(session, first.campaign_id)) == 10
    assert held_out(ids, 25, seed=8, round_=1) != held(session, first.campaign_id)


def test_the_share_is_rounded_down(session, today, now):
    sleepers(session, today, 9)  # 10 % of 9 is 0.9: nobody is held out
    built = create_campaign(session, CampaignSpec("Wake up", "calls", SLEEPY), today=today, now=now)
    assert (built.members, built.held_out) == (9, 0)


def test_held_out_clients_are_not_exported_nor_listed_as_members(session, today, now):
    sleepers(session, today, 10)
    built = create_campaign(
        session, CampaignSpec("Mail", "mailing", SLEEPY, control_percent=30), today=today, now=now
    )
    control = held(session, built.campaign_id)
    assert len(control) == 3
    assert {r.client_id for r in recipients(session, built.campaign_id)}.isdisjoint(control)
    assert len(campaign_members(session, built.campaign_id)) == 7
    assert {m.client_id for m in campaign_members(session, built.campaign_id,
                                                  status="held_out")} == control  # fmt: skip
    assert list_campaigns(session)[0].members == 7


@pytest.mark.parametrize("percent", [-1, 51])
def test_a_share_outside_0_to_50_is_refused_and_nothing_is_written(session, today, now, percent):
    sleepers(session, today, 3)
    with pytest.raises(ValidationError, match="0 to 50 per cent"):
        create_campaign(
            session, CampaignSpec("X", "calls", SLEEPY, control_percent=percent),
            today=today, now=now,
        )  # fmt: skip
    assert session.scalar(select(func.count()).select_from(Campaign)) == 0


def test_the_result_compares_the_contacted_with_the_held_out(session, today, now):
    sleepers(session, today, 10)
    built = create_campaign(
        session, CampaignSpec("Wake up", "calls", SLEEPY, control_percent=40, result_days=10),
        today=today, now=now,
    )  # fmt: skip
    control = sorted(held(session, built.campaign_id))
    members = campaign_members(session, built.campaign_id)
    for m in members:
        record_outcome(session, m.activity_id, "contacted", now=now)
    # Two of the six called bought; one of the four held out bought on their own,
    # and another one too late to count.
    buy(session, members[0].client_id, today + timedelta(days=2), 80)
    buy(session, members[1].client_id, today + timedelta(days=3), 20)
    buy(session, control[0], today + timedelta(days=4), 50)
    buy(session, control[1], today + timedelta(days=11), 50)
    report = campaign_report(session, built.campaign_id, today=today + timedelta(days=20))
    assert (report.contacted, report.bought) == (6, 2)
    assert (report.control_clients, report.control_bought) == (4, 1)
    assert report.control_rate == 0.25 and report.small
    control_json = report.as_json()["control"]
    assert control_json == {"percent": 40, "clients": 4, "bought": 1, "rate": 0.25,
                            "revenue": "50.00", "small": True}  # fmt: skip

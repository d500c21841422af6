"""Campaigns: calls spread over days per owner, outcomes, results, rounds, exports."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from functools import partial

import pytest

from funnel.customers.campaign_export import export_recipients, mailto_link, recipients
from funnel.customers.campaign_report import campaign_members, campaign_report, list_campaigns
from funnel.customers.campaigns import (
    CampaignSpec,
    campaign_of_activity,
    create_campaign,
    record_outcome,
    revert_outcome,
    run_due_rounds,
)
from funnel.errors import ValidationError
from funnel.followups.activities import complete_activity
from funnel.store.models import Activity, Client, ClientContact, Owner
from tests.customers.buyers import buy, buyer

# These tests are about calls, outcomes and rounds: nobody held out (the
# control group has its own tests in test_control_group.py).
Spec = partial(CampaignSpec, control_percent=0)
SLEEPY = {"kind": "cell", "cell": "f0r1"}  # one purchase 31–90 days ago


def owners(session, *names: str) -> list[int]:
    ids = []
    for name in names:
        o = Owner(name=name)
        session.add(o)
        session.flush()
        ids.append(o.id)
    return ids


def calls(session, campaign_id):
    return [m for m in campaign_members(session, campaign_id)]


def test_calls_go_to_owners_in_turn_at_most_the_cap_a_day(session, today, now):
    for i in range(13):
        buyer(session, f"C{i:02}", [40], today)
    a, b = owners(session, "Ann", "Bob")
    built = create_campaign(
        session,
        Spec("Wake up", "calls", SLEEPY, owner_rule="in_turn", owner_ids=(a, b),
                     daily_cap=2, days=2),
        today=today, now=now,
    )  # fmt: skip
    assert (built.members, built.activities) == (13, 13)
    per_day = Counter(
        (r.owner_id, r.due_date) for r in session.query(Activity).filter(Activity.kind == "call")
    )
    assert max(per_day.values()) == 2  # never more than the cap
    assert Counter(owner for owner, _ in per_day.elements()) == {a: 7, b: 6}
    # 7 calls at 2 a day need 4 business days: past the 2 chosen, on to the next ones.
    ann_days = sorted(d for o, d in per_day if o == a)
    assert ann_days == [date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25),
                        date(2026, 11, 26)]  # fmt: skip


def test_calls_are_spread_evenly_over_the_chosen_days(session, today, now):
    for i in range(10):
        buyer(session, f"C{i}", [40], today)
    (a,) = owners(session, "Ann")
    create_campaign(
        session,
        Spec("Wake up", "calls", SLEEPY, owner_rule="in_turn", owner_ids=(a,),
                     daily_cap=20, days=5, first_day=date(2026, 11, 27)),
        today=today, now=now,
    )  # fmt: skip
    per_day = Counter(r.due_date for r in session.query(Activity))
    # Friday, then Monday to Thursday: weekends skipped, 2 a day.
    assert sorted(per_day) == [date(2026, 11, 27)] + [date(2026, 11, 30) + timedelta(days=i)
                                                      for i in range(4)]  # fmt: skip
    assert set(per_day.values()) == {2}


def test_each_client_owner_and_the_script_filled_in(session, today, now):
    (a,) = owners(session, "Ann")
    cid = buyer(session, "Olga Petrova", [40], today, amount=250)
    client = session.get(Client, cid)
    client.owner_id, client.language = a, "ru"
    templates = {"en": "Hi {first_name}", "ru": "Здравствуйте, {first_name}! {last_amount}"}
    spec = Spec("Wake up", "calls", SLEEPY, templates=templates)
    built = create_campaign(session, spec, today=today, now=now)
    activity = session.query(Activity).one()
    assert activity.owner_id == a and activity.client_id == cid
    assert activity.notes == "Здравствуйте, Olga! 250.00"
    assert campaign_of_activity(session, activity.id) == (built.campaign_id, "Wake up")


def test_bought_outcome_changes_progress_and_result_and_can_be_undone(session, today, now):
    for i in range(3):
        buyer(session, f"C{i}", [40], today)
    built = create_campaign(session, Spec("Wake up", "calls", SLEEPY), today=today, now=now)
    first = campaign_members(session, built.campaign_id)[0]
    before = campaign_report(session, built.campaign_id, today=today)
    assert (before.pending, before.contacted, before.bought) == (3, 0, 0)
    complete_activity(session, first.activity_id, now=now, outcome="ordered again")
    change = record_outcome(session, first.activity_id, "bought", now=now)
    after = campaign_report(session, built.campaign_id, today=today)
    assert after.by_status["bought"] == 1 and after.pending == 2
    assert (after.contacted, after.bought, after.rate) == (1, 1, 1.0)
    revert_outcome(session, change)
    assert campaign_report(session, built.campaign_id, today=today).bought == 0


def test_result_counts_purchases_within_the_window_after_contact(session, today, now):
    ids = [buyer(session, f"C{i}", [40], today) for i in range(2)]
    built = create_campaign(
        session, Spec("Wake up", "calls", SLEEPY, result_days=10), today=today, now=now
    )
    for m in campaign_members(session, built.campaign_id):
        record_outcome(session, m.activity_id, "contacted", now=now)
    buy(session, ids[0], today + timedelta(days=5), 70)
    buy(session, ids[1], today + timedelta(days=11), 90)  # too late to count
    report = campaign_report(session, built.campaign_id, today=today + timedelta(days=20))
    assert (report.contacted, report.bought, report.revenue) == (2, 1, Decimal("70.00"))


def test_rate_without_contact_is_the_same_set_one_window_earlier(session, today, now):
    # 40 days before the campaign's window start (today − 30) they were "falling
    # asleep" too; one of them bought on their own in the next 30 days.
    a = buyer(session, "A", [110], today)
    buyer(session, "B", [110], today)
    buy(session, a, today - timedelta(days=10), 50)
    buyer(session, "C", [40], today)
    built = create_campaign(session, Spec("Wake up", "calls", SLEEPY), today=today, now=now)
    report = campaign_report(session, built.campaign_id, today=today)
    assert (report.baseline_clients, report.baseline_bought) == (2, 1)


def test_a_monthly_campaign_rebuilds_its_list_without_calling_twice(session, today, now):
    buyer(session, "Early", [40], today)
    built = create_campaign(
        session,
        Spec("Monthly", "calls", SLEEPY, rrule="FREQ=MONTHLY"),
        today=today,
        now=now,
    )
    buyer(session, "Later", [10], today)  # falls asleep by next month
    next_month = today + timedelta(days=30)
    rounds = run_due_rounds(session, today=next_month, now=now)
    assert [r.round for r in rounds] == [2]
    names = {m.client for m in campaign_members(session, built.campaign_id) if m.round == 2}
    assert names == {"Later"}  # Early's first call is still open
    assert run_due_rounds(session, today=next_month, now=now) == []


def test_birthday_campaign_adds_yearly_reminders(session, today, now):
    cid = buyer(session, "Ann", [40], today)
    session.get(Client, cid).birthday = date(1990, 12, 5)
    buyer(session, "Bob", [40], today)
    built = create_campaign(
        session, Spec("Birthdays", "birthday", {"kind": "birthday"}), today=today, now=now
    )
    activity = session.query(Activity).one()
    assert (activity.due_date, activity.rrule) == (
        date(2026, 12, 5),
        "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5",
    )
    assert built.members == 1


def test_mailing_exports_and_mailto(session, today, now, tmp_path):
    cid = buyer(session, "Ann", [40], today)
    session.add(
        ClientContact(
            client_id=cid, kind="email", value="ann@example.com", search="ann@example.com"
        )
    )
    session.flush()
    built = create_campaign(
        session, Spec("News", "mailing", SLEEPY, templates={"en": "Dear {name}"}),
        today=today, now=now,
    )  # fmt: skip
    people = recipients(session, built.campaign_id)
    assert people[0].message == "Dear Ann"
    for fmt in ("csv", "xlsx", "vcf"):
        assert export_recipients(people, tmp_path / f"out.{fmt}") == 1
    assert "ann@example.com" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "EMAIL;TYPE=INTERNET:ann@example.com" in (tmp_path / "out.vcf").read_text()
    assert mailto_link(people, "Hello").startswith("mailto:?bcc=ann@example.com&subject=Hello")
    assert list_campaigns(session)[0].members == 1


@pytest.mark.parametrize(
    "spec",
    [
        Spec("", "calls", SLEEPY),
        Spec("X", "fax", SLEEPY),
        Spec("X", "calls", {"kind": "cell", "cell": "f9r9"}),
        Spec("X", "calls", SLEEPY, owner_rule="in_turn"),
        Spec("X", "calls", SLEEPY, daily_cap=0),
        Spec("X", "calls", SLEEPY, rrule="FREQ=SOMETIMES"),
    ],
)
def test_bad_campaigns_are_refused_and_write_nothing(session, today, now, spec):
    buyer(session, "Ann", [40], today)
    with pytest.raises(ValidationError):
        create_campaign(session, spec, today=today, now=now)
    assert session.query(Activity).count() == 0

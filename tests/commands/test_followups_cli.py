import json
from datetime import date, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from funnel.commands.cli import main
from funnel.followups.activities import add_activity
from funnel.followups.escalation import set_escalation
from funnel.store.models import Owner
from tests.factories import make_deal


@pytest.fixture
def run(db, db_path, capsys):
    """Run `funnel --db <tmp> ...` on an existing file (commands that only
    read refuse a missing one); return (exit code, stdout, stderr)."""

    def _run(*args):
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_stalled_lists_deals_worst_first_as_json(run, db, now):
    with db.begin() as s:
        lead = make_deal(s, now - timedelta(days=5), "Late lead")  # 3-day stage: 2 over
        talk = make_deal(s, now - timedelta(days=20), "Long talk", stage="Negotiation")  # 6 over
        make_deal(s, now, "Fresh")
    code, out, _ = run("stalled", "--json", "--today", "2026-11-23")
    rows = json.loads(out)
    assert code == 0
    assert [(r["id"], r["days_over"]) for r in rows] == [(talk, 6), (lead, 2)]
    assert {"title", "pipeline", "stage", "days_in_stage", "rot_days", "no_next_step"} <= set(
        rows[0]
    )
    code, out, _ = run("stalled", "--today", "2026-11-23", "--pipeline", "Future sales")
    assert code == 0 and "(none)" in out


def test_park_then_unpark_from_the_command_line(run, db, now):
    with db.begin() as s:
        deal = make_deal(s, now, "Kitchen set", stage="Proposal sent")
    code, out, _ = run(
        "park", str(deal), "--months", "1", "--note", "Budget in March", "--today", "2027-01-31"
    )
    assert code == 0 and "until 2027-02-28" in out
    code, out, _ = run("future", "--json", "--today", "2027-03-02")
    overdue = next(g for g in json.loads(out) if g["group"] == "overdue")
    assert [d["id"] for d in overdue["deals"]] == [deal]
    code, out, _ = run("unpark", str(deal), "--json", "--today", "2027-03-02")
    assert code == 0 and json.loads(out)["stage"] == "Proposal sent"
    code, out, _ = run("history", str(deal), "--json", "--today", "2027-03-02")
    assert [h["kind"] for h in json.loads(out)] == ["created", "parked", "unparked"]


def test_unpark_into_a_named_stage(run, db, now):
    with db.begin() as s:
        deal = make_deal(s, now, stage="Proposal sent")
    run("park", str(deal), "--until", "2027-01-10", "--today", "2026-11-23")
    code, out, _ = run("unpark", str(deal), "--stage", "negotiation")
    assert code == 0 and "Negotiation" in out


@pytest.mark.parametrize(
    "args, message",
    [
        (("park", "{deal}", "--until", "2026-11-01", "--today", "2026-11-23"), "not after today"),
        (("park", "{deal}", "--until", "1 March"), "not a date of the form YYYY-MM-DD"),
        (("activity", "add", "--deal", "{deal}", "--kind", "call", "--due", "2026-02-30",
          "--subject", "Call"), "--due '2026-02-30' is not a date"),
        (("activity", "add", "--deal", "{deal}", "--kind", "call", "--due", "2026-12-01T25:00",
          "--subject", "Call"), "no valid time"),
        (("activity", "add", "--deal", "{deal}", "--kind", "call", "--due", "2026-12-01",
          "--subject", "Call", "--rrule", "FREQ=SOMETIMES"), "not a valid recurrence rule"),
        (("activity", "add", "--deal", "{deal}", "--kind", "visit", "--due", "2026-12-01",
          "--subject", "Call"), "call, email, meeting or task"),
        (("done", "999"), "no activity with id 999"),
        (("unpark", "{deal}"), "is not parked"),
    ],
)  # fmt: skip
def test_bad_input_exits_1_with_one_line(run, db, now, args, message):
    with db.begin() as s:
        deal = make_deal(s, now)
    code, _out, err = run(*(a.format(deal=deal) for a in args))
    assert code == 1
    assert message in err
    assert err.count("\n") == 1


def test_add_a_follow_up_finish_it_and_get_the_next_one(run, db, now):
    with db.begin() as s:
        deal = make_deal(s, now)
    code, out, _ = run(
        "activity", "add", "--deal", str(deal), "--kind", "call", "--due", "2026-11-23T10:30",
        "--subject", "Weekly call", "--rrule", "FREQ=WEEKLY;BYDAY=MO", "--json",
    )  # fmt: skip
    added = json.loads(out)
    assert code == 0
    assert (added["due_date"], added["due_time"], added["rrule"]) == (
        "2026-11-23",
        "10:30",
        "FREQ=WEEKLY;BYDAY=MO",
    )
    code, out, _ = run(
        "done", str(added["id"]), "--outcome", "Reached", "--json", "--today", "2026-11-23"
    )
    done = json.loads(out)
    assert code == 0 and done["outcome"] == "Reached"
    assert (done["next"]["due_date"], done["next"]["due_time"]) == ("2026-11-30", "10:30")
    code, out, _ = run("activity", "list", "--deal", str(deal), "--json")
    assert [a["done_at"] is None for a in json.loads(out)] == [True, False]


def test_snooze_to_tomorrow_morning(run, db, now):
    with db.begin() as s:
        activity = add_activity(
            s, kind="task", subject="Send the price", due_date=date(2026, 11, 23),
            deal_id=make_deal(s, now), now=now,
        )  # fmt: skip
    code, out, _ = run(
        "snooze", str(activity), "--to", "tomorrow", "--json", "--today", "2026-11-23"
    )
    assert code == 0
    assert (json.loads(out)["due_date"], json.loads(out)["due_time"]) == ("2026-11-24", "09:00")


def test_agenda_json_shows_what_today_shows(run, db, now):
    with db.begin() as s:
        deal = make_deal(s, now - timedelta(days=10), "Forgotten lead")
        add_activity(
            s, kind="call", subject="Late call", due_date=date(2026, 11, 20), deal_id=deal, now=now
        )
    code, out, _ = run("agenda", "--json", "--today", "2026-11-23", "--days", "3")
    data = json.loads(out)
    assert code == 0
    assert data["counts"] == {"overdue": 1, "today": 0, "upcoming": 0, "returning": 0, "stalled": 1}
    assert data["overdue"][0]["subject"] == "Late call"
    code, out, _ = run("agenda", "--today", "2026-11-23")
    assert code == 0 and "Overdue (1)" in out and "Stalled (1)" in out


def test_export_ics_writes_a_calendar_and_will_not_overwrite(run, db, now, tmp_path):
    with db.begin() as s:
        add_activity(
            s, kind="meeting", subject="Demo", due_date=date(2026, 12, 1),
            deal_id=make_deal(s, now), now=now,
        )  # fmt: skip
    target = tmp_path / "follow-ups.ics"
    code, out, _ = run("export-ics", str(target))
    assert code == 0 and "1 activities" in out
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]).startswith("Demo")
    code, _, err = run("export-ics", str(target))
    assert code == 1 and "--force" in err


def test_escalate_hands_over_long_overdue_follow_ups(run, db, now):
    with db.begin() as s:
        s.add(Owner(name="Boris", is_default=False, active=True))
        s.flush()
        backup = s.scalar(select(Owner.id).where(Owner.name == "Boris"))
        set_escalation(s, after_days=2, backup_owner_id=backup)
        add_activity(
            s, kind="call", subject="Call back", due_date=date(2026, 11, 10),
            deal_id=make_deal(s, now), now=now,
        )  # fmt: skip
    code, out, _ = run("escalate", "--json", "--today", "2026-11-23")
    [escalated] = json.loads(out)
    assert code == 0 and (escalated["to_owner_id"], escalated["days_overdue"]) == (backup, 13)
    code, out, _ = run("escalate", "--json", "--today", "2026-11-23")
    assert json.loads(out) == []

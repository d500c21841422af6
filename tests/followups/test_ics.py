from datetime import date, datetime, time, timedelta

from icalendar import Calendar

from funnel.customers.clients import create_client
from funnel.deals.service import create_deal
from funnel.followups.activities import add_activity, complete_activity
from funnel.followups.ics import export_ics
from funnel.followups.recurrence import monthly_rule


def events(data: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def make_follow_ups(session, now, today):
    client = create_client(
        session, name="Anna Ivanova", phones=["+7 912 345-67-89"], emails=["anna@example.com"],
        now=now,
    )  # fmt: skip
    deal = create_deal(session, title="Kitchen set", client_id=client, now=now)

    def add(subject, due, **kw):
        return add_activity(
            session, kind=kw.pop("kind", "call"), subject=subject, due_date=due, deal_id=deal,
            now=now, **kw,
        )  # fmt: skip

    return {
        "timed": add("Call about the offer", today, due_time=time(14, 30)),
        "all_day": add("Send the contract", today + timedelta(days=2), kind="email"),
        "monthly": add("Monthly check-in", date(2027, 1, 31), rrule=monthly_rule(31)),
        "overdue": add("Late call", today - timedelta(days=5)),
        "done": add("Finished call", today - timedelta(days=1)),
    }


def test_the_calendar_file_parses_back_with_events_rules_and_alarms(session, now, today):
    ids = make_follow_ups(session, now, today)
    complete_activity(session, ids["done"], now=now, outcome="Agreed")
    found = events(export_ics(session, now=now, today=today))
    assert set(found) == {
        f"activity-{ids[k]}@funnel" for k in ("timed", "all_day", "monthly", "overdue")
    }

    timed = found[f"activity-{ids['timed']}@funnel"]
    assert timed.decoded("DTSTART") == datetime(2026, 11, 23, 14, 30)  # floating local time
    assert str(timed["SUMMARY"]) == "Call about the offer — Anna Ivanova"
    assert "Phone: +7 912 345-67-89" in str(timed["DESCRIPTION"])
    [alarm] = timed.walk("VALARM")
    assert (str(alarm["ACTION"]), alarm.decoded("TRIGGER")) == ("DISPLAY", -timedelta(minutes=15))

    all_day = found[f"activity-{ids['all_day']}@funnel"]
    assert all_day.decoded("DTSTART") == date(2026, 11, 25)
    assert all_day.walk("VALARM")[0].decoded("TRIGGER") == timedelta(hours=9)

    monthly = found[f"activity-{ids['monthly']}@funnel"]
    assert monthly["RRULE"].to_ical().decode().count("BYSETPOS=-1") == 1
    assert monthly.walk("VALARM")

    # A one-off already past would ring the moment it is imported: no alarm.
    assert found[f"activity-{ids['overdue']}@funnel"].walk("VALARM") == []


def test_done_follow_ups_are_exported_only_when_asked(session, now, today):
    ids = make_follow_ups(session, now, today)
    complete_activity(session, ids["done"], now=now, outcome="Agreed")
    found = events(export_ics(session, now=now, today=today, include_done=True))
    done = found[f"activity-{ids['done']}@funnel"]
    assert "Done: Agreed" in str(done["DESCRIPTION"])
    assert done.walk("VALARM") == []


def test_an_empty_calendar_is_still_a_valid_file(session, now, today):
    cal = Calendar.from_ical(export_ics(session, now=now, today=today))
    assert (str(cal["VERSION"]), cal.walk("VEVENT")) == ("2.0", [])

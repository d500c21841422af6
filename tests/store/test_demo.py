"""`funnel demo`: generated data a salesperson would believe, consistent with
the rules the rest of Funnel relies on."""

from __future__ import annotations

import itertools
import json
import re
from datetime import date, datetime, time

import pytest
from sqlalchemy import Date, DateTime, Time, func, select
from sqlalchemy.dialects import sqlite

from funnel.commands.cli import main
from funnel.demo import generate_demo
from funnel.demo.maker import fate_counts
from funnel.demo.writer import clock_time, day, ts
from funnel.pipeline.pipelines import first_pipeline
from funnel.store.db import open_database
from funnel.store.integrity import check_database
from funnel.store.models import (
    Activity,
    Client,
    ClientContact,
    CloseReason,
    Deal,
    Pipeline,
    PipelineKind,
    Purchase,
    ReasonKind,
    Stage,
    StageChange,
)
from tests.conftest import NOW, TODAY

DEALS = 1000


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo file of DEALS deals, shared by the tests that only read it."""
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3", now=NOW)
    result = generate_demo(database, deals=DEALS, seed=3, now=NOW)
    yield database, result
    database.close()


@pytest.fixture
def demo_session(demo):
    database, _ = demo
    with database.begin() as s:
        yield s


def _table(session, *columns, where=None):
    query = select(*columns).order_by(*columns[:1])
    return session.execute(query if where is None else query.where(where)).all()


def test_a_tenth_of_the_deals_are_open_on_the_main_board(demo, demo_session):
    _, result = demo
    main_id = first_pipeline(demo_session).id
    open_main = demo_session.scalar(
        select(func.count()).where(Deal.pipeline_id == main_id, Deal.status == "open")
    )
    assert result.deals == DEALS == demo_session.scalar(select(func.count(Deal.id)))
    assert open_main == result.open_deals == DEALS // 10


def test_most_deals_are_history_of_the_last_two_years(demo_session):
    by_status = dict(
        demo_session.execute(select(Deal.status, func.count()).group_by(Deal.status)).all()
    )
    oldest = demo_session.scalar(select(func.min(Deal.closed_at)))
    assert by_status["won"] + by_status["lost"] + by_status["archived"] > 0.8 * DEALS
    assert by_status["lost"] > by_status["won"] > by_status["archived"] > 0
    assert (NOW.date() - oldest.date()).days <= 731


def test_a_wholesale_pipeline_with_its_own_stages_has_open_deals(demo, demo_session):
    _, result = demo
    wholesale = demo_session.scalar(select(Pipeline).where(Pipeline.name == "Wholesale"))
    open_there = demo_session.scalar(
        select(func.count()).where(Deal.pipeline_id == wholesale.id, Deal.status == "open")
    )
    assert wholesale.stages[0].name == "Request"
    assert open_there == result.wholesale_open > 0


def test_about_one_client_per_one_and_a_half_deals(demo, demo_session):
    _, result = demo
    clients = demo_session.scalar(select(func.count(Client.id)))
    repeat = demo_session.scalar(
        select(func.count()).select_from(
            select(Deal.client_id).group_by(Deal.client_id).having(func.count() > 1).subquery()
        )
    )
    assert clients == result.clients
    assert 1.3 < DEALS / clients < 1.7
    assert repeat > 0.1 * clients


def test_open_deals_funnel_shape_and_some_stalled(demo_session):
    main = first_pipeline(demo_session)
    rows = _table(
        demo_session, Deal.stage_id, Deal.stage_entered_at, Stage.rot_days,
        where=(Deal.pipeline_id == main.id) & (Deal.status == "open") & (Stage.id == Deal.stage_id),
    )  # fmt: skip
    per_stage = [sum(1 for r in rows if r.stage_id == s.id) for s in main.stages]
    stalled = sum(1 for r in rows if (TODAY - r.stage_entered_at.date()).days > r.rot_days)
    assert per_stage[0] > per_stage[-1] > 0
    assert 0.1 <= stalled / len(rows) <= 0.3


def test_every_open_deal_entered_its_stage_at_its_last_change(demo_session):
    last_change = (
        select(StageChange.deal_id, func.max(StageChange.changed_at).label("at"))
        .group_by(StageChange.deal_id)
        .subquery()
    )
    rows = demo_session.execute(
        select(Deal.stage_entered_at, last_change.c.at)
        .join(last_change, last_change.c.deal_id == Deal.id)
        .where(Deal.status == "open")
    ).all()
    assert len(rows) == demo_session.scalar(select(func.count()).where(Deal.status == "open"))
    assert all(entered == at for entered, at in rows)


def test_history_starts_with_created_and_reads_forward(demo_session):
    changes = _table(
        demo_session, StageChange.deal_id, StageChange.id, StageChange.kind,
        StageChange.changed_at, StageChange.from_stage_id, StageChange.to_stage_id,
    )  # fmt: skip
    by_deal: dict[int, list] = {}
    for c in sorted(changes, key=lambda c: (c.deal_id, c.id)):
        by_deal.setdefault(c.deal_id, []).append(c)
    assert len(by_deal) == DEALS
    for history in by_deal.values():
        assert history[0].kind == "created"
        moments = [c.changed_at for c in history]
        assert moments == sorted(moments) and len(set(moments)) == len(moments)
        for before, after in itertools.pairwise(history):
            assert after.from_stage_id == before.to_stage_id


def test_closed_deals_end_with_their_closing_change_and_lost_ones_say_why(demo_session):
    lost = CloseReason.kind == ReasonKind.LOST
    reasons = set(demo_session.scalars(select(CloseReason.text).where(lost)))
    last = {
        deal_id: kind
        for deal_id, kind in demo_session.execute(
            select(StageChange.deal_id, StageChange.kind).order_by(StageChange.id)
        )
    }
    for deal_id, status, reason, closed_at in _table(
        demo_session, Deal.id, Deal.status, Deal.lost_reason, Deal.closed_at,
        where=Deal.status != "open",
    ):  # fmt: skip
        assert last[deal_id] == status
        assert closed_at is not None
        assert (reason in reasons) if status == "lost" else reason is None


def test_parked_deals_have_return_dates_and_remember_their_stage(demo, demo_session):
    _, result = demo
    future = first_pipeline(demo_session, PipelineKind.FUTURE)
    parked = demo_session.scalars(
        select(Deal).where(Deal.pipeline_id == future.id, Deal.status == "open")
    ).all()
    assert len(parked) == result.parked > 0
    for deal in parked:
        back = demo_session.get(Stage, deal.return_stage_id)
        assert back.pipeline_id == deal.return_pipeline_id != future.id
        assert -22 <= (deal.return_on - TODAY).days <= 184
    assert min(d.return_on for d in parked) < TODAY < max(d.return_on for d in parked)


def test_open_deals_have_follow_ups_some_overdue_some_none(demo_session):
    open_ids = set(demo_session.scalars(select(Deal.id).where(Deal.status == "open")))
    acts = _table(
        demo_session, Activity.deal_id, Activity.due_date, Activity.done_at, Activity.outcome,
        where=Activity.deal_id.in_(open_ids),
    )  # fmt: skip
    pending = [a for a in acts if a.done_at is None]
    with_next = {a.deal_id for a in pending}
    assert 1.5 < len(acts) / len(open_ids) < 3
    assert any(a.due_date < TODAY for a in pending)
    assert any(a.due_date == TODAY for a in pending)
    assert any(a.due_date > TODAY for a in pending)
    assert 0.05 < 1 - len(with_next) / len(open_ids) < 0.35
    assert all(a.outcome and a.done_at <= NOW.replace(tzinfo=None) for a in acts if a.done_at)


def test_some_follow_ups_repeat(demo_session):
    rules = demo_session.scalars(select(Activity.rrule).where(Activity.rrule.is_not(None))).all()
    assert rules and all(r.startswith("FREQ=") for r in rules)


PHONE_FORMATS = (
    r"\+7 9\d\d \d{3}-\d\d-\d\d",
    r"\+7 495 \d{3}-\d\d-\d\d",
    r"\+55 \d\d 9\d{4}-\d{4}",
    r"\+55 \d\d [23]\d{3}-\d{4}",
    r"\+1 \(\d{3}\) [2-9]\d\d-\d{4}",
)


def test_phones_are_in_national_formats_and_searchable_by_digits(demo_session):
    phones = _table(
        demo_session, ClientContact.value, ClientContact.search,
        where=ClientContact.kind == "phone",
    )  # fmt: skip
    assert phones
    for value, search in phones:
        assert any(re.fullmatch(f, value) for f in PHONE_FORMATS), value
        assert search == re.sub(r"\D", "", value)


def test_emails_are_lower_case_ascii_on_reserved_domains(demo_session):
    emails = demo_session.scalars(
        select(ClientContact.value).where(ClientContact.kind == "email")
    ).all()
    assert emails
    for email in emails:
        assert re.fullmatch(r"[a-z0-9.\-]+@([a-z0-9\-]+\.)?example\.(com|org|net)", email), email


def test_names_are_in_three_languages_with_one_currency(demo_session):
    names = demo_session.scalars(select(Client.name)).all()
    cyrillic = sum(1 for n in names if re.search("[а-яё]", n, re.I))
    currencies = dict(
        demo_session.execute(select(Deal.currency, func.count()).group_by(Deal.currency)).all()
    )
    assert 0.3 < cyrillic / len(names) < 0.5
    assert set(currencies) == {"USD"}  # the file's currency: totals add up


def test_a_fifth_of_the_buyers_bring_most_of_the_revenue(demo_session):
    for currency in ("USD",):
        revenue = demo_session.scalars(
            select(func.sum(Purchase.amount_cents))
            .where(Purchase.currency == currency)
            .group_by(Purchase.client_id)
            .order_by(func.sum(Purchase.amount_cents).desc())
        ).all()
        top = revenue[: len(revenue) // 5]
        assert 0.65 < sum(top) / sum(revenue) < 0.92, currency


def test_won_deals_are_purchases_on_their_close_date(demo_session):
    won = _table(
        demo_session, Deal.id, Deal.value_cents, Deal.closed_at, where=Deal.status == "won"
    )
    purchases = {
        p.deal_id: p
        for p in demo_session.scalars(select(Purchase).where(Purchase.deal_id.is_not(None)))
    }
    assert len(purchases) == len(won)
    for deal_id, cents, closed_at in won:
        assert purchases[deal_id].amount_cents == cents
        assert purchases[deal_id].purchased_on == closed_at.date()


def test_the_file_passes_the_integrity_check(demo_session):
    assert check_database(demo_session) == []


@pytest.mark.parametrize(
    "value, column_type",
    [
        (datetime(2026, 11, 23, 9, 5, 7), DateTime()),
        (datetime(2026, 1, 2, 3, 4, 5, 678), DateTime()),
        (date(2026, 2, 28), Date()),
        (time(14, 30), Time()),
    ],
)
def test_bulk_values_are_stored_as_sqlalchemy_stores_them(value, column_type):
    write = {DateTime: ts, Date: day, Time: clock_time}[type(column_type)]
    dialect = sqlite.dialect()
    assert write(value) == column_type.dialect_impl(dialect).bind_processor(dialect)(value)


def _snapshot(path) -> list:
    database = open_database(path, now=NOW)
    generate_demo(database, deals=200, seed=11, now=NOW)
    with database.begin() as s:
        rows = [
            s.execute(select(*table.__table__.c).order_by(table.id)).all()
            for table in (Client, ClientContact, Deal, StageChange, Activity, Purchase)
        ]
    database.close()
    return rows


def test_the_same_seed_and_day_give_the_same_data(tmp_path):
    assert _snapshot(tmp_path / "a.sqlite3") == _snapshot(tmp_path / "b.sqlite3")


def test_fate_counts_are_exact_and_scale_with_the_number_of_deals():
    assert fate_counts(100_000, wholesale=True, future=True)[0] == 10_000
    assert sum(fate_counts(7, wholesale=True, future=True)) == 7
    assert fate_counts(1, wholesale=True, future=True) == [1, 0, 0, 0, 0, 0]


@pytest.fixture
def run(db_path, capsys):
    def _run(*args):
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_demo_refuses_a_database_with_deals_unless_appending(run):
    assert run("demo", "--deals", "300", "--today", "2026-11-23")[0] == 0
    code, _out, err = run("demo", "--deals", "300")
    assert code == 1 and "--append" in err and err.count("\n") == 1
    code, out, _ = run("demo", "--deals", "300", "--append", "--json")
    assert code == 0 and json.loads(out)["deals"] == 300
    assert json.loads(run("summary", "--json")[1])["stages"][0]["count"] > 0


def test_deals_json_lists_the_demo_board(run):
    run("demo", "--deals", "300", "--today", "2026-11-23")
    code, out, _ = run("deals", "--json", "--pipeline", "Current sales", "--today", "2026-11-23")
    deals = json.loads(out)
    assert code == 0 and len(deals) == 30
    assert all(d["status"] == "open" and d["client"] for d in deals)


@pytest.mark.parametrize("deals", ["0", "-5", "abc", "5000001", "1.5"])
def test_demo_wants_a_sensible_number_of_deals(run, deals):
    code, _out, err = run("demo", "--deals", deals)
    assert code == 1 and "whole number from 1 to 5,000,000" in err

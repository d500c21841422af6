from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

import funnel.imports.writer as writer
from funnel.errors import ValidationError
from funnel.imports.csvfile import parse_bytes
from funnel.imports.currency import HOME_CURRENCY_KEY
from funnel.imports.deals import (
    ImportCancelled,
    ImportOptions,
    apply_import,
    auto_map,
    plan_import,
)
from funnel.pipeline.pipelines import create_pipeline, first_pipeline
from funnel.store.integrity import check_database
from funnel.store.models import Client, Deal, Owner, Pipeline, Purchase, Stage, StageChange
from funnel.store.settings import set_setting
from tests.factories import make_deal, stage_id

AMO_HEADER = (
    "ID;Название сделки;Бюджет ;Ответственный;Дата создания сделки;Дата закрытия;Теги;"
    "Этап сделки;Воронка;Полное имя контакта;Компания контакта;Компания;Источник;"
    "Товар;Источник"
)
AMO_ROWS = [
    "101;Кухня «Модерн»;150 000;Иван Петров;01.03.2017;не закрыта;;Первичный контакт;"
    "Воронка;Анна Иванова;;ООО Ромашка;сайт;Кухня;vk",
    "102;Шкаф-купе;45000,50;Иван Петров;22.03.2022 13:32:57;25.03.2022 10:00:00;;"
    "Успешно реализовано;Воронка;анна иванова;;;сайт;Шкаф;",
    "103;Стол;12000;Мария;2017-03-01;05.04.2017;;Закрыто и не реализовано;Воронка;Борис;;;;;",
    "104;Диван;30000;Мария;02.03.2017;не закрыта;;Переговоры;Воронка;;;ООО Ромашка;;;",
]


@pytest.fixture(autouse=True)
def home_currency(db):
    """The person chose dollars at first start; a test may choose otherwise."""
    with db.begin() as s:
        set_setting(s, HOME_CURRENCY_KEY, "USD")


def table_of(text: str, encoding: str = "utf-8", name: str = "deals.csv"):
    return parse_bytes(text.encode(encoding), name=name)


def deals_by_title(session) -> dict[str, Deal]:
    return {d.title: d for d in session.scalars(select(Deal))}


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def import_text(session, now, text, mapping=None, **options):
    plan = plan_import(session, table_of(text), mapping, ImportOptions(**options))
    result = apply_import(session, plan, now=now)
    return plan, result


# -- recognising exports ------------------------------------------------------


@pytest.mark.parametrize(
    "columns, expected",
    [
        (
            ["Deal - Title", "Deal - Value", "Deal - Currency", "Deal - Stage", "Deal - Status",
             "Deal - Pipeline", "Deal - Owner", "Deal - Organization", "Deal - Contact person",
             "Deal - Deal created", "Deal - Won time", "Deal - Last stage change"],
            {"title": "Deal - Title", "value": "Deal - Value", "currency": "Deal - Currency",
             "stage": "Deal - Stage", "status": "Deal - Status", "pipeline": "Deal - Pipeline",
             "owner": "Deal - Owner", "company": "Deal - Organization",
             "client": "Deal - Contact person", "created": "Deal - Deal created",
             "closed": "Deal - Won time", "stage_entered": "Deal - Last stage change"},
        ),
        (
            ["Название сделки", "Бюджет", "Ответственный", "Дата создания сделки",
             "Дата закрытия", "Этап сделки", "Воронка", "Полное имя контакта",
             "Компания контакта", "Компания"],
            {"title": "Название сделки", "value": "Бюджет", "owner": "Ответственный",
             "created": "Дата создания сделки", "closed": "Дата закрытия",
             "stage": "Этап сделки", "pipeline": "Воронка", "client": "Полное имя контакта",
             "company": "Компания"},
        ),
        (
            ["Título", "Valor (R$)", "Etapa", "Funil", "Cliente", "Empresa", "Responsável",
             "Data de criação", "Data de fechamento", "Status", "Moeda"],
            {"title": "Título", "value": "Valor (R$)", "stage": "Etapa", "pipeline": "Funil",
             "client": "Cliente", "company": "Empresa", "owner": "Responsável",
             "created": "Data de criação", "closed": "Data de fechamento", "status": "Status",
             "currency": "Moeda"},
        ),
        (
            ["Title", "Amount", "Stage", "Customer", "Created at", "Closed on", "Notes"],
            {"title": "Title", "value": "Amount", "stage": "Stage", "client": "Customer",
             "created": "Created at", "closed": "Closed on"},
        ),
    ],
    ids=["pipedrive", "amocrm", "portuguese", "english"],
)  # fmt: skip
def test_known_headers_are_mapped_to_fields(columns, expected):
    assert auto_map(columns) == expected


def test_a_repeated_column_is_not_mapped_over_the_first():
    assert auto_map(["Title", "Stage", "Stage (2)"])["stage"] == "Stage"


def test_amocrm_export_in_windows_1251_is_imported(session, now):
    set_setting(session, HOME_CURRENCY_KEY, "RUB")
    text = "\r\n".join([AMO_HEADER, *AMO_ROWS]) + "\r\n"
    table = parse_bytes(text.encode("cp1251"), name="amocrm_export.csv")
    assert table.encoding == "cp1251" and table.delimiter == ";"
    assert "Источник (2)" in table.columns

    plan = plan_import(session, table)
    assert plan.errors == ()
    assert plan.mapping["value"] == "Бюджет"
    assert plan.by_status == {"open": 2, "won": 1, "lost": 1}
    result = apply_import(session, plan, now=now)

    assert result.deals == 4 and result.purchases == 1
    deals = deals_by_title(session)
    kitchen = deals["Кухня «Модерн»"]
    assert kitchen.value_cents == 15_000_000 and kitchen.currency == "RUB"
    assert plan.currency == "RUB"
    assert kitchen.status == "open" and kitchen.closed_at is None
    assert kitchen.created_at == datetime(2017, 3, 1, 12, 0)
    assert kitchen.client.name == "Анна Иванова"
    assert kitchen.client.company == "ООО Ромашка"
    assert kitchen.owner.name == "Иван Петров"
    wardrobe = deals["Шкаф-купе"]
    assert wardrobe.status == "won"
    assert wardrobe.closed_at == datetime(2022, 3, 25, 10, 0)
    assert wardrobe.client_id == kitchen.client_id  # same client, another case
    assert deals["Стол"].status == "lost"
    assert deals["Диван"].client.name == "ООО Ромашка"  # a company alone is the client
    purchase = session.scalars(select(Purchase)).one()
    assert (purchase.deal_id, purchase.purchased_on, purchase.amount_cents) == (
        wardrobe.id, date(2022, 3, 25), 4_500_050,
    )  # fmt: skip
    assert check_database(session) == []


def test_a_pipedrive_export_creates_its_pipeline(session, now):
    text = (
        "Deal - Title,Deal - Value,Deal - Currency,Deal - Pipeline,Deal - Stage,"
        "Deal - Status,Deal - Owner,Deal - Organization,Deal - Contact person,"
        "Deal - Deal created,Deal - Won time\n"
        "Website,1200.50,EUR,Agency,Qualified,Open,Ann,Acme,Bob Stone,2021-06-01 09:30:00,\n"
        "Logo,300,EUR,Agency,Proposal Made,Won,Ann,Acme,Bob Stone,2021-06-02 10:00:00,"
        "2021-07-01 16:00:00\n"
        "SEO,800,USD,Agency,Qualified,Lost,Joe,,Eve Green,2021-06-03 11:00:00,\n"
        "Ads,100,USD,Agency,Qualified,Deleted,Joe,,,2021-06-04 12:00:00,\n"
    )
    plan, result = import_text(session, now, text)
    assert plan.new_pipelines == ("Agency",)
    assert [s.name for s in plan.new_stages] == ["Qualified", "Proposal Made"]
    pipeline = session.scalars(select(Pipeline).where(Pipeline.name == "Agency")).one()
    assert pipeline.kind == "sales"
    assert [s.name for s in pipeline.stages] == ["Qualified", "Proposal Made"]
    deals = deals_by_title(session)
    assert {t: d.status for t, d in deals.items()} == {
        "Website": "open", "Logo": "won", "SEO": "lost", "Ads": "archived",
    }  # fmt: skip
    assert deals["Website"].value_cents == 120050 and deals["Website"].currency == "EUR"
    assert deals["Logo"].stage.name == "Proposal Made"
    assert deals["Logo"].client.name == "Bob Stone"
    assert deals["Logo"].client.company == "Acme"
    assert {d.owner.name for d in deals.values()} == {"Ann", "Joe"}
    assert result.new_owners == 2
    assert check_database(session) == []


# -- stages and statuses ------------------------------------------------------


def test_new_stages_are_appended_in_order_of_first_appearance(session, now):
    text = "Title,Stage\nA,Measure\nB,Design\nC,Measure\nD,Install\nE,Design\n"
    plan, result = import_text(session, now, text)
    assert [s.name for s in plan.new_stages] == ["Measure", "Design", "Install"]
    assert [s.first_line for s in plan.new_stages] == [2, 3, 5]
    stages = first_pipeline(session).stages
    assert [s.name for s in stages][-3:] == ["Measure", "Design", "Install"]
    assert [s.position for s in stages] == list(range(len(stages)))
    assert result.new_stages == 3


def test_stage_names_match_existing_stages_ignoring_case(session, now):
    plan, _ = import_text(session, now, "Title,Stage\nA,proposal  SENT\n")
    assert plan.new_stages == ()
    assert deals_by_title(session)["A"].stage_id == stage_id(session, "Proposal sent")


def test_a_file_stage_can_be_mapped_onto_an_existing_stage(session, now):
    target = stage_id(session, "Negotiation")
    plan, result = import_text(
        session, now, "Title,Stage\nA,Торг\nB,Замер\n", stage_map={"торг": target}
    )
    assert [s.name for s in plan.new_stages] == ["Замер"]
    assert deals_by_title(session)["A"].stage_id == target
    assert result.new_stages == 1


def test_a_deal_without_a_stage_starts_in_the_first_stage(session, now):
    import_text(session, now, "Title,Stage\nA,\n")
    assert deals_by_title(session)["A"].stage_id == stage_id(session, "New lead")


def test_an_outcome_in_the_stage_column_closes_the_deal_in_the_last_stage(session, now):
    import_text(session, now, "Title,Stage\nA,Успешно реализовано\nB,Closed - lost\n")
    deals = deals_by_title(session)
    last = stage_id(session, "Negotiation")
    assert (deals["A"].status, deals["A"].stage_id) == ("won", last)
    assert (deals["B"].status, deals["B"].stage_id) == ("lost", last)


@pytest.mark.parametrize(
    "word, status",
    [("won", "won"), ("Выиграна", "won"), ("ganho", "won"), ("LOST", "lost"),
     ("проиграна", "lost"), ("perdido", "lost"), ("Open", "open"), ("", "open")],
)  # fmt: skip
def test_status_words_in_three_languages(session, now, word, status):
    import_text(session, now, f"Title,Status\nA,{word}\n")
    assert deals_by_title(session)["A"].status == status


def test_the_users_own_words_set_won_and_lost(session, now):
    text = "Title,Stage\nA,Оплачен\nB,Отказался\nC,Замер\n"
    plan, _ = import_text(session, now, text, won_words=("оплачен",), lost_words=("Отказался",))
    deals = deals_by_title(session)
    assert [deals[t].status for t in "ABC"] == ["won", "lost", "open"]
    assert [s.name for s in plan.new_stages] == ["Замер"]


def test_an_unknown_status_is_a_bad_row_and_listed(session):
    plan = plan_import(session, table_of("Title,Status\nA,Pending\nB,Won\nC,Pending\n"))
    assert [e.line for e in plan.errors] == [2, 4]
    assert "'Status' has 'Pending', which is not a status" in plan.errors[0].message
    assert plan.unknown_statuses == ("Pending",)


def test_history_has_a_created_change_and_a_closing_one(session, now):
    text = "Title,Client,Stage,Status,Created,Closed\nA,Ann,Design,won,01.03.2017,15.03.2017\n"
    import_text(session, now, text)
    deal = deals_by_title(session)["A"]
    changes = session.scalars(
        select(StageChange).where(StageChange.deal_id == deal.id).order_by(StageChange.id)
    ).all()
    assert [(c.kind, c.to_stage_name, c.to_status, c.changed_at) for c in changes] == [
        ("created", "Design", "open", datetime(2017, 3, 1, 12)),
        ("won", "Design", "won", datetime(2017, 3, 15, 12)),
    ]
    purchase = session.scalars(select(Purchase)).one()
    assert purchase.purchased_on == date(2017, 3, 15)


def test_missing_dates_default_to_the_moment_of_the_import(session, now):
    import_text(session, now, "Title,Status\nA,won\n")
    deal = deals_by_title(session)["A"]
    moment = now.replace(tzinfo=None)
    assert (deal.created_at, deal.stage_entered_at, deal.closed_at) == (moment,) * 3


def test_stage_entered_defaults_to_created(session, now):
    import_text(
        session, now, "Title,Created,Stage entered\nA,01.03.2017,\nB,01.03.2017,10.03.2017\n"
    )
    deals = deals_by_title(session)
    assert deals["A"].stage_entered_at == datetime(2017, 3, 1, 12)
    assert deals["B"].stage_entered_at == datetime(2017, 3, 10, 12)


def test_times_are_converted_from_the_files_time_zone_to_utc(session, now):
    moscow = timezone(timedelta(hours=3))
    import_text(session, now, "Title,Created\nA,22.03.2022 13:32:57\n", timezone=moscow)
    assert deals_by_title(session)["A"].created_at == datetime(2022, 3, 22, 10, 32, 57)


def test_a_clock_change_day_converts_each_time_with_its_own_offset(session, now):
    berlin = ZoneInfo("Europe/Berlin")  # summer time from 27.03.2022 02:00
    text = (
        "Title,Created\n"
        "A,26.03.2022 23:00\nB,27.03.2022 01:30\nC,27.03.2022 04:00\nD,28.03.2022 04:00\n"
    )
    import_text(session, now, text, timezone=berlin)
    deals = deals_by_title(session)
    assert [deals[t].created_at for t in "ABCD"] == [
        datetime(2022, 3, 26, 22, 0),
        datetime(2022, 3, 27, 0, 30),
        datetime(2022, 3, 27, 2, 0),
        datetime(2022, 3, 28, 2, 0),
    ]


# -- clients and owners -------------------------------------------------------


def test_an_existing_client_is_never_matched_by_name_alone(session, now):
    make_deal(session, now, "Old deal", client="Anna Ivanova")
    plan, result = import_text(session, now, "Title,Client\nA,ANNA IVANOVA\nB,Boris\nC,boris\n")
    assert plan.new_clients == ("ANNA IVANOVA", "Boris")
    assert (result.new_clients, result.matched_clients) == (2, 0)
    assert count(session, Client) == 3
    deals = deals_by_title(session)
    assert deals["A"].client_id != deals["Old deal"].client_id
    assert deals["B"].client_id == deals["C"].client_id  # one person within the file


def test_owners_are_matched_by_name_and_empty_means_the_default_owner(session, now):
    plan, _ = import_text(session, now, "Title,Owner\nA,me\nB,Olga\nC,\n")
    assert plan.new_owners == ("Olga",)
    deals = deals_by_title(session)
    assert deals["A"].owner.name == "Me"
    assert deals["B"].owner.name == "Olga"
    assert deals["C"].owner.is_default


def test_a_deal_without_a_title_takes_its_clients_name(session, now):
    import_text(session, now, "Title,Client\n,Anna\n")
    assert "Anna" in deals_by_title(session)


# -- bad rows, dry runs and failures -----------------------------------------


def test_bad_rows_are_reported_with_their_line_and_reason(session):
    text = (
        "Title,Value,Created,Currency\n"
        "A,100,01.03.2017,USD\n"
        "B,lots,01.03.2017,USD\n"
        "C,100,yesterday,USD\n"
        "D,100,01.03.2017,dollars\n"
        ",100,01.03.2017,USD\n"
        "F,100\n"
    )
    plan = plan_import(session, table_of(text))
    assert len(plan.deals) == 1
    messages = {e.line: e.message for e in plan.errors}
    assert sorted(messages) == [3, 4, 5, 6, 7]
    assert messages[3] == "'Value' has 'lots', which is not an amount of money"
    assert messages[4].startswith("'Created' has 'yesterday', which is not a date Funnel reads")
    assert "'dollars', which is not a currency code" in messages[5]
    assert "no title" in messages[6]
    assert "2 cells" in messages[7]
    assert str(plan.errors[0]) == f"line 3: {messages[3]}"


def test_a_plan_with_bad_rows_writes_nothing(session, now):
    plan = plan_import(session, table_of("Title,Value\nA,1\nB,x\n"))
    with pytest.raises(ValidationError, match=r"1 row.*cannot be imported; nothing was written"):
        apply_import(session, plan, now=now)
    assert count(session, Deal) == 0


def test_skipping_bad_rows_imports_the_good_ones(session, now):
    plan, result = import_text(
        session, now, "Title,Value,Stage\nA,1,Measure\nB,x,Design\n", skip_bad_rows=True
    )
    assert result.deals == 1 and result.skipped == 1
    assert [s.name for s in plan.new_stages] == ["Measure"]  # only the good row's stage


def test_planning_is_a_dry_run_that_writes_nothing(db, now):
    text = "Title,Client,Stage,Owner,Pipeline\nA,Anna,Measure,Olga,Agency\n"
    with db.begin() as s:
        before = [count(s, m) for m in (Deal, Client, Stage, Owner, Pipeline, StageChange)]
        plan = plan_import(s, table_of(text))
    assert len(plan.deals) == 1 and plan.new_stages and plan.new_pipelines
    with db.begin() as s:
        after = [count(s, m) for m in (Deal, Client, Stage, Owner, Pipeline, StageChange)]
    assert after == before


def big_csv(rows: int) -> str:
    lines = ["Title,Client,Stage,Status,Owner,Pipeline"]
    lines += [f"Deal {i},Client {i % 7},Stage {i % 3},{'won' if i % 2 else ''},Olga,Agency"
              for i in range(rows)]  # fmt: skip
    return "\n".join(lines) + "\n"


def snapshot(db):
    with db.begin() as s:
        return [count(s, m) for m in (Deal, Client, Stage, Owner, Pipeline, StageChange, Purchase)]


def test_a_failure_half_way_writes_nothing(db, now, monkeypatch):
    before = snapshot(db)
    with db.begin() as s:
        plan = plan_import(s, table_of(big_csv(25)))
    monkeypatch.setattr(writer, "CHUNK_SIZE", 10)
    real_insert = writer.insert_rows
    calls = []

    def failing_insert(session, table, rows):
        if table.name == "stage_change":
            calls.append(len(rows))
            if len(calls) == 2:
                raise OSError("disk full")
        real_insert(session, table, rows)

    monkeypatch.setattr(writer, "insert_rows", failing_insert)
    with pytest.raises(OSError), db.begin() as s:
        apply_import(s, plan, now=now)
    assert calls == [15, 15]  # the first chunk was written before the failure
    assert snapshot(db) == before


def test_cancelling_rolls_everything_back(db, now, monkeypatch):
    before = snapshot(db)
    with db.begin() as s:
        plan = plan_import(s, table_of(big_csv(25)))
    monkeypatch.setattr(writer, "CHUNK_SIZE", 10)
    seen = []

    def progress(done, total):
        seen.append((done, total))

    with pytest.raises(ImportCancelled, match="nothing was written"), db.begin() as s:
        apply_import(s, plan, now=now, progress=progress, cancelled=lambda: len(seen) >= 3)
    assert seen == [(0, 25), (10, 25), (20, 25)]
    assert snapshot(db) == before


def test_progress_runs_to_the_total(session, now, monkeypatch):
    monkeypatch.setattr(writer, "CHUNK_SIZE", 10)
    seen = []
    plan = plan_import(session, table_of(big_csv(25)))
    apply_import(session, plan, now=now, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 25), (10, 25), (20, 25), (25, 25)]


def test_a_plan_from_one_session_is_written_in_another(db, now):
    with db.begin() as s:
        plan = plan_import(s, table_of(big_csv(12)))
    with db.begin() as s:
        result = apply_import(s, plan, now=now)
        assert result.deals == 12
        assert count(s, Purchase) == 6
        assert check_database(s) == []


def test_the_plain_core_path_writes_the_same(session, now, monkeypatch):
    monkeypatch.setattr(writer, "FAST_SQLITE", False)
    import_text(session, now, "Title,Client,Status,Closed\nA,Ann,won,01.03.2017\n")
    deal = deals_by_title(session)["A"]
    assert deal.closed_at == datetime(2017, 3, 1, 12)
    assert deal.client.name == "Ann"
    assert count(session, Purchase) == 1


# -- bad mappings and options -------------------------------------------------


@pytest.mark.parametrize(
    "mapping, message",
    [
        ({"title": "Name"}, "deals.csv has no column 'Name'. Its columns are: 'Title', 'Value'"),
        ({"title": "Title", "colour": "Value"}, "'colour' is not a field"),
        ({"value": "Value"}, "holds the deal's title"),
    ],
)
def test_a_bad_mapping_is_refused_with_what_is_wrong(session, mapping, message):
    with pytest.raises(ValidationError, match=message):
        plan_import(session, table_of("Title,Value\nA,1\n"), mapping)


def test_an_unknown_target_pipeline_is_named(session):
    with pytest.raises(ValidationError, match="no pipeline named 'Nope'"):
        plan_import(session, table_of("Title\nA\n"), None, ImportOptions(pipeline="Nope"))


def test_deals_go_to_the_chosen_pipeline(session, now):
    create_pipeline(session, "Wholesale", stages=["Lead", "Order"])
    import_text(session, now, "Title,Stage\nA,Order\nB,\n", pipeline="wholesale")
    deals = deals_by_title(session)
    assert deals["A"].pipeline.name == "Wholesale" and deals["A"].stage.name == "Order"
    assert deals["B"].stage.name == "Lead"


def test_a_future_pipeline_is_not_an_import_target(session):
    with pytest.raises(ValidationError, match="holds parked deals"):
        plan_import(session, table_of("Title\nA\n"), None, ImportOptions(pipeline="Future sales"))


def test_imported_deals_and_clients_are_found_by_search(session, now):
    from funnel.deals.search import search

    import_text(session, now, "Title,Client,Company\nКухня Модерн,Анна Иванова,Ромашка\n")
    found = search(session, "анна")
    assert [c.name for c in found.clients] == ["Анна Иванова"]
    assert [d.title for d in search(session, "кухня").deals] == ["Кухня Модерн"]

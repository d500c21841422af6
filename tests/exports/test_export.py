import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from funnel.customers.client_list import ClientFilters
from funnel.customers.clients import create_client
from funnel.deals.rows import DealFilters
from funnel.errors import ValidationError
from funnel.exports.files import defuse, undefuse
from funnel.exports.tables import export_list
from funnel.imports.clients import apply_client_import, plan_client_import
from funnel.imports.sources import read_table
from funnel.store.db import open_database
from funnel.store.models import Client, Purchase
from tests.factories import make_deal

DANGEROUS_NAMES = [
    '=HYPERLINK("http://evil.example","Click")',
    "+7 912 345-67-89 Anna",
    "-2+3",
    "@SUM(A1:A2)",
    "\tTabbed",
    "\rReturned",
]


def client_fields(session) -> set[tuple]:
    return {
        (c.name, c.company, c.notes, c.tags, c.source, c.temperature, c.birthday,
         tuple(sorted((k.kind, k.value) for k in c.contacts)))
        for c in session.scalars(select(Client))
    }  # fmt: skip


@pytest.mark.parametrize("text", DANGEROUS_NAMES)
def test_a_formula_is_written_as_text_in_csv(text):
    assert defuse(text) == "'" + text and undefuse(defuse(text)) == text
    assert defuse("Anna") == "Anna"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_dangerous_prefix_survives_an_export_and_a_reimport(session, now, tmp_path, suffix):
    for i, name in enumerate(DANGEROUS_NAMES):
        create_client(
            session, name=name, company=f"=Co{i}", notes="-not a formula\nsecond line",
            phones=[f"+7 912 000-00-0{i}"], emails=[f"c{i}@example.com"], tags=["@vip", "b"],
            source="=site", temperature="warm", now=now,
        )  # fmt: skip
    path = tmp_path / f"clients{suffix}"
    result = export_list(session, "clients", path, today=now.date())
    assert result.rows == len(DANGEROUS_NAMES)
    if suffix == ".xlsx":  # stored as text: no spreadsheet evaluates it
        sheet = load_workbook(path).active
        cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value is not None]
        assert all(c.data_type != "f" for c in cells)
    else:
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
        assert b"\n=" not in raw and b",=" not in raw and b",+" not in raw
    before = client_fields(session)

    other = open_database(tmp_path / "other.sqlite3", now=now)
    try:
        with other.begin() as s:
            plan = plan_client_import(s, read_table(path))
            assert plan.errors == ()
            apply_client_import(s, plan, now=now)
        with other.begin() as s:
            assert client_fields(s) == before
    finally:
        other.close()


def test_the_export_follows_the_lists_filters(session, now, tmp_path):
    create_client(session, name="Anna", temperature="hot", now=now)
    create_client(session, name="Boris", temperature="cold", now=now)
    path = tmp_path / "hot.csv"
    export_list(session, "clients", path, today=now.date(),
                client_filters=ClientFilters(temperature="hot"))  # fmt: skip
    text = path.read_text(encoding="utf-8-sig")
    assert "Anna" in text and "Boris" not in text


def test_deals_and_purchases_export(session, now, tmp_path):
    make_deal(session, now, "Kitchen", client="Anna", value=1500)
    make_deal(session, now, "Table", client="Boris", value=300)
    path = tmp_path / "deals.xlsx"
    result = export_list(session, "deals", path, today=now.date(),
                         deal_filters=DealFilters(text="kitchen"))  # fmt: skip
    assert result.rows == 1
    rows = list(load_workbook(path).active.values)
    assert rows[0][:4] == ("Funnel ID", "Title", "Client", "Value")
    assert rows[1][1:5] == ("Kitchen", "Anna", 1500, "USD")
    client = session.scalars(select(Client).where(Client.name == "Anna")).one()
    session.add(Purchase(client_id=client.id, purchased_on=now.date(), amount_cents=150000,
                         currency="RUB", order_ref="A-1", source="import"))  # fmt: skip
    session.flush()
    path = tmp_path / "purchases.csv"
    export_list(session, "purchases", path, today=now.date(), encoding="cp1251")
    assert path.read_bytes().decode("cp1251").splitlines()[1].startswith("A-1,2026-11-23,,Anna")


def test_windows_1251_refuses_what_it_cannot_hold_and_leaves_no_file(session, now, tmp_path):
    create_client(session, name="Zé 😀", now=now)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError, match="cp1251 cannot hold; export as UTF-8"):
        export_list(session, "clients", folder / "c.csv", today=now.date(), encoding="cp1251")
    assert list(folder.iterdir()) == []

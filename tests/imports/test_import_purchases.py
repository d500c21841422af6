from datetime import date

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from funnel.customers.clients import create_client
from funnel.errors import ValidationError
from funnel.imports.csvfile import parse_bytes
from funnel.imports.currency import HOME_CURRENCY_KEY
from funnel.imports.deals import apply_import, plan_import
from funnel.imports.plan import ImportCancelled
from funnel.imports.purchase_fields import auto_map_purchases
from funnel.imports.purchases import apply_purchase_import, plan_purchase_import
from funnel.imports.sources import read_table
from funnel.store.models import Client, Deal, Purchase
from funnel.store.settings import set_setting

# Shaped like the UCI "Online Retail" export: a line per item, customer ids
# saved as floats, a cancelled invoice "C…", a return as a negative quantity.
ORDER_LINES = (
    "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
    "536365,85123A,WHITE HANGING HEART,6,01.12.2010 08:26,2.55,17850.0,United Kingdom\n"
    "536365,71053,WHITE METAL LANTERN,6,01.12.2010 08:26,3.39,17850.0,United Kingdom\n"
    "536366,22633,HAND WARMER,6,2010-12-02 08:28,1.85,17850.0,United Kingdom\n"
    "C536379,D,Discount,-1,2010-12-01 09:41,27.50,14527.0,United Kingdom\n"
    "536380,22961,JAM MAKING SET,24,2010-12-01 09:41,1.45,14527.0,United Kingdom\n"
    "536380,22961,JAM MAKING SET,-2,2010-12-01 09:41,1.45,14527.0,United Kingdom\n"
    '536381,22961,JAM MAKING SET,"1 200",40513.5,"1,45",13047.0,United Kingdom\n'
)


def table(text: str, name: str = "orders.csv"):
    return parse_bytes(text.encode("utf-8"), name=name)


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def plan_of(session, t, mapping=None, **options):
    return plan_purchase_import(session, t, mapping or auto_map_purchases(t.columns), **options)


def test_order_lines_become_one_purchase_per_order(session, now):
    plan = plan_of(session, table(ORDER_LINES), currency="GBP")
    assert plan.mapping == {
        "client": "CustomerID", "order": "InvoiceNo", "date": "InvoiceDate",
        "quantity": "Quantity", "price": "UnitPrice",
    }  # fmt: skip
    assert (plan.cancelled, plan.returns, plan.errors) == (1, 2, ())
    result = apply_purchase_import(session, plan, now=now)
    assert (result.purchases, result.new_clients) == (4, 3)
    purchases = {p.order_ref: p for p in session.scalars(select(Purchase))}
    assert set(purchases) == {"536365", "536366", "536380", "536381"}
    first = purchases["536365"]
    assert (first.amount_cents, first.purchased_on, first.currency) == (
        3564,
        date(2010, 12, 1),
        "GBP",
    )
    assert purchases["536380"].amount_cents == 3480  # the returned line is not counted
    assert purchases["536381"].amount_cents == 174000  # "1 200" × "1,45"
    assert purchases["536381"].purchased_on == date(2010, 12, 1)  # Excel serial 40513.5
    assert {p.source for p in purchases.values()} == {"import"}
    client = session.get(Client, first.client_id)
    assert client.external_id == "17850"  # not "17850.0"
    assert purchases["536366"].client_id == client.id


def test_importing_the_same_file_again_adds_nothing(session, now):
    apply_purchase_import(session, plan_of(session, table(ORDER_LINES), currency="GBP"), now=now)
    again = plan_of(session, table(ORDER_LINES), currency="GBP")
    assert (len(again.purchases), again.already, len(again.new_clients)) == (0, 4, 0)
    with pytest.raises(ValidationError, match="no new purchases"):
        apply_purchase_import(session, again, now=now)
    assert count(session, Purchase) == 4 and count(session, Client) == 3


def test_customers_are_matched_by_external_id_phone_then_email(session, now, in_russia):
    a = create_client(session, name="Anna", phones=["+7 912 345-67-89"], now=now)
    b = create_client(session, name="Boris", emails=["boris@mail.ru"], now=now)
    text = (
        "Order,Date,Customer,Phone,E-mail,Total,Currency\n"
        '1,2024-01-05,Анна,8 912 345 67 89,,"12 500,00",RUB\n'
        '2,2024-01-06,Борис,,BORIS@mail.ru,"1,500.00",RUB\n'
        "3,2024-01-07 18:30,Clara,,clara@mail.ru,700,RUB\n"
    )
    plan = plan_of(session, table(text))
    assert (plan.matched, len(plan.new_clients)) == (2, 1)
    apply_purchase_import(session, plan, now=now)
    rows = {p.order_ref: (p.client_id, p.amount_cents) for p in session.scalars(select(Purchase))}
    assert rows["1"] == (a, 1_250_000) and rows["2"] == (b, 150_000)
    assert count(session, Client) == 3


def test_a_cancel_word_in_the_status_column(session):
    text = (
        "Order,Date,Email,Amount,Status\n"
        "1,2024-01-05,a@b.co,100,Отменён\n"
        "2,2024-01-05,a@b.co,50,paid\n"
    )
    plan = plan_of(session, table(text), currency="EUR")
    assert plan.cancelled == 1 and [p.order_ref for p in plan.purchases] == ["2"]


def test_a_purchase_with_no_date_or_no_customer_is_reported_and_nothing_written(session, now):
    text = "Order,Date,Customer,Amount\n1,,Anna,100\n2,2024-01-05,,100\n3,2024-01-05,Boris,100\n"
    plan = plan_of(session, table(text), currency="USD")
    assert [str(e) for e in plan.errors] == [
        "line 2: the row has no date ('Date' is empty)",
        "line 3: the row has no customer (no id, name, phone or e-mail)",
    ]
    with pytest.raises(ValidationError, match=r"2 row\(s\) of orders.csv cannot be imported"):
        apply_purchase_import(session, plan, now=now)
    assert count(session, Purchase) == 0 and count(session, Client) == 0
    plan = plan_of(session, table(text), currency="USD", skip_bad_rows=True)
    assert apply_purchase_import(session, plan, now=now).skipped == 2
    assert count(session, Purchase) == 1


def test_the_currency_is_never_invented(session):
    text = "Order,Date,Customer,Amount\n1,2024-01-05,Anna,100\n"
    with pytest.raises(ValidationError, match="no currency column and no home currency"):
        plan_of(session, table(text))
    set_setting(session, HOME_CURRENCY_KEY, "BRL")
    assert plan_of(session, table(text)).purchases[0].currency == "BRL"
    assert plan_of(session, table(text), currency="rub").purchases[0].currency == "RUB"


def test_rows_without_an_order_number_are_each_a_purchase_imported_once(session, now):
    text = "Date,Customer,Amount\n2024-01-05,Anna,100\n2024-01-06,Anna,100\n"
    apply_purchase_import(session, plan_of(session, table(text), currency="USD"), now=now)
    assert count(session, Purchase) == 2
    assert not plan_of(session, table(text), currency="USD").purchases


def test_a_mapping_needs_a_customer_a_date_and_an_amount(session):
    t = table("Order,When,Qty\n1,2024-01-05,2\n")
    with pytest.raises(ValidationError, match="says who bought"):
        plan_purchase_import(session, t, {"order": "Order"}, currency="USD")
    with pytest.raises(ValidationError, match="amount, or both quantity and price"):
        plan_purchase_import(
            session, t, {"name": "Order", "date": "When", "quantity": "Qty"}, currency="USD"
        )


def test_orders_from_an_xlsx_with_excel_dates(session, now, tmp_path):
    book = Workbook()
    ws = book.active
    ws.append(["Order ID", "Order Date", "Customer ID", "Amount"])
    ws.append([1001.0, 45292.0, 17850.0, 99.9])  # a serial in a cell not formatted as a date
    ws.append([1002, date(2024, 1, 2), 17850, 10])
    path = tmp_path / "orders.xlsx"
    book.save(path)
    t = read_table(path)
    mapping = {"order": "Order ID", "date": "Order Date", "client": "Customer ID",
               "amount": "Amount"}  # fmt: skip
    plan = plan_of(session, t, mapping, currency="USD")
    assert [(p.order_ref, p.purchased_on, p.amount_cents) for p in plan.purchases] == [
        ("1001", date(2024, 1, 1), 9990),
        ("1002", date(2024, 1, 2), 1000),
    ]


def test_deals_from_a_pipeline_export_attach_to_the_same_people(session, now, in_russia):
    set_setting(session, HOME_CURRENCY_KEY, "RUB")
    contacts = (
        "Order,Date,Customer,Phone,E-mail,Total\n"
        "1,2024-01-05,Анна Иванова,+7 912 345-67-89,anna@romashka.ru,1000\n"
        "2,2024-01-06,Борис,8 926 842-00-00,,2000\n"
    )
    apply_purchase_import(session, plan_of(session, table(contacts)), now=now)
    assert count(session, Client) == 2
    deals = (
        "Название сделки;Бюджет;Полное имя контакта;Рабочий телефон (контакт);"
        "Мобильный телефон (контакт);Рабочий email (контакт)\n"
        "Кухня;150 000;Иванова Анна;;8 (912) 345-67-89;\n"
        "Шкаф;45 000;Анна;;;ANNA@romashka.ru\n"
        "Стол;12 000;Борис Н.;+7 926 8420000;;\n"
    )
    plan = plan_import(session, parse_bytes(deals.encode("cp1251"), name="deals.csv"))
    assert plan.errors == ()
    assert (plan.matched_clients, len(plan.people)) == (2, 0)
    result = apply_import(session, plan, now=now)
    assert (result.new_clients, result.matched_clients) == (0, 2)
    assert count(session, Client) == 2  # the same people: the client count does not grow
    by_title = {d.title: d for d in session.scalars(select(Deal))}
    anna = by_title["Кухня"].client
    assert anna.name == "Анна Иванова" and by_title["Шкаф"].client_id == anna.id
    assert by_title["Кухня"].currency == "RUB"
    more = "Title,Client,Phone\nДиван,Новый Клиент,+7 999 123-45-67\n"
    result = apply_import(session, plan_import(session, parse_bytes(more.encode())), now=now)
    assert result.new_clients == 1 and count(session, Client) == 3
    newcomer = session.scalars(select(Client).where(Client.name == "Новый Клиент")).one()
    assert [c.normalized for c in newcomer.contacts] == ["+79991234567"]


def test_cancelling_a_purchase_import_writes_nothing(db, now, monkeypatch):
    import funnel.imports.purchases as purchases

    monkeypatch.setattr(purchases, "CHUNK_SIZE", 1)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled), db.begin() as session:
        plan = plan_of(session, table(ORDER_LINES), currency="GBP")
        apply_purchase_import(
            session, plan, now=now, progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: len(seen) >= 3,
        )  # fmt: skip
    assert seen[:2] == [(0, 4), (1, 4)]
    with db.begin() as session:
        assert count(session, Purchase) == 0 and count(session, Client) == 0

import re
from datetime import date, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from funnel.customers.clients import create_client
from funnel.errors import ValidationError
from funnel.imports.client_fields import auto_map_clients, detect_format
from funnel.imports.clients import apply_client_import, plan_client_import
from funnel.imports.sources import read_table
from funnel.store.models import Client, ClientContact

AMO_CONTACTS = (
    "ID;Наименование;Имя;Фамилия;Компания;Ответственный;Дата создания;Теги;"
    "Рабочий телефон;Мобильный телефон;Другой телефон;Рабочий email;Личный email;Примечание\r\n"
    "3051;Анна Иванова;Анна;Иванова;ООО «Ромашка»;Иван;01.03.2017;vip, опт;"
    "+7 (495) 111-22-33;8 912 345-67-89, 8 900 000-00-01;;anna@romashka.ru;Anna.I@Gmail.com;"
    "Звонить после 14:00\r\n"
    "3052;Борис;Борис;;;Иван;02.03.2017;;;+7 926 842-00-00;;;;\r\n"
    "3053;;;;;Иван;02.03.2017;;;;;;;\r\n"
)
GOOGLE = (
    "Name,Given Name,Additional Name,Family Name,Birthday,Notes,Labels,"
    "Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,"
    "E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Name\n"
    "Zé Silva,Zé,,Silva,1990-01-02,,* myContacts ::: Clientes,Mobile,+55 11 98765-4321 ::: "
    "+55 11 3333-4444,Work,,* Home,ze@exemplo.com.br,Padaria\n"
)
OUTLOOK = (
    "First Name,Middle Name,Last Name,Company,E-mail Address,E-mail Type,E-mail Display Name,"
    "E-mail 2 Address,Business Phone,Mobile Phone,Business Fax,Birthday,Notes\n"
    "John,Q.,Public,Acme,john@acme.com,SMTP,John Public (john@acme.com),jq@home.net,"
    "+1 555 0100,+1 555 0101,+1 555 0199,3/15/1985,\n"
    "Mary,,Major,,mary@acme.com,SMTP,,,,,,0/0/00,\n"
)


def write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run(session, now, path, mapping=None, **options):
    plan = plan_client_import(session, read_table(path), mapping, **options)
    result = apply_client_import(session, plan, now=now)
    session.expire_all()  # the import wrote with Core: read the clients afresh
    return plan, result


def by_name(session) -> dict[str, Client]:
    return {c.name: c for c in session.scalars(select(Client))}


def count(session, model=Client) -> int:
    return session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize(
    "columns, expected",
    [
        (AMO_CONTACTS.split("\r\n")[0].split(";"), "amocrm"),
        (GOOGLE.split("\n")[0].split(","), "google"),
        (OUTLOOK.split("\n")[0].split(","), "outlook"),
        (["Name", "Phone"], None),
    ],
)
def test_known_contact_exports_are_recognised(columns, expected):
    assert detect_format(columns) == expected


def test_an_amocrm_contacts_export_in_windows_1251(session, now, tmp_path, in_russia):
    path = write(tmp_path, "amocrm_contacts.csv", AMO_CONTACTS, "cp1251")
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("cp1251", ";")
    plan = plan_client_import(session, table)
    assert plan.format == "amocrm"
    assert plan.mapping["phone"] == ("Рабочий телефон", "Мобильный телефон", "Другой телефон")
    assert plan.mapping["email"] == ("Рабочий email", "Личный email")
    assert [(e.line, e.message) for e in plan.errors] == [
        (4, "the row has no name, company, phone or e-mail")
    ]
    with pytest.raises(ValidationError, match="nothing was written"):
        apply_client_import(session, plan, now=now)
    assert count(session) == 0

    plan = plan_client_import(session, table, skip_bad_rows=True)
    result = apply_client_import(session, plan, now=now)
    assert (result.created, result.skipped) == (2, 1)
    anna = by_name(session)["Анна Иванова"]
    assert anna.external_id == "3051" and anna.company == "ООО «Ромашка»"
    assert anna.tags == "vip, опт" and anna.notes == "Звонить после 14:00"
    assert [(c.value, c.label, c.normalized) for c in anna.contacts] == [
        ("+7 (495) 111-22-33", "work", "+74951112233"),
        ("8 912 345-67-89", "mobile", "+79123456789"),
        ("8 900 000-00-01", "mobile", "+79000000001"),
        ("anna@romashka.ru", "work", "anna@romashka.ru"),
        ("Anna.I@Gmail.com", "home", "annai@gmail.com"),
    ]


def test_a_google_contacts_export(session, now, tmp_path):
    run(session, now, write(tmp_path, "google.csv", GOOGLE))
    ze = by_name(session)["Zé Silva"]
    assert ze.company == "Padaria" and ze.tags == "Clientes"
    assert [(c.value, c.label) for c in ze.contacts] == [
        ("+55 11 98765-4321", "mobile"),
        ("+55 11 3333-4444", "mobile"),
        ("ze@exemplo.com.br", "home"),
    ]


def test_an_outlook_export_reads_its_us_birthdays(session, now, tmp_path):
    plan, _ = run(session, now, write(tmp_path, "outlook.csv", OUTLOOK))
    assert plan.format == "outlook"
    clients = by_name(session)
    john = clients["John Q. Public"]
    assert john.birthday == date(1985, 3, 15)
    assert {c.value for c in john.contacts} == {
        "john@acme.com", "jq@home.net", "+1 555 0100", "+1 555 0101",
    }  # the fax is not a phone to call  # fmt: skip
    assert clients["Mary Major"].birthday is None  # Outlook's 0/0/00


def excel_book(tmp_path, rows, *, name="clients.xlsx", sheet="Clients", empty_first=False):
    book = Workbook()
    ws = book.active
    if empty_first:
        ws.title = "Empty"
        ws = book.create_sheet(sheet)
    else:
        ws.title = sheet
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def test_an_xlsx_with_excel_dates_and_float_ids(session, now, tmp_path, in_russia):
    path = excel_book(
        tmp_path,
        [
            ["Client ID", "Name", "Phone", "Birthday", "Created"],
            [17850.0, "Anna", 79123456789, datetime(1985, 3, 15), 45000],
            [17851, "Boris", "8 926 842-00-00", date(1990, 1, 2), None],
        ],
    )
    table = read_table(path)
    assert table.name == "clients.xlsx › Clients"
    assert table.rows[0][:4] == ("17850", "Anna", "79123456789", "1985-03-15")
    assert table.lines == (2, 3)
    run(session, now, path)
    anna = by_name(session)["Anna"]
    assert anna.external_id == "17850" and anna.birthday == date(1985, 3, 15)
    assert anna.contacts[0].normalized == "+79123456789"


def test_a_chosen_sheet_and_an_empty_one(tmp_path):
    path = excel_book(tmp_path, [["Name"], ["Anna"]], empty_first=True)
    with pytest.raises(ValidationError, match=r"clients.xlsx › Empty is empty: there is no header"):
        read_table(path)
    assert read_table(path, sheet="clients").rows == (("Anna",),)
    expected = "has no sheet 'Orders'. Its sheets are: Empty, Clients"
    with pytest.raises(ValidationError, match=re.escape(expected)):
        read_table(path, sheet="Orders")


def test_an_xlsx_that_is_really_a_csv_is_refused_clearly(session, tmp_path):
    path = write(tmp_path, "clients.xlsx", "Name,Phone\nAnna,+7 912 345-67-89\n")
    expected = "clients.xlsx is not an Excel workbook: it holds plain text"
    with pytest.raises(ValidationError, match=re.escape(expected)):
        read_table(path)
    assert count(session) == 0


def test_a_workbook_renamed_to_csv_is_refused_clearly(tmp_path):
    path = excel_book(tmp_path, [["Name"], ["Anna"]], name="clients.xlsx")
    fake = tmp_path / "clients.csv"
    fake.write_bytes(path.read_bytes())
    with pytest.raises(ValidationError, match="looks like an Excel workbook"):
        read_table(fake)


def test_people_are_matched_by_external_id_then_phone_then_email(session, now, tmp_path, in_russia):
    by_phone = create_client(session, name="Анна", phones=["+7 912 3456789"], now=now)
    by_email = create_client(session, name="Boris", emails=["Boris@Example.com"], now=now)
    path = write(
        tmp_path,
        "people.csv",
        "Name,Phone,Email\n"
        "Anna Ivanova,8 (912) 345-67-89,anna@new.ru\n"
        "B. Petrov,,boris@example.com\n"
        "Anna again,9123456789,\n"
        "Clara,+7 999 000-00-00,\n"
        "Clara C.,,\n",
    )
    plan, result = run(session, now, path)
    assert (plan.matched, len(plan.new_clients)) == (2, 2)
    assert (result.matched, result.created, result.contacts_added) == (2, 2, 1)
    anna = session.get(Client, by_phone)
    assert anna.name == "Анна"  # a match keeps what the client has…
    assert {c.value for c in anna.contacts} == {"+7 912 3456789", "anna@new.ru"}  # …and gains
    assert session.get(Client, by_email).contacts[0].value == "Boris@Example.com"
    assert count(session) == 4  # Clara and "Clara C." are two people: names never match


def test_a_row_without_any_contact_can_still_be_a_client(session, now, tmp_path):
    run(session, now, write(tmp_path, "c.csv", "Company\nПекарня\n"))
    assert list(by_name(session)) == ["Пекарня"]


def test_bad_phones_and_emails_are_reported_with_their_line(session, tmp_path):
    path = write(tmp_path, "c.csv", "Name,Phone,Email\nA,12,a@b.co\nB,+7 912 345 67 89,not-mail\n")
    plan = plan_client_import(session, read_table(path))
    assert [str(e) for e in plan.errors] == [
        "line 2: 'Phone' has '12', which is not a phone number",
        "line 3: 'Email' has 'not-mail', which is not an e-mail address",
    ]


def test_an_explicit_mapping_replaces_what_was_recognised(session, now, tmp_path):
    path = write(tmp_path, "c.csv", "Who,Tel 1,Tel 2\nAnna,+7 912 345 67 89,+7 912 000 00 00\n")
    assert auto_map_clients(["Who", "Tel 1"]) == {}
    run(session, now, path, {"name": ["Who"], "phone": ["Tel 1", "Tel 2"]})
    assert len(by_name(session)["Anna"].contacts) == 2
    assert (
        session.scalar(
            select(func.count())
            .select_from(ClientContact)
            .where(ClientContact.normalized.is_(None))
        )
        == 0
    )


def test_a_mapping_without_anyone_to_import_is_refused(session, tmp_path):
    path = write(tmp_path, "c.csv", "Birthday\n2000-01-01\n")
    with pytest.raises(ValidationError, match="hold the client's name, phone or e-mail"):
        plan_client_import(session, read_table(path))

import pytest
from sqlalchemy import func, select

from funnel.errors import ValidationError
from funnel.imports.clients import apply_client_import, plan_client_import
from funnel.imports.sources import read_table
from funnel.imports.vcard import parse_vcards
from funnel.store.models import Client

# Android's export: 2.1, quoted-printable UTF-8 with a soft line break in the
# middle of a Cyrillic letter, bare types, a base64 photo over several lines.
VCARD_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2;=D0=98=D0=B2=\r\n"
    "=D0=B0=D0=BD;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=D0=B0=D0=BD "
    "=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2\r\n"
    "TEL;CELL;PREF:8 (912) 345-67-89\r\n"
    "TEL;WORK;VOICE:+7 495 123-45-67\r\n"
    "EMAIL;HOME:ivan@example.com\r\n"
    "NOTE;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:=C7=E0=EA=E0=E7 =EA=F3=F5=ED=E8\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
    " AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n"
    "\r\n"
    "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Vanya\r\n"
    "BDAY:19850315\r\n"
    "END:VCARD\r\n"
)
# Google/Apple: 3.0, folded lines, escaped commas and newlines, item groups.
VCARD_30 = (
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "FN:Anna Smith\n"
    "N:Smith;Anna;Maria;;\n"
    "ORG:Acme\\, Inc.;Sales\n"
    "item1.TEL;TYPE=CELL,VOICE:+1 (555) 010-0100\n"
    "item1.X-ABLabel:_$!<Mobile>!$_\n"
    "EMAIL;TYPE=INTERNET,WORK:anna@acme.com\n"
    "EMAIL;TYPE=INTERNET:Anna.Smith+shop@gmail.com\n"
    "NOTE:Met at the fair\\nwants a quote for the kitchen\\, then a tab\n"
    " le\n"
    "BDAY:--0315\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:MIICajCCAdOgAwIBAgICBEUwDQYJKoZIhvcNAQEEBQAwdzELMAkGA1UEBhMCVVMxLDAq\n"
    "  BgNVBAoTI05ldHNjYXBlIENvbW11bmljYXRpb25zIENvcnBvcmF0aW9uMRwwGgYD\n"
    "END:VCARD\n"
)
# Thunderbird/Outlook 4.0: tel: URIs, quoted TYPE lists, ISO birthday.
VCARD_40 = (
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:José da Silva\r\n"
    "N:da Silva;José;;;\r\n"
    'TEL;VALUE=uri;TYPE="voice,home":tel:+55-11-98765-4321\r\n'
    "EMAIL;TYPE=work;PREF=1:jose@empresa.com.br\r\n"
    "BDAY:1990-01-02\r\n"
    "KIND:individual\r\n"
    "END:VCARD\r\n"
)


def write(tmp_path, text: str, name="contacts.vcf", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def import_file(session, now, path, **options):
    plan = plan_client_import(session, read_table(path), **options)
    return plan, apply_client_import(session, plan, now=now)


def clients(session) -> dict[str, Client]:
    return {c.name: c for c in session.scalars(select(Client))}


def contacts(client: Client) -> set[tuple[str, str, str | None]]:
    return {(c.kind, c.value, c.label) for c in client.contacts}


def test_a_vcard_21_with_quoted_printable_and_a_photo(session, now, tmp_path, in_russia):
    _plan, result = import_file(session, now, write(tmp_path, VCARD_21))
    assert result.created == 1
    ivan = clients(session)["Иван Петров"]
    assert contacts(ivan) == {
        ("phone", "8 (912) 345-67-89", "mobile"),
        ("phone", "+7 495 123-45-67", "work"),
        ("email", "ivan@example.com", "home"),
    }
    assert {c.normalized for c in ivan.contacts} == {
        "+79123456789", "+74951234567", "ivan@example.com",
    }  # fmt: skip
    assert ivan.notes == "Заказ кухни"  # its own CHARSET
    assert ivan.birthday.isoformat() == "1985-03-15"


def test_a_vcard_30_with_folded_lines_and_escapes(session, now, tmp_path):
    import_file(session, now, write(tmp_path, VCARD_30))
    anna = clients(session)["Anna Smith"]
    assert anna.company == "Acme, Inc., Sales"
    assert ("phone", "+1 (555) 010-0100", "mobile") in contacts(anna)
    assert ("email", "Anna.Smith+shop@gmail.com", None) in contacts(anna)
    assert anna.notes == (
        "Met at the fair\nwants a quote for the kitchen, then a table\nBirthday: 15.03"
    )
    assert anna.birthday is None  # no year in the card: kept in the notes, not invented


def test_a_vcard_40_with_tel_uris(session, now, tmp_path):
    import_file(session, now, write(tmp_path, VCARD_40))
    jose = clients(session)["José da Silva"]
    assert contacts(jose) == {
        ("phone", "+55-11-98765-4321", "home"),
        ("email", "jose@empresa.com.br", "work"),
    }
    assert jose.birthday.isoformat() == "1990-01-02"


def test_many_cards_in_one_file_of_mixed_versions(session, now, tmp_path):
    plan, result = import_file(session, now, write(tmp_path, VCARD_21 + VCARD_30 + VCARD_40))
    assert plan.format == "vcard" and result.created == 3
    assert sorted(clients(session)) == ["Anna Smith", "José da Silva", "Иван Петров"]


def test_a_card_with_no_end_names_its_line_and_nothing_is_written(session, tmp_path):
    path = write(tmp_path, VCARD_40 + VCARD_30.replace("END:VCARD\n", ""))
    with pytest.raises(ValidationError, match=r"contacts.vcf line 10: this card has no END:VCARD"):
        read_table(path)
    assert session.scalar(select(func.count()).select_from(Client)) == 0


def test_a_card_begun_inside_another_is_refused():
    with pytest.raises(ValidationError, match="line 1: this card has no END"):
        parse_vcards("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n", "x.vcf")


def test_a_file_without_cards_says_so(tmp_path):
    with pytest.raises(ValidationError, match="holds no contact cards"):
        read_table(write(tmp_path, "just some text\n", name="notes.vcf"))


def test_importing_the_same_address_book_again_creates_nobody(session, now, tmp_path):
    path = write(tmp_path, VCARD_21 + VCARD_30 + VCARD_40)
    import_file(session, now, path)
    plan = plan_client_import(session, read_table(path))
    assert (len(plan.new_clients), plan.matched) == (0, 3)
    assert not plan.can_apply

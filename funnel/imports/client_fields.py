"""Which column of an address book or contact export holds which client field.

Recognised without help: amoCRM/Kommo contact exports (Russian headers,
«Рабочий телефон», «Мобильный телефон», «Рабочий email»… each its own
column), Google Contacts CSV ("Phone 1 - Value" with its "Phone 1 - Type"),
Outlook CSV ("Business Phone", "E-mail 2 Address"), vCard (read into Google's
columns), and plain headers in English, Russian and Portuguese. Phones and
e-mails may come from several columns; each column's kind of number (mobile,
work, home) becomes the contact's label.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from funnel.imports.headers import normalize_header

CLIENT_FIELDS = ("name", "first_name", "middle_name", "last_name", "company", "phone", "email",
                 "birthday", "notes", "source", "tags", "temperature", "external_id")  # fmt: skip
MULTI_FIELDS = frozenset({"phone", "email", "notes", "tags"})
ClientMapping = dict[str, tuple[str, ...]]

ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "display name", "client", "client name", "contact",
             "contact name", "customer", "customer name", "полное имя контакта", "полное имя",
             "фио", "имя контакта", "контакт", "клиент", "наименование", "покупатель",
             "nome completo", "cliente", "contato", "nome do cliente"),
    "first_name": ("first name", "given name", "имя", "nome", "primeiro nome", "first"),
    "middle_name": ("middle name", "additional name", "отчество", "nome do meio"),
    "last_name": ("last name", "family name", "surname", "фамилия", "sobrenome", "último nome"),
    "company": ("company", "company name", "organization", "organisation", "organization 1 - name",
                "organization name", "компания", "компания контакта", "организация",
                "название компании", "empresa", "organização", "nome da empresa"),
    "birthday": ("birthday", "birth date", "date of birth", "день рождения", "дата рождения",
                 "aniversário", "data de nascimento"),
    "notes": ("notes", "note", "comment", "comments", "примечание", "примечания", "заметки",
              "комментарий", "observações", "observacoes", "notas"),
    "source": ("source", "lead source", "источник", "канал", "origem"),
    "tags": ("tags", "labels", "теги", "метки", "etiquetas", "marcadores"),
    "temperature": ("temperature", "температура", "temperatura"),
    "external_id": ("id", "external id", "client id", "customer id", "customerid", "contact id",
                    "id контакта", "код клиента", "код", "ид", "código", "codigo"),
}  # fmt: skip


def _key(column: str) -> str:
    """A header as compared: `normalize_header`, with "e-mail" kept whole."""
    return normalize_header(column).replace("e - mail", "e-mail")


_ALIAS = {_key(a): f for f, names in ALIASES.items() for a in names}
_PHONE = re.compile(r"phone|телефон|telefone|celular|mobile|мобильный|whatsapp")
_EMAIL = re.compile(r"e-?mail|почта|correio")
_NOT_CONTACT = re.compile(r"type|тип|tipo|display|fax|факс|label|метка")
LABELS = (
    (re.compile(r"mobile|cell|мобильн|celular|whatsapp"), "mobile"),
    (re.compile(r"work|business|company|рабоч|trabalho|comercial"), "work"),
    (re.compile(r"home|personal|private|домашн|личн|residencial|pessoal"), "home"),
    (re.compile(r"other|другой|outro"), "other"),
)
_NUMBERED = re.compile(r"^(phone|e-mail|email) (\d+) - value$")
FORMATS = ("vcard", "google", "outlook", "amocrm")
_AMO = {"рабочий телефон", "мобильный телефон", "рабочий прямой телефон", "рабочий email",
        "личный email", "другой email", "домашний телефон", "другой телефон", "work phone",
        "work email", "private email"}  # fmt: skip


TEMPERATURE_WORDS = {"hot": "hot", "warm": "warm", "cold": "cold", "горячий": "hot",
                     "теплый": "warm", "холодный": "cold", "quente": "hot", "morno": "warm",
                     "frio": "cold"}  # fmt: skip


def field_for_column(column: str) -> str | None:
    key = _key(column)
    if key in _ALIAS:
        return _ALIAS[key]
    if _NOT_CONTACT.search(key):
        return None
    if _EMAIL.search(key):
        return "email"
    if _PHONE.search(key):
        return "phone"
    return None


def auto_map_clients(columns: Sequence[str]) -> ClientMapping:
    """field → the columns it is read from; single fields take their first column."""
    found: dict[str, list[str]] = {}
    for column in columns:
        field = field_for_column(column)
        if field is None:
            continue
        if field in MULTI_FIELDS or field not in found:
            found.setdefault(field, []).append(column)
    return {f: tuple(found[f]) for f in CLIENT_FIELDS if f in found}


def merge_client_mapping(
    auto: ClientMapping, overrides: Mapping[str, Sequence[str]]
) -> ClientMapping:
    """Explicit columns replace what was recognised for a field; an empty
    list leaves the field out."""
    merged = dict(auto)
    for field, columns in overrides.items():
        columns = tuple(c for c in columns if c)
        if columns:
            merged[field] = columns
        else:
            merged.pop(field, None)
    return {f: merged[f] for f in CLIENT_FIELDS if f in merged}


def detect_format(columns: Sequence[str], encoding: str = "") -> str | None:
    """Which known export a table is: 'vcard', 'google', 'outlook', 'amocrm' or None."""
    if encoding == "vcard":
        return "vcard"
    keys = {_key(c) for c in columns}
    if any(_NUMBERED.match(k) for k in keys) or "organization 1 - name" in keys:
        return "google"
    if "e-mail address" in keys and keys & {"business phone", "mobile phone", "home phone"}:
        return "outlook"
    if keys & _AMO:
        return "amocrm"
    return None


def label_for_column(column: str) -> str | None:
    key = _key(column)
    for pattern, label in LABELS:
        if pattern.search(key):
            return label
    return None


def type_column(column: str, columns: Sequence[str]) -> str | None:
    """Google's "Phone 1 - Type" beside "Phone 1 - Value", when the file has it."""
    m = _NUMBERED.match(_key(column))
    if not m:
        return None
    wanted = f"{m.group(1)} {m.group(2)} - type"
    for c in columns:
        if _key(c) == wanted:
            return c
    return None

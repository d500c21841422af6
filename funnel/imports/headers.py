"""Which column of an export holds which deal field.

The names below are the headers real exports carry: plain English ones,
Pipedrive's "Deal - Title" style, amoCRM/Kommo's Russian ones («Название
сделки», «Бюджет » with its trailing space) and Portuguese ones. A header is
compared after folding case, spaces and dashes; a unit in brackets or after a
comma ("Value (USD)", "Бюджет, руб.") is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

FIELDS = (
    "title",
    "client",
    "company",
    "value",
    "currency",
    "stage",
    "pipeline",
    "owner",
    "created",
    "stage_entered",
    "closed",
    "status",
    "phone",
    "email",
)
DATE_FIELDS = ("created", "stage_entered", "closed")

# For each field, the headers it is recognised by, best first: when a file has
# two candidates (amoCRM has both «Компания» and «Компания контакта»), the one
# listed earlier wins.
ALIASES: dict[str, tuple[str, ...]] = {
    "title": (
        "title", "deal title", "deal name", "deal - title", "deal", "opportunity",
        "opportunity name", "subject", "name",
        "название сделки", "название", "наименование сделки", "имя сделки", "сделка",
        "сделка - название",
        "título", "titulo", "título do negócio", "nome do negócio", "negócio - título",
        "negócio", "nome da oportunidade", "oportunidade",
    ),
    "client": (
        "client", "client name", "customer", "customer name", "contact", "contact name",
        "contact person", "deal - contact person", "person", "person name", "person - name",
        "полное имя контакта", "основной контакт", "контакт", "имя контакта", "контактное лицо",
        "сделка - контактное лицо", "клиент", "фио", "фио клиента", "покупатель",
        "cliente", "nome do cliente", "contato", "nome do contato", "pessoa de contato",
        "negócio - pessoa de contato", "contato principal", "pessoa",
    ),
    "company": (
        "company", "company name", "organization", "organisation", "deal - organization",
        "organization - name", "organization name", "account", "account name",
        "компания", "название компании", "организация", "сделка - организация",
        "компания контакта",
        "empresa", "nome da empresa", "organização", "negócio - organização",
    ),
    "value": (
        "value", "deal value", "deal - value", "amount", "deal amount", "budget", "price",
        "sum", "total", "revenue",
        "бюджет", "сумма", "сумма сделки", "стоимость", "цена", "сделка - стоимость",
        "сделка - сумма",
        "valor", "valor do negócio", "negócio - valor", "montante", "orçamento",
    ),
    "currency": (
        "currency", "deal - currency", "валюта", "сделка - валюта", "moeda", "negócio - moeda",
    ),
    "stage": (
        "stage", "deal stage", "deal - stage", "pipeline stage",
        "этап сделки", "этап", "стадия сделки", "стадия", "статус сделки", "сделка - этап",
        "etapa", "etapa do negócio", "etapa do funil", "negócio - etapa", "fase", "estágio",
    ),
    "pipeline": (
        "pipeline", "deal - pipeline", "sales pipeline", "funnel",
        "воронка", "воронка продаж", "сделка - воронка",
        "funil", "funil de vendas", "pipeline de vendas", "negócio - funil",
    ),
    "owner": (
        "owner", "deal owner", "deal - owner", "responsible", "responsible user",
        "assigned to", "sales rep", "salesperson", "manager",
        "ответственный", "ответственный менеджер", "менеджер", "владелец", "сделка - владелец",
        "responsável", "proprietário", "negócio - proprietário", "dono", "vendedor",
    ),
    "created": (
        "created", "created at", "created on", "creation date", "date created",
        "deal created", "deal - deal created", "add time", "deal - add time",
        "дата создания сделки", "дата создания", "создана", "сделка - сделка создана",
        "data de criação", "criado em", "negócio - negócio criado", "data de criacao",
    ),
    "stage_entered": (
        "stage entered", "stage entered at", "stage changed", "stage change time",
        "last stage change", "deal - last stage change", "deal - stage change time",
        "дата перехода на этап", "дата смены этапа", "дата изменения этапа",
        "последнее изменение этапа",
        "entrou na etapa", "data de mudança de etapa", "última mudança de etapa",
    ),
    "closed": (
        "closed", "closed at", "closed on", "close date", "close time", "date closed",
        "deal closed on", "deal - deal closed on", "deal - closed on", "deal - close time",
        "won time", "deal - won time",
        "дата закрытия", "дата закрытия сделки", "закрыта",
        "data de fechamento", "fechado em", "data de fechamento do negócio",
        "lost time", "deal - lost time",
    ),
    "status": (
        "status", "deal status", "deal - status", "state", "result", "outcome",
        "статус", "состояние", "результат", "сделка - статус",
        "status do negócio", "negócio - status", "situação", "estado", "resultado",
    ),
    "phone": (
        "phone", "contact phone", "client phone", "person - phone", "deal - person phone",
        "телефон", "рабочий телефон", "мобильный телефон", "телефон контакта",
        "рабочий прямой телефон", "домашний телефон", "другой телефон",
        "telefone", "celular", "telefone do contato", "pessoa - telefone",
    ),
    "email": (
        "email", "e-mail", "contact email", "client email", "person - email",
        "рабочий email", "личный email", "другой email", "email контакта", "почта",
        "e-mail do contato", "pessoa - e-mail",
    ),
}  # fmt: skip

_DASHES = re.compile(r"\s*[-–—]\s*")
_SUFFIX = re.compile(r"\s*(\(.*\)|\[.*\]|,.*)$")


def normalize_header(header: str) -> str:
    text = " ".join(header.split()).casefold().replace("ё", "е").strip(" :*.")
    return _DASHES.sub(" - ", text)


def _keys(header: str) -> tuple[str, ...]:
    exact = normalize_header(header)
    bare = normalize_header(_SUFFIX.sub("", exact))
    return (exact, bare) if bare and bare != exact else (exact,)


_ALIAS_FIELD: dict[str, tuple[str, int]] = {}
for _field, _names in ALIASES.items():
    for _rank, _name in enumerate(_names):
        _ALIAS_FIELD.setdefault(normalize_header(_name), (_field, _rank))


def field_for_header(header: str) -> str | None:
    """The field a header is recognised as, if any."""
    for key in _keys(header):
        if key in _ALIAS_FIELD:
            return _ALIAS_FIELD[key][0]
    return None


def auto_map(columns: Sequence[str]) -> dict[str, str]:
    """field → column for the headers Funnel recognises. Each field takes the
    column whose header ranks best for it; a repeated column ("Name (2)") is
    never picked over the first one."""
    best: dict[str, tuple[int, int, str]] = {}
    for position, column in enumerate(columns):
        for key in _keys(column):
            found = _ALIAS_FIELD.get(key)
            if found is None:
                continue
            field, rank = found
            candidate = (rank, position, column)
            if field not in best or candidate < best[field]:
                best[field] = candidate
            break
    return {f: best[f][2] for f in FIELDS if f in best}


def merge_mapping(auto: Mapping[str, str], overrides: Mapping[str, str]) -> dict[str, str]:
    """Explicit choices over recognised ones; an empty column leaves a field out."""
    merged = dict(auto)
    for field, column in overrides.items():
        if column:
            merged[field] = column
        else:
            merged.pop(field, None)
    return {f: merged[f] for f in FIELDS if f in merged} | {
        f: c for f, c in merged.items() if f not in FIELDS
    }

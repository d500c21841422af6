"""Dates and times as CRMs and spreadsheets export them.

Accepted: ISO (2017-03-01, 2017-03-01T10:00, 2017-03-01 10:00:00, with an
optional UTC offset), and day-first dates with dots, slashes or dashes
(01.03.2017, 01/03/2017, 22.03.2022 13:32:57). Slashes are read day-first like
the dots: the people we write for use dd/mm, and an ambiguous date read
month-first would silently be wrong. An empty cell or a placeholder such as
«не закрыта» means "no date". Anything else is an error naming the value, never
a guess.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone

from funnel.errors import ValidationError

EXPECTED_FORMS = "2017-03-01, 01.03.2017, 01/03/2017 or 22.03.2022 13:32:57"

# Cells that mean "no date" in exports: amoCRM writes «не закрыта» for a deal
# that is still open; other tools write their own words or a dash.
PLACEHOLDERS = frozenset(
    {
        "",
        "-",
        "—",
        "–",
        "n/a",
        "na",
        "none",
        "null",
        "never",
        "not set",
        "not closed",
        "open",
        "не закрыта",
        "не закрыто",
        "не закрыт",
        "не указана",
        "не указано",
        "нет",
        "não fechado",
        "não fechada",
        "nao fechado",
        "nao fechada",
        "em aberto",
        "sem data",
    }
)

_ISO = re.compile(
    r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})"
    r"(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?"
)
_DAY_FIRST = re.compile(
    r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})"
    r"(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?)?"
)


DAY_FIRST = "day-first"
MONTH_FIRST = "month-first"
DATE_ORDERS = (DAY_FIRST, MONTH_FIRST)


def locale_date_order(language: str) -> str:
    """How a locale writes 03/04/2026: month first in the United States (and
    the few that follow it), day first nearly everywhere else."""
    code = language.split(".")[0].replace("-", "_")
    return MONTH_FIRST if code in ("en_US", "en_PH", "es_US", "en_CA_US") else DAY_FIRST


def numeric_date_order(values) -> str | None:
    """What a column's dd/mm or mm/dd dates say about their order: DAY_FIRST
    when some first number is above 12, MONTH_FIRST when some second one is,
    None when every one of them could be either (03/04/2026) or there are none."""
    day_first = month_first = False
    for value in values:
        m = _DAY_FIRST.fullmatch(value.strip())
        if m is None:
            continue
        first, second = int(m.group(1)), int(m.group(3))
        day_first |= first > 12
        month_first |= second > 12
        if day_first and month_first:
            return DAY_FIRST  # mixed: read day first and let the bad rows show
    if day_first or month_first:
        return DAY_FIRST if day_first else MONTH_FIRST
    return None


def choose_date_order(
    values: list[str], *, asked: str | None, locale_order: str
) -> tuple[str, bool]:
    """How to read a file's 03/04/2026, and whether the file left it open: as
    asked; else as its own dates show; else the locale's order — and then
    `True`, so the preview says it guessed."""
    if asked is not None:
        return asked, False
    found = numeric_date_order(values)
    if found is not None:
        return found, False
    return locale_order, any(_DAY_FIRST.fullmatch(v.strip()) for v in values)


class DateFormatError(ValidationError):
    """A cell that is neither a date we read nor a "no date" placeholder.
    `reason` completes a sentence about the value: "… which {reason}"."""

    def __init__(self, value: str, reason: str) -> None:
        super().__init__(f"'{value.strip()}' {reason}.")
        self.value = value
        self.reason = reason


def is_placeholder(text: str) -> bool:
    return " ".join(text.split()).casefold() in PLACEHOLDERS


def _zone(text: str | None) -> timezone | None:
    if text is None:
        return None
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # 01.03.17: spreadsheets shorten years of this century
        year += 2000 if year < 70 else 1900
    return year


def _build(
    value: str,
    year: int,
    month: int,
    day: int,
    hh: str | None,
    mm: str | None,
    ss: str | None,
    frac: str | None,
    tz: timezone | None,
    default_time: time,
) -> datetime:
    try:
        if hh is None:
            return datetime.combine(date(year, month, day), default_time)
        micro = int((frac or "0").ljust(6, "0")[:6])
        return datetime(year, month, day, int(hh), int(mm or 0), int(ss or 0), micro, tzinfo=tz)
    except ValueError as exc:
        raise DateFormatError(value, f"is not a real date or time ({exc})") from exc


def parse_datetime(
    value: str | None, *, default_time: time = time(0), month_first: bool = False
) -> datetime | None:
    """A datetime, or None for an empty cell or a placeholder. Naive unless the
    value carries its own UTC offset. A date alone gets `default_time`.
    `month_first` reads 03/04/2026 as 4 March (the file said so)."""
    if value is None:
        return None
    text = value.strip()
    m = _DAY_FIRST.fullmatch(text)
    if m:
        d, _sep, mo, y, hh, mm, ss, frac = m.groups()
        if month_first:
            d, mo = mo, d
        return _build(value, _year(y), int(mo), int(d), hh, mm, ss, frac, None, default_time)
    m = _ISO.fullmatch(text)
    if m:
        y, mo, d, hh, mm, ss, frac, zone = m.groups()
        return _build(value, int(y), int(mo), int(d), hh, mm, ss, frac, _zone(zone), default_time)
    if is_placeholder(text):
        return None
    raise DateFormatError(value, f"is not a date Funnel reads (use {EXPECTED_FORMS})")


def parse_date(value: str | None) -> date | None:
    moment = parse_datetime(value)
    return None if moment is None else moment.date()

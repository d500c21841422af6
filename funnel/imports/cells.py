"""Cells as spreadsheets and shops write them: ids saved as `17850.0`,
amounts with thousands separators and comma decimals, signed quantities,
dates as Excel serial numbers.

Each reader returns a value or raises `ValueError` with the end of a sentence
("… which is not a number"), so the caller names the column and the line.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from funnel.imports.dates import DateFormatError, parse_datetime

# Excel counts days from 30 December 1899 (its 1900 leap-year bug included).
EXCEL_EPOCH = datetime(1899, 12, 30)
# Serials Funnel accepts as dates: 1 January 1960 to 31 December 2099. A
# number outside them in a date column is far more likely a mistake.
EXCEL_SERIALS = (21916, 73051)
_FLOAT_ID = re.compile(r"[+-]?\d+\.0+")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_SERIAL = re.compile(r"\d{5}(?:[.,]\d+)?")
_SPACES = "\u00a0\u202f '"


def clean_id(text: str) -> str:
    """An id as the other system meant it: `17850.0` (a spreadsheet turned the
    number into a float) is `17850`; anything else is kept, trimmed."""
    text = text.strip()
    if _FLOAT_ID.fullmatch(text):
        return text.split(".", 1)[0]
    return text


def decimal_of(text: str) -> Decimal:
    """A signed number: '1 234,50', '1,234.50', '1.234,5', '-3', '17850.0'."""
    raw = text.strip()
    for ch in _SPACES:
        raw = raw.replace(ch, "")
    negative = raw.startswith("-") or (raw.startswith("(") and raw.endswith(")"))
    raw = raw.strip("()+-")
    if "," in raw and "." in raw:
        # The last separator is the decimal one: 1.500,50 or 1,500.50.
        if raw.rfind(",") > raw.rfind("."):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "")
    elif raw.count(",") == 1:
        head, _, tail = raw.partition(",")
        # "1,500" is fifteen hundred; "1,5" and "12,50" are decimals.
        raw = head + tail if len(tail) == 3 and head not in ("", "0") else f"{head}.{tail}"
    elif raw.count(",") > 1 or raw.count(".") > 1:
        raw = raw.replace(",", "").replace(".", "") if raw.count(".") != 1 else raw.replace(",", "")
    if not _NUMBER.fullmatch(raw):
        raise ValueError("is not a number")
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise ValueError("is not a number") from exc
    return -value if negative else value


def cents_signed(text: str) -> int:
    """An amount of money in cents, possibly negative (a refund)."""
    value = decimal_of(strip_currency(text))
    if abs(value) >= Decimal(10) ** 12:
        raise ValueError("is too large an amount")
    return int((value * 100).quantize(Decimal(1)))


_CURRENCY_MARKS = re.compile(r"(?i)(r\$|us\$|[$₽€£]|\b(usd|rub|brl|eur|gbp)\b|руб\.?|р\.)")


def strip_currency(text: str) -> str:
    return _CURRENCY_MARKS.sub("", text).strip()


def excel_serial(text: str) -> datetime | None:
    """A date written as Excel's day number ('45000' or '45000.5'), if it is one."""
    raw = text.strip()
    if not _SERIAL.fullmatch(raw):
        return None
    value = float(raw.replace(",", "."))
    if not EXCEL_SERIALS[0] <= value <= EXCEL_SERIALS[1]:
        return None
    moment = EXCEL_EPOCH + timedelta(days=value)
    return moment.replace(microsecond=0)


def moment_of(text: str, *, default_time: time = time(12)) -> datetime | None:
    """A date or date-time as written (ISO, day-first, or an Excel serial);
    None for an empty cell or a placeholder."""
    serial = excel_serial(text)
    if serial is not None:
        return serial
    try:
        return parse_datetime(text, default_time=default_time)
    except DateFormatError as exc:
        raise ValueError(exc.reason) from exc


def day_of(text: str) -> date | None:
    moment = moment_of(text)
    return None if moment is None else moment.date()


def month_first_day(text: str) -> date | None:
    """Outlook's US dates ('3/15/1985'); '0/0/00' is its empty birthday."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", text.strip())
    if not m:
        return None
    month, day, year = (int(g) for g in m.groups())
    if month == 0 or day == 0:
        return None
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day)
    except ValueError:
        return None

"""Dates and money as every screen writes them: one format per kind, in the
app's locale (the language chosen in the app, set with `QLocale.setDefault`).

- `short_date`: lists and table cells. The locale's short date, always with a
  4-digit year ("11/12/2026", "12.11.2026", "12/11/2026"): a 2-digit year
  ("11/12/26") reads as three numbers in any order.
- `long_date`: headers and titles. The locale's long date, month in words
  ("November 23, 2026", "23 ноября 2026 г.", "23 de novembro de 2026"), with
  the weekday in front when asked.
- `amount_text`: a money amount in an edit box, grouped the locale's way
  ("25,000", "25 000", "25.000"); `ui.money_edit.MoneyEdit` keeps it so.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale

from funnel.deals.service import parse_money

_WEEKDAY = re.compile(r"^[^dMy']*d{4}[^dMy']*|[^dMy']*d{4}[^dMy']*$")
_NARROW = re.compile(r"(?<!y)yy(?!y)")


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a 4-digit year: 'M/d/yyyy',
    'dd.MM.yyyy', 'dd/MM/yyyy'. Also the display format of date boxes in lists."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return _NARROW.sub("yyyy", pattern)


def long_date_pattern(locale: QLocale | None = None, *, weekday: bool = False) -> str:
    """The locale's long date pattern, without the weekday unless asked."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    if weekday:
        return pattern
    return _WEEKDAY.sub("", pattern).strip(" ,") or pattern


def short_date(day: date | datetime, locale: QLocale | None = None) -> str:
    """A date in a list: '11/23/2026', '23.11.2026', '23/11/2026'."""
    if isinstance(day, datetime):
        day = day.date()
    locale = locale or QLocale()
    return locale.toString(qdate(day), short_date_pattern(locale))


def long_date(day: date | datetime, locale: QLocale | None = None, *, weekday: bool = False) -> str:
    """A date in a header: 'November 23, 2026', '23 ноября 2026 г.',
    '23 de novembro de 2026' ('Monday, November 23, 2026' with `weekday`)."""
    if isinstance(day, datetime):
        day = day.date()
    locale = locale or QLocale()
    return locale.toString(qdate(day), long_date_pattern(locale, weekday=weekday))


# --- money in edit boxes -------------------------------------------------------------


def amount_text(value: Decimal | int | float, locale: QLocale | None = None) -> str:
    """An amount as an edit box shows it: grouped digits, no symbol; cents
    only when there are some ('25,000', '25 000', '25.000,50')."""
    locale = locale or QLocale()
    amount = Decimal(str(value))
    digits = 0 if amount == amount.to_integral_value() else 2
    return locale.toString(float(amount), "f", digits)


def parse_amount(text: str) -> Decimal:
    """An amount as typed. Written the locale's way ("12.500,50" in Brazil,
    "12 500,50" in Russia) it is read that way, so a value shown by the card
    reads back unchanged; otherwise `parse_money` makes sense of it."""
    locale = QLocale()
    text = text.strip()
    allowed = set("0123456789-+ \u00a0\u202f") | {locale.groupSeparator(), locale.decimalPoint()}
    _value, ok = locale.toDouble(text)
    if text and ok and set(text) <= allowed:
        text = text.replace(locale.groupSeparator(), "").replace(locale.decimalPoint(), ".")
    return parse_money(text)


def short_date_time(moment: QDateTime, locale: QLocale | None = None) -> str:
    """A local moment in a list: the short date (4-digit year) and the short time."""
    locale = locale or QLocale()
    time_pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(moment, f"{short_date_pattern(locale)} {time_pattern}")

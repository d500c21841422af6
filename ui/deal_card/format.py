"""Money, dates and meaning-colours as the deal card shows them.

Money and dates go through QLocale so ₽, R$ and $ and the order of day and
month follow the user's language. Colours carry meaning only (won, lost,
overdue) and are chosen to read on both light and dark palettes.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtGui import QColor, QPalette

from ui.formats import parse_amount  # noqa: F401  (where the card and its callers read it)

CURRENCY_SYMBOLS = {"USD": "$", "RUB": "₽", "BRL": "R$", "EUR": "€", "GBP": "£"}

WON = QColor("#2e9d5b")
LOST = QColor("#d64545")
WARNING = QColor("#d08a1f")


def money(value: Decimal, currency: str) -> str:
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    digits = 0 if value == value.to_integral_value() else 2
    return QLocale().toCurrencyString(float(value), symbol, digits)


def amount_text(value: Decimal) -> str:
    """An amount as the value box shows it: the locale's digits, no symbol."""
    digits = 0 if value == value.to_integral_value() else 2
    return QLocale().toString(float(value), "f", digits)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_pattern() -> str:
    return QCoreApplication.translate(
        "DealCard", "d MMM yyyy", "a date as QDate patterns write it: 12 Nov 2026"
    )


def day_text(day: date) -> str:
    """'12 Nov 2026' in English; translators may reorder the pattern."""
    return QLocale().toString(qdate(day), day_pattern())


def time_text(moment: time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def local_moment(utc: datetime) -> QDateTime:
    """A stored naive-UTC moment in the user's local time."""
    stamp = QDateTime(qdate(utc.date()), QTime(utc.hour, utc.minute, utc.second), QTimeZone.UTC)
    return stamp.toLocalTime()


def moment_text(utc: datetime) -> str:
    """'12 Nov 2026, 14:05' in local time, for notes and done activities."""
    local = local_moment(utc)
    day = QLocale().toString(local.date(), day_pattern())
    clock = QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return (
        QCoreApplication.translate("DealCard", "%1, %2", "date, time")
        .replace("%1", day)
        .replace("%2", clock)
    )


def muted(palette: QPalette) -> QColor:
    """Secondary text: between the text and the base colour."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return QColor(
        (text.red() * 3 + base.red() * 2) // 5,
        (text.green() * 3 + base.green() * 2) // 5,
        (text.blue() * 3 + base.blue() * 2) // 5,
    )

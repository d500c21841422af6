"""Loading translations: Funnel's own (resources/translations/funnel_<lang>.qm)
and Qt's (standard buttons, dialogs) for the same language; and money and
dates written the way the chosen language writes them."""

from __future__ import annotations

import re
from datetime import date, time
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

from funnel.languages import SUPPORTED_LANGUAGES, normalize_language

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGE_KEY = "ui/language"  # "system" or one of SUPPORTED_LANGUAGES

_installed: list[QTranslator] = []


class FunnelTranslator(QTranslator):
    """Funnel's own translations. lupdate marks a Python message as plural only
    when it comes from tr() (`self.tr(text, None, n)`), not from
    `QCoreApplication.translate(context, text, None, n)`; such a message has one
    translation, which Qt would use for counts of the "one" form only and show
    English for the rest. Here that one translation serves every count (Qt then
    fills in %n), so a count-agnostic translation ("+%n дн.") always reads."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and n >= 0:
            found = super().translate(context, source, disambiguation, -1)
        return found or None  # None, not "": Qt then asks the next translator, or shows the source


def language_names() -> dict[str, str]:
    """Each language in its own name, as a language menu shows them."""
    return {"en": "English", "ru": "Русский", "pt_BR": "Português (Brasil)"}


def system_language() -> str:
    return normalize_language(QLocale.system().name())


def chosen_language(settings: QSettings | None = None) -> str:
    """The language from settings, or the system's when set to follow it."""
    value = str((settings or QSettings()).value(LANGUAGE_KEY, "system"))
    return system_language() if value == "system" else normalize_language(value)


def install_language(language: str) -> str:
    """Replace the installed translators; returns the language now in use."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = normalize_language(language)
    assert language in SUPPORTED_LANGUAGES
    QLocale.setDefault(QLocale(language))
    ours = FunnelTranslator(app)
    if ours.load(str(TRANSLATIONS_DIR / f"funnel_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        # English is the source text: funnel_en.qm holds only its plural forms
        # ("1 deal", "5 deals"), and Qt's own texts are English already.
        return language
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


# --- money and dates in the language's locale --------------------------------------

CURRENCY_SYMBOLS = {"USD": "$", "RUB": "₽", "BRL": "R$", "EUR": "€", "GBP": "£"}


def money_text(value: Decimal | int | float, currency: str, *, whole: bool = False) -> str:
    """'$1,500', '1 500 ₽', 'R$ 1.500,50': the symbol of the deal's currency,
    the digits of the user's language; cents only when there are some.
    `whole` rounds to whole units (totals and forecasts, where cents are noise)."""
    amount = Decimal(str(value))
    if whole:
        amount = amount.quantize(Decimal(1))
    digits = 0 if amount == amount.to_integral_value() else 2
    symbol = CURRENCY_SYMBOLS.get(currency.upper(), currency)
    return QLocale().toCurrencyString(float(amount), symbol, digits)


def money_short(value: Decimal | int | float, currency: str) -> str:
    """A total at a glance: '$6.5M', '6,5 млн ₽', 'R$ 18 mil'; exact below 10,000.
    The symbol goes where the language puts it (read off the locale's own
    pattern for one unit); the suffixes are translated."""
    amount = Decimal(str(value))
    magnitude = abs(amount)
    if magnitude < 10_000:
        return money_text(amount, currency, whole=True)
    locale = QLocale()
    if magnitude >= 1_000_000:
        scaled, suffix = amount / 1_000_000, QCoreApplication.translate("Money", "%1M")
    else:
        scaled, suffix = amount / 1_000, QCoreApplication.translate("Money", "%1K")
    digits = 1 if abs(scaled) < 100 else 0
    number = locale.toString(float(scaled), "f", digits)
    zero = locale.toString(0.0, "f", 1)[1:]  # ".0" or ",0"
    if digits and number.endswith(zero):
        number = number[: -len(zero)]
    symbol = CURRENCY_SYMBOLS.get(currency.upper(), currency)
    pattern = locale.toCurrencyString(1.0, symbol, 0)
    return pattern.replace("1", suffix.replace("%1", number), 1)


def number_text(n: int) -> str:
    """A count in the language's digits: 1,234 / 1 234 / 1.234."""
    return QLocale().toString(n)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: date) -> str:
    """A date in a list: the locale's short date with a 4-digit year (ui/formats.py)."""
    from ui.formats import short_date

    return short_date(day)


def _day_month_format(locale: QLocale) -> str:
    """The locale's short date pattern without the year: 'M/d', 'dd.MM', 'dd/MM'."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    stripped = re.sub(r"[^dM]*y+[^dM]*", "", pattern)
    stripped = re.sub(r"^[^dM]+|[^dM]+$", "", stripped)
    return stripped or pattern


def day_text(day: date, today: date) -> str:
    """A due day as a person says it: 'Today', 'Tomorrow', 'Yesterday', else the
    short date (without the year when it is this year's)."""
    delta = (day - today).days
    if delta == 0:
        return QCoreApplication.translate("Dates", "Today")
    if delta == 1:
        return QCoreApplication.translate("Dates", "Tomorrow")
    if delta == -1:
        return QCoreApplication.translate("Dates", "Yesterday")
    locale = QLocale()
    if day.year == today.year:
        return locale.toString(qdate(day), _day_month_format(locale))
    return date_text(day)


def time_text(moment: time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)

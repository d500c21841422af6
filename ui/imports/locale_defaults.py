"""What an import assumes from where the computer is: the currency offered
when a file has none (the person sees it and may change it) and the region
national phone numbers are read in, unless the profile says otherwise."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def _locale() -> QLocale:
    system = QLocale.system()
    if system.territory() != QLocale.Country.AnyTerritory:
        return system
    return QLocale()  # the app's language ("C" systems, tests)


def locale_currency() -> str:
    return _locale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)


def locale_region() -> str | None:
    locale = _locale()
    if locale.territory() == QLocale.Country.AnyTerritory:
        return None
    return QLocale.territoryToCode(locale.territory()) or None

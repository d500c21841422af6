"""The line under per-currency totals when exchange rates are set:
"≈ R$ 7 450 at rates of 1 Dec 2026", or which currencies have no rate.

Shared by the board, the reports and the Deals list, so every screen says it
the same way (see funnel/rates.py for the rules)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from funnel.rates import HomeTotal
from ui.i18n import money_text, qdate


def rates_day_text(day: date) -> str:
    """'1 Dec 2026', '1 дек. 2026 г.', '1 de dez. de 2026' (the locale's words)."""
    return QLocale().toString(qdate(day), "d MMM yyyy")


def converted_text(total: HomeTotal) -> str:
    """Empty when every amount is in the home currency (nothing to convert)."""
    if not total.needed:
        return ""
    if total.total is None:
        return QCoreApplication.translate(
            "Rates", "No exchange rate for %1: totals stay per currency."
        ).replace("%1", ", ".join(total.missing))
    text = QCoreApplication.translate("Rates", "≈ %1 at rates of %2")
    day = rates_day_text(total.as_of) if total.as_of else ""
    return text.replace("%1", money_text(total.total, total.home_currency, whole=True)).replace(
        "%2", day
    )


def converted_tooltip(total: HomeTotal) -> str:
    if total.needed and total.total is None:
        return QCoreApplication.translate(
            "Rates", "Set exchange rates in Preferences › Exchange rates to see one total."
        )
    return QCoreApplication.translate(
        "Rates",
        "Every currency converted to %1 with the latest rate on or before today "
        "(Preferences › Exchange rates).",
    ).replace("%1", total.home_currency)


def report_money_text(total: HomeTotal | None) -> str:
    """Under a report whose money is in the home currency (the forecast):
    at which rates other currencies were counted, or which were left out."""
    if total is None or not total.needed:
        return ""
    if total.total is None:
        return (
            QCoreApplication.translate(
                "Rates", "Not counted in the money columns: %1 (no exchange rate to %2)."
            )
            .replace("%1", ", ".join(total.missing))
            .replace("%2", total.home_currency)
        )
    day = rates_day_text(total.as_of) if total.as_of else ""
    return (
        QCoreApplication.translate("Rates", "Money in %1, other currencies at rates of %2.")
        .replace("%1", total.home_currency)
        .replace("%2", day)
    )

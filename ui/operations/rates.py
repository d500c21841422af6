"""Exchange rates through the one door (`ui.operations.core`): setting or
removing a rate is one transaction and one undo step; every total on screen
may change, so every screen is told."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from funnel.rates import (
    Rate,
    RateChange,
    redo_remove_rate,
    redo_set_rate,
    remove_rate,
    restore_rates,
    set_rate,
    undo_set_rate,
)
from ui.operations.core import EVERYTHING, Op


def set_rate_op(currency: str, rate: str | Decimal, *, on: date) -> Op[RateChange]:
    return Op(
        QCoreApplication.translate("Actions", "Set exchange rate"),
        set_rate,
        (currency, rate),
        {"on": on},
        changes=EVERYTHING,
        undo=undo_set_rate,
        redo=redo_set_rate,
    )


def remove_rate_op(currency: str, *, on: date) -> Op[tuple[Rate, ...]]:
    return Op(
        QCoreApplication.translate("Actions", "Remove exchange rate"),
        remove_rate,
        (currency,),
        {"on": on},
        changes=EVERYTHING,
        undo=restore_rates,
        redo=redo_remove_rate,
    )

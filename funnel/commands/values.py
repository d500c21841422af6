"""argparse types for numbers a person types: ids and counts are whole
numbers in a range, so 99999999999999999999 gets a sentence, not a traceback
from SQLite ("Python int too large to convert to SQLite INTEGER")."""

from __future__ import annotations

import argparse
from collections.abc import Callable

MAX_ID = 2**63 - 1  # SQLite's INTEGER


def whole_number(low: int, high: int, what: str = "a number") -> Callable[[str], int]:
    def parse(text: str) -> int:
        digits = text.strip()
        if not digits.lstrip("+-").isdigit() or not digits.isascii():
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number")
        value = int(digits)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{what} must be from {low:,} to {high:,} (got {text})"
            )
        return value

    parse.__name__ = what  # argparse names the type in "invalid … value"
    return parse


record_id = whole_number(1, MAX_ID, "an id")
limit = whole_number(1, 1_000_000, "a limit")
days_ahead = whole_number(0, 3660, "a number of days")
weeks_back = whole_number(1, 520, "a number of weeks")
months = whole_number(1, 120, "a number of months")

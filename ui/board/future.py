"""The board of a Future-sales pipeline: parked deals grouped by when they
come back (return overdue, this month, next month, in 2–3 months, later)
rather than by stage — a parked deal has one stage, "waiting".

The columns are the ordinary column widgets; they all hold the future stage's
id, so a card cannot be dragged from one bucket to another (its return date
decides its bucket, not a drop) while the won/lost/archive zones still work.
Each card shows its return date instead of days in stage, and a red mark once
the return date has passed without the deal being brought back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QObject

from funnel.pipeline.board import BoardColumn, CurrencyTotal
from funnel.pipeline.future import FutureBoard
from funnel.pipeline.parked import FutureGroup, ReturnGroup
from funnel.store.models import from_cents
from ui.board.column import ColumnWidget
from ui.followups.format import long_date
from ui.i18n import money_short, number_text


class FutureBuckets(QObject):
    """The translation context of the future board's texts with a count:
    `FutureBuckets.tr("…%n…", None, n)`, as lupdate reads plural forms of tr()
    calls only (the dataclass FutureBoard already holds that name)."""


def bucket_title(group: ReturnGroup) -> str:
    return {
        ReturnGroup.OVERDUE: QCoreApplication.translate("FutureBoard", "Return overdue"),
        ReturnGroup.THIS_MONTH: QCoreApplication.translate("FutureBoard", "This month"),
        ReturnGroup.NEXT_MONTH: QCoreApplication.translate("FutureBoard", "Next month"),
        ReturnGroup.IN_2_3_MONTHS: QCoreApplication.translate("FutureBoard", "In 2–3 months"),
        ReturnGroup.LATER: QCoreApplication.translate("FutureBoard", "Later"),
    }[group]


def bucket_columns(board: FutureBoard) -> list[BoardColumn]:
    """Column headers for the buckets (counted from the cards shown)."""
    columns = []
    for position, (group, cards) in enumerate(zip(board.groups, board.cards, strict=True)):
        money: dict[str, tuple[int, int]] = {}
        for card in cards:
            n, cents = money.get(card.currency, (0, 0))
            money[card.currency] = (n + 1, cents + card.value_cents)
        if board.default_currency not in money:
            money[board.default_currency] = (0, 0)
        totals = tuple(
            CurrencyTotal(cur, n, from_cents(cents), from_cents(0))
            for cur, (n, cents) in sorted(
                money.items(), key=lambda kv: (kv[0] != board.default_currency, -kv[1][0])
            )
        )
        overdue = len(cards) if group.group == ReturnGroup.OVERDUE else 0
        columns.append(
            BoardColumn(
                board.stage_id,
                bucket_title(group.group),
                position,
                None,
                0,
                len(cards),
                overdue,
                totals,
            )
        )
    return columns


def range_text(group: FutureGroup) -> str:
    """'until 22 Nov', '23 Nov – 30 Nov', 'from 1 Mar'."""
    first, last = group.first_day, group.last_day
    if first is None and last is not None:
        return QCoreApplication.translate("FutureBoard", "before %1").replace(
            "%1", long_date(last + timedelta(days=1))
        )
    if last is None and first is not None:
        return QCoreApplication.translate("FutureBoard", "from %1").replace("%1", long_date(first))
    if first is not None and last is not None:
        return (
            QCoreApplication.translate("FutureBoard", "%1 – %2")
            .replace("%1", long_date(first))
            .replace("%2", long_date(last))
        )
    return ""


def show_bucket(column: ColumnWidget, summary: BoardColumn, group: FutureGroup) -> None:
    """A bucket's header: name and count, value, the dates it covers, and how
    many are overdue (red, like a stall count)."""
    column.set_summary(summary)
    column.weighted_label.setText(range_text(group))
    column.weighted_label.setToolTip(
        QCoreApplication.translate("FutureBoard", "Deals whose return date falls in this range")
    )
    if summary.stalled:
        column.stalled_label.setText(FutureBuckets.tr("%n return overdue", None, summary.stalled))
        column.stalled_label.setToolTip(
            QCoreApplication.translate(
                "FutureBoard",
                "The return date has passed: bring these deals back or park them again",
            )
        )
    else:
        column.stalled_label.clear()
        column.stalled_label.setToolTip("")
    column.limit_label.clear()
    column.limit_label.setToolTip("")
    column.count_label.setToolTip(FutureBuckets.tr("Parked deals: %Ln", None, summary.count))


def summary_text(columns: Sequence[BoardColumn]) -> str:
    total = sum(c.count for c in columns)
    values: dict[str, object] = {}
    for column in columns:
        for t in column.totals:
            values[t.currency] = values.get(t.currency, 0) + t.value  # type: ignore[operator]
    money = " + ".join(money_short(v, c) for c, v in values.items() if v)  # type: ignore[arg-type]
    text = QCoreApplication.translate("FutureBoard", "%1 parked deals").replace(
        "%1", number_text(total)
    )
    return f"{text} · {money}" if money else text

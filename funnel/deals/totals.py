"""The deals list's totals row: how many deals the filters match and their
value per currency (never added across currencies).

One grouped SELECT over the same filtered deals as the list (`rows.filtered`),
so the row stays right for any filter and costs one index or table walk even
on 100,000 deals.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from funnel.deals.rows import DealFilters, filtered
from funnel.pipeline.summary import CurrencyTotal, currency_totals
from funnel.store.models import Deal
from funnel.store.profile import home_currency


@dataclass(frozen=True)
class DealTotals:
    count: int
    totals: tuple[CurrencyTotal, ...]  # home currency first, then most deals first

    def as_json(self) -> dict:
        return {"count": self.count, "totals": [t.as_json() for t in self.totals]}


def deal_totals(session: Session, *, filters: DealFilters | None = None) -> DealTotals:
    """Count and value per currency of the deals the list shows for `filters`.
    Only currencies with deals are listed, except the home currency when
    nothing matches (so the row reads "0 deals · $0", not blank)."""
    query = filtered(
        session,
        select(Deal.currency, func.count(Deal.id), func.coalesce(func.sum(Deal.value_cents), 0)),
        filters or DealFilters(),
    ).group_by(Deal.currency)
    money = {currency: (int(n), int(cents)) for currency, n, cents in session.execute(query)}
    totals = currency_totals(money, home_currency(session), 0)
    shown = tuple(t for t in totals if t.count) or totals[:1]
    return DealTotals(sum(n for n, _ in money.values()), shown)

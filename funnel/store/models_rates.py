"""Exchange rates (issue 10): what one unit of a currency was worth in the home
currency on a day. Several days are kept per currency; a total as of a day
uses the latest rate on or before it (see funnel/rates.py).

The rate is kept as the decimal text the person typed ("5.45", "0.0108"):
money is never a float, SQLite has no exact decimal type, and the figure is
only ever read back into Python's Decimal, never computed on in SQL.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from funnel.store.base import Base


class ExchangeRate(Base):
    __tablename__ = "exchange_rate"
    __table_args__ = (UniqueConstraint("currency", "home_currency", "as_of"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))  # ISO 4217, e.g. "EUR"
    # The home currency the rate is quoted in: a rate set while the home
    # currency was BRL says nothing once it is RUB, and is then not used.
    home_currency: Mapped[str] = mapped_column(String(3))
    as_of: Mapped[date] = mapped_column(Date)
    rate: Mapped[str] = mapped_column(String(40))  # 1 currency = rate home currency

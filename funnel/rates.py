"""Exchange rates to the home currency, and totals converted with them.

Totals are kept per currency everywhere (issue 10): adding roubles to dollars
prints a number nobody can use. When the person has set rates (a small table
they edit: currency, rate, day), a per-currency total can also be given as
one home-currency figure — always as an extra, labelled line ("≈ R$ 123 400
at rates of 1 Dec 2026"), and only when every currency in it has a rate;
otherwise the line names the currencies that have none. Nothing is guessed.

- A rate says what one unit of the currency is worth in the home currency
  (`funnel rates set EUR 5.45` with home BRL: 1 EUR = 5.45 BRL).
- Several days are kept per currency; a total as of a day uses, for each
  currency, the latest rate on or before that day.
- A rate remembers the home currency it was quoted in; after the home
  currency changes, the old rates are kept (and listed) but not used.
- Decimal throughout; the figure is rounded to cents once, at the end. When
  the rates used are of different days, the label gives the oldest one, so
  a stale rate is never hidden behind a fresh one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from funnel.currencies import check_currency
from funnel.errors import NotFoundError, ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.store.models import ExchangeRate
from funnel.store.profile import home_currency

MAX_RATE = Decimal(1_000_000_000)
MAX_PLACES = 12  # 1 IRR is about 0.0000238 USD: twelve places keep such rates exact
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Rate:
    currency: str
    home_currency: str
    as_of: date
    rate: Decimal  # 1 currency = rate × home currency

    def as_json(self) -> dict:
        return {
            "currency": self.currency,
            "home_currency": self.home_currency,
            "on": self.as_of.isoformat(),
            "rate": str(self.rate),
        }


@dataclass(frozen=True)
class RateChange:
    """What `set_rate` did, so it can be taken back: the rate now, and the
    one it replaced on the same day (None: there was none)."""

    rate: Rate
    previous: Decimal | None


@dataclass(frozen=True)
class HomeTotal:
    """Per-currency amounts as one home-currency figure.

    `needed` is False when every non-zero amount is already in the home
    currency (there is nothing to convert and no line to show). `total` is
    None when a currency has no rate; `missing` names those currencies."""

    home_currency: str
    needed: bool
    total: Decimal | None
    as_of: date | None  # the oldest rate used
    missing: tuple[str, ...]

    def as_json(self) -> dict:
        return {
            "home_currency": self.home_currency,
            "total": None if self.total is None else str(self.total),
            "rates_of": self.as_of.isoformat() if self.as_of else None,
            "missing_rates": list(self.missing),
        }


def parse_rate(value: str | Decimal) -> Decimal:
    """A rate a person typed ("5.45", "5,45", "0.0108"): positive, exact."""
    text = str(value).strip()
    for space in (" ", "\u00a0", "\u202f"):  # digit groups as ru writes them
        text = text.replace(space, "")
    if "," in text and "." in text:  # "1.234,5" or "1,234.5": the last one is the decimal
        group = "." if text.rfind(",") > text.rfind(".") else ","
        text = text.replace(group, "")
    text = text.replace(",", ".")  # a decimal comma, as ru and pt_BR write it
    try:
        rate = Decimal(text)
    except InvalidOperation:
        rate = None
    if rate is None or not rate.is_finite():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a rate: write a number such as 5.45."),
            value=str(value),
        )
    if rate <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A rate must be more than zero (got '{value}')."),
            value=str(value),
        )
    exponent = rate.normalize().as_tuple().exponent
    if rate >= MAX_RATE or (isinstance(exponent, int) and -exponent > MAX_PLACES):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'{value}' is out of range: a rate is below one billion, "
                "with at most {places} decimal places.",
            ),
            value=str(value),
            places=MAX_PLACES,
        )
    return rate


def _text(rate: Decimal) -> str:
    return format(rate.normalize(), "f")


def _rate(row: ExchangeRate) -> Rate:
    return Rate(row.currency, row.home_currency, row.as_of, Decimal(row.rate))


def _check_pair(session: Session, currency: str) -> tuple[str, str]:
    code = check_currency(currency)
    home = home_currency(session)
    if code == home:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{currency} is the home currency: totals are counted in it, it needs no rate.",
            ),
            currency=code,
        )
    return code, home


def set_rate(session: Session, currency: str, rate: str | Decimal, *, on: date) -> RateChange:
    """Set what one `currency` is worth in the home currency on day `on`
    (replacing that day's rate if there was one)."""
    code, home = _check_pair(session, currency)
    value = parse_rate(rate)
    row = session.scalar(
        select(ExchangeRate).where(
            ExchangeRate.currency == code,
            ExchangeRate.home_currency == home,
            ExchangeRate.as_of == on,
        )
    )
    previous = None
    if row is None:
        session.add(ExchangeRate(currency=code, home_currency=home, as_of=on, rate=_text(value)))
    else:
        previous = Decimal(row.rate)
        row.rate = _text(value)
    session.flush()
    return RateChange(Rate(code, home, on, value), previous)


def undo_set_rate(session: Session, change: RateChange) -> None:
    """Take a `set_rate` back: the day's earlier rate, or no rate that day."""
    r = change.rate
    where = (
        ExchangeRate.currency == r.currency,
        ExchangeRate.home_currency == r.home_currency,
        ExchangeRate.as_of == r.as_of,
    )
    if change.previous is None:
        session.execute(delete(ExchangeRate).where(*where))
    else:
        row = session.scalar(select(ExchangeRate).where(*where))
        if row is not None:
            row.rate = _text(change.previous)
    session.flush()


def redo_set_rate(session: Session, change: RateChange) -> RateChange:
    r = change.rate
    return set_rate(session, r.currency, r.rate, on=r.as_of)


def remove_rate(session: Session, currency: str, *, on: date | None = None) -> tuple[Rate, ...]:
    """Remove a currency's rate of one day, or (without `on`) all its rates in
    the home currency. What was removed is returned (for undo)."""
    code = check_currency(currency)
    home = home_currency(session)
    query = select(ExchangeRate).where(
        ExchangeRate.currency == code, ExchangeRate.home_currency == home
    )
    if on is not None:
        query = query.where(ExchangeRate.as_of == on)
    rows = list(session.scalars(query))
    if not rows:
        if on is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no rate for {currency}."), currency=code
            )
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no rate for {currency} on {day}."),
            currency=code,
            day=on.isoformat(),
        )
    removed = tuple(_rate(r) for r in rows)
    for row in rows:
        session.delete(row)
    session.flush()
    return removed


def restore_rates(session: Session, rates: tuple[Rate, ...]) -> None:
    """Put removed rates back (the undo of `remove_rate`)."""
    for r in rates:
        row = ExchangeRate(currency=r.currency, home_currency=r.home_currency, as_of=r.as_of)
        row.rate = _text(r.rate)
        session.add(row)
    session.flush()


def redo_remove_rate(session: Session, removed: tuple[Rate, ...]) -> tuple[Rate, ...]:
    """Remove again what `remove_rate` removed and `restore_rates` put back."""
    for r in removed:
        remove_rate(session, r.currency, on=r.as_of)
    return removed


def list_rates(session: Session) -> list[Rate]:
    """Every rate kept: the home currency's first, by currency, newest day first."""
    home = home_currency(session)
    rows = [_rate(r) for r in session.scalars(select(ExchangeRate))]
    return sorted(rows, key=lambda r: (r.home_currency != home, r.home_currency, r.currency,
                                       -r.as_of.toordinal()))  # fmt: skip


def rates_on(session: Session, day: date) -> dict[str, Rate]:
    """Per currency, the latest rate (in the home currency) on or before `day`."""
    home = home_currency(session)
    query = (
        select(ExchangeRate)
        .where(ExchangeRate.home_currency == home, ExchangeRate.as_of <= day)
        .order_by(ExchangeRate.currency, ExchangeRate.as_of)
    )
    return {row.currency: _rate(row) for row in session.scalars(query)}  # the latest wins


def convert(
    amounts: Iterable[tuple[str, Decimal]], rates: Mapping[str, Rate], home: str
) -> HomeTotal:
    """Per-currency amounts (currency, amount) as one home-currency figure."""
    total = Decimal(0)
    used: list[date] = []
    missing: list[str] = []
    needed = False
    for currency, amount in amounts:
        if currency == home:
            total += amount
            continue
        if not amount:
            continue
        needed = True
        rate = rates.get(currency)
        if rate is None:
            if currency not in missing:
                missing.append(currency)
            continue
        total += amount * rate.rate
        used.append(rate.as_of)
    if missing:
        return HomeTotal(home, needed, None, None, tuple(sorted(missing)))
    return HomeTotal(home, needed, total.quantize(CENT), min(used, default=None), ())


def home_total(
    session: Session, amounts: Iterable[tuple[str, Decimal]], *, today: date
) -> HomeTotal:
    """`convert` with the rates of `today` and the saved home currency."""
    return convert(amounts, rates_on(session, today), home_currency(session))

"""Amounts as large as real contracts: 26,000,000 ₽ is 2.6 billion kopecks,
more than a 32-bit integer holds (PostgreSQL's `integer` refused it with
"integer out of range"). A deal won for that much becomes a purchase of it,
and totals add such deals without overflowing."""

from decimal import Decimal

from funnel.customers.clients import create_client
from funnel.deals.service import create_deal, get_deal
from funnel.deals.totals import deal_totals
from funnel.pipeline.moves import win_deal
from funnel.store.models import Purchase

BIG = Decimal("26000000.00")


def test_a_26_million_rouble_deal_is_stored_won_and_totalled(session, now, today):
    client = create_client(session, name="ООО Стройинвест", now=now)
    first = create_deal(
        session, title="Завод под ключ", value=BIG, currency="RUB", client_id=client, now=now
    )
    create_deal(session, title="Второй завод", value=BIG, currency="RUB", now=now)
    session.flush()
    assert get_deal(session, first, today=today).value == BIG
    [rub] = [t for t in deal_totals(session).totals if t.currency == "RUB"]
    assert rub.value == 2 * BIG

    win_deal(session, first, now=now, today=today)
    session.flush()
    purchase = session.query(Purchase).filter_by(deal_id=first).one()
    assert purchase.amount_cents == 2_600_000_000

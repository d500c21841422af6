"""Realistic demo data at scale: `generate_demo(db, deals=100_000, seed=1, now=...)`.

Most deals are history (won, lost or archived over the last two years); a tenth
are open on the main sales board, some in a wholesale pipeline, a few parked in
Future sales. Every deal has the stage history that explains where it is now.

Speed comes from one executemany per table and chunk of plain tuples (no ORM
object per row; see `funnel.demo.writer`), all in one transaction, so a failure
mid-way rolls the whole demo back. `PRAGMA synchronous` cannot change inside a
transaction, and WAL with synchronous=NORMAL does not fsync on commit anyway,
so it is left alone; only the page cache is enlarged while the indexes grow.
Memory stays flat (about 235 MB at a million deals) because each chunk is
written and dropped before the next is made.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import func, select

from funnel.demo.maker import (
    ARCHIVED,
    LOST,
    MAIN_OPEN,
    PARKED,
    WHOLESALE_OPEN,
    WON,
    Fates,
    Maker,
    fate_counts,
)
from funnel.demo.rows import TABLES
from funnel.demo.setup import prepare
from funnel.demo.writer import TableWriter
from funnel.errors import ValidationError
from funnel.store.client_summary import refresh_clients
from funnel.store.db import Database
from funnel.store.models import Base, Client, Deal
from funnel.timeutil import utc_naive

__all__ = ["MAX_DEALS", "DemoResult", "generate_demo"]

MAX_DEALS = 5_000_000
CHUNK_DEALS = 5_000  # deals (with their clients, history, follow-ups) written at once
CACHE_KIB = 131_072  # a bigger page cache while indexes of large tables grow


@dataclass(frozen=True)
class DemoResult:
    deals: int
    clients: int
    contacts: int
    stage_changes: int
    activities: int
    notes: int
    purchases: int
    owners_created: int
    pipeline: str  # the main sales pipeline, whose board holds the open deals
    open_deals: int
    wholesale_pipeline: str | None
    wholesale_open: int
    future_pipeline: str | None
    parked: int
    won: int
    lost: int
    archived: int

    def as_json(self) -> dict:
        return asdict(self)


ProgressFn = Callable[[int, int], None]


def generate_demo(
    db: Database,
    *,
    deals: int,
    seed: int,
    now: datetime,
    progress: ProgressFn | None = None,
) -> DemoResult:
    """Add `deals` demo deals (with clients, history, follow-ups and purchases)
    as of `now`; the same seed and `now` give the same data."""
    if not isinstance(deals, int) or not 1 <= deals <= MAX_DEALS:
        raise ValidationError(
            f"The number of demo deals must be a whole number from 1 to {MAX_DEALS:,} "
            f"(got {deals})."
        )
    rng = random.Random(seed)
    moment = utc_naive(now)
    totals: dict[str, int] = {}
    with db.begin() as session:
        setup = prepare(session)
        conn = session.connection()
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
        conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
        try:
            maker = Maker(
                rng,
                moment,
                setup,
                first_client_id=(session.scalar(select(func.max(Client.id))) or 0) + 1,
                first_deal_id=(session.scalar(select(func.max(Deal.id))) or 0) + 1,
            )
            writers = [
                TableWriter(conn, Base.metadata.tables[name], columns) for name, columns in TABLES
            ]
            counts = fate_counts(
                deals, wholesale=setup.wholesale is not None, future=setup.future is not None
            )
            fates = Fates(counts)
            made = 0
            buyers: set[int] = set()
            while made < deals:
                made += maker.client(fates, deals - made)
                if len(maker.rows.deal) >= CHUNK_DEALS or made == deals:
                    for writer in writers:
                        batch = maker.rows.of(writer.table.name)
                        writer.write(batch)
                        totals[writer.table.name] = totals.get(writer.table.name, 0) + len(batch)
                    buyers.update(row[0] for row in maker.rows.purchase)
                    maker.rows.clear()
                    if progress is not None:
                        progress(made, deals)
            # Written straight to the tables: the buyers' summary at once.
            refresh_clients(session, buyers)
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size={int(cache)}")
    return DemoResult(
        deals=totals.get("deal", 0),
        clients=totals.get("client", 0),
        contacts=totals.get("client_contact", 0),
        stage_changes=totals.get("stage_change", 0),
        activities=totals.get("activity", 0),
        notes=totals.get("note", 0),
        purchases=totals.get("purchase", 0),
        owners_created=setup.owners_created,
        pipeline=setup.main.name,
        open_deals=counts[MAIN_OPEN],
        wholesale_pipeline=setup.wholesale.name if setup.wholesale else None,
        wholesale_open=counts[WHOLESALE_OPEN],
        future_pipeline=setup.future.name if setup.future else None,
        parked=counts[PARKED],
        won=counts[WON],
        lost=counts[LOST],
        archived=counts[ARCHIVED],
    )

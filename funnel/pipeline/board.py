"""What the kanban board shows: the open deals of one pipeline as cards, and a
summary per stage.

The cards of a whole pipeline (10,000 of them in a busy one) come from one
SELECT: deals joined with their stage, client and owner, and each deal's next
step picked by a subquery that walks the (deal_id, done_at, due_date) index,
so there is no query per card. On SQLite the subquery is a correlated scalar
one (SQLite has no LATERAL); on PostgreSQL it is a LATERAL join, which reads
only the open deals' own activities: the scalar form makes PostgreSQL hash
every activity it may see, and under row-level security that means the
activity policy on every row of the table (see README, "Team server:
row-level security").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select, true
from sqlalchemy.orm import Session, aliased

from funnel.pipeline.stalls import (
    age_in_days,
    days_over,
    stall_stages,
    stalled_condition,
    uses_business_days,
)
from funnel.pipeline.summary import CurrencyTotal, currency_totals, stage_summary
from funnel.store.models import Activity, Client, Deal, DealStatus, Owner, Stage, from_cents
from funnel.store.profile import home_currency


@dataclass(frozen=True)
class BoardFilters:
    """What the board's filter bar asks for; the defaults show every open deal."""

    owner_id: int | None = None
    temperature: str | None = None  # "hot" | "warm" | "cold"
    stalled_only: bool = False
    no_next_step: bool = False

    @property
    def active(self) -> bool:
        return self != BoardFilters()


class BoardCard(NamedTuple):
    """One card. A NamedTuple rather than a dataclass: a busy column holds
    10,000 of them, and tuples are built several times faster and are smaller."""

    id: int
    title: str
    client_id: int | None
    client: str | None
    temperature: str | None
    value_cents: int
    currency: str
    stage_id: int
    stage_entered_at: datetime
    # Counted as the stall rule counts (business days when the team chose so),
    # so "12 d" and "+5 d" on one card always agree with each other.
    days_in_stage: int
    rot_days: int | None  # None: this stage never stalls
    days_over: int
    next_due_date: date | None
    next_due_time: time | None
    next_subject: str | None
    next_kind: str | None
    owner_id: int | None
    owner: str | None

    @property
    def value(self) -> Decimal:
        return from_cents(self.value_cents)

    @property
    def stalled(self) -> bool:
        return self.days_over > 0

    @property
    def has_next_step(self) -> bool:
        return self.next_due_date is not None

    def next_step_overdue(self, today: date) -> bool:
        return self.next_due_date is not None and self.next_due_date < today

    @property
    def sort_key(self) -> tuple[datetime, int]:
        """The order of cards within a column (see `board_cards`)."""
        return (self.stage_entered_at, self.id)


@dataclass(frozen=True)
class BoardColumn:
    """One stage's header: its figures over all its open deals (not the filter).

    Money is totalled per currency: there are no exchange rates, and adding
    roubles to dollars would print a number nobody can use. The default
    currency comes first (shown even when zero), then the others by count."""

    stage_id: int
    name: str
    position: int
    rot_days: int | None
    probability: int
    count: int
    stalled: int
    totals: tuple[CurrencyTotal, ...]


@dataclass(frozen=True)
class Board:
    pipeline_id: int
    columns: list[BoardColumn]
    cards: list[BoardCard]


def _next_activity(*columns: Any) -> Select:
    """A deal's next step: its earliest open activity, in exactly the order of
    `funnel.followups.activity_list.next_steps` (by date; on one day, untimed ones first),
    so the board and the deal card never disagree."""
    return (
        select(*columns)
        .where(Activity.deal_id == Deal.id, Activity.done_at.is_(None))
        .order_by(Activity.due_date, Activity.due_time.is_not(None), Activity.due_time, Activity.id)
        .limit(1)
        .correlate(Deal)
    )


def board_cards(
    session: Session,
    pipeline_id: int,
    *,
    today: date,
    filters: BoardFilters | None = None,
    deal_ids: Collection[int] | None = None,
) -> list[BoardCard]:
    """The open deals of a pipeline that pass `filters`, in board order.

    `deal_ids` narrows the answer to those deals (the board refreshing only
    the cards a move touched); a deal that left the pipeline or no longer
    passes the filters is simply absent.

    Order within a stage: longest in the stage first. Within one stage every
    deal has the same `rot_days`, so this is exactly "stalled first, most days
    over first, then the deals closest to stalling", and fresh arrivals sink to
    the bottom. A salesperson reads a column top-down as "needs me now → soon →
    fine", and the order does not reshuffle when an activity is edited.
    """
    filters = filters or BoardFilters()
    query, next_id = _cards_query(pipeline_id, lateral=_has_lateral(session))
    if deal_ids is not None:
        query = query.where(Deal.id.in_(list(deal_ids)))
    if filters.owner_id is not None:
        query = query.where(Deal.owner_id == filters.owner_id)
    if filters.temperature:
        query = query.where(Client.temperature == filters.temperature)
    if filters.stalled_only:
        query = query.where(stalled_condition(session, today=today, pipeline_id=pipeline_id))
    if filters.no_next_step:
        query = query.where(next_id.is_(None))
    # Core execution: the rows are plain tuples, without the ORM's per-row bookkeeping.
    return _with_stall_state(session, session.connection().execute(query).all(), pipeline_id, today)


def _has_lateral(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _cards_query(pipeline_id: int, *, lateral: bool = False) -> tuple[Select, Any]:
    """A pipeline's open deals in board order, with client, owner and next
    step; and the next step's id column, to filter on it. `lateral`: the
    next step as a LATERAL join (PostgreSQL), otherwise as a join on a
    correlated scalar subquery (SQLite); the rows are the same."""
    step: Any
    if lateral:
        step = _next_activity(
            Activity.id, Activity.due_date, Activity.due_time, Activity.subject, Activity.kind
        ).lateral("next_step")
        nxt: Any = step.c
        on: Any = true()
    else:
        alias = aliased(Activity)
        step, nxt = alias, alias
        on = alias.id == _next_activity(Activity.id).scalar_subquery()
    query = (
        select(
            Deal.id,
            Deal.title,
            Deal.client_id,
            Client.name,
            Client.temperature,
            Deal.value_cents,
            Deal.currency,
            Deal.stage_id,
            Deal.stage_entered_at,
            nxt.due_date,
            nxt.due_time,
            nxt.subject,
            nxt.kind,
            Deal.owner_id,
            Owner.name,
        )
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(Client, Client.id == Deal.client_id)
        .outerjoin(Owner, Owner.id == Deal.owner_id)
        .outerjoin(step, on)
        .where(Deal.pipeline_id == pipeline_id, Deal.status == DealStatus.OPEN.value)
        .order_by(Stage.position, Deal.stage_entered_at, Deal.id)
    )
    return query, nxt.id


def _with_stall_state(
    session: Session, rows: Sequence[Any], pipeline_id: int, today: date
) -> list[BoardCard]:
    """The rows as cards, with days in stage and days over by the stall rule."""
    business_days = uses_business_days(session)
    # The stall rule decides which stages can stall (not those of a future
    # pipeline: a parked deal waits for its return date instead).
    limits = {st.id: st.rot_days for st in stall_stages(session, pipeline_id)}
    # Ages depend only on the day a deal entered its stage, and a pipeline's
    # deals share a few hundred such days: count each day once.
    ages: dict[date, int] = {}
    cards = []
    for r in rows:
        day = r[8].date()
        age = ages.get(day)
        if age is None:
            age = ages[day] = age_in_days(day, today, business_days=business_days)
        rot = limits.get(r[7])
        over = (
            days_over(day, today, rot, business_days=business_days)
            if rot is not None and age > rot
            else 0
        )
        cards.append(BoardCard._make((*r[:9], age, rot, over, *r[9:])))
    return cards


def board_columns(session: Session, pipeline_id: int, *, today: date) -> list[BoardColumn]:
    """Each stage's count, value and weighted value per currency, and how many
    of its deals are stalled; stages in order, empty ones too."""
    stalled = dict(
        session.execute(
            select(Deal.stage_id, func.count(Deal.id))
            # The rule's per-stage ranges name the pipeline; no pipeline_id
            # test, so the count reads the (status, stage_id, entered) index alone.
            .where(stalled_condition(session, today=today, pipeline_id=pipeline_id))
            .group_by(Deal.stage_id)
        ).all()
    )
    limits = {st.id: st.rot_days for st in stall_stages(session, pipeline_id)}
    return [
        BoardColumn(
            stage_id=s.stage_id,
            name=s.name,
            position=s.position,
            rot_days=limits.get(s.stage_id),
            probability=s.probability,
            count=s.count,
            stalled=stalled.get(s.stage_id, 0),
            totals=s.totals,
        )
        for s in stage_summary(session, pipeline_id)
    ]


def recount_columns(
    columns: Sequence[BoardColumn], cards: Iterable[BoardCard]
) -> list[BoardColumn]:
    """The headers counted again from the cards of whole stages, without a
    query: what `board_columns` would say when `cards` are all the open deals
    of the pipeline (an unfiltered board), e.g. right after a move."""
    default = columns[0].totals[0].currency if columns else "USD"
    counts: dict[int, int] = {}
    stalled: dict[int, int] = {}
    money: dict[int, dict[str, tuple[int, int]]] = {}
    for card in cards:
        sid = card.stage_id
        counts[sid] = counts.get(sid, 0) + 1
        if card.days_over > 0:
            stalled[sid] = stalled.get(sid, 0) + 1
        per_currency = money.setdefault(sid, {})
        n, cents = per_currency.get(card.currency, (0, 0))
        per_currency[card.currency] = (n + 1, cents + card.value_cents)
    return [
        replace(
            column,
            count=counts.get(column.stage_id, 0),
            stalled=stalled.get(column.stage_id, 0),
            totals=currency_totals(money.get(column.stage_id, {}), default, column.probability),
        )
        for column in columns
    ]


def _bare_columns(session: Session, pipeline_id: int) -> list[BoardColumn]:
    """The pipeline's stages as headers with nothing counted yet."""
    limits = {st.id: st.rot_days for st in stall_stages(session, pipeline_id)}
    default = home_currency(session)
    stages = session.execute(
        select(Stage.id, Stage.name, Stage.position, Stage.probability)
        .where(Stage.pipeline_id == pipeline_id)
        .order_by(Stage.position)
    )
    return [
        BoardColumn(sid, name, pos, limits.get(sid), prob, 0, 0, currency_totals({}, default, prob))
        for sid, name, pos, prob in stages
    ]


def load_board(
    session: Session, pipeline_id: int, *, today: date, filters: BoardFilters | None = None
) -> Board:
    """Headers and cards read in one transaction, so their figures agree.

    Unfiltered, the cards are every open deal of the pipeline, so the headers
    are counted from them (the same figures as `board_columns`, tested so)
    instead of reading the same deals three more times."""
    cards = board_cards(session, pipeline_id, today=today, filters=filters)
    if filters is None or not filters.active:
        columns = recount_columns(_bare_columns(session, pipeline_id), cards)
    else:
        columns = board_columns(session, pipeline_id, today=today)
    return Board(pipeline_id, columns, cards)

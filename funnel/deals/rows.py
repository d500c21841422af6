"""The deals list: every deal across pipelines, filtered and sorted.

Like Anki's card browser, the list is two questions. `deal_ids` answers
"which deals, in what order" with one query that returns ids only, so a list
of 100,000 deals opens at once; `deal_rows` builds the rows of a page of ids
as they scroll into view.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, String, case, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from funnel.customers.identity import phone_region
from funnel.deals.search import deal_condition, folded_query
from funnel.deals.service import STATUS_FILTERS, DealRow, list_deals
from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.pipeline.stalls import age_in_days, days_over, uses_business_days
from funnel.store.models import Client, Deal, DealStatus, Owner, Pipeline, PipelineKind, Stage

SORT_KEYS = (
    "title",
    "client",
    "pipeline",
    "stage",
    "status",
    "value",
    "owner",
    "days_in_stage",
    "expected_close",
    "created",
    "lost_reason",
    "won_on",
    "lost_on",
)
# SQLite accepts at most 32766 bound values; pages are far smaller than this.
MAX_PAGE = 5000


@dataclass(frozen=True)
class DealFilters:
    """What the deals list's filter bar asks for; the defaults show open deals."""

    pipeline_id: int | None = None
    stage_id: int | None = None
    status: str = DealStatus.OPEN.value  # one of STATUS_FILTERS
    owner_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class DealListRow(DealRow):
    """A deal as the list shows it. `days_in_stage` counts the way the stall
    rule counts (business days when the team chose so), and `days_over` is how
    far past its stage's limit an open deal is (0: not stalled)."""

    days_over: int = 0

    @property
    def stalled(self) -> bool:
        return self.days_over > 0


_STATUS_ORDER = {s.value: i for i, s in enumerate(DealStatus)}


_Column = ColumnElement[Any] | InstrumentedAttribute[Any]


@dataclass(frozen=True)
class _Sort:
    keys: tuple[_Column, ...]
    nullable: _Column | None = None  # rows where this is null go last either way
    reverse: bool = False  # ascending on screen is descending in the database
    joins: tuple[str, ...] = ()


# A deal's closing moment counts as its won (lost) date only while it is won (lost).
_WON_AT = case((Deal.status == DealStatus.WON, Deal.closed_at), else_=None)
_LOST_AT = case((Deal.status == DealStatus.LOST, Deal.closed_at), else_=None)

_SORTS = {
    "title": _Sort((Deal.search_text,)),
    "client": _Sort((Client.search_text,), nullable=Client.id, joins=("client",)),
    "pipeline": _Sort((Pipeline.position, Pipeline.id), joins=("pipeline",)),
    "stage": _Sort((Pipeline.position, Pipeline.id, Stage.position), joins=("pipeline", "stage")),
    "status": _Sort((case(_STATUS_ORDER, value=Deal.status, else_=len(_STATUS_ORDER)),)),
    "value": _Sort((Deal.value_cents,)),
    "owner": _Sort((Owner.name,), nullable=Owner.id, joins=("owner",)),
    # More days in stage means an earlier entry.
    "days_in_stage": _Sort((Deal.stage_entered_at,), reverse=True),
    "expected_close": _Sort((Deal.expected_close,), nullable=Deal.expected_close),
    "created": _Sort((Deal.created_at,)),
    "lost_reason": _Sort((Deal.lost_reason,), nullable=Deal.lost_reason),
    "won_on": _Sort((_WON_AT,), nullable=_WON_AT),
    "lost_on": _Sort((_LOST_AT,), nullable=_LOST_AT),
}
assert set(_SORTS) == set(SORT_KEYS)


_Q = TypeVar("_Q", bound=Select)


def check_status(status: str) -> None:
    if status not in STATUS_FILTERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Status is one of {choices} (got '{status}')."),
            choices=", ".join(STATUS_FILTERS),
            status=status,
        )


def filtered(session: Session, query: _Q, filters: DealFilters) -> _Q:
    """`query` (over `Deal`) narrowed to the deals the filters ask for: the
    list and its totals row read the same deals."""
    check_status(filters.status)
    if filters.pipeline_id is not None:
        query = query.where(Deal.pipeline_id == filters.pipeline_id)
    if filters.stage_id is not None:
        query = query.where(Deal.stage_id == filters.stage_id)
    if filters.status == DealStatus.OPEN:
        # Most deals are open: one walk over the table beats visiting four rows
        # in five through the status index. `|| ''` keeps the planner off it.
        query = query.where((type_coerce(Deal.status, String) + "") == filters.status)
    elif filters.status != "all":
        query = query.where(Deal.status == filters.status)
    if filters.owner_id is not None:
        query = query.where(Deal.owner_id == filters.owner_id)
    if folded_query(filters.text):
        query = query.where(deal_condition(filters.text, phone_region(session)))
    return query


def deal_ids(
    session: Session,
    *,
    filters: DealFilters = DealFilters(),
    sort_key: str = "created",
    descending: bool = False,
) -> list[int]:
    """The ids of the matching deals, in list order."""
    check_status(filters.status)
    sort = _SORTS.get(sort_key)
    if sort is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Deals can be sorted by {choices} (got '{sort_key}')."),
            choices=", ".join(SORT_KEYS),
            sort_key=sort_key,
        )
    query = select(Deal.id)
    if "pipeline" in sort.joins:
        query = query.join(Pipeline, Pipeline.id == Deal.pipeline_id)
    if "stage" in sort.joins:
        query = query.join(Stage, Stage.id == Deal.stage_id)
    if "client" in sort.joins:
        query = query.outerjoin(Client, Client.id == Deal.client_id)
    if "owner" in sort.joins:
        query = query.outerjoin(Owner, Owner.id == Deal.owner_id)
    query = filtered(session, query, filters)
    down = descending != sort.reverse
    order: list[ColumnElement[Any]] = [sort.nullable.is_(None)] if sort.nullable is not None else []
    order += [k.desc() if down else k.asc() for k in sort.keys]
    order.append(Deal.id.desc() if descending else Deal.id.asc())
    return list(session.scalars(query.order_by(*order)))


_DEAL_FIELDS = tuple(f.name for f in fields(DealRow))


def deal_rows(session: Session, ids: Sequence[int], *, today: date) -> list[DealListRow]:
    """The rows of the given deals, in the order of `ids`; deals that no longer
    exist are left out."""
    if len(ids) > MAX_PAGE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Ask for at most {max_page} deals at a time (got {count})."
            ),
            max_page=MAX_PAGE,
            count=len(ids),
        )
    if not ids:
        return []
    business = uses_business_days(session)
    # Parked deals wait for their return date; only sales pipelines stall.
    waiting = set(session.scalars(select(Pipeline.id).where(Pipeline.kind != PipelineKind.SALES)))
    by_id = {r.id: r for r in list_deals(session, today=today, status="all", ids=ids)}
    rows = []
    for deal_id in ids:
        row = by_id.get(deal_id)
        if row is None:
            continue
        values = {name: getattr(row, name) for name in _DEAL_FIELDS}
        over = 0
        if row.status == DealStatus.OPEN:
            values["days_in_stage"] = age_in_days(
                row.stage_entered_at, today, business_days=business
            )
            if row.pipeline_id not in waiting:
                over = days_over(row.stage_entered_at, today, row.rot_days, business_days=business)
        rows.append(DealListRow(**values, days_over=over))
    return rows

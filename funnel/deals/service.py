"""Deals: creating, editing and listing. Stage and status changes live in
`funnel.pipeline.moves`, so every one of them is written to the history."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from funnel.errors import NotFoundError, ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.pipeline.pipelines import first_pipeline
from funnel.store.conflicts import check_version
from funnel.store.models import (
    ChangeKind,
    Client,
    Deal,
    DealStatus,
    Owner,
    Pipeline,
    Stage,
    StageChange,
    fold,
    from_cents,
    to_cents,
)
from funnel.store.profile import home_currency
from funnel.timeutil import days_since, utc_naive

if TYPE_CHECKING:
    from funnel.deals.handover import HandOver

STATUS_FILTERS = ("open", "won", "lost", "archived", "all")


@dataclass(frozen=True)
class DealRow:
    id: int
    title: str
    client_id: int | None
    client: str | None
    value: Decimal
    currency: str
    pipeline_id: int
    pipeline: str
    stage_id: int
    stage: str
    status: str
    owner_id: int | None
    owner: str | None
    expected_close: date | None
    created_at: datetime
    stage_entered_at: datetime
    days_in_stage: int
    rot_days: int | None
    probability: int
    lost_reason: str | None
    return_on: date | None
    closed_at: datetime | None = None  # when it was won, lost or archived (UTC)

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "client_id": self.client_id,
            "client": self.client,
            "value": float(self.value),
            "currency": self.currency,
            "pipeline": self.pipeline,
            "stage": self.stage,
            "status": self.status,
            "owner": self.owner,
            "expected_close": self.expected_close.isoformat() if self.expected_close else None,
            "created_at": self.created_at.isoformat(),
            "stage_entered_at": self.stage_entered_at.isoformat(),
            "days_in_stage": self.days_in_stage,
            "rot_days": self.rot_days,
            "lost_reason": self.lost_reason,
            "return_on": self.return_on.isoformat() if self.return_on else None,
        }


_CURRENCY_MARKS = re.compile(r"(?i)(r\$|us\$|[$₽€]|\b(usd|rub|brl|eur)\b|руб\.?|р\.)")
_AMOUNT_CHARS = re.compile(r"^[\d\s.,'\u00a0\u202f-]+$")


def parse_money(value: Decimal | int | float | str | None) -> Decimal:
    """Read an amount as people type it: '1 500,50', '1500.50', '$1,500', '2 000 руб.'.
    Anything else (letters, two amounts) is refused rather than half-read."""
    if value is None or value == "":
        return Decimal(0)
    if isinstance(value, Decimal | int | float):
        amount = Decimal(str(value))
    else:
        raw = _CURRENCY_MARKS.sub("", str(value)).strip()
        if not raw or not _AMOUNT_CHARS.match(raw):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "'{value}' is not an amount of money."), value=value
            )
        text = "".join(ch for ch in raw if ch.isdigit() or ch in ",.-")
        if "," in text and "." in text:
            # The last separator is the decimal one: 1.500,50 or 1,500.50.
            if text.rfind(",") > text.rfind("."):
                text = text.replace(".", "").replace(",", ".")
            else:
                text = text.replace(",", "")
        elif "," in text:
            head, _, tail = text.rpartition(",")
            text = f"{head.replace(',', '')}.{tail}" if len(tail) != 3 else text.replace(",", "")
        elif text.count(".") > 1:
            text = text.replace(".", "")
        try:
            amount = Decimal(text)
        except InvalidOperation as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "'{value}' is not an amount of money."), value=value
            ) from exc
    if not amount.is_finite():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not an amount of money."), value=value
        )
    if amount < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An amount cannot be negative (got {value})."), value=value
        )
    if amount >= Decimal(10) ** 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is too large an amount."), value=value
        )
    return amount.quantize(Decimal("0.01"))


def _clean_currency(currency: str | None, session: Session) -> str:
    currency = (currency or home_currency(session)).strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A currency is a three-letter code such as USD, RUB, BRL (got '{currency}').",
            ),
            currency=currency,
        )
    return currency


def _deal(session: Session, deal_id: int) -> Deal:
    deal = session.get(Deal, deal_id)
    if deal is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}."), deal_id=deal_id
        )
    return deal


def _starting_stage(session: Session, pipeline_id: int | None, stage_id: int | None) -> Stage:
    """The stage a new deal starts in: `stage_id` (which must be in
    `pipeline_id`, if given), else the first stage of the pipeline (by default,
    the first sales pipeline)."""
    if stage_id is not None:
        stage = session.get(Stage, stage_id)
        if stage is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no stage with id {stage_id}."),
                stage_id=stage_id,
            )
        if pipeline_id is not None and stage.pipeline_id != pipeline_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Stage '{stage}' is not in that pipeline."),
                stage=stage.name,
            )
    else:
        pid = pipeline_id if pipeline_id is not None else first_pipeline(session).id
        stage = session.scalars(
            select(Stage).where(Stage.pipeline_id == pid).order_by(Stage.position)
        ).first()
        if stage is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors", "There is no pipeline with id {pipeline_id}, or it has no stages."
                ),
                pipeline_id=pid,
            )
    return stage


def create_deal(
    session: Session,
    *,
    title: str,
    now: datetime,
    pipeline_id: int | None = None,
    stage_id: int | None = None,
    client_id: int | None = None,
    value: Decimal | int | float | str | None = 0,
    currency: str | None = None,
    owner_id: int | None = None,
    expected_close: date | None = None,
) -> int:
    """A new open deal; without a stage it starts in the first stage of the
    pipeline (by default, the first sales pipeline)."""
    title = (title or "").strip()
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A deal needs a title."))
    stage = _starting_stage(session, pipeline_id, stage_id)
    if client_id is not None and session.get(Client, client_id) is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no client with id {client_id}."),
            client_id=client_id,
        )
    if owner_id is None:
        from funnel.owners import current_owner_id

        owner_id = current_owner_id(session)
    moment = utc_naive(now)
    deal = Deal(
        title=title,
        client_id=client_id,
        value_cents=to_cents(parse_money(value)),
        currency=_clean_currency(currency, session),
        pipeline_id=stage.pipeline_id,
        stage_id=stage.id,
        status=DealStatus.OPEN.value,
        owner_id=owner_id,
        expected_close=expected_close,
        created_at=moment,
        stage_entered_at=moment,
        search_text=fold(title),
    )
    session.add(deal)
    session.flush()
    session.add(
        StageChange(
            deal_id=deal.id,
            kind=ChangeKind.CREATED.value,
            to_pipeline_id=stage.pipeline_id,
            to_stage_id=stage.id,
            to_stage_name=stage.name,
            to_status=DealStatus.OPEN.value,
            changed_at=moment,
        )
    )
    session.flush()
    return deal.id


def update_deal(
    session: Session,
    deal_id: int,
    *,
    now: datetime | None = None,
    expected_version: int | None = None,
    **fields,
) -> HandOver | None:
    """Edit a deal's own fields. Stage and status go through `funnel.pipeline.moves`.
    A new owner gets the deal's open follow-ups too and (with `now`) a notice:
    the hand-over is returned, for its undo. With `expected_version` (what a
    form showed), a deal someone else changed since is refused with
    ChangedByOtherError before anything is changed."""
    deal = _deal(session, deal_id)
    check_version(session, deal, expected_version)
    allowed = {"title", "value", "currency", "client_id", "owner_id", "expected_close"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Cannot set {fields} here; stage and status changes are moves."
            ),
            fields=", ".join(sorted(unknown)),
        )
    if "title" in fields:
        title = (fields["title"] or "").strip()
        if not title:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A deal needs a title."))
        deal.title = title
        deal.search_text = fold(title)
    if "value" in fields:
        deal.value_cents = to_cents(parse_money(fields["value"]))
    if "currency" in fields:
        deal.currency = _clean_currency(fields["currency"], session)
    if "client_id" in fields:
        cid = fields["client_id"]
        if cid is not None and session.get(Client, cid) is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no client with id {client_id}."),
                client_id=cid,
            )
        deal.client_id = cid
    if "expected_close" in fields:
        deal.expected_close = fields["expected_close"]
    session.flush()
    if "owner_id" in fields:
        from funnel.deals.handover import hand_over

        return hand_over(session, deal, fields["owner_id"], now=now)
    return None


_OwnerA = aliased(Owner)


def _rows_query() -> Select:
    """A deal's row, its columns named as `DealRow`'s fields."""
    return (
        select(
            Deal.id,
            Deal.title,
            Deal.client_id,
            Client.name.label("client"),
            Deal.value_cents,
            Deal.currency,
            Deal.pipeline_id,
            Pipeline.name.label("pipeline"),
            Deal.stage_id,
            Stage.name.label("stage"),
            Deal.status,
            Deal.owner_id,
            _OwnerA.name.label("owner"),
            Deal.expected_close,
            Deal.created_at,
            Deal.stage_entered_at,
            Stage.rot_days,
            Stage.probability,
            Deal.lost_reason,
            Deal.return_on,
            Deal.closed_at,
        )
        .join(Pipeline, Pipeline.id == Deal.pipeline_id)
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(Client, Client.id == Deal.client_id)
        .outerjoin(_OwnerA, _OwnerA.id == Deal.owner_id)
    )


def _to_row(r: Sequence[Any], today: date) -> DealRow:
    # Unpacked by name in the query's order: as fast as indexing, and each
    # value says what it is (attribute access on a Row costs 3× more per deal).
    (
        deal_id, title, client_id, client, value_cents, currency, pipeline_id, pipeline,
        stage_id, stage, status, owner_id, owner, expected_close, created_at,
        stage_entered_at, rot_days, probability, lost_reason, return_on, closed_at,
    ) = r  # fmt: skip
    return DealRow(
        id=deal_id,
        title=title,
        client_id=client_id,
        client=client,
        value=from_cents(value_cents),
        currency=currency,
        pipeline_id=pipeline_id,
        pipeline=pipeline,
        stage_id=stage_id,
        stage=stage,
        status=status,
        owner_id=owner_id,
        owner=owner,
        expected_close=expected_close,
        created_at=created_at,
        stage_entered_at=stage_entered_at,
        days_in_stage=days_since(stage_entered_at, today),
        rot_days=rot_days,
        probability=probability,
        lost_reason=lost_reason,
        return_on=return_on,
        closed_at=closed_at,
    )


def get_deal(session: Session, deal_id: int, *, today: date) -> DealRow:
    row = session.execute(_rows_query().where(Deal.id == deal_id)).first()
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no deal with id {deal_id}."), deal_id=deal_id
        )
    return _to_row(row, today)


def list_deals(
    session: Session,
    *,
    today: date,
    pipeline_id: int | None = None,
    stage_id: int | None = None,
    status: str = "open",
    ids: Sequence[int] | None = None,
    limit: int | None = None,
) -> list[DealRow]:
    """Deals in board order: by pipeline, stage position, then longest in stage first."""
    if status not in STATUS_FILTERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Status is one of {choices} (got '{status}')."),
            choices=", ".join(STATUS_FILTERS),
            status=status,
        )
    query = _rows_query()
    if pipeline_id is not None:
        query = query.where(Deal.pipeline_id == pipeline_id)
    if stage_id is not None:
        query = query.where(Deal.stage_id == stage_id)
    if status != "all":
        query = query.where(Deal.status == status)
    if ids is not None:
        query = query.where(Deal.id.in_(list(ids)))
    query = query.order_by(Pipeline.position, Stage.position, Deal.stage_entered_at, Deal.id)
    if limit:
        query = query.limit(limit)
    return [_to_row(r, today) for r in session.execute(query)]

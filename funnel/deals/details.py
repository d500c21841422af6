"""Everything the deal card shows, in one read, and the card's save.

The card reads a deal, its client, notes, activities, stage history and the
choices of its combo boxes in one transaction, so what it shows is one
consistent picture. Saving is one transaction too: a client typed in the card
is created together with the deal it belongs to, or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.customers.clients import ClientRow, create_client, get_client
from funnel.deals.notes import NoteRow, list_notes
from funnel.deals.rows import DealListRow, deal_rows
from funnel.deals.service import create_deal, get_deal, update_deal
from funnel.followups.activity_list import ActivityRow, list_activities
from funnel.owners import OwnerRow, current_owner_id, list_owners
from funnel.pipeline.history import HistoryEntry, deal_history
from funnel.pipeline.pipelines import PipelineInfo, first_pipeline, get_pipeline, list_pipelines
from funnel.pipeline.reasons import list_lost_reasons
from funnel.store.models import Deal
from funnel.store.profile import home_currency

# Offered in the currency box before anything the database already uses.
COMMON_CURRENCIES = ("USD", "EUR", "RUB", "BRL", "GBP")


@dataclass(frozen=True)
class CardChoices:
    """What the card's combo boxes offer."""

    owners: tuple[OwnerRow, ...]
    lost_reasons: tuple[str, ...]
    pipelines: tuple[PipelineInfo, ...]
    currencies: tuple[str, ...]
    default_currency: str
    default_owner_id: int | None
    # The pipeline a new deal goes into (the deal's own pipeline for an existing deal).
    pipeline_id: int

    @property
    def pipeline(self) -> PipelineInfo:
        return next(p for p in self.pipelines if p.id == self.pipeline_id)


@dataclass(frozen=True)
class DealDetails:
    deal: DealListRow
    client: ClientRow | None
    notes: tuple[NoteRow, ...]  # newest first
    activities: tuple[ActivityRow, ...]  # open ones soonest first, then done ones
    history: tuple[HistoryEntry, ...]  # oldest first
    choices: CardChoices
    # The deal's version as read: a save passes it back to catch a change
    # someone else made meanwhile (funnel.store.conflicts).
    version: int | None = None


@dataclass(frozen=True)
class NewClient:
    """A client typed into the deal card, created with the deal."""

    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class DealEdit:
    """The card's own fields. Stage and status are moves and go through
    `funnel.pipeline.moves` (undoable), not through a save."""

    title: str
    value: Decimal | str = Decimal(0)
    currency: str | None = None
    client_id: int | None = None
    new_client: NewClient | None = None
    owner_id: int | None = None
    expected_close: date | None = None


def card_choices(session: Session, *, pipeline_id: int | None = None) -> CardChoices:
    pipelines = tuple(list_pipelines(session))
    pid = pipeline_id if pipeline_id is not None else first_pipeline(session).id
    get_pipeline(session, pid)  # a clear NotFoundError for a stale id
    default_currency = home_currency(session)
    currencies = dict.fromkeys((default_currency, *COMMON_CURRENCIES))
    return CardChoices(
        owners=tuple(list_owners(session)),
        lost_reasons=tuple(list_lost_reasons(session)),
        pipelines=pipelines,
        currencies=tuple(currencies),
        default_currency=default_currency,
        default_owner_id=current_owner_id(session),
        pipeline_id=pid,
    )


def deal_version(session: Session, deal_id: int) -> int | None:
    """The deal's version now (None: it is gone)."""
    return session.scalar(select(Deal.version).where(Deal.id == deal_id))


def deal_details(session: Session, deal_id: int, *, today: date) -> DealDetails:
    # The list's row: its days in stage and stall state follow the one stall
    # rule (business days when the team chose so), as on the board.
    found = deal_rows(session, [deal_id], today=today)
    if not found:
        get_deal(session, deal_id, today=today)  # says clearly there is no such deal
    deal = found[0]
    choices = card_choices(session, pipeline_id=deal.pipeline_id)
    if deal.currency not in choices.currencies:
        choices = CardChoices(
            choices.owners,
            choices.lost_reasons,
            choices.pipelines,
            (*choices.currencies, deal.currency),
            choices.default_currency,
            choices.default_owner_id,
            choices.pipeline_id,
        )
    return DealDetails(
        deal=deal,
        client=get_client(session, deal.client_id) if deal.client_id is not None else None,
        notes=tuple(list_notes(session, deal_id=deal_id)),
        activities=tuple(list_activities(session, deal_id=deal_id)),
        history=tuple(deal_history(session, deal_id, today=today)),
        choices=choices,
        version=deal_version(session, deal_id),
    )


HANDED = "funnel_handed_over"


def save_deal_card(
    session: Session,
    deal_id: int | None,
    edit: DealEdit,
    *,
    now: datetime,
    pipeline_id: int | None = None,
    stage_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create (`deal_id` None, in `stage_id` or the first stage of `pipeline_id`)
    or update a deal from the card; returns the deal's id. A `new_client` is
    created first, in the same transaction, and becomes the deal's client.
    With `expected_version`, a deal changed by someone else since the card
    read it is left alone (ChangedByOtherError), and nothing is written."""
    client_id = edit.client_id
    if edit.new_client is not None:
        new = edit.new_client
        client_id = create_client(
            session,
            name=new.name,
            now=now,
            phones=[new.phone] if new.phone.strip() else [],
            emails=[new.email] if new.email.strip() else [],
        )
    fields: dict[str, Any] = {
        "title": edit.title,
        "value": edit.value,
        "currency": edit.currency,
        "client_id": client_id,
        "owner_id": edit.owner_id,
        "expected_close": edit.expected_close,
    }
    if deal_id is None:
        return create_deal(session, now=now, pipeline_id=pipeline_id, stage_id=stage_id, **fields)
    handed = update_deal(session, deal_id, now=now, expected_version=expected_version, **fields)
    if handed is not None:
        session.info[HANDED] = handed  # told back by `funnel.deals.card.save_card`
    return deal_id

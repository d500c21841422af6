"""The typed ORM models of DESIGN.md.

Money is stored in minor units (cents, kopecks, centavos) as integers: SQLite has
no decimal type, and sums of floats drift. Services hand out `Decimal`s.
Datetimes are naive UTC; dates a person picks are plain dates.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from funnel.store.base import NAMING, Base
from funnel.store.columns import str_enum
from funnel.store.conflicts import Versioned


class PipelineKind(enum.StrEnum):
    SALES = "sales"
    FUTURE = "future"


class DealStatus(enum.StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"
    ARCHIVED = "archived"


class Temperature(enum.StrEnum):
    HOT = "hot"
    WARM = "warm"
    COLD = "cold"


class ActivityKind(enum.StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    TASK = "task"


class ReasonKind(enum.StrEnum):
    """Which list a close reason belongs to."""

    WON = "won"
    LOST = "lost"


class ContactKind(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"


class ChangeKind(enum.StrEnum):
    """Why a StageChange row exists; the timeline labels each kind."""

    CREATED = "created"
    MOVED = "moved"
    WON = "won"
    LOST = "lost"
    ARCHIVED = "archived"
    REOPENED = "reopened"
    PARKED = "parked"
    UNPARKED = "unparked"


# Cents of any real amount: 64 bits (PostgreSQL's `integer` ends at 21 million
# roubles); a file's INTEGER is already 64-bit, so SQLite keeps its type.
MONEY = BigInteger().with_variant(Integer(), "sqlite")


def to_cents(amount: Decimal | int | float | str | None) -> int:
    if amount is None or amount == "":
        return 0
    return int((Decimal(str(amount)) * 100).quantize(Decimal(1)))


def from_cents(cents: int | None) -> Decimal:
    return (Decimal(cents or 0) / 100).quantize(Decimal("0.01"))


def fold(*parts: str | None) -> str:
    """The search form of text: case-folded, parts joined by a space."""
    return " ".join(p.casefold() for p in parts if p)


class Owner(Base):
    __tablename__ = "owner"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    email: Mapped[str | None] = mapped_column(String(320))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Team mode: the server login this owner signs in with, and its role
    # ("manager" sees and edits everything; "salesperson" their own and shared).
    login: Mapped[str | None] = mapped_column(String(63), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="manager", server_default="manager")


class Pipeline(Base):
    __tablename__ = "pipeline"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[PipelineKind] = mapped_column(
        str_enum(PipelineKind, 16), default=PipelineKind.SALES.value
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    stages: Mapped[list[Stage]] = relationship(
        back_populates="pipeline", order_by="Stage.position", cascade="all, delete-orphan"
    )


class Stage(Base):
    __tablename__ = "stage"
    __table_args__ = (UniqueConstraint("pipeline_id", "name", name="uq_stage_pipeline_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipeline.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    rot_days: Mapped[int | None] = mapped_column(Integer)
    probability: Mapped[int] = mapped_column(Integer, default=0)

    pipeline: Mapped[Pipeline] = relationship(back_populates="stages")


class Client(Versioned, Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    company: Mapped[str | None] = mapped_column(String(300))
    source: Mapped[str | None] = mapped_column(String(100))
    tags: Mapped[str] = mapped_column(String(500), default="")
    temperature: Mapped[Temperature | None] = mapped_column(str_enum(Temperature, 8))
    birthday: Mapped[date | None] = mapped_column(Date)
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("client.id", ondelete="SET NULL"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("owner.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    custom_fields: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # Team mode: seen by every salesperson, not only its owner.
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The id the client has in the system they were imported from (a shop, a
    # CRM, the accounting program), so the next import finds them again.
    external_id: Mapped[str | None] = mapped_column(String(100), index=True)
    # The language messages to the client are written in ("ru", "pt_BR", "en").
    language: Mapped[str | None] = mapped_column(String(8))
    # Set when the client was merged into another: the row stays (archived)
    # so the merge can be undone and old references still resolve.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("client.id", ondelete="SET NULL"))
    # Case-folded name and company: SQLite's LIKE folds ASCII only, and
    # «Анна» must find «анна» as fast as "Anna" finds "anna".
    search_text: Mapped[str] = mapped_column(String(700), default="", server_default="")

    contacts: Mapped[list[ClientContact]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ClientContact.id"
    )


class ClientContact(Base):
    """A phone or e-mail of a client. `search` holds the digits of a phone or the
    lower-cased e-mail, so "+7 (912) 345" and "7912345" find the same client."""

    __tablename__ = "client_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ContactKind] = mapped_column(str_enum(ContactKind, 8))
    value: Mapped[str] = mapped_column(String(320))
    search: Mapped[str] = mapped_column(String(320), index=True)
    label: Mapped[str | None] = mapped_column(String(50))
    # The comparable form (E.164 phone, folded e-mail; see
    # funnel.customers.identity): what duplicates are found by.
    normalized: Mapped[str | None] = mapped_column(String(320), index=True)

    client: Mapped[Client] = relationship(back_populates="contacts")


class Deal(Versioned, Base):
    __tablename__ = "deal"
    __table_args__ = (
        Index("ix_deal_pipeline_status_stage", "pipeline_id", "status", "stage_id"),
        Index("ix_deal_stage_entered", "stage_id", "stage_entered_at"),
        # The stalled scan: one range per stage, covering (no table lookups to count).
        Index(
            "ix_deal_status_stage_entered",
            "status",
            "stage_id",
            "stage_entered_at",
            "id",
            "value_cents",
        ),
        # Today's "Returning" section: parked deals whose return date has come
        # (pipeline_id makes counting them index-only).
        Index("ix_deal_status_return_on", "status", "return_on", "pipeline_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="SET NULL"), index=True
    )
    value_cents: Mapped[int] = mapped_column(MONEY, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipeline.id"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"))
    status: Mapped[DealStatus] = mapped_column(
        str_enum(DealStatus, 10), default=DealStatus.OPEN.value
    )
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("owner.id", ondelete="SET NULL"))
    expected_close: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    stage_entered_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    lost_reason: Mapped[str | None] = mapped_column(String(300))
    win_reason: Mapped[str | None] = mapped_column(String(300))
    # Set while the deal is parked in a future pipeline.
    return_on: Mapped[date | None] = mapped_column(Date)
    return_pipeline_id: Mapped[int | None] = mapped_column(
        ForeignKey("pipeline.id", ondelete="SET NULL")
    )
    return_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id", ondelete="SET NULL"))
    search_text: Mapped[str] = mapped_column(String(300), default="", server_default="")
    # Team mode: seen by every salesperson, not only its owner.
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    client: Mapped[Client | None] = relationship()
    pipeline: Mapped[Pipeline] = relationship(foreign_keys=[pipeline_id])
    stage: Mapped[Stage] = relationship(foreign_keys=[stage_id])
    owner: Mapped[Owner | None] = relationship(foreign_keys=[owner_id])

    @property
    def value(self) -> Decimal:
        return from_cents(self.value_cents)


class Activity(Versioned, Base):
    """A follow-up. `due_date`/`due_time` are the user's local wall time (naive,
    as picked); `done_at`, `created_at`, `notified_at` and `escalated_at` are
    naive UTC moments like every other stored datetime."""

    __tablename__ = "activity"
    __table_args__ = (
        # Open activities in due order (NULL times first), so Today reads its
        # first lines straight off the index.
        Index("ix_activity_open_due", "done_at", "due_date", "due_time"),
        # A deal's next step and "no next step": open activities of a deal, index only.
        Index("ix_activity_deal_open", "deal_id", "done_at", "due_date", "due_time"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ActivityKind] = mapped_column(
        str_enum(ActivityKind, 10), default=ActivityKind.TASK.value
    )
    subject: Mapped[str] = mapped_column(String(300))
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deal.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("owner.id", ondelete="SET NULL"))
    due_date: Mapped[date] = mapped_column(Date)
    due_time: Mapped[time | None] = mapped_column(Time)
    notes: Mapped[str] = mapped_column(Text, default="")
    rrule: Mapped[str | None] = mapped_column(String(500))
    # The DTSTART of the series `rrule` counts from; each occurrence copies it.
    rrule_start: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    outcome: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # When its desktop notification was shown; cleared when the due moment changes.
    notified_at: Mapped[datetime | None] = mapped_column(DateTime)
    # When it was handed to the backup owner for being overdue, and whose it was.
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime)
    escalated_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("owner.id", ondelete="SET NULL")
    )
    # Cancelled when its deal was closed or parked. A cancelled activity also
    # has `done_at` set (the same moment): every "open follow-up" query and
    # its index (done_at IS NULL) leave it out as they are, and only the few
    # readers of done ones (timeline, contact history, reports) tell the two
    # apart. `cancelled_by_change_id` is the StageChange that cancelled it, so
    # reopening the deal restores exactly those (no foreign key: undo deletes
    # the change row after restoring them).
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancelled_by_change_id: Mapped[int | None] = mapped_column(Integer)


class Note(Base):
    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deal.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class NotificationKind(enum.StrEnum):
    ESCALATED_AWAY = "escalated_away"  # told to the owner an activity was taken from
    ESCALATED_TO = "escalated_to"  # told to the backup owner who now has it
    HANDED_OVER = "handed_over"  # told to the new owner of a deal handed to them


class Notification(Base):
    """A message for an owner, kept until read (escalations). `text` is an English
    sentence for the CLI; the UI composes its own from `kind` and the links."""

    __tablename__ = "notification"
    __table_args__ = (Index("ix_notification_owner_read", "owner_id", "read_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("owner.id", ondelete="CASCADE"))
    kind: Mapped[NotificationKind] = mapped_column(str_enum(NotificationKind, 20))
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deal.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    read_at: Mapped[datetime | None] = mapped_column(DateTime)


class StageChange(Base):
    """One move of a deal. Stage names are copied so the history still reads
    after a stage is renamed away or removed."""

    __tablename__ = "stage_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deal.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ChangeKind] = mapped_column(
        str_enum(ChangeKind, 10), default=ChangeKind.MOVED.value
    )
    from_pipeline_id: Mapped[int | None] = mapped_column(
        ForeignKey("pipeline.id", ondelete="SET NULL")
    )
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id", ondelete="SET NULL"))
    to_pipeline_id: Mapped[int | None] = mapped_column(
        ForeignKey("pipeline.id", ondelete="SET NULL")
    )
    to_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id", ondelete="SET NULL"))
    from_stage_name: Mapped[str | None] = mapped_column(String(200))
    to_stage_name: Mapped[str | None] = mapped_column(String(200))
    from_status: Mapped[DealStatus | None] = mapped_column(str_enum(DealStatus, 10))
    to_status: Mapped[DealStatus] = mapped_column(
        str_enum(DealStatus, 10), default=DealStatus.OPEN.value
    )
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str | None] = mapped_column(String(500))


class Purchase(Base):
    __tablename__ = "purchase"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deal.id", ondelete="SET NULL"))
    purchased_on: Mapped[date] = mapped_column(Date, index=True)
    amount_cents: Mapped[int] = mapped_column(MONEY, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    # The order number in the shop or accounting export it came from: lines
    # of one order become one purchase, and importing again adds nothing twice.
    order_ref: Mapped[str | None] = mapped_column(String(100), index=True)
    source: Mapped[str] = mapped_column(String(16), default="deal", server_default="deal")

    @property
    def amount(self) -> Decimal:
        return from_cents(self.amount_cents)


class ClientMerge(Base):
    """One merge of duplicate clients: `merged_id` was folded into
    `survivor_id`. `fields` holds the survivor's values before the merge and
    `moved` the ids of every row moved (deals, activities, notes, purchases,
    contacts), so the merge shows in the client's history and can be undone."""

    __tablename__ = "client_merge"

    id: Mapped[int] = mapped_column(primary_key=True)
    survivor_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    merged_id: Mapped[int | None] = mapped_column(ForeignKey("client.id", ondelete="SET NULL"))
    merged_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str | None] = mapped_column(String(300))
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    moved: Mapped[dict] = mapped_column(JSON, default=dict)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class CloseReason(Base):
    """One reason offered when a deal is won or lost, in the user's order.
    Deals keep the reason's words; a reason deals use is retired (hidden from
    the choices), never deleted, so their history still reads."""

    __tablename__ = "close_reason"
    __table_args__ = (UniqueConstraint("kind", "text", name="uq_close_reason_kind_text"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ReasonKind] = mapped_column(str_enum(ReasonKind, 8))
    text: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


# --- the weekly clean-up (issue 5) ---------------------------------------------------


# The clean-up's tables live in their own module; importing them here
# registers them on Base.metadata and keeps `funnel.store.models` the one
# place to import any table from.
from funnel.store.models_rates import ExchangeRate  # noqa: E402
from funnel.store.review_models import (  # noqa: E402
    DecisionKind,
    Review,
    ReviewDecision,
    ReviewItem,
    ReviewReason,
    SilentNotice,
)

__all__ = [
    "NAMING",
    "Activity",
    "ActivityKind",
    "Base",
    "ChangeKind",
    "Client",
    "ClientContact",
    "ClientMerge",
    "CloseReason",
    "ContactKind",
    "Deal",
    "DealStatus",
    "DecisionKind",
    "ExchangeRate",
    "Note",
    "Notification",
    "NotificationKind",
    "Owner",
    "Pipeline",
    "PipelineKind",
    "Purchase",
    "ReasonKind",
    "Review",
    "ReviewDecision",
    "ReviewItem",
    "ReviewReason",
    "Setting",
    "SilentNotice",
    "Stage",
    "StageChange",
    "Temperature",
    "fold",
    "from_cents",
    "to_cents",
]

"""The weekly clean-up's tables: reviews, their items and decisions, and the
silent-lead notices (see funnel/cleanup/). Kept apart from the core models so
each file stays one idea; `funnel.store.models` re-exports them."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from funnel.store.base import Base
from funnel.store.columns import str_enum


class ReviewReason(enum.StrEnum):
    """Why a deal is in a review's queue; also its group, in queue order."""

    STALLED = "stalled"
    NO_NEXT_STEP = "no_next_step"
    RETURNING = "returning"  # parked, and its return date has come
    REST = "rest"


class DecisionKind(enum.StrEnum):
    """What was decided for a deal (or its client) during a review."""

    CALL = "call"  # "the client does not know": a call today or tomorrow
    ARCHIVE = "archive"
    PARK = "park"  # "not ready this month": future sales
    NEXT_STEP = "next_step"  # keep, with a next step set
    KEEP = "keep"  # keep as it is: the checklist holds
    MOVE = "move"
    TEMPERATURE = "temperature"
    WON = "won"
    LOST = "lost"
    SILENT = "silent"  # the "we will close your request" notice was sent
    DEMOTE = "demote"  # a proposed cooling of the client accepted
    KEEP_TEMPERATURE = "keep_temperature"  # … or rejected
    SKIP = "skip"  # explicitly passed over this week: the review can still be finished
    CLOSED = "closed"  # the deal was closed elsewhere while the review was under way


class Review(Base):
    """One weekly clean-up. Its deals and their order are fixed when it starts
    (`ReviewItem` rows), so leaving and coming back continues the same list.
    `started_on`/`finished_on` are the person's local dates: they decide which
    week the review counts for."""

    __tablename__ = "review"
    __table_args__ = (Index("ix_review_finished_on", "finished_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    started_on: Mapped[date] = mapped_column(Date)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_on: Mapped[date | None] = mapped_column(Date)
    # Time spent deciding, not the wall-clock span: a review left on Monday and
    # resumed on Tuesday did not take a day.
    active_seconds: Mapped[int] = mapped_column(Integer, default=0)
    # The sales pipelines' open count, value per currency and stalled count as
    # the review finished; next week's summary compares with it.
    snapshot: Mapped[dict | None] = mapped_column(JSON)


class ReviewItem(Base):
    """A deal in a review's queue, at its fixed position."""

    __tablename__ = "review_item"
    __table_args__ = (
        UniqueConstraint("review_id", "position", name="uq_review_item_position"),
        Index("ix_review_item_deal", "deal_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deal.id", ondelete="CASCADE"))
    reason: Mapped[ReviewReason] = mapped_column(str_enum(ReviewReason, 16))
    days_over: Mapped[int] = mapped_column(Integer, default=0)
    # Checklist items the person waived for this deal, comma-separated keys.
    waived: Mapped[str] = mapped_column(String(100), default="")
    # When the deal left the review, and the decision that let it.
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    outcome: Mapped[DecisionKind | None] = mapped_column(str_enum(DecisionKind, 20))


class ReviewDecision(Base):
    """One decision of a review. `undone_at` is set when Ctrl+Z took it back."""

    __tablename__ = "review_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("review_item.id", ondelete="CASCADE"))
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deal.id", ondelete="SET NULL"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id", ondelete="SET NULL"))
    kind: Mapped[DecisionKind] = mapped_column(str_enum(DecisionKind, 20))
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class SilentNotice(Base):
    """A "we will close your request" message sent to a silent lead, with the
    task to archive the deal on `archive_on` unless a reply is logged first."""

    __tablename__ = "silent_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deal.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"))
    email_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"))
    sent_at: Mapped[datetime] = mapped_column(DateTime)
    archive_on: Mapped[date] = mapped_column(Date)
    # When it stopped mattering: the deal was archived, or closed another way.
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)

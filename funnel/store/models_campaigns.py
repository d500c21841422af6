"""The campaigns of repeat sales (issue 12): a campaign on a set of clients and
its members, one per client and round. Kept apart from `models.py` (which
passed 500 lines); it only adds tables that point at the core ones.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from funnel.store.models import Base, Purchase

# Per-client counts, first/last day and revenue read straight off this index
# (the matrix, Pareto and every client set group the purchases by client).
PURCHASE_BY_CLIENT = Index(
    "ix_purchase_client_day_amount",
    Purchase.client_id,
    Purchase.purchased_on,
    Purchase.currency,
    Purchase.amount_cents,
)
# … and the same over a period (Pareto, a campaign's result, the active share).
PURCHASE_BY_DAY = Index(
    "ix_purchase_day_client_amount",
    Purchase.purchased_on,
    Purchase.client_id,
    Purchase.currency,
    Purchase.amount_cents,
)


class CampaignChannel(enum.StrEnum):
    CALLS = "calls"  # one call activity per client, spread over days per owner
    MAILING = "mailing"  # a file for a mail or messenger service, or mailto:
    BIRTHDAY = "birthday"  # a yearly greeting reminder per client with a birthday


class OwnerRule(enum.StrEnum):
    CLIENT_OWNER = "client_owner"  # each client's own owner (else the first chosen)
    IN_TURN = "in_turn"  # the chosen owners in turn


class MemberStatus(enum.StrEnum):
    CONTACTED = "contacted"
    NO_ANSWER = "no_answer"
    REFUSED = "refused"
    BOUGHT = "bought"


class Campaign(Base):
    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    goal: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(16))
    # {"en": "Hello {name}…", "ru": "…"}: the script or message per client language.
    templates: Mapped[dict] = mapped_column(JSON, default=dict)
    # Which clients (see funnel.customers.client_sets); rebuilt each round.
    segment: Mapped[dict] = mapped_column(JSON, default=dict)
    rrule: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    started_on: Mapped[date] = mapped_column(Date)
    owner_rule: Mapped[str] = mapped_column(String(16), default=OwnerRule.CLIENT_OWNER.value)
    owner_ids: Mapped[list] = mapped_column(JSON, default=list)
    daily_cap: Mapped[int] = mapped_column(Integer, default=20)
    days: Mapped[int] = mapped_column(Integer, default=5)
    # A purchase this many days after the contact counts as the campaign's result.
    result_days: Mapped[int] = mapped_column(Integer, default=30)
    round: Mapped[int] = mapped_column(Integer, default=1)
    next_run_on: Mapped[date | None] = mapped_column(Date)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # The held-out share (0–50 %) of each round's clients, not contacted, and
    # the seed that chose them: the result compares buyers among the contacted
    # with buyers among them.
    control_percent: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    control_seed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class CampaignMember(Base):
    __tablename__ = "campaign_member"
    __table_args__ = (
        UniqueConstraint("campaign_id", "round", "client_id", name="uq_campaign_member_round"),
        Index("ix_campaign_member_activity", "activity_id"),
        Index("ix_campaign_member_client", "client_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    round: Mapped[int] = mapped_column(Integer, default=1)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"))
    planned_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(12))  # a MemberStatus; None: not yet
    contacted_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    # Held out: in the campaign's set, chosen not to be contacted.
    control: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

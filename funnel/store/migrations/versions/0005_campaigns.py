"""repeat sales: campaigns and their members, purchases indexed by client

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 16:20:00

Only new tables and one new index: rows written by older code are untouched.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaign",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("templates", sa.JSON(), nullable=False),
        sa.Column("segment", sa.JSON(), nullable=False),
        sa.Column("rrule", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("owner_rule", sa.String(length=16), nullable=False),
        sa.Column("owner_ids", sa.JSON(), nullable=False),
        sa.Column("daily_cap", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("result_days", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("next_run_on", sa.Date(), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign")),
    )
    op.create_table(
        "campaign_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=True),
        sa.Column("contacted_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"],
            name=op.f("fk_campaign_member_activity_id_activity"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"],
            name=op.f("fk_campaign_member_campaign_id_campaign"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"],
            name=op.f("fk_campaign_member_client_id_client"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_member")),
        sa.UniqueConstraint("campaign_id", "round", "client_id", name="uq_campaign_member_round"),
    )
    with op.batch_alter_table("campaign_member", schema=None) as batch_op:
        batch_op.create_index("ix_campaign_member_activity", ["activity_id"], unique=False)
        batch_op.create_index("ix_campaign_member_client", ["client_id"], unique=False)
    with op.batch_alter_table("purchase", schema=None) as batch_op:
        batch_op.create_index(
            "ix_purchase_client_day_amount",
            ["client_id", "purchased_on", "currency", "amount_cents"],
            unique=False,
        )
        batch_op.create_index(
            "ix_purchase_day_client_amount",
            ["purchased_on", "client_id", "currency", "amount_cents"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("purchase", schema=None) as batch_op:
        batch_op.drop_index("ix_purchase_day_client_amount")
        batch_op.drop_index("ix_purchase_client_day_amount")
    op.drop_table("campaign_member")
    op.drop_table("campaign")

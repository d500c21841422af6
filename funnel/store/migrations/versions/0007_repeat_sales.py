"""repeat sales: the stored per-client purchase summary, campaign control groups

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 03:20:00

`client_summary` is new and filled here from the purchases already in the
file (the same GROUP BY `funnel.customers.summary.rebuild_summary` runs).
Campaigns get a held-out share and its seed, members a `control` mark;
campaigns made before had no held-out group (0 %), so nothing about their
members changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "client_summary",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("purchases", sa.Integer(), nullable=False),
        sa.Column("revenue_cents", sa.BigInteger(), nullable=False),
        sa.Column("first_purchase", sa.Date(), nullable=False),
        sa.Column("last_purchase", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"],
            name=op.f("fk_client_summary_client_id_client"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", "currency", name=op.f("pk_client_summary")),
    )  # fmt: skip
    with op.batch_alter_table("client_summary", schema=None) as batch_op:
        batch_op.create_index(
            "ix_client_summary_figures",
            ["client_id", "purchases", "last_purchase", "first_purchase", "currency",
             "revenue_cents"],
            unique=False,
        )  # fmt: skip
    purchase = sa.table(
        "purchase",
        sa.column("client_id", sa.Integer()),
        sa.column("currency", sa.String()),
        sa.column("amount_cents", sa.Integer()),
        sa.column("purchased_on", sa.Date()),
    )
    summary = sa.table(
        "client_summary",
        *(sa.column(n) for n in ("client_id", "currency", "purchases", "revenue_cents",
                                 "first_purchase", "last_purchase")),
    )  # fmt: skip
    op.execute(
        summary.insert().from_select(
            [c.name for c in summary.c],
            sa.select(
                purchase.c.client_id,
                purchase.c.currency,
                sa.func.count(),
                sa.func.sum(purchase.c.amount_cents),
                sa.func.min(purchase.c.purchased_on),
                sa.func.max(purchase.c.purchased_on),
            )
            .where(purchase.c.amount_cents >= 0)
            .group_by(purchase.c.client_id, purchase.c.currency),
        )
    )
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("control_percent", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("control_seed", sa.Integer(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("campaign_member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("control", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("campaign_member", schema=None) as batch_op:
        batch_op.drop_column("control")
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.drop_column("control_seed")
        batch_op.drop_column("control_percent")
    op.drop_table("client_summary")

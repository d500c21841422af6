"""exchange rates: one row per currency, home currency and day

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 03:20:00

Only a new table: rows written by older code are untouched.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("home_currency", sa.String(length=3), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("rate", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rate")),
        sa.UniqueConstraint(
            "currency", "home_currency", "as_of",
            name=op.f("uq_exchange_rate_currency"),
        ),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("exchange_rate")

"""money columns wide enough on a team server

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 09:40:00

PostgreSQL only; on a SQLite file this revision changes nothing (SQLite's
INTEGER already holds 64 bits).

Amounts are kept in cents (kopecks, centavos). PostgreSQL's `integer` stops at
2,147,483,647 — 21,474,836.47 in the deal's currency — so a 26,000,000 ₽
contract, ordinary in roubles, could not be stored on a team server, and
`copy-to` of a file holding one failed ("integer out of range"). The deal's
value and the purchase's amount become `bigint`, like `client_summary`'s
revenue already is.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

COLUMNS = (("deal", "value_cents"), ("purchase", "amount_cents"))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in COLUMNS:
        op.alter_column(table, column, type_=sa.BigInteger(), existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in COLUMNS:
        op.alter_column(table, column, type_=sa.Integer(), existing_nullable=False)

"""team mode: versions, who wrote last, shared records, logins and roles

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 03:00:00

Every existing row starts at version 1, written by nobody in particular; the
existing owners are managers (a single-user file has no one else to hide
anything from) with no server login until `funnel team` gives them one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

VERSIONED = ("client", "deal", "activity")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
            batch.add_column(sa.Column("updated_by_id", sa.Integer(), nullable=True))
            batch.create_foreign_key(
                op.f(f"fk_{table}_updated_by_id_owner"),
                "owner",
                ["updated_by_id"],
                ["id"],
                ondelete="SET NULL",
            )
            if table != "activity":
                batch.add_column(
                    sa.Column("shared", sa.Boolean(), nullable=False, server_default=sa.false())
                )
    with op.batch_alter_table("owner") as batch:
        batch.add_column(sa.Column("login", sa.String(length=63), nullable=True))
        batch.add_column(
            sa.Column("role", sa.String(length=16), nullable=False, server_default="manager")
        )
        batch.create_unique_constraint(op.f("uq_owner_login"), ["login"])


def downgrade() -> None:
    with op.batch_alter_table("owner") as batch:
        batch.drop_constraint(op.f("uq_owner_login"), type_="unique")
        batch.drop_column("role")
        batch.drop_column("login")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            if table != "activity":
                batch.drop_column("shared")
            batch.drop_constraint(op.f(f"fk_{table}_updated_by_id_owner"), type_="foreignkey")
            batch.drop_column("updated_by_id")
            batch.drop_column("version")

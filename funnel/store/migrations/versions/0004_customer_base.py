"""the customer base: external ids, client language, merges, comparable contacts, order refs

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 16:00:00

New nullable columns and one new table. Existing contacts get their
comparable form (E.164 phone, folded e-mail) computed here, read in the
profile's phone region when one is set.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(sa.Column("external_id", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("language", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_client_external_id", ["external_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_client_merged_into_id_client", "client", ["merged_into_id"], ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("client_contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("normalized", sa.String(length=320), nullable=True))
        batch_op.create_index("ix_client_contact_normalized", ["normalized"], unique=False)
    with op.batch_alter_table("purchase", schema=None) as batch_op:
        batch_op.add_column(sa.Column("order_ref", sa.String(length=100), nullable=True))
        batch_op.add_column(
            sa.Column("source", sa.String(length=16), server_default="deal", nullable=False)
        )
        batch_op.create_index("ix_purchase_order_ref", ["order_ref"], unique=False)
    op.create_table(
        "client_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survivor_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=True),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("moved", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["client.id"], name=op.f("fk_client_merge_merged_id_client"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["survivor_id"], ["client.id"], name=op.f("fk_client_merge_survivor_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_merge")),
    )
    with op.batch_alter_table("client_merge", schema=None) as batch_op:
        batch_op.create_index("ix_client_merge_survivor_id", ["survivor_id"], unique=False)
    _fill_normalized()


def _fill_normalized() -> None:
    from funnel.customers.identity import normalize_contact

    bind = op.get_bind()
    value = bind.execute(
        sa.text("SELECT value FROM setting WHERE key = 'profile.phone_region'")
    ).scalar()
    region = json.loads(value) if isinstance(value, str) and value.startswith('"') else value
    rows = bind.execute(sa.text("SELECT id, kind, value FROM client_contact")).all()
    updates = [
        {"id": cid, "normalized": normalize_contact(kind, text, region or None)}
        for cid, kind, text in rows
    ]
    if updates:
        bind.execute(
            sa.text("UPDATE client_contact SET normalized = :normalized WHERE id = :id"), updates
        )


def downgrade() -> None:
    op.drop_table("client_merge")
    with op.batch_alter_table("purchase", schema=None) as batch_op:
        batch_op.drop_index("ix_purchase_order_ref")
        batch_op.drop_column("source")
        batch_op.drop_column("order_ref")
    with op.batch_alter_table("client_contact", schema=None) as batch_op:
        batch_op.drop_index("ix_client_contact_normalized")
        batch_op.drop_column("normalized")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_constraint("fk_client_merged_into_id_client", type_="foreignkey")
        batch_op.drop_index("ix_client_external_id")
        batch_op.drop_column("merged_into_id")
        batch_op.drop_column("language")
        batch_op.drop_column("external_id")

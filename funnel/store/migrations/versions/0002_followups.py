"""follow-ups: reminders, escalation, notifications, stall and agenda indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:00:00

Every new column is nullable, so rows written by older code stay valid.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rrule_start", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("notified_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("escalated_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("escalated_from_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_activity_escalated_from_id_owner"),
            "owner",
            ["escalated_from_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(
            "ix_activity_deal_open", ["deal_id", "done_at", "due_date", "due_time"], unique=False
        )
        # Due order including the time (NULL first), for Today's first lines.
        batch_op.drop_index("ix_activity_open_due")
        batch_op.create_index(
            "ix_activity_open_due", ["done_at", "due_date", "due_time"], unique=False
        )

    # Recurring activities written before this revision count from their due date.
    op.execute("UPDATE activity SET rrule_start = due_date WHERE rrule IS NOT NULL")

    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deal_status_stage_entered",
            # id gives the stalled scan its tie-break order from the index (else
            # SQLite walks every closed deal of a stage); value_cents makes the
            # per-stage summary an index-only read.
            ["status", "stage_id", "stage_entered_at", "id", "value_cents"],
            unique=False,
        )
        batch_op.create_index(
            "ix_deal_status_return_on", ["status", "return_on", "pipeline_id"], unique=False
        )

    op.create_table(
        "notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("deal_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_notification_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"],
            ["deal.id"],
            name=op.f("fk_notification_deal_id_deal"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["owner.id"],
            name=op.f("fk_notification_owner_id_owner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification")),
    )
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_notification_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            "ix_notification_owner_read", ["owner_id", "read_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.drop_index("ix_notification_owner_read")
        batch_op.drop_index(batch_op.f("ix_notification_activity_id"))
    op.drop_table("notification")

    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.drop_index("ix_deal_status_return_on")
        batch_op.drop_index("ix_deal_status_stage_entered")

    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_open_due")
        batch_op.create_index("ix_activity_open_due", ["done_at", "due_date"], unique=False)
        batch_op.drop_index("ix_activity_deal_open")
        batch_op.drop_constraint(
            batch_op.f("fk_activity_escalated_from_id_owner"), type_="foreignkey"
        )
        batch_op.drop_column("escalated_from_id")
        batch_op.drop_column("escalated_at")
        batch_op.drop_column("notified_at")
        batch_op.drop_column("rrule_start")

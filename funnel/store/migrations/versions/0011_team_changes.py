"""team mode: tell other windows what changed (LISTEN/NOTIFY)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 06:10:00

On PostgreSQL, every committed insert, update or delete of a deal, client,
activity, note, purchase or stage change sends a notification on the channel
`funnel_changes`: a small JSON object with the table, the row's id, the deal,
client and pipelines it concerns, and the writer's backend pid (so a window
can skip its own writes). `funnel.store.watch` listens. Nothing on SQLite: a
file has one writer at a time and no server to tell anyone.
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

CHANNEL = "funnel_changes"
TABLES = ("deal", "client", "activity", "note", "purchase", "stage_change")
FUNCTION = "funnel_notify_change"

CREATE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    row_now jsonb;
    row_before jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_now := to_jsonb(OLD);
    ELSE
        row_now := to_jsonb(NEW);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        row_before := to_jsonb(OLD);
    ELSE
        row_before := row_now;
    END IF;
    PERFORM pg_notify('{CHANNEL}', jsonb_build_object(
        'table', TG_TABLE_NAME,
        'op', lower(TG_OP),
        'id', row_now -> 'id',
        'deal_id', row_now -> 'deal_id',
        'client_id', row_now -> 'client_id',
        'pipeline_id', row_now -> 'pipeline_id',
        'old_pipeline_id', row_before -> 'pipeline_id',
        'from_pipeline_id', row_now -> 'from_pipeline_id',
        'to_pipeline_id', row_now -> 'to_pipeline_id',
        'pid', pg_backend_pid()
    )::text);
    RETURN NULL;
END
$$
"""


def _trigger(table: str) -> str:
    return f"funnel_changes_{table}"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(CREATE_FUNCTION)
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {_trigger(table)} ON {table}")
        op.execute(
            f"CREATE TRIGGER {_trigger(table)} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {_trigger(table)} ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")

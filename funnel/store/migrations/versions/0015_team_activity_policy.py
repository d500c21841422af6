"""team: follow-ups and notes of a deal follow the deal

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 10:05:00

PostgreSQL only; on a SQLite file this revision changes nothing.

Under 0010 an activity was visible when its own, or when its deal OR its
client was visible. A client nobody owns is the team's pool, visible to
all, so the follow-ups and notes of a colleague's private deal for such a
client were visible to every salesperson (after Boris handed a deal to Vera,
he still read its follow-ups). Now a row attached to a deal follows the deal;
only a row with no deal follows its client. A salesperson's own activity
stays visible to them wherever it is.
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

ME = "(SELECT funnel_owner_id())"
BOSS = "(SELECT funnel_is_manager())"


def _sees_deal(t: str) -> str:
    return f"EXISTS (SELECT 1 FROM deal d WHERE d.id = {t}.deal_id)"


def _sees_client(t: str) -> str:
    return f"EXISTS (SELECT 1 FROM client c WHERE c.id = {t}.client_id)"


def _follows(t: str) -> str:
    return (
        f"({t}.deal_id IS NOT NULL AND {_sees_deal(t)})"
        f" OR ({t}.deal_id IS NULL AND {_sees_client(t)})"
    )


NEW = {
    "activity": f"owner_id = {ME} OR {_follows('activity')}",
    "note": _follows("note"),
}
OLD = {
    "activity": f"owner_id = {ME} OR {_sees_deal('activity')} OR {_sees_client('activity')}",
    "note": f"{_sees_deal('note')} OR {_sees_client('note')}",
}


def _apply(rules: dict[str, str]) -> None:
    for table, rule in rules.items():
        op.execute(f"DROP POLICY IF EXISTS {table}_rows ON {table}")
        op.execute(
            f"CREATE POLICY {table}_rows ON {table} FOR ALL "
            f"USING ({BOSS} OR {rule}) WITH CHECK ({BOSS} OR {rule})"
        )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _apply(NEW)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _apply(OLD)

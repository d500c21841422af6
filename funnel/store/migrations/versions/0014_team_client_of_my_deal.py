"""team: a salesperson sees the client of a deal they can see

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 09:50:00

PostgreSQL only; on a SQLite file this revision changes nothing.

Under 0010 a client was visible to its owner, when shared, or when nobody
owns it. A deal owned by Boris whose client belongs to Vera (a company two
salespeople work with, or a client copied from a file with its first
salesperson) showed Boris "No client": he could not see the name or the
phone of the person he is to call. The client's read policy now also lets
through a client of any deal the reader can see (the EXISTS runs under the
deal's own policy, which never looks at clients, so there is no cycle). What
comes with the client follows its policy (contacts, purchases, the client's
own notes and activities); changing or deleting the client is still only for
its owner, a manager, or anyone while it is unassigned.
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

ME = "(SELECT funnel_owner_id())"
BOSS = "(SELECT funnel_is_manager())"
BEFORE = f"{BOSS} OR owner_id = {ME} OR shared OR owner_id IS NULL"
OF_MY_DEAL = "EXISTS (SELECT 1 FROM deal d WHERE d.client_id = client.id)"


def _read(rule: str) -> list[str]:
    return [
        "DROP POLICY IF EXISTS client_read ON client",
        f"CREATE POLICY client_read ON client FOR SELECT USING ({rule})",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _read(f"{BEFORE} OR {OF_MY_DEAL}"):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _read(BEFORE):
        op.execute(statement)

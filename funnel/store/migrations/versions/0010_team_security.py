"""team security: group roles, grants and row-level security on a team server

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 06:20:00

PostgreSQL only; on a SQLite file this revision changes nothing.

Two group roles (NOLOGIN, cluster-wide, created only when missing):
`funnel_manager` may read and write every table; `funnel_salesperson` may
read and write the working tables and only read the configuration
(pipelines, stages, reasons, owners, rates, the schema revision); settings
they read, and write only their own keys (`owner:ID:…`, e.g. when they last
saw their reminders).
Each person's login is a member of one of them (`funnel team add-user`).

Row-level security (ENABLE, not FORCE: the database's owner, who runs the
migrations, and superusers keep full access):
- deal, client: visible to a manager, to their owner, when shared, and when
  they have no owner (an unassigned lead is the team's pool, so someone can
  take it). Changed or deleted only by a manager, their owner, or (taking it)
  anyone when unassigned; a new one must belong to its creator or nobody.
  A salesperson may hand their own deal to someone else.
- activity, note, stage_change, purchase, client_contact, client_summary:
  visible and writable when their deal or client is visible (the EXISTS goes
  through the deal's and client's own policies), or (activities) when they
  are the person's own.
- notification: each person reads and changes their own; anyone may leave
  one for another (a hand-over tells the new owner).

`funnel_owner_id()` is the owner whose login is the connected user; it runs
as its caller (owner rows are readable by every role and carry no policy, so
no SECURITY DEFINER is needed and `current_user` stays the person's login).
`funnel_is_manager()` is true for a superuser, a member of `funnel_manager`,
or an owner whose role is 'manager'. The policies call both once per
statement (`(SELECT f())` becomes an InitPlan), which keeps the board fast.
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

MANAGER = "funnel_manager"
SALESPERSON = "funnel_salesperson"

WORKING = (
    "deal", "client", "client_contact", "activity", "note", "stage_change", "purchase",
    "notification", "client_merge", "client_summary", "campaign", "campaign_member",
    "review", "review_item", "review_decision", "silent_notice",
)  # fmt: skip
# Readable by all; a salesperson writes only their own keys ("owner:ID:…").
PERSONAL = ("setting",)
CONFIGURATION = (
    "pipeline", "stage", "close_reason", "owner", "exchange_rate", "alembic_version",
)  # fmt: skip

ME = "(SELECT funnel_owner_id())"
BOSS = "(SELECT funnel_is_manager())"
SEES_DEAL = "EXISTS (SELECT 1 FROM deal d WHERE d.id = {t}.deal_id)"
SEES_CLIENT = "EXISTS (SELECT 1 FROM client c WHERE c.id = {t}.client_id)"

# table: who sees (and may write) its rows, beyond a manager
CHILDREN = {
    "activity": f"owner_id = {ME} OR {SEES_DEAL} OR {SEES_CLIENT}",
    "note": f"{SEES_DEAL} OR {SEES_CLIENT}",
    "stage_change": SEES_DEAL,
    "purchase": SEES_CLIENT,
    "client_contact": SEES_CLIENT,
    "client_summary": SEES_CLIENT,
}
OWNED = ("deal", "client")

FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION funnel_owner_id() RETURNS integer
LANGUAGE sql STABLE
AS $$ SELECT id FROM owner WHERE login = current_user AND active LIMIT 1 $$;

CREATE OR REPLACE FUNCTION funnel_is_manager() RETURNS boolean
LANGUAGE sql STABLE
AS $$
  SELECT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)
      OR pg_has_role(current_user, '{MANAGER}', 'MEMBER')
      OR EXISTS (SELECT 1 FROM owner
                 WHERE login = current_user AND role = 'manager' AND active)
$$;
"""


def _roles() -> str:
    blocks = []
    for role in (MANAGER, SALESPERSON):
        blocks.append(
            f"""
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
    CREATE ROLE {role} NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;  -- another database of this cluster created it a moment ago
END
$$;"""
        )
    return "\n".join(blocks)


def _policies(table: str) -> list[str]:
    if table in OWNED:
        mine = f"{BOSS} OR owner_id = {ME}"
        sees = f"{mine} OR shared OR owner_id IS NULL"
        return [
            f"CREATE POLICY {table}_read ON {table} FOR SELECT USING ({sees})",
            f"CREATE POLICY {table}_add ON {table} FOR INSERT "
            f"WITH CHECK ({mine} OR owner_id IS NULL)",
            f"CREATE POLICY {table}_change ON {table} FOR UPDATE "
            f"USING ({mine} OR owner_id IS NULL) WITH CHECK (true)",
            f"CREATE POLICY {table}_remove ON {table} FOR DELETE USING ({mine})",
        ]
    if table == "setting":
        own = f"{BOSS} OR key LIKE 'owner:' || {ME} || ':%'"
        return [
            "CREATE POLICY setting_read ON setting FOR SELECT USING (true)",
            f"CREATE POLICY setting_add ON setting FOR INSERT WITH CHECK ({own})",
            f"CREATE POLICY setting_change ON setting FOR UPDATE USING ({own})",
            f"CREATE POLICY setting_remove ON setting FOR DELETE USING ({own})",
        ]
    if table == "notification":
        mine = f"{BOSS} OR owner_id = {ME}"
        return [
            f"CREATE POLICY notification_read ON notification FOR SELECT USING ({mine})",
            "CREATE POLICY notification_add ON notification FOR INSERT WITH CHECK (true)",
            f"CREATE POLICY notification_change ON notification FOR UPDATE USING ({mine})",
            f"CREATE POLICY notification_remove ON notification FOR DELETE USING ({mine})",
        ]
    rule = f"{BOSS} OR " + CHILDREN[table].format(t=table)
    return [f"CREATE POLICY {table}_rows ON {table} FOR ALL USING ({rule}) WITH CHECK ({rule})"]


SECURED = (*OWNED, "notification", *CHILDREN, *PERSONAL)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.dialect.identifier_preparer.quote(bind.exec_driver_sql("SELECT current_schema()").scalar())
    op.execute(_roles())
    op.execute(FUNCTIONS)
    for role in (MANAGER, SALESPERSON):
        op.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
        op.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role}")
        op.execute(f"GRANT EXECUTE ON FUNCTION funnel_owner_id(), funnel_is_manager() TO {role}")
    for table in (*WORKING, *PERSONAL, *CONFIGURATION):
        op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {MANAGER}")
    for table in (*WORKING, *PERSONAL):
        op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {SALESPERSON}")
    for table in CONFIGURATION:
        op.execute(f"GRANT SELECT ON {table} TO {SALESPERSON}")
    for table in SECURED:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for statement in _policies(table):
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.dialect.identifier_preparer.quote(bind.exec_driver_sql("SELECT current_schema()").scalar())
    for table in SECURED:
        for statement in _policies(table):
            name = statement.split()[2]
            op.execute(f"DROP POLICY IF EXISTS {name} ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for role in (MANAGER, SALESPERSON):
        # The roles stay: they are the cluster's, and other databases may use them.
        op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role}")
        op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {role}")
        op.execute(f"REVOKE ALL ON SCHEMA {schema} FROM {role}")
    op.execute("DROP FUNCTION IF EXISTS funnel_is_manager()")
    op.execute("DROP FUNCTION IF EXISTS funnel_owner_id()")

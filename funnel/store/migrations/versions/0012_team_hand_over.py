"""team hand-over: a salesperson may give their own deal to a colleague

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 07:30:00

PostgreSQL only; on a SQLite file this revision changes nothing.

Handing a deal over makes it someone else's, so under the row-level security
of 0010 the salesperson's own UPDATE fails ("new row violates row-level
security policy": the new row must pass the policies that let them read it).
Two SECURITY DEFINER functions do the whole step instead, after checking on
the server who asks:

- `funnel_hand_over(deal, new_owner, expected_version, notice_text, noticed_at)`
  refuses unless the caller is a manager, the deal's owner, or the deal is
  unassigned; the new owner must be active (or NULL: back to the team's pool);
  with `expected_version`, a deal changed since is refused. It then gives the
  deal's open follow-ups and the deal to the new owner (bumping `version`,
  stamping `updated_by_id`), leaves the notice (`notice_text` not NULL) and
  returns, as JSON, the deal's new version and each moved follow-up's id, owner
  before and new version: what the undo needs.
- `funnel_undo_hand_over(deal, from_owner, to_owner, version, noticed_at,
  moved_ids, moved_from)` gives it back. A manager may always; the deal's
  current owner may; the person who handed it over may only while the deal is
  still as they left it (owned by `to_owner`, last written by them, at
  `version`) and only back to themselves or to nobody.

Refusals raise SQLSTATE FH001 (not the caller's; DETAIL: the owner's name),
FH002 (changed since; DETAIL: who changed it), FH003 (no such active owner),
FH004 (undo no longer possible; DETAIL: the deal's owner now), FH404 (no
such deal). `funnel.deals.handover_server` turns them into the app's errors.

Who asks is `session_user`, the login that connected: inside a SECURITY
DEFINER function `current_user` is the function's owner (the role running
this migration, which owns the tables, so row-level security does not apply
to it). The functions run with a fixed search_path (pg_catalog, the schema,
pg_temp last) and are executable by the two team roles only.
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

MANAGER = "funnel_manager"
SALESPERSON = "funnel_salesperson"
HAND_OVER = "funnel_hand_over(integer, integer, integer, text, timestamp without time zone)"
UNDO = (
    "funnel_undo_hand_over(integer, integer, integer, integer, "
    "timestamp without time zone, integer[], integer[])"
)
CALLER = "funnel_caller(OUT owner_id integer, OUT owner_name text, OUT is_manager boolean)"

# Who connected (not the definer): their owner row and whether they manage.
FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION funnel_caller(OUT owner_id integer, OUT owner_name text,
                                         OUT is_manager boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, {{schema}}, pg_temp
AS $$
  SELECT (SELECT o.id FROM owner o WHERE o.login = session_user AND o.active LIMIT 1),
         (SELECT o.name FROM owner o WHERE o.login = session_user AND o.active LIMIT 1),
         COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
           OR pg_has_role(session_user, '{MANAGER}', 'MEMBER')
           OR EXISTS (SELECT 1 FROM owner o
                      WHERE o.login = session_user AND o.role = 'manager' AND o.active)
$$;

CREATE OR REPLACE FUNCTION funnel_hand_over(
    p_deal integer, p_to integer, p_expected integer, p_text text, p_at timestamp)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, {{schema}}, pg_temp
AS $$
DECLARE
    me record;
    d record;
    moved jsonb;
    new_version integer;
BEGIN
    SELECT * INTO me FROM funnel_caller();
    SELECT id, owner_id, version, shared, title INTO d FROM deal WHERE id = p_deal FOR UPDATE;
    IF NOT FOUND OR NOT (me.is_manager OR d.owner_id = me.owner_id OR d.owner_id IS NULL
                         OR d.shared) THEN
        RAISE EXCEPTION 'there is no deal with id %', p_deal USING ERRCODE = 'FH404';
    END IF;
    IF NOT (me.is_manager OR d.owner_id = me.owner_id OR d.owner_id IS NULL) THEN
        RAISE EXCEPTION '% belongs to someone else', d.title USING ERRCODE = 'FH001',
            DETAIL = COALESCE((SELECT name FROM owner WHERE id = d.owner_id), '');
    END IF;
    IF p_expected IS NOT NULL AND d.version <> p_expected THEN
        RAISE EXCEPTION '% was changed meanwhile', d.title USING ERRCODE = 'FH002',
            DETAIL = COALESCE((SELECT o.name FROM deal x JOIN owner o ON o.id = x.updated_by_id
                               WHERE x.id = p_deal), '');
    END IF;
    IF p_to IS NOT NULL AND NOT EXISTS (SELECT 1 FROM owner WHERE id = p_to AND active) THEN
        RAISE EXCEPTION 'there is no active owner with id %', p_to USING ERRCODE = 'FH003';
    END IF;
    WITH before AS (
        SELECT a.id, a.owner_id FROM activity a
        WHERE a.deal_id = p_deal AND a.done_at IS NULL AND a.owner_id IS DISTINCT FROM p_to
        FOR UPDATE
    ), changed AS (
        UPDATE activity a SET owner_id = p_to, version = a.version + 1,
                              updated_by_id = me.owner_id
        FROM before b WHERE a.id = b.id
        RETURNING a.id, b.owner_id AS before_id, a.version
    )
    SELECT COALESCE(jsonb_agg(jsonb_build_array(c.id, c.before_id, c.version) ORDER BY c.id),
                    '[]'::jsonb)
      INTO moved FROM changed c;
    UPDATE deal SET owner_id = p_to, version = version + 1, updated_by_id = me.owner_id
     WHERE id = p_deal RETURNING version INTO new_version;
    IF p_text IS NOT NULL AND p_to IS NOT NULL THEN
        INSERT INTO notification (owner_id, kind, activity_id, deal_id, text, created_at, read_at)
        VALUES (p_to, 'handed_over', NULL, p_deal, p_text, p_at, NULL);
    END IF;
    RETURN jsonb_build_object('version', new_version, 'by', me.owner_id, 'moved', moved);
END
$$;

CREATE OR REPLACE FUNCTION funnel_undo_hand_over(
    p_deal integer, p_from integer, p_to integer, p_version integer, p_at timestamp,
    p_moved integer[], p_moved_from integer[])
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, {{schema}}, pg_temp
AS $$
DECLARE
    me record;
    d record;
BEGIN
    SELECT * INTO me FROM funnel_caller();
    SELECT id, owner_id, version, updated_by_id, title INTO d
      FROM deal WHERE id = p_deal FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no deal with id %', p_deal USING ERRCODE = 'FH404';
    END IF;
    IF NOT (me.is_manager
            OR (d.owner_id = me.owner_id AND p_to = me.owner_id)
            OR (d.owner_id IS NOT DISTINCT FROM p_to AND d.version = p_version
                AND d.updated_by_id = me.owner_id
                AND (p_from IS NULL OR p_from = me.owner_id))) THEN
        RAISE EXCEPTION '% can no longer be handed back', d.title USING ERRCODE = 'FH004',
            DETAIL = COALESCE((SELECT name FROM owner WHERE id = d.owner_id), '');
    END IF;
    IF p_at IS NOT NULL THEN
        DELETE FROM notification
         WHERE deal_id = p_deal AND owner_id IS NOT DISTINCT FROM p_to
           AND kind = 'handed_over' AND created_at = p_at;
    END IF;
    UPDATE deal SET owner_id = p_from, version = version + 1, updated_by_id = me.owner_id
     WHERE id = p_deal;
    UPDATE activity a SET owner_id = m.before_id, version = a.version + 1,
                          updated_by_id = me.owner_id
      FROM unnest(p_moved, p_moved_from) AS m(id, before_id)
     WHERE a.id = m.id AND a.deal_id = p_deal AND a.owner_id IS NOT DISTINCT FROM p_to;
END
$$;
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.dialect.identifier_preparer.quote(
        bind.exec_driver_sql("SELECT current_schema()").scalar()
    )
    op.execute(FUNCTIONS.format(schema=schema))
    for function in (CALLER, HAND_OVER, UNDO):
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {MANAGER}, {SALESPERSON}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for function in (UNDO, HAND_OVER, CALLER):
        op.execute(f"DROP FUNCTION IF EXISTS {function}")

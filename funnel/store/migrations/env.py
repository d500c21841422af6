"""Alembic environment: always run with a connection handed in by funnel.store.db,
so migrations share the app's pragmas and transaction."""

from alembic import context

from funnel.store import client_summary, models_campaigns  # noqa: F401  (their tables, for autogenerate)
from funnel.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic` run by hand
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url")).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

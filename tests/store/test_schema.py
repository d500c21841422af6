from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from funnel.store.models import Base


def test_the_models_describe_exactly_the_schema_the_migrations_build(db):
    """A file upgraded to the last revision and the models agree column for
    column, so `alembic revision --autogenerate` would find nothing to write
    (the enum columns are the same VARCHARs as ever, without constraints)."""
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_as_batch": True}
        )
        assert compare_metadata(context, Base.metadata) == []

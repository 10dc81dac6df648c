"""Alembic environment. Used by `asfdesk db …`, by the app at start, and by `alembic` itself."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection, Engine

from asfdesk.db.engine import make_engine, migration_connection, resolve_database_url
from asfdesk.db.models import Base

config = context.config
target_metadata = Base.metadata

# Objects kept up by hand-written migrations that autogenerate cannot model: the FTS5 tables
# (and their shadow tables) on SQLite and the pg_trgm indexes on PostgreSQL.
SEARCH_PREFIX = "search_"


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    return not (name or "").startswith(SEARCH_PREFIX)


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
        # Each revision commits with its alembic_version row or not at all (a kill -9 half-way
        # leaves the previous revision intact). SQLite needs migration_connection for this.
        transaction_per_migration=True,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url") or resolve_database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run(conn: Connection) -> None:
    external = conn.in_transaction()  # the caller's transaction: Alembic runs inside it
    _configure(conn)
    with context.begin_transaction():
        context.run_migrations()
    if not external and conn.in_transaction():  # a read after the last revision autobegan one
        conn.commit()


def run_migrations_online() -> None:
    # A caller hands over a Connection (asfdesk.db.migrate) or an Engine (pytest-alembic,
    # asfdesk.db.migrate.alembic_config). The URL is never passed through the config file
    # parser, which chokes on '%' (encoded passwords, socket paths, file names).
    connectable = config.attributes.get("connection")
    if isinstance(connectable, Connection):
        _run(connectable)
        return
    if isinstance(connectable, Engine):
        with migration_connection(connectable) as conn:
            _run(conn)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or resolve_database_url())
    try:
        with migration_connection(engine) as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

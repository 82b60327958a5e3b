"""Alembic environment: run by the app at start (desktop.db.migrate), never by hand.

The whole upgrade runs in one EXCLUSIVE transaction with foreign keys off (SQLite batch steps
recreate tables), and `PRAGMA foreign_key_check` must come back empty before it commits.
"""
from __future__ import annotations

from alembic import context

from desktop.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:  # e.g. `alembic revision --autogenerate` from a developer's shell
        from sqlalchemy import create_engine
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        is_sqlite = connection.dialect.name == "sqlite"
        if is_sqlite:
            raw.execute("PRAGMA foreign_keys = OFF")  # outside a transaction, or it is ignored
        try:
            with connection.execution_options(sqlite_begin="EXCLUSIVE").begin():
                # Configured inside our transaction: Alembic then sees an outer transaction and adds
                # none of its own. Configured before it, Alembic commits after every revision on
                # SQLite (no transactional DDL there), and a crash could leave a half-way revision.
                context.configure(connection=connection, target_metadata=target_metadata,
                                  render_as_batch=True, compare_type=True)
                context.run_migrations()
                if is_sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
        finally:
            if is_sqlite:
                if connection.in_transaction():  # autobegun after our commit by Alembic's bookkeeping
                    connection.rollback()
                raw.execute("PRAGMA foreign_keys = ON")


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported.")
run_migrations_online()

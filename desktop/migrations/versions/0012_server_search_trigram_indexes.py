"""Server search speed: trigram indexes for the roster's contains-search (name, NIK, phone, KPJ), and the roster's keyset
index (PostgreSQL only).

On PostgreSQL (server mode) the roster's search `LIKE '%siti%'` on name_key, nik and phone would
scan the whole person table at a million persons; a GIN trigram index (pg_trgm) answers it from the
index instead. Skipped with a log line where the server lacks the pg_trgm extension (search still
works, scanning).

The roster pages its ids by key on a server (roster.queries.person_ids_page) in name order with
NULLs first, as SQLite sorts: PostgreSQL's btree puts NULLs last and has no rowid in its indexes, so
SQLite's ix_person_alive_name cannot give that order there. ix_person_alive_name_keyset holds the
whole order key, NULLS FIRST, for the live persons: the next page starts at the key, in order.

On SQLite this revision does nothing: its search stays as it was (bench/roster_ui.py).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""
from __future__ import annotations

import logging

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SEARCHED = ("name_key", "nik", "phone", "kpj")  # kpj: a digit search also asks for KPJ numbers


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("CREATE INDEX IF NOT EXISTS ix_person_alive_name_keyset ON person (name_key NULLS FIRST, "
               "nik NULLS FIRST, phone NULLS FIRST, kpj NULLS FIRST, id NULLS FIRST) WHERE deleted_at IS NULL")
    if not bind.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").first():
        logging.getLogger(__name__).warning("pg_trgm not available: contains-search scans the person table")
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in SEARCHED:
        op.execute(f"CREATE INDEX IF NOT EXISTS ix_person_{column}_trgm ON person USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in SEARCHED:
        op.execute(f"DROP INDEX IF EXISTS ix_person_{column}_trgm")
    op.execute("DROP INDEX IF EXISTS ix_person_alive_name_keyset")

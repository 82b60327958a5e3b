"""Coverage speed: one partial covering index for the dashboard's two grouped scans.

The dashboard groups the live persons by (status, unit, institution, segment, payer, programmes)
and prices the enrolled ones grouped by (segment, programmes, income, payer, sector). Without this
index SQLite sorts 100k table rows in a temp B-tree for each (≈ 180–300 ms); with it the first scan
streams from the index already in group order and the second reads only the enrolled index entries
(≈ 25–35 ms each on 100k persons, bench/coverage.py). Partial (deleted_at IS NULL): the trash is
never counted, so it is not indexed.

On PostgreSQL (server mode) only, also the roster's contains-search: trigram indexes (pg_trgm) on
name_key, nik and phone, so `LIKE '%siti%'` at a million persons reads an index instead of the table.
Added here as a dialect-only step (SQLite's DDL is byte-for-byte what it was); skipped with a log
line where the server lacks the pg_trgm extension (search then still works, scanning).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = ["status", "unit_id", "institution_id", "segment", "payer", "programmes", "sector", "income"]


SEARCHED = ("name_key", "nik", "phone")


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.create_index("ix_person_coverage", COLUMNS, sqlite_where=sa.text("deleted_at IS NULL"),
                           postgresql_where=sa.text("deleted_at IS NULL"))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        if bind.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").first():
            op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            for column in SEARCHED:
                op.execute(f"CREATE INDEX ix_person_{column}_trgm ON person USING gin ({column} gin_trgm_ops)")
        else:
            import logging
            logging.getLogger(__name__).warning("pg_trgm not available: contains-search scans the person table")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for column in SEARCHED:
            op.execute(f"DROP INDEX IF EXISTS ix_person_{column}_trgm")
    with op.batch_alter_table("person") as batch:
        batch.drop_index("ix_person_coverage")

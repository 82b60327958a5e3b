"""Coverage speed: one partial covering index for the dashboard's two grouped scans.

The dashboard groups the live persons by (status, unit, institution, segment, payer, programmes)
and prices the enrolled ones grouped by (segment, programmes, income, payer, sector). Without this
index SQLite sorts 100k table rows in a temp B-tree for each (≈ 180–300 ms); with it the first scan
streams from the index already in group order and the second reads only the enrolled index entries
(≈ 25–35 ms each on 100k persons, bench/coverage.py). Partial (deleted_at IS NULL): the trash is
never counted, so it is not indexed.

On PostgreSQL (server mode) the same partial index (postgresql_where beside sqlite_where); SQLite's
DDL is byte-for-byte what it was. The server's trigram search indexes are revision 0012.

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


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.create_index("ix_person_coverage", COLUMNS, sqlite_where=sa.text("deleted_at IS NULL"),
                           postgresql_where=sa.text("deleted_at IS NULL"))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_index("ix_person_coverage")

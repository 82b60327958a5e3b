"""Load the shipped reference data: regions with postal codes, occupations, rates, BPU brackets.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop import reference_data

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Lightweight table shapes as of this revision (not today's ORM classes).
region = sa.table("region", sa.column("code"), sa.column("level"), sa.column("name"),
                  sa.column("parent_code"), sa.column("postal_code"))
occupation = sa.table("occupation", sa.column("code"), sa.column("name"), sa.column("certainty"),
                      sa.column("source"), sa.column("export_code"))
rate = sa.table("rate", *(sa.column(c) for c in (
    "programme", "segment", "component", "basis", "value", "cap_rupiah", "valid_from", "valid_to",
    "applies_to", "legal_basis", "certainty")), sa.column("value", sa.Numeric(12, 4)),
    sa.column("valid_from", sa.Date), sa.column("valid_to", sa.Date))
bracket = sa.table("bpu_bracket", *(sa.column(c) for c in (
    "income_low", "income_high", "dasar_penghasilan", "jkk", "jkm", "jht", "legal_basis", "certainty", "note")),
    sa.column("valid_from", sa.Date), sa.column("valid_to", sa.Date))


def upgrade() -> None:
    op.bulk_insert(region, reference_data.region_rows())
    op.bulk_insert(occupation, reference_data.occupation_rows())
    op.bulk_insert(rate, reference_data.rate_rows())
    op.bulk_insert(bracket, reference_data.bracket_rows())


def downgrade() -> None:
    for name in ("bpu_bracket", "rate", "occupation", "region"):
        op.execute(f"DELETE FROM {name}")

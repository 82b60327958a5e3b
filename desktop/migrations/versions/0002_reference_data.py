"""Load the shipped reference data: regions with postal codes, occupations, rates, BPU brackets.

The rows are the ones this revision inserted when it was written, frozen in
desktop/migrations/seed/0002_<table>.csv (copied from resources/data on 2026-12-03): a later change
to resources/data must not change what an old revision inserts, or two databases at the same
revision would hold different rates. New reference data comes in a new revision with its own seed.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SEED = Path(__file__).resolve().parents[1] / "seed"

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


def _or_none(convert: Callable[[str], object]) -> Callable[[str], object]:
    return lambda text: convert(text) if text != "" else None


TEXT_OR_NONE, INT_OR_NONE, DATE_OR_NONE = _or_none(str), _or_none(int), _or_none(dt.date.fromisoformat)
# how a frozen cell becomes the value that was inserted; columns not named here are text as written
TYPES: dict[str, dict[str, Callable[[str], object]]] = {
    "region": {"parent_code": TEXT_OR_NONE, "postal_code": TEXT_OR_NONE},
    "occupation": {"export_code": TEXT_OR_NONE},
    "rate": {"value": Decimal, "cap_rupiah": INT_OR_NONE, "valid_from": DATE_OR_NONE, "valid_to": DATE_OR_NONE},
    "bpu_bracket": {"valid_from": DATE_OR_NONE, "valid_to": DATE_OR_NONE, "income_low": INT_OR_NONE,
                    "income_high": INT_OR_NONE, "dasar_penghasilan": int, "jkk": int, "jkm": int, "jht": int},
}


def seed_rows(table: str) -> list[dict]:
    """The rows this revision inserts into `table`, from its frozen seed file."""
    types = TYPES[table]
    with open(SEED / f"0002_{table}.csv", encoding="utf-8", newline="") as handle:
        return [{column: types.get(column, str)(text) for column, text in row.items()}
                for row in csv.DictReader(handle)]


def upgrade() -> None:
    for table in (region, occupation, rate, bracket):
        op.bulk_insert(table, seed_rows(table.name))


def downgrade() -> None:
    for name in ("bpu_bracket", "rate", "occupation", "region"):
        op.execute(f"DELETE FROM {name}")

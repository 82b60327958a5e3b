"""The shipped BPU preset requires Jenis Pekerjaan: BPU registration asks for the occupation
(issue 17). Only the shipped preset as stored is changed; a clerk's copies are left as they are.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""
from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

PRESET = "BPU kolektif"


def _set_required(required: bool) -> None:
    bind = op.get_bind()
    row = bind.execute(sa.text("SELECT id, columns FROM export_preset WHERE name = :n AND builtin"),
                       {"n": PRESET}).first()
    if row is None:  # a fresh database: the preset is seeded from the code, already requiring it
        return
    columns = json.loads(row[1])
    for column in columns:
        if column.get("field") == "occupation":
            column["required"] = required
    bind.execute(sa.text("UPDATE export_preset SET columns = :c WHERE id = :i"),
                 {"c": json.dumps(columns, ensure_ascii=False), "i": row[0]})


def upgrade() -> None:
    _set_required(True)


def downgrade() -> None:
    _set_required(False)

"""Several desks on one database: versions on editable records, running numbers from the database,
and the record an audit entry is about.

- `version` (1 when made, one more per save) on person, org_unit, institution, batch, export_preset
: a save names the version it read and is refused if the record moved on.
- `counter`: the last number given per sequence ("batch:2026"), taken under the row's lock.
- `audit_log.record` ("person:12"): who changed a record last, for the refusal's message.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

VERSIONED = ("person", "org_unit", "institution", "batch", "export_preset")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "counter",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counter")),
    )
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("record", sa.String(length=60), nullable=True))
        batch.create_index(batch.f("ix_audit_log_record"), ["record"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_index(batch.f("ix_audit_log_record"))
        batch.drop_column("record")
    op.drop_table("counter")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")

"""The register of outgoing letters: the organisation's numbers for the PKS and the berita acara,
so the next number per year is proposed and none is printed twice.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outgoing_letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=120), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("letter_date", sa.Date(), nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outgoing_letter")),
        sa.UniqueConstraint("number", name=op.f("uq_outgoing_letter_number")),
    )
    with op.batch_alter_table("outgoing_letter") as batch:
        batch.create_index(batch.f("ix_outgoing_letter_year"), ["year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outgoing_letter") as batch:
        batch.drop_index(batch.f("ix_outgoing_letter_year"))
    op.drop_table("outgoing_letter")

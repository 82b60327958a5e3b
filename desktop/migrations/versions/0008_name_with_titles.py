"""The name with titles beside the name as on the KTP-el.

Section A of the enrolment form wants the name exactly as on the KTP-el (no Hj., no S.Pd.);
letters and certificates want the titles. `name` keeps the KTP name, `name_with_titles` the full
name as the field wrote it (NULL when it has no titles). Names already stored with titles are
split here the same way the importer and the editor split them.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("name_with_titles", sa.String(200), nullable=True))
    from desktop.domain.names import split_titles
    connection = op.get_bind()
    person = sa.table("person", sa.column("id", sa.Integer), sa.column("name", sa.String),
                      sa.column("name_key", sa.String), sa.column("name_with_titles", sa.String))
    changes = []
    for pid, name in connection.execute(sa.select(person.c.id, person.c.name)):
        ktp, full = split_titles(name)
        if full:
            changes.append({"pid": pid, "ktp": ktp, "key": " ".join(ktp.casefold().split()), "full": full})
    if changes:
        connection.execute(person.update().where(person.c.id == sa.bindparam("pid")).values(
            name=sa.bindparam("ktp"), name_key=sa.bindparam("key"), name_with_titles=sa.bindparam("full")), changes)


def downgrade() -> None:
    connection = op.get_bind()
    connection.execute(sa.text("UPDATE person SET name = name_with_titles WHERE name_with_titles IS NOT NULL"))
    with op.batch_alter_table("person") as batch:
        batch.drop_column("name_with_titles")

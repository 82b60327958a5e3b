"""One clock: the times that were written in local time are converted to UTC.

Before this revision the trash times (`deleted_at` of person, org_unit, institution), the batch
times (`batch.exported_at`, `batch.answered_at`, `batch_item.answered_at`) and the `created_at` /
`updated_at` of persons written by the bulk insert (imports) held the PC's local wall-clock time,
while every other time was UTC. From now on every stored time is UTC (desktop/clock.py and the
UtcDateTime column type).

The local offset used is the one of the machine at migration time (`clock.now().utcoffset()`).
For Indonesia that is exact: WIB (UTC+7), WITA (UTC+8) and WIT (UTC+9) have no daylight saving
time, so the offset today is the offset the times were written with. A PC whose zone keeps DST
would be off by the DST hour for the times written in the other season.

Bulk-inserted person times are told apart by their text: the bulk insert wrote whole seconds
("2026-12-03 17:16:00") while SQLAlchemy writes microseconds ("…17:16:00.123456"), so a person
`created_at` / `updated_at` of 19 characters is a local time from the bulk insert.

Only SQLite databases exist from before this revision (server mode on another engine starts after
it), so the conversion is written for SQLite; on another engine there is nothing to convert.

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-03
"""
from __future__ import annotations

from alembic import op

from desktop import clock

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None

# (table, column, extra condition): the columns that held local time
LOCAL_COLUMNS = [
    ("person", "deleted_at", ""),
    ("org_unit", "deleted_at", ""),
    ("institution", "deleted_at", ""),
    ("batch", "exported_at", ""),
    ("batch", "answered_at", ""),
    ("batch_item", "answered_at", ""),
    ("person", "created_at", "AND length(created_at) = 19"),
    ("person", "updated_at", "AND length(updated_at) = 19"),
]


def _shift(seconds: int) -> None:
    if op.get_bind().dialect.name != "sqlite" or seconds == 0:
        return
    for table, column, condition in LOCAL_COLUMNS:
        # the date and time part moves; a fraction of a second (".123456") stays as it was
        op.execute(f"UPDATE {table} SET {column} = datetime(substr({column}, 1, 19), '{seconds:+d} seconds') "
                   f"|| substr({column}, 20) WHERE {column} IS NOT NULL {condition}")


def upgrade() -> None:
    _shift(-int(clock.now().utcoffset().total_seconds()))


def downgrade() -> None:
    _shift(int(clock.now().utcoffset().total_seconds()))

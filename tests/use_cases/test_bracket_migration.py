"""Migration 0005 ships the BPU income bracket table (33 rows, each with its certainty) into a database
that had only the floor row without a range, and a fresh database gets the same 33 rows once."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from desktop import db as dbmod
from desktop import rate_tables
from desktop.models import BpuBracket


def test_a_fresh_database_has_the_33_brackets_once(db):
    with db.read() as session:
        rows = rate_tables.brackets(session)
    assert len(rows) == 33 and len({b.dasar_penghasilan for b in rows}) == 33
    assert [(b.income_low, b.income_high, b.certainty) for b in rows[:2]] == [
        (0, 1_099_000, "verified"), (1_100_000, 1_299_000, "weak")]
    assert rows[-1].income_low == 20_200_000 and rows[-1].income_high is None and rows[-1].dasar_penghasilan == 20_700_000


def test_an_older_database_with_only_the_floor_row_gets_the_table(empty_location, data_dir):
    if "://" not in empty_location:  # a file: its folder is made by open_database, not by Database
        Path(empty_location).parent.mkdir(parents=True, exist_ok=True)
    database = dbmod.Database(empty_location)  # a new database, migrated only to 0004 (SQLite or server)
    dbmod.migrate(database, target="0004")
    with database.engine.begin() as conn:  # the table as 0002 shipped it before this issue
        conn.exec_driver_sql("DELETE FROM bpu_bracket WHERE dasar_penghasilan <> 1000000")
        conn.exec_driver_sql("UPDATE bpu_bracket SET income_low = NULL, income_high = NULL, "
                             "legal_basis = 'PP 44/2015 Lampiran II', note = 'Floor bracket only'")
    dbmod.migrate(database)
    with database.read() as session:
        assert session.scalar(select(func.count(BpuBracket.id))) == 33
        floor = session.scalar(select(BpuBracket).where(BpuBracket.dasar_penghasilan == 1_000_000))
        assert (floor.income_low, floor.income_high, floor.certainty) == (0, 1_099_000, "verified")
        assert floor.note.startswith("Golongan terendah")
        weak = session.scalar(select(func.count(BpuBracket.id)).where(BpuBracket.certainty == "weak"))
        assert weak == 32
    database.close()

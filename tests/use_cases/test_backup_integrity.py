"""Integrity check with a readable report, and repair by copying into a new file swapped in atomically."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from desktop import integrity
from desktop.db import Database
from desktop.models import AuditEntry, Person
from desktop.roster import bulk

from .test_backup import _damage_person_table


def fill(db, n=300):
    rows = [{"name": f"Anggota {i}", "name_key": f"anggota {i}", "nik": f"3516{i:012d}"} for i in range(n)]
    with db.write() as session:
        bulk.insert_persons(session, rows)


def damage_index(path, name="ix_person_name_key"):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page)
        handle.write(b"\x0a" + b"\x00" * 7 + b"\xff" * (page - 8))


def test_a_sound_database_gets_a_short_good_report(db):
    report = integrity.check(db)
    assert report.ok and "dalam keadaan baik" in report.describe()


@pytest.mark.sqlite_only(reason="damages a page of the SQLite file and repairs the file")
def test_a_damaged_index_is_reported_and_repaired_without_losing_rows(db, db_path):
    fill(db)
    db.close()
    damage_index(db_path)
    damaged = Database(db_path)
    report = integrity.check(damaged)
    assert not report.ok and "RUSAK" in report.describe() and "Perbaiki" in report.describe()
    result = integrity.repair(damaged)
    assert result.after.ok and result.damaged_copy.exists()
    assert result.unreadable_tables == []
    with damaged.read() as session:
        assert session.scalar(select(func.count(Person.id))) == 300
        assert session.scalar(select(func.count()).where(AuditEntry.action == "db_repair")) == 1
        # the index works again: a search by name uses it
        assert session.scalar(select(Person.nik).where(Person.name_key == "anggota 7")) == "3516000000000007"
    damaged.close()


@pytest.mark.sqlite_only(reason="damages a page of the SQLite file and repairs the file")
def test_a_damaged_table_keeps_what_is_readable_and_says_which_table(db, db_path, cli):
    fill(db)
    db.close()
    _damage_person_table(db_path)
    checked = cli("db", "check")
    assert checked.exit_code == 3 and "RUSAK" in checked.output
    repaired = cli("db", "repair", "--yes")
    assert repaired.exit_code == 0, repaired.output
    assert "person" in repaired.output and "Berkas lama disimpan" in repaired.output
    assert "dalam keadaan baik" in cli("db", "check").output

"""The data layer: pragmas, migrations with a backup first, refusal of newer DBs, atomic writes."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select, text

from desktop import db as dbmod
from desktop.errors import UserError
from desktop.models import Person, Region


@pytest.mark.sqlite_only(reason="SQLite connection pragmas (WAL, busy_timeout, foreign_keys)")
def test_every_connection_has_the_safety_pragmas(db):
    with db.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_new_database_is_at_head_with_reference_data(db):
    assert dbmod.current_revision(db.engine) == dbmod.head_revision()
    with db.read() as session:
        sooko = session.get(Region, "35.16.13")
        assert sooko.name == "Sooko"
        assert session.scalar(select(func.count()).select_from(Region).where(Region.parent_code == "35.16.13")) == 15
        japan = session.scalar(select(Region).where(Region.parent_code == "35.16.13", Region.name == "Japan"))
        assert japan.postal_code == "61361"


def test_a_failed_write_changes_nothing(db, mojokerto):
    from desktop.roster import persons
    with pytest.raises(RuntimeError), db.write() as session:
        persons.add_person(session, persons.PersonData(name="Siti Aminah", nik="3516135205750003"))
        raise RuntimeError("crash half-way")
    with db.read() as session:
        assert session.scalar(select(func.count(Person.id))) == 0


@pytest.mark.sqlite_only(reason="the backup before a migration is a copy of the SQLite file")
def test_migration_from_revision_1_backs_up_first_and_keeps_data(db_path, data_dir):
    database = dbmod.Database(db_path)
    dbmod.migrate(database, target="0001")
    with database.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO person (name, name_key, nik, segment, programmes, payer, sector, status,"
                             " has_problems, anonymised) VALUES ('Siti', 'siti', '3516135205750003', 'BPU', 'JKK JKM',"
                             " 'SELF', 'other', 'belum', 0, 0)")
    result = dbmod.migrate(database)
    assert result.from_revision == "0001" and result.to_revision == dbmod.head_revision()
    assert result.backup is not None and result.backup.exists()
    copy = sqlite3.connect(result.backup)
    assert copy.execute("SELECT nik FROM person").fetchall() == [("3516135205750003",)]
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    copy.close()
    with database.read() as session:
        assert session.scalar(select(Person.name)) == "Siti"
        assert session.scalar(select(func.count(Region.code))) > 16000
    database.close()


def test_a_database_from_a_newer_version_is_refused(db_path):
    database = dbmod.open_database(db_path)
    with database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    database.close()
    with pytest.raises(UserError, match="versi Jamsos Desk yang lebih baru"):
        dbmod.open_database(db_path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    bogus = tmp_path / "data.sqlite"
    bogus.write_text("NIK;Nama\n")
    with pytest.raises(UserError, match="bukan basis data"):
        dbmod.open_database(bogus)


def test_the_migrations_have_one_head():
    assert dbmod.head_revision()


@pytest.mark.sqlite_only(reason="SQLite's online backup API copies a file")
def test_backup_copy_is_complete_and_checked(db, mojokerto, tmp_path):
    target = dbmod.backup_to(db.path, tmp_path / "out" / "copy.sqlite")
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM org_unit").fetchone() == (3,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()

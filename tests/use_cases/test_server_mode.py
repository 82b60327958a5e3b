"""Server mode: a URL where a path was, refusals that name what is wrong, migrations both ways,
moving a desk to the server and back, and server backups (run with JAMSOS_TEST_PG to use a server)."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from desktop import backup, dialect, integrity, moving, server
from desktop import db as dbmod
from desktop.cli import main
from desktop.errors import UserError
from desktop.models import Heir, OrgUnit, Person
from desktop.roster import bulk, units

from ..conftest import TEST_PG


def _run_in_empty_folder(tmp_path: Path, *args: str):
    folder = tmp_path / "kerja"
    folder.mkdir()
    old = Path.cwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)
    return result, folder


def test_a_database_url_the_app_cannot_open_is_refused_and_nothing_is_created(tmp_path):
    result, folder = _run_in_empty_folder(tmp_path, "--db", "mysql://petugas:rahasia@server/jamsos", "init")
    assert result.exit_code == 2
    assert "tidak dapat dibuka" in result.output and "mysql" in result.output
    assert "rahasia" not in result.output and "***" in result.output
    assert list(folder.iterdir()) == []  # no folder named "mysql:", no file


def test_an_unreachable_server_is_refused_without_showing_its_password(tmp_path):
    result, folder = _run_in_empty_folder(
        tmp_path, "--db", "postgresql+psycopg://petugas:rahasia@127.0.0.1:1/jamsos", "init")
    assert result.exit_code == 2
    assert "Server basis data postgresql+psycopg://petugas:***@127.0.0.1:1/jamsos tidak dapat dibuka" in result.output
    assert "rahasia" not in result.output
    assert "Basis data siap" not in result.output
    assert list(folder.iterdir()) == []  # formerly: a SQLite file inside a folder "postgresql+psycopg:"


def test_postgresql_urls_are_read_as_psycopg_and_masked():
    for typed in ("postgresql://clerk:pw@10.0.0.5:5432/jamsos", "postgres://clerk:pw@10.0.0.5:5432/jamsos",
                  "postgresql+psycopg://clerk:pw@10.0.0.5:5432/jamsos"):
        location = dialect.parse_location(typed)
        assert location.is_server and location.url.drivername == "postgresql+psycopg"
        assert location.describe() == "postgresql+psycopg://clerk:***@10.0.0.5:5432/jamsos"
    assert dialect.parse_location(r"C:\Data\jamsos.sqlite").path == Path(r"C:\Data\jamsos.sqlite")


def test_backing_up_a_database_file_that_is_not_there_is_refused(tmp_path):
    with pytest.raises(UserError, match="Tidak ada berkas basis data"):
        dbmod.backup_to(tmp_path / "tidak-ada.sqlite", tmp_path / "cadangan" / "x.sqlite")
    assert not (tmp_path / "tidak-ada.sqlite").exists() and not (tmp_path / "cadangan" / "x.sqlite").exists()


def test_migrations_go_down_to_base_and_up_again_twice(db):
    from alembic import command
    cfg = dbmod._alembic_config(db.engine)
    for _round in range(2):
        command.downgrade(cfg, "base")
        assert dbmod.current_revision(db.engine) is None
        command.upgrade(cfg, "head")
        assert dbmod.current_revision(db.engine) == dbmod.head_revision()
    with db.write() as session:  # the schema works after the round trips
        units.add_unit(session, "PC Muslimat NU Kab. Mojokerto")
    with db.read() as session:
        assert session.scalar(select(func.count(OrgUnit.id))) == 1


def _person_indexes(engine) -> set[str]:
    from sqlalchemy import inspect
    return {index["name"] for index in inspect(engine).get_indexes("person")}


def test_the_servers_trigram_search_indexes_come_with_revision_0012_only(db):
    """0004 holds only the coverage index (both dialects); the pg_trgm indexes are 0012's, server-only."""
    from alembic import command
    cfg = dbmod._alembic_config(db.engine)
    trigram = {"ix_person_name_key_trgm", "ix_person_nik_trgm", "ix_person_phone_trgm", "ix_person_kpj_trgm",
               "ix_person_alive_name_keyset"}
    command.downgrade(cfg, "0010")
    before = _person_indexes(db.engine)
    assert "ix_person_coverage" in before and not before & trigram
    command.upgrade(cfg, "0012")
    after = _person_indexes(db.engine)
    if db.engine.dialect.name == "postgresql":
        assert after - before == trigram
    else:
        assert after == before  # on SQLite the revision does nothing
    command.downgrade(cfg, "0010")
    assert _person_indexes(db.engine) == before
    command.upgrade(cfg, "head")


def _populated_desk(path: Path) -> dbmod.Database:
    """A SQLite desk with a unit tree (a child whose id is below its parent's), persons and heirs."""
    desk = dbmod.open_database(path)
    with desk.write() as session:
        ranting = units.add_unit(session, "Ranting Japan")
        pc = units.add_unit(session, "PC Muslimat NU Kab. Mojokerto")
        session.get(OrgUnit, ranting).parent_id = pc  # re-parented: parent stored after the child
        rows = [{"name": f"Anggota {i}", "nik": f"3516{i:012d}", "unit_id": ranting, "income": 1_500_000 + i,
                 "birth_date": dt.date(1980, 1, 1) + dt.timedelta(days=i), "has_problems": i % 7 == 0,
                 "heirs": [{"name": f"Ahli Waris {i}", "relation": "anak"}] if i % 3 == 0 else []}
                for i in range(250)]
        bulk.insert_persons(session, rows)
    return desk


def test_a_desk_moves_to_the_server_and_back_with_every_row_equal(tmp_path, empty_location):
    desk = _populated_desk(tmp_path / "meja.sqlite")
    before_bytes = (tmp_path / "meja.sqlite").read_bytes()
    try:
        report = moving.move_to(desk, empty_location)
        assert report.tables["person"] == 250 and report.tables["heir"] == 84
        assert "checksum setiap tabel sama" in report.describe()
        assert (tmp_path / "meja.sqlite").read_bytes() == before_bytes  # the source is untouched
        moved = dbmod.open_database(empty_location)
        try:
            assert moved.is_server == bool(TEST_PG)
            with moved.read() as session:
                child = session.scalar(select(OrgUnit).where(OrgUnit.name == "Ranting Japan"))
                assert child.parent.name == "PC Muslimat NU Kab. Mojokerto"
                assert session.scalar(select(func.count(Heir.id))) == 84
            with moved.write() as session:  # new rows get fresh ids after the copied ones
                new = units.add_unit(session, "PAC Muslimat NU Sooko")
                assert new > 2
            back_path = tmp_path / "kembali.sqlite"
            moving.move_to(moved, str(back_path))
        finally:
            moved.close()
        back = dbmod.open_database(back_path)
        try:
            original, returned = moving.table_checksums(desk), moving.table_checksums(back)
            # every row equal; only the new unit and the two move records are extra on the way back
            for table in original:
                if table not in ("org_unit", "audit_log"):
                    assert returned[table] == original[table], table
            with back.read() as session:
                assert session.scalar(select(func.count(Person.id))) == 250
                assert session.scalar(select(func.count(OrgUnit.id))) == 3
        finally:
            back.close()
    finally:
        desk.close()


def test_moving_into_a_database_that_holds_data_is_refused(db, mojokerto, tmp_path):
    desk = _populated_desk(tmp_path / "meja.sqlite")
    try:
        with pytest.raises(UserError, match="sudah berisi data|sudah ada"):
            moving.move_to(desk, str(db.location.url.render_as_string(hide_password=False)) if db.is_server
                           else str(db.path))
    finally:
        desk.close()


@pytest.mark.skipif(not TEST_PG, reason="needs a PostgreSQL server (JAMSOS_TEST_PG)")
def test_a_server_backup_is_a_pg_dump_that_restores_with_the_same_counts(db, mojokerto, empty_location, tmp_path):
    with db.write() as session:
        bulk.insert_persons(session, [{"name": f"Anggota {i}", "nik": f"3516{i:012d}"} for i in range(40)])
    archive = backup.take(db, "uji")
    assert archive.suffix == ".dump" and archive.parent.parent.name == "cadangan-server"
    assert archive.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format, not an empty SQLite file
    [listed] = backup.automatic_backups(db)
    assert listed.path == archive and listed.persons == 40  # counts kept beside the archive
    assert db.path is None and not any(Path.cwd().glob("postgresql*"))
    target = dialect.parse_location(empty_location)
    server.restore(target, archive)
    restored = dbmod.Database(target)
    try:
        assert server.table_counts(restored.engine) == server.table_counts(db.engine)
    finally:
        restored.close()
    report = integrity.check(db)
    assert report.ok and report.counts["person"] == 40 and "baik (server PostgreSQL)" in report.describe()
    with pytest.raises(UserError, match="server"):
        integrity.repair(db)
    with pytest.raises(UserError, match="pg_restore"):
        backup.restore(db, archive)
    assert backup.session_backup(db, "mulai") is None  # no dump of a shared server at every window start
    listing = subprocess.run([server.pg_tool("pg_restore"), "--list", str(archive)], capture_output=True,
                             text=True, check=True).stdout
    assert "TABLE DATA public person" in listing


@pytest.mark.skipif(not TEST_PG, reason="needs a PostgreSQL server (JAMSOS_TEST_PG)")
def test_a_server_migration_waits_for_the_advisory_lock_and_dumps_first(db, mojokerto):
    import threading

    from alembic import command
    command.downgrade(dbmod._alembic_config(db.engine), "0003")
    results = []
    with db.engine.connect() as other_desk:  # another desk is migrating right now
        other_desk.exec_driver_sql(f"SELECT pg_advisory_lock({dbmod.MIGRATION_LOCK_KEY})")
        worker = threading.Thread(target=lambda: results.append(dbmod.migrate(db)))
        worker.start()
        worker.join(2)
        assert worker.is_alive() and not results  # waits instead of migrating alongside
        other_desk.exec_driver_sql(f"SELECT pg_advisory_unlock({dbmod.MIGRATION_LOCK_KEY})")
        other_desk.commit()
    worker.join(60)
    [result] = results
    assert result.from_revision == "0003" and result.to_revision == dbmod.head_revision()
    assert result.backup.suffix == ".dump" and result.backup.name.startswith("sebelum-migrasi-0003-")
    with db.read() as session:
        assert session.scalar(select(func.count(OrgUnit.id))) == 3


def test_why_a_server_cannot_be_opened_is_said_in_indonesian_and_never_shows_a_password(monkeypatch):
    """The CLI takes its password from PGPASSWORD or ~/.pgpass (libpq); no message ever shows it."""
    monkeypatch.setenv("PGPASSWORD", "dari-lingkungan")
    where = dialect.parse_location("postgresql://petugas:di-alamat@10.0.0.5:5432/jamsos")
    cases = {
        'connection to server at "10.0.0.5", port 5432 failed: Connection refused': "tidak dapat dihubungi",
        'FATAL:  password authentication failed for user "petugas" (tried dari-lingkungan)': "kata sandi tidak diterima",
        'FATAL:  database "jamsos" does not exist': "Basis data 'jamsos' tidak ada di server 10.0.0.5:5432",
        'FATAL:  role "petugas" does not exist': "Nama pengguna 'petugas' tidak dikenal",
    }
    for reason, said in cases.items():
        text = dbmod.server_refusal(where, Exception(reason + " di-alamat"))
        assert said in text and text.startswith("Server basis data postgresql+psycopg://petugas:***@10.0.0.5")
        assert "di-alamat" not in text and "dari-lingkungan" not in text

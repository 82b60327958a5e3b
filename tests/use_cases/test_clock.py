"""One clock: every stored time is UTC and every list shows it in the PC's zone (issue 15)."""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
import time

import openpyxl
import pytest
from sqlalchemy import select

from desktop import clock
from desktop.models import AuditEntry, Person

UTC = dt.timezone.utc


@pytest.fixture
def jakarta(monkeypatch):
    """The PC's clock is on WIB (UTC+7)."""
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _persons_file(path):
    book = openpyxl.Workbook()
    book.active.append(["Nama", "NIK", "Tempat lahir"])
    book.active.append(["Siti Aminah", "3516134505800001", "Mojokerto"])
    book.save(path)
    return path


def test_the_audit_list_and_the_import_runs_show_one_import_at_the_same_time(jakarta, cli, tmp_path):
    with clock.frozen(dt.datetime(2026, 12, 3, 17, 16, tzinfo=UTC)):
        assert cli("import", "persons", str(_persons_file(tmp_path / "guru.xlsx"))).exit_code == 0
    runs = cli("import", "runs").output
    audit = cli("audit", "list", "--action", "import").output
    assert "04-12-2026 00:16" in runs, runs
    assert "04-12-2026 00:16" in audit, audit
    assert "03-12-2026 17:16" not in runs + audit


@pytest.mark.sqlite_only(reason="reads the stored text through sqlite3 (PostgreSQL keeps timestamp values, not text)")
def test_times_are_stored_in_utc_whichever_way_a_row_was_written(jakarta, db, mojokerto, cli, tmp_path):
    """The bulk insert (import), the trash and the audit all keep UTC; the model reads local time."""
    moment = dt.datetime(2026, 12, 3, 17, 16, tzinfo=UTC)
    with clock.frozen(moment):
        cli("import", "persons", str(_persons_file(tmp_path / "guru.xlsx")))
        from desktop.roster import persons
        with db.write() as session:
            person_id = session.scalar(select(Person.id))
            persons.delete_person(session, person_id)
    raw = sqlite3.connect(db.path).execute("SELECT created_at, updated_at, deleted_at FROM person").fetchone()
    assert [value[:16] for value in raw] == ["2026-12-03 17:16"] * 3
    with db.read() as session:
        person = session.get(Person, person_id)
        assert f"{person.created_at:%d-%m-%Y %H:%M}" == f"{person.deleted_at:%d-%m-%Y %H:%M}" == "04-12-2026 00:16"
        entry = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()))
        assert entry.at == moment and entry.at.utcoffset() == dt.timedelta(hours=7)


def test_the_audit_filter_takes_the_clerks_own_day(jakarta, db, cli, tmp_path):
    """An import at 00:16 WIB on 4 December is on the 4th for the clerk, though UTC says the 3rd."""
    with clock.frozen(dt.datetime(2026, 12, 3, 17, 16, tzinfo=UTC)):
        cli("import", "persons", str(_persons_file(tmp_path / "guru.xlsx")))
    assert "1 dari 1 catatan" in cli("audit", "list", "--action", "import", "--since", "04-12-2026").output
    assert "0 dari 0 catatan" in cli("audit", "list", "--action", "import", "--until", "03-12-2026").output


def test_migration_0010_moves_the_local_times_to_utc(jakarta, tmp_path):
    from desktop import db as dbmod
    database = dbmod.open_database(tmp_path / "old.sqlite", migrate_schema=False)
    dbmod.migrate(database, target="0004")
    with sqlite3.connect(database.path) as raw:
        raw.execute("INSERT INTO org_unit (id, level, name, created_at, updated_at, deleted_at) VALUES "
                    "(1, 1, 'PAC Sooko', '2026-12-03 10:00:00.000000', '2026-12-03 10:00:00.000000', "
                    "'2026-12-04 00:16:00.250000')")
        columns = "name, name_key, segment, programmes, payer, sector, status, has_problems, anonymised"
        values = "'Siti', 'siti', 'BPU', 'JKK JKM', 'SELF', 'other', 'belum', 0, 0"
        # a bulk-inserted person (whole seconds, local) and one written by the ORM (microseconds, UTC)
        raw.execute(f"INSERT INTO person ({columns}, created_at, updated_at) VALUES "
                    f"({values}, '2026-12-04 00:16:00', '2026-12-04 00:16:00')")
        raw.execute(f"INSERT INTO person ({columns}, created_at, updated_at) VALUES "
                    f"({values}, '2026-12-03 17:16:00.000001', '2026-12-03 17:16:00.000001')")
    dbmod.migrate(database)
    with sqlite3.connect(database.path) as raw:
        assert raw.execute("SELECT deleted_at, created_at FROM org_unit").fetchone() == (
            "2026-12-03 17:16:00.250000", "2026-12-03 10:00:00.000000")
        assert [row[0][:19] for row in raw.execute("SELECT created_at FROM person ORDER BY id")] == [
            "2026-12-03 17:16:00", "2026-12-03 17:16:00"]
    database.close()


def test_a_frozen_clock_is_the_time_for_the_whole_core():
    with clock.frozen(dt.datetime(2026, 1, 31, 23, 30, tzinfo=UTC)):
        assert clock.now_utc() == dt.datetime(2026, 1, 31, 23, 30, tzinfo=UTC)
        assert clock.to_storage(clock.now()) == dt.datetime(2026, 1, 31, 23, 30)
    assert abs(clock.now_utc() - dt.datetime.now(UTC)) < dt.timedelta(seconds=5)
    assert re.match(r"\d{4}-\d\d-\d\d", clock.today().isoformat())


@pytest.mark.sqlite_only(reason="restores a SQLite file copy; a server is restored with pg_restore")
def test_a_restore_keeps_the_log_written_after_the_backup_once(jakarta, db, tmp_path):
    """The restore copies the audit entries newer than the backup's last one: compared in one zone,
    none is copied twice and none is lost (WIB is 7 hours off UTC)."""
    from desktop import backup
    from tests.use_cases.test_backup import add
    add(db, "Siti Aminah", "3516135205750003")
    add(db, "Khoirul Umah", "3516134107800001")
    saved = backup.backup_now(db, tmp_path / "usb")
    add(db, "Nur Hayati", "3516136303850002")
    backup.restore(db, saved.path)
    with db.read() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions.count("person_add") == 3 and actions[-1] == "restore"

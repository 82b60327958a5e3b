"""Backups: rotation policy, verified copies, disk full, listing with counts, restore round trip."""
from __future__ import annotations

import datetime as dt
import errno
import sqlite3

import pytest
from sqlalchemy import func, select

from desktop import backup, paths
from desktop.errors import UserError
from desktop.models import AuditEntry, Person
from desktop.roster import persons


def add(db, name, nik):
    with db.write() as session:
        return persons.add_person(session, persons.PersonData(name=name, nik=nik))


def names(db):
    with db.read() as session:
        return sorted(session.scalars(select(Person.name)))


def test_policy_keeps_5_newest_and_one_per_day_week_month():
    start = dt.datetime(2026, 1, 1, 8, 0)
    # two backups a day (start and close of a session) for 300 days
    times = [start + dt.timedelta(days=d, hours=h) for d in range(300) for h in (0, 9)]
    keep = backup.select_keep(times)
    newest = sorted(times)[-5:]
    assert set(newest) <= keep
    last_day = max(times).date()
    days_kept = {t.date() for t in keep}
    assert {last_day - dt.timedelta(days=i) for i in range(7)} <= days_kept
    assert len({t.isocalendar()[:2] for t in keep}) >= 4
    assert len({(t.year, t.month) for t in keep}) == 6
    assert len(keep) <= 5 + 7 + 4 + 6
    assert min(keep) >= dt.datetime(2026, 5, 1)  # nothing older than the 6th month back


@pytest.mark.sqlite_only(reason="session backups are SQLite file copies (none on a shared server)")
def test_session_backups_rotate_in_the_folder(db, monkeypatch):
    add(db, "Siti Aminah", "3516135205750003")
    manual = backup.backup_now(db, paths.backups_dir(db.path)).path  # a clerk's own copy is not rotated away
    clock = [dt.datetime(2026, 3, 1, 8)]
    monkeypatch.setattr(backup, "_stamp", lambda now=None: clock[0].strftime("%Y%m%d-%H%M%S-%f"))
    for _ in range(40):
        backup.session_backup(db, "mulai")
        clock[0] += dt.timedelta(days=1)
    assert manual.exists()
    listed = [info for info in backup.automatic_backups(db) if info.path != manual]
    assert 5 <= len(listed) <= 22
    assert listed[0].taken_at == dt.datetime(2026, 4, 9, 8)
    assert listed[0].persons == 1 and listed[0].kind_label == "awal sesi"


@pytest.mark.sqlite_only(reason="damages the bytes of the SQLite file")
def test_a_corrupt_database_is_never_rotated_in(db, tmp_path):
    add(db, "Siti Aminah", "3516135205750003")
    good = backup.session_backup(db, "mulai")
    db.close()
    _damage_person_table(db.path)
    before = sorted(p.name for p in paths.backups_dir(db.path).iterdir())
    with pytest.raises(UserError, match="gagal diperiksa|rusak"):
        backup.session_backup(db, "tutup")
    assert sorted(p.name for p in paths.backups_dir(db.path).iterdir()) == before
    assert good.exists()


def _damage_person_table(path):
    """Overwrite the person table's root page with garbage (what a bad sector does)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page)
        handle.write(b"\x0d\xff\xff\xff" * (page // 4))


@pytest.mark.sqlite_only(reason="fills the disk during SQLite's page-by-page backup API")
def test_disk_full_during_backup_leaves_no_file_and_the_db_untouched(db, tmp_path, monkeypatch):
    from desktop import db as dbmod
    add(db, "Siti Aminah", "3516135205750003")
    usb = tmp_path / "usb"
    usb.mkdir()

    def full(src, dst):
        dst.execute("CREATE TABLE half (x)")  # something was already written when the disk filled
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(dbmod, "copy_pages", full)
    with pytest.raises(UserError, match="Ruang penyimpanan penuh"):
        backup.backup_now(db, usb)
    assert list(usb.iterdir()) == []
    assert db.integrity_check() == [] and names(db) == ["Siti Aminah"]
    with db.read() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == "backup_export")) == 0


@pytest.mark.sqlite_only(reason="the SQLite backup's temp file and rename")
def test_os_error_enospc_when_renaming_is_explained(db, tmp_path, monkeypatch):
    from pathlib import Path
    usb = tmp_path / "usb"
    usb.mkdir()

    def no_space(self, target):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(Path, "replace", no_space)
    with pytest.raises(UserError, match="Ruang penyimpanan penuh"):
        backup.backup_now(db, usb)
    assert list(usb.iterdir()) == []


def test_backup_now_to_a_folder_is_logged_with_its_checksum(db, tmp_path):
    add(db, "Siti Aminah", "3516135205750003")
    info = backup.backup_now(db, tmp_path / "usb")
    assert info.path.parent == tmp_path / "usb" and info.persons == 1
    with db.read() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "backup_export"))
    assert entry.target == str(info.path) and len(entry.checksum) == 64 and entry.person_count == 1


@pytest.mark.sqlite_only(reason="restoring from a file copy; a shared server is restored with pg_restore by its administrator")
def test_restore_round_trip_gives_back_the_backed_up_data(db, tmp_path):
    add(db, "Siti Aminah", "3516135205750003")
    add(db, "Khoirul Umah", "3516134107800001")
    saved = backup.backup_now(db, tmp_path / "usb")
    add(db, "Nur Hayati", "3516136303850002")
    with db.write() as session:
        session.get(Person, 1).name = "Diubah"
    result = backup.restore(db, saved.path)
    assert names(db) == ["Khoirul Umah", "Siti Aminah"]
    assert db.integrity_check() == []
    with db.read() as session:
        assert session.execute(select(func.count()).select_from(Person)).scalar() == 2
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        assert session.execute(__import__("sqlalchemy").text("PRAGMA journal_mode")).scalar() == "wal"
    # the log is never rolled back: what happened after the backup is still recorded, then the restore
    assert actions[-1] == "restore" and actions.count("person_add") == 3
    # and the state just before the restore was kept
    assert backup.inspect(result.safety_copy).persons == 3


@pytest.mark.sqlite_only(reason="restoring from a file copy; a shared server is restored with pg_restore by its administrator")
def test_restore_refuses_a_file_that_is_not_a_backup(db, tmp_path):
    bogus = tmp_path / "daftar.sqlite"
    bogus.write_text("NIK;Nama\n")
    add(db, "Siti Aminah", "3516135205750003")
    with pytest.raises(UserError, match="bukan cadangan"):
        backup.restore(db, bogus)
    assert names(db) == ["Siti Aminah"]


def test_backup_before_a_risky_write_is_listed(db):
    add(db, "Siti Aminah", "3516135205750003")
    path = backup.backup_before(db, "impor")
    [info] = backup.automatic_backups(db)
    assert info.path == path and info.kind_label == "sebelum impor" and info.persons == 1

"""Failures with a known cause get a clear Indonesian message (issue 19): a full disk during an
import, a read-only folder or medium, a damaged sheet, a directory or missing file on the command
line, a 0-byte database. And restore/erasure leave no personal data behind.

Read-only folders: tests run as root, for whom chmod changes nothing, so a real read-only tmpfs is
mounted when the test may mount (skipped otherwise); the cleanup of a failed copy is also checked
with unlink monkeypatched to fail."""
from __future__ import annotations

import datetime as dt
import errno
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import event, select, text

from desktop import backup, privacy
from desktop.db import open_database
from desktop.errors import UserError
from desktop.models import AuditEntry
from tests.use_cases.test_backup import add, names


@pytest.fixture
def read_only_mount(tmp_path):
    """A folder on a real read-only file system: fill(path → bytes) before it turns read-only."""
    folder = tmp_path / "cd"
    folder.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("this test needs to mount a tmpfs (root in a container that allows it)")

    def make_read_only():
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)
    try:
        yield folder, make_read_only
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


# -- clear messages -------------------------------------------------------------------------------

@pytest.mark.sqlite_only(reason="maps SQLite's SQLITE_FULL on the database file; a server's disk is the server's")
def test_a_full_disk_during_an_import_commit_is_said_and_changes_nothing(db, tmp_path):
    from desktop.importing.commit import commit
    from desktop.importing.options import ImportOptions
    from desktop.importing.plan import prepare
    source = tmp_path / "banyak.csv"
    source.write_text("Nama;NIK;Tgl Lahir;Alamat\n" + "".join(
        f"Orang {i};35161345058{i:05d};05-05-1980;{'Dsn. Kauman ' * 15}\n" for i in range(1, 3000)), encoding="utf-8")
    preview = prepare(db, source, "persons", ImportOptions(reference=dt.date(2026, 11, 2)))

    @event.listens_for(db.engine, "connect")
    def small_disk(connection, _record):  # noqa: ANN001 - the file may not grow: SQLITE_FULL
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages + 5}")
    db.engine.dispose()
    with pytest.raises(UserError, match="Ruang penyimpanan penuh"):
        commit(db, preview, backup=False)
    event.remove(db.engine, "connect", small_disk)
    db.engine.dispose()
    assert names(db) == []


@pytest.mark.sqlite_only(reason="the SQLite file copy into a read-only folder; a server's backup is pg_dump")
def test_backup_now_to_a_read_only_folder_says_so(db, read_only_mount):
    folder, make_read_only = read_only_mount
    add(db, "Siti Aminah", "3516135205750003")
    make_read_only()
    with pytest.raises(UserError, match="tidak dapat ditulisi"):
        backup.backup_now(db, folder)


@pytest.mark.sqlite_only(reason="SQLite's online backup API and its temp file")
def test_a_failed_copy_whose_temp_file_cannot_be_removed_still_says_why(db, tmp_path, monkeypatch):
    """The error handler deleting its temp file in a read-only folder must not fail a second time."""
    import sqlite3

    from desktop import db as db_module
    add(db, "Siti Aminah", "3516135205750003")
    real_unlink, real_connect = Path.unlink, sqlite3.connect

    def unlink(self, missing_ok=False):  # noqa: ANN001
        if self.parent.name == "usb":
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_unlink(self, missing_ok=missing_ok)

    def connect(target, *args, **kwargs):  # noqa: ANN001
        if "usb" in str(target):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)
    monkeypatch.setattr(Path, "unlink", unlink)
    monkeypatch.setattr(db_module.sqlite3, "connect", connect)
    monkeypatch.setattr(db_module, "_writable", lambda folder: False)
    with pytest.raises(UserError, match="tidak dapat ditulisi"):
        backup.backup_now(db, tmp_path / "usb")


def test_a_database_on_a_read_only_medium_is_not_called_damaged(tmp_path, read_only_mount):
    folder, make_read_only = read_only_mount
    db = open_database(folder / "jamsos.sqlite")
    add(db, "Siti Aminah", "3516135205750003")
    db.close()
    make_read_only()
    try:
        db = open_database(folder / "jamsos.sqlite")
    except UserError as exc:
        message = exc.full_message()
    else:  # opened for reading: the first write says it
        try:
            with pytest.raises(UserError) as caught:
                add(db, "Nur Hayati", "3516136303850002")
            message = caught.value.full_message()
        finally:
            db.close()
    assert "hanya-baca" in message and "Periksa basis data" not in message and "pulihkan" not in message


def test_a_damaged_sheet_is_not_reported_as_a_missing_header(db, tmp_path):
    from desktop.importing.plan import prepare
    good = tmp_path / "baik.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Nama", "NIK", "Tgl Lahir"])
    book.active.append(["Siti Aminah", "3516134505800001", "05-05-1980"])
    book.save(good)
    damaged = tmp_path / "rusak.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # cut in the middle of the cells
            target.writestr(item, data)
    with pytest.raises(UserError) as caught:
        prepare(db, damaged, "persons")
    message = caught.value.full_message()
    assert "rusak.xlsx" in message and "tidak dapat dibaca" in message and "judul" not in message


def test_a_directory_or_missing_file_on_the_command_line_is_said_in_indonesian(cli, tmp_path):
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    result = cli("import", "persons", str(folder))
    assert result.exit_code == 2 and "adalah folder, bukan berkas" in result.output
    assert "Invalid value" not in result.output and "is a directory" not in result.output
    result = cli("backup", "restore", str(tmp_path / "tidak-ada.sqlite"))
    assert result.exit_code == 2 and "tidak ditemukan" in result.output and "does not exist" not in result.output


# -- restore and erasure --------------------------------------------------------------------------

def test_a_zero_byte_file_is_reported_not_initialised(tmp_path):
    empty = tmp_path / "kosong.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(UserError, match="0 byte"):
        open_database(empty)
    assert empty.stat().st_size == 0
    with pytest.raises(UserError, match="folder"):
        open_database(tmp_path)


@pytest.mark.sqlite_only(reason="restore staging copies beside the SQLite file")
def test_hidden_restore_copies_left_by_a_killed_restore_are_removed_at_the_next_start(db_path):
    db = open_database(db_path)
    add(db, "Siti Aminah", "3516135205750003")
    db.close()
    staging = backup.staging_path(db_path)
    leftovers = [staging, Path(f"{staging}-wal"), Path(f"{staging}-shm"), staging.with_name(f".{staging.name}.tmp")]
    for path in leftovers:
        shutil.copy(db_path, path)  # everyone's data, hidden beside the live DB
    db = open_database(db_path)
    try:
        assert [p for p in leftovers if p.exists()] == []
        assert names(db) == ["Siti Aminah"]
    finally:
        db.close()


@pytest.mark.sqlite_only(reason="restores a SQLite file copy (-wal/-shm beside it); a server is restored with pg_restore")
def test_a_restore_from_a_read_only_medium_writes_nothing_beside_the_backup(db, read_only_mount):
    folder, make_read_only = read_only_mount
    add(db, "Siti Aminah", "3516135205750003")
    saved = backup.backup_now(db, folder)
    # a backup left in WAL mode (copied from a live database) needs a -shm to be read normally
    import sqlite3
    conn = sqlite3.connect(saved.path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    add(db, "Nur Hayati", "3516136303850002")
    make_read_only()
    backup.restore(db, saved.path)
    assert names(db) == ["Siti Aminah"]
    assert sorted(p.name for p in folder.iterdir()) == [saved.path.name]


@pytest.mark.sqlite_only(reason="PRAGMA secure_delete is SQLite's")
def test_secure_delete_is_on_for_every_connection(db):
    with db.read() as session:
        assert session.execute(text("PRAGMA secure_delete")).scalar() == 1
    with db.write() as session:
        assert session.execute(text("PRAGMA secure_delete")).scalar() == 1


@pytest.mark.sqlite_only(reason="reads the SQLite database file's bytes")
def test_an_erased_person_leaves_no_trace_in_the_database_file(db, db_path, cli):
    add(db, "Siti Aminah", "3516135205750003")
    marker = "Zulaikhah Rahasia Sekali"
    person_id = add(db, marker, "3516136303850002")
    result = cli("privacy", "erase", str(person_id), "--yes")
    assert result.exit_code == 0, result.output
    db.engine.dispose()
    for path in (db_path, Path(f"{db_path}-wal")):
        if path.exists():
            assert marker.encode() not in path.read_bytes(), path.name
            assert b"3516136303850002" not in path.read_bytes(), path.name


@pytest.mark.sqlite_only(reason="restores a SQLite file copy; a server is restored with pg_restore")
def test_erasures_are_applied_again_after_restoring_a_copy_with_other_row_ids(db, tmp_path):
    # another copy of the database: the same people, entered in another order (other row ids)
    other = open_database(tmp_path / "salinan.sqlite")
    add(other, "Nur Hayati", "3516136303850002")
    add(other, "Khoirul Umah", "3516134107800001")
    add(other, "Siti Aminah", "3516135205750003")
    copy = backup.backup_now(other, tmp_path / "usb")
    other.close()
    add(db, "Siti Aminah", "3516135205750003")
    add(db, "Khoirul Umah", "3516134107800001")
    nur = add(db, "Nur Hayati", "3516136303850002")
    with db.write() as session:
        privacy.erase_person(session, nur)
    result = backup.restore(db, copy.path)
    assert result.reapplied == 1
    assert names(db) == ["Khoirul Umah", "Siti Aminah"]  # not Siti (row 1 here), but Nur Hayati
    with db.read() as session:
        detail = session.scalar(select(AuditEntry.detail).where(AuditEntry.action == privacy.ERASE))
    assert "3516136303850002" not in detail and "Nur Hayati" not in detail

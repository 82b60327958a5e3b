"""One writer: a second process is refused cleanly; a crashed holder's lock is stale and taken over."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop import lock, storage
from desktop.db import open_database
from desktop.errors import ReadOnlyError
from desktop.models import Person
from desktop.roster import persons

ROOT = Path(__file__).resolve().parents[2]


def hold_in_other_process(db_path: Path) -> subprocess.Popen:
    """Another window: opens the DB holding the lock, says ready, then waits."""
    script = textwrap.dedent(f"""
        import sys, time
        from desktop.db import open_database
        db = open_database({str(db_path)!r}, exclusive=True)
        print("ready", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


@pytest.fixture
def other_window(db, db_path):
    proc = hold_in_other_process(db_path)
    yield proc
    proc.kill()
    proc.wait()


def count(db):
    with db.read() as session:
        return session.scalar(select(func.count(Person.id)))


@pytest.mark.sqlite_only(reason="the writer lock is a file beside the SQLite database; a server takes several writers")
def test_a_second_writer_is_refused_and_nothing_is_written(db, other_window):
    with pytest.raises(lock.LockHeld, match="sedang dipakai oleh Jamsos Desk \\(jendela\\)") as caught, db.write() as s:
        persons.add_person(s, persons.PersonData(name="Siti Aminah", nik="3516135205750003"))
    assert caught.value.holder.pid == other_window.pid
    assert count(db) == 0


@pytest.mark.sqlite_only(reason="the writer lock is a file beside the SQLite database; a server takes several writers")
def test_the_cli_in_another_process_is_refused_with_exit_2(db, db_path, other_window):
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "--db", str(db_path), "person", "add", "--name",
                             "Siti Aminah", "--nik", "3516135205750003"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2
    assert "sedang dipakai" in result.stderr and "Traceback" not in result.stderr
    assert count(db) == 0


@pytest.mark.sqlite_only(reason="the writer lock is a file beside the SQLite database; a server takes several writers")
def test_a_second_window_cannot_take_the_lock_but_may_read(db, db_path, other_window):
    with pytest.raises(lock.LockHeld):
        open_database(db_path, exclusive=True)
    reader = open_database(db_path, read_only=True)
    assert count(reader) == 0
    with pytest.raises(ReadOnlyError), reader.write():
        pass
    reader.close()


@pytest.mark.sqlite_only(reason="a stale lock file after a kill exists only beside a SQLite file")
def test_a_killed_holder_leaves_a_stale_lock_that_is_taken_over(db, db_path):
    proc = hold_in_other_process(db_path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert lock.lock_path(db_path).exists()  # the file stays behind after a crash…
    assert lock.read_holder(db_path).pid == proc.pid
    assert not lock.read_holder(db_path).alive_here()
    window = open_database(db_path, exclusive=True)  # …but it no longer locks anything
    assert window.lock.took_over.pid == proc.pid
    with window.write() as session:
        persons.add_person(session, persons.PersonData(name="Siti Aminah", nik="3516135205750003"))
    assert count(window) == 1
    window.close()
    assert not lock.lock_path(db_path).exists()


@pytest.mark.sqlite_only(reason="the writer lock is a file beside the SQLite database")
def test_writes_in_one_process_share_the_lock_and_release_it(db, db_path):
    with db.write() as session:
        persons.add_person(session, persons.PersonData(name="Siti Aminah", nik="3516135205750003"))
    assert lock.is_locked(db_path) is None
    db.hold_lock()
    assert lock.is_locked(db_path).mode == "jendela"
    with db.write() as session:  # the holder itself writes freely
        persons.add_person(session, persons.PersonData(name="Nur Hayati", nik="3516136303850002"))
    assert count(db) == 2


def test_network_share_and_flashdisk_are_recognised(tmp_path):
    mounts = ("//server/data /mnt/kantor cifs rw 0 0\n/dev/sdb1 /media/ani/FLASHDISK vfat rw 0 0\n"
              "/dev/vda / ext4 rw 0 0\n")
    assert storage.classify(Path("/mnt/kantor/jamsos.sqlite"), mounts=mounts).kind == "jaringan"
    assert storage.classify(Path("/media/ani/FLASHDISK/jamsos.sqlite"), mounts=mounts).kind == "lepasan"
    assert storage.classify(Path("/home/ani/jamsos.sqlite"), mounts=mounts).kind == "lokal"
    assert storage.classify(tmp_path / "jamsos.sqlite").safe


@pytest.mark.sqlite_only(reason="a database file on a flashdisk; a server is not a file")
def test_a_live_db_on_a_flashdisk_is_refused_and_can_be_copied_local(db, db_path, data_dir, monkeypatch):
    with db.write() as session:
        persons.add_person(session, persons.PersonData(name="Siti Aminah", nik="3516135205750003"))
    monkeypatch.setattr(storage, "classify", lambda path, mounts=None: storage.Location("lepasan", "/media/x"))
    with pytest.raises(storage.UnsafeLocation, match="flashdisk") as caught:
        open_database(db_path)
    assert str(data_dir) in caught.value.message
    copy = storage.copy_to_local(db_path)
    assert copy.parent == data_dir
    monkeypatch.undo()
    local = open_database(copy)
    assert count(local) == 1
    local.close()


@pytest.mark.sqlite_only(reason="refused because another process holds the SQLite file's writer lock")
def test_a_backup_to_a_folder_is_refused_before_anything_is_written(db, tmp_path, other_window):
    from desktop import backup
    with pytest.raises(lock.LockHeld):
        backup.backup_now(db, tmp_path / "usb")
    assert not (tmp_path / "usb").exists() or list((tmp_path / "usb").iterdir()) == []

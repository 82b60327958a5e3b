"""One writer per database: a lock file beside the DB (`jamsos.sqlite.lock`).

The file holds who has it (pid, computer, since when, window or command line) so a second
instance can say so. The lock itself is an OS file lock on that file (flock / msvcrt), which the
OS drops when the holder dies — even on SIGKILL or a power cut — so a lock left by a crashed
app is stale by construction and simply taken over; the pid is checked too, for the message.

The window holds the lock for its whole session; the command line takes it for each write only,
so a CLI write while a window is open is refused with a clear message.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop import clock
from desktop.errors import UserError

log = logging.getLogger(__name__)

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    _LOCK_OFFSET = 1 << 20  # lock a byte past the JSON so readers can still read who holds it

    def _try_os_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)

    def _os_unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_os_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _os_unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@dataclass(frozen=True)
class Holder:
    """Who holds (or last held) the lock, as written in the lock file."""

    pid: int | None = None
    host: str = ""
    since: str = ""
    mode: str = ""  # "jendela" (window) or "baris perintah" (CLI)

    def describe(self) -> str:
        who = f"Jamsos Desk ({self.mode})" if self.mode else "Jamsos Desk"
        where = f" di komputer {self.host}" if self.host else ""
        since = ""
        if self.since:
            try:
                since = f" sejak {clock.local(dt.datetime.fromisoformat(self.since)):%d-%m-%Y %H.%M}"
            except ValueError:
                pass
        pid = f" (proses {self.pid})" if self.pid else ""
        return f"{who}{where}{pid}{since}"

    def alive_here(self) -> bool:
        """True when the holder is a live process on this computer (only meaningful for messages)."""
        if not self.pid or self.host != socket.gethostname():
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            return True  # exists but belongs to someone else
        return True


class LockHeld(UserError):
    """Another instance holds the write lock."""

    def __init__(self, path: Path, holder: Holder):
        self.holder = holder
        super().__init__(f"Basis data {path.name} sedang dipakai oleh {holder.describe()}. "
                         "Hanya satu jendela atau perintah yang boleh mengubah data pada satu waktu. "
                         "Tutup yang lain lalu ulangi, atau buka hanya-baca.")


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def read_holder(path: Path) -> Holder:
    try:
        raw = json.loads(lock_path(path).read_text(encoding="utf-8") or "{}")
        return Holder(pid=raw.get("pid"), host=raw.get("host", ""), since=raw.get("since", ""),
                      mode=raw.get("mode", ""))
    except (OSError, ValueError, AttributeError):
        return Holder()


class WriterLock:
    """The write lock of one database file. Re-entrant within this process (threads share it)."""

    def __init__(self, db_path: Path, mode: str = "jendela"):
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self.mode = mode
        self._fd: int | None = None
        self._depth = 0
        self._mutex = threading.Lock()
        self.took_over: Holder | None = None  # a stale holder we replaced, for the log

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise `LockHeld`. Nested calls just count."""
        with self._mutex:
            if self._fd is not None:
                self._depth += 1
                return
            self._fd = self._open_locked()
            self._depth = 1

    def release(self) -> None:
        with self._mutex:
            if self._fd is None:
                return
            self._depth -= 1
            if self._depth > 0:
                return
            fd, self._fd = self._fd, None
            try:
                os.ftruncate(fd, 0)  # an empty file means "nobody", also if unlink fails (Windows)
                self.path.unlink(missing_ok=True)
            except OSError:
                pass
            _os_unlock(fd)
            os.close(fd)

    def _open_locked(self) -> int:
        for _attempt in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise UserError(f"Kunci basis data {self.path} tidak dapat dibuat: {exc.strerror or exc}. "
                                "Periksa izin folder basis data.") from exc
            if not _try_os_lock(fd):
                os.close(fd)
                raise LockHeld(self.db_path, read_holder(self.db_path))
            # The holder may have unlinked the file between our open and our lock: lock the live file.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if not same:
                _os_unlock(fd)
                os.close(fd)
                continue
            previous = read_holder(self.db_path)
            if previous.pid:
                self.took_over = previous
                log.warning("stale write lock of %s taken over", previous.describe())
            info = {"pid": os.getpid(), "host": socket.gethostname(),
                    "since": clock.now().isoformat(timespec="seconds"), "mode": self.mode}
            try:  # who holds it is only for messages: a full disk must not stop the lock itself
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, json.dumps(info).encode("utf-8"))
            except OSError:
                log.warning("could not write the lock holder's details to %s", self.path)
            return fd
        raise LockHeld(self.db_path, read_holder(self.db_path))

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info) -> None:  # noqa: ANN002
        self.release()


def is_locked(db_path: Path) -> Holder | None:
    """Who holds the lock right now, or None when it is free (without taking it for long)."""
    probe = WriterLock(db_path)
    try:
        probe.acquire()
    except LockHeld as exc:
        return exc.holder
    probe.release()
    return None


class ServerLock:
    """The lock of a database on a server: nothing to hold. PostgreSQL serialises concurrent writers
    itself (transactions, row locks), so several desks may write at once; same interface as
    `WriterLock` so callers need not ask which database they are on."""

    def __init__(self, mode: str = "jendela"):
        self.mode = mode
        self.took_over: Holder | None = None
        self._depth = 0

    @property
    def held(self) -> bool:
        return self._depth > 0

    def acquire(self) -> None:
        self._depth += 1

    def release(self) -> None:
        self._depth = max(0, self._depth - 1)

    def __enter__(self) -> ServerLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info) -> None:  # noqa: ANN002
        self.release()

"""The database: engine and connection pragmas, sessions, migrations with a backup first.

SQLite-specific pragmas live here and nowhere else, so the rest of the code stays portable SQL.
Writes go through `Database.write()` (one transaction, BEGIN IMMEDIATE so a second writer waits
instead of failing half-way); reads through `Database.read()`.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from desktop import paths
from desktop.errors import UserError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Raw executemany (desktop.roster.bulk) hands dates to sqlite3 as they are: store them the way
# SQLAlchemy does (ISO text), converted in C. Explicit because Python 3.12 deprecates the defaults.
sqlite3.register_adapter(dt.date, dt.date.isoformat)
sqlite3.register_adapter(dt.datetime, lambda value: value.isoformat(sep=" "))


def _install_sqlite_pragmas(engine: Engine) -> None:
    """SQLAlchemy's documented pysqlite recipe: let SQLAlchemy emit BEGIN itself, so that
    transactions, SAVEPOINTs and DDL are really transactional; plus our durability pragmas."""

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):  # noqa: ANN001 - DBAPI objects
        dbapi_connection.isolation_level = None  # stop pysqlite from issuing its own BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode and str(mode[0]).lower() != "wal":
            log.warning("journal_mode WAL not available (%s)", mode[0])
        cursor.execute("PRAGMA synchronous = FULL")
        # deleted rows (an erasure on request) are overwritten with zeros, whatever the build's default
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn):  # noqa: ANN001
        # Writers take the write lock up front (IMMEDIATE): no deadlock when upgrading a read lock.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", future=True)
    _install_sqlite_pragmas(engine)
    return engine


@dataclass
class MigrationResult:
    from_revision: str | None
    to_revision: str | None
    backup: Path | None


class Database:
    """One open database file. Thread-safe to share: each `read()`/`write()` uses its own session."""

    def __init__(self, path: Path, *, engine: Engine | None = None, read_only: bool = False):
        from desktop.lock import WriterLock
        self.path = Path(path)
        self.engine = engine or make_engine(self.path)
        self.read_only = read_only
        # One writer per file (desktop.lock): held for the session by the window, per write otherwise.
        self.lock = WriterLock(self.path, mode="baris perintah")
        self._sessions = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write_sessions = sessionmaker(bind=self._write_engine, expire_on_commit=False)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside happens whole or not at all."""
        if self.read_only:
            from desktop.errors import ReadOnlyError
            raise ReadOnlyError("Basis data dibuka hanya-baca karena sedang dipakai jendela atau proses lain. "
                                "Tutup yang lain lalu buka ulang untuk mengubah data.")
        try:
            with self.lock, self._write_sessions() as session, session.begin():
                yield session
        except __import__("sqlalchemy").exc.OperationalError as exc:
            explained = explain_sqlite_error(exc, self.path)
            if explained is None:
                raise
            raise explained from exc

    def hold_lock(self) -> None:
        """Keep the write lock for the whole session (the window); raises `LockHeld` if taken."""
        self.lock.mode = "jendela"
        self.lock.acquire()

    def close(self) -> None:
        self.engine.dispose()
        while self.lock.held:
            self.lock.release()

    # -- maintenance -----------------------------------------------------------------------
    def integrity_check(self, quick: bool = False) -> list[str]:
        pragma = "quick_check" if quick else "integrity_check"
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall()]
        return [] if rows == ["ok"] else rows

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# SQLite result codes (the primary code, the low byte of an extended one)
SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_FULL = 8, 14, 13


def explain_sqlite_error(exc: Exception, path: Path) -> UserError | None:
    """The Indonesian message for a write the disk or the medium refused; None for anything else."""
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    code = code & 0xFF if isinstance(code, int) else None
    text = str(getattr(exc, "orig", exc)).lower()
    if code == SQLITE_FULL or "disk is full" in text:
        return UserError(f"Ruang penyimpanan penuh saat menyimpan ke {path.name}; tidak ada yang diubah. "
                         f"Kosongkan ruang di {path.parent} (mis. hapus berkas besar yang tidak perlu), lalu ulangi.")
    if code == SQLITE_READONLY or "readonly database" in text or "read-only" in text:
        return UserError(f"Basis data {path} ada di folder atau media hanya-baca (CD, flashdisk terkunci, folder "
                         "tanpa izin tulis); tidak ada yang diubah. Salin berkasnya ke folder yang dapat ditulisi "
                         "dan buka salinan itu.")
    return None


def _discard(path: Path) -> None:
    """Remove a temporary file if we can: on a read-only medium there is none to remove, and a second
    error must not hide the first."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open a database file (a backup on a USB stick or CD) without writing beside it: read-only, and
    immutable when even the -shm of a WAL file cannot be made there."""
    uri = Path(path).resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


def backup_to(source: Path, target: Path, *, source_read_only: bool = False) -> Path:
    """Online copy with SQLite's backup API (consistent even while the app is writing)."""
    from desktop.files import explain_os_error, fsync_dir

    tmp = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _discard(tmp)
        src = connect_read_only(source) if source_read_only else sqlite3.connect(str(source))
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                copy_pages(src, dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                result = dst.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if result != "ok":
            raise UserError(f"Cadangan {target.name} gagal diperiksa ({result}): basis data mungkin rusak. "
                            "Jalankan Berkas → Periksa basis data; cadangan lama tidak diganti.")
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        tmp.replace(target)
    except OSError as exc:
        _discard(tmp)
        raise explain_os_error(exc, target) from exc
    except sqlite3.Error as exc:
        _discard(tmp)
        if "full" in str(exc).lower():  # SQLITE_FULL: the disk ran out while copying
            raise explain_os_error(OSError(errno.ENOSPC, str(exc)), target) from exc
        if not _writable(target.parent):  # a read-only folder or medium (root is refused by the mount)
            raise explain_os_error(OSError(errno.EROFS, str(exc)), target) from exc
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
            raise UserError(f"Cadangan tidak dibuat karena basis data {source.name} rusak ({exc}). Jalankan "
                            "Berkas → Periksa basis data; cadangan lama tidak diganti.") from exc
        raise UserError(f"Cadangan gagal dibuat: {exc}. Periksa ruang penyimpanan di {target.parent}.") from exc
    except BaseException:
        _discard(tmp)
        raise
    fsync_dir(target.parent)
    return target


def _writable(folder: Path) -> bool:
    """Whether a file can really be created in `folder` (os.access says yes to root on a read-only mount)."""
    try:
        fd, name = __import__("tempfile").mkstemp(dir=folder, prefix=".jamsos-write-test-")
    except OSError:
        return False
    os.close(fd)
    _discard(Path(name))
    return True


def copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """SQLite's online backup, page by page (a separate function so tests can make the disk fill up)."""
    src.backup(dst, pages=4096)


# -- migrations ----------------------------------------------------------------------------
def _alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(_alembic_config(None)).get_heads()  # type: ignore[arg-type]
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads: {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not has_table:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None


def _is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").scalar() == 0


def migrate(db: Database, *, target: str = "head") -> MigrationResult:
    """Bring the schema to `target`, taking an online backup first when the DB holds data.

    Refuses a DB written by a newer app version (a revision this app does not know)."""
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(db.engine)
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(db.engine)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise UserError(
            f"Basis data {db.path.name} dibuat oleh versi Jamsos Desk yang lebih baru (revisi {current}). "
            "Pasang versi terbaru aplikasi untuk membukanya; basis data tidak diubah.")
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return MigrationResult(current, current, None)
    with db.lock:  # a schema change is a write: refused while another instance holds the DB
        return _upgrade(db, cfg, current, target)


def _upgrade(db: Database, cfg, current: str | None, target: str) -> MigrationResult:  # noqa: ANN001
    from alembic import command

    backup = None
    if current is not None or not _is_empty(db.engine):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_to(db.path, paths.backups_dir(db.path) / f"sebelum-migrasi-{current or 'awal'}-{stamp}.sqlite")
        log.info("backup before migration: %s", backup)
    command.upgrade(cfg, target)
    return MigrationResult(current, current_revision(db.engine), backup)


def open_database(path: Path | str | None = None, *, migrate_schema: bool = True,
                  read_only: bool = False, exclusive: bool = False) -> Database:
    """Open (creating if needed) the database at `path` and bring its schema up to date.

    `exclusive=True` (the window) holds the write lock for the whole session or raises `LockHeld`.
    A live DB on a network share or removable drive is refused (`desktop.storage`)."""
    from desktop import storage

    path = Path(path) if path else paths.default_db_path()
    if not read_only:
        storage.refuse_unsafe_location(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Folder basis data {path.parent} tidak dapat dibuat: {exc.strerror or exc}.") from exc
    if path.is_dir():
        raise UserError(f"{path} adalah folder, bukan berkas basis data. Sebutkan nama berkasnya.")
    if path.exists() and path.stat().st_size == 0:  # only a path that does not exist becomes a new database
        raise UserError(f"Berkas {path} kosong (0 byte): bukan basis data Jamsos Desk, mungkin salinan yang gagal. "
                        "Pulihkan dari cadangan, atau sebutkan nama berkas baru untuk memulai basis data baru.")
    if path.exists():
        with open(path, "rb") as handle:
            if not handle.read(16).startswith(b"SQLite format 3"):
                raise UserError(f"Berkas {path} bukan basis data Jamsos Desk (bukan berkas SQLite).")
    db = Database(path, read_only=read_only)
    try:
        if exclusive and not read_only:
            db.hold_lock()
        if not read_only:
            _remove_restore_leftovers(db)
        if migrate_schema and not read_only:
            migrate(db)
        elif migrate_schema and read_only and current_revision(db.engine) != head_revision():
            raise UserError("Basis data perlu diperbarui tetapi sedang dibuka hanya-baca. "
                            "Tutup jendela lain yang memakainya, lalu buka ulang.")
    except UserError:
        db.close()
        raise
    except Exception as exc:
        db.close()
        explained = explain_sqlite_error(exc, path)
        if explained is None and isinstance(exc, __import__("sqlalchemy").exc.OperationalError) and \
                not _writable(path.parent):  # a WAL database on a read-only medium cannot even be read
            explained = explain_sqlite_error(sqlite3.OperationalError("readonly database"), path)
        if explained is not None:
            raise explained from exc
        if isinstance(exc, __import__("sqlalchemy").exc.DatabaseError):
            raise UserError(f"Basis data {path.name} tidak dapat dibuka: {exc.orig}. "
                            "Gunakan menu Berkas → Periksa basis data atau pulihkan dari cadangan.") from exc
        raise
    return db


def _remove_restore_leftovers(db: Database) -> None:
    """A restore killed midway leaves a hidden copy of everyone's data beside the DB: remove it, when
    no other instance is writing (its restore may be running)."""
    from desktop import backup
    try:
        with db.lock:
            backup.remove_restore_leftovers(db.path)
    except UserError:  # held by another instance, or a folder where no lock can be made: not now
        pass


def sql(statement: str):
    """Shorthand for a textual statement (only for pragmas and maintenance)."""
    return text(statement)

"""The database: engine and connection pragmas, sessions, migrations with a backup first.

A database is a SQLite file (the default) or, in server mode, a PostgreSQL database named by a URL
(desktop.dialect parses and masks it). SQLite-specific pragmas live here and nowhere else, so the
rest of the code stays portable SQL.
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

from desktop import clock, dialect, paths
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


def make_engine(location: Path | str | dialect.Location) -> Engine:
    """The engine for a file path or a server URL (see desktop.dialect.parse_location)."""
    where = dialect.parse_location(location)
    if where.is_server:
        # pre-ping: a desk left open overnight reconnects instead of failing on the first click
        # connect_timeout: a server switched off or out of reach is said within seconds, not minutes
        return create_engine(where.url, future=True, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    engine = create_engine(f"sqlite:///{where.path}", future=True)
    _install_sqlite_pragmas(engine)
    return engine


@dataclass
class MigrationResult:
    from_revision: str | None
    to_revision: str | None
    backup: Path | None


class Database:
    """One open database (file or server). Thread-safe to share: each `read()`/`write()` uses its own
    session. `path` is the file, None on a server; `location.describe()` names either, password masked."""

    def __init__(self, path: Path | str | dialect.Location, *, engine: Engine | None = None,
                 read_only: bool = False):
        from desktop.lock import ServerLock, WriterLock
        self.location = dialect.parse_location(path)
        self.path = self.location.path
        self.is_server = self.location.is_server
        self.engine = engine or make_engine(self.location)
        self.read_only = read_only
        # One writer per file (desktop.lock): held for the session by the window, per write otherwise.
        # A server serialises its writers itself.
        self.lock = ServerLock(mode="baris perintah") if self.is_server else WriterLock(self.path, mode="baris perintah")
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
                if self.is_server:  # the other desks' windows refresh when this commits (desktop.notify)
                    from desktop import notify
                    notify.announce(session)
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

    @property
    def name(self) -> str:
        """The file name, or `database di host`, for titles and messages."""
        return self.location.short_name

    def describe(self) -> str:
        """Full path or masked URL, for the status bar and logs."""
        return self.location.describe()

    def file_path(self, what: str) -> Path:
        """The file, for what only a file can do (`what`: e.g. "diperbaiki"); loud on a server."""
        if self.path is None:
            raise UserError(f"Basis data di server ({self.describe()}) tidak dapat {what} oleh aplikasi: "
                            "itu tugas server PostgreSQL. Cadangan server: menu Berkas → Cadangkan (pg_dump).")
        return self.path

    # -- maintenance -----------------------------------------------------------------------
    def integrity_check(self, quick: bool = False) -> list[str]:
        if self.is_server:
            return []  # a server keeps its own pages sound; desktop.integrity checks constraints and counts
        pragma = "quick_check" if quick else "integrity_check"
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall()]
        return [] if rows == ["ok"] else rows

    def checkpoint(self) -> None:
        if self.is_server:
            return
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


def backup_to(source: Path | None, target: Path, *, source_read_only: bool = False) -> Path:
    """Online copy with SQLite's backup API (consistent even while the app is writing)."""
    from desktop.files import explain_os_error, fsync_dir

    if source is None or not Path(source).is_file():  # a server, or nothing there: never an empty "copy"
        raise UserError(f"Tidak ada berkas basis data SQLite di {source or 'lokasi ini'}: tidak ada yang dapat "
                        "disalin. Basis data di server dicadangkan dengan pg_dump. Tidak ada cadangan yang dibuat.")

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
    from sqlalchemy import inspect
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None


def _is_empty(engine: Engine) -> bool:
    from sqlalchemy import inspect
    with engine.connect() as conn:
        return not inspect(conn).get_table_names()  # SQLite's own sqlite_* tables are not listed


# Key of the PostgreSQL advisory lock two desks take before migrating the same server database.
MIGRATION_LOCK_KEY = 0x4A414D53  # "JAMS"


def migrate(db: Database, *, target: str = "head") -> MigrationResult:
    """Bring the schema to `target`, taking an online backup first when the DB holds data.

    Refuses a DB written by a newer app version (a revision this app does not know)."""
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(db.engine)
    script = ScriptDirectory.from_config(cfg)
    with _migration_lock(db):
        current = current_revision(db.engine)
        known = {rev.revision for rev in script.walk_revisions()}
        if current is not None and current not in known:
            raise UserError(
                f"Basis data {db.name} dibuat oleh versi Jamsos Desk yang lebih baru (revisi {current}). "
                "Pasang versi terbaru aplikasi untuk membukanya; basis data tidak diubah.")
        wanted = script.get_current_head() if target == "head" else target
        if current == wanted:
            return MigrationResult(current, current, None)
        with db.lock:  # a schema change is a write: refused while another instance holds the DB
            return _upgrade(db, cfg, current, target)


@contextlib.contextmanager
def _migration_lock(db: Database) -> Iterator[None]:
    """On a server, desks starting at the same time migrate one after the other: a session-level
    advisory lock held on its own connection; the second desk then finds the schema current."""
    if not db.is_server:
        yield
        return
    with db.engine.connect() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})")
        conn.commit()
        try:
            yield
        finally:
            conn.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})")
            conn.commit()


def _upgrade(db: Database, cfg, current: str | None, target: str) -> MigrationResult:  # noqa: ANN001
    from alembic import command

    backup = None
    if db.is_server:
        # PostgreSQL's DDL is transactional and env.py runs the whole upgrade in one transaction:
        # a failed migration leaves the schema exactly as it was. Plus a pg_dump when the server has data.
        if current is not None or not _is_empty(db.engine):
            from desktop import server
            backup = server.dump_before(db, f"migrasi-{current or 'awal'}")
    elif current is not None or not _is_empty(db.engine):
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
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

    # JAMSOS_DB read as text here: a URL through pathlib would lose its "//"
    location = dialect.parse_location(path if path else (os.environ.get("JAMSOS_DB") or paths.default_db_path()))
    if location.is_server:
        return _open_server(location, migrate_schema=migrate_schema, read_only=read_only)
    path = location.path
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


def server_refusal(location: dialect.Location, exc: Exception) -> str:
    """Why a server could not be opened, in Indonesian, naming it with its password masked. libpq's
    own (English) reason follows for the administrator, with any password in it masked too."""
    raw = str(getattr(exc, "orig", exc)).strip()
    reason = raw.splitlines()[0] if raw else type(exc).__name__
    # libpq does not echo passwords, but a reason is never trusted with one: the URL's or PGPASSWORD's
    for secret in (location.url.password if location.url is not None else None, os.environ.get("PGPASSWORD")):
        if secret:
            reason, raw = reason.replace(str(secret), "***"), raw.replace(str(secret), "***")
    low = raw.lower()
    where = f"{location.url.host or 'localhost'}:{location.url.port or 5432}" if location.url is not None else ""
    if "password authentication failed" in low or "no password supplied" in low:
        advice = ("Nama pengguna atau kata sandi tidak diterima server. Periksa keduanya "
                  "(huruf besar/kecil berpengaruh).")
    elif "role" in low and "does not exist" in low:
        advice = (f"Nama pengguna '{location.url.username}' tidak dikenal server {where}. Periksa namanya, "
                  "atau minta pengelola server membuatnya (lihat README, bagian Server).")
    elif "does not exist" in low and "database" in low:
        advice = (f"Basis data '{location.url.database}' tidak ada di server {where}. Periksa namanya, "
                  "atau minta pengelola server membuatnya (lihat README, bagian Server).")
    elif any(word in low for word in ("connection refused", "timeout", "timed out", "could not translate host",
                                      "name or service not known", "no route to host", "network is unreachable")):
        advice = (f"Server {where} tidak dapat dihubungi. Periksa alamat dan port, bahwa komputer server "
                  "menyala dan PostgreSQL berjalan, dan bahwa komputer ini tersambung ke jaringan kantor.")
    else:
        advice = ("Periksa alamat, nama pengguna, kata sandi dan bahwa server PostgreSQL menyala dan dapat "
                  "dihubungi dari komputer ini.")
    return f"Server basis data {location.describe()} tidak dapat dibuka. {advice} (Keterangan server: {reason})"


def _open_server(location: dialect.Location, *, migrate_schema: bool, read_only: bool) -> Database:
    """A PostgreSQL database: reachable, ours (or empty), migrated under the advisory lock."""
    import sqlalchemy
    db = Database(location, read_only=read_only)
    try:
        with db.engine.connect():
            pass
        if migrate_schema and not read_only:
            migrate(db)
        elif migrate_schema and read_only and current_revision(db.engine) != head_revision():
            raise UserError("Basis data perlu diperbarui tetapi dibuka hanya-baca.")
    except UserError:
        db.close()
        raise
    except sqlalchemy.exc.DBAPIError as exc:
        db.close()
        raise UserError(server_refusal(location, exc)) from exc
    except Exception:
        db.close()
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

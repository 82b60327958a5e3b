"""Backups with SQLite's online backup API: automatic, rotated, verified; backup now; restore.

Automatic copies sit in `cadangan/` beside the DB, named `<kind>-<YYYYmmdd-HHMMSS[-ffffff]>.sqlite`:
at the start and close of each session and before every risky multi-row write (`backup_before`:
migration, import, merge, batch answer, restore). Each copy is checked (`PRAGMA quick_check`) before
it is renamed into place, and old copies are pruned only after a verified new one exists, so a
corrupt database is never rotated in over good backups.

On a server (PostgreSQL) a backup is a `pg_dump` custom-format archive (`.dump`, desktop.server) in
`cadangan-server/<db@host-port>/` of this PC's data folder, rotated the same way; no session copies
there (a desk opening a shared server must not dump it each time: that is the server's own schedule).

Rotation keeps the newest 5 copies plus the newest copy of each of the last 7 days, 4 weeks and
6 months that have copies. A person erased on request (desktop.privacy) still sits in older
copies; those copies are dropped at the first rotation after the retention period in the settings
(`retention_days`) has passed since the erasure.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop import audit, clock, paths
from desktop.db import Database, backup_to, connect_read_only, head_revision, migrate
from desktop.errors import UserError
from desktop.files import sha256_file
from desktop.models import AuditEntry
from desktop.progress import NO_PROGRESS, Progress

log = logging.getLogger(__name__)

KEEP_SESSIONS, KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 5, 7, 4, 6
ERASING_ACTIONS = ("privacy_erase", "privacy_anonymise")
_NAME = re.compile(r"^(?P<kind>.+?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<micro>\d{6}))?\.(?:sqlite|dump)$")
MANUAL_KIND = "jamsos-cadangan"
KIND_LABELS = {"sesi-mulai": "awal sesi", "sesi-tutup": "akhir sesi", MANUAL_KIND: "dibuat manual"}


@dataclass
class BackupInfo:
    """One backup file, with what it holds (read without changing it)."""

    path: Path
    taken_at: dt.datetime
    kind: str
    size: int = 0
    persons: int | None = None  # not in the trash
    batches: int | None = None
    revision: str | None = None
    org_name: str = ""
    last_audit_at: dt.datetime | None = None

    @property
    def kind_label(self) -> str:
        if self.kind.startswith("sebelum-"):
            return "sebelum " + self.kind.removeprefix("sebelum-").replace("-", " ")
        return KIND_LABELS.get(self.kind, self.kind)

    def describe(self) -> str:
        count = f"{self.persons:,} orang".replace(",", ".") if self.persons is not None else "jumlah tidak terbaca"
        return f"{self.taken_at:%d-%m-%Y %H.%M} — {self.kind_label} — {count}, {self.size / 1e6:.1f} MB"


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or clock.now()).strftime("%Y%m%d-%H%M%S-%f")


def _parse_name(path: Path) -> tuple[str, dt.datetime] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    if match["micro"]:
        taken = taken.replace(microsecond=int(match["micro"]))
    return match["kind"], taken


def _safe_kind(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower())[:30].strip("-") or "cadangan"


# -- taking backups --------------------------------------------------------------------------
def folder_of(db: Database) -> Path:
    """The rotation folder: beside the file, or per server database in this PC's data folder."""
    if db.is_server:
        from desktop import server
        return server.backups_dir(db.location)
    return paths.backups_dir(db.path)


def take(db: Database, kind: str, *, rotate_after: bool = True) -> Path:
    """A verified copy in the rotation folder; then prune what the policy no longer keeps."""
    if db.is_server:
        from desktop import server
        target = server.dump(db.location, folder_of(db) / f"{_safe_kind(kind)}-{_stamp()}{server.DUMP_SUFFIX}")
        _server_info(db, target)
    else:
        target = paths.backups_dir(db.path) / f"{_safe_kind(kind)}-{_stamp()}.sqlite"
        backup_to(db.path, target)
    if rotate_after:
        rotate(db)
    return target


def backup_before(db: Database, reason: str) -> Path:
    """Take a verified copy of the DB before `reason` (e.g. "impor"); returns the backup path."""
    return take(db, f"sebelum-{_safe_kind(reason)}")


def session_backup(db: Database, moment: str) -> Path | None:
    """The copy at the start ("mulai") or close ("tutup") of a session; none for a read-only window."""
    if db.read_only:
        return None
    if db.is_server:
        log.info("no session backup on a server database (pg_dump before risky writes and on request)")
        return None
    return take(db, f"sesi-{moment}")


def backup_now(db: Database, folder: Path) -> BackupInfo:
    """A copy to a folder the user chose (a USB stick, say); logged, since it carries everyone's data."""
    suffix = ".dump" if db.is_server else ".sqlite"
    target = Path(folder) / f"{MANUAL_KIND}-{clock.now():%Y%m%d-%H%M%S}{suffix}"
    with db.lock:  # no copy leaves unlogged: refused up front when another instance holds the DB
        if db.is_server:
            from desktop import server
            server.dump(db.location, target)
            info = _server_info(db, target)
        else:
            backup_to(db.path, target)
            info = inspect(target)
        with db.write() as session:
            audit.record(session, "backup_export", "Cadangan seluruh basis data dibuat",
                         person_count=info.persons or 0, fields=["semua data"], target=str(target),
                         checksum=sha256_file(target))
    return info


def _server_info(db: Database, path: Path) -> BackupInfo:
    """What a fresh pg_dump of `db` holds, read from the live database it was just taken from, and
    kept beside the archive (`<name>.dump.json`): a custom-format archive cannot be counted without
    restoring it, and the list of backups shows these counts."""
    from sqlalchemy import func

    from desktop import settings
    from desktop.files import write_text_atomic
    from desktop.models import Batch, Person
    with db.read() as session:
        persons = session.scalar(select(func.count(Person.id)).where(Person.deleted_at.is_(None)))
        batches = session.scalar(select(func.count(Batch.id)))
        last = session.scalar(select(func.max(AuditEntry.at)))
        org = settings.load(session).org_short_name
    kind, taken = _parse_name(path) or ("lain", clock.wall(clock.now()))
    info = BackupInfo(path=path, taken_at=taken, kind=kind, size=path.stat().st_size, persons=persons,
                      batches=batches, revision=head_revision(), org_name=org, last_audit_at=last)
    write_text_atomic(_sidecar(path), json.dumps({
        "persons": persons, "batches": batches, "revision": info.revision, "org_name": org,
        "last_audit_at": last.isoformat() if last else None}))
    return info


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


# -- reading backups -------------------------------------------------------------------------
def inspect(path: Path) -> BackupInfo:
    """Date, kind and counts of a backup file; `UserError` when it is not a readable Jamsos Desk DB."""
    path = Path(path)
    parsed = _parse_name(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise UserError(f"Berkas cadangan {path} tidak dapat dibaca: {exc.strerror or exc}.") from exc
    kind, taken = parsed or ("lain", dt.datetime.fromtimestamp(stat.st_mtime))
    info = BackupInfo(path=path, taken_at=taken, kind=kind, size=stat.st_size)
    if path.suffix == ".dump":  # a server's pg_dump archive: its counts were written beside it
        try:
            raw = json.loads(_sidecar(path).read_text(encoding="utf-8"))
            info.persons, info.batches = raw["persons"], raw["batches"]
            info.revision, info.org_name = raw["revision"], raw["org_name"]
            info.last_audit_at = dt.datetime.fromisoformat(raw["last_audit_at"]) if raw["last_audit_at"] else None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise UserError(f"Berkas {path.name} tidak disertai catatan isinya ({_sidecar(path).name}).") from exc
        return info
    try:
        conn = connect_read_only(path)
        try:
            info.revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            info.persons = conn.execute("SELECT COUNT(*) FROM person WHERE deleted_at IS NULL").fetchone()[0]
            info.batches = conn.execute("SELECT COUNT(*) FROM batch").fetchone()[0]
            last = conn.execute("SELECT MAX(at) FROM audit_log").fetchone()[0]
            info.last_audit_at = clock.from_storage(dt.datetime.fromisoformat(last)) if last else None
            name = conn.execute("SELECT value FROM setting WHERE key = 'org_short_name'").fetchone()
            info.org_name = json.loads(name[0]) if name else ""
        finally:
            conn.close()
    except (sqlite3.Error, TypeError, ValueError) as exc:
        raise UserError(f"Berkas {path.name} bukan cadangan Jamsos Desk yang dapat dibaca ({exc}).") from exc
    return info


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in `folder`, newest first; unreadable files are listed without counts."""
    infos = []
    for path in [*Path(folder).glob("*.sqlite"), *Path(folder).glob("*.dump")]:
        try:
            infos.append(inspect(path))
        except UserError:
            parsed = _parse_name(path)
            if parsed:
                infos.append(BackupInfo(path=path, kind=parsed[0], taken_at=parsed[1], size=path.stat().st_size))
    return sorted(infos, key=lambda info: info.taken_at, reverse=True)


def automatic_backups(db: Database) -> list[BackupInfo]:
    return list_backups(folder_of(db))


# -- rotation -------------------------------------------------------------------------------
def select_keep(times: Iterable[dt.datetime], *, sessions: int = KEEP_SESSIONS, daily: int = KEEP_DAILY,
                weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY) -> set[dt.datetime]:
    """Which backup times the policy keeps: the newest `sessions`, and the newest per day/week/month."""
    ordered = sorted(set(times), reverse=True)
    keep = set(ordered[:sessions])
    for limit, bucket in ((daily, lambda t: t.date()), (weekly, lambda t: t.isocalendar()[:2]),
                          (monthly, lambda t: (t.year, t.month))):
        seen: list = []
        for moment in ordered:
            key = bucket(moment)
            if key not in seen:
                seen.append(key)
                if len(seen) > limit:
                    break
                keep.add(moment)
    return keep


def erasure_cutoff(db: Database, now: dt.datetime | None = None) -> dt.datetime | None:
    """Backups taken before this moment still hold a person erased more than `retention_days` ago."""
    from desktop import settings
    now = now or clock.now()
    with db.read() as session:
        days = settings.load(session).retention_days
        due = now - dt.timedelta(days=days)
        latest = session.scalar(select(AuditEntry.at).where(AuditEntry.action.in_(ERASING_ACTIONS),
                                                            AuditEntry.at <= due)
                                .order_by(AuditEntry.at.desc()).limit(1))
    # backup names carry the wall-clock time they were taken at
    return clock.wall(latest) if latest else None


def rotate(db: Database, now: dt.datetime | None = None) -> list[Path]:
    """Delete the automatic backups the policy no longer keeps; returns what was removed."""
    folder = folder_of(db)
    found, manual = {}, set()
    for path in [*folder.glob("*.sqlite"), *folder.glob("*.dump")]:
        parsed = _parse_name(path)
        if parsed:
            found[path] = parsed[1]
            if parsed[0] == MANUAL_KIND:  # "backup now" into this folder: only the erasure rule applies
                manual.add(path)
    keep = select_keep(taken for path, taken in found.items() if path not in manual)
    cutoff = erasure_cutoff(db, now)
    removed = []
    for path, taken in found.items():
        if (taken not in keep and path not in manual) or (cutoff is not None and taken < cutoff):
            path.unlink(missing_ok=True)
            _sidecar(path).unlink(missing_ok=True)
            removed.append(path)
    for stale in folder.glob(".*.tmp"):  # left by a copy that was killed half-way
        if time.time() - stale.stat().st_mtime > 3600:
            stale.unlink(missing_ok=True)
    if removed:
        log.info("backup rotation removed %d copies", len(removed))
    return removed


# -- restore --------------------------------------------------------------------------------
@dataclass
class RestoreResult:
    restored: BackupInfo
    safety_copy: Path  # the state just before the restore
    carried_entries: int  # audit entries newer than the backup, kept
    reapplied: int  # erasures/anonymisations after the backup, applied again

    def describe(self) -> str:
        text = (f"Dipulihkan dari cadangan {self.restored.taken_at:%d-%m-%Y %H.%M} ({self.restored.persons} orang). "
                f"Keadaan sebelumnya disimpan sebagai {self.safety_copy.name}.")
        if self.reapplied:
            text += (f" {self.reapplied} penghapusan/penganoniman atas permintaan yang terjadi sesudah cadangan itu "
                     "diterapkan lagi.")
        return text


def restore(db: Database, backup_path: Path, progress: Progress = NO_PROGRESS) -> RestoreResult:
    """Replace the DB's contents with a backup, after a backup of the current state.

    The record of processing is never rolled back: audit entries newer than the backup are carried
    into the restored data, and erasures among them are applied again, so a restore does not bring
    back a person erased on request. The final swap is one SQLite transaction (backup API into the
    live file), so a crash leaves either the old or the restored data."""
    from desktop import privacy

    if db.is_server:
        raise UserError(
            f"Pemulihan basis data server ({db.describe()}) tidak dilakukan dari aplikasi: semua meja kerja "
            "memakainya bersama. Pengelola server memulihkan arsip pg_dump dengan: pg_restore --clean "
            f"--if-exists --single-transaction --dbname NAMA {Path(backup_path).name}. Tidak ada yang diubah.")
    info = inspect(backup_path)
    if info.revision is not None and info.revision != head_revision():
        from alembic.script import ScriptDirectory

        from desktop.db import _alembic_config
        known = {rev.revision for rev in ScriptDirectory.from_config(_alembic_config(None)).walk_revisions()}
        if info.revision not in known:
            raise UserError(f"Cadangan {Path(backup_path).name} dibuat oleh versi Jamsos Desk yang lebih baru; "
                            "pasang versi terbaru aplikasi untuk memulihkannya.")
    progress.step(0, 4, "Mencadangkan keadaan sekarang…")
    with db.lock:
        safety = backup_before(db, "pemulihan")
        staging = staging_path(db.path)
        try:
            progress.step(1, 4, "Menyalin cadangan…")
            # read-only, so a backup on a CD or a locked stick needs no -wal/-shm written beside it
            backup_to(Path(backup_path), staging, source_read_only=True)
            staged = Database(staging)
            try:
                migrate(staged)
                progress.step(2, 4, "Menyusun catatan pemrosesan…")
                since = info.last_audit_at or dt.datetime(1900, 1, 1, tzinfo=clock.UTC)
                with db.read() as live:
                    newer = [_entry_copy(e) for e in live.scalars(
                        select(AuditEntry).where(AuditEntry.at > since).order_by(AuditEntry.id))]
                with staged.write() as session:
                    session.add_all(newer)
                    session.flush()
                    reapplied = privacy.reapply(session, newer)
                    audit.record(session, "restore", f"Dipulihkan dari cadangan {info.taken_at:%d-%m-%Y %H.%M}",
                                 person_count=info.persons or 0, target=str(backup_path),
                                 detail={"safety_copy": safety.name})
            finally:
                staged.close()
            progress.step(3, 4, "Mengganti isi basis data…")
            _copy_into(staging, db)
        finally:
            remove_restore_leftovers(db.path)
    progress.step(4, 4, "Selesai")
    return RestoreResult(info, safety, len(newer), reapplied)


def staging_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.pulih.tmp")


def remove_restore_leftovers(db_path: Path) -> list[Path]:
    """Delete the hidden staging copy of a restore (and its -wal, -shm, lock and copy temp files).
    It holds everyone's personal data; a restore killed midway leaves it beside the live database, so
    this also runs when the database is next opened."""
    staging = staging_path(Path(db_path))
    found = [p for p in staging.parent.glob(f".{Path(db_path).name}.pulih.tmp*")]
    found += [p for p in staging.parent.glob(f".{staging.name}*.tmp")]  # backup_to's own temp copy
    removed = []
    for path in found:
        try:
            path.unlink(missing_ok=True)
            removed.append(path)
        except OSError:
            log.warning("restore leftover %s could not be removed", path)
    if removed:
        log.info("removed %d restore leftovers beside %s", len(removed), db_path)
    return removed


def _entry_copy(entry: AuditEntry) -> AuditEntry:
    return AuditEntry(at=entry.at, actor=entry.actor, action=entry.action, what=entry.what,
                      person_count=entry.person_count, fields=entry.fields, target=entry.target,
                      checksum=entry.checksum, detail=entry.detail)


def _copy_into(source: Path, db: Database) -> None:
    """Overwrite the live DB with `source` in one transaction (SQLite's backup API)."""
    db.engine.dispose()  # no pooled connection keeps a stale schema cache
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(db.path), timeout=30)
    try:
        src.backup(dst)
    except sqlite3.Error as exc:
        raise UserError(f"Pemulihan gagal ({exc}); basis data tidak diubah. Salinan keadaan sebelumnya ada di "
                        f"folder {paths.backups_dir(db.path)}.") from exc
    finally:
        dst.close()
        src.close()
    db.engine.dispose()

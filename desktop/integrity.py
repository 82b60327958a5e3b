"""Is the database file sound? A check with a report a clerk can read, and a repair path.

Check: `PRAGMA integrity_check` (or the faster `quick_check` at close) plus `foreign_key_check`.
Repair: copy every readable row into a fresh file (table by table, so one damaged table does not
stop the rest), check the new file, keep the damaged one aside, and swap the new one in with an
atomic rename. The app's data is never edited in place.
"""
from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop import audit, clock
from desktop.db import Database
from desktop.errors import UserError
from desktop.files import explain_os_error, fsync_dir
from desktop.progress import NO_PROGRESS, Progress

log = logging.getLogger(__name__)


@dataclass
class IntegrityReport:
    ok: bool
    problems: list[str] = field(default_factory=list)  # SQLite's own lines, for support
    broken_links: int = 0  # rows pointing at a missing row (foreign keys)
    quick: bool = False
    server: bool = False
    counts: dict[str, int] = field(default_factory=dict)  # rows per table (server check)

    def describe(self) -> str:
        if self.server:
            persons = f"{self.counts.get('person', 0):,} baris orang".replace(",", ".")
            if self.ok:
                return (f"Basis data dalam keadaan baik (server PostgreSQL): semua batasan dan rujukan terpenuhi "
                        f"({len(self.counts)} tabel, {persons}).")
            return ("Basis data server BERMASALAH: " + "; ".join(self.problems[:5]) +
                    ". Hubungi pengelola server; pulihkan dari arsip pg_dump bila perlu.")
        if self.ok:
            kind = "pemeriksaan cepat" if self.quick else "pemeriksaan menyeluruh"
            return f"Basis data dalam keadaan baik ({kind}: tidak ada kerusakan)."
        parts = ["Basis data RUSAK."]
        if self.problems:
            parts.append(f"SQLite menemukan {len(self.problems)} masalah pada struktur berkas.")
        if self.broken_links:
            parts.append(f"{self.broken_links} baris merujuk ke data yang tidak ada.")
        parts.append("Pilih Perbaiki untuk menyalin semua data yang masih terbaca ke berkas baru, atau pulihkan "
                     "dari cadangan terakhir yang baik. Rincian teknis: " + "; ".join(self.problems[:5]))
        return " ".join(parts)


def check(db: Database, *, quick: bool = False) -> IntegrityReport:
    if db.is_server:
        return _check_server(db, quick)
    try:
        problems = db.integrity_check(quick=quick)
        with db.engine.connect() as conn:
            broken = len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
    except Exception as exc:  # noqa: BLE001 - a damaged file can fail in any SQLite call
        return IntegrityReport(False, [f"berkas tidak terbaca: {getattr(exc, 'orig', exc)}"], quick=quick)
    return IntegrityReport(not problems and not broken, problems, broken, quick)


def _check_server(db: Database, quick: bool) -> IntegrityReport:
    """On PostgreSQL the pages are the server's business: report constraints that are not valid,
    rows pointing at missing rows, and the counts (no file repair)."""
    from desktop import server
    try:
        # the quick check (every window close) skips the scans that grow with the data
        problems = server.broken_links(db.engine, orphans=not quick)
        counts = {} if quick else server.table_counts(db.engine)
    except Exception as exc:  # noqa: BLE001 - a server that went away mid-check
        return IntegrityReport(False, [f"server tidak terbaca: {getattr(exc, 'orig', exc)}"], quick=quick,
                               server=True)
    return IntegrityReport(not problems, problems, 0, quick, server=True, counts=counts)


@dataclass
class RepairReport:
    tables: int
    rows_copied: int
    unreadable_tables: list[str]
    damaged_copy: Path  # the old file, kept aside
    after: IntegrityReport

    def describe(self) -> str:
        text = (f"Perbaikan selesai: {self.rows_copied:,} baris dari {self.tables} tabel disalin ke berkas baru. "
                .replace(",", "."))
        if self.unreadable_tables:
            text += f"Tabel yang sebagian tidak terbaca: {', '.join(self.unreadable_tables)}. "
        text += f"Berkas lama disimpan sebagai {self.damaged_copy.name}. " + self.after.describe()
        return text


def _copy_readable(source: Path, target: Path, progress: Progress) -> tuple[int, int, list[str]]:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(str(target))
    unreadable: list[str] = []
    copied = 0
    try:
        schema = src.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                             "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table' DESC, rowid").fetchall()
        tables = [(name, sql) for kind, name, sql in schema if kind == "table"]
        dst.execute("PRAGMA foreign_keys = OFF")
        for index, (name, sql) in enumerate(tables):
            progress.step(index, len(tables), f"Menyalin tabel {name}…")
            dst.execute(sql)
            columns = [row[1] for row in src.execute(f'PRAGMA table_info("{name}")')]
            insert = (f'INSERT OR IGNORE INTO "{name}" ({", ".join(chr(34) + c + chr(34) for c in columns)}) '
                      f'VALUES ({", ".join("?" * len(columns))})')
            try:
                cursor = src.execute(f'SELECT * FROM "{name}"')
                while rows := cursor.fetchmany(5000):
                    dst.executemany(insert, rows)
                    copied += len(rows)
            except sqlite3.DatabaseError:
                unreadable.append(name)  # keep what was read before the damage
        for _kind, _name, sql in schema:
            if _kind != "table":
                try:
                    dst.execute(sql)
                except sqlite3.DatabaseError:  # e.g. a unique index over rows the damage duplicated
                    log.warning("repair: could not recreate %s", _name)
        dst.execute(f"PRAGMA user_version = {src.execute('PRAGMA user_version').fetchone()[0]}")
        dst.commit()
    finally:
        src.close()
        dst.close()
    return len(tables), copied, unreadable


def repair(db: Database, progress: Progress = NO_PROGRESS) -> RepairReport:
    """Copy all readable rows into a new file and swap it in; the damaged file is kept aside."""
    db.file_path("diperbaiki")  # a server is repaired by its administrator, not by copying a file
    with db.lock:
        with contextlib.suppress(Exception):
            db.checkpoint()  # fold the WAL in first: its pages hold the newest committed data
        db.engine.dispose()
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        fresh = db.path.with_name(f".{db.path.name}.perbaikan.tmp")
        damaged = db.path.with_name(f"{db.path.stem}.rusak-{stamp}{db.path.suffix}")
        fresh.unlink(missing_ok=True)
        try:
            tables, copied, unreadable = _copy_readable(db.path, fresh, progress)
            with open(fresh, "rb+") as handle:
                os.fsync(handle.fileno())
            verify = sqlite3.connect(str(fresh))
            try:
                if verify.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise UserError("Salinan hasil perbaikan juga tidak lolos pemeriksaan; basis data tidak "
                                    "diganti. Pulihkan dari cadangan (Berkas → Pulihkan dari cadangan).")
            finally:
                verify.close()
            os.replace(db.path, damaged)  # keep the damaged file for a specialist
            for suffix in ("-wal", "-shm"):  # they belong to the damaged file now
                side = Path(f"{db.path}{suffix}")
                if side.exists():
                    side.replace(Path(f"{damaged}{suffix}"))
            os.replace(fresh, db.path)
            fsync_dir(db.path.parent)
        except OSError as exc:
            fresh.unlink(missing_ok=True)
            raise explain_os_error(exc, db.path) from exc
        except sqlite3.DatabaseError as exc:
            fresh.unlink(missing_ok=True)
            raise UserError(f"Basis data terlalu rusak untuk disalin ({exc}). Pulihkan dari cadangan "
                            "(Berkas → Pulihkan dari cadangan); berkas tidak diubah.") from exc
        except BaseException:
            fresh.unlink(missing_ok=True)
            raise
    db.engine.dispose()
    report = RepairReport(tables, copied, unreadable, damaged, check(db))
    if report.after.ok:
        with db.write() as session:
            audit.record(session, "db_repair", "Basis data diperbaiki (disalin ke berkas baru)",
                         target=damaged.name, detail={"rows": copied, "unreadable_tables": unreadable})
    return report

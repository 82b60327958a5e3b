"""Server mode's own maintenance: pg_dump backups, a check that reports, counts per table.

A server database is not a file: it is backed up with PostgreSQL's `pg_dump` (custom format, which
`pg_restore` reads back) and verified by restoring nothing but its table of contents; its pages are
the server's business, so the check looks at what the app can see (constraints that are not valid,
rows pointing at missing rows, counts). The password travels to pg_dump in its environment
(PGPASSWORD), never on its command line or into a log.
"""
from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import inspect

from desktop import clock, paths
from desktop.dialect import Location, mask
from desktop.errors import UserError

log = logging.getLogger(__name__)

DUMP_SUFFIX = ".dump"


def pg_tool(name: str) -> str:
    """`pg_dump`/`pg_restore` from PATH, else from PostgreSQL's usual install folders; loud when absent."""
    found = shutil.which(name)
    if found:
        return found
    patterns = [f"/usr/lib/postgresql/*/bin/{name}", f"C:/Program Files/PostgreSQL/*/bin/{name}.exe"]
    candidates = sorted((p for pattern in patterns for p in glob.glob(pattern)),
                        key=lambda p: [int(n) for n in re.findall(r"\d+", p)] or [0])
    if candidates:
        return candidates[-1]
    raise UserError(f"Program {name} (PostgreSQL) tidak ditemukan di komputer ini, jadi cadangan basis data "
                    "server tidak dapat dibuat. Pasang PostgreSQL client tools (di Windows: penginstal "
                    "PostgreSQL, komponen 'Command Line Tools') atau tambahkan foldernya ke PATH. "
                    "Tidak ada cadangan yang dibuat.")


def _connection_args(location: Location) -> tuple[list[str], dict[str, str]]:
    url = location.url
    args = ["--host", url.host or "localhost", "--port", str(url.port or 5432), "--dbname", url.database]
    if url.username:
        args += ["--username", url.username]
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return args, env


def _run(command: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise UserError(f"{what} gagal: {detail[-1] if detail else 'kode ' + str(result.returncode)}. "
                        "Tidak ada cadangan yang dibuat.")
    return result


def backups_dir(location: Location) -> Path:
    """Server backups go to this PC's data folder, one folder per server database."""
    url = location.url
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{url.database}@{url.host or 'localhost'}-{url.port or 5432}")
    folder = paths.data_dir() / "cadangan-server" / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def dump(location: Location, target: Path) -> Path:
    """A pg_dump custom-format archive at `target`, verified (pg_restore reads its contents back and
    finds every table) before it is renamed into place."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    args, env = _connection_args(location)
    try:
        _run([pg_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(tmp), *args], env,
             f"pg_dump dari {mask(location.url)}")
        listing = _run([pg_tool("pg_restore"), "--list", str(tmp)], env, "Pemeriksaan cadangan").stdout
        if "TABLE DATA" not in listing or " person " not in listing:
            raise UserError(f"Cadangan {target.name} tidak memuat tabel Jamsos Desk; tidak disimpan.")
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    log.info("server backup of %s written to %s", mask(location.url), target)
    return target


def dump_before(db, reason: str) -> Path:  # noqa: ANN001 - desktop.db.Database
    stamp = clock.now().strftime("%Y%m%d-%H%M%S-%f")
    return dump(db.location, backups_dir(db.location) / f"sebelum-{reason}-{stamp}{DUMP_SUFFIX}")


def restore(location: Location, archive: Path) -> None:
    """Replace the server database's contents with `archive`, all or nothing (one transaction)."""
    args, env = _connection_args(location)
    _run([pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction",
          "--exit-on-error", *args, str(archive)], env, f"Pemulihan {Path(archive).name}")


# -- what the app can see --------------------------------------------------------------------
def table_counts(engine) -> dict[str, int]:  # noqa: ANN001
    """Rows per table (alembic_version included), for reports and for comparing two databases."""
    with engine.connect() as conn:
        names = sorted(inspect(conn).get_table_names())
        return {name: conn.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar() for name in names}


def broken_links(engine, *, orphans: bool = True) -> list[str]:  # noqa: ANN001
    """On a server: constraints not validated, and rows whose foreign key points at a missing row
    (none unless a constraint was added NOT VALID or triggers were switched off during a load)."""
    problems: list[str] = []
    with engine.connect() as conn:
        for name, table in conn.exec_driver_sql(
                "SELECT conname, conrelid::regclass::text FROM pg_constraint "
                "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace").all():
            problems.append(f"batasan {name} pada {table} belum diperiksa (NOT VALID)")
        inspector = inspect(conn)
        for table in inspector.get_table_names() if orphans else ():
            for fk in inspector.get_foreign_keys(table):
                cols, ref, ref_cols = fk["constrained_columns"], fk["referred_table"], fk["referred_columns"]
                join = " AND ".join(f'r."{rc}" = t."{c}"' for c, rc in zip(cols, ref_cols, strict=True))
                present = " AND ".join(f't."{c}" IS NOT NULL' for c in cols)
                orphans = conn.exec_driver_sql(
                    f'SELECT count(*) FROM "{table}" t WHERE {present} AND NOT EXISTS '
                    f'(SELECT 1 FROM "{ref}" r WHERE {join})').scalar()
                if orphans:
                    problems.append(f"{orphans} baris {table} merujuk ke {ref} yang tidak ada")
    return problems

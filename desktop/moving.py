"""Moving a desk's data to another database: a SQLite file to a server, a server to a file.

Every table is copied in one transaction on the target, parents before children; then each table is
counted and checksummed on both sides (rows in primary-key order, values written out the same way
on both databases). The source is only read: after a move the old desk still has everything, and
nothing is switched over until the user points the desk at the new location.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import islice

from sqlalchemy import Integer, Table, func, select, text, update

from desktop import audit, dialect
from desktop.db import Database, open_database
from desktop.errors import UserError
from desktop.models import Base
from desktop.progress import NO_PROGRESS, Progress

log = logging.getLogger(__name__)

CHUNK = 5000
# Rows a freshly migrated database already holds (reference data): replaced by the source's own.
REFERENCE_TABLES = frozenset({"region", "rate", "bpu_bracket", "occupation"})


@dataclass
class MoveReport:
    target: str  # masked
    tables: dict[str, int] = field(default_factory=dict)  # rows per table, equal on both sides

    def describe(self) -> str:
        rows = f"{sum(self.tables.values()):,}".replace(",", ".")
        persons = f"{self.tables.get('person', 0):,}".replace(",", ".")
        return (f"Data dipindahkan ke {self.target}: {len(self.tables)} tabel, {rows} baris ({persons} orang); "
                "jumlah dan checksum setiap tabel sama di kedua sisi. Basis data asal tidak diubah. "
                f"Pakai mulai sekarang: jamsos --db \"{self.target}\" … (kata sandi tidak ditampilkan).")


def _tables() -> list[Table]:
    return [table for table in Base.metadata.sorted_tables]


def _normal(value) -> str:  # noqa: ANN001
    """One text form per value, the same whichever database returned it."""
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def table_checksums(db: Database) -> dict[str, tuple[int, str]]:
    """(rows, sha256) per table, rows in primary-key order."""
    out = {}
    with db.read() as session:
        for table in _tables():
            digest, rows = hashlib.sha256(), 0
            order = list(table.primary_key.columns) or list(table.columns)
            result = session.execute(select(table).order_by(*order)).yield_per(CHUNK)
            for row in result:
                digest.update("\x1f".join(map(_normal, row)).encode("utf-8") + b"\x1e")
                rows += 1
            out[table.name] = (rows, digest.hexdigest())
    return out


def _refuse_if_used(target: Database) -> None:
    with target.read() as session:
        for table in _tables():
            if table.name in REFERENCE_TABLES:
                continue
            if session.scalar(select(func.count()).select_from(table)):
                raise UserError(f"Basis data tujuan {target.describe()} sudah berisi data (tabel {table.name}). "
                                "Pindahkan hanya ke basis data baru yang kosong; tidak ada yang diubah.")


def move_to(source: Database, destination: str, progress: Progress = NO_PROGRESS) -> MoveReport:
    """Copy everything in `source` to `destination` (file path or server URL), then verify."""
    where = dialect.parse_location(destination)
    if where.describe() == source.describe() or (where.path and source.path
                                                  and where.path.resolve() == source.path.resolve()):
        raise UserError("Tujuan sama dengan basis data yang sedang dipakai; tidak ada yang dipindahkan.")
    if where.path is not None and where.path.exists() and where.path.stat().st_size > 0:
        raise UserError(f"Berkas {where.path} sudah ada. Pilih nama berkas baru; tidak ada yang ditimpa.")
    target = open_database(where)
    try:
        _refuse_if_used(target)
        tables = _tables()
        with target.write() as session, source.read() as reading:
            conn = session.connection()
            for table in reversed(tables):
                conn.execute(table.delete())
            for index, table in enumerate(tables):
                progress.step(index, len(tables), f"Menyalin tabel {table.name}…")
                _copy_table(reading, conn, table)
            if target.is_server:
                _advance_sequences(conn, tables)
        progress.step(len(tables), len(tables), "Memeriksa jumlah dan checksum…")
        before, after = table_checksums(source), table_checksums(target)
        different = [name for name in before if before[name] != after.get(name)]
        if different:
            raise UserError(f"Pemeriksaan sesudah pemindahan gagal pada tabel {', '.join(different)}: isi di "
                            f"{target.describe()} tidak sama dengan asal. Jangan pakai tujuan itu; basis data asal "
                            "tidak diubah.")
        with target.write() as session:
            audit.record(session, "db_move", f"Data dipindahkan dari {source.describe()}",
                         person_count=before.get("person", (0, ""))[0], fields=["semua data"],
                         target=target.describe())
        log.info("moved %s to %s: %d tables", source.describe(), target.describe(), len(before))
        return MoveReport(target.describe(), {name: rows for name, (rows, _digest) in before.items()})
    finally:
        target.close()


def _copy_table(reading, conn, table: Table) -> None:  # noqa: ANN001
    """Rows in primary-key order; a column pointing into its own table (the unit tree) is set after
    all rows exist, so a child stored before its parent does not trip the foreign key."""
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    # an UPDATE would otherwise stamp "now" into columns with an onupdate (updated_at): keep the source's
    stamped = [column.name for column in table.columns if column.onupdate is not None]
    rows = reading.execute(select(table).order_by(*table.primary_key.columns)).mappings().yield_per(CHUNK)
    links: list[dict] = []
    iterator = iter(rows)
    while chunk := [dict(row) for row in islice(iterator, CHUNK)]:
        if self_refs:
            links += [{"pk": row["id"], **{c: row[c] for c in (*self_refs, *stamped)}} for row in chunk
                      if any(row[c] is not None for c in self_refs)]
            for row in chunk:
                row.update({c: None for c in self_refs})
        conn.execute(table.insert(), chunk)
    for link in links:
        conn.execute(update(table).where(table.c.id == link.pop("pk")).values(**link))


def _advance_sequences(conn, tables: list[Table]) -> None:  # noqa: ANN001
    """Copied rows keep their ids: move each id sequence past them, or the next insert collides."""
    for table in tables:
        if "id" in table.c and isinstance(table.c.id.type, Integer) and table.c.id.primary_key:
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                              f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))

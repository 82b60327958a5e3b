"""Inserting many persons at once (imports, generated test rosters): one executemany per chunk.

The caller has already validated and normalised the rows (see desktop.roster.persons.validate and
the importer); this module only writes them, inside the caller's transaction.
"""
from __future__ import annotations

import datetime as dt

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Person
from desktop.roster.persons import name_key

CHUNK = 5000
PERSON_DEFAULTS = {"segment": "BPU", "programmes": "JKK JKM", "payer": "SELF", "sector": "other",
                   "status": "belum", "has_problems": False, "anonymised": False}


def _chunks(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _plain(value):  # noqa: ANN001, ANN202
    """The DBAPI takes dates as ISO text and booleans as 0/1 (what SQLAlchemy would send)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _executemany(session: Session, table: str, records: list[dict]) -> None:
    """One executemany on the session's own connection and transaction, skipping per-row type
    processing: the bulk path is within 2× of a bare sqlite3 executemany (bench/insert.py)."""
    columns = sorted({key for record in records for key in record})
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    values = [tuple(_plain(record.get(column)) for column in columns) for record in records]
    session.connection().exec_driver_sql(sql, values)


def insert_persons(session: Session, rows: Iterable[dict], *, import_run_id: int | None = None,
                   on_chunk: Callable[[int], None] | None = None) -> int:
    """Insert person dicts (Person column names; `heirs` as a list of dicts is allowed).

    Returns the number inserted. Heirs are inserted after their persons, matched back by the
    order of insertion (ids are consecutive inside our write transaction)."""
    total = 0
    now = dt.datetime.now().replace(microsecond=0)
    for chunk in _chunks(rows, CHUNK):
        heirs_by_position: list[list[dict]] = []
        records = []
        for row in chunk:
            record = dict(PERSON_DEFAULTS)
            record.update({k: v for k, v in row.items() if k != "heirs"})
            record["name_key"] = name_key(record["name"])
            record["import_run_id"] = import_run_id
            record.setdefault("created_at", now)
            record.setdefault("updated_at", now)
            records.append(record)
            heirs_by_position.append(row.get("heirs") or [])
        if any(heirs_by_position):
            ids = _insert_returning_ids(session, records)
            heir_rows = [{"person_id": pid, "position": i, **heir}
                         for pid, heirs in zip(ids, heirs_by_position, strict=True)
                         for i, heir in enumerate(heirs)]
            if heir_rows:
                _executemany(session, "heir", heir_rows)
        else:
            _executemany(session, "person", records)
        total += len(records)
        if on_chunk:
            on_chunk(total)
    return total


def _insert_returning_ids(session: Session, records: list[dict]) -> list[int]:
    """Insert and return the new ids in the same order (we hold the write lock, so they are consecutive)."""
    before = session.scalar(select(func.max(Person.id))) or 0
    _executemany(session, "person", records)
    ids = list(session.scalars(select(Person.id).where(Person.id > before).order_by(Person.id)))
    if len(ids) != len(records):
        raise RuntimeError("inserted rows do not match the ids read back")
    return ids

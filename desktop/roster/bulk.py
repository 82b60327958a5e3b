"""Inserting many persons at once (imports, generated test rosters): one executemany per chunk.

The caller has already validated and normalised the rows (see desktop.roster.persons.validate and
the importer); this module only writes them, inside the caller's transaction. Dates go to sqlite3
as date objects (converted by the adapters registered in desktop.db), booleans as ints.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import clock, dialect
from desktop.models import Person
from desktop.roster.persons import name_key

CHUNK = 5000
PERSON_DEFAULTS = {"segment": "BPU", "programmes": "JKK JKM", "payer": "SELF", "sector": "other",
                   "status": "belum", "has_problems": False, "anonymised": False, "version": 1}
# name_key and import_run_id last: each row's tuple is its given columns, then those two
PERSON_COLUMNS = (*(column.name for column in Person.__table__.columns
                    if column.name not in ("id", "name_key", "import_run_id")), "name_key", "import_run_id")
_GIVEN = PERSON_COLUMNS[:-2]
_ROW_KEYS = frozenset(PERSON_COLUMNS) | {"heirs"}  # a given name_key or import_run_id is replaced


def _chunks(rows: Iterable, size: int) -> Iterator[list]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _insert(session: Session, table: str, columns: Sequence[str], values: list[tuple]) -> None:
    """One executemany (SQLite) or COPY (PostgreSQL) on the session's own connection and transaction,
    skipping SQLAlchemy's per-row type processing: within 2× of a bare sqlite3 executemany (bench/insert.py)."""
    dialect.bulk_insert(session.connection(), table, columns, values)


def _executemany(session: Session, table: str, records: list[dict]) -> None:
    """Dict records with any columns of `table` (a missing key is NULL)."""
    columns = sorted({key for record in records for key in record})
    _insert(session, table, columns, [tuple(map(record.get, columns)) for record in records])


def insert_persons(session: Session, rows: Iterable[dict], *, import_run_id: int | None = None,
                   on_chunk: Callable[[int], None] | None = None) -> int:
    """Insert person dicts (Person column names; `heirs` as a list of dicts is allowed).

    Returns the number inserted. Heirs are inserted after their persons, matched back by the
    order of insertion (ids are consecutive inside our write transaction)."""
    total = 0
    now = clock.to_storage(clock.now()).replace(microsecond=0).isoformat(sep=" ")  # stored UTC, made once
    fixed = {**PERSON_DEFAULTS, "created_at": now, "updated_at": now}
    defaults = [fixed.get(column) for column in _GIVEN]
    for chunk in _chunks(rows, CHUNK):
        heirs_by_position: list[list[dict]] = []
        values = []
        for row in chunk:
            if not row.keys() <= _ROW_KEYS:
                raise ValueError(f"not person columns: {sorted(row.keys() - _ROW_KEYS)}")
            # row.get(column, default) for every column in one C-level map: the hot loop of a big import
            values.append((*map(row.get, _GIVEN, defaults), name_key(row["name"]), import_run_id))
            heirs_by_position.append(row.get("heirs") or [])
        if any(heirs_by_position):
            ids = _insert_returning_ids(session, values)
            heir_rows = [{"person_id": pid, "position": i, **heir}
                         for pid, heirs in zip(ids, heirs_by_position, strict=True)
                         for i, heir in enumerate(heirs)]
            if heir_rows:
                _executemany(session, "heir", heir_rows)
        else:
            _insert(session, "person", PERSON_COLUMNS, values)
        total += len(values)
        if on_chunk:
            on_chunk(total)
    return total


def _insert_returning_ids(session: Session, values: list[tuple]) -> list[int]:
    """Insert and return the new ids in the same order (we hold the write lock, so they are consecutive).

    On a server other desks insert at the same time: the ids are drawn from the sequence first and
    written with the rows, so they are ours whatever the others do."""
    if dialect.is_server(session):
        ids = dialect.next_ids(session.connection(), "person", len(values))
        _insert(session, "person", ("id", *PERSON_COLUMNS), [(pid, *row) for pid, row in zip(ids, values, strict=True)])
        return ids
    before = session.scalar(select(func.max(Person.id))) or 0
    _insert(session, "person", PERSON_COLUMNS, values)
    ids = list(session.scalars(select(Person.id).where(Person.id > before).order_by(Person.id)))
    if len(ids) != len(values):
        raise RuntimeError("inserted rows do not match the ids read back")
    return ids


@contextmanager
def indexes_set_aside(session: Session, table: str) -> Iterator[None]:
    """Drop `table`'s secondary indexes and build them again afterwards, from their own SQL.

    For inserts that are large next to the table: SQLite then writes plain rows and sorts each
    index once (100k persons: 2.3 s instead of 6.5 s). Runs inside the caller's transaction, so a
    failure or a cancel rolls the drop back with everything else. UNIQUE constraints stay."""
    connection = session.connection()
    indexes = dialect.table_indexes(connection, table)
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)

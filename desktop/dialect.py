"""What differs between the embedded SQLite file and a PostgreSQL server, in one place.

The rest of the code writes its SQL once; where the two databases truly differ (how a location is
named, bulk insert, planner hints, date formatting, NULL order) it asks this module. A location is
either a file path (SQLite, the default) or a URL `postgresql://user@host:port/name` (server mode,
through psycopg 3). Passwords never leave this module unmasked except into the engine itself.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import String, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.expression import FunctionElement
from sqlalchemy.engine import URL, make_url

from desktop.errors import UserError

SERVER_DRIVER = "postgresql+psycopg"
# "scheme:" with at least two letters: a Windows drive ("C:\…") is a path, not a URL
_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]+):")


def server_location(host: str, port: int, database: str, user: str, password: str | None = None) -> "Location":
    """A PostgreSQL server typed into the window's fields (the password only in memory)."""
    return Location(url=URL.create(SERVER_DRIVER, username=user, password=password or None, host=host, port=port,
                                   database=database))


@dataclass(frozen=True)
class Location:
    """Where a database lives: a file (`path`) or a server (`url`, with its password)."""

    path: Path | None = None
    url: URL | None = None

    @property
    def is_server(self) -> bool:
        return self.url is not None

    def describe(self) -> str:
        """For messages, logs and the status bar: the path, or the URL with the password masked."""
        return str(self.path) if self.url is None else mask(self.url)

    @property
    def short_name(self) -> str:
        """The file name, or `name di host` for a server."""
        if self.url is None:
            return self.path.name  # type: ignore[union-attr]
        return f"{self.url.database} di {self.url.host or 'localhost'}"


def mask(url: URL | str) -> str:
    """The URL with its password replaced by ***: the only form that goes into messages and logs."""
    try:
        parsed = url if isinstance(url, URL) else make_url(str(url))
        return parsed.render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not a URL at all: hide anything between ':' and '@'
        return re.sub(r"(//[^:/@]*:)[^@]*@", r"\1***@", str(url))


def parse_location(value: Path | str | Location) -> Location:
    """A path or URL as the user typed it (`--db`, JAMSOS_DB, the wizard) → a Location, or UserError.

    `postgresql://` and `postgres://` are read as `postgresql+psycopg://` (the driver we ship);
    `sqlite:///file` is the file. Any other scheme is refused: it is not silently a folder name."""
    if isinstance(value, Location):
        return value
    if isinstance(value, Path):
        return Location(path=value)
    text = str(value).strip()
    match = _SCHEME.match(text)
    if not match:
        if not text:
            raise UserError("Lokasi basis data kosong. Isi nama berkas atau alamat server postgresql://….")
        return Location(path=Path(text))
    scheme = match["scheme"].lower()
    base, _, driver = scheme.partition("+")
    if base == "sqlite" and driver in ("", "pysqlite"):
        database = make_url(text).database
        if not database:
            raise UserError(f"Alamat {text} tidak menyebut berkas basis data. Contoh: sqlite:///C:/data/jamsos.sqlite")
        return Location(path=Path(database))
    if base in ("postgresql", "postgres") and driver in ("", "psycopg"):
        try:
            url = make_url(SERVER_DRIVER + text[len(match["scheme"]):])
        except Exception as exc:  # noqa: BLE001 - sqlalchemy.exc.ArgumentError and friends
            raise UserError(f"Alamat server {mask(text)} tidak dapat dibaca ({type(exc).__name__}). "
                            "Contoh: postgresql://petugas@192.168.1.10:5432/jamsos") from exc
        if not url.database:
            raise UserError(f"Alamat server {mask(url)} tidak menyebut nama basis data. "
                            "Contoh: postgresql://petugas@192.168.1.10:5432/jamsos")
        return Location(url=url)
    raise UserError(f"Basis data {mask(text)} tidak dapat dibuka: jenis '{scheme}' tidak didukung. "
                    "Pakai nama berkas SQLite (mis. D:\\jamsos\\jamsos.sqlite) atau alamat server "
                    "PostgreSQL (postgresql://pengguna@server:5432/nama_basis_data).")


def is_server(bind) -> bool:  # noqa: ANN001 - Engine, Connection or Session
    """True on PostgreSQL (server mode), False on the SQLite file."""
    if hasattr(bind, "get_bind"):
        bind = bind.get_bind()
    return bind.dialect.name == "postgresql"


# -- SQL that differs ------------------------------------------------------------------------
def bulk_insert(connection, table: str, columns: Sequence[str], values: list[tuple]) -> None:  # noqa: ANN001
    """Many rows at once inside the caller's transaction: executemany on SQLite, COPY on PostgreSQL."""
    if connection.dialect.name == "postgresql":
        raw = connection.connection.driver_connection
        with raw.cursor() as cursor, cursor.copy(
                f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in values:
                copy.write_row(row)
        return
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    connection.exec_driver_sql(sql, values)


def table_indexes(connection, table: str) -> list[tuple[str, str]]:  # noqa: ANN001
    """(name, CREATE statement) of `table`'s secondary indexes (not those behind constraints)."""
    if connection.dialect.name == "postgresql":
        return connection.exec_driver_sql(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
            "AND i.tablename = %(t)s AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
            "WHERE c.conname = i.indexname)", {"t": table}).all()
    return connection.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                      "AND tbl_name = ? AND sql IS NOT NULL", (table,)).all()


class _DateText(FunctionElement):
    """A date column as text in a fixed pattern: strftime on SQLite, to_char on PostgreSQL. One
    subclass per pattern, so SQLAlchemy's statement cache (keyed on the class) never mixes them."""

    type = String()
    inherit_cache = True
    PATTERNS: tuple[str, str] = ("", "")  # (strftime, to_char)


class _YearText(_DateText):
    inherit_cache = True
    name = "year_text"
    PATTERNS = ("%Y", "YYYY")


class _MonthText(_DateText):
    inherit_cache = True
    name = "month_text"
    PATTERNS = ("%Y-%m", "YYYY-MM")


_DATE_TEXTS = {"year": _YearText, "month": _MonthText}


def date_text(column, pattern: str) -> _DateText:  # noqa: ANN001
    """`date_text(Claim.event_date, "month")` → '2025-03'; "year" → '2025'."""
    return _DATE_TEXTS[pattern](column)


@compiles(_DateText, "sqlite")
def _date_text_sqlite(element, compiler, **kw):  # noqa: ANN001, ANN202
    return f"strftime('{element.PATTERNS[0]}', {compiler.process(element.clauses, **kw)})"


@compiles(_DateText, "postgresql")
def _date_text_pg(element, compiler, **kw):  # noqa: ANN001, ANN202
    return f"to_char({compiler.process(element.clauses, **kw)}, '{element.PATTERNS[1]}')"


def filter_before_sort(column, session):  # noqa: ANN001, ANN201
    """A planner hint: filter first, then sort, instead of walking an index in sort order and testing
    every row. SQLite: a unary + on the column. PostgreSQL has no unary + on text; there a text column
    becomes `column || ''` (the same order, same collation, NULLs alike) — at a million persons its
    planner otherwise walks the name index from 'a' looking for '%siti%' (3–4 s, bench/server.py)
    where the trigram index finds the 41,000 matches and sorts them (≈ 0.2 s). Other types as they are."""
    if is_server(session):
        return column + "" if isinstance(column.type, String) else column
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def nulls_as_sqlite(order, session):  # noqa: ANN001, ANN201
    """An ORDER BY term that puts NULLs where SQLite does (first when ascending, last when descending),
    on both databases: PostgreSQL's default is the opposite. Stated only there, so SQLite's plans
    (which read some orders straight from an index) stay exactly as they were."""
    if not is_server(session):
        return order
    return order.nulls_last() if order.modifier is operators.desc_op else order.nulls_first()


def indexed_by(session, table: str, index: str) -> str:  # noqa: ANN001
    """`table INDEXED BY index` on SQLite (its planner otherwise may pick a worse index); PostgreSQL
    has no index hints and needs none."""
    return table if is_server(session) else f"{table} INDEXED BY {index}"


def date_text_sql(session, column: str, pattern: str) -> str:  # noqa: ANN001
    """`date_text` for hand-written SQL text: the expression as a string."""
    sqlite_pattern, pg_pattern = _DATE_TEXTS[pattern].PATTERNS
    return f"to_char({column}, '{pg_pattern}')" if is_server(session) else f"strftime('{sqlite_pattern}', {column})"


def set_cache_size(session, kib: int | None) -> None:  # noqa: ANN001
    """SQLite's page cache for this connection (negative KiB; None = SQLite's default). The server
    manages its own buffers: nothing to do there."""
    if is_server(session):
        return
    session.execute(text(f"PRAGMA cache_size = {kib if kib is not None else -2000}"))


def next_ids(connection, table: str, count: int) -> list[int]:  # noqa: ANN001
    """`count` fresh ids of `table`'s id sequence (PostgreSQL), in ascending order."""
    return [row[0] for row in connection.exec_driver_sql(
        f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, %(n)s)",
        {"n": count}).all()]


# -- several desks at once (issue 21) ----------------------------------------------------------
def insert_missing(session, table, rows: list[dict], key: Sequence[str]) -> None:  # noqa: ANN001
    """INSERT the rows whose `key` is not taken yet (INSERT … ON CONFLICT DO NOTHING), in the caller's
    transaction: seeding and "create if missing" that two desks may run at the same moment. Reading
    first and adding what is missing lost that race on a server (a UniqueViolation on the second)."""
    if not rows:
        return
    insert = _insert_of(session)
    table = getattr(table, "__table__", table)
    session.execute(insert(table).values(rows).on_conflict_do_nothing(index_elements=list(key)))


def upsert(session, table, row: dict, key: Sequence[str]) -> None:  # noqa: ANN001
    """INSERT the row, or UPDATE its other columns when `key` is taken (INSERT … ON CONFLICT DO UPDATE):
    one statement, so two desks saving one new key at once do not collide."""
    insert = _insert_of(session)
    table = getattr(table, "__table__", table)
    statement = insert(table).values(row)
    session.execute(statement.on_conflict_do_update(
        index_elements=list(key), set_={c: statement.excluded[c] for c in row if c not in key}))


def _insert_of(session):  # noqa: ANN001, ANN202
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def next_number(session, name: str, at_least: int = 1) -> int:  # noqa: ANN001
    """The next number of the sequence `name` (1, 2, 3 …; never below `at_least`), from the `counter`
    row. The UPDATE holds the row's lock until the caller's transaction ends, so a second desk taking
    a number waits and then gets the one after; a rolled-back transaction gives its number back.
    Works alike on SQLite (one writer at a time anyway) and PostgreSQL."""
    from desktop.models import Counter
    insert_missing(session, Counter, [{"name": name, "value": 0}], ["name"])
    return session.execute(text(
        "UPDATE counter SET value = CASE WHEN value + 1 < :floor THEN :floor ELSE value + 1 END "
        "WHERE name = :name RETURNING value"), {"name": name, "floor": at_least}).scalar_one()


def serialise(session, name: str) -> None:  # noqa: ANN001
    """Hold the lock named `name` until the caller's transaction ends: a second desk doing the same
    waits here, then reads what the first committed (read-then-write on a server made safe)."""
    next_number(session, f"lock:{name}")

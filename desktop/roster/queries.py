"""Finding persons in SQL: the filter/sort every list uses (roster table, CLI, documents, batches).

The roster table asks `person_ids` for the ids in the current filter and sort, then `rows_for`
for the few rows on screen, so 100,000 persons never come into memory at once.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import Select, String, and_, false, func, literal, or_, select, type_coerce
from sqlalchemy.types import NullType
from sqlalchemy.orm import Session
from desktop import dialect
from desktop.models import Institution, OrgUnit, Person
from desktop.roster.units import subtree_ids


@dataclass
class PersonFilter:
    search: str = ""
    unit_id: int | None = None  # includes the units below it
    institution_id: int | None = None
    segment: str | None = None
    programme: str | None = None
    status: str | None = None
    has_problems: bool | None = None
    without_nik: bool | None = None
    trash: bool = False  # True: only deleted persons
    lacking: tuple[str, ...] = ()  # Person columns: only persons with any of them empty (what a batch needs)


# Sortable columns (the key is what the UI and CLI name).
SORT_COLUMNS = {
    "name": Person.name_key, "nik": Person.nik, "birth_date": Person.birth_date, "sex": Person.sex,
    "phone": Person.phone, "kpj": Person.kpj, "status": Person.status, "segment": Person.segment,
    "income": Person.income, "birth_place": Person.birth_place, "programmes": Person.programmes,
    "problems": Person.has_problems,
    # by name, as the clerk reads them (a lookup per row: these sorts are never on an index anyway)
    "unit": select(OrgUnit.name).where(OrgUnit.id == Person.unit_id).scalar_subquery(),
    "institution": select(Institution.name).where(Institution.id == Person.institution_id).scalar_subquery(),
    "created": Person.created_at, "updated": Person.updated_at, "id": Person.id,
}
NAME_ORDER = (Person.name_key, Person.nik, Person.phone, Person.kpj, Person.id)


def _search_clause(term: str):
    term = term.strip()
    digits = re.sub(r"[\s.\-+]", "", term)
    if digits.isdigit():
        clauses = [Person.nik.like(f"{digits}%"), Person.kpj.like(f"{digits}%")]
        if len(digits) >= 4:
            clauses.append(Person.nik.like(f"%{digits}%"))
            phone = "62" + digits[1:] if digits.startswith("0") else digits
            clauses.append(Person.phone.like(f"%{phone}%"))
        return or_(*clauses)
    key = " ".join(term.casefold().split()).replace("%", r"\%").replace("_", r"\_")
    return Person.name_key.like(f"%{key}%", escape="\\")


def _narrowed(flt: PersonFilter) -> bool:
    """Does the filter use a column outside the covering name index?"""
    return flt.trash or any((flt.unit_id, flt.institution_id, flt.segment, flt.programme, flt.status,
                             flt.has_problems is not None, flt.lacking))


def apply_filter(session: Session, query: Select, flt: PersonFilter, *, name_index: bool = True) -> Select:
    """Add the filter's conditions. `name_index=False` when the caller orders by something else than
    the name: then no index on deleted_at is worth reading (nearly every row is alive)."""
    if flt.trash:  # a range, so SQLite reads the few deleted rows from the index
        query = query.where(Person.deleted_at > dt.datetime(1900, 1, 1))
    elif _narrowed(flt) or not name_index:
        # Another filter narrows through its own index (or needs the table anyway), or another order
        # is wanted; written this way SQLite does not walk an index of deleted_at with a table
        # lookup per row (≈10× slower).
        query = query.where(func.coalesce(Person.deleted_at, None).is_(None))
    else:
        query = query.where(Person.deleted_at.is_(None))
    if flt.search.strip():
        query = query.where(_search_clause(flt.search))
    if flt.unit_id is not None:
        ids = subtree_ids(session, flt.unit_id)
        query = query.where(Person.unit_id.in_(ids) if len(ids) > 1 else Person.unit_id == flt.unit_id)
    if flt.institution_id is not None:
        query = query.where(Person.institution_id == flt.institution_id)
    if flt.segment:
        query = query.where(Person.segment == flt.segment)
    if flt.programme:
        query = query.where((" " + Person.programmes + " ").like(f"% {flt.programme} %"))
    if flt.status:
        query = query.where(Person.status == flt.status)
    if flt.has_problems is not None:
        query = query.where(Person.has_problems.is_(flt.has_problems))
    if flt.without_nik is not None:
        query = query.where(Person.nik.is_(None) if flt.without_nik else Person.nik.is_not(None))
    if flt.lacking:
        query = query.where(or_(*(_empty(getattr(Person, name)) for name in flt.lacking)))
    return query


def _empty(column):  # noqa: ANN001, ANN202
    return column.is_(None) if not isinstance(column.type, String) else or_(column.is_(None), column == "")


def count(session: Session, flt: PersonFilter) -> int:
    return session.scalar(apply_filter(session, select(func.count(Person.id)), flt)) or 0


def person_ids(session: Session, flt: PersonFilter, sort: str = "name", descending: bool = False,
               limit: int | None = None, offset: int = 0) -> list[int]:
    # Name order breaks ties the way the covering index ix_person_alive_name is ordered, so SQLite
    # reads the ids straight from it without sorting.
    columns = NAME_ORDER if sort not in SORT_COLUMNS or sort == "name" else (SORT_COLUMNS[sort], Person.id)
    narrowed = _narrowed(flt)
    if narrowed or (columns is not NAME_ORDER and limit is None):
        # Only the covering index gives an order for free. Walking any other index in order costs a
        # table lookup per row (≈1 s at 100k; fine for a first page); a unary + makes SQLite filter
        # first, then sort.
        columns = (dialect.filter_before_sort(columns[0], session), *columns[1:])
    order = [dialect.nulls_as_sqlite(column.desc() if descending else column.asc(), session) for column in columns]
    query = apply_filter(session, select(Person.id), flt, name_index=columns[0] is Person.name_key)
    query = query.order_by(*order).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return _plain_ids(session, query)


def person_ids_page(session: Session, flt: PersonFilter, sort: str = "name", descending: bool = False, *,
                    after: tuple | None = None, limit: int) -> tuple[list[int], tuple | None]:
    """Keyset paging (server mode at large counts): the next `limit` ids in `person_ids`' order after
    the row whose sort key is `after` (None: from the start), and the sort key of the last one, to
    ask for the page after it. Unlike OFFSET, each page costs the same however far down it is, and
    the roster never loads every id of a million-person server per keystroke.

    The order is exactly `person_ids`' (NULLs first when ascending, as on SQLite); the key's last
    part is the id, so every row has its own key and none is skipped or repeated between pages."""
    columns = NAME_ORDER if sort not in SORT_COLUMNS or sort == "name" else (SORT_COLUMNS[sort], Person.id)
    order_columns = columns
    # as in person_ids: filter first, then sort; on a server a search too (its trigram indexes find
    # the matches), except one letter or 1–3 digits (no trigram; most rows match, so walking the name
    # index in order meets a page at once: 's' 0.1 s instead of 0.4 s at a million, bench/server.py)
    digits = re.sub(r"[\s.\-+]", "", flt.search)
    searched = len(digits) >= 2 and not (digits.isdigit() and len(digits) < 4)
    if _narrowed(flt) or (searched and dialect.is_server(session)):
        order_columns = (dialect.filter_before_sort(columns[0], session), *columns[1:])
    order = [dialect.nulls_as_sqlite(column.desc() if descending else column.asc(), session)
             for column in order_columns]
    # The key as stored, compared as stored: a time written as '…17:16:00' by the bulk insert must
    # not come back as '…17:16:00.000000' (SQLite compares the text) and skip its equals.
    raw = tuple(type_coerce(column, NullType()) for column in columns)
    query = apply_filter(session, select(*(key.label(f"k{i}") for i, key in enumerate(raw))), flt, name_index=columns[0] is Person.name_key)
    if after is not None:
        first = getattr(columns[0], "expression", None)
        query = query.where(_after_key(raw, after, descending,
                                       first_not_null=getattr(first, "nullable", True) is False))
    rows = session.execute(query.order_by(*order).limit(limit)).all()
    return [row[-1] for row in rows], (tuple(rows[-1]) if rows else after)


def _after_key(columns: tuple, key: tuple, descending: bool, *, first_not_null: bool = False):  # noqa: ANN202
    """Rows whose sort key comes after `key` in the order NULLs-smallest (SQLite's, and the one
    `nulls_as_sqlite` gives PostgreSQL). Row-value comparison `(a, b) > (x, y)` cannot be used: a
    NULL in the key makes it NULL on both databases."""
    def bound(column, value):  # noqa: ANN001, ANN202 - a bind, so booleans compare with < and > too
        return literal(value, type_=NullType())

    def equal(column, value):  # noqa: ANN001, ANN202
        return column.is_(None) if value is None else column == bound(column, value)

    def beyond(column, value):  # noqa: ANN001, ANN202
        if descending:  # smaller; NULL is the smallest of all
            return false() if value is None else or_(column < bound(column, value), column.is_(None))
        return column.is_not(None) if value is None else column > bound(column, value)

    terms = [and_(*(equal(c, v) for c, v in zip(columns[:i], key[:i])), beyond(columns[i], key[i]))
             for i in range(len(columns))]
    condition = or_(*terms)
    # The same rows, also said as a range on the first sort column, so an index on it (the server's
    # ix_person_alive_name_keyset, revision 0012) starts at the key instead of at the first row.
    if key[0] is not None and not descending:
        condition = and_(columns[0] >= bound(columns[0], key[0]), condition)
    elif key[0] is not None and first_not_null:  # descending: NULLs (last) cannot follow; none here
        condition = and_(columns[0] <= bound(columns[0], key[0]), condition)
    return condition


def _plain_ids(session: Session, query: Select) -> list[int]:
    """Run an id query on the session's own DBAPI connection: 100k ids come back ~4× faster than
    through the ORM's per-row result processing (the roster runs this on every keystroke)."""
    compiled = query.compile(dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True})
    # qmark (sqlite3) binds by position, pyformat (psycopg) by name
    params = (tuple(compiled.params[name] for name in compiled.positiontup) if compiled.positiontup is not None
              else compiled.params)
    cursor = session.connection().exec_driver_sql(str(compiled), params)
    return [row[0] for row in cursor.cursor.fetchall()]


@dataclass
class PersonRow:
    id: int
    name: str
    nik: str | None
    sex: str | None
    birth_place: str | None
    birth_date: object
    phone: str | None
    kpj: str | None
    segment: str
    programmes: str
    status: str
    income: int | None
    unit: str | None
    institution: str | None
    has_problems: bool
    desa_code: str | None


def rows_for(session: Session, ids: list[int]) -> dict[int, PersonRow]:
    """The display rows for some ids (one query; the caller keeps the order)."""
    if not ids:
        return {}
    query = (select(Person.id, Person.name, Person.nik, Person.sex, Person.birth_place, Person.birth_date,
                    Person.phone, Person.kpj, Person.segment, Person.programmes, Person.status, Person.income,
                    OrgUnit.name, Institution.name, Person.has_problems, Person.desa_code)
             .outerjoin(OrgUnit, OrgUnit.id == Person.unit_id)
             .outerjoin(Institution, Institution.id == Person.institution_id)
             .where(Person.id.in_(ids)))
    return {row[0]: PersonRow(*row) for row in session.execute(query)}

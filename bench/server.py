"""Benchmark: server mode on PostgreSQL at n persons (default 1,000,000).

- import: our bulk insert (COPY through desktop.dialect, inside one transaction with the indexes set
  aside, as the importer does for a big file) against a bare psycopg COPY of the same rows into a
  table with the same columns and indexes; goal ≤ 2×.
- search: what the roster does per keystroke on a server (desktop.ui.roster.persons_model): the
  first keyset page of ids in name order (queries.person_ids_page), and the count; goals first page
  ≤ 100 ms p95, count ≤ 300 ms. Then scrolling: the next keyset pages of the whole list.

Needs a server: JAMSOS_BENCH_PG=postgresql://user@host:port/ (a login with CREATEDB). A database
jamsos_bench_<pid> is created and dropped afterwards. Without the variable this bench reports nothing.
"""
from __future__ import annotations

import os
import time

from bench.data import make_units, person_rows
from bench.harness import Result, median, percentile

TYPED = ["siti", "aminah", "nur hid", "3516 13", "0812", "khotimah"]
FIRST_PAGE = 300  # as desktop.ui.roster.persons_model


def _admin(url, statement: str) -> None:  # noqa: ANN001
    from sqlalchemy import create_engine
    engine = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(statement)
    engine.dispose()


def run(n: int = 1_000_000) -> list[Result]:
    base = os.environ.get("JAMSOS_BENCH_PG", "").strip()
    if not base:
        print("server bench: set JAMSOS_BENCH_PG=postgresql://user@host:port/ to run it")
        return []
    from sqlalchemy.engine import make_url

    from desktop import dialect
    from desktop.db import open_database
    from desktop.roster import bulk, queries
    url = make_url(base).set(drivername=dialect.SERVER_DRIVER, database=f"jamsos_bench_{os.getpid()}")
    _admin(url, f"CREATE DATABASE {url.database}")
    results = []
    try:
        db = open_database(url.render_as_string(hide_password=False))
        with db.write() as session:
            ranting = make_units(session)
        rows = person_rows(n, ranting)
        started = time.perf_counter()
        with db.write() as session, bulk.indexes_set_aside(session, "person"):
            bulk.insert_persons(session, rows)
        ours = time.perf_counter() - started

        from desktop.roster.persons import name_key
        now = "2026-01-01 00:00:00"
        fixed = {**bulk.PERSON_DEFAULTS, "created_at": now, "updated_at": now}
        defaults = [fixed.get(column) for column in bulk.PERSON_COLUMNS[:-2]]
        columns = bulk.PERSON_COLUMNS
        values = [(*map(row.get, columns[:-2], defaults), name_key(row["name"]), None) for row in rows]
        with db.engine.begin() as conn:
            # the same columns, constraints and indexes (trigram ones too): the database's own share of the work
            conn.exec_driver_sql("CREATE TABLE bare_person (LIKE person INCLUDING ALL)")
        started = time.perf_counter()
        with db.engine.begin() as conn:
            raw = conn.connection.driver_connection
            with raw.cursor() as cursor, cursor.copy(f"COPY bare_person ({', '.join(columns)}) FROM STDIN") as copy:
                for value in values:
                    copy.write_row(value)
        bare = time.perf_counter() - started
        results.append(Result(f"server: insert {n:,} persons (COPY, indexes rebuilt)", ours, baseline=bare,
                              goal="≤ 2×", limit=2.0, note="vs a bare psycopg COPY of the same rows into a table with the same indexes"))
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE bare_person")
            conn.exec_driver_sql("ANALYZE person")

        firsts, counts = [], []
        for term in TYPED:
            for end in range(1, len(term) + 1):
                flt = queries.PersonFilter(search=term[:end])
                with db.read() as session:
                    started = time.perf_counter()
                    ids, _after = queries.person_ids_page(session, flt, limit=FIRST_PAGE)  # as the model on a server
                    firsts.append(time.perf_counter() - started)
                    started = time.perf_counter()
                    if len(ids) >= FIRST_PAGE:
                        queries.count(session, flt)
                    counts.append(time.perf_counter() - started)
        results.append(Result(f"server: keystroke → first page of ids at {n:,} (p95)", percentile(firsts, 95),
                              goal="≤ 100 ms", limit=0.1,
                              note=f"median {median(firsts) * 1000:.0f} ms; {len(firsts)} keystrokes: {', '.join(TYPED)}"))
        results.append(Result(f"server: keystroke → count shown at {n:,} (p95)", percentile(counts, 95),
                              goal="≤ 300 ms", limit=0.3, note=f"median {median(counts) * 1000:.0f} ms"))
        pages, after = [], None
        with db.read() as session:
            for _page in range(30):  # scrolling down the whole list: each next page by key
                started = time.perf_counter()
                _ids, after = queries.person_ids_page(session, queries.PersonFilter(), after=after, limit=1000)
                pages.append(time.perf_counter() - started)
        results.append(Result(f"server: scrolling, next 1,000 ids by key at {n:,} (p95)", percentile(pages, 95),
                              goal="≤ 100 ms", limit=0.1, note=f"median {median(pages) * 1000:.0f} ms; 30 pages"))
        db.close()
    finally:
        _admin(url, f"DROP DATABASE IF EXISTS {url.database} WITH (FORCE)")
    return results

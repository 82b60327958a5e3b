"""Inserting 100k persons through our bulk insert vs raw sqlite3.executemany; count/page queries."""
from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from bench.data import make_units, person_rows
from bench.harness import Result, median


def run(n: int = 100_000) -> list[Result]:
    from desktop.db import open_database
    from desktop.roster import bulk, queries

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        ours_db = open_database(Path(tmp) / "ours.sqlite")
        with ours_db.write() as session:
            ranting = make_units(session)
        rows = person_rows(n, ranting)

        start = time.perf_counter()
        with ours_db.write() as session:
            bulk.insert_persons(session, rows)
        ours = time.perf_counter() - start

        # Baseline: the same rows into the same schema with the stdlib driver and one executemany.
        base_db = open_database(Path(tmp) / "base.sqlite")
        base_db.close()
        conn = sqlite3.connect(Path(tmp) / "base.sqlite", isolation_level=None)
        conn.execute("PRAGMA synchronous = FULL")
        columns = ["nik", "name", "name_key", "sex", "birth_date", "birth_place", "phone", "income", "unit_id",
                   "programmes", "status", "kpj", "segment", "payer", "sector", "has_problems", "anonymised",
                   "created_at", "updated_at"]
        now = time.strftime("%Y-%m-%d %H:%M:%S")
        values = [(r["nik"], r["name"], r["name"].casefold(), r["sex"], r["birth_date"].isoformat(),
                   r["birth_place"], r["phone"], r["income"], r["unit_id"], r["programmes"], r["status"], r["kpj"],
                   "BPU", "SELF", "other", 0, 0, now, now) for r in rows]
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO person ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                         values)
        conn.execute("COMMIT")
        baseline = time.perf_counter() - start
        conn.close()
        results.append(Result(f"insert {n:,} persons (bulk insert vs raw executemany)", ours, baseline,
                              "≤ 2×", 2.0))

        # Queries the roster runs on every keystroke, at n rows.
        def sample(fn, repeat=15):
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                fn()
                times.append(time.perf_counter() - t)
            return median(times)

        with ours_db.read() as session:
            flt_all = queries.PersonFilter()
            flt_search = queries.PersonFilter(search="aminah")
            flt_unit = queries.PersonFilter(unit_id=ranting[0] - 1, status="terdaftar")
            results.append(Result(f"count all persons ({n:,})", sample(lambda: queries.count(session, flt_all)),
                                  unit="s", goal="≤ 50 ms", limit=0.05))
            results.append(Result("count + ids, search 'aminah' (contains)",
                                  sample(lambda: (queries.count(session, flt_search),
                                                  queries.person_ids(session, flt_search))),
                                  goal="≤ 100 ms", limit=0.1))
            results.append(Result("ids sorted by name, one PAC + status filter",
                                  sample(lambda: queries.person_ids(session, flt_unit)), goal="≤ 50 ms", limit=0.05))
            ids = queries.person_ids(session, flt_all, "birth_date")
            results.append(Result("all ids sorted by birth date",
                                  sample(lambda: queries.person_ids(session, flt_all, "birth_date"), 5),
                                  goal="≤ 300 ms", limit=0.3))
            results.append(Result("one page of 100 rows by id", sample(lambda: queries.rows_for(session, ids[5000:5100])),
                                  goal="≤ 10 ms", limit=0.01))
        ours_db.close()
    return results

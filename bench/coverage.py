"""Benchmark: the Laporan dashboard refreshed on 100k persons (goal ≤ 300 ms on this 2-core machine).

"Refresh" is what the window's job does (desktop.ui.coverage.dashboard.load): every dashboard
figure, the monthly cost for the chosen month and the next 12 and the claims summary
(desktop.reports.content.build). The baseline is the obvious way the rule forbids — price every
enrolled person one by one with the same calculator — timed on a sample and scaled to all of them.
"""
from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from sqlalchemy import text

from bench.data import make_database
from bench.harness import Result, best_of, timed
from desktop import contributions, coverage
from desktop.reports import content
from desktop.roster import bulk

MONTH = dt.date(2026, 5, 1)
SAMPLE = 2_000  # persons priced one by one for the baseline (all of them would take minutes)


def add_enrolments(db) -> int:  # noqa: ANN001
    """Enrolment rows (one per programme, start months over two years) for every enrolled person."""
    rng = random.Random(3)
    with db.write() as session:
        enrolled = session.execute(text("SELECT id, programmes FROM person WHERE status = 'terdaftar'")).all()
        rows = [{"person_id": pid, "programme": p, "segment": "BPU", "payer": "SELF", "status": "terdaftar",
                 "start_month": dt.date(2024 + rng.randrange(2), rng.randrange(1, 13), 1)}
                for pid, programmes in enrolled for p in programmes.split()]
        bulk._executemany(session, "enrolment", rows)  # noqa: SLF001 - bench data, already clean
    return len(rows)


def add_wage_earners(db, count: int) -> int:  # noqa: ANN001
    """Enrolled PU teachers with all-different wages: the worst case for grouping by profile."""
    with db.write() as session:
        unit = session.execute(text("SELECT id FROM org_unit WHERE level = 2 LIMIT 1")).scalar()
        bulk.insert_persons(session, [{"name": f"Guru {i}", "segment": "PU", "programmes": "JKK JKM JHT JP",
                                       "income": 2_500_000 + 1_000 * i, "status": "terdaftar", "unit_id": unit}
                                      for i in range(count)])
    return count


def refresh(db) -> content.Report:  # noqa: ANN001
    with db.read() as session:
        return content.build(session, MONTH)


def enrolled_ids(db) -> list[int]:  # noqa: ANN001
    with db.read() as session:
        return list(session.scalars(text("SELECT id FROM person WHERE status IN ('terdaftar', 'sudah_peserta') "
                                         "AND deleted_at IS NULL")))


def one_by_one(db, ids: list[int]) -> int:  # noqa: ANN001
    """The baseline: each person priced on their own, for one month."""
    with db.read() as session:
        rows = contributions.rate_rows(session)
        return sum(contributions.person_contribution(session, pid, MONTH, rows).total for pid in ids)


def run(n: int = 100_000) -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        db = make_database(Path(folder) / "bench.sqlite", n)
        enrolments = add_enrolments(db)
        refresh(db)  # warm the page cache as a window that has been open a while would
        ours = best_of(lambda: refresh(db), repeat=9)  # best of many: the 2-core machine is often shared
        with db.read() as session:
            pac = session.execute(text("SELECT id FROM org_unit WHERE level = 1 ORDER BY id LIMIT 1")).scalar()
        one_pac = best_of(lambda: _pac(db, pac), repeat=3)
        grouped_cost = best_of(lambda: _cost(db), repeat=3)
        ids = enrolled_ids(db)
        sample = ids[:SAMPLE]
        baseline = timed(lambda: one_by_one(db, sample)) * len(ids) / max(1, len(sample))
        with db.read() as session:
            grouped = coverage.monthly_cost(session, MONTH, 1)[0].total
        if n <= 10_000:  # the quick run checks the grouped sum against every person priced alone
            assert grouped == one_by_one(db, ids), "grouped cost differs from pricing persons one by one"
        with_wages = add_wage_earners(db, n // 100)
        wages_refresh = best_of(lambda: refresh(db), repeat=3)
        db.close()
    note = f"{n:_} persons, {enrolments:_} enrolment rows, 13 months priced".replace("_", ".")
    return [
        Result("coverage: dashboard refresh", ours, goal="≤ 300 ms", limit=0.300, note=note),
        Result("coverage: dashboard for one PAC", one_pac, goal="≤ 300 ms", limit=0.300),
        Result(f"coverage: dashboard refresh with {with_wages} PU wages", wages_refresh,
               note="informational: every distinct wage is its own pricing profile (13 months each)"),
        Result("coverage: one month's cost, grouped vs one by one", grouped_cost, baseline=baseline, goal="≤ 0.1×",
               limit=0.1, note=f"baseline: person_contribution per enrolled person ({SAMPLE} timed, scaled)"),
    ]


def _pac(db, unit_id: int) -> None:  # noqa: ANN001
    with db.read() as session:
        content.build(session, MONTH, unit_id=unit_id)


def _cost(db) -> None:  # noqa: ANN001
    with db.read() as session:
        coverage.monthly_cost(session, MONTH, 1)

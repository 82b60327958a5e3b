"""The dashboard on a generated roster (bench.data, 600 persons over 18 PACs): counts per PAC and the
cost of Mar 2026, May 2026 and Jan 2027 against figures computed by hand from the generated rows."""
from __future__ import annotations

import datetime as dt
from collections import Counter

from bench.data import make_units, person_rows
from desktop import coverage
from desktop.models import OrgUnit
from desktop.roster import bulk

ENROLLED = {"terdaftar", "sudah_peserta"}
# bench.data's incomes and the dasar penghasilan of the bracket holding each (bpu-income-brackets.csv):
# 1.500.000 lies in 1.500.000–1.699.000, priced at 1.600.000, never at 1% of 1.500.000
DASAR = {1_000_000: 1_000_000, 1_500_000: 1_600_000, 2_000_000: 2_000_000}


def by_hand(row: dict, month: dt.date) -> int:
    """§3 and §5 by hand for a BPU member paying herself, outside transport: JKK 1%, JKM Rp6.800, optional
    JHT 2% of the bracket's dasar; PP 50/2025 halves JKK and JKM (not JHT) for the months Apr–Dec 2026."""
    half = dt.date(2026, 4, 1) <= month <= dt.date(2026, 12, 1)
    dasar = DASAR[row["income"]]
    jkk, jkm = dasar // 100, 6_800
    if half:
        jkk, jkm = jkk // 2, jkm // 2
    jht = dasar * 2 // 100 if "JHT" in row["programmes"].split() else 0
    return jkk + jkm + jht


def test_generated_roster_counts_per_pac_and_cost(db):
    with db.write() as session:
        ranting = make_units(session)
        rows = person_rows(600, ranting, seed=7)
        bulk.insert_persons(session, rows)
        pac_of = {r.id: r.parent_id for r in session.query(OrgUnit).filter(OrgUnit.level == 2)}
        pac_names = {u.id: u.name for u in session.query(OrgUnit).filter(OrgUnit.level == 1)}
    persons, enrolled = Counter(), Counter()
    for row in rows:
        pac = pac_names[pac_of[row["unit_id"]]]
        persons[pac] += 1
        enrolled[pac] += row["status"] in ENROLLED
    with db.read() as session:
        figures = coverage.dashboard(session)
        costs = {c.month: c for month in (dt.date(2026, 3, 1), dt.date(2026, 5, 1), dt.date(2027, 1, 1))
                 for c in coverage.monthly_cost(session, month, months=1)}
    assert {u.name: u.counts.persons for u in figures.top_units()} == dict(persons)
    assert {u.name: u.counts.enrolled for u in figures.top_units()} == dict(enrolled)
    assert len(figures.top_units()) == 18 and figures.total.persons == 600
    enrolled_rows = [r for r in rows if r["status"] in ENROLLED]
    for month, cost in costs.items():
        assert cost.persons == len(enrolled_rows)
        assert cost.total == sum(by_hand(r, month) for r in enrolled_rows), month
    assert costs[dt.date(2026, 5, 1)].total < costs[dt.date(2026, 3, 1)].total == costs[dt.date(2027, 1, 1)].total

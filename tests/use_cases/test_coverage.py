"""Dashboard figures and monthly cost on a small generated roster, against hand-computed values
(shared/domain/programmes-and-rates.md §11)."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop import coverage
from desktop.models import Enrolment, Person
from desktop.roster import bulk

MAR_2026, MAY_2026, JAN_2027 = dt.date(2026, 3, 1), dt.date(2026, 5, 1), dt.date(2027, 1, 1)


def add_roster(db, units) -> dict[str, int]:
    """12 live persons and one in the trash (see the expected figures in the tests).

    Sooko: A1–A3 BPU JKK+JKM 1.000.000 SELF terdaftar; A4 the same + JHT, sudah peserta; A5 paid by
    the APBD; A6, A7 belum; A8 ditolak; B2 PU wage 3.000.000 at the TK (risk I), all four programmes,
    paid by the organisation. Mojosari: B1 ojek (transport) BPU terdaftar; B3 diajukan; B4 terdaftar
    without an income (cannot be priced).
    """
    bpu = {"segment": "BPU", "programmes": "JKK JKM", "income": 1_000_000, "payer": "SELF", "sector": "other"}
    sooko, mojosari = units["sooko"], units["mojosari"]
    rows = {
        "A1": {**bpu, "unit_id": sooko, "status": "terdaftar"},
        "A2": {**bpu, "unit_id": sooko, "status": "terdaftar"},
        "A3": {**bpu, "unit_id": sooko, "status": "terdaftar"},
        "A4": {**bpu, "unit_id": sooko, "status": "sudah_peserta", "programmes": "JKK JKM JHT"},
        "A5": {**bpu, "unit_id": sooko, "status": "terdaftar", "payer": "APBD"},
        "A6": {**bpu, "unit_id": sooko, "status": "belum"},
        "A7": {**bpu, "unit_id": sooko, "status": "belum"},
        "A8": {**bpu, "unit_id": sooko, "status": "ditolak"},
        "B2": {"segment": "PU", "programmes": "JKK JKM JHT JP", "income": 3_000_000, "payer": "ORG",
               "sector": "other", "unit_id": sooko, "institution_id": units["tk"], "status": "terdaftar"},
        "B1": {**bpu, "unit_id": mojosari, "status": "terdaftar", "sector": "transport"},
        "B3": {**bpu, "unit_id": mojosari, "status": "diajukan"},
        "B4": {**bpu, "unit_id": mojosari, "status": "terdaftar", "income": None},
        "X": {**bpu, "unit_id": sooko, "status": "terdaftar", "deleted_at": dt.datetime(2026, 1, 5)},
    }
    with db.write() as session:
        bulk.insert_persons(session, [{"name": f"Peserta {key}", **row} for key, row in rows.items()])
        ids = {name.removeprefix("Peserta "): pid for pid, name in session.query(Person.id, Person.name)}
        for key, programme, month in (("A1", "JKK", "2025-01"), ("A2", "JKK", "2025-01"), ("A2", "JKM", "2025-03"),
                                      ("A4", "JKK", "2025-06"), ("A6", "JKK", "2024-01")):
            session.add(Enrolment(person_id=ids[key], programme=programme,
                                  start_month=dt.date.fromisoformat(month + "-01")))
    return ids


@pytest.fixture
def roster(db, mojokerto):
    return add_roster(db, mojokerto)


def counts(c: coverage.Counts) -> tuple[int, int, int, int]:
    return c.persons, c.enrolled, c.waiting, c.rejected


def test_counts_per_pac_roll_up_to_the_pc(db, mojokerto, roster):
    with db.read() as session:
        figures = coverage.dashboard(session)
    assert counts(figures.total) == (12, 8, 3, 1)
    [pc] = figures.units
    assert counts(pc.counts) == (12, 8, 3, 1)
    per_pac = {u.name: counts(u.counts) for u in figures.top_units()}
    assert per_pac == {"PAC Muslimat NU Mojosari": (3, 2, 1, 0), "PAC Muslimat NU Sooko": (9, 6, 2, 1)}
    assert figures.by_status == {"belum": 2, "diajukan": 1, "terdaftar": 7, "ditolak": 1, "sudah_peserta": 1}
    assert [(f.name, counts(f.counts)) for f in figures.institutions] == [("TK Muslimat NU 05 Japan", (1, 1, 0, 0))]


def test_counts_by_programme_segment_and_payer(db, mojokerto, roster):
    with db.read() as session:
        figures = coverage.dashboard(session)
    assert counts(figures.by_programme["JKK"]) == (12, 8, 3, 1)
    assert counts(figures.by_programme["JHT"]) == (2, 2, 0, 0)
    assert counts(figures.by_programme["JP"]) == (1, 1, 0, 0)
    assert counts(figures.by_segment["PU"]) == (1, 1, 0, 0)
    assert counts(figures.by_segment["BPU"]) == (11, 7, 3, 1)
    assert {p: c.persons for p, c in figures.by_payer.items()} == {"APBD": 1, "ORG": 1, "SELF": 10}
    assert figures.programme_mix == {"JKK + JKM": 6, "JKK + JKM + JHT": 1, "JKK + JKM + JHT + JP": 1}


def test_enrolment_over_time_counts_each_enrolled_person_once_from_their_first_month(db, mojokerto, roster):
    with db.read() as session:
        figures = coverage.dashboard(session)
    # A6 has an enrolment row but is not enrolled (belum): not counted
    assert figures.enrolment_months == [(dt.date(2025, 1, 1), 2, 2), (dt.date(2025, 6, 1), 1, 3)]
    assert figures.undated_enrolled == 5


def test_drill_down_into_one_pac_counts_only_its_persons(db, mojokerto, roster):
    with db.read() as session:
        figures = coverage.dashboard(session, unit_id=mojokerto["mojosari"])
    assert figures.scope == "PAC Muslimat NU Mojosari"
    assert counts(figures.total) == (3, 2, 1, 0)
    assert [u.name for u in figures.units] == ["PAC Muslimat NU Mojosari"]
    assert figures.institutions == []


def test_monthly_cost_before_during_and_after_the_pp_50_2025_discount(db, mojokerto, roster):
    with db.read() as session:
        costs = {c.month: c for c in coverage.monthly_cost(session, MAR_2026, months=11)
                 + coverage.monthly_cost(session, JAN_2027, months=1)}
    # Mar 2026: A1–A3 3 × 16.800, A4 36.800, A5 16.800, B1 (transport, discounted since Jan) 8.400,
    # B2 PU 3.000.000 all programmes 277.200
    mar = costs[MAR_2026]
    assert mar.total == 50_400 + 36_800 + 16_800 + 8_400 + 277_200 == 389_600
    assert mar.by_programme == {"JKK": 62_200, "JKM": 46_400, "JHT": 191_000, "JP": 90_000}
    assert mar.by_payer == {"SELF": 95_600, "APBD": 16_800, "ORG": 277_200}
    assert mar.by_component == {"participant": 112_400, "employer": 187_200, "worker": 90_000}
    assert mar.persons == 7 and mar.unpriced == {"Penghasilan/upah belum diisi": 1}
    # May 2026, PP 50/2025 for BPU outside transport: A1–A3 3 × 8.400, A4 28.400; APBD-paid A5 keeps 16.800
    may = costs[MAY_2026]
    assert may.total == 25_200 + 28_400 + 16_800 + 8_400 + 277_200 == 356_000
    assert may.by_payer == {"SELF": 62_000, "APBD": 16_800, "ORG": 277_200}
    assert costs[dt.date(2026, 4, 1)].total == costs[dt.date(2026, 12, 1)].total == 356_000
    # Jan 2027: the non-transport discount is over, transport keeps it until Mar 2027
    jan = costs[JAN_2027]
    assert jan.total == 50_400 + 36_800 + 16_800 + 8_400 + 277_200 == 389_600
    assert jan.by_programme["JKK"] == 30_000 + 10_000 + 10_000 + 5_000 + 7_200


def test_cost_for_one_pac_and_the_jp_cap_change_in_march(db, mojokerto, roster):
    with db.write() as session:  # B2 earns above the JP cap: Feb 10.547.400, Mar 11.086.300
        session.query(Person).filter(Person.name == "Peserta B2").update({"income": 12_000_000})
    with db.read() as session:
        mojosari = coverage.monthly_cost(session, MAR_2026, months=1, unit_id=mojokerto["mojosari"])[0]
        feb, mar = coverage.monthly_cost(session, dt.date(2026, 2, 1), months=2, unit_id=mojokerto["sooko"])
    assert mojosari.total == 8_400 and mojosari.unpriced == {"Penghasilan/upah belum diisi": 1}
    assert feb.by_programme["JP"] == 210_948 + 105_474
    assert mar.by_programme["JP"] == 221_726 + 110_863


def test_a_month_without_a_rate_is_reported_not_priced_as_zero(db, mojokerto, roster):
    with db.read() as session:
        [cost] = coverage.monthly_cost(session, dt.date(2019, 6, 1), months=1)
    assert cost.by_programme.get("JP", 0) == 0
    assert sum(cost.unpriced.values()) == 2  # B2 (JP has no cap row for 2019) and B4
    assert any("JP" in reason for reason in cost.unpriced)


def test_an_unknown_unit_is_a_user_error(db, mojokerto):
    from desktop.errors import UserError
    with db.read() as session, pytest.raises(UserError, match="tidak ditemukan"):
        coverage.dashboard(session, unit_id=9999)


def test_many_wages_are_priced_exactly_as_the_calculator_prices_each_person(db, mojokerto):
    """PU wages make one pricing profile each: the cost must equal pricing every person on their own,
    across the rounding probe (§11 case 8), the JP cap and its March change, and PP 50/2025."""
    from desktop import contributions
    wages = [2_750_450, 3_000_000, 3_333_333, 10_547_401, 11_086_299, 12_000_000, 1_234_567]
    rows = [{"name": f"Guru {w}", "segment": "PU", "programmes": "JKK JKM JHT JP", "income": w, "payer": "ORG",
             "status": "terdaftar", "unit_id": mojokerto["sooko"]} for w in wages]
    rows += [{"name": f"Anggota {i}", "income": i * 1_000_000, "status": "terdaftar", "programmes": "JKK JKM JHT",
              "unit_id": mojokerto["sooko"]} for i in (1, 2, 3)]
    with db.write() as session:
        bulk.insert_persons(session, rows)
    with db.read() as session:
        ids = [pid for (pid,) in session.query(Person.id)]
        for cost in coverage.monthly_cost(session, dt.date(2026, 2, 1), months=3):
            one_by_one = [contributions.person_contribution(session, pid, cost.month) for pid in ids]
            assert cost.total == sum(c.total for c in one_by_one)
            assert cost.by_component["worker"] == sum(c.worker for c in one_by_one)

"""The claims register: record cases, list them, the branch-style summary, JKM claims show heirs."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop import claims
from desktop.errors import UserError
from desktop.models import AuditEntry
from desktop.roster import persons

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def siti(db, mojokerto):
    with db.write() as session:
        return persons.add_person(session, persons.PersonData(
            name="Siti Aminah", unit_id=mojokerto["sooko"], income=1_000_000,
            heirs=[persons.HeirData("Ahmad Fauzi", "Suami"), persons.HeirData("Nur Laili", "Anak",
                                                                               dt.date(2010, 4, 2))]))


def add(db, person_id, programme, event, amount=0, status="diajukan", paid=None, case_type=""):
    with db.write() as session:
        return claims.add_claim(session, claims.ClaimData(person_id, programme, dt.date.fromisoformat(event),
                                                          case_type, amount, status,
                                                          dt.date.fromisoformat(paid) if paid else None), TODAY)


def test_summary_gives_cases_and_paid_sums_per_programme_and_year(db, siti):
    add(db, siti, "JKK", "2026-02-03", 3_400_000, "dibayar", "2026-03-01")
    add(db, siti, "JKK", "2025-07-10", 1_000_000, "dibayar", "2025-08-01")
    add(db, siti, "JKK", "2026-05-01")  # still open: a case, nothing paid yet
    add(db, siti, "JHT", "2026-06-01", 0, "ditolak")  # rejected: not a case
    add(db, siti, "JKM", "2026-09-09", 42_000_000, "dibayar", "2026-10-01")
    with db.read() as session:
        total = {t.programme: (t.cases, t.paid_cases, t.paid) for t in claims.summary(session)}
        by_year = {(t.programme, t.period): (t.cases, t.paid) for t in claims.summary(session, by="year")}
        only_2026 = claims.summary(session, claims.ClaimFilter(start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31)))
    assert total == {"JKK": (3, 2, 4_400_000), "JKM": (1, 1, 42_000_000), "JHT": (0, 0, 0), "JP": (0, 0, 0)}
    assert by_year[("JKK", "2025")] == (1, 1_000_000)
    assert by_year[("JKK", "2026")] == (2, 3_400_000)
    assert by_year[("JKM", "2025")] == (0, 0)
    assert {t.programme: t.paid for t in only_2026}["JKK"] == 3_400_000


def test_a_jkm_claim_shows_the_heirs_and_other_claims_do_not(db, siti):
    jkm = add(db, siti, "JKM", "2026-09-09")
    jkk = add(db, siti, "JKK", "2026-02-03")
    with db.read() as session:
        death = claims.claim_detail(session, jkm)
        accident = claims.claim_detail(session, jkk)
    assert death.case_type == "Meninggal dunia"
    assert [(h.name, h.relation) for h in death.heirs] == [("Ahmad Fauzi", "Suami"), ("Nur Laili", "Anak")]
    assert accident.heirs == []


def test_list_filters_by_programme_and_is_newest_first(db, siti):
    add(db, siti, "JKK", "2025-07-10")
    add(db, siti, "JKK", "2026-02-03")
    add(db, siti, "JHT", "2026-03-03")
    with db.read() as session:
        rows = claims.list_claims(session, claims.ClaimFilter(programme="jkk"))
    assert [(r.programme, r.event_date.isoformat(), r.person_name) for r in rows] == [
        ("JKK", "2026-02-03", "Siti Aminah"), ("JKK", "2025-07-10", "Siti Aminah")]


@pytest.mark.parametrize(("programme", "event", "status", "paid", "message"), [
    ("JKP", "2026-01-01", "diajukan", None, "Program 'JKP' tidak dikenal"),
    ("JKK", "2026-12-01", "diajukan", None, "sesudah hari ini"),
    ("JKK", "2026-01-01", "dibayar", None, "isi tanggal dibayar"),
    ("JKK", "2026-01-01", "dibayar", "2025-12-01", "sebelum tanggal kejadian"),
    ("JKK", "2026-01-01", "selesai", None, "Status klaim 'selesai'"),
])
def test_bad_claims_are_refused_and_change_nothing(db, siti, programme, event, status, paid, message):
    with pytest.raises(UserError, match=message):
        add(db, siti, programme, event, 0, status, paid)
    with db.read() as session:
        assert claims.list_claims(session) == []


def test_edit_and_delete_are_audited(db, siti):
    claim_id = add(db, siti, "JKK", "2026-02-03")
    with db.write() as session:
        claims.update_claim(session, claim_id, claims.ClaimData(siti, "JKK", dt.date(2026, 2, 3), "Kecelakaan kerja",
                                                                2_500_000, "dibayar", dt.date(2026, 3, 1)), TODAY)
    with db.read() as session:
        assert claims.claim_detail(session, claim_id).amount == 2_500_000
    with db.write() as session:
        claims.delete_claim(session, claim_id)
    with db.read() as session:
        assert claims.list_claims(session) == []
        actions = [a for (a,) in session.query(AuditEntry.action)
                   .filter(AuditEntry.action.like("claim_%")).order_by(AuditEntry.id)]
    assert actions == ["claim_add", "claim_edit", "claim_delete"]


def test_cli_claim_add_list_and_summary(cli, db, siti):
    result = cli("claim", "add", "--person", str(siti), "--programme", "JKK", "--date", "03-02-2026",
                 "--amount", "Rp3.400.000", "--status", "dibayar", "--paid", "2026-03-01")
    assert result.exit_code == 0, result.output
    result = cli("claim", "add", "--person", str(siti), "--programme", "JKM", "--date", "2026-09-09")
    assert result.exit_code == 0, result.output
    listing = cli("claim", "list", "--programme", "JKM", "--heirs")
    assert "Siti Aminah" in listing.output and "Ahmad Fauzi (Suami)" in listing.output
    assert "JKK" not in listing.output.split("\n", 1)[1]
    summary = cli("claim", "summary")
    assert "JKK" in summary.output and "Rp3.400.000" in summary.output
    bad = cli("claim", "add", "--person", str(siti), "--programme", "JKX", "--date", "2026-01-01")
    assert bad.exit_code == 2 and "JKX" in bad.output


def test_summary_for_one_pac_counts_only_its_persons(db, siti, mojokerto):
    with db.write() as session:
        other = persons.add_person(session, persons.PersonData(name="Nur Hidayah", unit_id=mojokerto["mojosari"]))
    add(db, siti, "JKK", "2026-02-03", 3_400_000, "dibayar", "2026-03-01")
    add(db, other, "JKK", "2026-02-04", 1_000_000, "dibayar", "2026-03-01")
    with db.read() as session:
        in_sooko = claims.ClaimFilter(unit_ids=[mojokerto["sooko"]])
        sooko = {t.programme: t.paid for t in claims.summary(session, in_sooko)}
        everyone = {t.programme: t.paid for t in claims.summary(session)}
    assert sooko["JKK"] == 3_400_000 and everyone["JKK"] == 4_400_000

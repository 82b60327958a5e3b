"""The rate tables: a new row takes effect from its month, the row it replaces is closed the day
before, past months keep their price."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop import contributions, rate_tables
from desktop.domain import rates as rate_rules
from desktop.errors import UserError
from desktop.models import Rate

TODAY = dt.date(2026, 11, 25)


def jp_cap(value: str, start: str, **kw) -> rate_rules.RateRow:
    return rate_tables.rate_from_text("JP", "PU", "employer", "percent", "2", start, cap_rupiah=value, **kw)


def price(session, month: dt.date, wage: int = 12_000_000) -> int:
    profile = rate_rules.Profile(segment="PU", programmes=frozenset({"JP"}), wage=wage)
    return rate_rules.contribution(contributions.rate_rows(session), profile, month).employer


def test_a_new_jp_cap_closes_the_open_row_and_leaves_past_months_alone(db):
    with db.write() as session:
        added = rate_tables.add_rate(session, jp_cap("11.650.000", "2027-03", legal_basis="surat BPJS 2027"),
                                     today=TODAY)
    with db.read() as session:
        closed = session.get(Rate, added.closed[0])
        assert (closed.cap_rupiah, closed.valid_to) == (11_086_300, dt.date(2027, 2, 28))
        assert price(session, dt.date(2027, 2, 1)) == 221_726  # still the 2026 cap
        assert price(session, dt.date(2027, 3, 1)) == 233_000  # 2% of 11.650.000
        assert price(session, dt.date(2026, 3, 1)) == 221_726
        jp_rows = rate_tables.rates_in(session, "jp")
    assert all(r.programme == "JP" for r in jp_rows) and len(jp_rows) == 12 + 1


def test_a_discount_with_its_period_is_added_beside_the_base_rows(db):
    row = rate_tables.rate_from_text("JKM", "BPU", "participant", "discount_percent", "25", "2027-04",
                                     valid_to="2027-06", applies_to="payer!=APBN/APBD")
    with db.write() as session:
        added = rate_tables.add_rate(session, row, today=TODAY)
    assert added.closed == []
    with db.read() as session:
        pricer = contributions.pricer(session)
    profile = rate_rules.Profile(segment="BPU", programmes=frozenset({"JKK", "JKM"}), income=1_000_000)
    assert pricer.price(profile, dt.date(2027, 5, 1)).amount("JKM", "participant") == 5_100
    assert pricer.price(profile, dt.date(2027, 7, 1)).amount("JKM", "participant") == 6_800


@pytest.mark.parametrize(("row", "message"), [
    (lambda: jp_cap("11.650.000", "2026-10"), "sudah lewat"),
    (lambda: jp_cap("11.650.000", "2026-03", ), "sudah lewat"),
    (lambda: rate_tables.rate_from_text("JKK", "BPU", "participant", "discount_percent", "50", "2026-12",
                                        valid_to="2027-02", applies_to="payer!=APBN/APBD;sector=transport"),
     "tumpang tindih"),
    (lambda: rate_tables.rate_from_text("JKK", "XX", "participant", "percent", "1", "2027-01"), "segment 'XX'"),
    (lambda: rate_tables.rate_from_text("JKK", "BPU", "participant", "percent", "satu", "2027-01"), "bukan angka"),
])
def test_bad_rows_are_refused_and_change_nothing(db, row, message):
    with db.read() as session:
        before = len(contributions.rate_rows(session))
    with pytest.raises(UserError, match=message), db.write() as session:
        rate_tables.add_rate(session, row(), today=TODAY)
    with db.read() as session:
        assert len(contributions.rate_rows(session)) == before


def test_a_retroactive_change_is_allowed_when_asked_for_and_audited(db):
    with db.write() as session:
        added = rate_tables.add_rate(session, jp_cap("11.100.000", "2026-10"), today=TODAY, retroactive=True)
    with db.read() as session:
        assert price(session, dt.date(2026, 9, 1)) == 221_726
        assert price(session, dt.date(2026, 10, 1)) == 222_000
        assert session.get(Rate, added.id).value == Decimal(2)


def test_a_bracket_must_match_the_rates_and_closes_the_old_one(db):
    bracket = rate_rules.BracketRow(dt.date(2027, 1, 1), None, 0, 1_099_000, 1_000_000, 10_000, 6_800, 20_000,
                                    "PP 44/2015 Lampiran II", "verified")
    with db.write() as session:
        added = rate_tables.add_bracket(session, bracket, today=TODAY)
    with db.read() as session:
        rows = [b for b in rate_tables.brackets(session) if b.dasar_penghasilan == 1_000_000]
    assert [(b.valid_from, b.valid_to) for b in rows] == [(dt.date(2015, 7, 1), dt.date(2026, 12, 31)),
                                                          (dt.date(2027, 1, 1), None)]
    assert len(added.closed) == 1
    wrong = rate_rules.BracketRow(dt.date(2027, 2, 1), None, 1_900_000, 2_099_000, 2_000_000, 25_000, 6_800, 40_000,
                                  "", "")
    with pytest.raises(UserError, match="seharusnya 20000"), db.write() as session:
        rate_tables.add_bracket(session, wrong, today=TODAY)


def test_cli_rates_add_and_list(cli, db):
    result = cli("rates", "add", "--programme", "JP", "--segment", "PU", "--component", "worker", "--basis",
                 "percent", "--value", "1", "--cap", "11650000", "--from", "2099-03", "--legal-basis", "surat")
    assert result.exit_code == 0, result.output
    assert "ditutup per 28-02-2099" in result.output
    listing = cli("rates", "list", "--programme", "JP")
    assert "batas Rp11.650.000" in listing.output
    refused = cli("rates", "add", "--programme", "JP", "--segment", "PU", "--component", "worker", "--basis",
                  "percent", "--value", "1", "--cap", "11650000", "--from", "2020-03")
    assert refused.exit_code == 2 and "sudah lewat" in refused.output

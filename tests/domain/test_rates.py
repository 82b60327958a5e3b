"""Contribution calculator against the real resources/data/rates.csv.

Every worked example and boundary check of shared/domain/programmes-and-rates.md §11 and §11.1.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.domain.rates import (
    BracketRow,
    Profile,
    RateRow,
    add_months,
    check_bracket_ranges,
    check_brackets,
    check_overlaps,
    conditions_hold,
    contribution as _contribution,
    contribution_for_months as _contribution_for_months,
    known_incomes,
    load_brackets_csv,
    load_rates_csv,
    months_between,
    parse_applies_to,
    validate_rate_row,
)
from desktop.errors import UserError

DATA = Path(__file__).resolve().parents[2] / "resources" / "data"
ALL_PU = {"JKK", "JKM", "JHT", "JP"}
BRACKETS = load_brackets_csv(DATA / "bpu-income-brackets.csv")


def contribution(rows, profile, month, rounding="half_up"):
    """The calculator with the shipped bracket table (BPU incomes are priced through it)."""
    return _contribution(rows, profile, month, rounding, brackets=BRACKETS)


def contribution_for_months(rows, profile, months):
    return _contribution_for_months(rows, profile, months, brackets=BRACKETS)


@pytest.fixture(scope="module")
def rows() -> list[RateRow]:
    return load_rates_csv(DATA / "rates.csv")


def bpu(programmes=("JKK", "JKM"), income=1_000_000, payer="SELF", sector="other") -> Profile:
    return Profile("BPU", frozenset(programmes), income=income, payer=payer, sector=sector)


def pu(wage, programmes=ALL_PU, risk_group="I", **kw) -> Profile:
    return Profile("PU", frozenset(programmes), wage=wage, risk_group=risk_group, **kw)


# ---------------------------------------------------------------- loading


def test_csv_loads_every_row_with_typed_values(rows):
    assert len(rows) == 33
    jp = [r for r in rows if r.programme == "JP" and r.valid_from == date(2026, 3, 1) and r.component == "worker"]
    assert jp[0].cap_rupiah == 11_086_300 and jp[0].value == Decimal("1") and jp[0].valid_to is None
    assert isinstance(rows[0].value, Decimal) and rows[0].value == Decimal("0.24")


def test_seed_rows_do_not_overlap(rows):
    assert check_overlaps(rows) == []


def test_overlap_is_reported(rows):
    jp = next(r for r in rows if r.programme == "JP" and r.valid_from == date(2025, 3, 1) and r.component == "worker")
    clash = replace(jp, valid_from=date(2026, 2, 1), valid_to=None, value=Decimal("1.5"))
    messages = check_overlaps([*rows, clash])
    assert len(messages) == 2  # with the 2025 row (Feb 2026) and the open 2026 row
    assert all("tumpang tindih" in m for m in messages)


def test_overlap_ignores_condition_order():
    a = RateRow("JKK", "BPU", "participant", "discount_percent", Decimal(50), None, date(2026, 1, 1), None,
                "sector=transport;payer!=APBN", "x", "verified")
    b = replace(a, applies_to="payer!=APBN; sector=transport", valid_from=date(2026, 6, 1))
    assert len(check_overlaps([a, b])) == 1
    assert check_overlaps([a, replace(b, applies_to="sector=other")]) == []


def test_brackets_load_and_agree_with_rates(rows):
    brackets = load_brackets_csv(DATA / "bpu-income-brackets.csv")
    assert brackets[0].dasar_penghasilan == 1_000_000 and brackets[0].jkk == 10_000 and brackets[0].jht == 20_000
    assert (brackets[0].income_low, brackets[0].income_high, brackets[0].certainty) == (0, 1_099_000, "verified")
    assert len(brackets) == 33 and {b.certainty for b in brackets[1:]} == {"weak"}
    assert check_brackets(brackets, rows) == []
    assert check_bracket_ranges(brackets, date(2026, 5, 1)) == []
    clash = replace(brackets[1], income_high=1_300_000)  # reaches into the next row
    assert len(check_bracket_ranges([brackets[0], clash, *brackets[2:]], date(2026, 5, 1))) == 1
    assert known_incomes(brackets, date(2026, 5, 1))[:3] == [1_000_000, 1_200_000, 1_400_000]
    wrong = BracketRow(date(2015, 7, 1), None, None, None, 2_000_000, 10_000, 6_800, 40_000, "x", "weak")
    assert len(check_brackets([wrong], rows)) == 1


def test_bad_csv_row_names_the_file_row(tmp_path):
    text = (DATA / "rates.csv").read_text(encoding="utf-8").splitlines()
    text[3] = text[3].replace("2015-07-01", "2015-07-15")
    path = tmp_path / "rates.csv"
    path.write_text("\n".join(text), encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_rates_csv(path)
    assert "baris 4" in str(info.value) and "valid_from" in str(info.value)


def test_missing_column_is_a_user_error(tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("programme,segment\nJKK,PU\n", encoding="utf-8")
    with pytest.raises(UserError, match="Kolom berikut tidak ada"):
        load_rates_csv(path)


def test_validate_rate_row():
    row = RateRow("JKK", "XX", "boss", "percent", Decimal(1), None, date(2026, 1, 1), date(2025, 1, 1), "colour=red", "", "sure")
    problems = validate_rate_row(row)
    assert len(problems) == 5


# ---------------------------------------------------------------- conditions


@pytest.mark.parametrize(
    "text, facts, expected",
    [
        ("", {}, True),
        ("risk_group=I", {"risk_group": "I"}, True),
        ("risk_group=I", {"risk_group": "II"}, False),
        ("payer!=APBN/APBD", {"payer": "SELF"}, True),
        ("payer!=APBN/APBD", {"payer": "APBD"}, False),
        ("payer!=APBN/APBD", {"payer": "APBN"}, False),
        ("payer=ORG/DONOR", {"payer": "DONOR"}, True),
        ("sector=padat_karya;active_participants>=50", {"sector": "padat_karya", "active_participants": 50}, True),
        ("sector=padat_karya;active_participants>=50", {"sector": "padat_karya", "active_participants": 49}, False),
        ("opted_in=JHT", {"opted_in": frozenset({"JKK", "JKM", "JHT"})}, True),
        ("opted_in=JHT", {"opted_in": frozenset({"JKK", "JKM"})}, False),
        ("payer!=APBN", {}, False),  # an unknown fact never switches a rule on
    ],
)
def test_conditions_hold(text, facts, expected):
    assert conditions_hold(text, facts) is expected


@pytest.mark.parametrize("text", ["colour=red", "payer", "payer=", "active_participants>=many"])
def test_parse_applies_to_rejects(text):
    with pytest.raises(ValueError):
        parse_applies_to(text)


def test_parse_applies_to_parts():
    conds = parse_applies_to("payer!=APBN/APBD; sector=transport")
    assert [(c.key, c.op, c.values) for c in conds] == [
        ("payer", "!=", ("APBN", "APBD")),
        ("sector", "=", ("transport",)),
    ]


# ---------------------------------------------------------------- §11 worked examples


WORKED = [
    # (case, profile, month, expected total)
    ("1 BPU SELF Mar 2026", bpu(), date(2026, 3, 1), 16_800),
    ("2 BPU SELF May 2026", bpu(), date(2026, 5, 1), 8_400),
    ("3 BPU +JHT May 2026", bpu(("JKK", "JKM", "JHT")), date(2026, 5, 1), 28_400),
    ("4 BPU APBD May 2026", bpu(payer="APBD"), date(2026, 5, 1), 16_800),
    ("5 BPU transport Feb 2026", bpu(sector="transport"), date(2026, 2, 1), 8_400),
    ("5 non-transport Feb 2026", bpu(), date(2026, 2, 1), 16_800),
]


@pytest.mark.parametrize("case, profile, month, expected", WORKED, ids=[w[0] for w in WORKED])
def test_worked_examples_bpu(rows, case, profile, month, expected):
    result = contribution(rows, profile, month)
    assert result.total == expected
    assert result.participant == expected and result.employer == 0 and result.worker == 0


def test_case_3_line_detail(rows):
    result = contribution(rows, bpu(("JKK", "JKM", "JHT")), date(2026, 5, 1))
    assert result.by_programme() == {"JKK": 5_000, "JKM": 3_400, "JHT": 20_000}
    jht = next(l for l in result.lines if l.programme == "JHT")
    assert jht.discount_percent == 0 and jht.discount_legal_basis == ""  # JHT is never discounted
    jkk = next(l for l in result.lines if l.programme == "JKK")
    assert jkk.gross == Decimal(10_000) and jkk.discount_percent == Decimal(50) and "PP 50/2025" in jkk.discount_legal_basis


PU_CASES = [
    ("6 wage 3.000.000 2026", 3_000_000, date(2026, 6, 1), 187_200, 90_000, 277_200),
    ("6 wage 3.000.000 Jan 2026", 3_000_000, date(2026, 1, 1), 187_200, 90_000, 277_200),
    ("7 wage 12.000.000 Apr 2026", 12_000_000, date(2026, 4, 1), 730_526, 350_863, 1_081_389),
    ("8 wage 2.750.450 Jan 2026", 2_750_450, date(2026, 1, 1), 171_628, 82_514, 254_142),
]


@pytest.mark.parametrize("case, wage, month, employer, worker, total", PU_CASES, ids=[c[0] for c in PU_CASES])
def test_worked_examples_pu(rows, case, wage, month, employer, worker, total):
    result = contribution(rows, pu(wage), month)
    assert (result.employer, result.worker, result.total) == (employer, worker, total)
    assert result.participant == 0


def test_case_7_lines(rows):
    result = contribution(rows, pu(12_000_000), date(2026, 4, 1))
    assert result.amount("JP", "employer") == 221_726 and result.amount("JP", "worker") == 110_863
    jp = next(l for l in result.lines if l.programme == "JP")
    assert jp.base == 11_086_300  # min(wage, cap)
    assert result.amount("JHT", "employer") == 444_000 and result.amount("JKK", "employer") == 28_800


@pytest.mark.parametrize(
    "rule, employer, worker",
    [("half_up", 171_628, 82_514), ("half_even", 171_628, 82_513), ("truncate", 171_627, 82_513)],
)
def test_case_8_rounding_probe(rows, rule, employer, worker):
    result = contribution(rows, pu(2_750_450), date(2026, 1, 1), rounding=rule)
    assert (result.employer, result.worker) == (employer, worker)
    assert result.total == employer + worker


def test_case_8_line_amounts_half_up(rows):
    result = contribution(rows, pu(2_750_450), date(2026, 1, 1))
    assert result.amount("JKK", "employer") == 6_601
    assert result.amount("JKM", "employer") == 8_251
    assert result.amount("JHT", "employer") == 101_767
    assert result.amount("JP", "employer") == 55_009
    assert result.amount("JHT", "worker") == 55_009
    assert result.amount("JP", "worker") == 27_505


def test_unknown_rounding_rule_is_refused(rows):
    with pytest.raises(UserError, match="pembulatan"):
        contribution(rows, pu(3_000_000), date(2026, 1, 1), rounding="nearest")


# ---------------------------------------------------------------- §11.1 boundary checks

JKK_JKM_JHT = ("JKK", "JKM", "JHT")

BPU_BOUNDARIES = [
    ("non-transport +JHT Mar 2026", bpu(JKK_JKM_JHT), date(2026, 3, 1), 36_800),
    ("non-transport +JHT Apr 2026 first discounted", bpu(JKK_JKM_JHT), date(2026, 4, 1), 28_400),
    ("non-transport +JHT Dec 2026 last discounted", bpu(JKK_JKM_JHT), date(2026, 12, 1), 28_400),
    ("non-transport +JHT Jan 2027", bpu(JKK_JKM_JHT), date(2027, 1, 1), 36_800),
    ("transport Dec 2025", bpu(sector="transport"), date(2025, 12, 1), 16_800),
    ("transport Mar 2027 last", bpu(sector="transport"), date(2027, 3, 1), 8_400),
    ("transport Apr 2027", bpu(sector="transport"), date(2027, 4, 1), 16_800),
    ("transport APBN Feb 2026", bpu(sector="transport", payer="APBN"), date(2026, 2, 1), 16_800),
    # PP 49/2020: the "certain BPU" condition is not in the CSV, so every BPU gets the 99% off.
    ("PP 49/2020 Sep 2020", bpu(), date(2020, 9, 1), 168),
]


@pytest.mark.parametrize("case, profile, month, expected", BPU_BOUNDARIES, ids=[b[0] for b in BPU_BOUNDARIES])
def test_boundaries_bpu(rows, case, profile, month, expected):
    assert contribution(rows, profile, month).total == expected


def test_pp_49_2020_lines(rows):
    result = contribution(rows, bpu(), date(2020, 9, 1))
    assert result.by_programme() == {"JKK": 100, "JKM": 68}


def test_three_months_at_once_each_priced_alone(rows):
    months = months_between(date(2026, 3, 1), 3)
    assert months == [date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1)]
    period = contribution_for_months(rows, bpu(), months)
    assert [c.total for c in period.contributions] == [16_800, 8_400, 8_400]
    assert period.total == 33_600 and period.participant == 33_600
    assert period.by_month()[date(2026, 4, 1)] == 8_400
    assert period.by_programme() == {"JKK": 20_000, "JKM": 13_600}


@pytest.mark.parametrize(
    "month, employer, worker",
    [(date(2026, 2, 1), 210_948, 105_474), (date(2026, 3, 1), 221_726, 110_863)],
)
def test_boundaries_jp_cap(rows, month, employer, worker):
    result = contribution(rows, pu(12_000_000, {"JP"}), month)
    assert (result.employer, result.worker) == (employer, worker)


def test_jp_without_cap_row_is_an_error_not_zero(rows):
    with pytest.raises(UserError) as info:
        contribution(rows, pu(12_000_000, {"JP"}), date(2019, 6, 1))
    assert "Tarif JP untuk bulan Juni 2019 belum tersedia" in info.value.message


def test_no_row_at_all_is_an_error(rows):
    with pytest.raises(UserError, match="Tarif JKK untuk bulan Mei 2026 belum tersedia"):
        contribution([r for r in rows if r.programme != "JKK"], bpu(), date(2026, 5, 1))


@pytest.mark.parametrize("group, amount", [("I", 7_200), ("II", 16_200), ("III", 26_700), ("IV", 38_100), ("V", 52_200)])
def test_boundaries_jkk_by_risk_group(rows, group, amount):
    for month in (date(2016, 1, 1), date(2026, 7, 1)):
        result = contribution(rows, pu(3_000_000, {"JKK"}, risk_group=group), month)
        assert result.employer == amount and result.total == amount


def test_unknown_risk_group_has_no_rate(rows):
    with pytest.raises(UserError, match="belum tersedia"):
        contribution(rows, pu(3_000_000, {"JKK"}, risk_group="VI"), date(2026, 7, 1))


def test_boundary_micro_employer(rows):
    result = contribution(rows, pu(3_000_000, {"JKK", "JKM"}), date(2026, 7, 1))
    assert (result.employer, result.worker, result.total) == (16_200, 0, 16_200)


def test_boundary_padat_karya_pp_7_2025(rows):
    profile = pu(3_000_000, {"JKK"}, sector="padat_karya", active_participants=50)
    assert contribution(rows, profile, date(2025, 3, 1)).total == 3_600
    # fewer than 50 participants, or the month after PP 36/2025 ends: full rate
    assert contribution(rows, replace(profile, active_participants=49), date(2025, 3, 1)).total == 7_200
    assert contribution(rows, profile, date(2026, 1, 1)).total == 3_600  # PP 36/2025 extension
    assert contribution(rows, profile, date(2026, 2, 1)).total == 7_200


# ---------------------------------------------------------------- other rules


def test_bpu_jht_only_when_opted_in(rows):
    assert "JHT" not in contribution(rows, bpu(), date(2026, 3, 1)).by_programme()
    assert contribution(rows, bpu(JKK_JKM_JHT), date(2026, 3, 1)).by_programme()["JHT"] == 20_000


def test_jp_not_available_for_bpu(rows):
    with pytest.raises(UserError, match="JP tidak tersedia untuk peserta BPU"):
        contribution(rows, bpu(("JKK", "JKM", "JP")), date(2026, 3, 1))


def test_jkp_is_a_flag_without_bill(rows):
    result = contribution(rows, pu(3_000_000, {"JKK", "JKM", "JKP"}), date(2026, 7, 1))
    assert result.total == 16_200 and "JKP" not in result.by_programme()


# Each by hand from bpu-income-brackets.csv: JKK 1% of the bracket's dasar, JKM flat 6.800, both
# halved (PP 50/2025) in May 2026 for a non-transport SELF payer; never 1% of the income itself.
@pytest.mark.parametrize("income, dasar, march, may", [
    (300_000, 1_000_000, 10_000 + 6_800, 5_000 + 3_400),  # floor: not 1% of 300.000 = 3.000
    (999_999, 1_000_000, 16_800, 8_400),
    (1_099_000, 1_000_000, 16_800, 8_400),  # last income of the floor row
    (1_099_500, 1_000_000, 16_800, 8_400),  # between 1.099.000 and the next row's 1.100.000
    (1_100_000, 1_200_000, 12_000 + 6_800, 6_000 + 3_400),
    (1_500_000, 1_600_000, 16_000 + 6_800, 8_000 + 3_400),
    (25_000_000, 20_700_000, 207_000 + 6_800, 103_500 + 3_400),  # open top row
])
def test_bpu_income_is_priced_from_its_bracket(rows, income, dasar, march, may):
    mar = contribution(rows, bpu(income=income), date(2026, 3, 1))
    assert mar.bracket.dasar_penghasilan == dasar
    assert mar.total == march
    assert contribution(rows, bpu(income=income), date(2026, 5, 1)).total == may


def test_floor_bracket_with_jht_and_the_discount_said(rows):
    result = contribution(rows, bpu(JKK_JKM_JHT, income=300_000), date(2026, 5, 1))
    assert result.by_programme() == {"JKK": 5_000, "JKM": 3_400, "JHT": 20_000}
    assert (result.normal_total, result.discount, result.total) == (36_800, 8_400, 28_400)
    assert not result.from_weak_row  # the floor row is verified
    assert contribution(rows, bpu(income=1_500_000), date(2026, 5, 1)).from_weak_row


@pytest.mark.parametrize("income", [0, None])
def test_no_income_is_a_problem_not_the_floor(rows, income):
    profile = Profile("BPU", frozenset({"JKK", "JKM"}), income=income, wage=0 if income is None else None)
    with pytest.raises(UserError, match="Penghasilan belum diisi"):
        contribution(rows, profile, date(2026, 3, 1))


def test_income_the_table_cannot_place_is_a_problem(rows):
    without_floor = [b for b in BRACKETS if b.income_low != 0]
    with pytest.raises(UserError, match="tidak masuk golongan"):
        _contribution(rows, bpu(income=300_000), date(2026, 3, 1), brackets=without_floor)
    capped = [replace(BRACKETS[-1], income_high=21_199_000)]
    with pytest.raises(UserError, match="tidak masuk golongan"):
        _contribution(rows, bpu(income=25_000_000), date(2026, 3, 1), brackets=capped)
    with pytest.raises(UserError, match="golongan penghasilan BPU tidak tersedia"):
        _contribution(rows, bpu(income=300_000), date(2026, 3, 1))


def test_two_discounts_in_one_month_stop_the_calculator(rows):
    extra = RateRow("JKK", "BPU", "participant", "discount_percent", Decimal(20), None, date(2026, 5, 1),
                    date(2026, 5, 31), "payer=SELF", "test", "uncertain")
    with pytest.raises(UserError, match="Dua keringanan"):
        contribution([*rows, extra], bpu(), date(2026, 5, 1))


def test_new_relief_rule_is_data_only(rows):
    relief = RateRow("JKM", "BPU", "participant", "discount_percent", Decimal(100), None, date(2028, 1, 1),
                     date(2028, 12, 31), "payer=ORG", "future PP", "uncertain")
    assert contribution([*rows, relief], bpu(payer="ORG"), date(2028, 6, 1)).by_programme()["JKM"] == 0
    assert contribution([*rows, relief], bpu(payer="SELF"), date(2028, 6, 1)).by_programme()["JKM"] == 6_800


def test_month_in_the_middle_is_normalised(rows):
    assert contribution(rows, bpu(), date(2026, 3, 31)).month == date(2026, 3, 1)
    assert contribution(rows, bpu(), date(2026, 4, 15)).total == 8_400


def test_profile_validation():
    with pytest.raises(UserError):
        Profile("XYZ", frozenset({"JKK"}), income=1)
    with pytest.raises(UserError):
        Profile("BPU", frozenset({"JKK"}))
    with pytest.raises(UserError):
        Profile("BPU", frozenset({"JKK"}), income=1_000_000.0)  # type: ignore[arg-type]
    assert Profile("pu", ["jkk"], wage=5).programmes == frozenset({"JKK"})


def test_add_months_across_years():
    assert add_months(date(2026, 11, 20), 3) == date(2027, 2, 1)
    assert months_between(date(2026, 1, 1), 12)[-1] == date(2026, 12, 1)
    assert months_between(date(2026, 1, 1), 0) == []

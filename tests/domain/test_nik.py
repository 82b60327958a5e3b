"""NIK rules of identity-numbers.md §1.2, §1.3 and §9."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.nik import age_on, bpu_age_warning, check_nik, clean_digits, decode_nik, mask_nik
from desktop.domain.problems import Problem, has_errors

DATA = Path(__file__).resolve().parents[2] / "resources" / "data"
REF = date(2026, 5, 15)
EXAMPLE = "3516135205750003"
EXCEL_MESSAGE = (
    "Kolom NIK baris 7 berisi angka, bukan teks; Excel sudah memotong digit ke-16. "
    "Format kolom sebagai Teks lalu ketik ulang NIK."
)


@pytest.fixture(scope="module")
def kecamatan_known():
    with (DATA / "regions.csv").open(encoding="utf-8") as handle:
        codes = {r["code"] for r in csv.DictReader(handle) if r["level"] in ("kecamatan", "kabkota")}
    return codes.__contains__


def codes(check) -> set[str]:
    return {p.code for p in check.problems}


def test_example_nik(kecamatan_known):
    check = check_nik(EXAMPLE, reference=REF, kecamatan_known=kecamatan_known)
    assert check.value == EXAMPLE
    assert check.birth_date == date(1975, 5, 12)
    assert check.sex == "P"
    assert check.kecamatan_code == "35.16.13"
    assert check.problems == [] and check.ok


def test_example_matches_the_form():
    check = check_nik(EXAMPLE, typed_birth=date(1975, 5, 12), typed_sex="P", reference=REF)
    assert check.problems == []


@pytest.mark.parametrize("raw", ["3516 1352 0575 0003", "3516.1352.0575.0003", "3516-1352-0575-0003", f" {EXAMPLE} "])
def test_separators_are_removed(raw):
    assert check_nik(raw, reference=REF).value == EXAMPLE


@pytest.mark.parametrize("raw", [3516135205750003, 3516135205750000, 3.51613520575e15])
def test_numeric_cell_is_rejected_with_the_fixed_text(raw):
    check = check_nik(raw, reference=REF, row=7)
    assert check.value is None
    assert check.problems[0].code == "nik_numeric_cell"
    assert check.problems[0].message == EXCEL_MESSAGE
    assert has_errors(check.problems)


def test_empty_number_cell_is_empty_not_numeric():
    assert codes(check_nik(None, was_text=False)) == {"nik_empty"}


def test_was_text_false_is_rejected():
    check = check_nik(EXAMPLE, was_text=False, reference=REF)
    assert codes(check) == {"nik_numeric_cell"} and check.value is None
    assert check.problems[0].message.startswith("Kolom NIK berisi angka, bukan teks")


@pytest.mark.parametrize("raw", ["3.51613E+15", "3,51613E+15", "3.51614E15", "3516135205750003e0"])
def test_scientific_text_is_rejected(raw):
    check = check_nik(raw, reference=REF, row=7)
    assert check.problems[0].code == "nik_numeric_cell" and check.problems[0].message == EXCEL_MESSAGE


def test_length_message():
    check = check_nik("351613520575000", reference=REF)
    assert codes(check) == {"nik_length"}
    assert check.problems[0].message.startswith("NIK harus 16 digit angka; yang tertulis 15 digit.")
    assert check.problems[0].field == "nik" and check.problems[0].severity == "error"


@pytest.mark.parametrize(
    "raw, code",
    [
        ("", "nik_empty"),
        (None, "nik_empty"),
        ("  ", "nik_empty"),
        ("35161352057500031", "nik_length"),
        ("35161352O5750003", "nik_not_digits"),  # letter O
        ("３５１６１３５２０５７５０００３", "nik_not_digits"),  # full-width digits are not ASCII
        ("0516135205750003", "nik_province"),
        ("1016135205750003", "nik_province"),
        ("3516133205750003", "nik_day"),  # 32
        ("3516130005750003", "nik_day"),  # 00
        ("3516134005750003", "nik_day"),  # 40
        ("3516137205750003", "nik_day"),  # 72
        ("3516131213750003", "nik_month"),
        ("3516131200750003", "nik_month"),
        ("3516133102750003", "nik_date"),  # 31 February
        ("3516132902010003", "nik_date"),  # 29-02-01: no leap year in 1901 or 2001
        ("3516137102750003", "nik_date"),  # woman, 31 February
        ("3516135205750000", "nik_serial"),
    ],
)
def test_errors(raw, code):
    check = check_nik(raw, reference=REF)
    assert code in codes(check)
    assert has_errors(check.problems) and check.value is None


@pytest.mark.parametrize("raw, born", [("1116131205750003", date(1975, 5, 12)), ("9616130105750003", date(1975, 5, 1))])
def test_province_bounds_are_valid(raw, born):
    check = check_nik(raw, reference=REF)
    assert check.ok and check.birth_date == born and check.sex == "L"


def test_29_february_00_is_valid():
    check = check_nik("3516132902000003", reference=REF)
    assert check.ok and check.birth_date == date(2000, 2, 29)
    woman = check_nik("3516136902000003", reference=REF)
    assert woman.ok and woman.birth_date == date(2000, 2, 29) and woman.sex == "P"


def test_day_bounds():
    assert check_nik("3516133105750003", reference=REF).birth_date == date(1975, 5, 31)
    assert check_nik("3516134105750003", reference=REF).birth_date == date(1975, 5, 1)
    assert check_nik("3516137105750003", reference=REF).birth_date == date(1975, 5, 31)


def test_unknown_kecamatan_is_a_warning(kecamatan_known):
    check = check_nik("3516995205750003", reference=REF, kecamatan_known=kecamatan_known)
    assert codes(check) == {"nik_kecamatan_unknown"}
    assert check.value == "3516995205750003"  # a warning keeps the value
    assert not has_errors(check.problems)


def test_other_region_is_normal(kecamatan_known):
    check = check_nik("3578015205750003", reference=REF, kecamatan_known=kecamatan_known)
    assert check.problems == [] and check.kecamatan_code == "35.78.01"


def test_mojoanyar_is_known(kecamatan_known):
    assert kecamatan_known("35.16.18")


def test_sex_mismatch_is_a_warning():
    check = check_nik(EXAMPLE, typed_sex="L", reference=REF)
    assert codes(check) == {"nik_sex_mismatch"} and check.value == EXAMPLE
    assert check.problems[0].severity == "warning"


def test_birth_mismatch_is_a_warning():
    check = check_nik(EXAMPLE, typed_birth=date(1975, 6, 12), reference=REF)
    assert codes(check) == {"nik_birth_mismatch"} and check.value == EXAMPLE


# ---------------------------------------------------------------- century inference (§1.3)


def test_century_from_the_form():
    # 20-05-05 could be 2005 (age 21), but the form says 1905 and matches day, month and year digits.
    check = check_nik("3516132005050003", typed_birth=date(1905, 5, 20), reference=REF, max_age=130)
    assert check.birth_date == date(1905, 5, 20) and check.problems == []


def test_century_most_recent_not_in_future():
    assert check_nik("3516132005050003", reference=REF).birth_date == date(2005, 5, 20)
    assert check_nik("3516131505260003", reference=REF).birth_date == date(2026, 5, 15)  # today: not future
    assert check_nik("3516131605260003", reference=REF, max_age=120).birth_date == date(1926, 5, 16)


def test_century_with_mismatching_form_uses_the_rule():
    check = check_nik("3516132005050003", typed_birth=date(1905, 6, 20), reference=REF)
    assert check.birth_date == date(2005, 5, 20)
    assert "nik_birth_mismatch" in codes(check)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("3516131605110003", True),  # 16-05-2011: 14 years on 15-05-2026
        ("3516131505110003", False),  # 15-05-2011: 15 years today
        ("3516131505260003", True),  # born today: 0 years
        ("3516131505760003", False),  # 50 years
    ],
)
def test_age_range_warning(raw, expected):
    check = check_nik(raw, reference=REF, min_age=15, max_age=100)
    assert ("nik_age_range" in codes(check)) is expected
    assert not has_errors(check.problems) and check.value == raw


def test_age_limits_are_parameters():
    check = check_nik("3516131505110003", reference=REF)  # 15
    assert "nik_age_range" not in codes(check)
    assert "nik_age_range" in codes(check_nik("3516131505110003", reference=REF, min_age=17))
    old = check_nik("3516130101250003", reference=date(2126, 1, 2))  # 2025 → 101 years old
    assert "nik_age_range" in codes(old)
    assert "nik_age_range" not in codes(check_nik("3516130101250003", reference=date(2126, 1, 2), max_age=101))


def test_age_on():
    assert age_on(date(1975, 5, 12), date(2026, 5, 11)) == 50
    assert age_on(date(1975, 5, 12), date(2026, 5, 12)) == 51
    assert age_on(date(2000, 2, 29), date(2026, 2, 28)) == 25


@pytest.mark.parametrize(
    "birth, on, warns",
    [(date(1961, 5, 15), date(2026, 5, 15), True), (date(1961, 5, 16), date(2026, 5, 15), False), (None, REF, False)],
)
def test_bpu_age_warning(birth, on, warns):
    problem = bpu_age_warning(birth, on)
    assert (problem is not None) is warns
    if problem:
        assert problem.severity == "warning" and "65" in problem.message


# ---------------------------------------------------------------- helpers


def test_decode_nik():
    assert decode_nik(EXAMPLE) == (date(1975, 5, 12), "P")
    assert decode_nik("3516-1312-0575-0003", reference=REF) == (date(1975, 5, 12), "L")
    with pytest.raises(ValueError):
        decode_nik("3516133102750003")
    with pytest.raises(ValueError):
        decode_nik("123")


def test_mask_nik():
    assert mask_nik(EXAMPLE) == "3516••••••••0003"
    assert mask_nik("") == "" and mask_nik(None) == ""
    assert mask_nik("1234") == "••••"


def test_clean_digits():
    assert clean_digits(" 35.16-13 52\u00a005 ") == "3516135205"
    assert clean_digits(None) == ""


@given(st.one_of(st.text(), st.integers(), st.floats(), st.none(), st.binary()), st.booleans())
def test_check_nik_never_raises(raw, was_text):
    check = check_nik(raw, was_text=was_text, reference=REF)
    assert all(isinstance(p, Problem) for p in check.problems)
    assert check.value is None or (len(check.value) == 16 and check.value.isdigit())


@given(st.from_regex(r"[1-9][0-9]{15}", fullmatch=True), st.dates(min_value=date(1900, 1, 1)))
def test_check_nik_on_digit_strings(raw, birth):
    check = check_nik(raw, reference=REF, typed_birth=birth, typed_sex="L", kecamatan_known=lambda c: False)
    if check.value is not None:
        assert check.birth_date is not None and check.sex in ("L", "P")

"""KK, KPJ, NPSN, NSM, postal code and NPP (identity-numbers.md §2–§5, §7, §9)."""
from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.domain.identifiers import check_kk, check_kpj, check_npsn, check_nsm, check_postal_code, clean_npp

DATA = Path(__file__).resolve().parents[2] / "resources" / "data"


@pytest.fixture(scope="module")
def region_known():
    with (DATA / "regions.csv").open(encoding="utf-8") as handle:
        codes = {r["code"] for r in csv.DictReader(handle) if r["level"] in ("kecamatan", "kabkota")}
    return codes.__contains__


def codes(problems) -> set[str]:
    return {p.code for p in problems}


# ---------------------------------------------------------------- KK


def test_kk_valid(region_known):
    assert check_kk("3516 1301 0120 0012", region_known=region_known) == ("3516130101200012", [])


def test_kk_date_part_is_never_validated():
    # digits 7–12 are no date at all: still accepted
    assert check_kk("3516139999990000")[0] == "3516139999990000"


@pytest.mark.parametrize(
    "raw, code",
    [("351613010120001", "kk_length"), ("35161301012000123", "kk_length"), ("3516A30101200012", "kk_not_digits"),
     ("1016130101200012", "kk_province"), ("0016130101200012", "kk_province")],
)
def test_kk_errors(raw, code):
    value, problems = check_kk(raw)
    assert value is None and code in codes(problems) and problems[0].severity == "error"


def test_kk_numeric_cell_uses_the_excel_message():
    value, problems = check_kk(3516130101200010, row=4)
    assert value is None and problems[0].code == "kk_numeric_cell"
    assert problems[0].message.startswith("Kolom KK baris 4 berisi angka, bukan teks; Excel sudah memotong digit ke-16.")
    assert check_kk("3.51613E+15")[1][0].code == "kk_numeric_cell"
    assert check_kk("3516130101200012", was_text=False)[1][0].code == "kk_numeric_cell"


def test_kk_unknown_region_is_a_warning(region_known):
    value, problems = check_kk("3516990101200012", region_known=region_known)
    assert value == "3516990101200012" and codes(problems) == {"kk_kecamatan_unknown"}
    assert problems[0].severity == "warning"


def test_kk_empty_is_left_to_the_caller():
    assert check_kk("") == (None, []) and check_kk(None) == (None, [])


# ---------------------------------------------------------------- KPJ


@pytest.mark.parametrize("raw", ["12345678901", "123 4567 8901", "123.456.789.01", "01234567890"])
def test_kpj_text_valid(raw):
    value, problems = check_kpj(raw)
    assert problems == [] and value == raw.replace(" ", "").replace(".", "")


@pytest.mark.parametrize("raw", [12345678901, 12345678901.0, Decimal("12345678901"), "12345678901.0"])
def test_kpj_numeric_cell_of_11_digits_is_accepted(raw):
    assert check_kpj(raw, was_text=not isinstance(raw, str)) == ("12345678901", [])


@pytest.mark.parametrize(
    "raw, was_text, code",
    [
        (1234567890, True, "kpj_length"),  # a leading 0 lost in a number cell
        (12345678901.5, True, "kpj_numeric_cell"),
        ("1.23457E+10", True, "kpj_numeric_cell"),
        ("1234567890", True, "kpj_length"),
        ("123456789012", True, "kpj_length"),
        ("1234567890A", True, "kpj_not_digits"),
        (-12345678901, True, "kpj_numeric_cell"),
    ],
)
def test_kpj_errors(raw, was_text, code):
    value, problems = check_kpj(raw, was_text=was_text)
    assert value is None and codes(problems) == {code}


def test_kpj_message():
    assert check_kpj("1234567890")[1][0].message == "Nomor KPJ harus 11 digit angka; yang tertulis 10 digit."


# ---------------------------------------------------------------- NPSN, NSM, postal code, NPP


def test_npsn():
    assert check_npsn("20512345") == ("20512345", [])
    assert check_npsn(20512345) == ("20512345", [])
    assert check_npsn(20512345.0) == ("20512345", [])
    assert codes(check_npsn("2051234")[1]) == {"npsn_length"}
    assert codes(check_npsn("2051234X")[1]) == {"npsn_not_digits"}


def test_nsm_length_is_a_setting():
    assert check_nsm("101235160001") == ("101235160001", [])
    assert check_nsm(101235160001) == ("101235160001", [])
    assert codes(check_nsm("10123516000")[1]) == {"nsm_length"}
    assert check_nsm("10123516000", length=11) == ("10123516000", [])
    assert check_nsm("1012", length=None) == ("1012", [])
    assert codes(check_nsm("10-12-x", length=None)[1]) == {"nsm_not_digits"}


def test_postal_code():
    assert check_postal_code("61364") == ("61364", [])
    assert check_postal_code(61364) == ("61364", [])
    assert check_postal_code(61364.0) == ("61364", [])
    assert codes(check_postal_code("6136")[1]) == {"postal_code_length"}
    assert codes(check_postal_code("613645")[1]) == {"postal_code_length"}
    value, problems = check_postal_code("61364", expected="61361")
    assert value == "61364" and codes(problems) == {"postal_code_differs"} and problems[0].severity == "warning"
    assert check_postal_code("61361", expected="61361") == ("61361", [])


def test_npp():
    assert clean_npp("  ab 12345  ") == ("AB 12345", [])
    assert clean_npp("") == (None, [])
    assert clean_npp(None) == (None, [])
    value, problems = clean_npp("  ", required=True)
    assert value is None and codes(problems) == {"npp_empty"}

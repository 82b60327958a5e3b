"""Issue #18: identity and phone numbers other validators reject, and odd input that must never
raise a raw Python error (NaN, Infinity, huge, empty, wrong types) in the domain rules."""
from __future__ import annotations

import csv
import math
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import dates_id, money
from desktop.domain.identifiers import check_kk, clean_npp
from desktop.domain.nik import PROVINCES, check_nik
from desktop.domain.phone import normalise_phone
from desktop.domain.rates import Profile
from desktop.errors import UserError

DATA = Path(__file__).resolve().parents[2] / "resources" / "data"
REF = date(2026, 11, 2)
ODD_NUMBERS = [math.nan, math.inf, -math.inf, Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"),
               Decimal("sNaN"), 10**30, Decimal("1e40"), -1, 0, "", None, [], "x"]


@pytest.fixture(scope="module")
def region_known():
    with (DATA / "regions.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["code"] for r in rows if r["level"] == "provinsi"} == PROVINCES  # the constant is the shipped list
    return {r["code"] for r in rows if r["level"] in ("kecamatan", "kabkota")}.__contains__


# ---------------------------------------------------------------- NIK regions


@pytest.mark.parametrize("province", ["20", "30", "37", "40", "50", "54", "60", "66", "70", "77", "80", "83",
                                      "90", "97", "98", "99"])
def test_a_province_that_does_not_exist_is_an_error(province, region_known):
    check = check_nik(f"{province}16135205750003", reference=REF, kecamatan_known=region_known)
    assert check.value is None and [p.code for p in check.problems] == ["nik_province"]
    assert f"({province}) bukan kode provinsi yang ada" in check.problems[0].message


def test_an_unknown_regency_is_a_warning_naming_it(region_known):
    check = check_nik("3569135205750003", reference=REF, kecamatan_known=region_known)
    assert check.value == "3569135205750003"
    assert [(p.severity, p.code) for p in check.problems] == [("warning", "nik_regency_unknown")]
    assert "35.69" in check.problems[0].message


def test_an_unknown_kecamatan_of_a_known_regency_is_a_warning(region_known):
    check = check_nik("3516995205750003", reference=REF, kecamatan_known=region_known)
    assert [(p.severity, p.code) for p in check.problems] == [("warning", "nik_kecamatan_unknown")]


def test_a_region_callback_that_raises_does_not_reject_the_nik():
    def broken(code):
        raise KeyError(code)
    check = check_nik("3516135205750003", reference=REF, kecamatan_known=broken)
    assert check.value == "3516135205750003"
    assert [(p.severity, p.code) for p in check.problems] == [("warning", "nik_region_unchecked")]


def test_kk_province_uses_the_same_list():
    value, problems = check_kk("9916130101200012")
    assert value is None and [p.code for p in problems] == ["kk_province"]


@settings(max_examples=300)
@given(st.one_of(st.text(), st.from_regex(r"[0-9]{16}", fullmatch=True), st.integers(), st.floats(),
                 st.decimals(), st.none(), st.binary()))
def test_check_nik_never_raises_and_a_value_is_always_16_known_digits(raw):
    check = check_nik(raw, reference=REF)
    if check.value is not None:
        assert len(check.value) == 16 and check.value.isdigit() and check.value[:2] in PROVINCES
        assert check.birth_date is not None and check.sex in ("L", "P")


# ---------------------------------------------------------------- phones


@pytest.mark.parametrize("raw, expected", [
    ("+62 0812-3456-7890", "6281234567890"),
    ("+620812 3456 7890", "6281234567890"),
    ("0062 812 3456 7890", "6281234567890"),
    ("0812\u200b3456\u00a07890", "6281234567890"),  # pasted from a chat app
    ("0895 1234 5678", "6289512345678"),
])
def test_mobiles_repaired(raw, expected):
    check = normalise_phone(raw)
    assert (check.value, check.problems) == (expected, [])


@pytest.mark.parametrize("raw, why", [
    ("081234567", "9 digit"),  # 9 digits
    ("08123456789012", "14 digit"),  # 14 digits
    ("0801234567890", "awalan 0801"),
    ("0840 1234 5678", "awalan 0840"),
    ("0321-123456", "diawali 08"),
])
def test_not_mobiles_are_kept_as_typed_with_the_reason(raw, why):
    check = normalise_phone(raw)
    assert check.value == raw and [p.code for p in check.problems] == ["phone_not_mobile"]
    assert why in check.problems[0].message


@pytest.mark.parametrize("raw", [math.nan, Decimal("NaN"), float("inf")])
def test_phone_nan_is_empty_not_the_text_nan(raw):
    check = normalise_phone(raw, was_text=False)
    assert check.value is None


def test_phone_of_another_type_is_not_stored_as_its_repr():
    check = normalise_phone(["0812"])
    assert check.value is None and check.problems[0].code == "phone_not_mobile"


@settings(max_examples=300)
@given(st.one_of(st.text(), st.integers(), st.floats(), st.decimals(), st.none(),
                 st.from_regex(r"(\+62 ?0?|62|0|00 ?62)?8[0-9 \-.]{6,16}", fullmatch=True)))
def test_phone_never_raises_and_a_canonical_value_is_a_real_mobile(raw):
    check = normalise_phone(raw, was_text=isinstance(raw, str))
    if check.value is None:
        return
    assert check.value != "nan"
    if not any(p.code == "phone_not_mobile" for p in check.problems):
        assert check.value.startswith("628") and 11 <= len(check.value) <= 14  # 08… with 10–13 digits
    assert normalise_phone(check.value).value == check.value  # idempotent


# ---------------------------------------------------------------- money and dates


@pytest.mark.parametrize("func", [money.rupiah, money.number_id, money.round_rupiah, money.rupiah_decimals,
                                  money.terbilang, money.percent_id])
@pytest.mark.parametrize("raw", ODD_NUMBERS)
def test_money_gives_its_own_message_or_a_type_error(func, raw):
    try:
        func(raw)
    except TypeError as exc:  # a programming error at the boundary: the wrong kind of value
        assert "harus" in str(exc)
    except ValueError as exc:
        assert any(word in str(exc) for word in ("rupiah", "Jumlah", "Angka", "Persen", "negatif")), exc


@given(st.one_of(st.decimals(), st.integers(min_value=-10**40, max_value=10**40)))
def test_money_formats_never_raise_anything_else(raw):
    for func in (money.rupiah, money.number_id, money.round_rupiah):
        try:
            func(raw)
        except ValueError as exc:
            assert "Jumlah" in str(exc)


@given(st.one_of(st.floats(), st.integers(), st.text(), st.none()))
def test_excel_serial_gives_a_date_or_an_indonesian_message(raw):
    try:
        result = dates_id.excel_serial_to_date(raw)
    except ValueError as exc:
        assert "Nomor seri" in str(exc)
    else:
        assert date(1900, 1, 1) <= result <= date(9999, 12, 31)


def test_excel_serial_huge():
    with pytest.raises(ValueError, match="tidak sah"):
        dates_id.excel_serial_to_date(1e9)


@given(st.text())
def test_parse_month_and_date_give_an_indonesian_message(text):
    for parse in (dates_id.parse_month, lambda t: dates_id.parse_date_id(t, reference=REF)):
        try:
            parse(text)
        except ValueError as exc:
            assert any(word in str(exc) for word in ("Bulan", "Tanggal", "Hari")), exc


@pytest.mark.parametrize("text", ["0000-01", "00-0000", "Mei 0000", "2026-13"])
def test_parse_month_rejects_impossible_years(text):
    with pytest.raises(ValueError, match="Bulan"):
        dates_id.parse_month(text)


# ---------------------------------------------------------------- NPP and the price profile


def test_npp_of_another_type_is_an_error_not_its_repr():
    value, problems = clean_npp(["x"])
    assert value is None and problems[0].code == "npp_not_text"
    assert clean_npp(1234567.0) == ("1234567", [])


def test_profile_programmes_as_one_string_are_codes_not_letters():
    assert Profile(segment="BPU", programmes="JKK", income=1_000_000).programmes == {"JKK"}
    assert Profile(segment="BPU", programmes="jkk jkm", income=1_000_000).programmes == {"JKK", "JKM"}
    with pytest.raises(UserError):
        Profile(segment="BPU", programmes=[1, 2], income=1_000_000)

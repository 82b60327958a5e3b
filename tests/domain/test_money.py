"""Terbilang (writing-conventions.md §2), rupiah formats, parsing and rounding (programmes-and-rates.md §7)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.money import (
    number_id,
    parse_rupiah,
    percent_id,
    round_rupiah,
    rupiah,
    rupiah_decimals,
    rupiah_words,
    terbilang,
)

TABLE = [
    (11, "sebelas"),
    (100, "seratus"),
    (115, "seratus lima belas"),
    (1_000, "seribu"),
    (10_000, "sepuluh ribu"),
    (16_800, "enam belas ribu delapan ratus"),
    (110_863, "seratus sepuluh ribu delapan ratus enam puluh tiga"),
    (221_726, "dua ratus dua puluh satu ribu tujuh ratus dua puluh enam"),
    (1_001_000, "satu juta seribu"),
    (1_820_000, "satu juta delapan ratus dua puluh ribu"),
    (1_000_000_000, "satu miliar"),
    (2_500_000_000_000, "dua triliun lima ratus miliar"),
]


@pytest.mark.parametrize("n, words", TABLE)
def test_terbilang_table(n, words):
    assert terbilang(n) == words
    assert terbilang(Decimal(n)) == words


@pytest.mark.parametrize(
    "n, words",
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (21, "dua puluh satu"),
        (99, "sembilan puluh sembilan"),
        (101, "seratus satu"),
        (110, "seratus sepuluh"),
        (111, "seratus sebelas"),
        (200, "dua ratus"),
        (1_001, "seribu satu"),
        (1_999, "seribu sembilan ratus sembilan puluh sembilan"),
        (2_000, "dua ribu"),
        (2_017, "dua ribu tujuh belas"),
        (11_000, "sebelas ribu"),
        (100_000, "seratus ribu"),
        (101_000, "seratus satu ribu"),
        (1_000_000, "satu juta"),
        (1_000_001, "satu juta satu"),
        (1_000_000_000_000, "satu triliun"),
        (1_001_001_001, "satu miliar satu juta seribu satu"),
        (36_800, "tiga puluh enam ribu delapan ratus"),
    ],
)
def test_terbilang_more(n, words):
    assert terbilang(n) == words


@pytest.mark.parametrize("bad", [1.0, 16800.0, "16800", None, True])
def test_terbilang_rejects_non_integers(bad):
    with pytest.raises(TypeError):
        terbilang(bad)


@pytest.mark.parametrize("bad", [-1, Decimal("-5"), Decimal("1.5"), Decimal("NaN"), 10**15])
def test_terbilang_rejects_negative_fraction_and_huge(bad):
    with pytest.raises(ValueError):
        terbilang(bad)


@given(st.integers(min_value=1, max_value=10**15 - 1))
def test_terbilang_properties(n):
    words = terbilang(n)
    assert "nol" not in words.split()
    assert "sejuta" not in words and "semiliar" not in words and "setriliun" not in words
    assert "  " not in words and words == words.strip()
    for w in words.split():
        if w.startswith("se") and w not in ("sembilan",):
            assert w in ("sepuluh", "sebelas", "seratus", "seribu")


def test_rupiah_formats():
    assert rupiah(10_000) == "Rp10.000"
    assert rupiah(0) == "Rp0"
    assert rupiah(1_081_389) == "Rp1.081.389"
    assert rupiah(Decimal("27504.5")) == "Rp27.505"
    assert rupiah(-500) == "-Rp500"
    assert rupiah_decimals(10_000) == "Rp10.000,00"
    assert rupiah_decimals(Decimal("6601.08")) == "Rp6.601,08"
    assert rupiah_decimals(5) == "Rp5,00"
    assert number_id(1_500_000) == "1.500.000"


def test_rupiah_rejects_float():
    with pytest.raises(TypeError):
        rupiah(10.0)
    with pytest.raises(TypeError):
        rupiah_decimals(10.0)


def test_rupiah_words():
    assert rupiah_words(36_800) == "Rp36.800,00 (tiga puluh enam ribu delapan ratus rupiah)"
    assert rupiah_words(16_800) == "Rp16.800,00 (enam belas ribu delapan ratus rupiah)"
    assert rupiah_words(5_000_000) == "Rp5.000.000,00 (lima juta rupiah)"
    assert rupiah_words(1_000_000, title_case=True) == "Rp1.000.000,00 (Satu Juta Rupiah)"


@pytest.mark.parametrize(
    "text, value",
    [
        ("1.500.000", 1_500_000),
        ("Rp 1,5 jt", 1_500_000),
        ("Rp 0,75 jt", 750_000),
        ("1500000", 1_500_000),
        ("Rp1.500.000,00", 1_500_000),
        ("2 juta", 2_000_000),
        ("Rp. 10.000", 10_000),
        ("rp16.800", 16_800),
        ("Rp10.000,-", 10_000),
        ("  36.800  ", 36_800),
        ("500 rb", 500_000),
        ("1,5jt", 1_500_000),
        ("0", 0),
    ],
)
def test_parse_rupiah(text, value):
    assert parse_rupiah(text) == value


@pytest.mark.parametrize(
    "text",
    ["", "abc", "1,5", "1.500.000,5", "Rp 1,5 kg", "1.50.000", "-10.000", "1,2345678 jt", "10.000.00", "Rp"],
)
def test_parse_rupiah_rejects(text):
    with pytest.raises(ValueError):
        parse_rupiah(text)


def test_parse_rupiah_message_is_indonesian():
    with pytest.raises(ValueError, match="tidak dikenali"):
        parse_rupiah("sepuluh ribu")


@given(st.integers(min_value=0, max_value=10**13))
def test_parse_rupiah_round_trip(n):
    assert parse_rupiah(rupiah(n)) == n
    assert parse_rupiah(rupiah_decimals(n)) == n


@pytest.mark.parametrize(
    "value, text",
    [(Decimal("0.24"), "0,24%"), (Decimal("3.7"), "3,7%"), (Decimal("2"), "2%"), (Decimal("0.30"), "0,30%"), (10, "10%")],
)
def test_percent_id(value, text):
    assert percent_id(value) == text


def test_percent_id_places():
    assert percent_id(Decimal("9.24"), places=2) == "9,24%"
    assert percent_id(Decimal("0.445"), places=2) == "0,45%"


@pytest.mark.parametrize(
    "amount, rule, expected",
    [
        (Decimal("27504.50"), "half_up", 27_505),
        (Decimal("27504.50"), "half_even", 27_504),
        (Decimal("27504.50"), "truncate", 27_504),
        (Decimal("101766.65"), "half_up", 101_767),
        (Decimal("101766.65"), "half_even", 101_767),
        (Decimal("101766.65"), "truncate", 101_766),
        (Decimal("6601.08"), "half_up", 6_601),
        (Decimal("27505.5"), "half_even", 27_506),
        (100, "truncate", 100),
    ],
)
def test_round_rupiah(amount, rule, expected):
    assert round_rupiah(amount, rule) == expected


def test_round_rupiah_rejects():
    with pytest.raises(ValueError):
        round_rupiah(Decimal("1.5"), "nearest")
    with pytest.raises(TypeError):
        round_rupiah(1.5, "half_up")

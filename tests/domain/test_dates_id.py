"""Indonesian dates (writing-conventions.md §3, identity-numbers.md §9)."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.dates_id import (
    DAYS,
    MONTHS,
    day_name,
    day_names,
    excel_serial_to_date,
    full_date,
    long_date,
    month_label,
    numeric_date,
    parse_date_id,
    parse_month,
    place_date_line,
    pks_opening_parts,
)

REF = date(2026, 5, 15)
D = date(2017, 5, 21)


def test_tables():
    assert len(MONTHS) == 12 and MONTHS[4] == "Mei" and MONTHS[7] == "Agustus"
    assert DAYS == ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
    assert day_names("Ahad")[-1] == "Ahad"


def test_formats():
    assert long_date(D) == "21 Mei 2017"
    assert long_date(date(2026, 7, 5)) == "5 Juli 2026"  # no leading zero
    assert full_date(D) == "Minggu, 21 Mei 2017"
    assert full_date(D, sunday="Ahad") == "Ahad, 21 Mei 2017"
    assert full_date(date(2026, 7, 26)) == "Minggu, 26 Juli 2026"
    assert numeric_date(D) == "21-05-2017"
    assert numeric_date(D, "/") == "21/05/2017"
    assert place_date_line("Mojokerto", D) == "Mojokerto, 21 Mei 2017"
    assert day_name(date(2026, 5, 15)) == "Jumat"
    assert month_label(date(2026, 5, 1)) == "Mei 2026"


def test_pks_opening_parts():
    assert pks_opening_parts(D) == {
        "hari": "Minggu",
        "tanggal_terbilang": "dua puluh satu",
        "bulan": "Mei",
        "tahun_terbilang": "dua ribu tujuh belas",
        "tanggal_angka": "21-05-2017",
    }
    assert pks_opening_parts(D, sunday="Ahad")["hari"] == "Ahad"
    parts = pks_opening_parts(date(2026, 1, 1))
    assert parts["hari"] == "Kamis" and parts["tanggal_terbilang"] == "satu"
    assert parts["tahun_terbilang"] == "dua ribu dua puluh enam"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("12-05-1975", date(1975, 5, 12)),
        ("12/05/1975", date(1975, 5, 12)),
        ("12.05.1975", date(1975, 5, 12)),
        ("1/2/1980", date(1980, 2, 1)),  # day first, never month first
        ("12/05/75", date(1975, 5, 12)),
        ("12-05-75", date(1975, 5, 12)),
        ("12-05-20", date(2020, 5, 12)),
        ("15-05-26", date(2026, 5, 15)),  # the reference day itself is not the future
        ("16-05-26", date(1926, 5, 16)),  # tomorrow in 2026 is the future: 1926 (age 99)
        ("12 Mei 1975", date(1975, 5, 12)),
        ("12 mei 1975", date(1975, 5, 12)),
        ("12 MEI 1975", date(1975, 5, 12)),
        ("12 Agustus 1975", date(1975, 8, 12)),
        ("1 Jan 2000", date(2000, 1, 1)),
        ("1 Feb 2000", date(2000, 2, 1)),
        ("1 Mar 2000", date(2000, 3, 1)),
        ("1 Apr 2000", date(2000, 4, 1)),
        ("1 Jun 2000", date(2000, 6, 1)),
        ("1 Jul 2000", date(2000, 7, 1)),
        ("1 Agu 2000", date(2000, 8, 1)),
        ("1 Agt 2000", date(2000, 8, 1)),
        ("1 Ags 2000", date(2000, 8, 1)),
        ("1 Sep 2000", date(2000, 9, 1)),
        ("1 Okt 2000", date(2000, 10, 1)),
        ("1 Nov 2000", date(2000, 11, 1)),
        ("1 Des 2000", date(2000, 12, 1)),
        ("1 Des. 2000", date(2000, 12, 1)),
        ("  21   Mei  2017 ", date(2017, 5, 21)),
        ("Minggu, 21 Mei 2017", date(2017, 5, 21)),
        ("Ahad, 21 Mei 2017", date(2017, 5, 21)),
        ("1975-05-12", date(1975, 5, 12)),
        ("29-02-2000", date(2000, 2, 29)),
        ("29/02/00", date(2000, 2, 29)),
    ],
)
def test_parse_date_id(text, expected):
    assert parse_date_id(text, reference=REF) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "05/13/1975",  # mm/dd: month 13 does not exist, never swapped
        "31-02-2020",
        "29-02-2019",
        "1975/05/12",
        "12-05/1975",  # mixed separators
        "12 May 1975",  # English month name
        "12 Mei 75",
        "Senin, 21 Mei 2017",  # wrong weekday
        "kemarin",
        "12-05-197",
        "2017-5-21",
        "32-01-2000",
        "00-01-2000",
        "29/02/01",  # not a leap year in either century
    ],
)
def test_parse_date_id_rejects(text):
    with pytest.raises(ValueError):
        parse_date_id(text, reference=REF)


def test_parse_error_message_is_indonesian():
    with pytest.raises(ValueError, match="hari-bulan-tahun"):
        parse_date_id("kemarin", reference=REF)


def test_two_digit_year_never_100_years_old():
    assert parse_date_id("15-05-26", reference=date(2126, 5, 14)) == date(2026, 5, 15)
    with pytest.raises(ValueError, match="abad"):
        parse_date_id("14-05-26", reference=date(2126, 5, 14))  # 100 years before: not accepted


def test_parse_date_id_passes_dates_through():
    assert parse_date_id(D, reference=REF) == D
    assert parse_date_id(datetime(2017, 5, 21, 9, 30), reference=REF) == D


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)))
def test_numeric_date_round_trip(d):
    assert parse_date_id(numeric_date(d), reference=REF) == d
    assert parse_date_id(numeric_date(d, "/"), reference=REF) == d
    assert parse_date_id(long_date(d), reference=REF) == d
    assert parse_date_id(full_date(d), reference=REF) == d


@pytest.mark.parametrize(
    "serial, expected",
    [(1, date(1900, 1, 1)), (59, date(1900, 2, 28)), (61, date(1900, 3, 1)), (25569, date(1970, 1, 1)),
     (42876, date(2017, 5, 21)), (42876.75, date(2017, 5, 21)), (46157, date(2026, 5, 15))],
)
def test_excel_serial_to_date(serial, expected):
    assert excel_serial_to_date(serial) == expected


@pytest.mark.parametrize("bad", [0, -1, 60, "42876", True])
def test_excel_serial_rejects(bad):
    with pytest.raises(ValueError):
        excel_serial_to_date(bad)


@pytest.mark.parametrize(
    "text, expected",
    [("2026-05", date(2026, 5, 1)), ("2026-5", date(2026, 5, 1)), ("05-2026", date(2026, 5, 1)),
     ("05/2026", date(2026, 5, 1)), ("Mei 2026", date(2026, 5, 1)), ("des 2026", date(2026, 12, 1))],
)
def test_parse_month(text, expected):
    assert parse_month(text) == expected


@pytest.mark.parametrize("bad", ["2026-13", "Mai 2026", "2026", "", "13-2026"])
def test_parse_month_rejects(bad):
    with pytest.raises(ValueError):
        parse_month(bad)

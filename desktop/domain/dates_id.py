"""Indonesian dates: names, document formats, parsing of typed dates, Excel serials.

Rules: shared/domain/writing-conventions.md §3 and identity-numbers.md §9. The order is always
day, month, year: mm/dd is never tried, even when it would give a valid date. No locale is used.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .money import terbilang

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # Monday first, as date.weekday()
SUNDAY_NAMES = ("Minggu", "Ahad")

_SHORT_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "mei": 5, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "ags": 8, "agus": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "des": 12,
}
_MONTH_BY_NAME = {**{m.lower(): i for i, m in enumerate(MONTHS, 1)}, **_SHORT_MONTHS}
_DAY_BY_NAME = {**{d.lower(): i for i, d in enumerate(DAYS)}, "ahad": 6, "jum'at": 4}

_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WORDS = re.compile(r"^(?:([a-z']+),?\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$")


def day_names(sunday: str = "Minggu") -> tuple[str, ...]:
    """The seven day names, Monday first; Sunday is "Minggu" or "Ahad" (a setting)."""
    return DAYS[:6] + (sunday,)


def day_name(d: date, sunday: str = "Minggu") -> str:
    return day_names(sunday)[d.weekday()]


def long_date(d: date) -> str:
    """"21 Mei 2017": no leading zero, month in words (the place-and-date line form)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def full_date(d: date, sunday: str = "Minggu") -> str:
    """"Minggu, 21 Mei 2017"."""
    return f"{day_name(d, sunday)}, {long_date(d)}"


def numeric_date(d: date, sep: str = "-") -> str:
    """"21-05-2017" (exports, PKS brackets); `sep="/"` gives "21/05/2017"."""
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year:04d}"


def place_date_line(place: str, d: date) -> str:
    """"Mojokerto, 21 Mei 2017", above a signature."""
    return f"{place}, {long_date(d)}"


def pks_opening_parts(d: date, sunday: str = "Minggu") -> dict[str, str]:
    """Parts of "Pada hari ini {hari} tanggal {tanggal_terbilang} bulan {bulan} tahun {tahun_terbilang}
    ({tanggal_angka})". The weekday is computed from the date, never typed."""
    return {
        "hari": day_name(d, sunday),
        "tanggal_terbilang": terbilang(d.day),
        "bulan": MONTHS[d.month - 1],
        "tahun_terbilang": terbilang(d.year),
        "tanggal_angka": numeric_date(d),
    }


def month_label(d: date) -> str:
    """"Mei 2026" for a contribution month."""
    return f"{MONTHS[d.month - 1]} {d.year}"


def _real_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            f"Tanggal '{text}' tidak ada di kalender (hari {day}, bulan {month}, tahun {year}). "
            "Urutan selalu hari-bulan-tahun."
        ) from None


def _years_before(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


def _two_digit_year(day: int, month: int, yy: int, text: str, reference: date) -> date:
    """Century for dd/mm/yy: not after the reference date, and less than 100 years before it."""
    earliest = _years_before(reference, 100)
    for century in (2000, 1900, 1800):
        try:
            candidate = date(century + yy, month, day)
        except ValueError:
            continue
        if earliest < candidate <= reference:
            return candidate
    raise ValueError(
        f"Tanggal '{text}' dengan tahun dua digit tidak dapat ditentukan abadnya. Tulis tahun empat digit, "
        "misalnya 21-05-2017."
    )


def _unknown(text: str) -> ValueError:
    return ValueError(
        f"Tanggal '{text}' tidak dikenali. Tulis sebagai hari-bulan-tahun, misalnya 21-05-2017, "
        "21/05/2017 atau 21 Mei 2017."
    )


def parse_date_id(text: str | date, *, reference: date) -> date:
    """Date typed by a person: dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, dd-mm-yy, dd/mm/yy, dd.mm.yy,
    "12 Mei 1975" (full or short month names, any case, optional weekday), or ISO yyyy-mm-dd.

    Raises ValueError with an Indonesian message for anything else.
    """
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    if not isinstance(text, str):
        raise _unknown(str(text))
    cleaned = " ".join(text.split()).lower()
    if match := _ISO.match(cleaned):
        return _real_date(int(match[1]), int(match[2]), int(match[3]), text)
    if match := _NUMERIC.match(cleaned):
        day, month, year = int(match[1]), int(match[3]), match[4]
        if len(year) == 2:
            if not (1 <= month <= 12 and 1 <= day <= 31):
                raise ValueError(
                    f"Tanggal '{text}' tidak ada di kalender (hari {day}, bulan {month}). "
                    "Urutan selalu hari-bulan-tahun."
                )
            return _two_digit_year(day, month, int(year), text, reference)
        return _real_date(int(year), month, day, text)
    if match := _WORDS.match(cleaned):
        weekday, day, month_word, year = match[1], int(match[2]), match[3], int(match[4])
        if month_word not in _MONTH_BY_NAME:
            raise _unknown(text)
        result = _real_date(year, _MONTH_BY_NAME[month_word], day, text)
        if weekday is not None and _DAY_BY_NAME.get(weekday) != result.weekday():
            raise ValueError(f"Hari pada '{text}' tidak cocok: {long_date(result)} jatuh pada hari {day_name(result)}.")
        return result
    raise _unknown(text)


EXCEL_SERIAL_END = 2_958_466  # serial of 01-01-10000: Excel's last date is 31-12-9999


def excel_serial_to_date(n: int | float) -> date:
    """Date of an Excel serial number (1900 system; the time of day is dropped).

    Excel counts the non-existent 29-02-1900 (serial 60), so serials from 61 on are one day off
    from a plain count.
    """
    if isinstance(n, bool) or not isinstance(n, (int, float)):
        raise ValueError(f"Nomor seri tanggal Excel harus angka; tertulis {n!r}.")
    if not 1 <= n < EXCEL_SERIAL_END:  # also False for NaN
        raise ValueError(f"Nomor seri tanggal Excel {n} tidak sah (harus 1 sampai {EXCEL_SERIAL_END - 1}, "
                         "yaitu 01-01-1900 sampai 31-12-9999).")
    whole = int(n)
    if whole == 60:
        raise ValueError("Nomor seri Excel 60 adalah 29-02-1900, tanggal yang tidak ada.")
    base = date(1899, 12, 31) if whole < 60 else date(1899, 12, 30)
    return base + timedelta(days=whole)


_MONTH_ISO = re.compile(r"^(\d{4})-(\d{1,2})$")
_MONTH_DMY = re.compile(r"^(\d{1,2})[-/.](\d{4})$")
_MONTH_WORDS = re.compile(r"^([a-z]+)\.?\s+(\d{4})$")


def parse_month(text: str) -> date:
    """First day of a contribution month: "2026-05", "05-2026", "05/2026" or "Mei 2026"."""
    cleaned = " ".join(str(text).split()).lower()
    if match := _MONTH_ISO.match(cleaned):
        year, month = int(match[1]), int(match[2])
    elif match := _MONTH_DMY.match(cleaned):
        month, year = int(match[1]), int(match[2])
    elif (match := _MONTH_WORDS.match(cleaned)) and match[1] in _MONTH_BY_NAME:
        month, year = _MONTH_BY_NAME[match[1]], int(match[2])
    else:
        raise ValueError(f"Bulan '{text}' tidak dikenali. Tulis seperti 2026-05 atau Mei 2026.")
    if not 1 <= month <= 12:
        raise ValueError(f"Bulan '{text}' tidak ada: nomor bulan harus 1–12.")
    if not 1900 <= year <= 9999:
        raise ValueError(f"Bulan '{text}' tidak masuk akal: tahun harus 1900–9999.")
    return date(year, month, 1)


def first_of_month(d: date) -> date:
    return d.replace(day=1)

"""NIK (Nomor Induk Kependudukan): cleaning, validation, decoding and masking.

Rules: shared/domain/identity-numbers.md §1.2 (validation), §1.3 (century inference) and §9 (the
Excel 15-significant-digit problem). A NIK is always kept as text; there is no checksum (§1.2 #8),
so none is invented here.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache

from desktop import clock

from .problems import Problem, error, has_errors, warning

FIELD = "nik"

# The 38 provinces of Kepmendagri 300.2.2-2138/2025 (shared/domain/wilayah). NIK digits 1–2 are the
# province where the NIK was first issued; a province code is never retired (Papua's 91 and 92 stay
# after the 2022 split), so a code outside this list is a mistyped NIK: an error (§1.2 #3).
PROVINCES = frozenset({
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36",
    "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82",
    "91", "92", "93", "94", "95", "96",
})
PROVINCE_RANGES = "11–19, 21, 31–36, 51–53, 61–65, 71–76, 81–82, 91–96"


def province_problem(two: str, label: str, field: str, code: str) -> Problem | None:
    """The error for a region code whose province is not in the Kemendagri list (NIK and KK)."""
    if two in PROVINCES:
        return None
    return error(code, f"Dua digit pertama {label} ({two}) bukan kode provinsi yang ada ({PROVINCE_RANGES}). "
                 f"Periksa digit pertama dengan {'KTP' if label == 'NIK' else 'kartu'}.", field)


def region_problem(code: str, region_known: Callable[[str], bool] | None, label: str, field: str,
                   prefix: str) -> Problem | None:
    """Warning for a kabupaten/kota or kecamatan code that is not in the bundled list (§1.2 #4).

    `region_known` gets "35.16" and "35.16.13" style codes. A list lags new and split regions, so
    this only warns; a failing callback is reported as a warning too, never as a rejected NIK."""
    if region_known is None:
        return None
    regency = code[:5]
    try:
        if region_known(code):
            return None
        regency_known = region_known(regency)
    except Exception as exc:  # noqa: BLE001 – a broken lookup must not reject a good number
        return warning(f"{prefix}_region_unchecked", f"Kode wilayah {code} dari {label} tidak dapat diperiksa "
                       f"({type(exc).__name__}: {exc}); {label} diterima tanpa pemeriksaan wilayah.", field)
    if not regency_known:
        return warning(f"{prefix}_regency_unknown", f"Kode kabupaten/kota {regency} dari {label} tidak ada di daftar "
                       f"wilayah Kemendagri. Bisa sah bila daerahnya baru; periksa {label} dengan "
                       f"{'KTP' if label == 'NIK' else 'kartu'}.", field)
    return warning(f"{prefix}_kecamatan_unknown", f"Kode kecamatan {code} dari {label} tidak ada di daftar wilayah. "
                   f"Bisa sah (kecamatan lama atau pemekaran); periksa {label} dengan "
                   f"{'KTP' if label == 'NIK' else 'kartu'}.", field)

# Separators people type or that Excel/Word put in: spaces (incl. no-break), dots, dashes; and the
# invisible marks that web pages and chat apps paste along (zero-width spaces, direction marks, BOM).
_SEPARATORS = re.compile(r"[\s.\-\u00a0\u2010-\u2015\u200b-\u200f\u202a-\u202e\u2060\ufeff]")
_ASCII_DIGITS = re.compile(r"[0-9]+")
# "3.51613E+15" (or with a decimal comma): Excel's scientific form of a long number.
_SCIENTIFIC = re.compile(r"^\s*[0-9]+(?:[.,][0-9]*)?\s*[eE]\s*[+]?\s*[0-9]+\s*$")


def clean_digits(raw: object) -> str:
    """Remove spaces, dots and dashes; everything else stays so that validation can name it."""
    if raw is None:
        return ""
    return _SEPARATORS.sub("", str(raw))


def is_ascii_digits(text: str) -> bool:
    # str.isdigit() would also accept Arabic-Indic or superscript digits; a NIK has ASCII only.
    return bool(_ASCII_DIGITS.fullmatch(text))


def is_numeric_cell(raw: object, was_text: bool = True) -> bool:
    """True when the value came from a number cell or is Excel's scientific text (§9)."""
    if isinstance(raw, bool):
        return False
    if isinstance(raw, (int, float, Decimal)) or not was_text:
        return True
    return isinstance(raw, str) and bool(_SCIENTIFIC.match(raw))


def numeric_cell_message(label: str = "NIK", row: int | None = None) -> str:
    """The fixed text of identity-numbers.md §9 for a 16-digit number read from a number cell."""
    where = f"Kolom {label} baris {row}" if row is not None else f"Kolom {label}"
    return (
        f"{where} berisi angka, bukan teks; Excel sudah memotong digit ke-16. "
        f"Format kolom sebagai Teks lalu ketik ulang {label}."
    )


def age_on(birth: date, on: date) -> int:
    """Completed years of age on a given day."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_month_yy(digits: str) -> tuple[int, int, int, str]:
    """(day, month, two-digit year, sex) from digits 7–12; women have day + 40."""
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    if day > 40:
        return day - 40, month, yy, "P"
    return day, month, yy, "L"


@lru_cache(maxsize=40_000)  # at most 31 × 12 × 100 keys; an import asks once per row
def _candidates(day: int, month: int, yy: int) -> tuple[date, ...]:
    """Real dates for the two centuries a living person can have, newest first."""
    found = (_safe_date(2000 + yy, month, day), _safe_date(1900 + yy, month, day))
    return tuple(d for d in found if d is not None)


def _infer_birth(
    day: int, month: int, yy: int, typed_birth: date | None, reference: date
) -> date | None:
    """Century inference, identity-numbers.md §1.3 steps 1–2."""
    if typed_birth is not None and (typed_birth.day, typed_birth.month, typed_birth.year % 100) == (
        day,
        month,
        yy,
    ):
        return typed_birth
    candidates = _candidates(day, month, yy)
    if not candidates:
        return None
    not_future = [d for d in candidates if d <= reference]
    # With no date in the past (a reference before 2000 and "00"), keep the oldest: the age check warns.
    return not_future[0] if not_future else candidates[-1]


def decode_nik(value: str, *, reference: date | None = None) -> tuple[date, str]:
    """Birth date and sex ("L"/"P") of a 16-digit NIK; century from §1.3 step 2.

    Raises ValueError when the digits do not hold a real date.
    """
    digits = clean_digits(value)
    if len(digits) != 16 or not is_ascii_digits(digits):
        raise ValueError(f"NIK harus 16 digit angka; yang tertulis {len(digits)} karakter.")
    day, month, yy, sex = _day_month_yy(digits)
    birth = _infer_birth(day, month, yy, None, reference or clock.today())
    if birth is None:
        raise ValueError("Tanggal lahir di dalam NIK bukan tanggal yang ada.")
    return birth, sex


def kecamatan_code(digits: str) -> str:
    """Dotted Kemendagri kecamatan code from the first 6 digits: "351613" → "35.16.13"."""
    return f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}"


def mask_nik(value: str | None) -> str:
    """Masked NIK for printed lists (UU 27/2022 Pasal 35): first 4 and last 4 digits kept."""
    if not value:
        return ""
    text = str(value)
    if len(text) <= 8:
        return "•" * len(text)
    return text[:4] + "•" * (len(text) - 8) + text[-4:]


@dataclass
class NikCheck:
    value: str | None = None  # cleaned 16 digits, only when there is no error
    birth_date: date | None = None
    sex: str | None = None  # "L" or "P"
    kecamatan_code: str | None = None  # "35.16.13"
    problems: list[Problem] = field(default_factory=list)
    digits: str = ""  # the cleaned input, also when it is invalid (for display)

    @property
    def ok(self) -> bool:
        return not has_errors(self.problems)


def _format_check(raw: object, was_text: bool, row: int | None, label: str) -> tuple[str, list[Problem]]:
    """Rules §1.2 #1 and #2; returns the cleaned text and its problems."""
    if was_text and type(raw) is str and len(raw) == 16 and raw.isdigit() and raw.isascii():
        return raw, []  # the common case, decided without the regexes below
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return "", [error("nik_empty", f"{label} belum diisi. Tulis 16 digit {label} dari KTP.", FIELD)]
    if is_numeric_cell(raw, was_text):
        return clean_digits(raw), [error("nik_numeric_cell", numeric_cell_message(label, row), FIELD)]
    digits = clean_digits(raw)
    if not digits:
        return digits, [error("nik_empty", f"{label} belum diisi. Tulis 16 digit {label} dari KTP.", FIELD)]
    if not is_ascii_digits(digits):
        bad = "".join(sorted({c for c in digits if not ("0" <= c <= "9")}))
        return digits, [
            error(
                "nik_not_digits",
                f"{label} hanya boleh berisi angka; ditemukan '{bad}'. Salin ulang {label} dari KTP.",
                FIELD,
            )
        ]
    if len(digits) != 16:
        return digits, [
            error(
                "nik_length",
                f"{label} harus 16 digit angka; yang tertulis {len(digits)} digit. Periksa ulang dengan KTP.",
                FIELD,
            )
        ]
    return digits, []


def _structure_problems(digits: str) -> list[Problem]:
    """Rules §1.2 #3, #5, #6 and #7 on 16 clean digits."""
    found: list[Problem] = []
    if problem := province_problem(digits[0:2], "NIK", FIELD, "nik_province"):
        found.append(problem)
    found.extend(_date_part(digits[6:12])[0])
    if digits[12:16] == "0000":
        found.append(error("nik_serial", "Nomor urut NIK (4 digit terakhir) tidak boleh 0000.", FIELD))
    return found


@lru_cache(maxsize=40_000)  # ddmmyy: at most a million keys, a real roster has tens of thousands
def _date_part(six: str) -> tuple[tuple[Problem, ...], tuple[int, int, int, str] | None]:
    """Problems of digits 7–12 and, when they hold a real date, (day, month, two-digit year, sex)."""
    found: list[Problem] = []
    raw_day, month = int(six[0:2]), int(six[2:4])
    day_ok = 1 <= raw_day <= 31 or 41 <= raw_day <= 71
    if not day_ok:
        found.append(
            error(
                "nik_day",
                f"Digit 7–8 NIK ({six[0:2]}) bukan tanggal lahir: harus 01–31, atau 41–71 untuk perempuan.",
                FIELD,
            )
        )
    if not 1 <= month <= 12:
        found.append(error("nik_month", f"Digit 9–10 NIK ({six[2:4]}) bukan bulan lahir (01–12).", FIELD))
    if found:
        return tuple(found), None
    day, sex = (raw_day - 40, "P") if raw_day > 40 else (raw_day, "L")
    yy = int(six[4:6])
    if not _candidates(day, month, yy):
        return (error("nik_date", f"Tanggal lahir di dalam NIK ({day:02d}-{month:02d}-{yy:02d}) bukan tanggal "
                      "yang ada.", FIELD),), None
    return (), (day, month, yy, sex)


def _comparison_problems(
    birth: date, sex: str, typed_birth: date | None, typed_sex: str | None
) -> list[Problem]:
    """Rules §1.2 #9 and #10: only warnings, a corrected birth date keeps the old NIK."""
    found: list[Problem] = []
    if typed_sex and typed_sex.upper() in ("L", "P") and typed_sex.upper() != sex:
        nik_word = "perempuan" if sex == "P" else "laki-laki"
        found.append(
            warning(
                "nik_sex_mismatch",
                f"Menurut NIK orang ini {nik_word}, tetapi jenis kelamin di formulir {typed_sex.upper()}. "
                "Periksa jenis kelamin atau NIK.",
                "sex",
            )
        )
    if typed_birth is not None and typed_birth != birth:
        found.append(
            warning(
                "nik_birth_mismatch",
                f"Tanggal lahir di NIK {birth:%d-%m-%Y} berbeda dengan formulir {typed_birth:%d-%m-%Y}. "
                "Bisa sah jika tanggal lahir pernah dikoreksi (NIK tidak diganti); periksa dengan KTP.",
                "birth_date",
            )
        )
    return found


def check_nik(
    raw: object,
    *,
    was_text: bool = True,
    typed_birth: date | None = None,
    typed_sex: str | None = None,
    reference: date | None = None,
    kecamatan_known: Callable[[str], bool] | None = None,
    min_age: int = 15,
    max_age: int = 100,
    row: int | None = None,
    label: str = "NIK",
) -> NikCheck:
    """Validate a NIK as typed or imported. Never raises on any input.

    `was_text=False` (or an int/float value) means the spreadsheet cell was a number: rejected (§9).
    `kecamatan_known` gets dotted codes: the kecamatan ("35.16.13") and, when that is unknown, its
    kabupaten/kota ("35.16"); `row` only goes into the §9 message.
    """
    try:
        return _check_nik(raw, was_text, typed_birth, typed_sex, reference, kecamatan_known, min_age, max_age, row, label)
    except Exception as exc:  # noqa: BLE001 – an importer must get a finding, not a crash
        return NikCheck(problems=[error("nik_unreadable", f"{label} tidak dapat dibaca ({exc}).", FIELD)])


def _check_nik(
    raw: object,
    was_text: bool,
    typed_birth: date | None,
    typed_sex: str | None,
    reference: date | None,
    kecamatan_known: Callable[[str], bool] | None,
    min_age: int,
    max_age: int,
    row: int | None,
    label: str,
) -> NikCheck:
    digits, problems = _format_check(raw, was_text, row, label)
    result = NikCheck(digits=digits, problems=problems)
    if problems:
        return result
    problems.extend(_structure_problems(digits))
    result.kecamatan_code = kecamatan_code(digits)
    if digits[0:2] in PROVINCES and (
            problem := region_problem(result.kecamatan_code, kecamatan_known, label, FIELD, "nik")):
        problems.append(problem)
    parts = _date_part(digits[6:12])[1]
    if parts is not None:
        day, month, yy, sex = parts
        ref = reference or clock.today()
        birth = _infer_birth(day, month, yy, typed_birth, ref)
        result.birth_date, result.sex = birth, sex
        problems.extend(_comparison_problems(birth, sex, typed_birth, typed_sex))
        problems.extend(_age_problems(birth, ref, min_age, max_age))
    if not problems or not has_errors(problems):
        result.value = digits
    return result


def _age_problems(birth: date, reference: date, min_age: int, max_age: int) -> list[Problem]:
    age = age_on(birth, reference)
    if min_age <= age <= max_age:
        return []
    return [
        warning(
            "nik_age_range",
            f"Umur menurut NIK {age} tahun (lahir {birth:%d-%m-%Y}), di luar batas {min_age}–{max_age} tahun. "
            "Periksa NIK dan tanggal lahir.",
            "birth_date",
        )
    ]


def bpu_age_warning(birth: date | None, on_date: date, *, limit: int = 65) -> Problem | None:
    """Warning when a BPU registrant is `limit` (default 65) or older on the registration date (§1.3)."""
    if birth is None:
        return None
    age = age_on(birth, on_date)
    if age < limit:
        return None
    return warning(
        "bpu_age",
        f"Umur pada tanggal pendaftaran {age} tahun; pendaftaran BPU biasanya ditolak kantor cabang "
        f"untuk umur {limit} tahun ke atas.",
        "birth_date",
    )

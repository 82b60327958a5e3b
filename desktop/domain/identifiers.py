"""KK, KPJ, NPSN, NSM, postal code and NPP: cleaning and validation.

Rules: shared/domain/identity-numbers.md §2–§5, §7 and §9. Every check returns
`(cleaned value or None, problems)`; the value is None whenever there is an error, so that a
caller cannot store a damaged identifier by accident. Identifiers are text, never numbers.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import Decimal

from .nik import clean_digits, is_ascii_digits, is_numeric_cell, numeric_cell_message, province_problem, region_problem
from .problems import Problem, error, warning

Result = tuple[str | None, list[Problem]]

_WHOLE_NUMBER = re.compile(r"([0-9]+)(?:[.,]0+)?")


def _integer_text(raw: object) -> str | None:
    """Digits of a number cell that holds a whole number (int, or a float/Decimal without fraction)."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return str(raw) if raw >= 0 else None
    if isinstance(raw, float):
        if not math.isfinite(raw) or not raw.is_integer() or raw < 0 or raw >= 2**53:
            return None  # beyond 2**53 a double no longer holds every integer exactly
        return str(int(raw))
    if isinstance(raw, Decimal):
        if not raw.is_finite() or raw != raw.to_integral_value() or raw < 0:
            return None
        return str(int(raw))
    # Text of a number cell, e.g. "12345678901" or "12345678901.0" from a CSV export.
    match = _WHOLE_NUMBER.fullmatch(str(raw).strip())
    return match.group(1) if match else None


def _digits_check(
    raw: object, *, label: str, field: str, code: str, length: int | None, was_text: bool, numeric_ok: bool
) -> Result:
    """Shared rule: clean, then exactly `length` ASCII digits (any length when None)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, []  # emptiness is the caller's decision (required or not)
    if is_numeric_cell(raw, was_text):
        if not numeric_ok:
            return None, [error(f"{code}_numeric_cell", numeric_cell_message(label), field)]
        text = _integer_text(raw)
        if text is None:
            return None, [
                error(
                    f"{code}_numeric_cell",
                    f"Kolom {label} berisi angka yang tidak utuh ({raw}). Format kolom sebagai Teks lalu ketik ulang {label}.",
                    field,
                )
            ]
    else:
        text = clean_digits(raw)
    if not is_ascii_digits(text):
        return None, [error(f"{code}_not_digits", f"{label} hanya boleh berisi angka; yang tertulis '{raw}'.", field)]
    if length is not None and len(text) != length:
        return None, [
            error(
                f"{code}_length",
                f"{label} harus {length} digit angka; yang tertulis {len(text)} digit.",
                field,
            )
        ]
    return text, []


def check_kk(
    raw: object,
    *,
    was_text: bool = True,
    region_known: Callable[[str], bool] | None = None,
    row: int | None = None,
) -> Result:
    """KK number (§2): 16 digits, province 11–99 (errors), region known (warning).

    The rest is probably a registration date, but that is uncertain: never validated.
    `region_known` gets the dotted kecamatan code of digits 1–6 ("35.16.13").
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, []
    if is_numeric_cell(raw, was_text):
        return None, [error("kk_numeric_cell", numeric_cell_message("KK", row), "kk")]
    value, problems = _digits_check(
        raw, label="Nomor KK", field="kk", code="kk", length=16, was_text=True, numeric_ok=False
    )
    if value is None:
        return None, problems
    if problem := province_problem(value[:2], "nomor KK", "kk", "kk_province"):
        return None, [problem]
    region = f"{value[0:2]}.{value[2:4]}.{value[4:6]}"
    if problem := region_problem(region, region_known, "nomor KK", "kk", "kk"):
        problems.append(problem)
    return value, problems


def check_kpj(raw: object, *, was_text: bool = True) -> Result:
    """KPJ (§3): exactly 11 digits; a number cell only when it is a whole number of 11 digits."""
    return _digits_check(raw, label="Nomor KPJ", field="kpj", code="kpj", length=11, was_text=was_text, numeric_ok=True)


def check_npsn(raw: object, *, was_text: bool = True) -> Result:
    """NPSN (§5): 8 digits; a number cell is fine (8 digits are exact in Excel)."""
    return _digits_check(raw, label="NPSN", field="npsn", code="npsn", length=8, was_text=was_text, numeric_ok=True)


def check_nsm(raw: object, *, length: int | None = 12, was_text: bool = True) -> Result:
    """NSM (§5): digits only; the length is a setting (usually 12), None for any length."""
    return _digits_check(raw, label="NSM", field="nsm", code="nsm", length=length, was_text=was_text, numeric_ok=True)


def check_postal_code(raw: object, *, was_text: bool = True, expected: str | None = None) -> Result:
    """Postal code (§7): 5 digits. `expected` is the code of the chosen desa: a difference only warns."""
    value, problems = _digits_check(
        raw, label="Kode pos", field="postal_code", code="postal_code", length=5, was_text=was_text, numeric_ok=True
    )
    if value is not None and expected and value != expected:
        problems.append(
            warning(
                "postal_code_differs",
                f"Kode pos {value} berbeda dengan kode pos desa yang dipilih ({expected}). Periksa kembali.",
                "postal_code",
            )
        )
    return value, problems


def clean_npp(raw: object, *, required: bool = False) -> Result:
    """NPP (§4): format unknown, so only trimmed and upper-cased; required for employers of PU workers."""
    if isinstance(raw, float) and math.isfinite(raw) and raw.is_integer():
        raw = int(raw)  # a number cell
    if raw is not None and (isinstance(raw, bool) or not isinstance(raw, (str, int, Decimal))):
        return None, [error("npp_not_text", f"NPP harus teks atau angka; yang tertulis bukan keduanya "
                            f"({type(raw).__name__}). Tulis NPP seperti pada surat BPJS Ketenagakerjaan.", "npp")]
    text = "" if raw is None else " ".join(str(raw).split()).upper()
    if not text:
        if required:
            return None, [error("npp_empty", "NPP belum diisi. Pemberi kerja pekerja PU wajib punya NPP dari BPJS Ketenagakerjaan.", "npp")]
        return None, []
    return text, []

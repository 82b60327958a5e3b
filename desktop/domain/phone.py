"""Indonesian phone numbers: normalisation, display, export form and masking.

Rules: shared/domain/identity-numbers.md §6 and §9. The canonical stored form of a mobile number is
"62…" (no plus); anything that is not a recognisable Indonesian mobile is kept as entered, with a
warning, because it may be a landline or a foreign number.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal

from .problems import Problem, warning

FIELD = "phone"

_SEPARATORS = re.compile(r"[\s\-.()\u00a0]")
_MOBILE = re.compile(r"^(?:\+62|62|0)(8[1-9][0-9]{6,11})$")
_LOST_ZERO = re.compile(r"^8[0-9]{8,11}$")  # starts with 8, 9–12 digits: Excel ate the 0


@dataclass
class PhoneCheck:
    value: str | None = None  # canonical "62…", or the text as entered when not a mobile
    repaired: bool = False  # the leading 0 was restored
    problems: list[Problem] = field(default_factory=list)

    @property
    def display(self) -> str:
        """"0812-3456-7890" (made when asked: an import of 100k rows never shows it)."""
        return display_phone(self.value)


def _number_cell_text(raw: object) -> str:
    """Digits of a number cell; floats come from openpyxl for large integers."""
    if isinstance(raw, float) and math.isfinite(raw) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, Decimal) and raw.is_finite() and raw == raw.to_integral_value():
        return str(int(raw))
    return str(raw).strip()


def _clean(text: str) -> str:
    return _SEPARATORS.sub("", text)


def _group(national: str) -> str:
    """0812-3456-7890: groups of 4 from the left, the rest in the last group."""
    if len(national) <= 8:
        return national
    return f"{national[:4]}-{national[4:8]}-{national[8:]}"


def format_phone_national(canonical: str | None) -> str:
    """Export form "08…" of a canonical "62…" number; other values are returned unchanged."""
    if not canonical:
        return ""
    if canonical.startswith("62") and _MOBILE.match(canonical):
        return "0" + canonical[2:]
    return canonical


def display_phone(canonical: str | None) -> str:
    """Screen form "0812-3456-7890"; values that are not mobiles are shown as stored."""
    if canonical and canonical.startswith("62") and _MOBILE.match(canonical):
        return _group(format_phone_national(canonical))
    return canonical or ""


def mask_phone(canonical: str | None) -> str:
    """Masked phone for printed lists (UU 27/2022 Pasal 35): "0812-••••-7890"."""
    national = _clean(format_phone_national(canonical))
    if not national:
        return ""
    if len(national) < 9:
        return "•" * len(national)
    return f"{national[:4]}-••••-{national[-4:]}"


def normalise_phone(raw: object, *, was_text: bool = True) -> PhoneCheck:
    """Normalise a phone number as typed or imported (§6). Never raises; idempotent on `value`."""
    if raw is None or isinstance(raw, bool):
        return PhoneCheck()
    if type(raw) is str and (match := _MOBILE.match(raw)):  # already clean: the common case, one regex
        return PhoneCheck("62" + match.group(1))
    entered = _number_cell_text(raw) if not isinstance(raw, str) else raw.strip()
    if not entered:
        return PhoneCheck()
    cleaned = _clean(entered)
    match = _MOBILE.match(cleaned)
    if match:
        canonical = "62" + match.group(1)
        return PhoneCheck(canonical)
    if _LOST_ZERO.match(cleaned) and _MOBILE.match("0" + cleaned):
        canonical = "62" + cleaned
        source = "sel angka di Excel" if (not was_text or not isinstance(raw, str)) else "angka 0 di depan tidak tertulis"
        note = warning(
            "phone_repaired",
            f"Nomor HP {entered} kehilangan angka 0 di depan ({source}); dipulihkan menjadi "
            f"{format_phone_national(canonical)}. Periksa bila ragu.",
            FIELD,
        )
        return PhoneCheck(canonical, True, [note])
    note = warning(
        "phone_not_mobile",
        f"Nomor telepon '{entered}' bukan nomor HP Indonesia yang dikenali (08…, 10–13 digit); "
        "disimpan apa adanya. Periksa apakah ini nomor rumah/kantor atau nomor luar negeri.",
        FIELD,
    )
    return PhoneCheck(entered, False, [note])

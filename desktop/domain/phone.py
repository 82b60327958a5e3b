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

# Mobile prefixes allocated to operators (national form without the 0: "812" = 0812), after the
# "Nomor telepon di Indonesia" list: Telkomsel 811–813, 821–823, 851–853; Indosat 814–816, 855–858;
# XL/Axis 817–819, 831–833, 838, 859, 877–878; Tri 895–899; Smartfren 881–889; Net1/Ceria 827–828;
# PSN 868. A prefix missing here costs a warning, never the number: it is then kept as typed.
MOBILE_PREFIXES = frozenset({
    "811", "812", "813", "814", "815", "816", "817", "818", "819", "821", "822", "823", "827", "828",
    "831", "832", "833", "838", "851", "852", "853", "855", "856", "857", "858", "859", "868",
    "877", "878", "881", "882", "883", "884", "885", "886", "887", "888", "889",
    "895", "896", "897", "898", "899",
})
# Spaces, dashes, dots, brackets, and the invisible marks chat apps paste along ("\u202a+62 812…\u202c").
_SEPARATORS = re.compile(r"[\s\-.()\u00a0\u2010-\u2015\u200b-\u200f\u202a-\u202e\u2060\ufeff/]")
# 08… with 10–13 digits in national form (§6): "8" and 8–11 more digits after the trunk or country code.
_MOBILE = re.compile(r"^(?:\+62|62|0)(8[0-9]{8,11})$")
_LOST_ZERO = re.compile(r"^8[0-9]{8,11}$")  # starts with 8, 9–12 digits: Excel ate the 0
# "+62 0812…", "62 0812…", "0062 812…": the trunk 0 kept after the country code, or the international 00.
_COUNTRY_WITH_TRUNK = re.compile(r"^(?:\+|00)?620(8[0-9]+)$")
_INTERNATIONAL = re.compile(r"^00(62[0-9]+)$")


def _mobile(cleaned: str) -> str | None:
    """The national number without its 0 ("812…") when `cleaned` is an allocated mobile, else None."""
    match = _MOBILE.match(cleaned)
    if match and match.group(1)[:3] in MOBILE_PREFIXES:
        return match.group(1)
    return None


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
    if isinstance(raw, float) and not math.isfinite(raw):
        return ""  # NaN is how pandas and some readers say "empty"; never store the text "nan"
    if isinstance(raw, Decimal) and not raw.is_finite():
        return ""
    if isinstance(raw, float) and raw.is_integer():
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
    if canonical.startswith("62") and _mobile(canonical):
        return "0" + canonical[2:]
    return canonical


def display_phone(canonical: str | None) -> str:
    """Screen form "0812-3456-7890"; values that are not mobiles are shown as stored."""
    if canonical and canonical.startswith("62") and _mobile(canonical):
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
    """Normalise a phone number as typed or imported (§6). Never raises; idempotent on `value`.

    A mobile (08…, 10–13 digits, allocated prefix) is stored as "62…"; anything else is kept as
    typed with a warning saying why (it may be a landline or a foreign number)."""
    if raw is None or isinstance(raw, bool):
        return PhoneCheck()
    if type(raw) is str and (national := _mobile(raw)):  # already clean: the common case
        return PhoneCheck("62" + national)
    if isinstance(raw, str):
        entered = raw.strip()
    elif isinstance(raw, (int, float, Decimal)):
        entered = _number_cell_text(raw)
    else:  # a list, a date …: not a phone number; say so instead of storing its repr
        return PhoneCheck(None, False, [warning(
            "phone_not_mobile", f"Isi kolom telepon ({type(raw).__name__}) bukan nomor telepon; dikosongkan.", FIELD)])
    if not entered:
        return PhoneCheck()
    cleaned = _clean(entered)
    if match := _COUNTRY_WITH_TRUNK.match(cleaned):
        cleaned = "62" + match.group(1)  # "+62 0812…": the 0 after +62 is one too many
    elif match := _INTERNATIONAL.match(cleaned):
        cleaned = match.group(1)
    if national := _mobile(cleaned):
        return PhoneCheck("62" + national)
    if _LOST_ZERO.match(cleaned) and _mobile("0" + cleaned):
        canonical = "62" + cleaned
        source = "sel angka di Excel" if (not was_text or not isinstance(raw, str)) else "angka 0 di depan tidak tertulis"
        note = warning(
            "phone_repaired",
            f"Nomor HP {entered} kehilangan angka 0 di depan ({source}); dipulihkan menjadi "
            f"{format_phone_national(canonical)}. Periksa bila ragu.",
            FIELD,
        )
        return PhoneCheck(canonical, True, [note])
    note = warning("phone_not_mobile", f"Nomor telepon '{entered}' bukan nomor HP Indonesia yang dikenali "
                   f"({_why_not_mobile(cleaned)}); disimpan apa adanya. Periksa apakah ini nomor rumah/kantor "
                   "atau nomor luar negeri.", FIELD)
    return PhoneCheck(entered, False, [note])


def _why_not_mobile(cleaned: str) -> str:
    """The reason in a few words: HP numbers are 08…, 10–13 digits, with an operator's prefix."""
    national = "0" + cleaned[2:] if cleaned.startswith("62") else "0" + cleaned[3:] if cleaned.startswith("+62") \
        else cleaned
    if not national.isdigit():
        return "berisi selain angka; nomor HP ditulis 08…, 10–13 digit"
    if not national.startswith("08"):
        return "nomor HP diawali 08"
    if not 10 <= len(national) <= 13:
        return f"{len(national)} digit; nomor HP 10–13 digit"
    return f"awalan {national[:4]} tidak dipakai operator seluler"

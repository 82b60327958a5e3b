"""Cell normalisers: raw spreadsheet values → clean Python values, or a message saying what to fix.

Each returns the clean value; on failure it raises ValueError with an Indonesian message (the
importer adds the file, sheet, row and column). Identifiers (NIK, KK, phone) are judged by the
rules in desktop.domain, which also need to know whether the cell was a number.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from functools import lru_cache

from desktop.domain.dates_id import EXCEL_SERIAL_END, excel_serial_to_date, parse_date_id
from desktop.domain.money import parse_rupiah

# Academic and religious titles keep their own spelling when a name written in capitals is tidied.
TITLES = {t.lower(): t for t in (
    "Hj.", "H.", "Hajjah", "Ny.", "Dra.", "Drs.", "Dr.", "Ir.", "S.Pd.", "S.Pd.I.", "S.Pd.AUD", "S.PdI.",
    "S.Ag.", "S.Sos.", "S.E.", "S.H.", "S.Kom.", "S.Psi.", "S.Si.", "S.Kep.", "S.Th.I.", "S.H.I.", "M.Pd.",
    "M.Pd.I.", "M.Ag.", "M.Si.", "A.Ma.", "A.Ma.Pd.", "A.Md.", "A.Md.Keb.", "Amd.", "Lc.", "Dra", "Drs")}
_SEX = {"l": "L", "lk": "L", "laki": "L", "lakilaki": "L", "pria": "L", "p": "P", "pr": "P", "perempuan": "P",
        "wanita": "P", "w": "P"}
_FOOTER = re.compile(r"^(jumlah|total|grand total|jumlah total)\b", re.IGNORECASE)
_FOOTER_INITIALS = frozenset("jJtTgG")


# What people write for "none yet" in an identifier column: treated as empty, never stored.
PLACEHOLDERS = {"-", "--", "0", "belum ada", "tidak ada", "belum punya", "tidak punya", "belum", "kosong", "nihil"}


def is_placeholder(value: object) -> bool:
    return is_blank(value) or (text(value) or "").lower() in PLACEHOLDERS


def is_blank(value: object) -> bool:
    return value is None or value == "" or (type(value) is str and value.isspace())


def text(value: object) -> str | None:
    """Trimmed text with inner runs of spaces collapsed; whole-number cells lose their '.0'."""
    if value is None or value == "":
        return None
    if type(value) is str:
        return " ".join(value.split()) or None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.datetime, dt.date)):
        value = value.strftime("%d-%m-%Y")
    return " ".join(str(value).split()) or None


def is_footer(cells: list) -> bool:
    """A 'JUMLAH'/'TOTAL' row under the table."""
    for cell in cells[:3]:
        # the first letter sorts out nearly every row before the regex (this runs on every row)
        if type(cell) is str and cell.lstrip()[:1] in _FOOTER_INITIALS and _FOOTER.match(cell.strip()):
            return True
    return False


# What a signature block under a table holds: "Trowulan, 20 Oktober 2026", "Mengetahui,", "Sekretaris
# PAC", "( Hj. Umi Kulsum )", "NIP. …", "________". A person's row never consists of these alone.
_DATE_WORDS = r"\d{1,2}\s*[\s\-/.]\s*(?:[A-Za-z']{3,12}\.?(?:\s+[A-Za-z']{3,12})?|\d{1,2})\s*[\s\-/.]\s*\d{2,4}"
# "Trowulan, 20 Oktober 2026", "Mojokerto, 03/11/2026", and the Hijri line "20 Rabiul Akhir 1448 H": a
# place or an era (H/M) is required, so that a lone birth date in a half-filled row never ends a table
_PLACE_DATE = re.compile(rf"^(?:[A-Za-z][A-Za-z .'\-]{{1,40}},\s*{_DATE_WORDS}(?:\s*[HM]\.?)?|{_DATE_WORDS}\s*[HM]\.?)$")
_OFFICE = re.compile(r"^(?:mengetahui|menyetujui|disahkan|diketahui|ketua|wakil ketua|sekretaris|bendahara|kepala|"
                     r"pimpinan|pengurus|koordinator|ttd|tertanda|hormat kami|a\.\s?n\.|an\.|nip|nia|nuptk)\b",
                     re.IGNORECASE)
_BRACKETED = re.compile(r"^\(.*\)$")
_RULE = re.compile(r"^[_.\-=\s]{3,}$")
_SIGNATURE_CELLS = 3  # a signature block has one to three lone cells on a line (left and right signers)


def is_signature_line(cells: list) -> bool:
    """A line of a signature block: a few lone text cells, each a place-and-date line, a title of
    office, a bracketed name, a NIP/NIA or a rule to sign on."""
    filled = [c for c in cells if not is_blank(c)]
    if not filled or len(filled) > _SIGNATURE_CELLS:
        return False
    for cell in filled:
        if type(cell) is not str:
            return False
        value = " ".join(cell.split())
        if not (_PLACE_DATE.match(value) or _OFFICE.match(value) or _BRACKETED.match(value) or _RULE.match(value)):
            return False
    return True


def remembered(parse: Callable[[object], object], size: int = 1 << 16) -> Callable[[object], tuple]:
    """`parse` as raw cell → (value, None) or (None, message), remembered per raw value: a 100k-row
    roster repeats its kecamatan, incomes, RT/RW and dates thousands of times. `typed` keeps the
    cells 1, 1.0 and True apart (each is its own quirk). Make one per import: the results may
    depend on the import's reference date, and the memory goes with it."""
    @lru_cache(maxsize=size, typed=True)
    def checked(raw: object) -> tuple:
        try:
            return parse(raw), None
        except ValueError as exc:
            return None, str(exc)
    return checked


def _cap_word(word: str) -> str:
    title = TITLES.get(word.lower().rstrip(","))
    if title:
        return title + ("," if word.endswith(",") else "")
    # capital after hyphens and dots (Ar-Rohmah, A.Ma.), not after apostrophes (Mas'udah)
    return re.sub(r"(^|[-.])([a-z])", lambda m: m.group(1) + m.group(2).upper(), word.lower())


# Invisible characters pasted from web pages and chat apps: zero-width spaces and joiners, direction
# marks and embeddings, word joiner, BOM. In a name they only make two equal names differ.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\ufeff]")


def visible_text(value: object) -> str | None:
    """`text` without invisible characters (names and places pasted from a chat)."""
    if type(value) is str and INVISIBLE.search(value):
        value = INVISIBLE.sub("", value)
    return text(value)


def person_name(value: object) -> str | None:
    """Trimmed name; written all in capitals (or all small) it gets tidy case, titles kept."""
    name = visible_text(value)
    if not name:
        return None
    if name.isupper() or name.islower():  # every cased letter in capitals (or all small)
        name = " ".join(_cap_word(word) for word in name.split())
    return name


# Words of a place name that stay in capitals when a name typed all in capitals is tidied
# ("DKI JAKARTA" → "DKI Jakarta"): provinces' and institutions' abbreviations, Roman numerals.
PLACE_CAPITALS = frozenset({
    "DKI", "DIY", "NTB", "NTT", "NAD", "RT", "RW", "PT", "CV", "NU", "PC", "PAC", "TK", "RA", "KB", "SD", "MI",
    "SMP", "SMA", "SMK", "MTS", "MA", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "USA", "UK",
})
_PLACE_SMALL = frozenset({"di", "dan"})  # "Kota Baru di Seberang": joining words stay small


def _place_word(word: str, first: bool) -> str:
    if word.upper().rstrip(".,") in PLACE_CAPITALS:
        return word.upper()
    if not first and word.lower() in _PLACE_SMALL:
        return word.lower()
    return re.sub(r"(^|[-.(/])([a-z])", lambda m: m.group(1) + m.group(2).upper(), word.lower())


def place_name(value: object) -> str | None:
    """A place name in the case the others have: 'MOJOKERTO' and 'mojokerto' → 'Mojokerto', 'KAB.
    MOJOKERTO' → 'Kab. Mojokerto', 'DKI JAKARTA' → 'DKI Jakarta'; mixed case is kept as typed."""
    name = visible_text(value)
    if not name or not (name.isupper() or name.islower()):
        return name
    return " ".join(_place_word(word, i == 0) for i, word in enumerate(name.split()))


def sex(value: object) -> str | None:
    key = re.sub(r"[^a-z]", "", str(value or "").lower())
    if not key:
        return None
    if key in _SEX:
        return _SEX[key]
    raise ValueError(f"Jenis kelamin '{text(value)}' tidak dikenali. Tulis L (laki-laki) atau P (perempuan).")


def date_value(value: object, reference: dt.date) -> dt.date | None:
    """Date cells, Excel serial numbers, and typed dd-mm-yyyy, dd/mm/yy, '12 Mei 1975'."""
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not (math.isfinite(value) and 1 <= value < EXCEL_SERIAL_END):
            raise ValueError(f"Tanggal '{value}' bukan tanggal. Tulis seperti 21-05-1980.")
        return excel_serial_to_date(value)
    typed = str(value).strip()
    if (serial := _SERIAL_TEXT.match(typed)) and _SERIALS_FROM <= int(serial.group(1)) <= _serial_of(reference):
        # a date cell that went through another program as text: "27526" is 10-05-1975
        return excel_serial_to_date(int(serial.group(1)))
    return parse_date_id(typed, reference=reference)


# An Excel serial written as text: 5 digits, maybe with Excel's ".0". From 10000 (18-05-1927) to the
# reference date: any other number is more likely a typing error and is reported as unreadable.
_SERIAL_TEXT = re.compile(r"^(\d{5})(?:[.,]0+)?$")
_SERIALS_FROM = 10_000


def _serial_of(day: dt.date) -> int:
    return (day - dt.date(1899, 12, 30)).days


def income(value: object) -> int | None:
    """Whole rupiah from 1500000, '1.500.000', 'Rp 1,5 jt'."""
    if is_blank(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value) or value < 0 or value != int(value):
            raise ValueError(f"Penghasilan {value} bukan rupiah utuh. Tulis seperti 1.500.000.")
        return int(value)
    return parse_rupiah(str(value))


def rt_rw(value: object) -> tuple[str | None, str | None]:
    """'001/002', '1/2', '01-02' → ('001', '002')."""
    raw = text(value)
    if not raw:
        return None, None
    parts = [p for p in re.split(r"[/\\\-. ]+", raw) if p]
    if len(parts) != 2 or not all(p.isdigit() and len(p) <= 3 for p in parts):
        raise ValueError(f"RT/RW '{raw}' tidak dikenali. Tulis seperti 001/002.")
    return parts[0].zfill(3), parts[1].zfill(3)


def three_digits(value: object, label: str) -> str | None:
    raw = text(value)
    if not raw:
        return None
    if not raw.isdigit() or len(raw) > 3:
        raise ValueError(f"{label} '{raw}' harus 1–3 digit angka.")
    return raw.zfill(3)


def place_and_date(value: object, reference: dt.date) -> tuple[str | None, dt.date | None]:
    """TTL 'Mojokerto, 12-05-1975' → place and date (the date may stand alone)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return None, date_value(value, reference)
    raw = text(value)
    if not raw:
        return None, None
    place, sep, when = raw.rpartition(",")
    if not sep:
        match = re.match(r"^(.*?)\s+(\d.*)$", raw)
        if not match:
            raise ValueError(f"Tempat, tanggal lahir '{raw}' tidak dikenali. Tulis seperti Mojokerto, 12-05-1975.")
        place, when = match.groups()
    return place_name(place), date_value(when.strip(), reference)


def count(value: object, label: str) -> int | None:
    if is_blank(value):
        return None
    try:
        number = float(str(value).strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{label} '{text(value)}' harus angka.") from None
    if not math.isfinite(number) or number < 0 or number != int(number):
        raise ValueError(f"{label} '{text(value)}' harus bilangan bulat.")
    return int(number)

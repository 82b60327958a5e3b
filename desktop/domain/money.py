"""Rupiah: amounts in words (terbilang), display formats, parsing, rounding.

Rules: shared/domain/writing-conventions.md §1–§2 and programmes-and-rates.md §7. Money is an
int or a Decimal, never a float: floats are rejected so that a rounding error cannot slip in.
"""
from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
# Scale words per group of three digits; KBBI spelling (miliar, triliun).
_SCALES = ("", "ribu", "juta", "miliar", "triliun")
LIMIT = 10 ** (3 * len(_SCALES))  # first number that has no scale word

ROUNDING_RULES = {"half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN, "truncate": ROUND_DOWN}


def _whole(n: object, what: str = "Jumlah") -> int:
    """int from int/Decimal; TypeError for floats and other types, ValueError for fractions/negatives."""
    if isinstance(n, bool) or not isinstance(n, (int, Decimal)):
        raise TypeError(f"{what} harus int atau Decimal, bukan {type(n).__name__}.")
    if isinstance(n, Decimal):
        if not n.is_finite() or n != n.to_integral_value():
            raise ValueError(f"{what} harus bilangan bulat rupiah; tertulis {n}.")
        n = int(n)
    if n < 0:
        raise ValueError(f"{what} tidak boleh negatif; tertulis {n}.")
    return n


def _below_hundred(n: int) -> str:
    if n < 10:
        return _UNITS[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{_UNITS[n - 10]} belas"
    tens, unit = divmod(n, 10)
    return f"{_UNITS[tens]} puluh" + (f" {_UNITS[unit]}" if unit else "")


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append("seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus")
    if rest:
        words.append(_below_hundred(rest))
    return " ".join(words)


def terbilang(n: int | Decimal) -> str:
    """Amount in words, lower case: 1001000 → "satu juta seribu"; 0 → "nol".

    "se-" only for 10, 11, 100 and 1000 (also inside larger numbers); millions and up take "satu".
    """
    n = _whole(n, "Angka")
    if n == 0:
        return "nol"
    if n >= LIMIT:
        raise ValueError(f"Angka terlalu besar untuk ditulis dengan huruf: {n}.")
    words = []
    for scale in range(len(_SCALES) - 1, -1, -1):
        group = (n // 10 ** (3 * scale)) % 1000
        if not group:
            continue  # zero parts are skipped, never "nol"
        if scale == 1 and group == 1:
            words.append("seribu")
        else:
            words.append(" ".join(w for w in (_below_thousand(group), _SCALES[scale]) if w))
    return " ".join(words)


def _finite(n: object) -> None:
    """int or a finite Decimal; NaN and Infinity are no amount (a float is refused as always)."""
    if isinstance(n, bool) or not isinstance(n, (int, Decimal)):
        raise TypeError(f"Jumlah harus int atau Decimal, bukan {type(n).__name__}.")
    if isinstance(n, Decimal) and not n.is_finite():
        raise ValueError(f"Jumlah '{n}' bukan angka rupiah (tak hingga atau bukan angka).")


def number_id(n: int | Decimal) -> str:
    """Whole number with dots for thousands: 1500000 → "1.500.000"."""
    _finite(n)
    value = int(Decimal(n).to_integral_value(ROUND_HALF_UP))
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def rupiah(n: int | Decimal) -> str:
    """Table form "Rp10.000" (no dot or space after Rp; Decimal rounded half up to whole rupiah)."""
    text = number_id(n)
    return f"-Rp{text[1:]}" if text.startswith("-") else f"Rp{text}"


def rupiah_decimals(n: int | Decimal) -> str:
    """Document form "Rp10.000,00"."""
    _finite(n)
    with localcontext() as context:  # enough digits for any finite amount (28 by default)
        context.prec = max(28, Decimal(n).adjusted() + 5)
        value = Decimal(n).quantize(Decimal("0.01"), ROUND_HALF_UP)
        whole, cents = divmod(abs(value), 1)
    sign = "-" if value < 0 else ""
    return f"{sign}Rp{number_id(int(whole))},{int(cents * 100):02d}"


def rupiah_words(n: int | Decimal, title_case: bool = False) -> str:
    """"Rp36.800,00 (tiga puluh enam ribu delapan ratus rupiah)" for agreements and receipts."""
    words = f"{terbilang(n)} rupiah"
    if title_case:
        words = " ".join(w.capitalize() for w in words.split())
    return f"{rupiah_decimals(n)} ({words})"


_MULTIPLIERS = {
    "rb": 1_000, "ribu": 1_000, "k": 1_000,
    "jt": 1_000_000, "juta": 1_000_000,
    "m": 1_000_000_000, "miliar": 1_000_000_000, "milyar": 1_000_000_000,
}
_WITH_WORD = re.compile(r"^([0-9]+(?:,[0-9]+)?)\s*([a-z]+)\.?$")
_DOTTED = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]{1,2}|,-)?$")
_PLAIN = re.compile(r"^[0-9]+(?:,[0-9]{1,2}|,-)?$")


def parse_rupiah(text: str) -> int:
    """Whole rupiah from what a clerk types: "1.500.000", "Rp 1,5 jt", "Rp1.500.000,00", "2 juta".

    A dot is always a thousands separator and a comma a decimal mark (Indonesian usage).
    Raises ValueError with an Indonesian message for anything else.
    """
    if not isinstance(text, str):
        raise ValueError(f"Jumlah rupiah harus teks, bukan {type(text).__name__}.")
    bad = ValueError(f"Jumlah rupiah '{text}' tidak dikenali. Tulis seperti 1.500.000 atau Rp 1,5 jt.")
    body = text.strip().lower()
    body = re.sub(r"^rp\.?\s*", "", body)
    match = _WITH_WORD.match(body)
    if match:
        word = match.group(2)
        if word not in _MULTIPLIERS:
            raise bad
        amount = Decimal(match.group(1).replace(",", ".")) * _MULTIPLIERS[word]
    elif _DOTTED.match(body) or _PLAIN.match(body):
        amount = Decimal(body.replace(",-", "").replace(".", "").replace(",", "."))
    else:
        raise bad
    if amount != amount.to_integral_value():
        raise ValueError(f"Jumlah rupiah '{text}' bukan rupiah utuh ({amount}).")
    return int(amount)


def percent_id(value: Decimal | int, places: int | None = None) -> str:
    """Percentage as in Indonesian text: Decimal("0.24") → "0,24%" (value is already in percent)."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise TypeError(f"Persen harus int atau Decimal, bukan {type(value).__name__}.")
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"Persen '{value}' bukan angka.")
    number = Decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    return f"{number:f}".replace(".", ",") + "%"


def round_rupiah(amount: Decimal | int, rule: str = "half_up") -> int:
    """Round to whole rupiah with a rule from settings: "half_up", "half_even" or "truncate"."""
    if rule not in ROUNDING_RULES:
        raise ValueError(f"Aturan pembulatan '{rule}' tidak dikenal; pilih salah satu: {', '.join(ROUNDING_RULES)}.")
    _finite(amount)
    try:
        return int(Decimal(amount).to_integral_value(ROUNDING_RULES[rule]))
    except InvalidOperation as exc:
        raise ValueError(f"Jumlah tidak dapat dibulatkan: {amount}.") from exc

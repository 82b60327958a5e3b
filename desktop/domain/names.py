"""A person's name as on the KTP-el, and the same name with the titles people write around it.

The enrolment form (section A) wants the name exactly as on the KTP-el: no "Hj.", no academic
degrees. Letters and certificates want the titles. Field rosters write "Hj. Siti Aminah, S.Pd.I";
`split_titles` gives ("Siti Aminah", "Hj. Siti Aminah, S.Pd.I"). A KTP name never holds a comma, so
everything after the first comma is a degree; without a comma only the known titles below count.
"""
from __future__ import annotations

import re

# Titles written before the name: religious (haji/hajjah) and academic.
PREFIX_TITLES = ("Hj.", "Hj", "H.", "Hajjah", "Haji", "Dra.", "Dra", "Drs.", "Drs", "Dr.", "Ir.", "Prof.",
                 "KH.", "K.H.", "Nyai", "Ny.", "Ustadzah", "Ust.")
# Degrees written after the name (with or without a comma before them).
SUFFIX_TITLES = (
    "S.Pd.", "S.Pd", "S.Pd.I.", "S.Pd.I", "S.PdI.", "S.PdI", "S.Pd.AUD", "S.Pd.SD", "M.Pd.", "M.Pd", "M.Pd.I.",
    "M.Pd.I", "S.Ag.", "S.Ag", "M.Ag.", "M.Ag", "S.Sos.", "S.Sos", "S.E.", "S.E", "SE", "S.H.", "S.H", "SH",
    "S.H.I.", "S.H.I", "S.Kom.", "S.Kom", "S.Psi.", "S.Psi", "S.Si.", "S.Si", "S.Kep.", "S.Kep", "S.Keb.",
    "S.Keb", "S.Th.I.", "S.Th.I", "S.Sy.", "S.Sy", "S.IP.", "S.IP", "S.Hum.", "S.Hum", "S.Kes.", "S.Kes",
    "S.ST.", "S.ST", "S.Farm.", "M.Si.", "M.Si", "M.M.", "M.M", "MM", "M.H.", "M.H", "M.Kes.", "M.Kes",
    "A.Ma.", "A.Ma", "A.Ma.Pd.", "A.Ma.Pd", "A.Md.", "A.Md", "A.Md.Keb.", "A.Md.Keb", "A.Md.Kep.", "Amd.", "Amd",
    "AMd", "Lc.", "Lc", "Apt.", "Ners",
)
_PREFIX = {t.casefold() for t in PREFIX_TITLES}
_SUFFIX = {t.casefold() for t in SUFFIX_TITLES}
_SPELLING = {t.casefold(): t for t in reversed(PREFIX_TITLES + SUFFIX_TITLES)}  # "HJ." → "Hj.", "S.PD." → "S.Pd."


def _spelt(word: str) -> str:
    """A known title in its usual spelling, the comma after it kept; other words unchanged."""
    bare = word.rstrip(",")
    return _SPELLING.get(bare.casefold(), bare) + word[len(bare):]


def _is(word: str, titles: set[str]) -> bool:
    return word.casefold().strip(",") in titles


def split_titles(name: str | None) -> tuple[str, str | None]:
    """(name as on the KTP, the full name with titles or None when it has none)."""
    full = " ".join((name or "").split())
    if not full:
        return "", None
    bare, comma, _degrees = full.partition(",")
    words = bare.split()
    while len(words) > 1 and _is(words[0], _PREFIX):
        words.pop(0)
    while len(words) > 1 and _is(words[-1], _SUFFIX):
        words.pop()
    ktp = " ".join(words).strip(" ,")
    if not ktp:  # nothing but titles: keep what was written
        return full, None
    return ktp, (" ".join(map(_spelt, full.split())) if ktp != full else None)


def has_titles(name: str | None) -> bool:
    return split_titles(name)[1] is not None

"""Names written in the field matched to what the database knows: regions, institutions, units,
occupations. Everything is loaded once per import and matches are cached, so a 100k-row file costs
a few queries, not one per row.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import regions
from desktop.models import Institution, Occupation, OrgUnit, Region

# Words that say what kind of thing a name is, not which one ("PAC Muslimat NU Sooko" = "Sooko").
_UNIT_WORDS = {"pc", "pac", "pr", "par", "ranting", "anak", "cabang", "pimpinan", "muslimat", "nu", "nahdlatul",
               "ulama", "kab", "kabupaten", "kec", "kecamatan", "desa", "kel", "kelurahan"}
# Field spellings of occupations that the Dukcapil list names differently.
OCCUPATION_ALIASES = {"ibu rumah tangga": "02", "irt": "02", "rumah tangga": "02", "penjahit": "30",
                      "perias pengantin": "32", "perias": "32", "petani": "09", "buruh tani": "20",
                      "buruh pabrik": "15", "guru ngaji": "102", "guru tpq": "102", "guru tk": "101",
                      "guru": "65", "swasta": "15", "dagang": "84", "pedagang": "84"}


def institution_key(name: str) -> str:
    """Compare institution names without case, punctuation or the word 'NU' ('TK. Muslimat 56 X' =
    'TK Muslimat NU 56 X'); the hyphen goes without a space so 'AlIkhlas' = 'Al-Ikhlas'."""
    words = re.sub(r"[^a-z0-9 ]", "", name.lower().replace("-", "")).split()
    return " ".join(w for w in words if w != "nu")


def _unit_key(name: str) -> str:
    return " ".join(w for w in re.sub(r"[^a-z0-9 ]", " ", name.lower()).split() if w not in _UNIT_WORDS)


class Lookups:
    def __init__(self, session: Session, district_code: str):
        self.district_code = district_code
        self._session = session
        self.kecamatan_codes = set(session.scalars(select(Region.code).where(Region.level == "kecamatan")))
        self.regency_codes = set(session.scalars(select(Region.code).where(Region.level == "kabkota")))
        district = session.execute(select(Region.code, Region.name).where(Region.parent_code == district_code)).all()
        self._kecamatan = {regions.name_key(name): code for code, name in district}
        self._kecamatan_name = dict(district)
        self._desa: dict[str, dict[str, tuple[str, str | None]]] = {}
        self.institutions = [(iid, name, institution_key(name), desa or "", unit)
                             for iid, name, desa, unit in session.execute(
                                 select(Institution.id, Institution.name, Institution.desa_code,
                                        Institution.unit_id).where(Institution.deleted_at.is_(None)))]
        self._inst_by_key: dict[str, list[tuple]] = {}
        for inst in self.institutions:
            self._inst_by_key.setdefault(inst[2], []).append(inst)
        self.units = list(session.execute(select(OrgUnit.id, OrgUnit.name, OrgUnit.parent_id, OrgUnit.level,
                                                 OrgUnit.region_code).where(OrgUnit.deleted_at.is_(None))))
        self.occupations = {code: name for code, name in session.execute(select(Occupation.code, Occupation.name))}
        self._occupation_keys = {}
        for code, name in self.occupations.items():
            for part in [name, *name.split("/")]:
                self._occupation_keys.setdefault(" ".join(part.lower().split()), code)
        self.kecamatan = lru_cache(maxsize=None)(self._find_kecamatan)
        self.desa = lru_cache(maxsize=None)(self._find_desa)
        self.institution = lru_cache(maxsize=None)(self._find_institution)
        self.unit = lru_cache(maxsize=None)(self._find_unit)
        self.occupation = lru_cache(maxsize=None)(self._find_occupation)
        self.unit_for_region = lru_cache(maxsize=None)(self._unit_for_region)

    # -- regions -----------------------------------------------------------------------------
    def kecamatan_name(self, code: str) -> str:
        """'Sooko' for 35.16.13 (the code itself outside the organisation's district)."""
        return self._kecamatan_name.get(code, code)

    def _find_kecamatan(self, name: str) -> str | None:
        """Kecamatan code in the organisation's district ('Dawar Blandong' → Dawarblandong)."""
        return _best(regions.name_key(name), self._kecamatan)

    def _desa_of(self, kecamatan_code: str) -> dict[str, tuple[str, str | None]]:
        if kecamatan_code not in self._desa:
            self._desa[kecamatan_code] = {regions.name_key(name): (code, postal) for code, name, postal in
                                          self._session.execute(select(Region.code, Region.name, Region.postal_code)
                                                                .where(Region.parent_code == kecamatan_code))}
        return self._desa[kecamatan_code]

    def _find_desa(self, kecamatan_code: str | None, name: str) -> tuple[str, str | None] | None:
        """(desa code, postal code) of a desa in a kecamatan; without a kecamatan, a desa name that
        is unique in the organisation's district."""
        if not kecamatan_code:
            key = regions.name_key(name)
            found = [d[key] for k in self._kecamatan.values() if key in (d := self._desa_of(k))]
            return found[0] if len(found) == 1 else None
        options = self._desa_of(kecamatan_code)
        key = _best(regions.name_key(name), {k: k for k in options})
        return options[key] if key else None

    # -- institutions ------------------------------------------------------------------------
    def _find_institution(self, name: str, kecamatan_code: str | None) -> tuple[int, str, int | None] | None:
        """(id, name, unit id): exact key, else one close name with the same numbers, within the
        row's kecamatan when it is known."""
        key = institution_key(name)
        if not key:
            return None
        candidates = self._inst_by_key.get(key, [])
        if kecamatan_code and len(candidates) > 1:
            candidates = [c for c in candidates if c[3].startswith(kecamatan_code)] or candidates
        if len(candidates) == 1:
            return candidates[0][0], candidates[0][1], candidates[0][4]
        if candidates:
            return None  # ambiguous: the clerk must say which
        pool = [c for c in self.institutions if not kecamatan_code or not c[3] or c[3].startswith(kecamatan_code)]
        digits = re.findall(r"\d+", key)
        pool = [c for c in pool if re.findall(r"\d+", c[2]) == digits]
        found = process.extract(key, {i: c[2] for i, c in enumerate(pool)}, scorer=fuzz.token_sort_ratio,
                                score_cutoff=90, limit=2)
        if len(found) == 1 or (len(found) == 2 and found[0][1] > found[1][1]):
            best = pool[found[0][2]]
            return best[0], best[1], best[4]
        return None

    # -- units -------------------------------------------------------------------------------
    def _find_unit(self, name: str, parent_name: str | None = None) -> tuple[int, str] | None:
        """A unit by name ('Sooko' = 'PAC Muslimat NU Sooko'), below the named parent when given;
        the deepest match wins."""
        key = _unit_key(name)
        if not key:
            return None
        matches = [u for u in self.units if _unit_key(u.name) == key]
        if parent_name and len(matches) > 1:
            parent = self._find_unit(parent_name)
            if parent:
                matches = [u for u in matches if u.parent_id == parent[0]] or matches
        if not matches:
            return None
        best = max(matches, key=lambda u: u.level)
        return best.id, best.name

    def _unit_for_region(self, region_code: str | None) -> int | None:
        """The deepest unit whose region is this desa or its kecamatan (PAC Sooko ↔ 35.16.13)."""
        if not region_code:
            return None
        found = [u for u in self.units if u.region_code and region_code.startswith(u.region_code)]
        return max(found, key=lambda u: (len(u.region_code), u.level)).id if found else None

    # -- occupations -------------------------------------------------------------------------
    def _find_occupation(self, name: str) -> str | None:
        key = " ".join(name.lower().split())
        if key in OCCUPATION_ALIASES and OCCUPATION_ALIASES[key] in self.occupations:
            return OCCUPATION_ALIASES[key]
        if key in self._occupation_keys:
            return self._occupation_keys[key]
        if key.isdigit() and key.zfill(2) in self.occupations:  # a code typed instead of a name
            return key.zfill(2)
        return _best(key, self._occupation_keys, cutoff=90)


def _best(key: str, options: dict[str, str], cutoff: int = 88) -> str | None:
    if not key:
        return None
    if key in options:
        return options[key]
    found = process.extractOne(key, list(options), scorer=fuzz.ratio, score_cutoff=cutoff)
    return options[found[0]] if found else None

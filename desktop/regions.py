"""Kemendagri regions in the DB: pickers (kecamatan → desa → postal code) and name matching."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Region


@dataclass(frozen=True)
class RegionInfo:
    code: str
    level: str
    name: str
    parent_code: str | None
    postal_code: str | None


def _info(row: Region) -> RegionInfo:
    return RegionInfo(row.code, row.level, row.name, row.parent_code, row.postal_code)


def dotted(code6_or_10: str) -> str:
    """'351613' → '35.16.13'; '3516132001' → '35.16.13.2001'."""
    digits = re.sub(r"\D", "", code6_or_10)
    parts = [digits[0:2], digits[2:4], digits[4:6], digits[6:10]]
    return ".".join(p for p in parts if p)


def get(session: Session, code: str) -> RegionInfo | None:
    row = session.get(Region, code)
    return _info(row) if row else None


def children(session: Session, parent_code: str) -> list[RegionInfo]:
    rows = session.scalars(select(Region).where(Region.parent_code == parent_code).order_by(Region.name))
    return [_info(r) for r in rows]


def kecamatan_known(session: Session):
    """A fast predicate for NIK and KK checks: is this dotted kecamatan ("35.16.13") or
    kabupaten/kota ("35.16") code in the bundled table? The codes are read once per session
    (reference data): a bulk edit validates hundreds of persons."""
    codes = session.info.get("region_codes")
    if codes is None:
        codes = session.info["region_codes"] = frozenset(
            session.scalars(select(Region.code).where(Region.level.in_(("kecamatan", "kabkota")))))
    return codes.__contains__


def name_key(name: str) -> str:
    """Compare region names without case, spaces or punctuation ('Dawar Blandong' = 'Dawarblandong')."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def find_in(session: Session, parent_code: str, name: str) -> RegionInfo | None:
    """Exact match (ignoring case/spaces/punctuation) of a child region by name, then a close one."""
    wanted = name_key(name)
    if not wanted:
        return None
    options = children(session, parent_code)
    for option in options:
        if name_key(option.name) == wanted:
            return option
    from rapidfuzz import fuzz, process
    best = process.extractOne(wanted, {o.code: name_key(o.name) for o in options}, scorer=fuzz.ratio,
                              score_cutoff=88)
    if best:
        return next(o for o in options if o.code == best[2])
    return None


def full_address(session: Session, desa_code: str | None) -> str:
    """'Japan, Kec. Sooko, Kabupaten Mojokerto' for a desa code (empty when unknown)."""
    if not desa_code:
        return ""
    desa = get(session, desa_code)
    if not desa:
        return ""
    kec = get(session, desa.parent_code) if desa.parent_code else None
    kab = get(session, kec.parent_code) if kec and kec.parent_code else None
    parts = [desa.name, f"Kec. {kec.name}" if kec else None, kab.name if kab else None]
    return ", ".join(p for p in parts if p)

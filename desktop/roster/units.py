"""The organisation tree (PC → PAC → Ranting …): levels are numbers, their names come from settings."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop import audit, clock, regions, versions
from desktop.domain import status as person_status
from desktop.errors import NotFound, UserError
from desktop.models import Institution, OrgUnit, Person, Region


@dataclass
class UnitNode:
    id: int
    name: str
    level: int
    parent_id: int | None
    region_code: str | None
    persons: int = 0  # in this unit and below
    enrolled: int = 0
    children: list[UnitNode] = field(default_factory=list)


@dataclass
class UnitData:
    name: str
    parent_id: int | None = None
    region_code: str | None = None
    code: str | None = None
    address: str | None = None
    chair_name: str | None = None
    version: int | None = None  # the version read (desktop.versions); None: read in the same transaction


LABELS = {"name": "Nama unit", "parent_id": "Unit induk", "region_code": "Wilayah", "code": "Kode unit",
          "address": "Alamat sekretariat", "chair_name": "Ketua"}


def _checked(session: Session, data: UnitData, unit_id: int | None) -> tuple[str, int]:
    """The tidy name and the level the unit will have; raises UserError for what blocks saving."""
    name = " ".join((data.name or "").split())
    if not name:
        raise UserError("Nama unit wajib diisi.", field="name")
    level = 0
    if data.parent_id is not None:
        parent = session.get(OrgUnit, data.parent_id)
        if parent is None or parent.deleted_at is not None:
            raise NotFound(f"Unit induk dengan id {data.parent_id} tidak ditemukan.", field="parent_id")
        if unit_id is not None and data.parent_id in subtree_ids(session, unit_id):
            raise UserError("Unit induk tidak boleh unit itu sendiri atau unit di bawahnya.", field="parent_id")
        level = parent.level + 1
    duplicate = session.scalar(select(OrgUnit.id).where(
        OrgUnit.parent_id.is_(None) if data.parent_id is None else OrgUnit.parent_id == data.parent_id,
        func.lower(OrgUnit.name) == name.lower(), OrgUnit.deleted_at.is_(None)))
    if duplicate and duplicate != unit_id:
        raise UserError(f"Unit '{name}' sudah ada di bawah induk yang sama.", field="name")
    return name, level


def _name_keys(text: str) -> set[str]:
    """Words of a name and runs of up to three of them joined ('Dawar Blandong' → 'dawarblandong')."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {"".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}


def region_warning(session: Session, name: str | None, region_code: str | None) -> str | None:
    """A unit whose name names another kecamatan than its region code's ('PAC Muslimat NU Mojosari'
    with 35.16.07 Kutorejo): every person the import places by region would land in the wrong unit.
    Only a warning: a ranting may be named after a person or a mosque that shares a place name."""
    if not name or not region_code:
        return None
    region = session.get(Region, region_code)
    if region is None:
        return (f"Kode wilayah {region_code} tidak ada di daftar wilayah Kemendagri; tulis kode kecamatan "
                "seperti 35.16.13.")
    if region.level in ("desa", "kelurahan"):
        region = session.get(Region, region.parent_code)
    if region is None or region.level != "kecamatan":
        return None
    keys = _name_keys(name)
    named = [(code, kec) for code, kec in session.execute(
        select(Region.code, Region.name).where(Region.parent_code == region.parent_code, Region.level == "kecamatan"))
        if regions.name_key(kec) in keys]
    if not named or any(code == region.code for code, _ in named):
        return None
    others = " / ".join(f"Kecamatan {kec} ({code})" for code, kec in named)
    return (f"Nama unit '{name}' menyebut {others}, tetapi kode wilayahnya {region.code} adalah Kecamatan "
            f"{region.name}. Orang yang dimasukkan menurut wilayah akan masuk ke unit yang salah; periksa kode "
            "wilayahnya.")


def add_unit(session: Session, name: str, *, parent_id: int | None = None, region_code: str | None = None,
             code: str | None = None, address: str | None = None, chair_name: str | None = None) -> int:
    data = UnitData(name, parent_id, region_code, code, address, chair_name)
    name, level = _checked(session, data, None)
    unit = OrgUnit(name=name, parent_id=parent_id, level=level, region_code=region_code, code=code,
                   address=address, chair_name=chair_name)
    session.add(unit)
    session.flush()
    audit.record(session, "unit_add", f"Unit ditambahkan: {name}")
    return unit.id


def unit_data(session: Session, unit_id: int) -> UnitData:
    return unit_data_of(find_unit(session, unit_id))


def update_unit(session: Session, unit_id: int, data: UnitData) -> None:
    """Rename, move or describe a unit; the levels of the units below follow a move."""
    unit = find_unit(session, unit_id)
    name, level = _checked(session, data, unit_id)
    before = unit_data_of(unit)
    versions.claim(session, unit, data.version, what=f"Unit {unit.name}", labels=LABELS,
                   differences=lambda: (_differing(dataclasses.replace(data, name=name), unit_data_of(unit)),
                                        unit_data_of(unit)))
    shift = level - unit.level
    unit.name, unit.parent_id, unit.region_code = name, data.parent_id, data.region_code
    unit.code, unit.address, unit.chair_name = data.code, data.address, data.chair_name
    if shift:
        for below in session.scalars(select(OrgUnit).where(OrgUnit.id.in_(subtree_ids(session, unit_id)))):
            below.level += shift
    session.flush()
    audit.record(session, "unit_edit", f"Unit diubah: {name}", record=versions.record_key(unit),
                 fields=_differing(before, unit_data_of(unit)))


def _differing(mine: UnitData, theirs: UnitData) -> list[str]:
    return [name for name in LABELS if getattr(mine, name) != getattr(theirs, name)]


def delete_unit(session: Session, unit_id: int) -> None:
    """Remove an empty unit (no units, institutions or persons under it) to the trash."""
    unit = find_unit(session, unit_id)
    if session.scalar(select(func.count()).select_from(OrgUnit).where(
            OrgUnit.parent_id == unit_id, OrgUnit.deleted_at.is_(None))):
        raise UserError(f"Unit '{unit.name}' masih punya unit di bawahnya; pindahkan atau hapus dulu.")
    if session.scalar(select(func.count()).select_from(Person).where(
            Person.unit_id == unit_id, Person.deleted_at.is_(None))):
        raise UserError(f"Unit '{unit.name}' masih punya anggota; pindahkan mereka ke unit lain dulu.")
    if session.scalar(select(func.count()).select_from(Institution).where(
            Institution.unit_id == unit_id, Institution.deleted_at.is_(None))):
        raise UserError(f"Unit '{unit.name}' masih punya lembaga; pindahkan lembaganya dulu.")
    unit.deleted_at = clock.now()
    audit.record(session, "unit_trash", f"Unit dihapus: {unit.name}")


def restore_unit(session: Session, unit_id: int) -> None:
    """Back from the trash, under its old parent (which must itself be there)."""
    unit = session.get(OrgUnit, unit_id)
    if unit is None or unit.deleted_at is None:
        raise NotFound(f"Tidak ada unit terhapus dengan id {unit_id}.")
    parent = session.get(OrgUnit, unit.parent_id) if unit.parent_id else None
    if parent is not None and parent.deleted_at is not None:
        raise UserError(f"Pulihkan dulu unit induknya, '{parent.name}'.")
    _checked(session, unit_data_of(unit), unit_id)  # a unit of the same name may have been added since
    unit.deleted_at = None
    audit.record(session, "unit_restore", f"Unit dipulihkan: {unit.name}")


def unit_data_of(unit: OrgUnit) -> UnitData:
    return UnitData(unit.name, unit.parent_id, unit.region_code, unit.code, unit.address, unit.chair_name,
                    unit.version)


def find_unit(session: Session, name_or_id: str | int) -> OrgUnit:
    """A unit by id or by (case-insensitive) name; ambiguous names are an error."""
    if isinstance(name_or_id, int) or str(name_or_id).isdigit():
        unit = session.get(OrgUnit, int(name_or_id))
        if unit and unit.deleted_at is None:
            return unit
    matches = list(session.scalars(select(OrgUnit).where(
        func.lower(OrgUnit.name) == str(name_or_id).strip().lower(), OrgUnit.deleted_at.is_(None))))
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise UserError(f"Ada {len(matches)} unit bernama '{name_or_id}'; sebutkan id-nya.")
    raise NotFound(f"Unit '{name_or_id}' tidak ditemukan.")


def subtree_ids(session: Session, unit_id: int) -> list[int]:
    """The unit and all units below it (the tree is small: hundreds of nodes at most)."""
    rows = session.execute(select(OrgUnit.id, OrgUnit.parent_id).where(OrgUnit.deleted_at.is_(None))).all()
    by_parent: dict[int | None, list[int]] = {}
    for uid, parent in rows:
        by_parent.setdefault(parent, []).append(uid)
    result, stack = [], [unit_id]
    while stack:
        current = stack.pop()
        result.append(current)
        stack.extend(by_parent.get(current, []))
    return result


def unit_tree(session: Session) -> list[UnitNode]:
    """All units as a tree, with persons/enrolled counts rolled up (one grouped query for counts)."""
    return counted_tree(session).roots


@dataclass
class CountedTree:
    roots: list[UnitNode]
    persons: int  # everyone alive, with or without a unit
    enrolled: int


def counted_tree(session: Session) -> CountedTree:
    """The tree plus the totals of the whole roster, from the same single grouped count query."""
    nodes = {uid: UnitNode(uid, name, level, parent, region)
             for uid, name, level, parent, region in session.execute(
                 select(OrgUnit.id, OrgUnit.name, OrgUnit.level, OrgUnit.parent_id, OrgUnit.region_code)
                 .where(OrgUnit.deleted_at.is_(None)).order_by(OrgUnit.level, OrgUnit.name))}
    counts = session.execute(
        select(Person.unit_id, func.count(),
               func.sum(case((Person.status.in_([str(s) for s in person_status.ENROLLED]), 1), else_=0)))
        .where(Person.deleted_at.is_(None)).group_by(Person.unit_id)).all()
    roots: list[UnitNode] = []
    for node in nodes.values():
        parent = nodes.get(node.parent_id) if node.parent_id else None
        (parent.children if parent else roots).append(node)
    for unit_id, persons, enrolled in counts:
        node = nodes.get(unit_id) if unit_id is not None else None
        while node is not None:  # roll the counts up to every ancestor
            node.persons += persons
            node.enrolled += enrolled or 0
            node = nodes.get(node.parent_id) if node.parent_id else None
    return CountedTree(roots, sum(row[1] for row in counts), sum(row[2] or 0 for row in counts))


def flatten(tree: list[UnitNode]) -> list[UnitNode]:
    out: list[UnitNode] = []
    stack = list(reversed(tree))
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(reversed(node.children))
    return out

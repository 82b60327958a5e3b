"""Institutions (KB/TK/RA/PAUD/TPQ/Majelis Taklim …) under the units."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import audit, clock, versions
from desktop.domain import identifiers
from desktop.errors import NotFound, UserError
from desktop.models import Institution, Person

# Spellings seen in the field → canonical type (organisation.md §1.3). Unknown spellings stay as typed.
TYPE_ALIASES = {
    "tk": "TK", "t.k.": "TK", "t.k": "TK", "tamankanakkanak": "TK",
    "ra": "RA", "raudlatulathfal": "RA", "raudhatulathfal": "RA",
    "kb": "KB", "kb/paud": "KB", "kelompokbermain": "KB",
    "paud": "PAUD", "tpq": "TPQ", "tpa": "TPQ", "majelistaklim": "Majelis Taklim", "mt": "Majelis Taklim",
}
TYPES = ("KB", "TK", "RA", "PAUD", "TPQ", "Majelis Taklim", "Lainnya")


def canonical_type(raw: str) -> str | None:
    text = (raw or "").strip().lower()
    if text in TYPE_ALIASES:
        return TYPE_ALIASES[text]
    squeezed = re.sub(r"[^a-z/]", "", text)
    return TYPE_ALIASES.get(squeezed) or TYPE_ALIASES.get(squeezed.replace("/", ""))


@dataclass
class InstitutionData:
    name: str
    type: str
    npsn: str | None = None
    nsm: str | None = None
    npp: str | None = None
    address: str | None = None
    desa_code: str | None = None
    head_name: str | None = None
    phone: str | None = None
    unit_id: int | None = None
    risk_group: str = "I"
    staff_count: int | None = None
    version: int | None = None  # the version read (desktop.versions); None: read in the same transaction


LABELS = {"name": "Nama lembaga", "type": "Jenis", "npsn": "NPSN", "nsm": "NSM", "npp": "NPP", "address": "Alamat",
          "desa_code": "Desa/Kelurahan", "head_name": "Kepala", "phone": "No. telepon", "unit_id": "Unit",
          "risk_group": "Kelompok risiko", "staff_count": "Jumlah pegawai"}


def _values(data: InstitutionData) -> dict:
    """The stored columns of the data (not the version, which desktop.versions keeps)."""
    return {name: getattr(data, name) for name in LABELS}


def _checked(session: Session, data: InstitutionData, inst_id: int | None) -> InstitutionData:
    """The cleaned data; raises UserError (naming the field) for what blocks saving."""
    name = " ".join((data.name or "").split())
    if not name:
        raise UserError("Nama lembaga wajib diisi.", field="name")
    kind = canonical_type(data.type) or (data.type.strip() if data.type else "")
    if not kind:
        raise UserError("Jenis lembaga wajib diisi (KB, TK, RA, PAUD, TPQ, Majelis Taklim).", field="type")
    npsn = None
    if data.npsn:
        npsn, problems = identifiers.check_npsn(data.npsn)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise UserError(errors[0].message, field="npsn")
        other = session.scalar(select(Institution.id).where(Institution.npsn == npsn)) if npsn else None
        if other is not None and other != inst_id:
            raise UserError(f"NPSN {npsn} sudah dipakai lembaga lain.", field="npsn")
    if data.risk_group not in ("I", "II", "III", "IV", "V"):
        raise UserError("Kelompok risiko harus I, II, III, IV atau V.", field="risk_group")
    return dataclasses.replace(data, name=name, type=kind, npsn=npsn, npp=(data.npp or "").strip().upper() or None)


def add_institution(session: Session, data: InstitutionData, *, import_run_id: int | None = None) -> int:
    clean = _checked(session, data, None)
    inst = Institution(import_run_id=import_run_id, **_values(clean))
    session.add(inst)
    session.flush()
    audit.record(session, "institution_add", f"Lembaga ditambahkan: {clean.name}")
    return inst.id


def institution_data(session: Session, inst_id: int) -> InstitutionData:
    inst = find_institution(session, inst_id)
    return InstitutionData(**{f.name: getattr(inst, f.name) for f in dataclasses.fields(InstitutionData)})


def update_institution(session: Session, inst_id: int, data: InstitutionData) -> None:
    inst = find_institution(session, inst_id)
    clean = _checked(session, data, inst_id)
    before = institution_data(session, inst_id)
    versions.claim(session, inst, data.version, what=f"Lembaga {inst.name}", labels=LABELS,
                   differences=lambda: (_differing(clean, institution_data(session, inst_id)),
                                        institution_data(session, inst_id)))
    for name, value in _values(clean).items():
        setattr(inst, name, value)
    session.flush()
    audit.record(session, "institution_edit", f"Lembaga diubah: {clean.name}", record=versions.record_key(inst),
                 fields=_differing(before, clean))


def _differing(mine: InstitutionData, theirs: InstitutionData) -> list[str]:
    return [name for name in LABELS if getattr(mine, name) != getattr(theirs, name)]


def delete_institution(session: Session, inst_id: int) -> None:
    """To the trash, only when no live person works there (their rows would lose their employer)."""
    inst = find_institution(session, inst_id)
    staff = session.scalar(select(func.count()).select_from(Person).where(
        Person.institution_id == inst_id, Person.deleted_at.is_(None)))
    if staff:
        raise UserError(f"Lembaga '{inst.name}' masih punya {staff} orang; pindahkan mereka dulu.")
    inst.deleted_at = clock.now()
    audit.record(session, "institution_trash", f"Lembaga dihapus: {inst.name}")


def restore_institution(session: Session, inst_id: int) -> None:
    inst = session.get(Institution, inst_id)
    if inst is None or inst.deleted_at is None:
        raise NotFound(f"Tidak ada lembaga terhapus dengan id {inst_id}.")
    inst.deleted_at = None
    audit.record(session, "institution_restore", f"Lembaga dipulihkan: {inst.name}")


def find_institution(session: Session, name_or_id: str | int) -> Institution:
    if isinstance(name_or_id, int) or str(name_or_id).isdigit():
        inst = session.get(Institution, int(name_or_id))
        if inst and inst.deleted_at is None:
            return inst
        inst = session.scalar(select(Institution).where(Institution.npsn == str(name_or_id)))
        if inst:
            return inst
    matches = list(session.scalars(select(Institution).where(
        func.lower(Institution.name) == str(name_or_id).strip().lower(), Institution.deleted_at.is_(None))))
    if len(matches) == 1:
        return matches[0]
    raise NotFound(f"Lembaga '{name_or_id}' tidak ditemukan.")


@dataclass
class InstitutionRow:
    id: int
    name: str
    type: str
    npsn: str | None
    unit_id: int | None
    staff: int


def list_institutions(session: Session, *, unit_ids: list[int] | None = None, search: str | None = None,
                      type: str | None = None) -> list[InstitutionRow]:
    staff = (select(Person.institution_id, func.count().label("n")).where(Person.deleted_at.is_(None))
             .group_by(Person.institution_id).subquery())
    query = (select(Institution.id, Institution.name, Institution.type, Institution.npsn, Institution.unit_id,
                    func.coalesce(staff.c.n, 0))
             .outerjoin(staff, staff.c.institution_id == Institution.id)
             .where(Institution.deleted_at.is_(None)).order_by(Institution.name))
    if unit_ids is not None:
        query = query.where(Institution.unit_id.in_(unit_ids))
    if search:
        query = query.where(Institution.name.ilike(f"%{search.strip()}%"))
    if type:
        query = query.where(Institution.type == (canonical_type(type) or type))
    return [InstitutionRow(*row) for row in session.execute(query)]

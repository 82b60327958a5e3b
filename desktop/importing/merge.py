"""Merging two records of the same person already in the database (found as possible duplicates).

The kept record gets every field it lacks from the dropped one, and the dropped one's heirs (when
the kept has none), enrolments, batch items and claims; then the dropped record is removed. When
both hold a NIK and they differ, the clerk says which NIK is right. The import's "possible
duplicate" warning on the kept record that points at the dropped one is cleared.

`plan_merge` says what the merge will do without writing; the window shows it and `merge_persons`
carries out the same plan, so what the clerk sees is what happens. The caller takes a backup first
and runs `merge_persons` in one write transaction.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop import audit
from desktop.domain import dates_id, money
from desktop.domain.nik import mask_nik
from desktop.domain.phone import display_phone, mask_phone
from desktop.errors import NotFound, UserError
from desktop.importing.persons import COLUMNS
from desktop.models import BatchItem, Claim, Enrolment, Heir, Institution, OrgUnit, Person, Region
from desktop.roster.persons import DUPLICATE_CODES, LABELS, name_key, stored_warnings

_OTHER_ID = re.compile(r"\(id (\d+)")  # "Mungkin sudah ada di daftar (id 123): …"
# Shown side by side always (the clerk's checklist); other columns only when one of the two holds a value.
SHOWN = ("name", "nik", "birth_date", "phone", "address", "desa_code", "unit_id", "institution_id", "kpj")


def _blank(value) -> bool:  # noqa: ANN001
    return value is None or value == ""


@dataclass(frozen=True)
class FieldPlan:
    field: str
    keep: object
    drop: object
    result: object

    @property
    def differs(self) -> bool:
        return self.keep != self.drop and not (_blank(self.keep) and _blank(self.drop))

    @property
    def filled(self) -> bool:
        """The kept record takes this value from the dropped one."""
        return self.result != self.keep


@dataclass
class MergePlan:
    keep_id: int
    drop_id: int
    fields: list[FieldPlan]
    keep_status: str
    drop_status: str
    keep_heirs: int
    drop_heirs: int
    problems: str | None  # the kept record's warnings afterwards (JSON, as stored)
    cleared: int  # duplicate warnings dropped from the kept record
    nik_conflict: bool = False  # both hold a NIK and they differ: the clerk chooses
    notes: list[str] = field(default_factory=list)

    @property
    def heirs_moved(self) -> bool:
        return self.keep_heirs == 0 and self.drop_heirs > 0

    @property
    def filled(self) -> list[str]:
        return [f.field for f in self.fields if f.filled] + (["heirs"] if self.heirs_moved else [])

    def get(self, name: str) -> FieldPlan:
        return next(f for f in self.fields if f.field == name)


def _named_ids(item: dict) -> list[int]:
    """The ids of other records a stored 'possible duplicate in the DB' warning names."""
    if item.get("code") != DUPLICATE_CODES[0]:
        return []
    return [int(n) for n in _OTHER_ID.findall(item.get("message", ""))]


def duplicate_ids(problems: str | None) -> list[int]:
    """Ids of other records an import's 'possible duplicate' warnings (a person's stored JSON) name."""
    return [pid for item in json.loads(problems or "[]") for pid in _named_ids(item)]


def duplicate_candidates(session: Session, person_id: int) -> list[int]:
    """Records that may be the same person as `person_id`: the one its import warning names, then any
    other with the same name and birth date (how the import judged them; also two rows of one file)."""
    person = session.get(Person, person_id)
    if person is None:
        return []
    alive = select(Person.id).where(Person.id != person_id, Person.deleted_at.is_(None))
    named = duplicate_ids(person.problems)
    existing = set(session.scalars(alive.where(Person.id.in_(named))))
    same = [] if person.birth_date is None else list(session.scalars(alive.where(
        Person.name_key == person.name_key, Person.birth_date == person.birth_date).order_by(Person.id)))
    return [pid for pid in named if pid in existing] + [pid for pid in same if pid not in existing]


def _about(item: dict, keep: Person, drop: Person) -> bool:
    """Is this stored warning of the kept record the 'may be the same person' about the dropped one?"""
    if item.get("code") == DUPLICATE_CODES[0]:
        return drop.id in _named_ids(item)
    # within one file the warning names a row, not a record: both rows came in with the same import
    return (item.get("code") == DUPLICATE_CODES[1] and keep.import_run_id is not None
            and keep.import_run_id == drop.import_run_id)


def plan_merge(session: Session, keep_id: int, drop_id: int, *, nik: str | None = None) -> MergePlan:
    """What merging `drop_id` into `keep_id` will do. `nik`: the right one when both NIKs differ
    (one of the two); without it such a plan has `nik_conflict` and cannot be carried out."""
    if keep_id == drop_id:
        raise UserError("Pilih dua orang yang berbeda untuk digabungkan.")
    keep, drop = session.get(Person, keep_id), session.get(Person, drop_id)
    for pid, row in ((keep_id, keep), (drop_id, drop)):
        if row is None or row.deleted_at is not None:
            raise NotFound(f"Orang dengan id {pid} tidak ditemukan (atau ada di tempat sampah).")
    conflict = bool(keep.nik and drop.nik and keep.nik != drop.nik)
    if nik is not None and (not conflict or nik not in (keep.nik, drop.nik)):
        raise UserError("NIK yang dipilih bukan salah satu NIK kedua data.")
    fields = []
    for name in COLUMNS:
        old, other = getattr(keep, name), getattr(drop, name)
        result = other if _blank(old) and not _blank(other) else old
        if name == "nik" and conflict:
            result = nik or old
        fields.append(FieldPlan(name, old, other, result))
    warnings = stored_warnings(keep)
    kept = [item for item in warnings if not _about(item, keep, drop)]
    return MergePlan(keep_id, drop_id, fields, keep.status, drop.status, len(keep.heirs), len(drop.heirs),
                     json.dumps(kept, ensure_ascii=False) if kept else None, len(warnings) - len(kept),
                     nik_conflict=conflict and nik is None)


def merge_persons(session: Session, keep_id: int, drop_id: int, *, nik: str | None = None) -> list[str]:
    """Carry out `plan_merge`. Returns the fields of the kept person that were filled from the dropped one."""
    plan = plan_merge(session, keep_id, drop_id, nik=nik)
    if plan.nik_conflict:
        keep_nik, drop_nik = plan.get("nik").keep, plan.get("nik").drop
        raise UserError(f"NIK kedua orang berbeda ({keep_nik} dan {drop_nik}): bukan orang yang sama menurut "
                        "NIK. Pilih NIK yang benar untuk data gabungannya, atau perbaiki NIK yang salah dulu.")
    values = {f.field: f.result for f in plan.fields if f.filled}
    if plan.heirs_moved:
        session.execute(update(Heir).where(Heir.person_id == drop_id).values(person_id=keep_id))
    kept_enrolments = set(session.execute(select(Enrolment.programme, Enrolment.start_month)
                                          .where(Enrolment.person_id == keep_id)).all())
    for enrolment in session.scalars(select(Enrolment).where(Enrolment.person_id == drop_id)):
        if (enrolment.programme, enrolment.start_month) not in kept_enrolments:
            enrolment.person_id = keep_id
    kept_batches = set(session.scalars(select(BatchItem.batch_id).where(BatchItem.person_id == keep_id)))
    session.execute(update(BatchItem).where(BatchItem.person_id == drop_id,
                                            BatchItem.batch_id.not_in(kept_batches)).values(person_id=keep_id))
    session.execute(update(Claim).where(Claim.person_id == drop_id).values(person_id=keep_id))
    session.flush()
    session.expire_all()
    session.execute(delete(Person).where(Person.id == drop_id))  # frees its NIK before the kept one takes it
    if "name" in values:
        values["name_key"] = name_key(values["name"])
    values.update(problems=plan.problems, has_problems=plan.problems is not None)
    session.execute(update(Person).where(Person.id == keep_id).values(**values, version=Person.version + 1))
    audit.record(session, "merge", f"Dua data orang digabungkan (id {drop_id} → id {keep_id})", person_count=2,
                 fields=plan.filled)
    return plan.filled


# -- the plan as the clerk reads it (window and CLI) -------------------------------------------------
@dataclass(frozen=True)
class PlanLine:
    field: str  # a Person column, or "status" / "heirs"
    label: str
    keep: str
    drop: str
    result: str
    differs: bool
    filled: bool


def plan_lines(session: Session, plan: MergePlan, *, masked: bool = False) -> list[PlanLine]:
    """The side-by-side rows: the checklist fields, status and heirs, then any other field either holds."""
    def text(name: str, value) -> str:  # noqa: ANN001
        return _display(session, name, value, masked)

    shown = [f for f in plan.fields if f.field in SHOWN or not (_blank(f.keep) and _blank(f.drop))]
    shown.sort(key=lambda f: SHOWN.index(f.field) if f.field in SHOWN else len(SHOWN))
    lines = [PlanLine(f.field, LABELS.get(f.field, f.field), text(f.field, f.keep), text(f.field, f.drop),
                      text(f.field, f.result), f.differs, f.filled) for f in shown]
    status = len(SHOWN)  # after the checklist fields, before the rest
    lines.insert(status, PlanLine("status", "Status", plan.keep_status, plan.drop_status, plan.keep_status,
                                  plan.keep_status != plan.drop_status, False))
    heirs = plan.drop_heirs if plan.heirs_moved else plan.keep_heirs
    lines.insert(status + 1, PlanLine("heirs", "Ahli waris", str(plan.keep_heirs), str(plan.drop_heirs), str(heirs),
                                      plan.keep_heirs != plan.drop_heirs, plan.heirs_moved))
    return lines


def _display(session: Session, name: str, value, masked: bool) -> str:  # noqa: ANN001
    if _blank(value):
        return ""
    if name == "nik":
        return mask_nik(value) if masked else value
    if name == "phone":
        return mask_phone(value) if masked else display_phone(value)
    if isinstance(value, dt.date):
        return dates_id.numeric_date(value)
    if name == "income":
        return money.rupiah(value)
    lookup = {"unit_id": (OrgUnit, "name"), "institution_id": (Institution, "name"), "desa_code": (Region, "name")}
    if name in lookup:
        row = session.get(lookup[name][0], value)
        return getattr(row, lookup[name][1]) if row else str(value)
    return str(value)

"""Persons (members and workers) with their heirs: validate, add, edit, find, list, trash.

Validation returns problems per field (errors block saving, warnings need a confirmation), so the
editor, the importer and the CLI all judge a person the same way.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, clock, regions, versions
from desktop import settings as org_settings
from desktop.domain import identifiers, nik as nik_rules, phone as phone_rules
from desktop.domain.problems import Problem
from desktop.domain.names import split_titles
from desktop.errors import NotFound, UserError
from desktop.models import PAYERS, PROGRAMMES, SECTORS, SEGMENTS, Heir, Institution, Occupation, OrgUnit, Person

# Field labels as the clerk reads them, for messages and the CLI.
LABELS = {
    "nik": "NIK", "kk": "No. KK", "name": "Nama", "name_with_titles": "Nama dengan gelar", "sex": "Jenis kelamin",
    "birth_place": "Tempat lahir",
    "birth_date": "Tanggal lahir", "mother_name": "Nama ibu kandung", "address": "Alamat", "rt": "RT",
    "rw": "RW", "desa_code": "Desa/Kelurahan", "postal_code": "Kode pos", "phone": "No. HP", "email": "Email",
    "occupation_code": "Pekerjaan", "position": "Jabatan", "income": "Penghasilan/upah", "segment": "Segmen",
    "programmes": "Program", "payer": "Pembayar iuran", "sector": "Sektor", "unit_id": "Unit",
    "institution_id": "Lembaga", "member_no": "No. anggota", "consent_date": "Tanggal persetujuan",
    "notes": "Catatan", "kpj": "No. KPJ",
}


@dataclass
class HeirData:
    name: str
    relation: str | None = None
    birth_date: dt.date | None = None
    nik: str | None = None
    sex: str | None = None
    phone: str | None = None


@dataclass
class PersonData:
    name: str = ""  # as on the KTP-el
    name_with_titles: str | None = None  # for letters: "Hj. Siti Aminah, S.Pd.I"
    nik: str | None = None
    kk: str | None = None
    sex: str | None = None
    birth_place: str | None = None
    birth_date: dt.date | None = None
    mother_name: str | None = None
    address: str | None = None
    rt: str | None = None
    rw: str | None = None
    desa_code: str | None = None
    postal_code: str | None = None
    phone: str | None = None
    email: str | None = None
    occupation_code: str | None = None
    position: str | None = None
    income: int | None = None
    segment: str = "BPU"
    programmes: list[str] = field(default_factory=lambda: ["JKK", "JKM"])
    payer: str = "SELF"
    sector: str = "other"
    unit_id: int | None = None
    institution_id: int | None = None
    member_no: str | None = None
    consent_date: dt.date | None = None
    kpj: str | None = None
    notes: str | None = None
    heirs: list[HeirData] = field(default_factory=list)
    # the stored version this data was read at (desktop.versions); None for a new person, or a save
    # in the same transaction as its read
    version: int | None = None


PERSON_FIELDS = [f.name for f in dataclasses.fields(PersonData) if f.name not in ("heirs", "version")]


def name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def tidy_name(name: str) -> str:
    return " ".join((name or "").split())


def _blank(value) -> bool:  # noqa: ANN001
    return value is None or (isinstance(value, str) and not value.strip())


def validate(session: Session, data: PersonData, *, person_id: int | None = None,
             reference: dt.date | None = None) -> tuple[PersonData, list[Problem]]:
    """Clean `data` and judge it. Returns the cleaned copy and all problems (errors and warnings)."""
    cfg = org_settings.load(session)
    reference = reference or clock.today()
    clean = dataclasses.replace(data, heirs=list(data.heirs))
    problems: list[Problem] = []

    # the KTP name goes on the form; titles typed into it move to the name for letters
    clean.name, with_titles = split_titles(tidy_name(data.name))
    clean.name_with_titles = tidy_name(data.name_with_titles or "") or with_titles
    if clean.name_with_titles == clean.name:
        clean.name_with_titles = None
    if not clean.name:
        problems.append(Problem("error", "name_required", "Nama wajib diisi.", "name"))
    if clean.sex is not None:
        clean.sex = clean.sex.strip().upper()[:1] or None
        if clean.sex not in (None, "L", "P"):
            problems.append(Problem("error", "sex_code", "Jenis kelamin harus L atau P.", "sex"))

    if _blank(data.nik):
        clean.nik = None  # "belum ber-NIK": allowed, but such a person cannot go into a batch
        problems.append(Problem("warning", "nik_missing",
                                "Belum ber-NIK: orang ini tidak dapat dimasukkan ke batch pendaftaran.", "nik"))
    else:
        check = nik_rules.check_nik(data.nik, typed_birth=clean.birth_date, typed_sex=clean.sex,
                                    reference=reference, kecamatan_known=regions.kecamatan_known(session),
                                    min_age=cfg.min_working_age, max_age=cfg.max_working_age)
        problems.extend(_with_field(check.problems, "nik"))
        clean.nik = check.value
        if check.value:
            if clean.birth_date is None and check.birth_date:
                clean.birth_date = check.birth_date
            if clean.sex is None and check.sex:
                clean.sex = check.sex
            other = session.scalar(select(Person.id).where(Person.nik == check.value))
            if other is not None and other != person_id:
                problems.append(Problem("error", "nik_duplicate",
                                        f"NIK {check.value} sudah dipakai orang lain di daftar (id {other}).", "nik"))
    if not _blank(data.kk):
        clean.kk, found = identifiers.check_kk(data.kk)
        problems.extend(_with_field(found, "kk"))
    else:
        clean.kk = None
    if not _blank(data.phone):
        result = phone_rules.normalise_phone(data.phone)
        clean.phone = result.value
        problems.extend(_with_field(result.problems, "phone"))
    else:
        clean.phone = None
    if not _blank(data.kpj):
        clean.kpj, found = identifiers.check_kpj(data.kpj)
        problems.extend(_with_field(found, "kpj"))
        if clean.kpj:
            other = session.scalar(select(Person.id).where(Person.kpj == clean.kpj))
            if other is not None and other != person_id:
                problems.append(Problem("warning", "kpj_duplicate",
                                        f"No. KPJ {clean.kpj} juga tercatat pada orang lain (id {other}).", "kpj"))
    else:
        clean.kpj = None
    if not _blank(data.postal_code):
        clean.postal_code, found = identifiers.check_postal_code(data.postal_code)
        problems.extend(_with_field(found, "postal_code"))
    if clean.desa_code:
        desa = regions.get(session, clean.desa_code)
        if desa is None or desa.level not in ("desa", "kelurahan"):
            problems.append(Problem("error", "desa_unknown", f"Kode desa {clean.desa_code} tidak dikenal.", "desa_code"))
        elif clean.postal_code is None and desa.postal_code:
            clean.postal_code = desa.postal_code
        elif clean.postal_code and desa.postal_code and clean.postal_code != desa.postal_code:
            problems.append(Problem("warning", "postal_mismatch",
                                    f"Kode pos {clean.postal_code} berbeda dari kode pos desa {desa.name} "
                                    f"({desa.postal_code}).", "postal_code"))
    for part in ("rt", "rw"):
        value = getattr(data, part)
        if not _blank(value):
            digits = "".join(ch for ch in str(value) if ch.isdigit())
            if not digits or len(digits) > 3:
                problems.append(Problem("error", f"{part}_format", f"{LABELS[part]} harus 1–3 digit angka.", part))
            else:
                setattr(clean, part, digits.zfill(3))
        else:
            setattr(clean, part, None)
    if clean.birth_date and clean.birth_date > reference:
        problems.append(Problem("error", "birth_future", "Tanggal lahir tidak boleh di masa depan.", "birth_date"))
    if clean.income is not None and clean.income < 0:
        problems.append(Problem("error", "income_negative", "Penghasilan tidak boleh negatif.", "income"))
    if clean.segment not in SEGMENTS:
        problems.append(Problem("error", "segment", "Segmen harus BPU atau PU.", "segment"))
    wanted = {p.strip().upper() for p in clean.programmes if p.strip()}
    unknown = sorted(wanted - set(PROGRAMMES))
    clean.programmes = [p for p in PROGRAMMES if p in wanted]  # canonical order JKK JKM JHT JP
    if unknown:
        problems.append(Problem("error", "programme_unknown", f"Program tidak dikenal: {', '.join(unknown)}.",
                                "programmes"))
    if clean.segment == "BPU" and "JP" in clean.programmes:
        problems.append(Problem("error", "jp_bpu", "JP hanya untuk peserta Penerima Upah (PU), bukan BPU.",
                                "programmes"))
    for required in ("JKK", "JKM"):
        if clean.programmes and required not in clean.programmes:
            problems.append(Problem("error", "programme_base", f"{required} wajib diikuti setiap peserta.",
                                    "programmes"))
    if clean.payer not in PAYERS:
        problems.append(Problem("error", "payer", "Pembayar harus SELF, ORG, DONOR, APBD atau APBN.", "payer"))
    if clean.sector not in SECTORS:
        problems.append(Problem("error", "sector", "Sektor harus other, transport atau padat_karya.", "sector"))
    if clean.unit_id is not None and not session.get(OrgUnit, clean.unit_id):
        problems.append(Problem("error", "unit_unknown", f"Unit id {clean.unit_id} tidak ditemukan.", "unit_id"))
    if clean.institution_id is not None:
        inst = session.get(Institution, clean.institution_id)
        if inst is None:
            problems.append(Problem("error", "institution_unknown",
                                    f"Lembaga id {clean.institution_id} tidak ditemukan.", "institution_id"))
        elif clean.unit_id is None:
            clean.unit_id = inst.unit_id
    if clean.occupation_code and not session.get(Occupation, clean.occupation_code):
        problems.append(Problem("error", "occupation_unknown",
                                f"Kode pekerjaan {clean.occupation_code} tidak ada di daftar pekerjaan.",
                                "occupation_code"))
    if clean.segment == "BPU" and clean.birth_date:
        warning = nik_rules.bpu_age_warning(clean.birth_date, reference)
        if warning:
            problems.append(dataclasses.replace(warning, field="birth_date"))
    clean.heirs = []
    for index, heir in enumerate(data.heirs, start=1):
        heir_name = tidy_name(heir.name)
        if not heir_name:
            if any(not _blank(v) for v in (heir.relation, heir.nik, heir.birth_date)):
                problems.append(Problem("error", "heir_name", f"Ahli waris ke-{index}: nama wajib diisi.", "heirs"))
            continue
        clean.heirs.append(dataclasses.replace(heir, name=heir_name,
                                               relation=tidy_name(heir.relation or "") or None))
    return clean, problems


def _with_field(problems: list[Problem], name: str) -> list[Problem]:
    return [p if p.field else dataclasses.replace(p, field=name) for p in problems]


def errors_of(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def raise_if_errors(problems: list[Problem]) -> None:
    errors = errors_of(problems)
    if errors:
        lines = [f"{LABELS.get(p.field or '', p.field or '')}: {p.message}" if p.field else p.message
                 for p in errors]
        first = errors[0]
        raise UserError("Data belum dapat disimpan:\n- " + "\n- ".join(lines), field=first.field)


def _warnings_json(problems: list[Problem]) -> str | None:
    warnings = [{"field": p.field, "code": p.code, "message": p.message}
                for p in problems if p.severity == "warning"]
    return json.dumps(warnings, ensure_ascii=False) if warnings else None


def _apply(person: Person, data: PersonData, problems: list[Problem]) -> None:
    for name in PERSON_FIELDS:
        value = getattr(data, name)
        if name == "programmes":
            value = " ".join(value)
        setattr(person, name, value)
    person.name_key = name_key(data.name)
    person.problems = _warnings_json(problems)
    person.has_problems = person.problems is not None
    person.heirs = [Heir(position=i, name=h.name, relation=h.relation, birth_date=h.birth_date, nik=h.nik,
                         sex=h.sex, phone=h.phone) for i, h in enumerate(data.heirs)]


def add_person(session: Session, data: PersonData, *, import_run_id: int | None = None,
               reference: dt.date | None = None) -> int:
    """Validate and insert one person. Errors raise `UserError`; warnings are stored on the row."""
    clean, problems = validate(session, data, reference=reference)
    raise_if_errors(problems)
    person = Person(import_run_id=import_run_id)
    _apply(person, clean, problems)
    session.add(person)
    session.flush()
    audit.record(session, "person_add", "Orang ditambahkan", person_count=1)
    return person.id


# An import's warnings about *other* records ("may be the same as id N" in the DB, or as a row of the
# same file): an edit cannot judge them again, so they stay until the two are merged.
DUPLICATE_CODES = ("possible_duplicate_db", "possible_duplicate")


def stored_warnings(person: Person) -> list[dict]:
    """The warnings kept on the person: {"field", "code", "message"} each (the import's and the editor's)."""
    return json.loads(person.problems or "[]")


def warnings_of(session: Session, person_id: int) -> list[dict]:
    person = session.get(Person, person_id)
    return stored_warnings(person) if person else []


def update_person(session: Session, person_id: int, data: PersonData, *, reference: dt.date | None = None,
                  audited: bool = True) -> None:
    """Validate and save one person (`audited=False`: the caller writes one entry for many, e.g. a bulk edit)."""
    person = _get(session, person_id)
    clean, problems = validate(session, data, person_id=person_id, reference=reference)
    raise_if_errors(problems)
    # checked on the clean data: a phone typed 0812… is the stored 62812…, not a difference
    versions.claim(session, person, data.version, what=f"Data {person.name}", labels={**LABELS, "heirs": "Ahli waris"},
                   differences=lambda: (differing_fields(clean, person_data(session, person_id)),
                                        person_data(session, person_id)))
    before = person_data(session, person_id)
    kept = [w for w in stored_warnings(person) if w.get("code") in DUPLICATE_CODES]
    _apply(person, clean, problems)
    if kept:
        person.problems = json.dumps(stored_warnings(person) + kept, ensure_ascii=False)
        person.has_problems = True
    session.flush()
    if audited:
        audit.record(session, "person_edit", "Data orang diubah", person_count=1,
                     fields=differing_fields(before, clean), record=versions.record_key(person))


def differing_fields(mine: PersonData, theirs: PersonData) -> list[str]:
    """The fields (and "heirs") whose values differ between two versions of a person."""
    names = [name for name in PERSON_FIELDS if getattr(mine, name) != getattr(theirs, name)]
    return names + (["heirs"] if mine.heirs != theirs.heirs else [])


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"Orang dengan id {person_id} tidak ditemukan.")
    return person


def person_data(session: Session, person_id: int) -> PersonData:
    """The stored person as editable plain data (what the editor shows)."""
    person = _get(session, person_id)
    values = {name: getattr(person, name) for name in PERSON_FIELDS}
    values["programmes"] = person.programmes.split()
    heirs = [HeirData(h.name, h.relation, h.birth_date, h.nik, h.sex, h.phone) for h in person.heirs]
    return PersonData(**values, heirs=heirs, version=person.version)


def find_by_nik(session: Session, nik: str) -> int:
    digits = "".join(ch for ch in nik if ch.isdigit())
    person_id = session.scalar(select(Person.id).where(Person.nik == digits))
    if person_id is None:
        raise NotFound(f"Tidak ada orang dengan NIK {digits} di daftar.")
    return person_id


def delete_person(session: Session, person_id: int) -> None:
    """Move to the trash (restorable). Permanent erasure on request is desktop.privacy."""
    person = _get(session, person_id)
    if person.deleted_at is not None:
        raise UserError("Orang ini sudah ada di tempat sampah.")
    person.deleted_at = clock.now()
    audit.record(session, "person_trash", "Orang dipindahkan ke tempat sampah", person_count=1,
                 record=versions.record_key(person))


def restore_person(session: Session, person_id: int) -> None:
    person = _get(session, person_id)
    if person.deleted_at is None:
        raise UserError("Orang ini tidak ada di tempat sampah.")
    person.deleted_at = None
    audit.record(session, "person_restore", "Orang dipulihkan dari tempat sampah", person_count=1,
                 record=versions.record_key(person))

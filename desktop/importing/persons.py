"""Persons (members, teachers, workers) from a field roster: every cell normalised and judged with
the desktop.domain rules directly (lookups loaded once, no query per row), then duplicates within
the file and against the database.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import regions, settings as org_settings
from desktop.domain import identifiers
from desktop.domain.nik import check_nik
from desktop.domain.phone import normalise_phone
from desktop.errors import Place
from desktop.importing import normalise as norm
from desktop.importing.matching import Lookups
from desktop.importing.options import ImportOptions
from desktop.importing.preview import DUPLICATE, ERROR, EXISTS, NEW, Finding, Preview, RowOutcome
from desktop.importing.reading import Table
from desktop.importing.rows import CellRow, data_rows
from desktop.models import Heir, Person
from desktop.progress import Progress
from desktop.roster.persons import name_key

# Person columns compared and written for a matched person (the policy decides which).
COLUMNS = ("nik", "kk", "name", "sex", "birth_place", "birth_date", "mother_name", "address", "rt", "rw",
           "desa_code", "postal_code", "phone", "email", "occupation_code", "position", "income", "unit_id",
           "institution_id", "member_no", "kpj", "notes")


class PersonReader:
    """Reads one row at a time. Every cell parser that is pure is `remembered` per raw value (the
    file repeats names, dates, RT/RW, regions and incomes), so a 100k-row file costs per row
    little more than its NIK and phone checks."""

    def __init__(self, session: Session, options: ImportOptions, file_name: str):
        cfg = org_settings.load(session)
        self.options, self.file_name = options, file_name
        self.reference = reference = options.reference or dt.date.today()
        self.min_age, self.max_age = cfg.min_working_age, cfg.max_working_age
        self.lookups = Lookups(session, cfg.district_code)
        self.kecamatan_known = self.lookups.kecamatan_codes.__contains__
        self.unknown_units: dict[str, int] = {}
        self.name = lru_cache(maxsize=1 << 16, typed=True)(norm.person_name)
        self.date = norm.remembered(lambda raw: norm.date_value(raw, reference))
        self.ttl = norm.remembered(lambda raw: norm.place_and_date(raw, reference))
        self.sex = norm.remembered(norm.sex)
        self.income = norm.remembered(norm.income)
        self.rt_rw = norm.remembered(norm.rt_rw)
        self.rt = norm.remembered(lambda raw: norm.three_digits(raw, "RT"))
        self.rw = norm.remembered(lambda raw: norm.three_digits(raw, "RW"))
        self.text = lru_cache(maxsize=1 << 16, typed=True)(norm.text)
        self.region = lru_cache(maxsize=1 << 14, typed=True)(self._region)
        self.work = lru_cache(maxsize=1 << 14, typed=True)(self._find_work)

    def read(self, table: Table, number: int, cells: list) -> RowOutcome:
        row = CellRow(table, self.file_name, number, cells)
        values: dict = {}
        name = self.name(row.get("name"))
        if not name:
            row.add("name", "error", "Nama kosong. Isi nama lengkap sesuai KTP.", "name_required")
        values["name"] = name or ""
        self._birth(row, values)
        self._nik(row, values)
        self._identifiers(row, values)
        self._address(row, values)
        self._work(row, values)
        heirs = self._heirs(row)
        status = ERROR if row.errors else NEW
        values = {key: value for key, value in values.items() if value is not None}  # small rows: 100k fit in memory
        values["name"] = name or ""
        return RowOutcome(table.sheet, number, status, name or norm.text(row.get("nik")) or "", values, heirs,
                          row.findings)

    # -- parts of a row ----------------------------------------------------------------------
    def _birth(self, row: CellRow, values: dict) -> None:
        place = born = message = None
        if row.has("ttl"):
            pair, message = self.ttl(row.get("ttl"))
            place, born = pair or (None, None)
        if row.has("birth_date") and not message:
            typed, message = self.date(row.get("birth_date"))
            born = born if message else typed
        if message:
            field = "birth_date" if row.has("birth_date") else "ttl"
            row.add(field, "warning", f"{message} Tanggal lahir diambil dari NIK bila ada.", "birth_date_unreadable")
        if born and born > self.reference:
            row.add("birth_date" if row.has("birth_date") else "ttl", "error",
                    f"Tanggal lahir {born:%d-%m-%Y} ada di masa depan. Periksa tahunnya.", "birth_future")
        values["birth_place"] = self.text(row.get("birth_place")) or place
        values["birth_date"] = born
        values["sex"] = row.parse("sex", self.sex, "Jenis kelamin diambil dari NIK.", "sex_unreadable")

    def _nik(self, row: CellRow, values: dict) -> None:
        raw = row.get("nik")
        values["nik"] = None
        if norm.is_placeholder(raw):  # '-' or '0' means "no NIK yet", never a NIK
            if self.options.allow_no_nik:
                row.add("nik", "warning", "Belum ber-NIK: diimpor tanpa NIK; orang ini belum dapat masuk batch "
                        "pendaftaran sampai NIK-nya diisi.", "nik_missing")
            else:
                row.add("nik", "error", "NIK kosong. Isi 16 digit NIK dari KTP, atau izinkan impor orang yang "
                        "belum ber-NIK.", "nik_empty")
            return
        check = check_nik(raw, was_text=isinstance(raw, str), typed_birth=values["birth_date"],
                          typed_sex=values["sex"], reference=self.reference, kecamatan_known=self.kecamatan_known,
                          min_age=self.min_age, max_age=self.max_age)
        if check.problems:
            row.problems("nik", check.problems)
        values["nik"] = check.value
        values["birth_date"] = values["birth_date"] or check.birth_date
        values["sex"] = values["sex"] or check.sex
        # where the person lives, to find the desa: even a rejected NIK's first six digits are a fair hint
        hint = check.kecamatan_code or (regions.dotted(check.digits[:6]) if len(check.digits) >= 6 else None)
        if hint in self.lookups.kecamatan_codes:
            values["_kecamatan"] = hint

    def _identifiers(self, row: CellRow, values: dict) -> None:
        get = row.get
        for field, check in (("kk", identifiers.check_kk), ("kpj", identifiers.check_kpj)):
            raw = get(field)
            values[field] = None
            if norm.is_blank(raw):
                continue
            values[field], found = check(raw, was_text=isinstance(raw, str))
            # a damaged KK/KPJ is left empty (the person still imports): the clerk completes it later
            row.problems(field, [dataclasses.replace(p, severity="warning", message=f"{p.message} Kolom ini "
                                                     "dikosongkan.") if p.is_error else p for p in found])
        raw = get("phone")
        phone = normalise_phone(raw, was_text=isinstance(raw, str))
        values["phone"] = phone.value
        if phone.problems:
            row.problems("phone", phone.problems)
        for field in ("email", "member_no", "notes", "position", "address"):
            values[field] = self.text(get(field))
        values["mother_name"] = self.name(get("mother_name"))
        values["income"] = row.parse("income", self.income, "Penghasilan dikosongkan.", "income_unreadable")

    def _address(self, row: CellRow, values: dict) -> None:
        if row.has("rt_rw"):
            pair, message = self.rt_rw(row.get("rt_rw"))
            values["rt"], values["rw"] = pair or (None, None)
        else:
            (values["rt"], message), (values["rw"], message_rw) = self.rt(row.get("rt")), self.rw(row.get("rw"))
            message = message or message_rw
            if message:
                values["rt"] = values["rw"] = None
        if message:
            row.add("rt_rw" if row.has("rt_rw") else "rt", "warning", f"{message} RT/RW dikosongkan.", "rt_rw")
        kecamatan, values["desa_code"], values["postal_code"], found, postal_problems = self.region(
            values.pop("_kecamatan", None), row.get("kecamatan"), row.get("desa"), row.get("postal_code"))
        values["_kecamatan"] = kecamatan
        for finding in found:
            row.add(*finding)
        if postal_problems:
            row.problems("postal_code", postal_problems)

    def _region(self, hint: str | None, written_cell: object, desa_cell: object, postal_cell: object) -> tuple:
        """(kecamatan, desa code, postal code, findings, postal problems) from the region cells and the
        NIK's kecamatan `hint`; remembered as `self.region` (a roster has a few hundred desa)."""
        found = []
        kecamatan = hint
        written = norm.text(written_cell)
        if written:
            code = self.lookups.kecamatan(written)
            if code:
                kecamatan = code
            else:
                found.append(("kecamatan", "warning", f"Kecamatan '{written}' tidak ditemukan di daftar wilayah; "
                              "periksa ejaannya.", "kecamatan_unknown"))
        desa_code = postal_code = None
        desa = norm.text(desa_cell)
        if desa:
            desa_code, postal_code = self.lookups.desa(kecamatan, desa) or (None, None)
            if not desa_code:
                where = f" di Kecamatan {self.lookups.kecamatan_name(kecamatan)}" if kecamatan else ""
                found.append(("desa", "warning", f"Desa '{desa}' tidak ditemukan{where}; periksa ejaannya. Kolom "
                              "desa dikosongkan.", "desa_unknown"))
        postal_problems = ()
        if not norm.is_blank(postal_cell):
            postal, postal_problems = identifiers.check_postal_code(postal_cell,
                                                                    was_text=isinstance(postal_cell, str))
            postal_code = postal or postal_code
        return kecamatan, desa_code, postal_code, tuple(found), tuple(postal_problems)

    def _work(self, row: CellRow, values: dict) -> None:
        occupation, job_note, values["institution_id"], values["unit_id"], found, unknown_unit = self.work(
            values.pop("_kecamatan", None), values["desa_code"], row.get("occupation"), row.get("institution"),
            row.get("unit"), row.get("unit_parent"))
        values["occupation_code"] = occupation
        if job_note:
            values["notes"] = "; ".join(filter(None, [values["notes"], job_note]))
        for finding in found:
            row.add(*finding)
        if unknown_unit:
            self.unknown_units[unknown_unit] = self.unknown_units.get(unknown_unit, 0) + 1

    def _find_work(self, kecamatan: str | None, desa_code: str | None, job_cell: object, institution_cell: object,
                   unit_cell: object, parent_cell: object) -> tuple:
        """(occupation code, note for an unknown job, institution id, unit id, findings, unknown unit
        name); remembered as `self.work`."""
        found = []
        occupation = job_note = None
        job = norm.text(job_cell)
        if job:
            occupation = self.lookups.occupation(job)
            if not occupation:
                found.append(("occupation", "warning", f"Pekerjaan '{job}' tidak ada di daftar pekerjaan; ditulis di "
                              "catatan. Pilih pekerjaan yang sesuai di data orang.", "occupation_unknown"))
                job_note = f"Pekerjaan: {job}"
        institution_id = unit_id = None
        institution = norm.text(institution_cell)
        if institution:
            match = self.lookups.institution(institution, kecamatan)
            if match:
                institution_id, _name, unit_id = match
            else:
                where = f" Kecamatan {self.lookups.kecamatan_name(kecamatan)}" if kecamatan else ""
                found.append(("institution", "warning", f"Lembaga '{institution}' tidak ditemukan di daftar "
                              f"lembaga{where}. Impor atau tambahkan lembaganya dulu, atau perbaiki namanya.",
                              "institution_unknown"))
        unit_name, parent_name = norm.text(unit_cell), norm.text(parent_cell)
        for name in (unit_name, parent_name):
            match = self.lookups.unit(name, parent_name if name == unit_name else None) if name else None
            if match:
                unit_id = unit_id or match[0]
                break
        unknown_unit = unit_name if unit_name and not unit_id else None
        unit_id = unit_id or self.options.unit_id or self.lookups.unit_for_region(desa_code or kecamatan)
        return occupation, job_note, institution_id, unit_id, tuple(found), unknown_unit

    def _heirs(self, row: CellRow) -> list[dict]:
        name = self.name(row.get("heir_name"))
        relation = self.text(row.get("heir_relation"))
        if not name:
            if relation:
                row.add("heir_name", "warning", "Hubungan ahli waris diisi tetapi namanya kosong; ahli waris "
                        "tidak diimpor.", "heir_name")
            return []
        return [{"name": name, "relation": relation}]


def judge_duplicates(session: Session, preview: Preview) -> None:
    """Same NIK (or, without NIK, same name and birth date) as an earlier row: duplicate. Same NIK
    as a person in the DB: EXISTS (the policy decides). Same name and birth date with another NIK:
    a warning that it may be the same person."""
    db_nik = dict(session.execute(select(Person.nik, Person.id).where(Person.nik.is_not(None))).all())
    db_people: dict[tuple, list[tuple[int, str | None]]] = {}
    for pid, key, born, nik in session.execute(select(Person.id, Person.name_key, Person.birth_date, Person.nik)):
        db_people.setdefault((key, born), []).append((pid, nik))
    first_by_nik: dict[str, RowOutcome] = {}
    first_by_person: dict[tuple, RowOutcome] = {}
    for outcome in preview.rows:
        if outcome.status == ERROR:
            continue
        values = outcome.values
        nik, key = values.get("nik"), (name_key(values["name"]), values.get("birth_date"))
        earlier = first_by_nik.get(nik) if nik else first_by_person.get(key) if key[1] else None
        if earlier is not None:
            outcome.status = DUPLICATE
            outcome.findings.append(Finding(_nik_place(preview, outcome), "warning",
                                            _duplicate_message(outcome, earlier, bool(nik)), "duplicate_in_file"))
            continue
        if nik:
            first_by_nik[nik] = outcome
        other = first_by_person.get(key) if key[1] else None
        if other is not None and other.values.get("nik") != nik:
            outcome.findings.append(Finding(_nik_place(preview, outcome), "warning",
                                            f"Mungkin orang yang sama dengan {_where(outcome, other)} (nama dan "
                                            "tanggal lahir sama, NIK berbeda). Periksa NIK keduanya.",
                                            "possible_duplicate"))
        first_by_person.setdefault(key, outcome)
        if nik and nik in db_nik:
            outcome.existing_id = db_nik[nik]
        elif not nik:
            match = [pid for pid, other_nik in db_people.get(key, []) if other_nik is None]
            outcome.existing_id = match[0] if match else None
        if outcome.existing_id is not None:
            outcome.status = EXISTS
        elif key[1] and db_people.get(key):
            outcome.findings.append(Finding(_nik_place(preview, outcome), "warning",
                                            f"Mungkin sudah ada di daftar (id {db_people[key][0][0]}): nama dan "
                                            "tanggal lahir sama, NIK berbeda. Periksa NIK keduanya.",
                                            "possible_duplicate_db"))
    _load_existing(session, [o for o in preview.rows if o.status == EXISTS])


def _nik_place(preview: Preview, outcome: RowOutcome) -> Place:
    mapping = preview.mappings.get(outcome.sheet, {})
    headers = preview.headers.get(outcome.sheet, [])
    index = next((i for i, f in mapping.items() if f == "nik"), None)
    column = (headers[index] if index is not None and index < len(headers) else None) or None
    return Place(preview.file_name, outcome.sheet, outcome.row, column)


def _where(outcome: RowOutcome, earlier: RowOutcome) -> str:
    if earlier.sheet == outcome.sheet:
        return f"baris {earlier.row}"
    return f"lembar {earlier.sheet} baris {earlier.row}"


def _duplicate_message(outcome: RowOutcome, earlier: RowOutcome, by_nik: bool) -> str:
    same = "NIK" if by_nik else "Nama dan tanggal lahir"
    where = _where(outcome, earlier)
    if outcome.values["name"] != earlier.values["name"]:
        return (f"{same} sama dengan {where}, tetapi namanya berbeda: '{outcome.values['name']}' di sini, "
                f"'{earlier.values['name']}' di {where}. Baris ini dilewati; periksa ejaan mana yang benar.")
    if earlier.sheet != outcome.sheet and outcome.values.get("institution_id") != earlier.values.get("institution_id"):
        return (f"{same} sama dengan {where} (orang yang sama di lembaga lain). Baris ini dilewati: satu orang "
                "dicatat sekali, dengan lembaga dari baris pertama.")
    return f"{same} sama dengan {where}. Baris ini dilewati (duplikat dalam berkas)."


def _load_existing(session: Session, matched: list[RowOutcome]) -> None:
    """The DB's current values of matched persons, to decide what the policy would change."""
    columns = [getattr(Person, c) for c in COLUMNS]
    for start in range(0, len(matched), 500):
        chunk = matched[start:start + 500]
        by_id = {o.existing_id: o for o in chunk}
        for row in session.execute(select(Person.id, *columns).where(Person.id.in_(by_id))):
            by_id[row[0]].existing = dict(zip(COLUMNS, row[1:], strict=True))
        for pid, name, relation in session.execute(select(Heir.person_id, Heir.name, Heir.relation)
                                                   .where(Heir.person_id.in_(by_id)).order_by(Heir.position)):
            by_id[pid].existing.setdefault("_heirs", []).append({"name": name, "relation": relation})


def warnings_json(outcome: RowOutcome) -> str | None:
    """Open warnings stored on the person, for the roster's 'has problems' filter."""
    warnings = [{"field": f.place.column, "code": f.code, "message": f.message}
                for f in outcome.findings if f.severity == "warning" and f.code not in ("duplicate_in_file",)]
    return json.dumps(warnings, ensure_ascii=False) if warnings else None


def prepare(session: Session, tables: list[Table], preview: Preview, options: ImportOptions,
            progress: Progress) -> None:
    reader = PersonReader(session, options, preview.file_name)
    for table, number, cells in data_rows(tables, preview, progress):
        preview.rows.append(reader.read(table, number, cells))
    if reader.unknown_units:
        listed = ", ".join(f"{name} ({count} baris)" for name, count in sorted(reader.unknown_units.items()))
        preview.notes.append(Finding(Place(preview.file_name), "warning",
                                     f"Unit berikut tidak ada di daftar unit: {listed}. Orangnya dimasukkan ke unit "
                                     "lembaga atau wilayahnya (atau unit yang dipilih); tambahkan unit itu dulu "
                                     "bila perlu.", "unit_unknown"))
    judge_duplicates(session, preview)

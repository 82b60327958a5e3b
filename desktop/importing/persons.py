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

from desktop import clock, heap, regions, settings as org_settings
from desktop.domain import identifiers
from desktop.domain.names import split_titles
from desktop.domain.nik import check_nik
from desktop.domain.phone import normalise_phone
from desktop.errors import Place
from desktop.importing import normalise as norm
from desktop.importing.matching import Lookups
from desktop.importing.options import ImportOptions
from desktop.importing.preview import DUPLICATE, ERROR, EXISTS, NEW, Finding, Preview, RowOutcome
from desktop.importing.reading import Table
from desktop.importing.rows import CellRow, chunks, data_rows
from desktop.models import Heir, Person
from desktop.progress import Progress
from desktop.roster.persons import name_key

# Person columns compared and written for a matched person (the policy decides which).
COLUMNS = ("nik", "kk", "name", "name_with_titles", "sex", "birth_place", "birth_date", "mother_name", "address",
           "rt", "rw", "desa_code", "postal_code", "phone", "email", "occupation_code", "position", "income", "unit_id",
           "institution_id", "member_no", "kpj", "notes")


class PersonReader:
    """Judges the rows of a table a chunk at a time, column by column: every pure cell parser is
    `remembered` per raw value and mapped over its whole column, so each distinct name, date,
    RT/RW, region, occupation or income in the file is judged once. Only what is unique to a row
    (NIK, phone, KK/KPJ) and what combines several cells is done row by row."""

    def __init__(self, session: Session, options: ImportOptions, file_name: str):
        cfg = org_settings.load(session)
        self.options, self.file_name = options, file_name
        self.reference = reference = options.reference or clock.today()
        self.min_age, self.max_age = cfg.min_working_age, cfg.max_working_age
        self.women_only = cfg.members_women_only
        self.lookups = Lookups(session, cfg.district_code)
        kecamatan, regencies = self.lookups.kecamatan_codes, self.lookups.regency_codes
        self.kecamatan_known = lambda code: code in kecamatan or code in regencies
        self.unknown_units: dict[str, int] = {}
        self.name = lru_cache(maxsize=1 << 16, typed=True)(norm.person_name)
        self.ktp_name = lru_cache(maxsize=1 << 16)(split_titles)
        self.titled = 0  # rows whose name carried titles (said once in the summary)
        self.text = lru_cache(maxsize=1 << 16, typed=True)(norm.text)
        self.place = lru_cache(maxsize=1 << 14, typed=True)(norm.place_name)
        self.date = norm.remembered(lambda raw: norm.date_value(raw, reference))
        self.ttl = norm.remembered(lambda raw: norm.place_and_date(raw, reference))
        self.sex = norm.remembered(norm.sex)
        self.income = norm.remembered(norm.income)
        self.rt_rw = norm.remembered(norm.rt_rw)
        self.rt = norm.remembered(lambda raw: norm.three_digits(raw, "RT"))
        self.rw = norm.remembered(lambda raw: norm.three_digits(raw, "RW"))
        self.region = lru_cache(maxsize=1 << 14, typed=True)(self._region)
        self.work = lru_cache(maxsize=1 << 14, typed=True)(self._work)

    def read_rows(self, table: Table, rows: list[tuple[int, list]]) -> list[RowOutcome]:
        numbers, cells = zip(*rows)
        by_index = list(zip(*cells))  # the cells by column index, in one transposition
        blank = (None,) * len(rows)

        def column(field: str) -> tuple:
            index = table.columns.get(field)
            return by_index[index] if index is not None else blank

        has = table.columns.__contains__
        # a roster naming institutions or positions lists teachers and staff, who may be men
        women_only = self.women_only and not (has("institution") or has("position"))
        birth_field = "birth_date" if has("birth_date") or not has("ttl") else "ttl"
        names = map(self.name, column("name"))
        ttls = map(self.ttl, column("ttl")) if has("ttl") else blank
        dates = map(self.date, column("birth_date")) if has("birth_date") else blank
        birth_places = map(self.place, column("birth_place"))
        sexes = map(self.sex, column("sex"))
        if has("rt_rw"):
            rt_rw = map(self.rt_rw, column("rt_rw"))
        else:
            rt_rw = map(self._rt_and_rw, map(self.rt, column("rt")), map(self.rw, column("rw")))
        texts = zip(*(map(self.text, column(f)) for f in ("email", "member_no", "notes", "position", "address")))
        mothers = map(self.name, column("mother_name"))
        incomes = map(self.income, column("income"))
        outcomes = []
        for (number, name, ttl, typed_date, birth_place, sex, rt_rw_pair, (email, member_no, notes, position,
             address), mother, income, nik_raw, kk_raw, kpj_raw, phone_raw, kecamatan_cell, desa_cell, postal_cell,
             job_cell, institution_cell, unit_cell, parent_cell, heir_cell, relation_cell) in zip(
                numbers, names, ttls, dates, birth_places, sexes, rt_rw, texts, mothers, incomes,
                column("nik"), column("kk"), column("kpj"), column("phone"), column("kecamatan"), column("desa"),
                column("postal_code"), column("occupation"), column("institution"), column("unit"),
                column("unit_parent"), column("heir_name"), column("heir_relation")):
            row = CellRow(table, self.file_name, number)
            name, with_titles = self.ktp_name(name) if name else (name, None)
            self.titled += with_titles is not None
            if not name:
                row.add("name", "error", "Nama kosong. Isi nama lengkap sesuai KTP.", "name_required")
            born, born_place = self._birth(row, birth_field, ttl, typed_date)
            sex, message = sex
            if message:
                row.add("sex", "warning", f"{message} Jenis kelamin diambil dari NIK.", "sex_unreadable")
            typed_sex = sex
            nik, born, sex, hint = self._nik(row, nik_raw, born, sex)
            if women_only and nik and nik[6] < "4" and typed_sex != "P":
                row.add("nik", "warning", f"Menurut NIK orang ini laki-laki (tanggal lahir di NIK {nik[6:8]}; untuk "
                        "perempuan ditambah 40), padahal anggota organisasi ini perempuan semua (pengaturan "
                        "'Anggota hanya perempuan'). Periksa NIK dengan KTP.", "member_male_nik")
            kk, kpj = self._identifier(row, "kk", kk_raw), self._identifier(row, "kpj", kpj_raw)
            phone = normalise_phone(phone_raw, was_text=isinstance(phone_raw, str))
            if phone.problems:
                row.problems("phone", phone.problems)
            income, message = income
            if message:
                row.add("income", "warning", f"{message} Penghasilan dikosongkan.", "income_unreadable")
            pair, message = rt_rw_pair
            rt, rw = pair or (None, None)
            if message:
                row.add("rt_rw" if has("rt_rw") else "rt", "warning", f"{message} RT/RW dikosongkan.", "rt_rw")
            kecamatan, desa_code, postal_code, found, postal_problems = self.region(hint, kecamatan_cell, desa_cell,
                                                                                   postal_cell)
            for finding in found:
                row.add(*finding)
            if postal_problems:
                row.problems("postal_code", postal_problems)
            occupation, job_note, institution_id, unit_id, found, unknown_unit = self.work(
                kecamatan, desa_code, job_cell, institution_cell, unit_cell, parent_cell)
            for finding in found:
                row.add(*finding)
            if unknown_unit:
                self.unknown_units[unknown_unit] = self.unknown_units.get(unknown_unit, 0) + 1
            if job_note:
                notes = "; ".join(filter(None, [notes, job_note]))
            heirs = self._heirs(row, heir_cell, relation_cell)
            values = {"name": name or "", "name_with_titles": with_titles, "birth_place": birth_place or born_place,
                      "birth_date": born, "sex": sex,
                      "nik": nik, "kk": kk, "kpj": kpj, "phone": phone.value, "email": email, "member_no": member_no,
                      "notes": notes, "position": position, "address": address, "mother_name": mother,
                      "income": income, "rt": rt, "rw": rw, "desa_code": desa_code, "postal_code": postal_code,
                      "occupation_code": occupation, "institution_id": institution_id, "unit_id": unit_id}
            values = {key: value for key, value in values.items() if value is not None}  # 100k rows fit in memory
            outcomes.append(RowOutcome(table.sheet, number, ERROR if row.errors else NEW,
                                       name or norm.text(nik_raw) or "", values, heirs, row.findings))
        return outcomes

    # -- parts of a row ----------------------------------------------------------------------
    def _birth(self, row: CellRow, field: str, ttl: tuple | None, typed: tuple | None) -> tuple:
        """(birth date, place from a TTL cell); an unreadable date warns, a future one is an error."""
        place = born = message = None
        if ttl is not None:
            pair, message = ttl
            place, born = pair or (None, None)
        if typed is not None and not message:
            value, message = typed
            born = born if message else value
        if message:
            row.add(field, "warning", f"{message} Tanggal lahir diambil dari NIK bila ada.", "birth_date_unreadable")
        if born and born > self.reference:
            row.add(field, "error", f"Tanggal lahir {born:%d-%m-%Y} ada di masa depan. Periksa tahunnya.",
                    "birth_future")
        return born, place

    def _nik(self, row: CellRow, raw: object, born: dt.date | None, sex: str | None) -> tuple:
        """(NIK, birth date, sex, kecamatan code hint): the typed birth date and sex win, the NIK's fill gaps."""
        if norm.is_placeholder(raw):  # '-' or '0' means "no NIK yet", never a NIK
            if self.options.allow_no_nik:
                row.add("nik", "warning", "Belum ber-NIK: diimpor tanpa NIK; orang ini belum dapat masuk batch "
                        "pendaftaran sampai NIK-nya diisi.", "nik_missing")
            else:
                row.add("nik", "error", "NIK kosong. Isi 16 digit NIK dari KTP, atau izinkan impor orang yang "
                        "belum ber-NIK.", "nik_empty")
            return None, born, sex, None
        check = check_nik(raw, was_text=isinstance(raw, str), typed_birth=born, typed_sex=sex,
                          reference=self.reference, kecamatan_known=self.kecamatan_known,
                          min_age=self.min_age, max_age=self.max_age)
        if check.problems:
            row.problems("nik", check.problems)
        # where the person lives, to find the desa: even a rejected NIK's first six digits are a fair hint
        hint = check.kecamatan_code or (regions.dotted(check.digits[:6]) if len(check.digits) >= 6 else None)
        return check.value, born or check.birth_date, sex or check.sex, \
            hint if hint in self.lookups.kecamatan_codes else None

    @staticmethod
    def _identifier(row: CellRow, field: str, raw: object) -> str | None:
        """KK or KPJ; a damaged one is left empty (the person still imports): the clerk completes it later."""
        if norm.is_blank(raw):
            return None
        value, found = IDENTIFIER_CHECKS[field](raw, was_text=isinstance(raw, str))
        row.problems(field, [dataclasses.replace(p, severity="warning", message=f"{p.message} Kolom ini "
                                                 "dikosongkan.") if p.is_error else p for p in found])
        return value

    @staticmethod
    def _rt_and_rw(rt: tuple, rw: tuple) -> tuple:
        """The results of separate RT and RW cells, shaped like one RT/RW cell's: (pair, message)."""
        (rt_value, message), (rw_value, message_rw) = rt, rw
        message = message or message_rw
        return (None if message else (rt_value, rw_value)), message

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

    def _work(self, kecamatan: str | None, desa_code: str | None, job_cell: object, institution_cell: object,
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

    def _heirs(self, row: CellRow, name_cell: object, relation_cell: object) -> list[dict] | tuple:
        name, relation = self.name(name_cell), self.text(relation_cell)
        if not name:
            if relation:
                row.add("heir_name", "warning", "Hubungan ahli waris diisi tetapi namanya kosong; ahli waris "
                        "tidak diimpor.", "heir_name")
            return ()  # shared: no list per row for the many rows without heirs
        return [{"name": name, "relation": relation}]


IDENTIFIER_CHECKS = {"kk": identifiers.check_kk, "kpj": identifiers.check_kpj}
_UNITS_LISTED = 8  # unknown units named in the preview note, most rows first


def judge_duplicates(session: Session, preview: Preview) -> None:
    """Same NIK (or, without NIK, same name and birth date) as an earlier row: duplicate. Same NIK
    as a person in the DB: EXISTS (the policy decides). Same name and birth date with another NIK:
    a warning that it may be the same person."""
    db_nik = dict(session.execute(select(Person.nik, Person.id).where(Person.nik.is_not(None))).all())
    trashed = set(session.scalars(select(Person.id).where(Person.deleted_at.is_not(None))))
    db_people: dict[tuple, list[tuple[int, str | None]]] = {}  # persons in the trash are no candidates
    for pid, key, born, nik in session.execute(select(Person.id, Person.name_key, Person.birth_date, Person.nik)
                                               .where(Person.deleted_at.is_(None))):
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
        if nik and db_nik.get(nik) in trashed:  # a NIK is unique, also in the trash: restore, don't add
            outcome.status = DUPLICATE
            outcome.findings.append(Finding(_nik_place(preview, outcome), "warning",
                                            f"NIK ini milik data di Sampah (id {db_nik[nik]}). Baris ini dilewati; "
                                            "pulihkan data itu dari Sampah bila orangnya masih anggota, lalu impor "
                                            "lagi untuk memperbaruinya.", "in_trash"))
            continue
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
    for table, rows in chunks(data_rows(tables, preview, progress)):
        preview.rows.extend(reader.read_rows(table, rows))
        heap.keep()  # the preview so far stays until the import ends
    if reader.titled:
        preview.notes.append(Finding(Place(preview.file_name), "info", f"{reader.titled} nama ditulis dengan gelar "
                                     "(Hj., S.Pd. …): nama sesuai KTP disimpan tanpa gelar (untuk formulir), nama "
                                     "lengkap dengan gelar disimpan terpisah (untuk surat).", "name_titles"))
    if reader.unknown_units:
        units = sorted(reader.unknown_units.items(), key=lambda item: (-item[1], item[0]))
        listed = ", ".join(f"{name} ({count} baris)" for name, count in units[:_UNITS_LISTED])
        if len(units) > _UNITS_LISTED:  # a file from a whole district names dozens of ranting
            listed += f", dan {len(units) - _UNITS_LISTED} unit lain"
        preview.notes.append(Finding(Place(preview.file_name), "warning",
                                     f"Unit berikut tidak ada di daftar unit: {listed}. Orangnya dimasukkan ke unit "
                                     "lembaga atau wilayahnya (atau unit yang dipilih); tambahkan unit itu dulu "
                                     "bila perlu.", "unit_unknown"))
    judge_duplicates(session, preview)

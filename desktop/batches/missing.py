"""What an export preset requires that persons (or an import file) lack, and the intake sheet that
asks the PAC for it.

A preset column names an export field (desktop.batches.fields); the ones a clerk can fill come
from one person column, and the import knows each by its own field name. This table ties the three
together so the import's mapping step, the roster filter and the intake sheet say the same thing.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit
from desktop import settings as org_settings
from desktop.batches.presets import BUILTIN, Preset, default_preset, ensure_builtin_presets, get_preset
from desktop.errors import NotFound, UserError
from desktop.files import write_bytes_atomic
from desktop.importing.header import FIELDS as IMPORT_FIELDS
from desktop.models import Person


@dataclass(frozen=True)
class Need:
    export_field: str  # the preset column's field
    column: str  # the Person column that holds it
    import_field: str  # the import's field that fills it
    label: str  # as the clerk reads it


# export field → (person column, import field); fields computed from others (no, months, unit…) are absent
_SOURCES = {
    "nik": ("nik", "nik"), "kk": ("kk", "kk"), "kpj": ("kpj", "kpj"), "name": ("name", "name"),
    "name_ktp": ("name", "name"), "birth_place": ("birth_place", "birth_place"),
    "birth_date": ("birth_date", "birth_date"), "sex": ("sex", "sex"), "mother_name": ("mother_name", "mother_name"),
    "address": ("address", "address"), "rt_rw": ("rt", "rt_rw"), "desa": ("desa_code", "desa"),
    "kecamatan": ("desa_code", "kecamatan"), "postal_code": ("postal_code", "postal_code"),
    "phone": ("phone", "phone"), "email": ("email", "email"), "occupation": ("occupation_code", "occupation"),
    "occupation_code": ("occupation_code", "occupation"), "position": ("position", "position"),
    "income": ("income", "income"), "member_no": ("member_no", "member_no"),
}
# other import fields that fill one: "Tempat, tanggal lahir" gives both; the NIK gives birth date and sex
_ALSO_FILLED_BY = {"birth_place": ("ttl",), "birth_date": ("ttl", "nik"), "sex": ("nik",), "rt_rw": ("rt",)}


def needs(preset: Preset) -> list[Need]:
    """The preset's required columns a clerk can fill, one per person column, in the preset's order."""
    found: dict[str, Need] = {}
    for column in preset.columns:
        if column.required and column.field in _SOURCES:
            person_column, import_field = _SOURCES[column.field]
            found.setdefault(person_column, Need(column.field, person_column, import_field,
                                                 IMPORT_FIELDS["persons"][import_field][0]))
    return list(found.values())


def active_preset(session: Session, name: str | None = None) -> Preset:
    """The named preset, else the shipped one for the organisation's default segment."""
    ensure_builtin_presets(session)
    if name:
        return get_preset(session, name)
    segment = org_settings.load(session).default_segment
    try:
        return default_preset(session, segment)
    except NotFound:  # the shipped preset was renamed: its shipped columns still tell what a batch needs
        return next(p for p in BUILTIN if p.segment == segment)


def missing_in_file(preset: Preset, mapped: set[str]) -> list[str]:
    """Labels of the required fields no column of the file fills (`mapped`: the import fields chosen)."""
    return [need.label for need in needs(preset)
            if need.import_field not in mapped and not mapped & set(_ALSO_FILLED_BY.get(need.import_field, ()))]


def lacking_columns(preset: Preset) -> tuple[str, ...]:
    """The Person columns a roster filter looks at for "missing what this preset needs"."""
    return tuple(need.column for need in needs(preset))


def missing_of(session: Session, preset: Preset, person_ids: list[int]) -> dict[int, list[Need]]:
    """For each person, the required fields still empty."""
    need_list = needs(preset)
    columns = [getattr(Person, n.column) for n in need_list]
    found: dict[int, list[Need]] = {}
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start:start + 500]
        for row in session.execute(select(Person.id, *columns).where(Person.id.in_(chunk))):
            empty = [need for need, value in zip(need_list, row[1:], strict=True) if value is None or value == ""]
            if empty:
                found[row[0]] = empty
    return found


def write_intake_sheet(session: Session, preset: Preset, person_ids: list[int], target: str | Path) -> int:
    """An xlsx for the PAC: NIK and name filled in, one empty column per field the preset still needs.
    Its headers are the import's own, so it comes back through the import with no mapping questions
    (choose "Isi kolom yang masih kosong"). Returns the number of persons written."""
    missing = missing_of(session, preset, person_ids)
    if not missing:
        raise UserError(f"Orang yang dipilih sudah lengkap untuk preset '{preset.name}'; tidak ada yang perlu "
                        "ditanyakan.")
    needed = [n for n in needs(preset) if any(n in m for m in missing.values()) and n.import_field not in
              ("nik", "name")]
    rows = session.execute(select(Person.id, Person.nik, Person.name).where(Person.id.in_(list(missing)))
                           .order_by(Person.name_key)).all()
    book = Workbook()
    sheet = book.active
    sheet.title = "Data Anggota"
    titles = ["NIK", "Nama Lengkap", *(IMPORT_FIELDS["persons"][n.import_field][1][0] for n in needed)]
    sheet.append(titles)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    done = PatternFill("solid", fgColor="D9D9D9")
    for row, (person_id, nik, name) in enumerate(rows, start=2):
        for column, value in ((1, nik or ""), (2, name)):
            cell = sheet.cell(row, column, value)
            cell.data_type = "s"  # text, never a formula (a name typed as "=…")
            cell.number_format = "@"  # all 16 NIK digits stay text
        for column, need in enumerate(needed, start=3):  # already filled for this person: grey, left empty
            if need not in missing[person_id]:
                sheet.cell(row, column).fill = done
    for letter, width in zip("ABCDEFGHIJ", (20, 30, 24, 24, 24, 24, 24, 24, 24, 24), strict=False):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "C2"
    buffer = io.BytesIO()
    book.save(buffer)
    write_bytes_atomic(target, buffer.getvalue())
    audit.record(session, "intake_export", f"Lembar isian data kurang ({', '.join(n.label for n in needed)}) "
                 f"untuk {len(rows)} orang", person_count=len(rows), fields=("nik", "name"), target=str(target))
    return len(rows)

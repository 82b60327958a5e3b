"""Institutions (KB/TK/RA/PAUD/TPQ …) from a list: type spellings made canonical, kecamatan and desa
matched to Kemendagri codes, duplicates by NPSN or by name within the kecamatan."""
from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import settings as org_settings
from desktop.domain import identifiers
from desktop.domain.phone import normalise_phone
from desktop.errors import Place
from desktop.importing import normalise as norm
from desktop.importing.matching import Lookups, institution_key
from desktop.importing.options import ImportOptions
from desktop.importing.preview import DUPLICATE, ERROR, EXISTS, NEW, Finding, Preview, RowOutcome
from desktop.importing.reading import Table
from desktop.importing.rows import CellRow, data_rows
from desktop.models import Institution, Region
from desktop.progress import Progress
from desktop.roster.institutions import canonical_type

COLUMNS = ("name", "type", "npsn", "nsm", "address", "desa_code", "head_name", "phone", "unit_id", "staff_count")
_STAFF_COUNT = norm.remembered(lambda value: norm.count(value, "Jumlah guru"), size=1024)


def prepare(session: Session, tables: list[Table], preview: Preview, options: ImportOptions,
            progress: Progress) -> None:
    lookups = Lookups(session, org_settings.load(session).district_code)
    kecamatan_names = dict(session.execute(select(Region.code, Region.name).where(Region.level == "kecamatan")).all())
    retyped: Counter = Counter()
    renamed: Counter = Counter()
    for table, number, cells in data_rows(tables, preview, progress):
        row = CellRow(table, preview.file_name, number, cells)
        values: dict = {"name": norm.text(row.get("name"))}
        if not values["name"]:
            row.add("name", "error", "Nama lembaga kosong. Isi nama lengkap lembaga.", "name_required")
        written_type = norm.text(row.get("type"))
        values["type"] = canonical_type(written_type or "") or written_type
        if not written_type:
            row.add("type", "error", "Jenis lembaga kosong. Isi KB, TK, RA, PAUD, TPQ atau Majelis Taklim.",
                    "type_required")
        elif values["type"] != written_type:
            retyped[f"{written_type} → {values['type']}"] += 1
        for field, check in (("npsn", identifiers.check_npsn), ("nsm", identifiers.check_nsm)):
            raw = row.get(field)
            values[field], found = check(raw, was_text=isinstance(raw, str)) if not norm.is_blank(raw) else (None, [])
            row.problems(field, found)
        kecamatan = None
        written = norm.text(row.get("kecamatan"))
        raw_kecamatan = str(row.get("kecamatan") or "")
        if written:
            kecamatan = lookups.kecamatan(written)
            if not kecamatan:
                row.add("kecamatan", "warning", f"Kecamatan '{written}' tidak ditemukan di daftar wilayah; periksa "
                        "ejaannya.", "kecamatan_unknown")
            elif kecamatan_names.get(kecamatan) != raw_kecamatan:
                renamed[f"'{raw_kecamatan}' → {kecamatan_names.get(kecamatan)}"] += 1
        values["desa_code"] = None
        desa = norm.text(row.get("desa"))
        if desa:
            found_desa = lookups.desa(kecamatan, desa) if kecamatan else None
            values["desa_code"] = found_desa[0] if found_desa else None
            if not found_desa:
                row.add("desa", "warning", f"Desa '{desa}' tidak ditemukan"
                        + (f" di Kecamatan {kecamatan_names.get(kecamatan)}" if kecamatan else "")
                        + "; periksa ejaannya. Kolom desa dikosongkan.", "desa_unknown")
        values["address"] = norm.text(row.get("address"))
        values["head_name"] = norm.person_name(row.get("head_name"))
        phone = normalise_phone(row.get("phone"), was_text=isinstance(row.get("phone"), str))
        values["phone"] = phone.value
        row.problems("phone", phone.problems)
        values["staff_count"] = row.parse("staff_count", _STAFF_COUNT, "Kolom ini dikosongkan.", "staff_count")
        unit_name = norm.text(row.get("unit"))
        found_unit = lookups.unit(unit_name) if unit_name else None
        if unit_name and not found_unit:
            row.add("unit", "warning", f"Unit '{unit_name}' tidak ada di daftar unit; lembaga dimasukkan ke unit "
                    "wilayahnya atau unit yang dipilih.", "unit_unknown")
        values["unit_id"] = ((found_unit[0] if found_unit else None) or options.unit_id
                             or lookups.unit_for_region(values["desa_code"] or kecamatan))
        values["_kecamatan"] = kecamatan
        preview.rows.append(RowOutcome(table.sheet, number, ERROR if row.errors else NEW, values["name"] or "",
                                       values, [], row.findings))
    for counter, what in ((retyped, "Jenis lembaga diseragamkan"), (renamed, "Nama kecamatan diperbaiki")):
        if counter:
            detail = ", ".join(f"{change} ({n})" for change, n in sorted(counter.items()))
            preview.notes.append(Finding(Place(preview.file_name), "info",
                                         f"{what} di {sum(counter.values())} baris: {detail}.", "normalised"))
    _judge_duplicates(session, preview)


def _judge_duplicates(session: Session, preview: Preview) -> None:
    """Same NPSN, or same name in the same kecamatan, as an earlier row or an institution in the DB."""
    by_npsn = dict(session.execute(select(Institution.npsn, Institution.id).where(Institution.npsn.is_not(None))).all())
    by_name: dict[tuple, int] = {}
    for iid, name, desa in session.execute(select(Institution.id, Institution.name, Institution.desa_code)
                                           .where(Institution.deleted_at.is_(None))):
        by_name[(institution_key(name), (desa or "")[:8])] = iid
    seen_npsn: dict[str, RowOutcome] = {}
    seen_name: dict[tuple, RowOutcome] = {}
    for outcome in preview.rows:
        values = outcome.values
        kecamatan = values.pop("_kecamatan", None) or (values.get("desa_code") or "")[:8]
        if outcome.status == ERROR:
            continue
        name_key = (institution_key(values["name"]), kecamatan or "")
        earlier = seen_npsn.get(values.get("npsn")) or seen_name.get(name_key)
        if earlier is not None:
            outcome.status = DUPLICATE
            outcome.findings.append(Finding(Place(preview.file_name, outcome.sheet, outcome.row), "warning",
                                            f"Lembaga yang sama (NPSN atau nama) dengan baris {earlier.row}. "
                                            "Baris ini dilewati.", "duplicate_in_file"))
            continue
        if values.get("npsn"):
            seen_npsn[values["npsn"]] = outcome
        seen_name[name_key] = outcome
        # an institution entered by hand may have no desa yet: then its name alone matches
        outcome.existing_id = (by_npsn.get(values.get("npsn")) or by_name.get(name_key)
                               or by_name.get((name_key[0], "")))
        if outcome.existing_id is not None:
            outcome.status = EXISTS
    matched = {o.existing_id: o for o in preview.rows if o.status == EXISTS}
    columns = [getattr(Institution, c) for c in COLUMNS]
    for row in session.execute(select(Institution.id, *columns).where(Institution.id.in_(matched))):
        matched[row[0]].existing = dict(zip(COLUMNS, row[1:], strict=True))

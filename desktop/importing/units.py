"""Org units (PAC, Ranting …) from a list: name, parent (by name) and region, parents before children."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import settings as org_settings
from desktop.importing import normalise as norm
from desktop.importing.matching import Lookups
from desktop.importing.options import ImportOptions
from desktop.importing.preview import DUPLICATE, ERROR, EXISTS, NEW, Preview, RowOutcome
from desktop.importing.reading import Table
from desktop.importing.rows import CellRow, data_rows
from desktop.models import OrgUnit
from desktop.progress import Progress

COLUMNS = ("name", "parent_id", "region_code", "code", "address")


def prepare(session: Session, tables: list[Table], preview: Preview, options: ImportOptions,
            progress: Progress) -> None:
    """Units whose parent is another row of the file are linked at commit (`_parent_name`)."""
    lookups = Lookups(session, org_settings.load(session).district_code)
    existing = {(name.casefold(), parent): uid for uid, name, parent in session.execute(
        select(OrgUnit.id, OrgUnit.name, OrgUnit.parent_id).where(OrgUnit.deleted_at.is_(None)))}
    in_file: dict[str, RowOutcome] = {}
    for table, number, cells in data_rows(tables, preview, progress):
        row = CellRow(table, preview.file_name, number, cells)
        name = norm.text(row.get("name"))
        values: dict = {"name": name, "code": norm.text(row.get("code")), "address": norm.text(row.get("address")),
                        "parent_id": options.unit_id, "_parent_name": None}
        if not name:
            row.add("name", "error", "Nama unit kosong. Isi nama unit.", "name_required")
        parent = norm.text(row.get("parent"))
        if parent:
            found = lookups.unit(parent)
            if found:
                values["parent_id"] = found[0]
            elif parent.casefold() in in_file:
                values["_parent_name"] = parent.casefold()
            else:
                row.add("parent", "error", f"Unit induk '{parent}' tidak ada di daftar unit maupun di baris "
                        "sebelumnya. Tulis unit induk di atas unit anaknya.", "parent_unknown")
        kecamatan = lookups.kecamatan(norm.text(row.get("kecamatan")) or "") if row.has("kecamatan") else None
        desa = norm.text(row.get("desa"))
        found_desa = lookups.desa(kecamatan, desa) if kecamatan and desa else None
        values["region_code"] = found_desa[0] if found_desa else kecamatan
        if row.has("kecamatan") and norm.text(row.get("kecamatan")) and not kecamatan:
            row.add("kecamatan", "warning", f"Kecamatan '{norm.text(row.get('kecamatan'))}' tidak ditemukan; "
                    "periksa ejaannya.", "kecamatan_unknown")
        outcome = RowOutcome(table.sheet, number, ERROR if row.errors else NEW, name or "", values, [], row.findings)
        if outcome.status == NEW and name:
            key = name.casefold()
            if key in in_file:
                outcome.status = DUPLICATE
                row.add("name", "warning", f"Unit '{name}' sudah ada di baris {in_file[key].row}. Baris ini "
                        "dilewati.", "duplicate_in_file")
            else:
                in_file[key] = outcome
                outcome.existing_id = existing.get((key, values["parent_id"]))
                if outcome.existing_id:
                    outcome.status = EXISTS
                    outcome.existing = {c: v for c, v in zip(COLUMNS, session.execute(
                        select(*[getattr(OrgUnit, c) for c in COLUMNS]).where(OrgUnit.id == outcome.existing_id)
                    ).one(), strict=True)}
        preview.rows.append(outcome)

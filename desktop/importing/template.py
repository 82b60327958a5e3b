"""The intake template: a blank xlsx for PACs and schools to fill, that imports with no mapping
questions. Identifier columns are formatted as text (so Excel keeps all 16 NIK digits), and units,
institutions, occupations, kecamatan and desa are dropdowns fed from a hidden sheet."""
from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select

from desktop import settings as org_settings
from desktop.db import Database
from desktop.files import write_bytes_atomic
from desktop.importing.header import FIELDS
from desktop.sheet_output import set_text
from desktop.models import Institution, Occupation, OrgUnit, Region

DATA_SHEET = "Data Anggota"
LISTS_SHEET = "Daftar"
HEADER_ROW = 3
BLANK_ROWS = 500
# (field, width) in the order of the form; the header text is the field's first known variant.
COLUMNS = (("no", 5), ("name", 28), ("nik", 20), ("kk", 20), ("sex", 8), ("birth_place", 16), ("birth_date", 13),
           ("mother_name", 24), ("address", 28), ("rt_rw", 9), ("kecamatan", 16), ("desa", 18),
           ("postal_code", 9), ("phone", 16), ("email", 22), ("occupation", 24), ("income", 14),
           ("institution", 32), ("position", 16), ("unit", 24), ("member_no", 16), ("heir_name", 24),
           ("heir_relation", 16))
TEXT_FIELDS = ("nik", "kk", "phone", "postal_code", "rt_rw", "member_no")
RELATIONS = ("Suami", "Istri", "Anak", "Orang Tua", "Saudara Kandung")


def headers() -> list[str]:
    return [FIELDS["persons"][field][1][0] for field, _width in COLUMNS]


def _lists(db: Database) -> dict[str, list[str]]:
    with db.read() as session:
        district = org_settings.load(session).district_code
        kecamatan = list(session.execute(select(Region.code, Region.name).where(Region.parent_code == district)
                                         .order_by(Region.name)).all())
        desa = sorted({name for (name,) in session.execute(select(Region.name).where(
            Region.parent_code.in_([code for code, _ in kecamatan])))})
        return {
            "unit": list(session.scalars(select(OrgUnit.name).where(OrgUnit.deleted_at.is_(None))
                                         .order_by(OrgUnit.level, OrgUnit.name))),
            "institution": list(session.scalars(select(Institution.name).where(Institution.deleted_at.is_(None))
                                                .order_by(Institution.name))),
            "occupation": list(session.scalars(select(Occupation.name).order_by(Occupation.code))),
            "kecamatan": [name for _code, name in kecamatan],
            "desa": desa,
            "sex": ["L", "P"],
            "heir_relation": list(RELATIONS),
        }


def write_template(db: Database, target: str | Path) -> Path:
    with db.read() as session:
        cfg = org_settings.load(session)
    lists = _lists(db)
    book = Workbook()
    guide = book.active
    guide.title = "Petunjuk"
    sheet = book.create_sheet(DATA_SHEET)
    hidden = book.create_sheet(LISTS_SHEET)
    hidden.sheet_state = "hidden"
    _write_guide(guide, cfg.org_short_name)

    set_text(sheet["A1"], f"DAFTAR ANGGOTA — {cfg.org_short_name.upper()}")
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = "Isi mulai baris 4. NIK, No KK dan No HP sudah berformat Teks: ketik apa adanya (16 digit)."
    sheet["A2"].font = Font(italic=True, color="555555")
    names = headers()
    for col, ((field, width), text) in enumerate(zip(COLUMNS, names, strict=True), start=1):
        cell = set_text(sheet.cell(HEADER_ROW, col), text)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        letter = get_column_letter(col)
        sheet.column_dimensions[letter].width = width
        number_format = "@" if field in TEXT_FIELDS else "DD-MM-YYYY" if field == "birth_date" else "#,##0" \
            if field == "income" else None
        if number_format:
            for row in range(HEADER_ROW + 1, HEADER_ROW + 1 + BLANK_ROWS):
                sheet.cell(row, col).number_format = number_format
        if field in lists and lists[field]:
            _dropdown(sheet, hidden, field, lists[field], letter)
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 3)
    buffer = io.BytesIO()
    book.save(buffer)
    return write_bytes_atomic(target, buffer.getvalue())


def _dropdown(sheet, hidden, field: str, values: list[str], letter: str) -> None:  # noqa: ANN001
    """A list validation whose values sit in a column of the hidden sheet (Excel limits inline
    lists to 255 characters)."""
    column = hidden.max_column + 1 if hidden.max_row > 1 or hidden["A1"].value else 1
    set_text(hidden.cell(1, column), FIELDS["persons"][field][0])
    for row, value in enumerate(values, start=2):
        set_text(hidden.cell(row, column), value)  # unit and institution names: text, never a formula
    source_letter = get_column_letter(column)
    rule = DataValidation(type="list", formula1=f"'{LISTS_SHEET}'!${source_letter}$2:${source_letter}$"
                          f"{len(values) + 1}", allow_blank=True, showErrorMessage=field in ("sex", "kecamatan"))
    rule.error = "Pilih dari daftar."
    rule.prompt = f"Pilih {FIELDS['persons'][field][0].lower()} dari daftar."
    sheet.add_data_validation(rule)
    rule.add(f"{letter}{HEADER_ROW + 1}:{letter}{HEADER_ROW + BLANK_ROWS}")


def _write_guide(guide, org: str) -> None:  # noqa: ANN001
    lines = [
        (f"Templat isian data anggota — {org}", True),
        ("", False),
        ("Cara mengisi", True),
        ("1. Isi lembar 'Data Anggota' mulai baris 4, satu orang per baris. Jangan mengubah judul kolom.", False),
        ("2. NIK dan No KK: 16 digit dari KTP/KK, diketik sebagai teks (kolomnya sudah berformat Teks). "
         "Jangan menyalin dari sel berformat angka: Excel memotong digit ke-16.", False),
        ("3. Tgl Lahir: hari-bulan-tahun, misalnya 21-05-1980.", False),
        ("4. No HP: diawali 08, misalnya 081234567890.", False),
        ("5. Jenis Kelamin, Kecamatan, Desa, Pekerjaan, Nama Lembaga, Ranting dan Hubungan: pilih dari daftar.",
         False),
        ("6. Penghasilan: rupiah per bulan tanpa titik, misalnya 1500000.", False),
        ("7. Ahli waris boleh dikosongkan.", False),
        ("", False),
        ("Pelindungan data pribadi (UU 27/2022)", True),
        ("Berkas ini berisi data pribadi. Kirim hanya kepada sekretariat, jangan dibagikan di grup, dan hapus "
         "salinannya setelah diterima sekretariat.", False),
    ]
    guide.column_dimensions["A"].width = 90
    for row, (text, bold) in enumerate(lines, start=1):
        cell = set_text(guide.cell(row, 1), text)
        cell.font = Font(bold=bold, size=13 if row == 1 else 11)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        # spreadsheet programs do not grow wrapped rows by themselves when a file is opened
        guide.row_dimensions[row].height = 16 * max(1, -(-len(text) // 80))

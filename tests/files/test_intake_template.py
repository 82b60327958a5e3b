"""The intake template: text-formatted identifier columns, dropdowns fed from a hidden sheet, an
instructions sheet, and a filled copy that imports with no mapping questions."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import openpyxl
import pytest

from desktop.importing import header, template
from desktop.importing.commit import commit
from desktop.importing.options import ImportOptions
from desktop.importing.plan import layout, prepare


@pytest.fixture
def blank(db, mojokerto, tmp_path):
    target = tmp_path / "templat.xlsx"
    template.write_template(db, target)
    return target


def test_template_layout(blank):
    book = openpyxl.load_workbook(blank)
    assert book.sheetnames == ["Petunjuk", "Data Anggota", "Daftar"]
    assert book["Daftar"].sheet_state == "hidden"
    assert "16 digit" in " ".join(str(c.value) for c in book["Petunjuk"]["A"] if c.value)
    sheet = book["Data Anggota"]
    heads = [c.value for c in sheet[template.HEADER_ROW]]
    assert heads == template.headers()
    for field in ("nik", "kk", "phone"):
        column = heads.index(header.FIELDS["persons"][field][1][0]) + 1
        assert sheet.cell(template.HEADER_ROW + 1, column).number_format == "@"
        assert sheet.cell(template.HEADER_ROW + 500, column).number_format == "@"
    rules = {str(v.sqref).split(":")[0][:-1]: v.formula1 for v in sheet.data_validations.dataValidation}
    lists = book["Daftar"]
    values = {lists.cell(1, c).value: [lists.cell(r, c).value for r in range(2, lists.max_row + 1)
                                       if lists.cell(r, c).value is not None]
              for c in range(1, lists.max_column + 1)}
    assert "PAC Muslimat NU Sooko" in values["Ranting/unit"]
    assert values["Lembaga"] == ["TK Muslimat NU 05 Japan"]
    assert "Dawarblandong" in values["Kecamatan"] and len(values["Kecamatan"]) == 18
    assert "Klinterejo" in values["Desa/Kelurahan"]
    assert "Pedagang" in values["Pekerjaan"]
    kecamatan_column = openpyxl.utils.get_column_letter(heads.index("Kecamatan") + 1)
    assert rules[kecamatan_column].startswith("'Daftar'!$")


def test_filled_template_imports_without_mapping_questions(db, mojokerto, blank, tmp_path):
    book = openpyxl.load_workbook(blank)
    sheet = book["Data Anggota"]
    values = {"No": 1, "Nama Lengkap": "Siti Aminah", "NIK": "3516134505800001", "Jenis Kelamin": "P",
              "Tempat Lahir": "Mojokerto", "Tgl Lahir": dt.date(1980, 5, 5), "RT/RW": "001/002",
              "Kecamatan": "Sooko", "Desa": "Klinterejo", "No HP": "081234567890", "Pekerjaan": "Pedagang",
              "Penghasilan": 1500000, "Nama Lembaga": "TK Muslimat NU 05 Japan", "Ranting": "PAC Muslimat NU Sooko",
              "Nama Ahli Waris": "Ahmad Fauzi", "Hubungan": "Suami"}
    heads = template.headers()
    for name, value in values.items():
        sheet.cell(template.HEADER_ROW + 1, heads.index(name) + 1, value)
    filled = tmp_path / "terisi.xlsx"
    book.save(filled)
    [table] = layout(db, filled, "persons").chosen_tables()
    assert table.sheet == "Data Anggota" and len(table.mapping) == len(heads)  # every column mapped
    preview = prepare(db, filled, "persons", ImportOptions(reference=dt.date(2026, 11, 2)))
    assert [o.status for o in preview.rows] == ["new"] and preview.rows[0].findings == []
    row = preview.rows[0].values
    assert (row["occupation_code"], row["institution_id"], row["unit_id"]) == ("84", mojokerto["tk"],
                                                                                 mojokerto["sooko"])
    assert row["desa_code"].startswith("35.16.13.") and (row["rt"], row["rw"]) == ("001", "002")
    assert commit(db, preview).added == 1


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_libreoffice_opens_the_template(blank, tmp_path):
    subprocess.run(["soffice", "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(blank)],
                   check=True, capture_output=True, timeout=120)
    text = (tmp_path / "templat.csv").read_text(encoding="utf-8", errors="replace")
    assert "Templat isian data anggota" in text

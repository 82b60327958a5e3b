"""Formula injection (issue 19): names and unit names beginning with = + - @ reach every file the app
writes; each file is read back and no cell is a formula, no csv field starts a formula."""
from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from sqlalchemy import update

from desktop.batches import export
from desktop.models import OrgUnit, Person
from tests.use_cases.test_batch_lifecycle import make_sooko_batch

HOSTILE_UNIT = '=HYPERLINK("http://x","klik")'
HOSTILE_NAME = "=cmd|' /C calc'!A0"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_cells(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [f"{sheet.title}!{cell.coordinate}={cell.value}" for sheet in book.worksheets for row in sheet.iter_rows()
            for cell in row if cell.data_type == "f"]


def texts(path: Path) -> set[str]:
    book = openpyxl.load_workbook(path)
    return {cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
            if isinstance(cell.value, str)}


def csv_fields(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [field for row in csv.reader(handle, delimiter=";") for field in row]


def test_no_file_the_app_writes_holds_a_formula(db, cli, samples, mojokerto, tmp_path):
    number = make_sooko_batch(db, samples, mojokerto)
    with db.write() as session:
        session.execute(update(OrgUnit).where(OrgUnit.id == mojokerto["sooko"]).values(name=HOSTILE_UNIT))
        first = session.scalars(Person.__table__.select().with_only_columns(Person.id).limit(1)).first()
        session.execute(update(Person).where(Person.id == first).values(name=HOSTILE_NAME))
    written = {}
    # the batch for the branch office: data, summary (unit names) and cover sheets
    written["batch"] = export.export_batch(db, number, tmp_path).path
    # an import whose rows carry formula-like names: its problem list goes back to the PAC
    source = tmp_path / "kiriman.csv"
    source.write_text("Nama;NIK;Tgl Lahir;Unit\n"
                      f"{HOSTILE_NAME};3516134505800001;05-05-1980;{HOSTILE_UNIT}\n"
                      '=HYPERLINK("http://x","click");12345;31-02-1980;\n'
                      "+6281234;3516134505800002;05-05-1980;@SUM(A1)\n", encoding="utf-8")
    written["problems"] = tmp_path / "masalah.xlsx"
    result = cli("import", "persons", str(source), "--dry-run", "--problems-out", str(written["problems"]))
    assert result.exit_code in (0, 1, 2) and written["problems"].exists(), result.output
    written["report"] = tmp_path / "laporan.xlsx"
    assert cli("report", "export", "--xlsx", str(written["report"])).exit_code == 0
    written["template"] = tmp_path / "templat.xlsx"
    assert cli("import", "template", str(written["template"])).exit_code == 0
    # the audit log quotes targets and descriptions typed or imported by users
    hostile_target = tmp_path / "=HYPERLINK(1).xlsx"
    assert cli("report", "export", "--xlsx", str(hostile_target)).exit_code == 0
    written["audit"] = tmp_path / "catatan.xlsx"
    assert cli("audit", "export", str(written["audit"])).exit_code == 0
    audit_csv = tmp_path / "catatan.csv"
    assert cli("audit", "export", str(audit_csv)).exit_code == 0

    for kind, path in written.items():
        assert formula_cells(path) == [], kind
    # the hostile values are there, as text
    assert HOSTILE_NAME in texts(written["batch"]) and HOSTILE_UNIT in texts(written["batch"])
    assert HOSTILE_NAME in texts(written["problems"])
    assert HOSTILE_UNIT in texts(written["report"]) and HOSTILE_UNIT in texts(written["template"])
    fields = csv_fields(audit_csv)
    assert not [f for f in fields if f.startswith(FORMULA_START)]
    assert any(f.startswith("'") and "=HYPERLINK(1)" in f for f in fields) or \
        any("=HYPERLINK(1)" in f and not f.startswith("=") for f in fields)


def test_csv_fields_that_start_a_formula_get_an_apostrophe():
    from desktop.sheet_output import csv_field
    assert [csv_field(v) for v in ("=1+1", "+62", "-x", "@A1", "\tx", "Siti", 5, -3, None, "a\x00b")] == \
        ["'=1+1", "'+62", "'-x", "'@A1", "'\tx", "Siti", "5", "-3", "", "ab"]

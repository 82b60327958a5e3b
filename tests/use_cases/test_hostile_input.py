"""Hostile and broken input (issue 19): a file can neither kill the app nor exhaust its memory, and
what it carries is checked at the door. Imports that could run away are run in a child process whose
peak memory is read with getrusage(RUSAGE_CHILDREN) by a small parent of its own (see run_measured)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.errors import UserError

ROOT = Path(__file__).resolve().parents[2]
MEMORY_LIMIT_MB = 500


def far_cell_xlsx(path: Path, cell: str) -> Path:
    """A header, one person, and one value far away: the whole file is about 5 KB."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Anggota"
    sheet.append(["Nama", "NIK", "Tgl Lahir"])
    sheet.append(["Siti Aminah", "3516134505800001", "05-05-1980"])
    sheet[cell] = "x"
    book.save(path)
    return path


# A small parent for the measured child: its RUSAGE_CHILDREN is that one child's peak, whereas the test
# run's own would also count every earlier child of the whole suite. Also measures a child that aborts.
_MEASURE = ("import resource, subprocess, sys\n"
            "code = subprocess.run(sys.argv[1:]).returncode\n"
            "sys.stderr.write(f'\\nPEAK_KB {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\\n')\n"
            "sys.exit(code if code >= 0 else 128 - code)\n")


def run_measured(command: list[str], env: dict, timeout: float = 120) -> tuple[subprocess.CompletedProcess, float]:
    """Run `command` in a child; returns the result and the child's peak memory in MB (Linux: kB)."""
    result = subprocess.run([sys.executable, "-c", _MEASURE, *command], env=env, cwd=ROOT, capture_output=True,
                            text=True, timeout=timeout)
    reported = [line for line in result.stderr.splitlines() if line.startswith("PEAK_KB ")]
    return result, int(reported[-1].split()[1]) / 1024 if reported else float("inf")


def run_cli(db_path: Path, data_dir: Path, *args: str) -> tuple[subprocess.CompletedProcess, float]:
    env = {**os.environ, "JAMSOS_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    return run_measured([sys.executable, "-m", "desktop.cli", "--db", str(db_path), *args], env)


@pytest.mark.parametrize("cell", ["XFD1048576", "XFD5000", "Z1000000"])
def test_a_far_cell_is_refused_before_the_grid_is_built(tmp_path, data_dir, cell):
    path = far_cell_xlsx(tmp_path / "jauh.xlsx", cell)
    assert path.stat().st_size < 10_000
    result, peak = run_cli(tmp_path / "db.sqlite", data_dir, "import", "persons", str(path), "--dry-run")
    assert result.returncode == 2, result.stderr[-2000:]
    message = result.stdout + result.stderr
    assert "jauh.xlsx" in message and cell in message and "terlalu luas" in message
    assert peak < MEMORY_LIMIT_MB, f"peak memory {peak:.0f} MB"


def test_a_formatted_but_empty_far_cell_is_not_refused(tmp_path):
    from openpyxl.styles import Font

    from desktop.importing.sheets import open_workbook
    path = tmp_path / "format.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Nama", "NIK", "Tgl Lahir"])
    book.active["XFD1048576"].font = Font(bold=True)  # Excel writes such cells: no value, no grid
    book.save(path)
    workbook = open_workbook(path)
    assert [cells[:1] for _n, cells in workbook.rows(workbook.sheet_names[0])] == [["Nama"]]


def test_an_ods_with_a_far_cell_is_refused_before_calamine_opens_it(tmp_path):
    """calamine parses every ods sheet when it opens the file: the check must come before."""
    from desktop.errors import UserError
    from desktop.importing.sheets import open_workbook
    path = tmp_path / "jauh.ods"
    cells = '<table:table-cell office:value-type="string"><text:p>Nama</text:p></table:table-cell>'
    far = ('<table:table-row table:number-rows-repeated="4998"><table:table-cell/></table:table-row>'
           '<table:table-row><table:table-cell table:number-columns-repeated="16383"/>'
           '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>')
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="Data"><table:table-row>{cells}'
               f'</table:table-row>{far}</table:table></office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest='
                         '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                         'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
                         'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
                         'manifest:media-type="text/xml"/></manifest:manifest>')
    with pytest.raises(UserError) as caught:
        open_workbook(path)
    assert "XFD5000" in caught.value.full_message() and "jauh.ods" in caught.value.full_message()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice writes the .xls")
def test_an_xls_with_a_far_cell_is_refused_before_calamine_opens_it(tmp_path, data_dir):
    """calamine reads every xls sheet when it opens the file (1 GB for a value in IV65536)."""
    source = far_cell_xlsx(tmp_path / "jauh.xlsx", "IV65536")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "xls",
                    "--outdir", str(tmp_path), str(source)], capture_output=True, timeout=120)
    if not (tmp_path / "jauh.xls").exists():
        pytest.skip("LibreOffice could not convert here")
    result, peak = run_cli(tmp_path / "db.sqlite", data_dir, "import", "persons", str(tmp_path / "jauh.xls"),
                           "--dry-run")
    assert result.returncode == 2 and "IV65536" in result.stdout + result.stderr
    assert peak < MEMORY_LIMIT_MB, f"peak memory {peak:.0f} MB"


def test_cells_without_references_cannot_slip_past(tmp_path):
    """A writer may leave out r="…": the cells then follow one another, and are counted."""
    import io

    from desktop.importing.extent import scan_sheet_xml
    xml = (b'<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c></row><row>'
           + b'<c><v>1</v></c>' * 600 + b'</row></sheetData></worksheet>')
    extent = scan_sheet_xml(io.BytesIO(xml))
    assert extent.columns >= 600 and extent.rows == 2


# -- bad characters and sizes at the door ----------------------------------------------------------

def _prepare(db, path: Path):
    import datetime as dt

    from desktop.importing.options import ImportOptions
    from desktop.importing.plan import prepare
    return prepare(db, path, "persons", ImportOptions(reference=dt.date(2026, 11, 2)))


def _findings(preview) -> list[str]:
    return [f.text for o in preview.rows for f in o.findings]


def test_a_nul_byte_is_removed_at_the_door_with_a_message(db, tmp_path):
    from sqlalchemy import select

    from desktop.importing.commit import commit
    from desktop.models import Person
    path = tmp_path / "nul.csv"
    path.write_text("Nama;NIK;Tgl Lahir\nSiti\x00Nul;3516134505800001;05-05-1980\n", encoding="utf-8")
    preview = _prepare(db, path)
    assert any("baris 2, kolom Nama: Karakter kontrol" in text for text in _findings(preview))
    commit(db, preview, backup=False)
    with db.read() as session:
        assert session.scalars(select(Person.name)).all() == ["Siti Nul"]


@pytest.mark.sqlite_only(reason="a NUL byte can only have been stored by SQLite (PostgreSQL text refuses it)")
def test_the_batch_check_flags_control_characters_already_stored(db, samples, mojokerto, tmp_path):
    from sqlalchemy import select, update

    from desktop.batches import check, export
    from desktop.models import Batch, Person
    from tests.use_cases.test_batch_lifecycle import make_sooko_batch
    number = make_sooko_batch(db, samples, mojokerto)
    with db.write() as session:
        first = session.scalars(select(Person.id).order_by(Person.id).limit(1)).first()
        session.execute(update(Person).where(Person.id == first).values(name="Siti\x00Nul"))
    # stored after the check (as by an older version): the export says so instead of failing midway
    with pytest.raises(UserError, match="belum lengkap sejak diperiksa"):
        export.export_batch(db, number, tmp_path)
    with db.write() as session:
        result = check.check_batch(session, session.scalars(select(Batch.id)).first())
    assert not result.ok and "berisi karakter kontrol" in result.describe()


def test_a_text_longer_than_its_column_refuses_the_row_with_a_message(db, tmp_path):
    path = tmp_path / "panjang.csv"
    path.write_text("Nama;NIK;Tgl Lahir;Alamat\n" + "A" * 100_000 + ";3516134505800001;05-05-1980;Jl. Mawar\n"
                    "Siti;3516134505800002;05-05-1980;" + "Dsn. Kauman " * 30 + "\n", encoding="utf-8")
    preview = _prepare(db, path)
    assert [o.status for o in preview.rows] == ["error", "error"]
    texts = _findings(preview)
    assert any("baris 2, kolom Nama: Isi sel terlalu panjang (100.000 karakter; paling banyak 150)" in t for t in texts)
    assert any("baris 3, kolom Alamat: Isi sel terlalu panjang" in t and "paling banyak 250" in t for t in texts)


def test_formula_like_text_is_imported_as_text_with_a_warning(db, tmp_path):
    path = tmp_path / "rumus.csv"
    path.write_text('Nama;NIK;Tgl Lahir\n=HYPERLINK("http://x","klik");3516134505800001;05-05-1980\n',
                    encoding="utf-8")
    preview = _prepare(db, path)
    assert preview.rows[0].status == "new"
    assert any("kolom Nama: Isi sel diawali tanda rumus (=)" in t for t in _findings(preview))


def test_a_formula_without_a_stored_result_is_a_warning_not_a_silent_blank(db, tmp_path):
    path = tmp_path / "rumus.xlsx"
    book = openpyxl.Workbook()  # openpyxl stores formulas without their result, as some tools do
    book.active.append(["Nama", "NIK", "Tgl Lahir", "Tempat Lahir"])
    book.active.append(["Siti Aminah", "3516134505800001", "05-05-1980", '=CONCAT("Moj","okerto")'])
    book.save(path)
    preview = _prepare(db, path)
    assert any("baris 2, kolom Tempat Lahir: Sel berisi rumus yang hasilnya tidak tersimpan" in t
               for t in _findings(preview))


def test_a_utf16_csv_is_read_as_utf16(db, tmp_path):
    text = "Nama;NIK;Tgl Lahir\r\nSiti Aminah;3516134505800001;05-05-1980\r\n"
    for name, data in [("bom.csv", text.encode("utf-16")), ("tanpa-bom.csv", text.encode("utf-16-le"))]:
        path = tmp_path / name
        path.write_bytes(data)
        preview = _prepare(db, path)
        assert [o.values.get("name") for o in preview.rows] == ["Siti Aminah"], name


# -- profile files ---------------------------------------------------------------------------------

def _profile(tmp_path: Path, **parts) -> Path:
    import json

    from desktop import profile
    path = tmp_path / "profil.json"
    path.write_text(json.dumps({"format": profile.FORMAT, "version": 1, **parts}), encoding="utf-8")
    return path


def test_a_pks_pattern_with_a_format_spec_is_refused_everywhere(db, cli, tmp_path):
    import datetime as dt

    from sqlalchemy import update

    from desktop import profile
    from desktop.documents.agreement import own_number
    from desktop.models import Setting
    for pattern in ("{nomor:>900000000}/PC/{tahun}", "{nomor!r}/PC", "{nomor.real}/PC", "{nomor}/" + "X" * 200):
        with pytest.raises(UserError, match="Pola nomor PKS"):
            with db.write() as session:
                profile.apply_settings(session, pks_number_pattern=pattern)
        result = cli("profile", "import", str(_profile(tmp_path, settings={"pks_number_pattern": pattern})))
        assert result.exit_code == 2 and "Pola nomor PKS" in result.output, result.output
    # a pattern stored by an older version is refused at print time, in a moment
    with db.write() as session:
        session.execute(update(Setting).where(Setting.key == "pks_number_pattern")
                        .values(value='"{nomor:>900000000}/PC/{tahun}"'))
    with pytest.raises(UserError, match="Pola nomor PKS"):
        own_number("{nomor:>900000000}/PC/{tahun}", "045", dt.date(2026, 5, 1))


@pytest.mark.parametrize("parts, expected", [
    ({"document_templates": [{"body": "## Pasal\nIsi"}]}, "tidak menyebut jenisnya"),
    ({"document_templates": [{"kind": "../../etc/passwd", "body": "## Pasal\nIsi"}]}, "Jenis templat"),
    ({"document_templates": [{"kind": "pks", "body": "## Pasal\nIsi {tidak_ada}"}]}, "tidak dikenal"),
    ({"logo": {"suffix": ".png", "data": "bukan base64!!"}}, "base64"),
    ({"logo": {"suffix": ".png", "data": "aGFsbyBkdW5pYQ=="}}, "bukan gambar"),
    ({"settings": {"level_names": 12345}}, "level_names"),
    ({"settings": {"level_names": [["a"]]}}, "level_names"),
    ({"settings": {"min_working_age": True}}, "min_working_age"),
    ({"settings": {"org_name": "x" * 5000}}, "terlalu panjang"),
    ({"version": "abc"}, "Versi profil"),
    ({"settings": "rusak"}, "settings"),
    ({"export_presets": [{"name": "P", "columns": [{"header": "A", "field": "rahasia"}]}]}, "tidak dikenal"),
    ({"export_presets": [{"name": "P", "segment": "XX", "columns": [{"header": "A", "field": "nik"}]}]}, "segmen"),
    ({"export_presets": [{"columns": []}]}, "preset"),
])
def test_a_malformed_profile_is_refused_with_a_clear_message_and_changes_nothing(db, cli, tmp_path, parts,
                                                                                  expected):
    from desktop import settings
    parts = {"settings": {"org_short_name": "Baru"}, **parts}
    path = _profile(tmp_path, **parts)
    if "version" in parts:
        text = path.read_text(encoding="utf-8").replace('"version": 1, ', "")
        path.write_text(text, encoding="utf-8")
    result = cli("profile", "import", str(path))
    assert result.exit_code == 2, result.output
    assert expected in result.output and "profil.json" in result.output and "tidak terduga" not in result.output
    with db.read() as session:
        assert settings.load(session).org_short_name == "PC Muslimat NU Kab. Mojokerto"
        from sqlalchemy import func, select

        from desktop.models import DocumentTemplate
        assert session.scalar(select(func.count()).select_from(DocumentTemplate)
                              .where(DocumentTemplate.kind != "pks")) == 0


def test_a_batch_answer_with_a_far_cell_is_refused_before_it_is_read(tmp_path):
    """The branch office's answer file is outside input too."""
    from desktop.batches.answer import read_answer
    path = tmp_path / "jawaban.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["NIK", "NAMA", "NO KPJ", "STATUS"])
    book.active["XFD5000"] = "x"
    book.save(path)
    with pytest.raises(UserError, match="XFD5000"):
        read_answer(path)


@pytest.mark.parametrize("body", [
    b'<row r="2"><c r="Z1048576"><v>1</v></c></row>',  # a cell naming another row than its row tag
    b"<row r='2'><c r='XFD5000'><v>1</v></c></row>",
    b'<row r="2"><c\nr="XFD5000"><v>1</v></c></row>',
    b'<row r="2"><c t="n" r="XFD5000"><v>1</v></c></row>',
    b'<x:row r="2"><x:c r="XFD5000"><x:v>1</x:v></x:c></x:row>',
    b'<row r="2"><c r="xfd5000"><v>1</v></c></row>',
    b'<row r="2"><c r = "XFD5000"><v>1</v></c></row>',
])
def test_no_spelling_of_a_far_cell_slips_past(body):
    import io

    from desktop.importing.extent import _too_large, scan_sheet_xml
    header = b'<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c></row>'
    assert _too_large(scan_sheet_xml(io.BytesIO(b"<sheetData>" + header + body + b"</sheetData>")))


def test_rows_that_are_only_formatted_do_not_count(tmp_path):
    """Excel writes a row tag for every formatted row; only rows with values make calamine's grid."""
    from desktop.importing.extent import check_sheet
    path = tmp_path / "berformat.xlsx"
    book = openpyxl.Workbook()
    book.active.append([f"Kolom {i}" for i in range(30)])
    book.save(path)
    rows = b"".join(b'<row r="%d"><c r="A%d" s="1"/><c r="AD%d" s="1"/></row>' % (i, i, i) for i in range(2, 300_001))
    with zipfile.ZipFile(path) as source:
        items = {item.filename: source.read(item.filename) for item in source.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    items[sheet] = items[sheet].replace(b"</sheetData>", rows + b"</sheetData>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in items.items():
            target.writestr(name, data)
    assert check_sheet(path, "Sheet").rows == 1

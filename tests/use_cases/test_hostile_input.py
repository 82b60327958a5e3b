"""Hostile and broken input (issue 19): a file can neither kill the app nor exhaust its memory, and
what it carries is checked at the door. Imports that could run away are run in a child process whose
peak memory is read back (resource.getrusage(RUSAGE_CHILDREN))."""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

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


def run_cli(db_path: Path, data_dir: Path, *args: str, timeout: float = 120) -> tuple[subprocess.CompletedProcess, float]:
    """Run the CLI in a child; returns the result and the largest peak memory of any child so far (MB)."""
    env = {**os.environ, "JAMSOS_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "--db", str(db_path), *args], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=timeout)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # Linux: kB
    return result, peak


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


def test_cells_without_references_cannot_slip_past(tmp_path):
    """A writer may leave out r="…": the cells then follow one another, and are counted."""
    import io

    from desktop.importing.extent import scan_sheet_xml
    xml = (b'<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c></row><row>'
           + b'<c><v>1</v></c>' * 600 + b'</row></sheetData></worksheet>')
    extent = scan_sheet_xml(io.BytesIO(xml))
    assert extent.columns >= 600 and extent.rows == 2

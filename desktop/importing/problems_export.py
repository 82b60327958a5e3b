"""The problem list of a preview as an xlsx the secretariat can send back to the PAC or school:
one line per finding, with file, sheet, row, column, the name on that row, and what to fix."""
from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from desktop import audit, sheet_output
from desktop.db import Database
from desktop.files import write_bytes_atomic
from desktop.importing.preview import STATUS_LABELS, Preview

SEVERITY = {"error": "Harus diperbaiki", "warning": "Periksa", "info": "Keterangan"}
HEADERS = ("Berkas", "Lembar", "Baris", "Kolom", "Nama di baris itu", "Status baris", "Tingkat", "Masalah dan cara "
           "memperbaikinya")
WIDTHS = (24, 14, 7, 16, 28, 13, 16, 100)


def export_problems(db: Database | None, preview: Preview, target: str | Path) -> int:
    """Write the list; returns the number of findings written. The export is recorded in the audit log
    (it names persons and may quote their phone numbers)."""
    target = Path(target)
    book = Workbook()
    sheet = book.active
    sheet.title = "Masalah"
    sheet_output.append(sheet, HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for index, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(65 + index)].width = width
    sheet.freeze_panes = "A2"
    written = 0
    for finding in preview.notes:
        sheet_output.append(sheet, (preview.file_name, None, None, None, None, None, SEVERITY.get(finding.severity), finding.message))
        written += 1
    for outcome in preview.rows:
        for finding in outcome.findings:
            place = finding.place
            sheet_output.append(sheet, (place.file, place.sheet, place.row, place.column, outcome.label,
                          STATUS_LABELS.get(outcome.status, outcome.status), SEVERITY.get(finding.severity),
                          finding.message))
            written += 1
    for row in sheet.iter_rows(min_row=2):
        row[-1].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    book.save(buffer)
    write_bytes_atomic(target, buffer.getvalue())
    if db is not None:
        persons = sum(1 for o in preview.rows if o.findings)
        with db.write() as session:
            audit.record(session, "export", f"Daftar masalah impor {preview.file_name}", person_count=persons,
                         fields=("name", "phone") if preview.kind == "persons" else ("name",), target=str(target))
    return written

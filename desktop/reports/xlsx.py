"""The coverage report as an xlsx workbook: one sheet per table of desktop.reports.content, with
real numbers (counts, rupiah, shares) so the branch office can sum and chart them further."""
from __future__ import annotations

from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop import sheet_output
from desktop.domain import dates_id
from desktop.reports.content import Report, tables

HEADER_FILL = PatternFill("solid", fgColor="E8EDF2")
FORMATS = {"money": '"Rp"#,##0', "count": "#,##0", "share": "0.0%"}


def write_xlsx(report: Report, handle: BinaryIO) -> None:
    book = Workbook()
    book.remove(book.active)
    for table in tables(report):
        sheet = book.create_sheet(table.sheet[:31])
        sheet_output.append(sheet, [table.title])
        sheet["A1"].font = Font(bold=True, size=12)
        sheet_output.append(sheet, [f"{report.scope} — keadaan per {dates_id.long_date(report.today)}"])
        sheet.append([])
        sheet_output.append(sheet, table.header)
        for cell in sheet[4]:
            cell.font, cell.fill = Font(bold=True), HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for row in table.rows:
            sheet_output.append(sheet, [value.strip() if isinstance(value, str) else value for value in row])
            for index, cell in enumerate(sheet[sheet.max_row]):
                if isinstance(row[index], float):
                    cell.number_format = FORMATS["share"]
                elif isinstance(row[index], int):
                    cell.number_format = FORMATS["money" if index in table.money else "count"]
        if table.note:
            sheet.append([])
            sheet_output.append(sheet, [table.note])
        sheet.column_dimensions["A"].width = 42
        for column in range(2, len(table.header) + 1):
            sheet.column_dimensions[get_column_letter(column)].width = 16
        sheet.freeze_panes = "B5"
    book.save(handle)

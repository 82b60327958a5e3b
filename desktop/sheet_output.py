"""The one way a user's value goes into an xlsx or csv file that may leave the office.

Names, addresses, unit names and messages come from imported files and typed fields; any of them may
begin with "=" (`=HYPERLINK("http://x","klik")`, `=cmd|' /C calc'!A0`). In an xlsx we store every text
as a text cell (openpyxl data type "s"), never a formula. A csv has no cell types, so a field that
begins with = + - @ or a tab/CR — what Excel and LibreOffice would evaluate — gets a leading
apostrophe, as OWASP recommends. Characters XML cannot hold (NUL and other controls) are dropped, so
a stray byte in old data never makes an export fail halfway.

Every writer (import problem list, report export, intake template, audit export, batch export) uses
these helpers; tests read back every file they write and assert that no cell is a formula.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

# the characters XML 1.0 cannot hold (openpyxl raises IllegalCharacterError on them)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# what a spreadsheet program treats as the start of a formula in a typed or csv value
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean(value: object) -> object:
    """A string without characters a spreadsheet file cannot hold; other values as they are."""
    if isinstance(value, str):
        return CONTROL.sub("", value)
    return value


def set_text(cell, value: object):  # noqa: ANN001, ANN201 - an openpyxl cell, written or write-only
    """Put `value` into `cell`; a string is always a text cell, never a formula."""
    cell.value = clean(value)
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell


def text_cell(sheet, value: object):  # noqa: ANN001, ANN201
    """A cell for a write-only sheet holding `value` as text (strings) or as it is (numbers, dates)."""
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415 - the importer's checks need no openpyxl
    return set_text(WriteOnlyCell(sheet), value)


def append(sheet, values: Iterable[object]) -> None:  # noqa: ANN001
    """sheet.append for a normal (not write-only) sheet, every string a text cell."""
    sheet.append([clean(value) for value in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def csv_field(value: object) -> str:
    """A csv field a spreadsheet program shows as the text it is."""
    if not isinstance(value, str):
        return "" if value is None else str(value)  # a number stays a number
    text = clean(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_text(rows: Iterable[Iterable[object]], delimiter: str = ";") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerows([csv_field(value) for value in row] for row in rows)
    return buffer.getvalue()


def looks_like_formula(text: str) -> bool:
    """A value that a spreadsheet program would run if it were typed in (the importer warns)."""
    return text.startswith("=") or (text.startswith(("+", "-", "@")) and bool(re.search(r"[(!|]", text)))

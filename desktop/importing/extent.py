"""How far a sheet reaches, read from the file itself before any grid is built.

python-calamine turns a sheet into one dense grid from its first to its last used cell: a 1.5 KB
xlsx with a header and one value in XFD1048576 asks for 17 billion cells (550 GB) and kills the
process. So before calamine parses a sheet we stream its XML out of the zip (a few MB at a time,
whatever its size) and note the furthest cell, and a sheet whose used range is absurd for a roster is
refused with a message naming the file and the cell. The `<dimension ref>` tag is not trusted (a
writer may omit it or lie); the cells' own `r` attributes are.

ods (a repeat count can stand for 16,384 cells) is walked tag by tag; xls (BIFF, at most 65,536 × 256
cells by format) through its cell records.
"""
from __future__ import annotations

import re
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from desktop.domain.money import number_id
from desktop.errors import Place, UnreadableSheet

# A roster has a few dozen columns and at most some hundred thousand rows. Calamine keeps 32 bytes a
# cell, so MAX_CELLS bounds the reader at about 200 MB.
MAX_COLUMNS = 512
MAX_CELLS = 6_000_000

_CHUNK = 4 << 20
# Every writer we know (Excel, LibreOffice, openpyxl, Google Sheets) writes `<c r="B7"` and `<row r="7"`.
# Only cells holding something count: calamine skips empty ones, and Excel writes formatted-but-empty
# cells (<c r="XFD5000" s="1"/>) more often than not. Rows: a row tag that is not self-closing has cells.
_ROW_NUMBER = re.compile(rb'<row r="([0-9]{1,7})"(?:[^>]*[^/])?>')
# Anything written otherwise (a prefix <x:c, r not first, single quotes, lower case, no r at all) is
# rare: each such tag is read on its own, and one without a reference counts as one more row or
# column, since calamine puts it right after the previous one. So no spelling slips past.
_OTHER = re.compile(rb'<(c|row)(?=[\s>/])(?! r="[A-Z0-9])[^>]*>')
_PREFIXED = re.compile(rb'<\w+:(c|row)(?=[\s>/])[^>]*>')  # run only where a prefix appears at all
_ANY_REF = re.compile(rb'\sr\s*=\s*["\']([A-Za-z]{0,3})([0-9]{1,9})["\']')


def _letters_beyond(column: int) -> bytes:
    """A pattern for the column letters after column number `column` (up to 3 letters)."""
    letters = _column_letters(column) if column else ""
    size = len(letters)
    choices = [b"[A-Z]{%d,3}" % (size + 1)] if size < 3 else []
    for index, char in enumerate(letters):
        if char != "Z":
            rest = size - index - 1
            choices.append(letters[:index].encode() + b"[%s-Z]" % chr(ord(char) + 1).encode()
                           + (b"[A-Z]{%d}" % rest if rest else b""))
    return b"(?:" + b"|".join(choices or [b"(?!)"]) + b")"


def _greater_than(number: int) -> bytes:
    """A pattern for the decimal numbers above `number` (up to 7 digits): rows beyond the last row tag."""
    digits = str(number)
    size = len(digits)
    choices = [b"[0-9]{%d,7}" % (size + 1)] if size < 7 else []
    for index, char in enumerate(digits):
        if char != "9":
            rest = size - index - 1
            choices.append(digits[:index].encode() + b"[%d-9]" % (int(char) + 1) + (b"[0-9]{%d}" % rest if rest else b""))
    return b"(?:" + b"|".join(choices or [b"(?!)"]) + b")"


# a formula whose result was never stored (written by a program that does not calculate): calamine
# reads it as empty, the importer says so instead of importing a blank
_EMPTY_FORMULA = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*>\s*<f\b[^>]*(?:/>|>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>')


@dataclass
class Extent:
    rows: int = 0  # last used row, 1-based
    columns: int = 0  # last used column, 1-based
    cell: str = ""  # the reference that reaches furthest, as Excel shows it
    empty_formulas: set = field(default_factory=set)  # (row 1-based, column index 0-based)
    cell_rows: int = 0  # the rows known from cells written otherwise than usual (not from row tags)

    @property
    def cells(self) -> int:
        return self.rows * self.columns


def column_number(letters: bytes | str) -> int:
    """A → 1, Z → 26, AA → 27, XFD → 16384."""
    number = 0
    for char in letters if isinstance(letters, str) else letters.decode("ascii"):
        number = number * 26 + ord(char) - 64
    return number


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def check_sheet(path: Path, sheet: str) -> Extent | None:
    """Refuse `sheet` of the workbook at `path` when its used range is too large to read safely;
    returns what the scan found (None where the format was not scanned)."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            extent = _xlsx_extent(path, sheet)
        else:
            return None  # csv is read row by row; ods and xls were checked whole before opening
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, struct.error, EOFError):
        return None  # not ours to judge: calamine reports a damaged file in its own words
    refuse_if_too_large(path, sheet, extent)
    return extent


def check_workbook(path: Path) -> None:
    """For formats calamine parses whole when opening (ods, xls): every sheet, before it opens the file."""
    reader = {".ods": ods_extents, ".xls": xls_extents}.get(path.suffix.lower())
    if reader is None:
        return
    try:
        extents = reader(path)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, struct.error, EOFError):
        return
    for sheet, extent in extents.items():
        refuse_if_too_large(path, sheet, extent)


def _too_large(extent: Extent) -> bool:
    return extent.columns > MAX_COLUMNS or extent.cells > MAX_CELLS


def refuse_if_too_large(path: Path, sheet: str, extent: Extent | None) -> None:
    if extent is None:
        return
    if _too_large(extent):
        raise UnreadableSheet(
            f"Lembar ini terpakai sampai sel {extent.cell} ({number_id(extent.rows)} baris × "
            f"{number_id(extent.columns)} kolom), terlalu luas untuk sebuah daftar (batas {MAX_COLUMNS} kolom dan "
            f"{number_id(MAX_CELLS)} sel) sehingga tidak dibaca. Hapus isi atau format sel {extent.cell} dan sel "
            "lain di luar tabel (pilih kolom/baris kosong itu, klik kanan › Hapus), simpan, lalu impor lagi.",
            Place(path.name, sheet))


# -- xlsx ------------------------------------------------------------------------------------------

def _xlsx_sheet_member(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member holding `sheet` (workbook.xml names it, its relationships give the file)."""
    with archive.open("xl/workbook.xml") as member:  # read a bounded part: a zip bomb stays in the zip
        workbook = member.read(4 << 20).decode("utf-8", "replace")
    rel_id = None
    for tag in re.findall(r"<(?:\w+:)?sheet\s[^>]*>", workbook):
        name = re.search(r'\bname="([^"]*)"', tag)
        if name and _unescape(name.group(1)) == sheet:
            found = re.search(r'\b\w+:id="([^"]*)"', tag)
            rel_id = found.group(1) if found else None
            break
    if rel_id is None:
        return None
    with archive.open("xl/_rels/workbook.xml.rels") as member:
        rels = member.read(4 << 20).decode("utf-8", "replace")
    for tag in re.findall(r"<(?:\w+:)?Relationship\s[^>]*>", rels):
        if re.search(rf'\bId="{re.escape(rel_id)}"', tag):
            target = re.search(r'\bTarget="([^"]*)"', tag)
            if not target:
                return None
            value = target.group(1)
            member = value.lstrip("/") if value.startswith("/") else str(PurePosixPath("xl") / value)
            parts: list[str] = []
            for part in member.split("/"):  # resolve "../" the way a zip path would
                if part == "..":
                    parts and parts.pop()
                elif part not in ("", "."):
                    parts.append(part)
            return "/".join(parts)
    return None


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def _xlsx_extent(path: Path, sheet: str) -> Extent | None:
    with zipfile.ZipFile(path) as archive:
        member = _xlsx_sheet_member(archive, sheet)
        if member is None or member not in archive.namelist():
            return None
        extent = scan_sheet_xml(archive.open(member))
        if _too_large(extent) and extent.columns <= MAX_COLUMNS:
            # rows came from row tags, which Excel also writes for rows that are only formatted:
            # before refusing, count only the rows whose cells hold something (slower, and rare)
            extent.rows = min(extent.rows, max(extent.cell_rows, _valued_rows(archive.open(member))))
            extent.cell = f"{_column_letters(extent.columns)}{extent.rows}"
        return extent


_VALUED_ROW = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})"(?:[^>]*[^/])?>\s*<(?:v|is|f)[\s/>]')


def _valued_rows(stream) -> int:
    """The last row with a cell in the usual spelling that holds something (cells written otherwise
    were counted by scan_sheet_xml as Extent.cell_rows)."""
    last, tail = 0, b""
    with stream:
        while True:
            chunk = stream.read(_CHUNK)
            data = tail + chunk
            cut = data.rfind(b"</") if chunk else len(data)
            cut = len(data) if cut <= 0 or len(data) - cut > 1 << 20 else cut
            data, tail = data[:cut], data[cut:]
            found = _VALUED_ROW.findall(data)
            if found:
                last = max(last, max(map(int, found)))
            if not chunk:
                return last


def scan_sheet_xml(stream) -> Extent:
    """The furthest cell of a worksheet XML stream, read in bounded chunks.

    Rows come from the row tags; then a pattern that matches only cells beyond the furthest column
    or row seen so far (rare after the header row, so it costs little) and the unusual spellings."""
    max_row = max_col = other_cells = other_rows = cell_rows = 0
    empty_formulas = set()
    beyond: dict[tuple[int, int], re.Pattern] = {}
    tail = b""
    with stream:
        while True:
            chunk = stream.read(_CHUNK)
            data = tail + chunk
            if chunk:
                # cut before the last closing tag: every tag that has begun is whole on this side,
                # and one still opening lies whole in the tail
                cut = data.rfind(b"</")
                if cut <= 0 or len(data) - cut > 1 << 20:  # no closing tag, or one absurdly long text
                    cut = len(data)
                data, tail = data[:cut], data[cut:]
            else:
                tail = b""
            if data:
                rows = _ROW_NUMBER.findall(data)
                if rows:
                    max_row = max(max_row, max(map(int, rows)))
                # cells beyond the furthest column or row seen so far: rare once the header row is
                # read, so the pattern that finds only them runs over the chunk at C speed
                while True:
                    key = (max_col, max_row)
                    if key not in beyond:
                        beyond[key] = re.compile(rb'<c r="(?:(' + _letters_beyond(max_col) + rb')[0-9]{1,7}|'
                                                 rb'([A-Z]{1,3})(' + _greater_than(max_row) + rb'))"(?:[^>]*[^/])?>')
                    found = beyond[key].findall(data)
                    if not found:
                        break
                    for far_column, column, far_row in found:
                        max_col = max(max_col, column_number(far_column or column))
                        if far_row:
                            max_row = max(max_row, int(far_row))
                unusual = list(_OTHER.finditer(data))
                if b":c" in data or b":row" in data:
                    unusual += _PREFIXED.finditer(data)
                for match in unusual:
                    tag, is_row = match.group(), match.group(1) == b"row"
                    ref = _ANY_REF.search(tag)
                    if ref is None:
                        other_rows += is_row
                        other_cells += not is_row
                    elif not tag.endswith(b"/>"):
                        max_row = max(max_row, int(ref.group(2)))
                        cell_rows = max(cell_rows, 0 if is_row else int(ref.group(2)))
                        if not is_row and ref.group(1):
                            max_col = max(max_col, column_number(ref.group(1).upper()))
                if b"<f" in data:
                    empty_formulas.update((int(row), column_number(col) - 1)
                                          for col, row in _EMPTY_FORMULA.findall(data))
            if not chunk:
                break
    rows, width = max_row + other_rows, max_col + other_cells
    return Extent(rows, width, f"{_column_letters(width)}{rows}" if rows and width else "", empty_formulas,
                  cell_rows + other_rows)


# -- ods -------------------------------------------------------------------------------------------

_ODS_TAG = re.compile(rb'<table:table\s[^>]*>|</table:table>|<table:table-row\b[^>]*>|'
                      rb'<table:(?:covered-)?table-cell\b[^>]*>')
_ODS_NAME = re.compile(rb'table:name="([^"]*)"')
_ODS_REPEAT = re.compile(rb'number-(?:rows|columns)-repeated="([0-9]{1,9})"')


def ods_extents(path: Path) -> dict[str, Extent]:
    """Every table's furthest cell from content.xml; a cell with a value type or text counts.

    Calamine parses every sheet of an ods when it opens the file, so this runs before it does."""
    extents: dict[str, Extent] = {}
    name, row, column = None, 0, 0
    for tag in _tags(path, "content.xml"):
        if tag.startswith((b"<table:table ", b"<table:table>")):
            found = _ODS_NAME.search(tag)
            name = _unescape(found.group(1).decode("utf-8", "replace")) if found else ""
            extents[name], row = Extent(), 0
        elif tag == b"</table:table>":
            name = None
        elif name is None:
            continue
        elif tag.startswith(b"<table:table-row"):
            repeat = _ODS_REPEAT.search(tag)
            row += int(repeat.group(1)) if repeat else 1  # a repeated row's cells reach its last copy
            column = 0
        else:
            repeat = _ODS_REPEAT.search(tag)
            column += int(repeat.group(1)) if repeat else 1
            if b"value-type=" in tag or not tag.endswith(b"/>"):
                extent = extents[name]
                extent.rows, extent.columns = max(extent.rows, row), max(extent.columns, column)
    for extent in extents.values():
        extent.cell = f"{_column_letters(extent.columns)}{extent.rows}" if extent.rows else ""
    return extents


def _tags(path: Path, member: str):
    with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
        tail = b""
        while True:
            chunk = stream.read(_CHUNK)
            data = tail + chunk
            cut = data.rfind(b"<") if chunk else len(data)
            if cut <= 0:
                cut = len(data)
            data, tail = data[:cut], data[cut:]
            for match in _ODS_TAG.finditer(data):
                yield match.group()
            if not chunk:
                return


# -- xls -------------------------------------------------------------------------------------------

# BIFF8 records that place one cell (row, column in their first four bytes) or a run of cells
_SINGLE = {0x0006, 0x00FD, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00D6}
_RUNS = {0x00BD, 0x00BE}  # MULRK, MULBLANK: row, first column, …, last column in the final two bytes


def xls_extents(path: Path) -> dict[str, Extent]:
    """Every sheet's furthest cell from the BIFF cell records (calamine reads an xls whole on opening)."""
    import olefile
    if not olefile.isOleFile(str(path)):
        return {}
    with olefile.OleFileIO(str(path)) as ole:
        name = "Workbook" if ole.exists("Workbook") else "Book" if ole.exists("Book") else None
        if name is None:
            return {}
        data = ole.openstream(name).read()
    # BOUNDSHEET records (0x0085) name each sheet and give the offset of its BOF
    offset, sheets = 0, {}
    while offset + 4 <= len(data):
        kind, size = struct.unpack_from("<HH", data, offset)
        body = data[offset + 4: offset + 4 + size]
        if kind == 0x0085 and len(body) >= 8:
            position = struct.unpack_from("<I", body, 0)[0]
            length, flags = body[6], body[7]
            raw = body[8:8 + length * (2 if flags & 1 else 1)]
            sheets[raw.decode("utf-16-le" if flags & 1 else "latin-1", "replace")] = position
        elif kind == 0x000A and sheets:  # EOF of the workbook globals
            break
        offset += 4 + size
    return {sheet: _xls_sheet_extent(data, start) for sheet, start in sheets.items()}


def _xls_sheet_extent(data: bytes, offset: int) -> Extent:
    max_row = max_col = 0
    while offset + 4 <= len(data):
        kind, size = struct.unpack_from("<HH", data, offset)
        body = data[offset + 4: offset + 4 + size]
        if kind == 0x000A:
            break
        if kind in _SINGLE and len(body) >= 4:
            row, col = struct.unpack_from("<HH", body, 0)
            max_row, max_col = max(max_row, row + 1), max(max_col, col + 1)
        elif kind in _RUNS and len(body) >= 6:
            row = struct.unpack_from("<H", body, 0)[0]
            last = struct.unpack_from("<H", body, len(body) - 2)[0]
            max_row, max_col = max(max_row, row + 1), max(max_col, last + 1)
        offset += 4 + size
    return Extent(max_row, max_col, f"{_column_letters(max_col)}{max_row}" if max_row else "")

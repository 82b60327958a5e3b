"""Which rows of a sheet are hidden or filtered out in the file (python-calamine does not say).

Hidden and filtered rows are read like the others (they are members all the same); the importer
only tells the clerk that they were, because in Excel they were out of sight. Only the sheet's
row attributes are scanned, never the cells: a 100k-row sheet costs a decompression and one regex.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# <row r="12" … hidden="1" …> (attributes in any order; "true" from some writers)
_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_HIDDEN = re.compile(rb'\bhidden\s*=\s*["\'](?:1|true)["\']')
_NUMBER = re.compile(rb'\br\s*=\s*["\'](\d+)["\']')
_CHUNK = 1 << 22


def hidden_rows(path: Path, sheet: str) -> frozenset[int]:
    """Excel row numbers (1-based) marked hidden in an .xlsx/.xlsm sheet; empty for other files or
    when the file's structure is not the usual one (the note is a courtesy, never a failure)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return frozenset()
    try:
        with zipfile.ZipFile(path) as archive:
            member = _sheet_member(archive, sheet)
            if member is None:
                return frozenset()
            with archive.open(member) as stream:
                return frozenset(_scan(stream))
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError, ValueError):
        return frozenset()


def _sheet_member(archive: zipfile.ZipFile, sheet: str) -> str | None:
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rel_id = next((s.get(f"{_NS_REL}id") for s in book.iter(f"{_NS_MAIN}sheet") if s.get("name") == sheet), None)
    if rel_id is None:
        return None
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next((r.get("Target") for r in rels.iter(f"{_NS_PKG}Relationship") if r.get("Id") == rel_id), None)
    if not target:
        return None
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))


def _scan(stream) -> set[int]:  # noqa: ANN001 - a binary file object
    found: set[int] = set()
    number, rest = 0, b""
    while chunk := stream.read(_CHUNK):
        data = rest + chunk
        end = data.rfind(b"<")  # a tag cut by the chunk border is read with the next chunk
        data, rest = (data[:end], data[end:]) if end > 0 else (data, b"")
        if b"hidden" not in data:  # nearly every chunk: only keep the row count (C-speed, no regex per row)
            last = data.rfind(b"<row")
            given = _NUMBER.search(data, last, data.find(b">", last) + 1) if last >= 0 else None
            number = int(given.group(1)) if given else number + data.count(b"<row ") + data.count(b"<row>")
            continue
        for match in _ROW.finditer(data):
            attributes = match.group(1)
            given = _NUMBER.search(attributes)
            number = int(given.group(1)) if given else number + 1  # rows without r follow the previous one
            if _HIDDEN.search(attributes):
                found.add(number)
    return found

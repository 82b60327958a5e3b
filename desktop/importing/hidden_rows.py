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
from xml.sax.saxutils import escape

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# <row r="12" … hidden="1" …> (attributes in any order; "true" from some writers)
_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_HIDDEN = re.compile(rb'\bhidden\s*=\s*["\'](?:1|true)["\']')
_NUMBER = re.compile(rb'\br\s*=\s*["\'](\d+)["\']')
_CHUNK = 1 << 22


def hidden_rows(path: Path, sheet: str) -> frozenset[int]:
    """Row numbers (1-based) marked hidden or filtered in an .xlsx/.xlsm/.ods sheet; empty for other
    files or when the file's structure is not the usual one (the note is a courtesy, never a failure)."""
    suffix = path.suffix.lower()
    if suffix == ".ods":
        return _ods_hidden(path, sheet)
    if suffix not in (".xlsx", ".xlsm"):
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


# OpenDocument: <table:table table:name="…"> holds <table:table-row table:visibility="collapse|filter"
# table:number-rows-repeated="n"> (rows may sit inside header-row and row-group elements).
_ODS_TAG = re.compile(rb"<table:(table|table-row)(\s[^>]*)?/?>")
_ODS_NAME = re.compile(rb'table:name="([^"]*)"')
_ODS_REPEAT = re.compile(rb'table:number-rows-repeated="(\d+)"')
_ODS_HIDDEN = re.compile(rb'table:visibility="(?:collapse|filter)"')
_REPEAT_LIMIT = 10_000  # a hidden run longer than this is the empty rest of the sheet, not members


def _ods_hidden(path: Path, sheet: str) -> frozenset[int]:
    try:
        with zipfile.ZipFile(path) as archive:
            content = archive.read("content.xml")
    except (OSError, KeyError, zipfile.BadZipFile):
        return frozenset()
    if b"table:visibility" not in content:
        return frozenset()
    wanted = escape(sheet, {'"': "&quot;"}).encode()
    found: set[int] = set()
    inside, number = False, 0
    for match in _ODS_TAG.finditer(content):
        attributes = match.group(2) or b""
        if match.group(1) == b"table":
            if inside:
                break  # past the sheet
            name = _ODS_NAME.search(attributes)
            inside, number = bool(name and name.group(1) == wanted), 0
            continue
        if not inside:
            continue
        repeat = _ODS_REPEAT.search(attributes)
        count = int(repeat.group(1)) if repeat else 1
        if _ODS_HIDDEN.search(attributes) and count <= _REPEAT_LIMIT:
            found.update(range(number + 1, number + count + 1))
        number += count
    return frozenset(found)

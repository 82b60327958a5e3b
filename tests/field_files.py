"""Test support: roster files unlike the shared samples, written by the tests themselves.

Real files come from other spreadsheet programs (inline strings, formulas with stored results,
rows without coordinates), from LibreOffice, as CSV in other encodings and separators, with title
rows, several header rows, several sheets, signature blocks, hidden rows, and text pasted from web
pages and chat apps. Every person is fictitious: names are combined at random and NIKs follow the
16-digit structure (3516 Kab. Mojokerto + kecamatan + birth date, day + 40 for women + serial).

`person(i)` gives the same person for the same i; the writers make the files; `CORPUS` (in
tests/use_cases/test_field_corpus.py) pairs each file with the outcome a clerk should see.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from desktop.importing.sheets import column_letter

FIRST = ["Siti", "Nur", "Sri", "Dewi", "Lilik", "Umi", "Anik", "Endang", "Lailatul", "Khusnul", "Nurul", "Ika",
         "Tutik", "Eni", "Yuli", "Luluk", "Ainun", "Rina", "Wiwik", "Titik"]
SECOND = ["Aminah", "Hidayah", "Kulsum", "Masruroh", "Wahyuni", "Mahmudah", "Fitriyah", "Khotimah", "Fadilah",
          "Yuliana", "Handayani", "Susanti", "Maslahah", "Rohmah", "Zulaikha", "Muslikah", "Mufidah"]
MEN = ["Ahmad", "Muhammad", "Abdul", "Agus", "Bambang", "Slamet", "Imam", "Hadi"]
PLACES = ["Mojokerto", "Sidoarjo", "Jombang", "Surabaya", "Pasuruan"]
PREFIXES = ["0812", "0813", "0852", "0857", "0878", "0896", "0821", "0815"]
KECAMATAN = {"Sooko": 13, "Mojosari": 8, "Trowulan": 12, "Kutorejo": 7, "Puri": 10}


@dataclass(frozen=True)
class Person:
    name: str
    nik: str
    birth: dt.date
    place: str
    phone: str  # 08… national form
    income: int
    kecamatan: str
    sex: str = "P"


def person(i: int, *, man: bool = False, kecamatan: str = "Sooko") -> Person:
    """The i-th fictitious person (deterministic); women unless `man`."""
    birth = dt.date(1960 + i % 40, 1 + i % 12, 1 + (i * 7) % 28)
    day = birth.day if man else birth.day + 40
    nik = f"3516{KECAMATAN[kecamatan]:02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{1000 + i:04d}"
    name = f"{MEN[i % len(MEN)]} {SECOND[(i * 3) % len(SECOND)]}" if man else \
        f"{FIRST[i % len(FIRST)]} {SECOND[(i * 5) % len(SECOND)]}"
    phone = f"{PREFIXES[i % len(PREFIXES)]}{(31415926 + i * 7919) % 10**8:08d}"
    return Person(name, nik, birth, PLACES[i % len(PLACES)], phone, 500_000 * (1 + i % 6), kecamatan,
                  "L" if man else "P")


def people(count: int, start: int = 0, **kind) -> list[Person]:
    return [person(i, **kind) for i in range(start, start + count)]


# ---------------------------------------------------------------- a plain xlsx writer
# Written by hand, as other programs do: inline strings (no shared-string table), formulas with
# their stored result, optional row coordinates, hidden rows. openpyxl never writes these.

@dataclass
class Formula:
    """A formula cell with the result Excel stored when it last calculated."""
    formula: str
    result: object


@dataclass
class SheetSpec:
    name: str
    rows: list[list]
    hidden: frozenset[int] = frozenset()  # Excel row numbers (1-based)
    filter_range: str | None = None  # an autofilter over the table, as Excel writes it
    coordinates: bool = True  # False: <row> and <c> without r="…" (some generators omit them)


def _cell(ref: str, value: object, coordinates: bool) -> str:
    at = f' r="{ref}"' if coordinates else ""
    if value is None or value == "":
        return ""
    if isinstance(value, Formula):
        result = value.result
        if isinstance(result, str):
            return f'<c{at} t="str"><f>{escape(value.formula)}</f><v>{escape(result)}</v></c>'
        return f"<c{at}><f>{escape(value.formula)}</f><v>{result}</v></c>"
    if isinstance(value, bool):
        return f'<c{at} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f"<c{at}><v>{value!r}</v></c>"
    if isinstance(value, dt.date):  # a real date cell: serial number with the built-in date style 14
        serial = (value - dt.date(1899, 12, 30)).days
        return f'<c{at} s="1"><v>{serial}</v></c>'
    text = escape(str(value))
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c{at} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _sheet_xml(spec: SheetSpec) -> str:
    rows = []
    for number, cells in enumerate(spec.rows, start=1):
        body = "".join(_cell(f"{column_letter(i)}{number}", v, spec.coordinates) for i, v in enumerate(cells))
        attrs = f' r="{number}"' if spec.coordinates else ""
        if number in spec.hidden:
            attrs += ' hidden="1"'
        rows.append(f"<row{attrs}>{body}</row>")
    autofilter = f'<autoFilter ref="{spec.filter_range}"/>' if spec.filter_range else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(rows)}</sheetData>{autofilter}</worksheet>')


def write_xlsx(path: Path, sheets: list[SheetSpec]) -> Path:
    """A minimal valid .xlsx (no shared strings, one date style), like small generators write."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, len(sheets) + 1))
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            'main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
            f'officedocument.spreadsheetml.styles+xml"/>{overrides}</Types>'))
        archive.writestr("_rels/.rels", (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}"><Relationship Id="rId1" '
            f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'))
        names = "".join(f'<sheet name="{escape(s.name)}" sheetId="{i}" r:id="rId{i}"/>'
                        for i, s in enumerate(sheets, start=1))
        archive.writestr("xl/workbook.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>{names}'
            '</sheets></workbook>'))
        links = "".join(f'<Relationship Id="rId{i}" Type="{rel}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                        for i in range(1, len(sheets) + 1))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}">{links}<Relationship '
            f'Id="rId{len(sheets) + 1}" Type="{rel}/styles" Target="styles.xml"/></Relationships>'))
        archive.writestr("xl/styles.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{main}"><fonts count="1"><font/></fonts>'
            '<fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/>'
            '</cellStyleXfs><cellXfs count="2"><xf/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
            '</styleSheet>'))
        for i, spec in enumerate(sheets, start=1):
            archive.writestr(f"xl/worksheets/sheet{i}.xml", _sheet_xml(spec))
    return path


def write_openpyxl(path: Path, sheets: list[SheetSpec], *, text_columns: tuple[int, ...] = ()) -> Path:
    """The same sheets through openpyxl (shared strings, styles); `text_columns` get the @ format."""
    import openpyxl
    book = openpyxl.Workbook()
    book.remove(book.active)
    for spec in sheets:
        sheet = book.create_sheet(spec.name)
        for cells in spec.rows:
            sheet.append([f"={c.formula}" if isinstance(c, Formula) else c for c in cells])
        for number in spec.hidden:
            sheet.row_dimensions[number].hidden = True
        for row in sheet.iter_rows():
            for cell in row:
                if cell.column - 1 in text_columns:
                    cell.number_format = "@"
                elif isinstance(cell.value, dt.date):
                    cell.number_format = "DD-MM-YYYY"
        if spec.filter_range:
            sheet.auto_filter.ref = spec.filter_range
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows([["" if c is None else c for c in r] for r in rows])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


# ---------------------------------------------------------------- rows of a roster

MEMBER_HEADER = ["No", "Nama Lengkap", "NIK", "Tempat Lahir", "Tgl Lahir", "Alamat", "No HP", "Penghasilan"]


def member_rows(persons: list[Person], *, date=lambda p: p.birth, phone=lambda p: p.phone,  # noqa: ANN001
                name=lambda p: p.name, nik=lambda p: p.nik, place=lambda p: p.place,
                income=lambda p: p.income) -> list[list]:
    return [[i, name(p), nik(p), place(p), date(p), f"Dusun Krajan RT 00{i % 5 + 1}", phone(p), income(p)]
            for i, p in enumerate(persons, start=1)]


def signature_block(place: str = "Trowulan", when: str = "20 Oktober 2026") -> list[list]:
    """What PAC secretaries put under a table: blank lines, place and date, office, bracketed name."""
    pad = [None] * 6  # under the No HP column, as the field files had them
    return [[], [], [*pad, f"{place}, {when}"], [*pad, "Sekretaris PAC"], [], [], [*pad, "( Hj. Umi Kulsum )"]]

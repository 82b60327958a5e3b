"""From a workbook to tables: the header row of each chosen sheet, its column mapping, its rows.

Used by every importer and by the wizard's mapping step, so the window and the CLI see the same
header row and the same proposed mapping.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from operator import itemgetter

from sqlalchemy.orm import Session

from desktop.errors import Place, UnreadableSheet, UserError
from desktop.importing import header
from desktop.importing.sheets import Workbook, column_letter


@dataclass
class Table:
    sheet: str
    header_row: int  # Excel row number of the header
    headers: list[str]
    mapping: dict[int, str]  # column index → field
    remembered: bool  # the mapping came from an earlier import of the same layout
    rows: Iterator[tuple[int, list]] = field(default_factory=lambda: iter(()), repr=False)
    path: Path | None = None  # the file, for what calamine does not tell (hidden rows)

    def column_name(self, index: int) -> str:
        """How a message names a column: its header, or its letter when the header is blank."""
        text = self.headers[index] if index < len(self.headers) else ""
        return text or column_letter(index)

    def __post_init__(self) -> None:
        self.columns = {name: index for index, name in self.mapping.items() if name}  # field → column index
        # one C call picks a row's mapped cells (CellRow): itemgetter of one index returns no tuple
        self.fields = tuple(self.columns)
        indexes = [*self.columns.values(), 0, 0][:max(2, len(self.columns))]
        self.pick = itemgetter(*indexes)
        self.last_index = max(self.columns.values(), default=0)


def read_table(session: Session, book: Workbook, sheet: str, kind: str,
               mapping: dict[int, str] | None = None) -> Table:
    """Find the header row of `sheet` and map it: the given mapping, else a remembered one, else a
    fuzzy guess. The returned table's `rows` continue after the header."""
    rows = book.rows(sheet)
    head = [row for _number, row in zip(range(30), rows)]
    numbers = [n for n, _ in head]
    index = header.find_header([cells for _n, cells in head], kind)
    if index is None:
        raise UserError("Baris judul kolom tidak ditemukan di 30 baris pertama. Pastikan ada satu baris berisi "
                        "judul kolom seperti Nama, NIK, Tgl Lahir di atas data.", Place(book.file_name, sheet))
    headers = [" ".join(str(c).split()) if c not in (None, "") else "" for c in head[index][1]]
    remembered = False
    if mapping is None:
        mapping = header.remembered(session, kind, headers)
        remembered = mapping is not None
        if mapping is None:
            mapping = header.map_columns(headers, kind)
    missing = [header.field_label(kind, f) for f in header.REQUIRED[kind] if f not in mapping.values()]
    if missing:
        raise UserError(f"Kolom {', '.join(missing)} tidak ditemukan di baris judul (baris {numbers[index]}). "
                        "Pilih kolomnya pada langkah pemetaan kolom.", Place(book.file_name, sheet))
    return Table(sheet, numbers[index], headers, dict(mapping), remembered, chain(head[index + 1:], rows),
                 book.path)


def same_layout(table: Table, other: Table) -> bool:
    return [header.header_key(h) for h in table.headers] == [header.header_key(h) for h in other.headers]


def sheet_tables(session: Session, book: Workbook, kind: str,
                 refused: dict[str, str] | None = None) -> tuple[list[str], dict[str, Table]]:
    """Every sheet with a recognisable header row, and the default choice among them: the first,
    plus every later sheet with the same header row (one sheet per kecamatan). `refused` collects
    why the other sheets have no table."""
    tables, unreadable = {}, []
    for sheet in book.sheet_names:
        try:
            tables[sheet] = read_table(session, book, sheet, kind)
        except UnreadableSheet as exc:
            unreadable.append(exc)
            if refused is not None:
                refused[sheet] = exc.message
        except UserError as exc:
            if refused is not None:
                refused[sheet] = exc.message
            continue
    if not tables and unreadable:
        raise unreadable[0]  # a damaged or oversized sheet is said as such, not as "no header row"
    if not tables:
        raise UserError("Tidak ada lembar dengan baris judul kolom yang dikenali (misalnya Nama, NIK, Tgl "
                        "Lahir). Periksa apakah berkasnya benar.", Place(book.file_name))
    first = next(iter(tables.values()))
    return [name for name, table in tables.items() if same_layout(first, table)], tables


KIND_LISTS = {"persons": "daftar orang", "institutions": "daftar lembaga", "units": "daftar unit"}


def sheet_accounts(book: Workbook, kind: str, chosen: list[str], tables: dict[str, Table],
                   refused: dict[str, str]) -> list[tuple[str, str, str]]:
    """(sheet, severity, what happened to it) for every sheet of a workbook of several sheets, so
    that no sheet of people is left out without a line saying so."""
    if len(book.sheet_names) < 2:
        return []
    what = KIND_LISTS.get(kind, "daftar")
    first = next((tables[s] for s in chosen if s in tables), None)
    lines = []
    for sheet in book.sheet_names:
        if sheet in chosen:
            lines.append((sheet, "info", f"Lembar {sheet} dibaca sebagai {what}."))
        elif sheet not in tables:
            reason = refused.get(sheet, "")  # a missing Nama column is worth saying; "no header" is the point
            reason = "" if reason.startswith("Baris judul kolom tidak ditemukan") else reason
            lines.append((sheet, "info", f"Lembar {sheet} dilewati: bukan {what} (mis. rekap atau ringkasan). "
                          f"{reason}".strip()))
        elif first is not None and not same_layout(first, tables[sheet]):
            lines.append((sheet, "warning", f"Lembar {sheet} tidak dibaca: kolomnya berbeda dengan lembar "
                          f"{first.sheet} — pilih lembar ini untuk mengimpornya."))
        else:
            lines.append((sheet, "info", f"Lembar {sheet} tidak dipilih; pilih lembar ini untuk mengimpornya."))
    return lines

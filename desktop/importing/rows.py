"""One data row being judged, with its findings and their places, and the walk over data rows
(blank rows, footers and running-number-only rows skipped) shared by every importer."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from desktop.domain.problems import Problem
from desktop.errors import Place
from desktop.importing import normalise as norm
from desktop.importing.hidden_rows import hidden_rows
from desktop.importing.preview import Finding, Preview
from desktop.importing.reading import Table
from desktop.progress import Progress

# Where a domain problem belongs when it is about another column than the one being read.
_PROBLEM_FIELD = {"birth_date": "birth_date", "sex": "sex"}


class CellRow:
    """One row's findings, each with its place; with `cells`, also the row's cells by field."""

    __slots__ = ("table", "file_name", "number", "columns", "values", "get", "findings")

    def __init__(self, table: Table, file_name: str, number: int, cells: list | None = None):
        self.table, self.file_name, self.number, self.columns = table, file_name, number, table.columns
        self.findings: list[Finding] = []
        if cells is not None:
            self.values = dict(zip(table.fields, table.pick(cells)))
            self.get = self.values.get

    def has(self, field: str) -> bool:
        return field in self.columns

    def place(self, field: str | None) -> Place:
        index = self.columns.get(field) if field else None
        column = self.table.column_name(index) if index is not None else None
        return Place(self.file_name, self.table.sheet, self.number, column)

    def parse(self, field: str, checked: Callable[[object], tuple], then: str, code: str) -> object:
        """The field's cell through a `normalise.remembered` parser; an unreadable cell becomes a
        warning saying what happens `then`."""
        value, message = checked(self.get(field))
        if message:
            self.add(field, "warning", f"{message} {then}", code)
        return value

    def add(self, field: str | None, severity: str, message: str, code: str = "") -> None:
        self.findings.append(Finding(self.place(field), severity, message, code))

    def problems(self, field: str, found: list[Problem]) -> None:
        for problem in found:
            target = _PROBLEM_FIELD.get(problem.field or "", field)
            if target == "birth_date" and not self.has("birth_date") and self.has("ttl"):
                target = "ttl"
            self.add(target if self.has(target) else field, problem.severity, problem.message, problem.code)

    @property
    def errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)


def data_rows(tables: list[Table], preview: Preview, progress: Progress) -> Iterator[tuple[Table, int, list]]:
    """The rows that hold data, each as long as its table's mapped columns (short CSV lines padded).

    Blank rows, footers and running-number-only rows are skipped and counted. A signature block
    after a blank row ends the table: it and what follows are skipped the same way, except a row
    with a NIK (a person is never dropped silently because a signature stood above them)."""
    done = hidden = 0
    for table in tables:
        mapped = sorted(i for i, f in table.mapping.items() if f and f != "no")
        width = table.last_index + 1
        after_blank = signed = False
        nik_index = table.columns.get("nik")
        # read once per import, here: only the chosen sheets' row attributes (~13 ms per 1000 rows)
        hidden_here = hidden_rows(table.path, table.sheet) if table.path else frozenset()
        for number, cells in table.rows:
            if len(cells) < width:
                cells = [*cells, *[None] * (width - len(cells))]
            done += 1
            if done % 2000 == 0:
                progress.step(done, 0, f"Memeriksa baris {done:,}".replace(",", "."))
            if signed and not _holds_nik(cells, nik_index):
                preview.skipped_rows += 1
                continue
            signed = False  # a row with a NIK under the signature block: a person after all
            if after_blank and norm.is_signature_line(cells):
                signed = True  # the place-and-date line, titles and names under the table: not data
                preview.skipped_rows += 1
                continue
            # a row with nothing in the mapped columns (blank, or only its running number) is no person
            if not _has_data(cells, mapped) or norm.is_footer(cells):
                after_blank = True  # a signature block may follow
                preview.skipped_rows += 1
                continue
            after_blank = False
            hidden += number in hidden_here
            yield table, number, cells
    if hidden:
        preview.notes.append(Finding(Place(preview.file_name), "warning",
                                     f"{hidden} baris tersembunyi/tersaring ikut diimpor (di Excel baris itu tidak "
                                     "terlihat; periksa bila memang tidak dimaksudkan).", "hidden_rows"))


def _holds_nik(cells: list, index: int | None) -> bool:
    """The NIK column holds something with 15 or more digits (a NIK, maybe mistyped)."""
    if index is None or index >= len(cells):
        return False
    return sum(ch.isdigit() for ch in str(cells[index] or "")) >= 15


def _has_data(cells: list, mapped: list[int]) -> bool:
    size = len(cells)
    for index in mapped:
        if index < size:
            cell = cells[index]
            if cell is not None and cell != "" and not (type(cell) is str and cell.isspace()):
                return True
    return False


def chunks(rows: Iterator[tuple[Table, int, list]], size: int = 2000) -> Iterator[tuple[Table, list[tuple[int, list]]]]:
    """data_rows grouped per table into lists of (row number, cells), for column-wise judging."""
    table, chunk = None, []
    for row_table, number, cells in rows:
        if chunk and (row_table is not table or len(chunk) >= size):
            yield table, chunk
            chunk = []
        table = row_table
        chunk.append((number, cells))
    if chunk:
        yield table, chunk

"""One data row being judged, with its findings and their places, and the walk over data rows
(blank rows, footers and running-number-only rows skipped) shared by every importer."""
from __future__ import annotations

from collections.abc import Iterator

from desktop.domain.problems import Problem
from desktop.errors import Place
from desktop.importing import normalise as norm
from desktop.importing.preview import Finding, Preview
from desktop.importing.reading import Table
from desktop.progress import Progress

# Where a domain problem belongs when it is about another column than the one being read.
_PROBLEM_FIELD = {"birth_date": "birth_date", "sex": "sex"}


class CellRow:
    def __init__(self, table: Table, file_name: str, number: int, cells: list):
        self.table, self.file_name, self.number, self.cells = table, file_name, number, cells
        self.columns = table.columns_of()
        self.findings: list[Finding] = []

    def get(self, field: str) -> object:
        index = self.columns.get(field)
        return self.cells[index] if index is not None and index < len(self.cells) else None

    def has(self, field: str) -> bool:
        return field in self.columns

    def place(self, field: str | None) -> Place:
        index = self.columns.get(field) if field else None
        column = self.table.column_name(index) if index is not None else None
        return Place(self.file_name, self.table.sheet, self.number, column)

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
    done = 0
    for table in tables:
        for number, cells in table.rows:
            done += 1
            if done % 2000 == 0:
                progress.step(done, 0, f"Memeriksa baris {done:,}".replace(",", "."))
            if all(norm.is_blank(c) for c in cells) or norm.is_footer(cells) or _only_unmapped(table, cells):
                preview.skipped_rows += 1
                continue
            yield table, number, cells


def _only_unmapped(table: Table, cells: list) -> bool:
    """Only the running number (or unmapped cells) filled: a template's empty line, not a person."""
    return all(norm.is_blank(c) or table.mapping.get(i) in (None, "", "no") for i, c in enumerate(cells))

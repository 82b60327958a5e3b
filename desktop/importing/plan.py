"""The import use case up to the preview: open the file, choose sheets, map columns, judge rows.

Nothing is written here (a read transaction only); `commit.commit` writes what the preview says.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop import heap
from desktop.db import Database
from desktop.errors import Place, UserError
from desktop.importing import institutions, persons, units
from desktop.importing.door import Door
from desktop.importing.options import ImportOptions
from desktop.importing.preview import Preview
from desktop.files import sha256_file
from desktop.importing.preview import Finding
from desktop.importing.reading import Table, read_table, sheet_accounts, sheet_tables
from desktop.importing.sheets import Workbook, open_workbook
from desktop.progress import NO_PROGRESS, Progress

PREPARERS = {"persons": persons.prepare, "institutions": institutions.prepare, "units": units.prepare}


@dataclass
class Layout:
    """What the mapping step shows: the file's sheets, the default choice, each sheet's header row."""

    sheet_names: list[str]
    chosen: list[str]
    tables: dict[str, Table]
    book: Workbook | None = None  # opened and parsed: `prepare` reuses it while the file is unchanged

    def chosen_tables(self, sheets: list[str] | None = None) -> list[Table]:
        missing = [s for s in sheets or [] if s not in self.tables]
        if missing:
            raise UserError(f"Lembar {', '.join(missing)} tidak ada atau tidak punya baris judul kolom yang dikenali.")
        return [self.tables[s] for s in sheets or self.chosen]


def layout(db: Database, path: str | Path, kind: str) -> Layout:
    """Header rows and proposed mappings of every sheet (the wizard's mapping step, `jamsos import layout`)."""
    book = open_workbook(path)
    with db.read() as session:
        chosen, tables = sheet_tables(session, book, kind)
    return Layout(book.sheet_names, chosen, tables, book)


def prepare(db: Database, path: str | Path, kind: str, options: ImportOptions | None = None,
            progress: Progress = NO_PROGRESS, *, opened: Layout | None = None) -> Preview:
    """Read and judge the whole file; returns the preview with the options' duplicate policy applied.
    `opened`: the layout the mapping step read, whose parsed sheets are used again (a 100k-row
    sheet takes seconds to parse) unless the file changed since."""
    options = options or ImportOptions()
    path = Path(path)
    if kind not in PREPARERS:
        raise UserError(f"Jenis impor '{kind}' tidak dikenal.")
    reusable = opened is not None and opened.book is not None and opened.book.path == path
    book = opened.book if reusable and opened.book.is_current() else open_workbook(path)
    progress.step(0, 0, f"Membaca {path.name}…")
    with db.read() as session:
        refused: dict[str, str] = {}  # sheet → why it holds no table (to account for every sheet)
        try:
            default, found = sheet_tables(session, book, kind, refused)
        except UserError:
            if not options.sheets:
                raise
            default, found = [], {}  # the clerk chose sheets and mapped their columns by hand
        chosen = options.sheets or default
        unknown = [s for s in chosen if s not in book.sheet_names]
        if unknown:
            raise UserError(f"Lembar {', '.join(unknown)} tidak ada di {path.name}. Lembar yang ada: "
                            f"{', '.join(book.sheet_names)}.")
        tables = [read_table(session, book, sheet, kind, options.mappings.get(sheet)) for sheet in chosen]
        preview = Preview(kind, path.name, sha256_file(path), chosen, {t.sheet: t.mapping for t in tables},
                          {t.sheet: t.headers for t in tables})
        for sheet, severity, text in sheet_accounts(book, kind, chosen, {**found, **{t.sheet: t for t in tables}},
                                                    refused):
            preview.notes.append(Finding(Place(path.name, sheet), severity, text, "sheet_" + severity))
        door = Door(kind, path.name, book.empty_formulas)
        for table in tables:
            table.rows = door.rows(table, table.rows)
        with heap.long_lived():
            PREPARERS[kind](session, tables, preview, options, progress)
        door.attach(preview)
    preview.apply_policy(options.policy)
    return preview

"""What every imported cell passes before the row readers see it: characters a spreadsheet or the
database cannot hold, texts longer than their column, values that look like formulas, and formulas
whose result was never stored.

It sits between the sheet and the importers (`plan.prepare` wraps each table's rows), so the row and
cell rules of persons, institutions and units stay where they are. Its findings join the row's own
in the preview: a warning for what it cleaned or wants checked, an error (row refused) for a text
that does not fit — nothing is cut silently.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from operator import itemgetter

from sqlalchemy import String

from desktop.domain.money import number_id
from desktop.errors import Place
from desktop.importing.preview import ERROR, Finding, Preview
from desktop.importing.reading import Table
from desktop.models import Heir, Institution, OrgUnit, Person
from desktop.sheet_output import CONTROL, looks_like_formula

_MODELS = {"persons": Person, "institutions": Institution, "units": OrgUnit}
# fields read into another table's column, or into a name looked up elsewhere
_OTHER_COLUMNS = {"heir_name": Heir.__table__.c.name, "heir_relation": Heir.__table__.c.relation,
                  "institution": Institution.__table__.c.name, "unit": OrgUnit.__table__.c.name,
                  "unit_parent": OrgUnit.__table__.c.name, "parent": OrgUnit.__table__.c.name}
_SEPARATOR = "\uffff"  # a noncharacter: joins a row's cells for the one quick look
_FORMULA_CHARS = ("=", "+", "-", "@")
_FORMULA_AFTER_SEPARATOR = re.compile(_SEPARATOR + "[=+\\-@]")
# no raw cell of a roster needs more, whatever its column (a NIK or date cell, a note)
MAX_CELL = 2000


def text_limits(kind: str) -> dict[str, int]:
    """Field → the longest text its database column holds (MAX_CELL where the column has no limit)."""
    table = _MODELS[kind].__table__
    limits = {}
    from desktop.importing.header import FIELDS
    for name in FIELDS[kind]:
        column = _OTHER_COLUMNS.get(name) if kind == "persons" or name in ("unit", "parent") else None
        column = column if column is not None else table.c.get(name)
        length = column.type.length if column is not None and isinstance(column.type, String) else None
        # coded fields (NIK, phone, RT) are judged by their own parsers: a raw "3516 1345 …" is longer
        # than the 16 digits stored
        limits[name] = length if length and length >= 30 else MAX_CELL
    return limits


class Door:
    def __init__(self, kind: str, file_name: str, empty_formulas: dict[str, set]):
        self.file_name, self.empty_formulas = file_name, empty_formulas
        self.limits = text_limits(kind)
        self.findings: dict[tuple[str, int], list[Finding]] = {}

    def rows(self, table: Table, rows: Iterator[tuple[int, list]]) -> Iterator[tuple[int, list]]:
        """The table's `rows`, each cell checked (and cleaned of control characters)."""
        checked = [(index, field, self.limits.get(field, MAX_CELL)) for field, index in table.columns.items()
                   if field != "no"]
        blanks = self.empty_formulas.get(table.sheet) or set()
        shortest = min((limit for _i, _f, limit in checked), default=MAX_CELL)
        indexes = [index for index, _f, _l in checked] or [0]
        pick = itemgetter(*indexes, *([0] if len(indexes) == 1 else []))  # always a tuple
        last, pad = max(indexes), [None] * (max(indexes) + 1)
        for number, cells in rows:
            size = len(cells)
            # the common row has nothing to say: one regex over its mapped cells joined, in C
            texts = list(map(str, pick(cells) if size > last else pick([*cells, *pad[size:]])))
            joined = _SEPARATOR.join(texts)
            if not blanks and max(map(len, texts)) <= shortest and joined[:1] not in _FORMULA_CHARS and \
                    not CONTROL.search(joined) and not _FORMULA_AFTER_SEPARATOR.search(joined):
                yield number, cells
                continue
            dirty = CONTROL.search(joined) is not None
            for index, field, limit in checked:
                if index >= size:
                    continue
                cell = cells[index]
                if type(cell) is not str or not cell:
                    if blanks and (number, index) in blanks:
                        self._add(table, number, index, "warning", "Sel berisi rumus yang hasilnya tidak tersimpan, "
                                  "jadi terbaca kosong. Buka berkas di Excel, simpan ulang, lalu impor lagi — atau "
                                  "ketik nilainya.", "formula_without_result")
                    continue
                if dirty and CONTROL.search(cell):
                    cell = cells[index] = CONTROL.sub(" ", cell)
                    self._add(table, number, index, "warning", "Karakter kontrol (tak terlihat) dihapus dari isi "
                              "sel. Periksa apakah isinya benar.", "control_characters")
                if len(cell) > limit and len(" ".join(cell.split())) > limit:
                    self._add(table, number, index, "error", f"Isi sel terlalu panjang ({number_id(len(cell))} "
                              f"karakter; paling banyak {number_id(limit)}). Periksa apakah isinya benar, lalu "
                              "perpendek.", "too_long")
                    cells[index] = cell[:limit]  # the row is refused; its parsers need not read it all
                elif cell[0] in "=+-@" and looks_like_formula(cell):
                    self._add(table, number, index, "warning", "Isi sel diawali tanda rumus ("
                              f"{cell[0]}); disimpan sebagai teks biasa, tidak dijalankan. Periksa apakah isinya "
                              "benar.", "formula_text")
            yield number, cells

    def _add(self, table: Table, number: int, index: int, severity: str, message: str, code: str) -> None:
        place = Place(self.file_name, table.sheet, number, table.column_name(index))
        self.findings.setdefault((table.sheet, number), []).append(Finding(place, severity, message, code))

    def attach(self, preview: Preview) -> None:
        """Put the door's findings beside each row's own; a text that does not fit refuses its row."""
        if not self.findings:
            return
        for outcome in preview.rows:
            found = self.findings.get((outcome.sheet, outcome.row))
            if found:
                outcome.findings[:0] = found
                if any(f.severity == "error" for f in found):
                    outcome.status = ERROR

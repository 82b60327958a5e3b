"""The persons table model: ids from SQL for the current filter and sort, rows fetched on demand.

Like Anki's browser: `queries.person_ids` gives the ordered ids (one indexed query), and `data()`
asks `queries.rows_for` for a block of rows around the one being painted, kept in a small cache.
100,000 persons never come into memory as rows; no proxy model, no ResizeToContents.
"""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import astuple, dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor

from desktop.domain import dates_id, money, nik as nik_rules, phone as phone_rules
from desktop.domain.status import PersonStatus
from desktop.roster import queries

FIRST_PAGE = 300  # ids fetched with the count before the repaint; the rest follow in the background
REST_DELAY_MS = 400  # … once the clerk has stopped typing for this long
BLOCK = 120  # rows fetched per query around the painted one
CACHE_ROWS = 1200  # rows kept; scrolling back a few screens costs nothing
ID_CACHE = 8  # id lists kept per (filter, sort): backspacing in the search box is instant
# Server mode: above this many persons in the list the ids come one keyset page at a time as the
# clerk scrolls (queries.person_ids_page), never all of them per keystroke. SQLite loads the rest in
# the background as before (its speed goals are measured that way, bench/roster_ui.py).
PAGED_FROM = 20_000
PAGE = 1_000


@dataclass(frozen=True)
class Column:
    key: str
    sort: str | None  # key in queries.SORT_COLUMNS, None: not sortable
    width: int  # initial pixel width (no ResizeToContents on 100k rows)


COLUMNS = [
    Column("name", "name", 220), Column("nik", "nik", 140), Column("sex", "sex", 40),
    Column("birth_place", "birth_place", 110), Column("birth_date", "birth_date", 100), Column("phone", "phone", 120),
    Column("kpj", "kpj", 100), Column("segment", "segment", 60), Column("programmes", "programmes", 110),
    Column("status", "status", 120), Column("income", "income", 100), Column("unit", "unit", 170),
    Column("institution", "institution", 170), Column("problems", "problems", 60),
]
DEFAULT_HIDDEN = {"birth_place", "income", "institution"}
STATUS_KEYS = tuple(str(s) for s in PersonStatus)
# Roles as plain ints: data() runs ~2,000 times per repaint, so no enum comparisons there.
DISPLAY, ALIGN, FOREGROUND, TOOLTIP, USER = (int(r.value) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole))
ROLES = frozenset((DISPLAY, ALIGN, FOREGROUND, TOOLTIP, USER))
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
WARNING_BRUSH = QBrush(QColor("#b35c00"))
GREY_BRUSH = QBrush(QColor("#888888"))


class PersonsModel(QAbstractTableModel):
    """`background(fn, done)` runs fn() off the UI thread and calls done(result) on it (the window's
    job runner); without it the rest of the ids is loaded when a row past the first page is needed."""

    def __init__(self, db, parent=None, *, background: Callable | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.background = background
        self.filter = queries.PersonFilter()
        self.sort_key, self.descending = "name", False
        self.masked = False
        self.ids: list[int] = []  # the first page at least; all of them once `complete`
        self.total = 0
        self.paged = False  # server mode, large list: ids by keyset page, `after` the last one's key
        self._after: tuple | None = None
        self.queried = False
        self._generation = 0  # a newer query makes a late background result void
        self._rows: OrderedDict[int, tuple] = OrderedDict()  # id → (PersonRow, display texts)
        self._id_lists: OrderedDict[tuple, list[int]] = OrderedDict()
        self._titles = self._column_titles()
        # one label per status, the same as the Batch page and Laporan (desktop/domain/status.py)
        self._status_labels = {str(s): self.tr(s.label) for s in PersonStatus}
        self._no_nik = self.tr("belum ber-NIK")
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.setInterval(REST_DELAY_MS)
        self._rest_timer.timeout.connect(self._load_rest_in_background)

    def _column_titles(self) -> dict[str, str]:
        return {"name": self.tr("Nama"), "nik": self.tr("NIK"), "sex": self.tr("L/P"),
                "birth_place": self.tr("Tempat lahir"), "birth_date": self.tr("Tgl. lahir"),
                "phone": self.tr("No. HP"), "kpj": self.tr("No. KPJ"), "segment": self.tr("Segmen"),
                "programmes": self.tr("Program"), "status": self.tr("Status"), "income": self.tr("Penghasilan"),
                "unit": self.tr("Unit"), "institution": self.tr("Lembaga"), "problems": self.tr("Masalah")}

    def status_label(self, key: str) -> str:
        return self._status_labels.get(key, key)

    # -- querying -------------------------------------------------------------------------
    def set_query(self, flt: queries.PersonFilter | None = None, sort_key: str | None = None,
                  descending: bool | None = None) -> None:
        """Ask SQL for a new filter and/or sort: the count and the first page of ids now (the view
        repaints at once), the rest of the ids in the background."""
        self.filter = flt if flt is not None else self.filter
        self.sort_key = sort_key or self.sort_key
        self.descending = self.descending if descending is None else descending
        self._generation += 1
        key = self._key()
        ids = self._id_lists.get(key)
        if ids is not None:
            self._id_lists.move_to_end(key)
            total, after = len(ids), None  # complete: no page to ask for
        else:
            with self.db.read() as session:
                if getattr(self.db, "is_server", False):
                    ids, after = queries.person_ids_page(session, self.filter, self.sort_key, self.descending,
                                                         limit=FIRST_PAGE)
                else:
                    ids, after = queries.person_ids(session, self.filter, self.sort_key, self.descending,
                                                    limit=FIRST_PAGE), None
                total = len(ids) if len(ids) < FIRST_PAGE else queries.count(session, self.filter)
        self.queried = True
        self.beginResetModel()
        self.ids, self.total = ids, total
        self.paged, self._after = getattr(self.db, "is_server", False) and total >= PAGED_FROM, after
        self.endResetModel()
        if self.paged:
            return  # further pages when the view reaches them (id_at)
        if len(ids) < total:
            if self.background is not None:
                self._rest_timer.start()
        else:
            self._remember(key, ids)

    def _load_rest_in_background(self) -> None:
        """Started once typing pauses: a worker building 100k ids meanwhile would slow every repaint
        (they share the interpreter lock)."""
        if len(self.ids) < self.total and self.background is not None:
            generation = self._generation
            self.background(self._query_rest(), lambda rest: self._add_rest(generation, rest))

    def _key(self) -> tuple:
        return astuple(self.filter) + (self.sort_key, self.descending)

    def _query_rest(self) -> Callable[[], list[int]]:
        flt, sort_key, descending, offset = self.filter, self.sort_key, self.descending, len(self.ids)

        def query() -> list[int]:
            with self.db.read() as session:
                return queries.person_ids(session, flt, sort_key, descending, offset=offset)
        return query

    def _add_rest(self, generation: int, rest: list[int]) -> None:
        if generation != self._generation or len(self.ids) >= self.total:
            return  # a newer query replaced this one, or the rest came synchronously meanwhile
        if len(self.ids) + len(rest) != self.total:  # a write came in between: ask again, never let
            self.reload()  # the row count change without telling the view
            return
        self.ids = self.ids + rest
        self._remember(self._key(), self.ids)

    def _next_pages(self, row: int) -> None:
        """Server mode: the ids up to `row` and a page beyond, after the last loaded one's key."""
        with self.db.read() as session:
            more, after = queries.person_ids_page(session, self.filter, self.sort_key, self.descending,
                                                  after=self._after, limit=row + 1 - len(self.ids) + PAGE)
        if not more:  # fewer persons than counted: a write came in between; ask again
            self.reload()
            return
        self.ids, self._after = self.ids + more, after

    def _remember(self, key: tuple, ids: list[int]) -> None:
        self._id_lists[key] = ids
        while len(self._id_lists) > ID_CACHE:
            self._id_lists.popitem(last=False)

    def id_at(self, row: int) -> int | None:
        if row >= len(self.ids) and row < self.total:
            if self.paged:
                self._next_pages(row)
            else:
                self._add_rest(self._generation, self._query_rest()())
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def reload(self, flt: queries.PersonFilter | None = None) -> None:
        """After a write: forget every cached id list and row, and query again."""
        self._id_lists.clear()
        self._rows.clear()
        self.set_query(flt)

    def clear(self) -> None:
        """Show nothing (e.g. no institution chosen) without asking SQL."""
        self._generation += 1
        self.beginResetModel()
        self.ids, self.total, self.paged = [], 0, False
        self.endResetModel()

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        self._rows = OrderedDict((pid, (row, self._texts(row))) for pid, (row, _texts) in self._rows.items())
        if self.total:
            self.dataChanged.emit(self.index(0, 0), self.index(self.total - 1, len(COLUMNS) - 1))

    def row_of(self, person_id: int) -> int | None:
        self.id_at(self.total - 1)  # all ids, to find one anywhere in the list
        try:
            return self.ids.index(person_id)
        except ValueError:
            return None

    def person_row(self, row: int) -> queries.PersonRow | None:
        cached = self._cached(row)
        return cached[0] if cached else None

    def _cached(self, row: int) -> tuple | None:
        person_id = self.ids[row] if 0 <= row < len(self.ids) else self.id_at(row)
        if person_id is None:
            return None
        found = self._rows.get(person_id)
        if found is None:
            self._fetch_around(row)
            found = self._rows.get(person_id)
        return found

    def _fetch_around(self, row: int) -> None:
        """One query for a block of rows, a little above and mostly below (the usual scroll)."""
        start = max(0, row - BLOCK // 4)
        wanted = [pid for pid in self.ids[start:start + BLOCK] if pid not in self._rows]
        with self.db.read() as session:
            fetched = queries.rows_for(session, wanted)
        for person_id, person in fetched.items():
            self._rows[person_id] = (person, self._texts(person))
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)

    def _texts(self, row: queries.PersonRow) -> tuple[str, ...]:
        """All display texts of a row at once: painting then only indexes a tuple."""
        return tuple(self._display(row, column.key) for column in COLUMNS)

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[COLUMNS[section].key]
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES or not index.isValid():
            return None
        cached = self._cached(index.row())
        if cached is None:
            return None
        row, texts = cached
        column = index.column()
        if role == DISPLAY:
            return texts[column]
        key = COLUMNS[column].key
        if role == USER:
            return row.id
        if role == ALIGN:
            return RIGHT if key == "income" else None
        if role == FOREGROUND:
            if key == "problems" and row.has_problems:
                return WARNING_BRUSH
            return GREY_BRUSH if key == "nik" and not row.nik else None
        if key == "problems" and row.has_problems:  # tooltip
            return self._warnings(row.id)
        return None

    def _warnings(self, person_id: int) -> str:
        """The warnings stored on the person (an import's, e.g. 'may be the same as id 12'), read
        when the mark is hovered: one row, not on every repaint."""
        from desktop.roster.persons import DUPLICATE_CODES, warnings_of
        with self.db.read() as session:
            stored = warnings_of(session, person_id)
        lines = ["⚠ " + item.get("message", "") for item in stored]
        if any(item.get("code") in DUPLICATE_CODES for item in stored):
            lines.append(self.tr("Pilih baris ini (atau kedua baris) lalu Data › Gabungkan dua data orang… untuk "
                                 "membandingkannya."))
        return "\n".join(lines) or self.tr("Ada peringatan pada data orang ini; buka untuk melihatnya.")

    def _display(self, row: queries.PersonRow, key: str) -> str:
        if key == "nik":
            if not row.nik:
                return self._no_nik
            return nik_rules.mask_nik(row.nik) if self.masked else row.nik
        if key == "phone":
            if not row.phone:
                return ""
            return phone_rules.mask_phone(row.phone) if self.masked else phone_rules.display_phone(row.phone)
        if key == "birth_date":
            return dates_id.numeric_date(row.birth_date) if isinstance(row.birth_date, dt.date) else ""
        if key == "status":
            return self.status_label(row.status)
        if key == "income":
            return money.rupiah(row.income) if row.income is not None else ""
        if key == "problems":
            return "⚠" if row.has_problems else ""
        value = getattr(row, key)
        return "" if value is None else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort is None:
            return  # the view puts its indicator back (see PersonsTable)
        sort_key, descending = COLUMNS[column].sort, order == Qt.SortOrder.DescendingOrder
        if not self.queried:  # the view announcing its initial sort: the first set_query will use it
            self.sort_key, self.descending = sort_key, descending
            return
        self.set_query(sort_key=sort_key, descending=descending)




def sort_column(sort_key: str) -> int:
    return next((i for i, c in enumerate(COLUMNS) if c.sort == sort_key), 0)

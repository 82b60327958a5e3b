"""The persons table model: ids from SQL for the current filter and sort, rows fetched on demand.

Like Anki's browser: `queries.person_ids` gives the ordered ids (one indexed query), and `data()`
asks `queries.rows_for` for a block of rows around the one being painted, kept in a small cache.
100,000 persons never come into memory as rows; no proxy model, no ResizeToContents.
"""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import astuple, dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain import dates_id, money, nik as nik_rules, phone as phone_rules
from desktop.roster import queries

BLOCK = 120  # rows fetched per query around the painted one
CACHE_ROWS = 1200  # rows kept; scrolling back a few screens costs nothing
ID_CACHE = 8  # id lists kept per (filter, sort): backspacing in the search box is instant


@dataclass(frozen=True)
class Column:
    key: str
    sort: str | None  # key in queries.SORT_COLUMNS, None: not sortable
    width: int  # initial pixel width (no ResizeToContents on 100k rows)


COLUMNS = [
    Column("name", "name", 220), Column("nik", "nik", 140), Column("sex", "sex", 40),
    Column("birth_place", None, 110), Column("birth_date", "birth_date", 100), Column("phone", "phone", 120),
    Column("kpj", "kpj", 100), Column("segment", "segment", 60), Column("programmes", None, 110),
    Column("status", "status", 120), Column("income", "income", 100), Column("unit", "unit", 170),
    Column("institution", "institution", 170), Column("problems", None, 60),
]
DEFAULT_HIDDEN = {"birth_place", "income", "institution"}
STATUS_KEYS = ("belum", "diajukan", "terdaftar", "ditolak", "sudah_peserta")


class PersonsModel(QAbstractTableModel):
    def __init__(self, db, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.filter = queries.PersonFilter()
        self.sort_key, self.descending = "name", False
        self.masked = False
        self.ids: list[int] = []
        self.queried = False
        self._rows: OrderedDict[int, queries.PersonRow] = OrderedDict()
        self._id_lists: OrderedDict[tuple, list[int]] = OrderedDict()
        self._titles = self._column_titles()
        self._status_labels = {"belum": self.tr("Belum didaftarkan"), "diajukan": self.tr("Diajukan"),
                               "terdaftar": self.tr("Terdaftar"), "ditolak": self.tr("Ditolak"),
                               "sudah_peserta": self.tr("Sudah peserta")}

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
        """Ask SQL for the ids of a new filter and/or sort; the view repaints what it shows."""
        self.filter = flt if flt is not None else self.filter
        self.sort_key = sort_key or self.sort_key
        self.descending = self.descending if descending is None else descending
        ids = self._ids_for(astuple(self.filter) + (self.sort_key, self.descending))
        self.queried = True
        self.beginResetModel()
        self.ids = ids
        self.endResetModel()

    def _ids_for(self, key: tuple) -> list[int]:
        if key in self._id_lists:
            self._id_lists.move_to_end(key)
            return self._id_lists[key]
        with self.db.read() as session:
            ids = queries.person_ids(session, self.filter, self.sort_key, self.descending)
        self._id_lists[key] = ids
        while len(self._id_lists) > ID_CACHE:
            self._id_lists.popitem(last=False)
        return ids

    def reload(self, flt: queries.PersonFilter | None = None) -> None:
        """After a write: forget every cached id list and row, and query again."""
        self._id_lists.clear()
        self._rows.clear()
        self.set_query(flt)

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(COLUMNS) - 1))

    def row_of(self, person_id: int) -> int | None:
        try:
            return self.ids.index(person_id)
        except ValueError:
            return None

    def person_row(self, row: int) -> queries.PersonRow | None:
        if not 0 <= row < len(self.ids):
            return None
        person_id = self.ids[row]
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
        self._rows.update(fetched)
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.ids)

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
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.UserRole):
            return None
        row = self.person_row(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "income":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "problems" and row.has_problems:
                return QBrush(QColor("#b35c00"))
            if key == "nik" and not row.nik:
                return QBrush(QColor("#888888"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "problems" and row.has_problems:
                return self.tr("Ada peringatan pada data orang ini; buka untuk melihatnya.")
            return None
        return self._display(row, key)

    def _display(self, row: queries.PersonRow, key: str) -> str:
        if key == "nik":
            if not row.nik:
                return self.tr("belum ber-NIK")
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

    def clear(self) -> None:
        """Show nothing (e.g. no institution chosen) without asking SQL."""
        self.beginResetModel()
        self.ids = []
        self.endResetModel()


def sort_column(sort_key: str) -> int:
    return next((i for i, c in enumerate(COLUMNS) if c.sort == sort_key), 0)

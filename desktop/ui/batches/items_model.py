"""The persons of one batch: ids from SQL, rows fetched a page at a time as they scroll into view."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.batches import lifecycle
from desktop.domain.nik import mask_nik

PAGE = 200
SORT_KEYS = ("name", "nik", "unit", "state", "kpj", "problems")  # by column; problems: flagged rows first
STATE_COLOURS = {"accepted": "#e6f4ea", "rejected": "#fdecea"}


class ItemsModel(QAbstractTableModel):
    def __init__(self, db, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.batch_id: int | None = None
        self.ids: list[int] = []
        self.rows: dict[int, lifecycle.ItemRow] = {}
        self.problems: dict[int, str] = {}  # person id → what the last check asked to fix
        self.masked = True
        self.only_problems = False
        self.sort_key: str | None = None  # None: unit, then name
        self.descending = False
        self.titles = [self.tr("Nama"), self.tr("NIK"), self.tr("Lembaga/Unit"), self.tr("Status"),
                       self.tr("No. KPJ"), self.tr("Keterangan / perbaikan")]

    def load(self, batch_id: int | None) -> None:
        self.beginResetModel()
        if batch_id != self.batch_id:
            self.problems = {}
        self.batch_id, self.rows = batch_id, {}
        self.ids = self._ids()
        self.endResetModel()

    def _ids(self) -> list[int]:
        if self.batch_id is None:
            return []
        with self.db.read() as session:
            ids = lifecycle.item_ids(session, self.batch_id, sort=self.sort_key, descending=self.descending)
        if self.sort_key == "problems":
            ids.sort(key=lambda pid: (pid in self.problems) == self.descending)
        if self.only_problems:
            ids = [pid for pid in ids if pid in self.problems]
        return ids

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.load(self.batch_id)

    def set_only_problems(self, only: bool) -> None:
        """Show only the persons the last check flagged."""
        self.only_problems = only
        self.load(self.batch_id)

    def set_problems(self, problems: dict[int, str]) -> None:
        self.problems = problems
        self.load(self.batch_id)

    def set_masked(self, masked: bool) -> None:
        self.beginResetModel()
        self.masked = masked
        self.endResetModel()

    def _row(self, row: int) -> lifecycle.ItemRow | None:
        person_id = self.ids[row]
        if person_id not in self.rows:
            start = (row // PAGE) * PAGE
            with self.db.read() as session:
                self.rows.update(lifecycle.item_rows(session, self.batch_id, self.ids[start:start + PAGE]))
        return self.rows.get(person_id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.person_id in self.problems:
                return QColor("#fff4ce")
            colour = STATE_COLOURS.get(row.state)
            return QColor(colour) if colour else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        nik = (mask_nik(row.nik) if self.masked else row.nik) or self.tr("(belum ber-NIK)")
        note = self.problems.get(row.person_id) or row.reason or ""
        if row.matched_by == "name_birth":
            note = self.tr("dicocokkan lewat nama + tanggal lahir; periksa. ") + note
        return [row.name, nik, row.unit, self.tr(row.state_label), row.kpj or "", note][index.column()]

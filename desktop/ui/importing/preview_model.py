"""The preview table: one line per data row (status, sheet, row, name, what to fix), filtered by
status. The rows live in the Preview (plain Python); the model only shows them."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain import dates_id, money
from desktop.importing.preview import STATUS_LABELS, Preview, RowOutcome
from desktop.roster.persons import LABELS

COLOURS = {"new": "#e8f5e9", "update": "#e3f2fd", "same": "#f5f5f5", "duplicate": "#fff8e1", "error": "#ffebee"}


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.preview: Preview | None = None
        self.rows: list[RowOutcome] = []
        self.status: str | None = None
        self.names: dict[str, dict] = {}  # column → stored code/id → the name a clerk reads (set_names)
        self.headers = [self.tr("Status"), self.tr("Lembar"), self.tr("Baris"), self.tr("Nama"),
                        self.tr("Masalah dan cara memperbaikinya")]

    def set_names(self, names: dict[str, dict]) -> None:
        """Names for the coded columns (occupation, desa, unit, institution), so a change reads
        "Pekerjaan: (kosong) → Guru TK/RA/KB/PAUD", never a code or an id."""
        self.names = names

    def set_preview(self, preview: Preview | None, status: str | None = None) -> None:
        self.beginResetModel()
        self.preview, self.status = preview, status
        self.rows = preview.filtered(status) if preview else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        outcome = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return self.tr(STATUS_LABELS.get(outcome.status, outcome.status))
            if column == 1:
                return outcome.sheet
            if column == 2:
                return outcome.row
            if column == 3:
                return outcome.label
            return "\n".join([*(f"{f.place.column or ''}: {f.message}" if f.place.column else f.message
                                for f in outcome.findings), *self.change_lines(outcome)])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(COLOURS.get(outcome.status, "#ffffff")))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return "\n".join([*(f.text for f in outcome.findings), *self.change_lines(outcome)]) or None
        return None

    def change_lines(self, outcome: RowOutcome) -> list[str]:
        """What "fill empty fields" / "overwrite" would change on the person already in the list."""
        lines = []
        for column, new in outcome.changes.items():
            if column == "_heirs":
                lines.append(self.tr("Ahli waris: diganti dengan yang di berkas"))
                continue
            old = outcome.existing.get(column)
            named = self.names.get(column, {})
            lines.append(self.tr("{field}: {old} → {new}").format(
                field=self.tr(LABELS.get(column, column)), old=_shown(named.get(old, old)) or self.tr("(kosong)"),
                new=_shown(named.get(new, new))))
        return lines


def _shown(value) -> str:  # noqa: ANN001
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return dates_id.numeric_date(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return money.number_id(value)
    return str(value)

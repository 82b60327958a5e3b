"""Preset editor: copy a preset, then rename it, reorder, add or remove columns, set formats and codes,
and share it as a JSON file. Shipped presets are read-only (copy them first)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from desktop.batches import presets
from desktop.batches.fields import FIELDS, FORMATS
from desktop.errors import UserError
from desktop.files import write_text_atomic
from desktop.operations import presets as preset_ops
from desktop.ui import messages, screen_fit
from desktop.ui.batches import ask
from desktop.ui.batches.buttons import keyed_button

COLUMN_TITLES = ("Judul kolom", "Isian", "Format", "Wajib", "Kode (nilai=kode)")


def codes_text(codes: dict[str, str]) -> str:
    return "; ".join(f"{k}={v}" for k, v in codes.items())


def parse_codes(text: str, header: str) -> dict[str, str]:
    codes = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        if "=" not in part:
            raise UserError(f"Kolom '{header}': kode '{part.strip()}' harus ditulis nilai=kode, mis. L=1; P=2.")
        key, _, value = part.partition("=")
        codes[key.strip()] = value.strip()
    return codes


class PresetEditor(QDialog):
    def __init__(self, db, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Preset ekspor batch"))
        self.presets: list[presets.Preset] = []
        self.names = QListWidget()
        self.names.setObjectName("preset_names")
        self.names.setMinimumWidth(240)
        self.name = QLineEdit()
        self.segment = QComboBox()
        self.segment.addItems(["BPU", "PU"])
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMN_TITLES))
        self.table.setObjectName("preset_columns")
        self.table.setHorizontalHeaderLabels([self.tr(t) for t in COLUMN_TITLES])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons: dict[str, QPushButton] = {}
        self._layout()
        self.names.currentRowChanged.connect(self._show)
        self.reload()

    def _button(self, key: str, text: str, slot) -> QPushButton:  # noqa: ANN001
        return keyed_button(self.buttons, "preset", key, text, slot)

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.names, 1)
        for key, text, slot in (("copy", self.tr("Salin…"), self.copy_current),
                                ("delete", self.tr("Hapus"), self.delete_current),
                                ("export", self.tr("Simpan sebagai berkas…"), self.export_current),
                                ("import", self.tr("Muat dari berkas…"), self.import_file)):
            left.addWidget(self._button(key, text, slot))
        form = QFormLayout()
        form.addRow(self.tr("Nama"), self.name)
        form.addRow(self.tr("Segmen"), self.segment)
        column_buttons = QHBoxLayout()
        for key, text, slot in (("up", self.tr("Naik"), lambda: self.move(-1)),
                                ("down", self.tr("Turun"), lambda: self.move(1)),
                                ("add", self.tr("Tambah kolom"), self.add_column),
                                ("remove", self.tr("Hapus kolom"), self.remove_column)):
            column_buttons.addWidget(self._button(key, text, slot))
        column_buttons.addStretch(1)
        column_buttons.addWidget(self._button("save", self.tr("Simpan"), self.save))
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.note)
        right.addWidget(self.table, 1)
        right.addLayout(column_buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 4)
        screen_fit.fit(self, "preset_editor", (1000, 600))

    # -- showing ---------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self.presets = preset_ops.ensure_builtin(self.db).value
        self.names.blockSignals(True)
        self.names.clear()
        for p in self.presets:
            self.names.addItem(p.name + (self.tr(" (bawaan)") if p.builtin else ""))
        self.names.blockSignals(False)
        names = [p.name for p in self.presets]
        self.names.setCurrentRow(names.index(select) if select in names else 0)
        self._show(self.names.currentRow())

    def current(self) -> presets.Preset | None:
        row = self.names.currentRow()
        return self.presets[row] if 0 <= row < len(self.presets) else None

    def _show(self, _row: int) -> None:
        preset = self.current()
        if preset is None:
            return
        self.name.setText(preset.name)
        self.segment.setCurrentText(preset.segment)
        self.table.setRowCount(0)
        for column in preset.columns:
            self._append(column)
        editable = not preset.builtin
        self.note.setText(self.tr("Preset bawaan tidak dapat diubah. Tekan Salin… lalu ubah salinannya.")
                          if preset.builtin else preset.notes)
        for widget in (self.name, self.segment, self.table):
            widget.setEnabled(editable)
        for key in ("up", "down", "add", "remove", "save", "delete"):
            self.buttons[key].setEnabled(editable)

    def _append(self, column: presets.Column, row: int | None = None) -> None:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(column.header))
        field = QComboBox()
        for key, spec in FIELDS.items():
            field.addItem(spec.label, key)
        field.setCurrentIndex(field.findData(column.field))
        self.table.setCellWidget(row, 1, field)
        fmt = QComboBox()
        fmt.addItem(self.tr("(sesuai isian)"), "")
        for key, label in FORMATS.items():
            fmt.addItem(label, key)
        fmt.setCurrentIndex(max(fmt.findData(column.format), 0))
        self.table.setCellWidget(row, 2, fmt)
        required = QTableWidgetItem()
        required.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        required.setCheckState(Qt.CheckState.Checked if column.required else Qt.CheckState.Unchecked)
        self.table.setItem(row, 3, required)
        self.table.setItem(row, 4, QTableWidgetItem(codes_text(column.codes)))

    def columns(self) -> list[presets.Column]:
        """The columns as the table shows them now (raises UserError for a malformed code list)."""
        result = []
        for row in range(self.table.rowCount()):
            header = self.table.item(row, 0).text().strip()
            result.append(presets.Column(
                header=header, field=self.table.cellWidget(row, 1).currentData(),
                format=self.table.cellWidget(row, 2).currentData(),
                required=self.table.item(row, 3).checkState() == Qt.CheckState.Checked,
                codes=parse_codes(self.table.item(row, 4).text(), header)))
        return result

    # -- editing ---------------------------------------------------------------------------
    def move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        try:
            columns = self.columns()
        except UserError as exc:
            messages.show_error(self, exc)
            return
        columns.insert(target, columns.pop(row))
        self.table.setRowCount(0)
        for column in columns:
            self._append(column)
        self.table.selectRow(target)

    def add_column(self) -> None:
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self._append(presets.Column(self.tr("Kolom baru %1").replace("%1", str(self.table.rowCount() + 1)), "blank"),
                     row)
        self.table.selectRow(row)

    def remove_column(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _run(self, operation) -> object:  # noqa: ANN001 - () -> OpResult
        """Run one preset operation; its value, or None after showing its UserError."""
        try:
            return operation().value
        except UserError as exc:
            messages.show_error(self, exc)
            return None

    def save(self) -> None:
        preset = self.current()
        if preset is None or preset.builtin:
            return
        try:
            edited = presets.Preset(preset.id, self.name.text(), self.segment.currentText(), self.columns(),
                                    notes=preset.notes, version=preset.version)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        if self._run(lambda: preset_ops.save(self.db, edited)) is not None:
            self.reload(" ".join(edited.name.split()))

    def copy_current(self) -> None:
        preset = self.current()
        if preset is None:
            return
        name = ask.text(self, self.tr("Salin preset"), self.tr("Nama preset baru:"), preset.name + self.tr(" (salinan)"))
        if name and self._run(lambda: preset_ops.copy(self.db, preset.id, name)) is not None:
            self.reload(name)

    def delete_current(self) -> None:
        preset = self.current()
        if preset is None or not messages.confirm(self, self.tr("Hapus preset"),
                                                  self.tr("Hapus preset '%1'?").replace("%1", preset.name)):
            return
        self._run(lambda: preset_ops.delete(self.db, preset.id))
        self.reload()

    def export_current(self) -> None:
        preset = self.current()
        if preset is None:
            return
        path = ask.save_file(self, self.tr("Simpan preset"), self.tr("Preset Jamsos Desk (*.json)"),
                             preset.name + ".json")
        if path:
            try:
                write_text_atomic(path, presets.preset_json(preset))
            except UserError as exc:
                messages.show_error(self, exc)

    def import_file(self) -> None:
        path = ask.open_file(self, self.tr("Muat preset"), self.tr("Preset Jamsos Desk (*.json)"))
        if not path:
            return
        saved = self._run(lambda: preset_ops.import_file(self.db, Path(path)))
        if saved is not None:
            self.reload(saved.name)

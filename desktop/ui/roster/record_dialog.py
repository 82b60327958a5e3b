"""A small form dialog for units and institutions: fields with a note under each, Save disabled
until the required fields are filled, and the use case's UserError shown under the field it names."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from desktop.errors import UserError
from desktop.ui import messages, screen_fit

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"  # dark amber: readable on white, not mistaken for an error


def field_row(form: QFormLayout, name: str, label: str, widget: QWidget) -> QLabel:
    """A form row: the field with a hidden note under it for what is wrong; returns the note."""
    widget.setObjectName(widget.objectName() or f"field_{name}")
    note = QLabel()
    note.setObjectName(f"note_{name}")
    note.setWordWrap(True)
    note.hide()
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(note)
    form.addRow(label + ":", box)
    return note


def programme_boxes() -> tuple[QWidget, dict[str, QCheckBox]]:
    """JKK JKM JHT JP as a row of tick boxes (the person editor, the bulk edit)."""
    from desktop.vocabulary import PROGRAMMES
    row_widget = QWidget()
    row = QHBoxLayout(row_widget)
    row.setContentsMargins(0, 0, 0, 0)
    boxes = {p: QCheckBox(p) for p in PROGRAMMES}
    for box in boxes.values():
        row.addWidget(box)
    row.addStretch(1)
    return row_widget, boxes


def save_buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """Simpan / Batal wired to the dialog's save() and reject(); returns the box and the Save button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(dialog.tr("Simpan"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Batal"))
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save


class RecordDialog(QDialog):
    saved = Signal(int)

    def __init__(self, title: str, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.inputs: dict[str, QWidget] = {}
        self.notes: dict[str, QLabel] = {}
        self.required: list[str] = []
        self.form = QFormLayout()
        self.general = QLabel()
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        self.buttons, self.save_button = save_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def add_row(self, name: str, label: str, widget: QWidget, *, required: bool = False) -> QWidget:
        note = field_row(self.form, name, label + (" *" if required else ""), widget)
        note.setStyleSheet(ERROR_STYLE)
        self.inputs[name], self.notes[name] = widget, note
        if required:
            self.required.append(name)
            widget.textChanged.connect(self._required_filled)  # required fields are line edits
        return widget

    @staticmethod
    def combo(options: list[tuple[object, str]], value: object = None) -> QComboBox:
        combo = QComboBox()
        for data, label in options:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(combo.findData(value), 0))
        return combo

    @staticmethod
    def line(value: object = None) -> QLineEdit:
        return QLineEdit("" if value is None else str(value))

    def text(self, name: str) -> str | None:
        return self.inputs[name].text().strip() or None

    def _required_filled(self) -> None:
        self.save_button.setEnabled(all(self.text(name) for name in self.required))

    def finish(self) -> None:
        """Call after the rows are added."""
        self._required_filled()
        self.initial = self._values()
        screen_fit.fit(self, type(self).__name__)

    def _values(self) -> dict[str, object]:
        return {name: widget.currentData() if isinstance(widget, QComboBox) else
                widget.text() if hasattr(widget, "text") else None for name, widget in self.inputs.items()}

    def reject(self) -> None:
        """Esc or Batal with something typed asks first."""
        if getattr(self, "initial", None) is not None and self._values() != self.initial and not messages.confirm(
                self, self.tr("Buang perubahan?"), self.tr("Data yang diketik belum disimpan. Buang perubahan?"),
                yes=self.tr("Buang"), no=self.tr("Kembali mengisi")):
            return
        super().reject()

    def run_save(self, write: Callable[[], int]) -> None:
        """Run the write; a UserError goes under its field (or below the form) and the dialog stays."""
        for note in (*self.notes.values(), self.general):
            note.hide()
        try:
            record_id = write()
        except UserError as exc:
            note = self.notes.get(exc.field or "", self.general)
            note.setStyleSheet(ERROR_STYLE)
            note.setText("✖ " + exc.message)
            note.show()
            return
        except Exception as exc:  # noqa: BLE001 - a bug: logged, short apology
            messages.show_error(self, exc)
            return
        self.accept()
        self.saved.emit(record_id)

    def save(self) -> None:
        raise NotImplementedError

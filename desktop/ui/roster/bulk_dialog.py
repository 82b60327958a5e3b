"""Change many selected persons at once: tick what to change (occupation, segment, payer,
programmes), pick the new value; one transaction, one undo step (desktop.roster.bulk_edit)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.roster import lookups
from desktop.roster.bulk_edit import PAYER_LABELS, BulkChange
from desktop.ui import screen_fit
from desktop.ui.roster.record_dialog import programme_boxes


class BulkEditDialog(QDialog):
    def __init__(self, db, count: int, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("bulk_edit")
        self.setWindowTitle(self.tr("Ubah %1 orang sekaligus").replace("%1", str(count)))
        with db.read() as session:
            occupations = lookups.occupations(session)
        self.occupation = QComboBox()
        self.occupation.setObjectName("bulk_occupation")
        for code, name in occupations:
            self.occupation.addItem(name, code)
        self.segment = QComboBox()
        self.segment.setObjectName("bulk_segment")
        self.segment.addItem(self.tr("BPU — Bukan Penerima Upah"), "BPU")
        self.segment.addItem(self.tr("PU — Penerima Upah"), "PU")
        self.payer = QComboBox()
        self.payer.setObjectName("bulk_payer")
        for code, label in PAYER_LABELS.items():
            self.payer.addItem(self.tr(label), code)
        programmes, self.programme_boxes = programme_boxes()
        self.use: dict[str, QCheckBox] = {}
        form = QFormLayout()
        for key, label, widget in (("occupation_code", self.tr("Pekerjaan"), self.occupation),
                                   ("segment", self.tr("Segmen"), self.segment),
                                   ("payer", self.tr("Pembayar iuran"), self.payer),
                                   ("programmes", self.tr("Program"), programmes)):
            tick = QCheckBox(label)
            tick.setObjectName(f"bulk_use_{key}")
            widget.setEnabled(False)
            tick.toggled.connect(widget.setEnabled)
            tick.toggled.connect(self._enable_ok)
            self.use[key] = tick
            form.addRow(tick, widget)
        note = QLabel(self.tr("Centang isian yang diubah; yang tidak dicentang tetap. Semua orang dicek dengan aturan "
                              "yang sama seperti formulir; bila satu gagal, tidak ada yang berubah. Dapat diurungkan."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ubah"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._enable_ok()
        screen_fit.fit(self, "bulk_edit", (560, self.sizeHint().height()))

    def _enable_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(any(t.isChecked() for t in self.use.values()))

    def change(self) -> BulkChange:
        used = {key for key, tick in self.use.items() if tick.isChecked()}
        return BulkChange(
            occupation_code=self.occupation.currentData() if "occupation_code" in used else None,
            segment=self.segment.currentData() if "segment" in used else None,
            payer=self.payer.currentData() if "payer" in used else None,
            programmes=[p for p, box in self.programme_boxes.items() if box.isChecked()]
            if "programmes" in used else None)

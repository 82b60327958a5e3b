"""New batch and export dialogs. Both are opened with open() (window-modal, not blocking) and report
through `accepted`, so the page (and the tests) act on what the clerk chose."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from desktop import clock, settings as org_settings
from desktop.batches import lifecycle, presets
from desktop.batches.drives import removable_drives
from desktop.batches.protection import MIN_PASSWORD
from desktop.errors import UserError
from desktop.operations import presets as preset_ops
from desktop.roster import queries, units
from desktop.ui import screen_fit
from desktop.ui.batches import ask


def _next_month() -> dt.date:
    return (clock.today().replace(day=1) + dt.timedelta(days=32)).replace(day=1)


class NewBatchDialog(QDialog):
    """What goes into a new batch: segment, programme set, unit (or the roster selection), period, preset."""

    def __init__(self, db, parent: QWidget | None = None, *, person_ids: list[int] | None = None,  # noqa: ANN001
                 flt: queries.PersonFilter | None = None):
        super().__init__(parent)
        self.db, self.person_ids, self.base_filter = db, person_ids, flt
        self.setWindowTitle(self.tr("Batch baru"))
        self.segment = QComboBox()
        self.segment.addItem(self.tr("BPU (bukan penerima upah)"), "BPU")
        self.segment.addItem(self.tr("PU (penerima upah)"), "PU")
        self.programmes = QComboBox()
        self.unit = QComboBox()
        self.period = QDateEdit()
        self.period.setDisplayFormat("MM-yyyy")
        self.period.setCalendarPopup(True)
        start = _next_month()
        self.period.setDate(QDate(start.year, start.month, 1))
        self.months = QComboBox()
        for months in lifecycle.PAYMENT_MONTHS:
            self.months.addItem(self.tr("%1 bulan").replace("%1", str(months)), months)
        self.preset = QComboBox()
        self.prepared_by = QLineEdit()
        self.count = QLabel()
        self.count.setObjectName("eligible_count")
        self.count.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Segmen"), self.segment)
        form.addRow(self.tr("Program"), self.programmes)
        if person_ids is None:
            form.addRow(self.tr("Unit"), self.unit)
        else:
            form.addRow(self.tr("Orang"), QLabel(self.tr("%1 orang terpilih di Daftar Orang").replace(
                "%1", str(len(person_ids)))))
        form.addRow(self.tr("Bulan pertama iuran"), self.period)
        form.addRow(self.tr("Periode bayar"), self.months)
        form.addRow(self.tr("Preset kolom"), self.preset)
        form.addRow(self.tr("Disiapkan oleh"), self.prepared_by)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat batch"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self._load()
        for combo in (self.segment, self.programmes, self.unit):
            combo.currentIndexChanged.connect(self.update_count)
        self.segment.currentIndexChanged.connect(self._segment_changed)
        screen_fit.fit(self, "batch_new")

    def _load(self) -> None:
        preset_ops.ensure_builtin(self.db)
        with self.db.read() as session:
            cfg = org_settings.load(session)
            self.unit.addItem(self.tr("Semua unit"), None)
            for node in units.flatten(units.unit_tree(session)):
                self.unit.addItem("    " * node.level + node.name, node.id)
            self._presets = presets.list_presets(session)
        self.prepared_by.setText(cfg.secretary_name)
        self.segment.setCurrentIndex(max(self.segment.findData(cfg.default_segment), 0))
        self._segment_changed()

    def _segment_changed(self) -> None:
        segment = self.segment.currentData()
        self.programmes.blockSignals(True)
        self.programmes.clear()
        self.programmes.addItem(self.tr("Semua susunan program"), "")
        for option in ("JKK JKM", "JKK JKM JHT") + (("JKK JKM JHT JP",) if segment == "PU" else ()):
            self.programmes.addItem(option, option)
        self.programmes.blockSignals(False)
        self.preset.clear()
        for preset in self._presets:
            if preset.segment == segment:
                self.preset.addItem(preset.name, preset.id)
        self.update_count()

    def spec(self) -> lifecycle.BatchSpec:
        date = self.period.date()
        return lifecycle.BatchSpec(segment=self.segment.currentData(), programmes=self.programmes.currentData() or "",
                                   period_start=dt.date(date.year(), date.month(), 1),
                                   months=self.months.currentData(), preset=self.preset.currentData(),
                                   prepared_by=self.prepared_by.text().strip() or None)

    def person_filter(self) -> queries.PersonFilter:
        if self.base_filter is not None:
            return self.base_filter
        return queries.PersonFilter(unit_id=self.unit.currentData())

    def update_count(self) -> None:
        with self.db.read() as session:
            n = lifecycle.count_eligible(session, self.spec(), self.person_filter(), self.person_ids)
        self.count.setText(self.tr("%1 orang dapat masuk batch ini (belum terdaftar dan tidak sedang di batch "
                                   "lain).").replace("%1", f"{n:,}".replace(",", ".")))


class ExportDialog(QDialog):
    """Where to write (a USB stick or a folder) and whether to lock the file with a password."""

    def __init__(self, number: str, parent: QWidget | None = None, *, last_folder: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ekspor batch %1").replace("%1", number))
        self.target = QComboBox()
        self.target.setObjectName("export_target")
        self.target.setEditable(True)
        for drive in removable_drives():
            self.target.addItem(self.tr("Flashdisk %1").replace("%1", str(drive)), str(drive))
        if last_folder:
            self.target.addItem(last_folder, last_folder)
        browse = QPushButton(self.tr("Pilih folder…"))
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        self.lock = QCheckBox(self.tr("Kunci berkas Excel dengan kata sandi (AES)"))
        self.lock.setObjectName("lock_xlsx")
        self.pdf = QCheckBox(self.tr("Buat juga daftar PDF terkunci kata sandi yang sama"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("minimal %1 karakter").replace("%1", str(MIN_PASSWORD)))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        explain = QLabel(self.tr(
            "Kata sandi Excel (AES) melindungi seluruh isi berkas bila flashdisk hilang atau dipinjam orang lain; "
            "petugas kantor cabang membukanya dengan kata sandi di Excel atau LibreOffice.\n"
            "Daftar PDF hanya untuk dibaca dan dicetak; kuncinya (RC4 128-bit) lebih lemah dari Excel AES.\n"
            "Sampaikan kata sandi lewat telepon, jangan ditulis di flashdisk. Tanpa kata sandi, siapa pun yang "
            "memegang flashdisk dapat membaca NIK, tanggal lahir dan nama ibu kandung."))
        explain.setWordWrap(True)
        explain.setObjectName("protection_note")
        form = QFormLayout()
        form.addRow(self.tr("Simpan ke"), target_row)
        form.addRow("", self.lock)
        form.addRow("", self.pdf)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ekspor"))
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(buttons)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        for box in (self.lock, self.pdf):
            box.toggled.connect(self._password_fields)
        self._password_fields()
        screen_fit.fit(self, "batch_export", (560, self.sizeHint().height()))

    def _browse(self) -> None:
        chosen = ask.folder(self, self.tr("Pilih folder tujuan"), self.target.currentText())
        if chosen:
            self.target.setEditText(chosen)

    def _password_fields(self) -> None:
        wanted = self.lock.isChecked() or self.pdf.isChecked()
        self.password.setEnabled(wanted)
        self.repeat.setEnabled(wanted)

    def folder(self) -> str:
        index = self.target.findText(self.target.currentText())
        data = self.target.itemData(index) if index >= 0 else None
        return data or self.target.currentText().strip()

    def chosen_password(self) -> str | None:
        return self.password.text() if (self.lock.isChecked() or self.pdf.isChecked()) else None

    def _confirm(self) -> None:
        try:
            if not self.folder():
                raise UserError(self.tr("Pilih flashdisk atau folder tujuan."))
            password = self.chosen_password()
            if password is not None:
                if len(password) < MIN_PASSWORD:
                    raise UserError(self.tr("Kata sandi minimal %1 karakter.").replace("%1", str(MIN_PASSWORD)))
                if password != self.repeat.text():
                    raise UserError(self.tr("Kedua kata sandi tidak sama."))
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.accept()

"""Data → Hak subjek data…: one person's report ("data saya"), anonymise, or erase on request."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout)

from desktop import privacy
from desktop.domain.nik import mask_nik
from desktop.errors import UserError
from desktop.operations import privacy as privacy_ops
from desktop.ui import messages, screen_fit
from desktop.ui.maintenance.places import ask_target


class PrivacyDialog(QDialog):
    def __init__(self, window, person_id: int | None = None):  # noqa: ANN001
        super().__init__(window)
        self.window_ = window
        self.person_id: int | None = None
        self.setWindowTitle(self.tr("Hak subjek data"))
        screen_fit.fit(self, "privacy", (580, 220))
        intro = QLabel(self.tr("Permintaan seseorang atas datanya (UU 27/2022): laporan semua data yang disimpan, "
                               "penganoniman (jumlah dan nominal untuk laporan tetap), atau penghapusan permanen. "
                               "Setiap tindakan dicatat tanpa data pribadinya."))
        intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setObjectName("privacy_key")
        self.key.setPlaceholderText(self.tr("NIK 16 angka atau nomor id orang"))
        find = QPushButton(self.tr("Cari"))
        find.clicked.connect(self.find)
        self.key.returnPressed.connect(self.find)
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(find)
        self.found = QLabel("—")
        self.found.setObjectName("privacy_found")
        self.found.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Orang"), row)
        form.addRow("", self.found)
        self.report_button = QPushButton(self.tr("Laporan data pribadi (PDF)…"))
        self.anonymise_button = QPushButton(self.tr("Anonimkan…"))
        self.erase_button = QPushButton(self.tr("Hapus permanen…"))
        self.report_button.clicked.connect(self.report)
        self.anonymise_button.clicked.connect(lambda: self._act("anonymise"))
        self.erase_button.clicked.connect(lambda: self._act("erase"))
        actions = QHBoxLayout()
        for button in (self.report_button, self.anonymise_button, self.erase_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addStretch(1)
        layout.addWidget(close)
        self._enable()
        if person_id is not None:
            self.key.setText(str(person_id))
            self.find()

    def _enable(self) -> None:
        found = self.person_id is not None
        self.report_button.setEnabled(found)
        for button in (self.anonymise_button, self.erase_button):
            button.setEnabled(found and not self.window_.db.read_only)

    def find(self) -> None:
        self.person_id = None
        try:
            with self.window_.db.read() as session:
                person_id = privacy.find_person(session, self.key.text())
                report = privacy.person_report(session, person_id)
        except UserError as exc:
            self.found.setText(exc.full_message())
        else:
            self.person_id = person_id
            identity = dict(report.sections[0].rows)
            nik = identity.get("NIK", "-")
            self.found.setText(self.tr("{0} — NIK {1} — {2} kolom data, {3} ahli waris").format(
                report.name, mask_nik(nik) if nik != "-" else self.tr("belum ada"), len(report.fields),
                len(report.sections[1].rows)))
        self._enable()

    def report(self) -> None:
        target = ask_target(self, "maintenance/privacy_report_folder", f"data-pribadi-{self.person_id}.pdf",
                            self.tr("Simpan laporan data pribadi"), "PDF (*.pdf)")
        if not target:
            return
        person_id = self.person_id

        def done(report: privacy.PersonReport) -> None:
            self.window_.data_changed()
            messages.info(self, self.tr("Laporan dibuat"), self.tr(
                "Laporan data pribadi {0} tersimpan di {1}. Serahkan hanya kepada yang bersangkutan.").format(
                report.name, target))
        self.window_.jobs.start(self.tr("Membuat laporan…"), lambda _p: privacy.export_report(
            self.window_.db, person_id, target), done, parent_widget=self)

    def _act(self, kind: str) -> None:
        person_id = self.person_id
        if person_id is None:
            return
        if kind == "erase":
            question = self.tr("Hapus permanen semua data orang ini, termasuk ahli waris dan keikutsertaannya dalam "
                               "batch? Tindakan ini tidak dapat dibatalkan. Cadangan lama yang masih memuatnya "
                               "dihapus otomatis setelah masa retensi.")
            fn, verb = privacy_ops.erase, self.tr("dihapus permanen")
        else:
            question = self.tr("Hapus identitas orang ini (NIK, nama, alamat, No. HP, ahli waris…)? Jumlah dan "
                               "nominal untuk laporan tetap. Tindakan ini tidak dapat dibatalkan.")
            fn, verb = privacy_ops.anonymise, self.tr("dianonimkan")
        if not messages.confirm(self, self.windowTitle(), question):
            return
        try:
            result = fn(self.window_.db, person_id)
            outcome = result.value
        except UserError as exc:
            messages.show_error(self, exc)
            return
        # the freed pages leave the file (VACUUM: seconds on a big roster, so off the UI thread)
        db = self.window_.db
        self.window_.jobs.start(self.tr("Membersihkan ruang basis data…"), lambda _progress: privacy.reclaim_space(db),
                                parent_widget=self, show_dialog=False)
        self.window_.data_changed(result.changes)
        messages.info(self, self.windowTitle(), outcome.describe(verb))
        self.find()

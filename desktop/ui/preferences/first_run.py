"""The first-run wizard: who the organisation is, its levels and district, the branch office, the
signatories and the defaults for documents. Shown at start while `first_run_done` is false.

Every page is a SettingsForm section; Finish checks and stores all of them in one transaction.
A PW's profile can be loaded on the first page so a cabang only adjusts its own names.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage

from desktop import profile, settings
from desktop.db import Database
from desktop.errors import UserError
from desktop.operations import settings as settings_ops
from desktop.ui import messages, screen_fit
from desktop.ui.preferences.form import SECTIONS, SettingsForm, tr
from desktop.ui.preferences.profile_files import ProfileFiles
from desktop.ui.preferences.server_connection import ServerDialog

PAGES = ("organisation", "structure", "branch", "signatories", "defaults")


class SectionPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard, key: str):
        super().__init__(wizard)
        self.wizard_ = wizard
        title, fields = SECTIONS[key]
        self.setTitle(tr(title))
        self.setObjectName(f"wizard_page_{key}")
        self.form = SettingsForm(fields, wizard.districts, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        missing = self.form.missing()
        if missing:
            messages.warn(self, self.tr("Belum lengkap"), self.tr("Isi dulu: {0}.").format(missing))
            return False
        try:
            with self.wizard_.db.read() as session:
                profile.check_settings(session, self.form.current())
        except UserError as exc:
            self.form.focus(exc.field)
            messages.show_error(self, exc, self.tr("Periksa isian"))
            return False
        return True


class WelcomePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Selamat datang di Jamsos Desk"))
        self.setObjectName("wizard_page_welcome")
        text = QLabel(self.tr(
            "Sebelum mulai, isi data organisasi Anda: nama, tingkatan, kabupaten/kota, kantor cabang "
            "BPJS Ketenagakerjaan mitra, penanda tangan dan pola nomor PKS. Semuanya tercetak di "
            "formulir dan PKS, dan dapat diubah kapan saja lewat Berkas › Pengaturan.\n\n"
            "Jika pimpinan wilayah memberi berkas profil organisasi (.json), muat dulu berkas itu; "
            "lalu sesuaikan nama dan kantor cabang Anda."))
        text.setWordWrap(True)
        self.load_button = QPushButton(self.tr("Muat profil organisasi…"))
        self.load_button.setObjectName("wizard_load_profile")
        self.load_button.clicked.connect(self._load_profile)
        self.server_button = QPushButton(self.tr("Basis data di server…"))
        self.server_button.setObjectName("wizard_server")
        self.server_button.setToolTip(self.tr(
            "Untuk beberapa komputer yang memakai satu basis data PostgreSQL di server kantor"))
        self.server_button.clicked.connect(self._choose_server)
        self.loaded_label = QLabel()
        self.loaded_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.loaded_label)
        layout.addSpacing(12)
        server_text = QLabel(self.tr(
            "Data disimpan di komputer ini. Bila kantor memakai satu basis data di server untuk beberapa "
            "komputer, pilih Basis data di server."))
        server_text.setWordWrap(True)
        layout.addWidget(server_text)
        layout.addWidget(self.server_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _load_profile(self) -> None:
        if ProfileFiles(self.wizard_.db, self, self.wizard_.reload).choose_and_import():
            self.loaded_label.setText(self.tr("Profil dimuat; periksa dan sesuaikan isian di halaman berikut."))


    def _choose_server(self) -> None:
        dialog = ServerDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.db is not None:
            self.wizard_.switch_to(dialog.db)
            self.loaded_label.setText(self.tr("Tersambung ke server {0}.").format(dialog.db.describe()))


class FinishPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Siap dipakai"))
        self.setObjectName("wizard_page_finish")
        text = QLabel(self.tr(
            "Tekan Selesai untuk menyimpan. Langkah berikutnya: buat unit organisasi (mis. PAC) di menu "
            "Data, lalu impor daftar anggota dari berkas Excel. Panduan lengkap ada di menu Bantuan."))
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)


class FirstRunWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("first_run_wizard")
        self.setWindowTitle(self.tr("Jamsos Desk — pengaturan awal"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        # Set the texts ourselves: the same words in every Qt style (Aero drops the arrows).
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< &Kembali")),
                             (QWizard.WizardButton.NextButton, self.tr("&Lanjut >")),
                             (QWizard.WizardButton.FinishButton, self.tr("&Selesai")),
                             (QWizard.WizardButton.CancelButton, self.tr("Nanti saja"))):
            self.setButtonText(button, text)
        with db.read() as session:
            self.districts = profile.district_choices(session)
        self.welcome = WelcomePage(self)
        self.addPage(self.welcome)
        self.sections = {key: SectionPage(self, key) for key in PAGES}
        for page in self.sections.values():
            self.addPage(page)
        self.addPage(FinishPage(self))
        self.reload()
        screen_fit.fit(self, "first_run", (720, 520))

    def switch_to(self, db: Database) -> None:
        """From now on the wizard (and the app) works on `db`, this PC's server database; the local
        file opened before is closed. A server another PC has set up already needs no wizard."""
        previous, self.db = self.db, db
        if previous is not db:
            previous.close()
        with db.read() as session:
            done = settings.load(session).first_run_done
        if done:
            messages.info(self, self.tr("Basis data server"), self.tr(
                "Basis data di server ini sudah diatur oleh komputer lain; pengaturan awal dilewati."))
            super().accept()
            return
        self.reload()  # district choices are reference data, the same in every database

    def reload(self) -> None:
        with self.db.read() as session:
            cfg = settings.load(session)
        for page in self.sections.values():
            page.form.load(cfg)

    def changes(self) -> dict:
        values: dict = {}
        for page in self.sections.values():
            values.update(page.form.values())
        return values

    def accept(self) -> None:
        try:
            settings_ops.apply(self.db, **self.changes(), first_run_done=True)
        except UserError as exc:
            messages.show_error(self, exc, self.tr("Pengaturan belum tersimpan"))
            return
        super().accept()


def first_run_on(db: Database, parent: QWidget | None = None) -> Database:
    """Run the wizard when needed; the database the app goes on with (a server chosen in it, or `db`)."""
    with db.read() as session:
        if settings.load(session).first_run_done:
            return db
    wizard = FirstRunWizard(db, parent)
    wizard.exec()
    return wizard.db


def first_run_if_needed(db: Database, parent: QWidget | None = None) -> bool:
    """Show the wizard when the organisation was never set up; True when it was completed now."""
    with db.read() as session:
        if settings.load(session).first_run_done:
            return False
    return FirstRunWizard(db, parent).exec() == QWizard.DialogCode.Accepted

"""The app password: asked at start when one is set; set, changed or removed from Berkas."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QInputDialog, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from desktop import access
from desktop.db import Database
from desktop.errors import UserError
from desktop.operations import access as access_ops
from desktop.ui import messages, screen_fit

TRIES = 3


def ask_secret(parent: QWidget | None, title: str, label: str) -> str | None:
    """The password question (tests replace this function)."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def unlock(db: Database) -> bool:
    """True when no password is set or the user typed it within three tries."""
    tr = lambda text: QCoreApplication.translate("PasswordDialog", text)  # noqa: E731
    with db.read() as session:
        if not access.has_password(session):
            return True
    label = tr("Kata sandi aplikasi:")
    for _ in range(TRIES):
        attempt = ask_secret(None, tr("Jamsos Desk"), label)
        if attempt is None:
            return False
        with db.read() as session:
            if access.verify(session, attempt):
                return True
        label = tr("Kata sandi salah. Coba lagi:")
    messages.warn(None, tr("Jamsos Desk"), tr("Kata sandi salah tiga kali; aplikasi ditutup."))
    return False


class PasswordDialog(QDialog):
    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Kata sandi aplikasi"))
        self.setMinimumWidth(440)
        with window.db.read() as session:
            self.has_password = access.has_password(session)
        note = QLabel(self.tr("Kata sandi ini ditanyakan setiap kali jendela dibuka, untuk PC yang dipakai bersama. "
                              "Ini bukan enkripsi: lindungi juga akun Windows dan nyalakan enkripsi diska."))
        note.setWordWrap(True)
        self.current, self.new, self.repeat = (QLineEdit() for _ in range(3))
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remove = QCheckBox(self.tr("Tanpa kata sandi"))
        self.remove.toggled.connect(lambda on: (self.new.setEnabled(not on), self.repeat.setEnabled(not on)))
        form = QFormLayout()
        if self.has_password:
            form.addRow(self.tr("Kata sandi sekarang"), self.current)
        form.addRow(self.tr("Kata sandi baru"), self.new)
        form.addRow(self.tr("Ulangi kata sandi baru"), self.repeat)
        if self.has_password:
            form.addRow("", self.remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        screen_fit.fit(self, "password")

    def save(self) -> None:
        removing = self.remove.isChecked()
        if not removing and self.new.text() != self.repeat.text():
            messages.warn(self, self.windowTitle(), self.tr("Kata sandi baru dan ulangannya tidak sama."))
            return
        try:
            result = access_ops.set_password(self.window_.db, None if removing else self.new.text(),
                                    current=self.current.text())
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self.window_.data_changed(result.changes)
        self.accept()

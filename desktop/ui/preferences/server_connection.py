"""Basis data di server: the connection form (first-run wizard) and the login at start.

A PC remembers its server connection in the user's QSettings (desktop.ui.maintenance.moving) —
host, port, database and user, never the password. At start the app first tries without a password
(the PC's pgpass file, PGPASSWORD or a trusted network may serve); when the server asks for one,
a small login dialog asks for it. The password lives only in memory, in the open connection."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop import dialect
from desktop.db import Database
from desktop.errors import UserError


def connect(location: str | dialect.Location) -> Database:
    """Open the server database for the window (its write lock, the app password) or raise UserError."""
    from desktop.ui.maintenance import session
    db = session.open_for_window(dialect.parse_location(location))
    if db is None:
        raise UserError("Pembukaan basis data dibatalkan.")
    return db


def _error_label(dialog: QDialog, name: str, text: str = "") -> QLabel:
    """Where the dialog says, in red under the fields, why the server could not be opened."""
    label = QLabel(text, dialog)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020")
    return label


def _buttons(dialog: QDialog, accept: str, reject: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(dialog)
    buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(reject, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ServerForm(QWidget):
    """Host, port, database name, user and password of a PostgreSQL server."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = QLineEdit(self)
        self.host.setObjectName("server_host")
        self.host.setPlaceholderText(self.tr("mis. 192.168.1.10"))
        self.port = QSpinBox(self)
        self.port.setObjectName("server_port")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("jamsos", self)
        self.database.setObjectName("server_database")
        self.user = QLineEdit(self)
        self.user.setObjectName("server_user")
        self.password = QLineEdit(self)
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kosongkan bila tersimpan di pgpass"))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Alamat server:"), self.host)
        layout.addRow(self.tr("Port:"), self.port)
        layout.addRow(self.tr("Nama basis data:"), self.database)
        layout.addRow(self.tr("Nama pengguna:"), self.user)
        layout.addRow(self.tr("Kata sandi:"), self.password)

    def missing(self) -> str:
        names = [name for name, field in ((self.tr("alamat server"), self.host),
                                          (self.tr("nama basis data"), self.database),
                                          (self.tr("nama pengguna"), self.user)) if not field.text().strip()]
        return ", ".join(names)

    def location(self) -> dialect.Location:
        """What was typed, as a Location; the password only in memory."""
        return dialect.server_location(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                                       self.user.text().strip(), self.password.text())


class ServerDialog(QDialog):
    """The wizard's 'Basis data di server' choice: type the connection, test it, keep it open."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("server_dialog")
        self.setWindowTitle(self.tr("Basis data di server"))
        self.db: Database | None = None
        intro = QLabel(self.tr(
            "Beberapa komputer memakai satu basis data PostgreSQL di server kantor. Isi alamat yang "
            "diberikan pengelola server. Kata sandi tidak disimpan di komputer ini: ditanyakan saat aplikasi "
            "dibuka (kecuali tersimpan di berkas pgpass)."))
        intro.setWordWrap(True)
        self.form = ServerForm(self)
        self.error = _error_label(self, "server_error")
        buttons = _buttons(self, self.tr("Sambungkan"), self.tr("Batal"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)  # fits 1024×600; the wrapped message needs the width

    def accept(self) -> None:
        missing = self.form.missing()
        if missing:
            self.error.setText(self.tr("Isi dulu: {0}.").format(missing))
            return
        try:
            self.db = connect(self.form.location())
        except UserError as exc:
            self.error.setText(exc.message)
            self.adjustSize()
            return
        from desktop.ui.maintenance.moving import remember_location
        remember_location(self.form.location().url.render_as_string(hide_password=False))  # saved without it
        self.form.password.clear()
        super().accept()


class LoginDialog(QDialog):
    """At start, for this PC's saved server: the user's name and password, tried until it connects."""

    def __init__(self, saved: dialect.Location, reason: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Masuk ke server basis data"))
        self.saved = saved
        self.db: Database | None = None
        title = QLabel(self.tr("Server: {0}").format(saved.describe()))
        title.setWordWrap(True)
        self.user = QLineEdit(saved.url.username or "", self)
        self.user.setObjectName("login_user")
        self.password = QLineEdit(self)
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label(self, "login_error", reason)
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna:"), self.user)
        form.addRow(self.tr("Kata sandi:"), self.password)
        buttons = _buttons(self, self.tr("Masuk"), self.tr("Keluar"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.password.setFocus()

    def accept(self) -> None:
        url = self.saved.url.set(username=self.user.text().strip() or None, password=self.password.text() or None)
        try:
            self.db = connect(dialect.Location(url=url))
        except UserError as exc:
            self.error.setText(exc.message)
            self.adjustSize()
            return
        finally:
            self.password.clear()  # not kept in the widget once tried
        super().accept()


def ask_password(saved: dialect.Location, reason: str) -> Database | None:  # a function so tests can answer it
    dialog = LoginDialog(saved, reason)
    return dialog.db if dialog.exec() == QDialog.DialogCode.Accepted else None


def open_saved(saved_text: str) -> Database | None:
    """This PC's saved server: try without a password (pgpass, PGPASSWORD, trust); else ask for one."""
    saved = dialect.parse_location(saved_text)
    try:
        return connect(saved)
    except UserError as exc:
        return ask_password(saved, exc.message)

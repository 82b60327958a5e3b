"""Basis data di server: the first-run wizard's choice and the login at start. The connection is
saved per PC without the password; a server out of reach is said in Indonesian; the password is
never written to the settings or the log."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QPushButton
from sqlalchemy.engine import make_url

from desktop import dialect, logs
from desktop.ui.maintenance import moving
from desktop.ui.preferences import first_run, server_connection
from desktop.ui.preferences.first_run import FirstRunWizard
from desktop.ui.preferences.server_connection import LoginDialog, ServerDialog

from ..conftest import TEST_PG

PASSWORD = "rahasia-uji-77"
needs_server = pytest.mark.skipif(not TEST_PG, reason="needs a PostgreSQL server (JAMSOS_TEST_PG)")


def _written_anywhere(tmp_path: Path) -> list[Path]:
    """Files under the test's settings and the log that contain the password."""
    places = list((tmp_path / "qsettings").rglob("*")) + [logs.log_file()]
    return [p for p in places if p.is_file() and PASSWORD in p.read_text(errors="replace")]


def _type(form, host: str, port: int, database: str, user: str) -> None:
    form.host.setText(host)
    form.port.setValue(port)
    form.database.setText(database)
    form.user.setText(user)
    form.password.setText(PASSWORD)


def test_a_server_out_of_reach_is_said_in_indonesian_and_nothing_is_saved(qtbot, db, tmp_path):
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    _type(dialog.form, "127.0.0.1", 1, "jamsos", "petugas")
    dialog.accept()
    said = dialog.error.text()
    assert "tidak dapat dihubungi" in said and "127.0.0.1:1" in said
    assert "petugas:***@" in said and PASSWORD not in said
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.db is None
    assert moving.saved_location() is None
    assert _written_anywhere(tmp_path) == []


def test_the_login_at_start_says_a_server_out_of_reach_and_keeps_asking(qtbot):
    saved = dialect.parse_location("postgresql://petugas@127.0.0.1:1/jamsos")
    dialog = LoginDialog(saved)
    qtbot.addWidget(dialog)
    assert dialog.user.text() == "petugas"
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert "tidak dapat dihubungi" in dialog.error.text() and PASSWORD not in dialog.error.text()
    assert dialog.db is None and dialog.password.text() == ""  # not kept in the field


def test_the_wizard_moves_this_pc_to_a_server_and_saves_it_without_the_password(qtbot, db, empty_location,
                                                                                monkeypatch, tmp_path):
    if not TEST_PG:
        pytest.skip("needs a PostgreSQL server (JAMSOS_TEST_PG)")
    url = make_url(empty_location)

    class Typed(ServerDialog):
        def exec(self) -> int:  # the clerk types the connection and presses Sambungkan
            _type(self.form, url.host, url.port, url.database, url.username)
            self.accept()
            return self.result()

    monkeypatch.setattr(first_run, "ServerDialog", Typed)
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.welcome.findChild(QPushButton, "wizard_server").click()
    try:
        assert wizard.db is not db and wizard.db.is_server and wizard.db.location.url.database == url.database
        assert "Tersambung ke server" in wizard.welcome.loaded_label.text()
        saved = moving.saved_location()
        assert saved == url.set(password=None).render_as_string(hide_password=False)
        assert PASSWORD not in saved and _written_anywhere(tmp_path) == []
        # next start: the saved connection opens again (trust auth here; else the login dialog asks)
        monkeypatch.setattr(server_connection, "ask_password", lambda saved, reason: pytest.fail(reason))
        wizard.db.close()
        again = server_connection.open_saved(saved)
        assert again.location.url.database == url.database
        again.close()
    finally:
        wizard.db.close()


@needs_server
def test_the_login_dialog_opens_the_saved_server_with_the_typed_password(qtbot, empty_location, tmp_path):
    saved = dialect.parse_location(make_url(empty_location).set(password=None).render_as_string(hide_password=False))
    dialog = LoginDialog(saved, "Nama pengguna atau kata sandi tidak diterima server.")
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.db is not None
    try:
        assert PASSWORD not in dialog.db.describe() and _written_anywhere(tmp_path) == []
    finally:
        dialog.db.close()

"""The window on either database: the status bar names it (a server with its password masked), and
Berkas › Pindahkan data ke basis data lain… copies everything and checks it."""
from __future__ import annotations

from PySide6.QtGui import QAction
from sqlalchemy import func, select

from desktop.db import open_database
from desktop.models import OrgUnit
from desktop.ui import messages


def dbmod_location(text: str) -> str:
    from desktop.dialect import parse_location
    where = parse_location(text)
    return where.describe() if where.is_server else str(where.path.resolve())


def test_a_saved_connection_never_keeps_the_password():
    from desktop.ui.maintenance import moving
    saved = moving.remember_location("postgresql://petugas:rahasia@192.168.1.10:5432/jamsos")
    assert saved == "postgresql+psycopg://petugas@192.168.1.10:5432/jamsos" == moving.saved_location()


def test_the_status_bar_names_the_database_without_a_password(open_window, db):
    win = open_window(db)
    assert win.db_label.text() == db.describe()
    if db.is_server:
        assert win.db_label.text().startswith("postgresql+psycopg://") and db.location.url.database in win.windowTitle()


def test_the_window_moves_its_data_to_another_database_and_keeps_working(open_window, db, mojokerto,
                                                                         empty_location, monkeypatch, qtbot):
    from desktop.ui.maintenance import moving
    monkeypatch.setattr(moving, "ask_target", lambda window: empty_location)
    win = open_window(db)
    win.findChild(QAction, "act_move_db").trigger()
    qtbot.waitUntil(lambda: any("Data dipindahkan ke" in text for _kind, text in messages.shown), timeout=60_000)
    [report] = [text for _kind, text in messages.shown if "Data dipindahkan ke" in text]
    assert "checksum setiap tabel sama" in report and "asal tidak diubah" in report
    qtbot.waitUntil(lambda: moving.saved_location() is not None)  # "open it from now on?" answered yes
    assert dbmod_location(moving.saved_location()) == dbmod_location(empty_location)
    moved = open_database(empty_location)
    try:
        with moved.read() as session:
            assert session.scalar(select(func.count(OrgUnit.id))) == 3
    finally:
        moved.close()
    with db.read() as session:  # the desk still works on its own database
        assert session.scalar(select(func.count(OrgUnit.id))) == 3

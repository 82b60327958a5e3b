"""The window opens on a database, shows its menus and what the roster holds, and remembers its size."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")


@pytest.fixture
def window(open_window, db, mojokerto):
    return open_window(db)


def test_menus_and_home_page(window, qtbot):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Berkas", "&Data", "D&okumen", "Ba&tch", "&Laporan", "Ba&ntuan"]
    qtbot.waitUntil(lambda: window.home.values["units"].text() == "3", timeout=5000)
    assert window.home.values["institutions"].text() == "1"
    assert "Muslimat" in window.home.title.text()


def test_window_size_is_remembered(window, qtbot, db):
    window.resize(720, 520)
    window.close()
    from desktop.ui.main_window import MainWindow
    again = MainWindow(db)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (720, 520)
    again.close()

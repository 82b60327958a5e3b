"""Window tests: modal questions are answered through messages.answer_hook, never by a real dialog."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def answer_dialogs(monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.ui import messages
    from desktop.ui.application import configure_application
    configure_application()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    answers: list[bool] = []
    monkeypatch.setattr(messages, "answer_hook", lambda kind, text: answers.pop(0) if answers else True)
    messages.shown.clear()
    return answers


@pytest.fixture
def open_window(qtbot):
    """open_window(db) → a shown MainWindow on `db`; its background jobs are waited for afterwards."""
    from desktop.ui.main_window import MainWindow
    windows = []

    def make(db):  # noqa: ANN001
        win = MainWindow(db)
        qtbot.addWidget(win)
        win.show()
        windows.append(win)
        return win
    yield make
    for win in windows:
        win.jobs.wait(10_000)

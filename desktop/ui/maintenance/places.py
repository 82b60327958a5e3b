"""Where to write a file: asked once per kind, starting in the folder used last time (a per-PC preference)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.ui import folders


def choose_save_file(parent: QWidget, title: str, start: str, filters: str) -> str | None:
    """The save question (tests replace this function)."""
    return QFileDialog.getSaveFileName(parent, title, start, filters)[0] or None


def ask_target(parent: QWidget, key: str, file_name: str, title: str, filters: str) -> Path | None:
    store = QSettings()
    start = Path(str(store.value(key, "") or folders.documents())) / file_name
    target = choose_save_file(parent, title, str(start), filters)
    if not target:
        return None
    store.setValue(key, str(Path(target).parent))
    return Path(target)

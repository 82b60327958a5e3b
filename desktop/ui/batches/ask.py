"""File and text questions of the batch screens, in one place so tests can answer them.

Tests set `answers` (a list) and each question pops the next answer instead of opening a dialog.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from desktop.ui import folders

answers: list[object] | None = None  # None: show the real dialogs


def _hooked() -> tuple[bool, object]:
    if answers is not None:
        return True, answers.pop(0) if answers else None
    return False, None


def folder(parent: QWidget | None, title: str, start: str = "", key: str = "general") -> str | None:
    hooked, value = _hooked()
    if hooked:
        return value  # type: ignore[return-value]
    chosen = QFileDialog.getExistingDirectory(parent, title, folders.start_in(start, key)) or None
    folders.remember(key, chosen)
    return chosen


def open_file(parent: QWidget | None, title: str, filters: str, start: str = "", key: str = "general") -> str | None:
    hooked, value = _hooked()
    if hooked:
        return value  # type: ignore[return-value]
    chosen = QFileDialog.getOpenFileName(parent, title, folders.start_in(start, key), filters)[0] or None
    folders.remember(key, chosen)
    return chosen


def save_file(parent: QWidget | None, title: str, filters: str, start: str = "", key: str = "general") -> str | None:
    hooked, value = _hooked()
    if hooked:
        return value  # type: ignore[return-value]
    chosen = QFileDialog.getSaveFileName(parent, title, folders.start_in(start, key), filters)[0] or None
    folders.remember(key, chosen)
    return chosen


def text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
    hooked, value = _hooked()
    if hooked:
        return value  # type: ignore[return-value]
    value, ok = QInputDialog.getText(parent, title, label, text=default)
    return value.strip() if ok and value.strip() else None

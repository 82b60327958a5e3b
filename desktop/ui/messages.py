"""Message boxes and questions, routed through one place so tests can answer them.

Tests replace `answer_hook` (e.g. `messages.answer_hook = lambda kind, text: True`) instead of
clicking modal dialogs.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from desktop import logs
from desktop.errors import UserError

log = logging.getLogger(__name__)

# (kind, text) -> answer; None means "show the real dialog".
answer_hook: Callable[[str, str], bool] | None = None
shown: list[tuple[str, str]] = []  # what was shown, newest last (tests read it)


def _remember(kind: str, text: str) -> bool | None:
    shown.append((kind, text))
    del shown[:-50]
    if answer_hook is not None:
        return answer_hook(kind, text)
    return None


LONG_LINES = 14  # a message longer than this would outgrow a 600-pixel screen: it scrolls instead


def info(parent: QWidget | None, title: str, text: str) -> None:
    if _remember("info", text) is None:
        if text.count("\n") > LONG_LINES:
            _scrolling(parent, title, *text.split("\n", 1))
        else:
            QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    if _remember("warning", text) is None:
        if text.count("\n") > LONG_LINES:
            _scrolling(parent, title, *text.split("\n", 1))
        else:
            QMessageBox.warning(parent, title, text)


def report(parent: QWidget | None, title: str, lead: str, text: str) -> None:
    """A long list (every problem of a batch check): a lead sentence and the list in a scrolling box
    that fits the screen, instead of a message box taller than the screen."""
    if _remember("report", lead + "\n" + text) is None:
        _scrolling(parent, title, lead, text)


def _scrolling(parent: QWidget | None, title: str, lead: str, text: str) -> None:
    from desktop.ui import screen_fit
    dialog = QDialog(parent)
    dialog.setObjectName("report_dialog")
    dialog.setWindowTitle(title)
    label = QLabel(lead)
    label.setWordWrap(True)
    body = QPlainTextEdit(text)
    body.setReadOnly(True)
    body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(body, 1)
    layout.addWidget(buttons)
    screen_fit.fit(dialog, "report", (720, 480))
    dialog.exec()


def confirm(parent: QWidget | None, title: str, text: str, *, yes: str = "Ya", no: str = "Tidak") -> bool:
    hooked = _remember("question", text)
    if hooked is not None:
        return bool(hooked)
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    box.addButton(no, QMessageBox.ButtonRole.NoRole)
    box.exec()
    return box.clickedButton() is yes_button


def show_error(parent: QWidget | None, exc: BaseException, title: str = "Tidak dapat dilanjutkan") -> None:
    """A UserError shows its message; anything else is logged and the user gets a short apology."""
    if isinstance(exc, UserError):
        text = exc.full_message()
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        text = ("Maaf, terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman.\n"
                f"Rinciannya dicatat di {logs.log_file()}.")
    if _remember("error", text) is None:
        QMessageBox.critical(parent, title, text)

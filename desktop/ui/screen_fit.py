"""Windows and dialogs open inside the screen's free area (a 1024×600 netbook, a 1366×768 laptop with
its taskbar), at the size the clerk left them last time; content taller than a small screen scrolls.

Qt centres a dialog over its parent but not within the screen, and a dialog's remembered or default
size may be larger than this PC's screen: `fit` settles both in one place.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget

SIZE_KEY = "windows"  # QSettings group: one size per window key
FRAME = QSize(12, 36)  # title bar and borders a window manager draws around the client area
available_override: QRect | None = None  # tests: pretend the screen is a 1024×600 laptop


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The part of the screen windows may use (without taskbars)."""
    if available_override is not None:
        return QRect(available_override)
    screen = widget.screen() if widget is not None else None
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def clamp(widget: QWidget, size: QSize) -> QSize:
    """`size` made small enough that the window with its frame fits the free area."""
    area = available_geometry(widget)
    return QSize(max(200, min(size.width(), area.width() - FRAME.width())),
                 max(150, min(size.height(), area.height() - FRAME.height())))


def place(widget: QWidget) -> None:
    """Centre over the parent window (or the screen), entirely inside the free area."""
    area = available_geometry(widget)
    parent = widget.parentWidget().window() if widget.parentWidget() is not None else None
    centre = parent.frameGeometry().center() if parent is not None and parent.isVisible() else area.center()
    width, height = widget.width() + FRAME.width(), widget.height() + FRAME.height()
    x = max(area.left(), min(centre.x() - width // 2, area.right() + 1 - width))
    y = max(area.top(), min(centre.y() - height // 2, area.bottom() + 1 - height))
    QWidget.move(widget, x, y)  # (a dialog may have its own move(), e.g. a column up/down)


def fit(widget: QWidget, key: str, default: tuple[int, int] | None = None) -> None:
    """Give a window its remembered size (else `default`, else what its content asks for), never more
    than the screen, placed inside it; a dialog's size is remembered when it closes."""
    saved = QSettings().value(f"{SIZE_KEY}/{key}")
    if isinstance(saved, QSize) and saved.isValid():
        size = saved
    elif default is not None:
        size = QSize(*default)
    else:
        size = widget.sizeHint()
    QWidget.resize(widget, clamp(widget, size))
    place(widget)
    if isinstance(widget, QDialog):
        widget.finished.connect(lambda _result: remember(widget, key))


def remember(widget: QWidget, key: str) -> None:
    QSettings().setValue(f"{SIZE_KEY}/{key}", widget.size())


def fit_inside(widget: QWidget) -> None:
    """A window restored elsewhere (another monitor, a bigger screen) is brought back inside this one."""
    size = clamp(widget, widget.size())
    if size != widget.size():
        QWidget.resize(widget, size)
    frame = widget.frameGeometry()
    if not available_geometry(widget).contains(frame):
        place(widget)


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: on a small screen it scrolls instead of pushing buttons off."""
    area = QScrollArea()
    area.setObjectName(f"scroll_{content.objectName()}" if content.objectName() else "")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area

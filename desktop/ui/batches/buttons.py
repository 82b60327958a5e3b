"""Push buttons the batch screens keep by key (to enable them by state; tests click them by key)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton


def keyed_button(buttons: dict[str, QPushButton], prefix: str, key: str, text: str,
                 slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(f"{prefix}_{key}")
    button.clicked.connect(lambda _checked=False: slot())
    buttons[key] = button
    return button

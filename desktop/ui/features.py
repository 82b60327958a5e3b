"""The feature modules that fill the main window, in menu order. Each exposes install(window)."""
from __future__ import annotations

INSTALLERS: list = []

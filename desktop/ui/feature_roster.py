"""Window feature: roster (filled by its issue). install(window) adds pages and menu actions."""
from __future__ import annotations


def install(window) -> None:  # noqa: ANN001
    """Add this feature's pages and actions to the main window."""

"""CLI commands: importing (filled by its issue)."""
from __future__ import annotations

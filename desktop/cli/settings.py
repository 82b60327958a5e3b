"""CLI commands: settings (filled by its issue)."""
from __future__ import annotations

"""CLI commands: documents (filled by its issue)."""
from __future__ import annotations

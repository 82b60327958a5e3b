"""Backups with SQLite's online backup API (issue 9 extends this with rotation and restore).

`backup_before(db, reason)` is what every risky multi-row write (import, merge, batch answer,
migration) calls first.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop import paths
from desktop.db import Database, backup_to


def backup_before(db: Database, reason: str) -> Path:
    """Take a verified copy of the DB before `reason` (e.g. "impor"); returns the backup path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe = "".join(ch if ch.isalnum() else "-" for ch in reason.lower())[:30]
    return backup_to(db.path, paths.backups_dir(db.path) / f"sebelum-{safe}-{stamp}.sqlite")

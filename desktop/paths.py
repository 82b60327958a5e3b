"""Where things live: the user's data folder, the database file, the bundled resources.

The core decides paths from environment variables and platformdirs; the window may pass a folder
it got from QStandardPaths, but nothing here imports Qt.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "JamsosDesk"
DB_FILE_NAME = "jamsos.sqlite"


def resources_dir() -> Path:
    """resources/ beside the package, or inside a PyInstaller bundle."""
    override = os.environ.get("JAMSOS_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The per-user application-data folder (created on demand)."""
    override = os.environ.get("JAMSOS_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_db_path() -> Path:
    override = os.environ.get("JAMSOS_DB")
    return Path(override) if override else data_dir() / DB_FILE_NAME


def backups_dir(db_path: Path) -> Path:
    """Backups sit beside the database in a `cadangan` folder."""
    folder = db_path.resolve().parent / "cadangan"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_dir() -> Path:
    folder = data_dir() / "log"
    folder.mkdir(parents=True, exist_ok=True)
    return folder

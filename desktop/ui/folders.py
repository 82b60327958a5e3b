"""Where a file question starts: the folder last used for that task on this PC, else the user's
Documents folder — never the program's own folder (a relative start would open there)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

GROUP = "folders"


def documents() -> str:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())


def start_in(start: str = "", key: str | None = None) -> str:
    """`start` when it is an absolute path; else the task's last folder (or Documents), joined with
    `start` as a suggested file name."""
    if start and Path(start).is_absolute():
        return start
    last = str(QSettings().value(f"{GROUP}/{key}", "") or "") if key else ""
    folder = last if last and Path(last).is_dir() else documents()
    return str(Path(folder) / start) if start else folder


def remember(key: str | None, chosen: str | None) -> None:
    """After a choice: the folder of `chosen` is where this task starts next time."""
    if key and chosen:
        path = Path(chosen)
        QSettings().setValue(f"{GROUP}/{key}", str(path if path.is_dir() else path.parent))

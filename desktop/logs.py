"""Logging to a file in the data folder: bugs are recorded with their traceback there, not shown."""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop import paths

_configured = False


def log_file() -> Path:
    return paths.log_dir() / "jamsos.log"


def setup(level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file(), maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("desktop")
    root.addHandler(handler)
    root.setLevel(level)

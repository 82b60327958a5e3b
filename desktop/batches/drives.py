"""Removable drives (USB sticks) the export dialog offers as a destination.

Windows: drive letters whose type is DRIVE_REMOVABLE. Linux: what the desktop mounts under
/media/<user> or /run/media/<user>. macOS: /Volumes except the system disk.
"""
from __future__ import annotations

import getpass
import os
import string
import sys
from pathlib import Path

DRIVE_REMOVABLE = 2


def _windows() -> list[Path]:
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel.GetLogicalDrives()
    found = []
    for index, letter in enumerate(string.ascii_uppercase):
        root = f"{letter}:\\"
        if mask & (1 << index) and kernel.GetDriveTypeW(root) == DRIVE_REMOVABLE:
            found.append(Path(root))
    return found


def _mounted_under(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        if folder.is_dir():
            found += sorted(p for p in folder.iterdir() if p.is_dir() and os.access(p, os.W_OK))
    return found


def removable_drives() -> list[Path]:
    try:
        if sys.platform == "win32":
            return _windows()
        if sys.platform == "darwin":
            return [p for p in _mounted_under(Path("/Volumes")) if not p.is_symlink()]
        user = getpass.getuser()
        return _mounted_under(Path("/media") / user, Path("/run/media") / user)
    except OSError:
        return []  # a drive pulled while we look: offer none rather than fail

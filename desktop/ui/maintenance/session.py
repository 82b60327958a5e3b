"""The window's session: open the DB safely (local disk, one writer), back up at start and at close.

Used by desktop.ui.application: `open_for_window` before the window exists, `guard` right after.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop import backup, integrity, storage
from desktop.db import Database, open_database
from desktop.errors import UserError
from desktop.lock import LockHeld
from desktop.ui import messages

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MaintenanceSession", text)


def open_for_window(path: Path | None) -> Database | None:
    """Open for the window (holding the write lock, asking the app password if one is set);
    None when the user chose to stop."""
    from desktop.ui.maintenance.password_dialog import unlock
    db = _open(path)
    if db is not None and not unlock(db):
        db.close()
        return None
    return db


def _open(path: Path | None) -> Database | None:
    try:
        return open_database(path, exclusive=True)
    except storage.UnsafeLocation as exc:
        question = exc.message + "\n\n" + _tr("Salin basis data ke folder data lokal sekarang dan buka salinannya?")
        if not messages.confirm(None, _tr("Lokasi basis data tidak aman"), question,
                                yes=_tr("Salin dan buka"), no=_tr("Keluar")):
            return None
        try:
            copy = storage.copy_to_local(exc.path)
        except UserError as copy_error:
            messages.show_error(None, copy_error)
            return None
        messages.info(None, _tr("Basis data disalin"),
                      _tr("Basis data kini dipakai dari {0}. Berkas di lokasi lama tidak diubah lagi; "
                          "simpan atau hapus dengan aman.").format(copy))
        return _open(copy)
    except LockHeld as exc:
        question = exc.message + "\n\n" + _tr("Buka hanya-baca (melihat dan mencetak tanpa mengubah data)?")
        if not messages.confirm(None, _tr("Basis data sedang dipakai"), question,
                                yes=_tr("Buka hanya-baca"), no=_tr("Keluar")):
            return None
        return open_database(path, read_only=True)


def guard(window) -> None:  # noqa: ANN001 - MainWindow
    """Back up at the start (in the background) and check + back up at close."""
    db = window.db
    if db.read_only:
        return
    window.jobs.start(_tr("Cadangan awal sesi"), lambda _progress: backup.session_backup(db, "mulai"),
                      on_error=lambda exc: messages.warn(window, _tr("Cadangan awal sesi gagal"), str(exc)),
                      show_dialog=False)
    window.close_hooks.append(lambda: close_session(window))


def close_session(window) -> None:  # noqa: ANN001
    """At close: a quick integrity check, then the session backup (never over good copies if damaged)."""
    report = integrity.check(window.db, quick=True)
    if not report.ok:
        messages.warn(window, _tr("Basis data rusak"), report.describe() + "\n\n" + _tr(
            "Cadangan lama tidak diganti. Saat membuka lagi, pilih Berkas → Periksa basis data."))
        return
    try:
        backup.session_backup(window.db, "tutup")
    except UserError as exc:
        messages.warn(window, _tr("Cadangan akhir sesi gagal"), exc.full_message())

"""Berkas → Periksa basis data: the check runs off the UI thread; a damaged DB gets a repair offer."""
from __future__ import annotations

from desktop import integrity
from desktop.ui import messages


def check_database(window) -> None:  # noqa: ANN001 - MainWindow
    def done(report: integrity.IntegrityReport) -> None:
        if report.ok:
            messages.info(window, window.tr("Periksa basis data"), report.describe())
            return
        if window.db.read_only:
            messages.warn(window, window.tr("Basis data rusak"), report.describe())
            return
        if messages.confirm(window, window.tr("Basis data rusak"), report.describe(),
                            yes=window.tr("Perbaiki"), no=window.tr("Nanti")):
            repair(window)
    window.jobs.start(window.tr("Memeriksa basis data…"), lambda _progress: integrity.check(window.db), done,
                      parent_widget=window)


def repair(window) -> None:  # noqa: ANN001
    def done(result: integrity.RepairReport) -> None:
        window.data_changed()
        show = messages.info if result.after.ok else messages.warn
        show(window, window.tr("Perbaikan basis data"), result.describe())
    window.jobs.start(window.tr("Memperbaiki basis data…"), lambda progress: integrity.repair(window.db, progress),
                      done, parent_widget=window)

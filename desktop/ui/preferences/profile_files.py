"""Export and import of the organisation profile (a JSON file without personal data) from the
settings dialog, the first-run wizard and the menu."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop import profile
from desktop.db import Database
from desktop.errors import UserError
from desktop.operations import settings as settings_ops
from desktop.ui import folders, messages


class ProfileFiles(QObject):
    """Export and import of the organisation profile from the dialog, the wizard and the menu."""

    def __init__(self, db: Database, parent: QWidget, on_changed: Callable[[], None] = lambda: None):
        super().__init__(parent)
        self.db = db
        self.parent_ = parent
        self.on_changed = on_changed

    @staticmethod
    def folder() -> str:
        return str(QSettings().value("folders/profile", "") or folders.documents())

    def export(self) -> Path | None:
        target, _ = QFileDialog.getSaveFileName(self.parent_, self.tr("Ekspor profil organisasi"),
                                                str(Path(self.folder()) / "profil-organisasi.json"),
                                                self.tr("Profil Jamsos Desk (*.json)"))
        return self.export_to(Path(target).with_suffix(".json")) if target else None

    def export_to(self, target: Path) -> Path | None:
        QSettings().setValue("folders/profile", str(target.parent))
        try:
            summary = settings_ops.export_profile(self.db, target).value
        except UserError as exc:
            messages.show_error(self.parent_, exc)
            return None
        messages.info(self.parent_, self.tr("Profil disimpan"),
                      self.tr("Profil organisasi disimpan ke {0} ({1}). Berkas ini tidak berisi data pribadi.")
                      .format(target, summary.describe()))
        return target

    def choose_and_import(self) -> bool:
        source, _ = QFileDialog.getOpenFileName(self.parent_, self.tr("Impor profil organisasi"), self.folder(),
                                                self.tr("Profil Jamsos Desk (*.json)"))
        return self.import_from(Path(source)) if source else False

    def import_from(self, source: Path) -> bool:
        QSettings().setValue("folders/profile", str(source.parent))
        try:
            profile.read_profile(source)
            if not messages.confirm(self.parent_, self.tr("Impor profil"), self.tr(
                    "Terapkan profil dari {0}? Pengaturan organisasi, templat dan preset diganti dengan isi "
                    "profil; data anggota tidak berubah. Cadangan dibuat dulu.").format(source.name)):
                return False
            summary = settings_ops.import_profile(self.db, source).value
        except UserError as exc:
            messages.show_error(self.parent_, exc, self.tr("Profil tidak diterapkan"))
            return False
        self.on_changed()
        messages.info(self.parent_, self.tr("Profil diterapkan"),
                      self.tr("Diterapkan: {0}.").format(summary.describe()))
        return True

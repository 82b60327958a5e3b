"""Berkas → Cadangkan sekarang… and Pulihkan dari cadangan… (a list with dates and counts)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop import backup
from desktop.errors import UserError
from desktop.ui import folders, messages, screen_fit

FOLDER_KEY = "maintenance/backup_folder"


def choose_folder(parent: QWidget, title: str, start: str) -> str | None:
    """The folder question (tests replace this function)."""
    return QFileDialog.getExistingDirectory(parent, title, start) or None


def choose_file(parent: QWidget, title: str, start: str) -> str | None:
    return QFileDialog.getOpenFileName(parent, title, start, "Cadangan Jamsos Desk (*.sqlite)")[0] or None


def backup_now(window) -> None:  # noqa: ANN001 - MainWindow
    store = QSettings()
    folder = choose_folder(window, window.tr("Pilih folder atau flashdisk untuk cadangan"),
                           str(store.value(FOLDER_KEY, "") or folders.documents()))
    if not folder:
        return
    store.setValue(FOLDER_KEY, folder)

    def done(info: backup.BackupInfo) -> None:
        messages.info(window, window.tr("Cadangan dibuat"), window.tr(
            "Cadangan tersimpan di {0}\n({1}).\n\nBerkas ini memuat seluruh data pribadi anggota: simpan di "
            "tempat terkunci dan jangan dibagikan.").format(info.path, info.describe()))
        window.data_changed()
    window.jobs.start(window.tr("Membuat cadangan…"), lambda _progress: backup.backup_now(window.db, Path(folder)),
                      done, parent_widget=window)


class RestoreDialog(QDialog):
    """The automatic backups, newest first, with date, kind and number of persons; or a file elsewhere."""

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        screen_fit.fit(self, "restore", (720, 420))
        intro = QLabel(self.tr("Pilih cadangan yang akan dipulihkan. Keadaan sekarang dicadangkan dulu, dan catatan "
                               "pemrosesan tidak ikut mundur. Orang yang sudah dihapus atas permintaannya tetap "
                               "terhapus."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backup_table")
        self.table.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Jenis"), self.tr("Orang"), self.tr("Ukuran")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.accept)
        other = QPushButton(self.tr("Berkas lain…"))
        other.clicked.connect(self._choose_other)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Pulihkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(other)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.infos: list[backup.BackupInfo] = []
        self.load(backup.automatic_backups(window.db))

    def load(self, infos: list[backup.BackupInfo]) -> None:
        self.infos = infos
        self.table.setRowCount(len(infos))
        for row, info in enumerate(infos):
            persons = "-" if info.persons is None else f"{info.persons:,}".replace(",", ".")
            cells = [f"{info.taken_at:%d-%m-%Y %H.%M}", info.kind_label, persons, f"{info.size / 1e6:.1f} MB"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        for column in (0, 2, 3):
            self.table.resizeColumnToContents(column)
        if infos:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(infos))

    def _choose_other(self) -> None:
        chosen = choose_file(self, self.tr("Pilih berkas cadangan"), str(QSettings().value(FOLDER_KEY, "") or folders.documents()))
        if not chosen:
            return
        try:
            self.load([backup.inspect(Path(chosen))])
        except UserError as exc:
            messages.show_error(self, exc)

    def selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None


def restore(window) -> None:  # noqa: ANN001
    dialog = RestoreDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.selected() is None:
        return
    info = dialog.selected()
    if not messages.confirm(window, window.tr("Pulihkan dari cadangan"), window.tr(
            "Ganti seluruh data dengan cadangan {0}?\n\nKeadaan sekarang dicadangkan dulu di folder {1}.").format(
            info.describe(), backup.folder_of(window.db))):
        return

    def done(result: backup.RestoreResult) -> None:
        window.data_changed()
        messages.info(window, window.tr("Pemulihan selesai"), result.describe())
    window.jobs.start(window.tr("Memulihkan dari cadangan…"), lambda progress: backup.restore(
        window.db, info.path, progress), done, parent_widget=window)

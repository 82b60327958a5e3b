"""Small dialogs of the import feature: past imports with their problem lists, merging two persons."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

from desktop.backup import backup_before
from desktop.importing.header import KINDS
from desktop.importing.merge import merge_persons
from desktop.importing.runs import list_runs, run_report
from desktop.models import Person
from desktop.ui import messages


class RunsDialog(QDialog):
    """Who imported which file when, with what result; the problems kept with each run."""

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.db = window.db
        self.setWindowTitle(self.tr("Riwayat impor"))
        self.resize(860, 520)
        with self.db.read() as session:
            self.runs = list_runs(session, 200)
        self.table = QTableWidget(len(self.runs), 6)
        self.table.setObjectName("import_runs")
        self.table.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Oleh"), self.tr("Jenis"), self.tr("Berkas"),
                                              self.tr("Hasil"), self.tr("Masih tertaut")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, run in enumerate(self.runs):
            result = self.tr("{a} baru, {u} diperbarui, {s} dilewati, {r} ditolak").format(
                a=run.added, u=run.updated, s=run.skipped, r=run.rejected)
            kind = self.tr(KINDS.get(run.kind, run.kind))
            for column, value in enumerate((f"{run.at:%d-%m-%Y %H:%M}", run.actor, kind, run.file_name, result,
                                            str(run.rows_linked))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("Pilih satu impor untuk melihat daftar masalahnya."))
        self.table.itemSelectionChanged.connect(self._show_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)

    def _show_report(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.runs):
            with self.db.read() as session:
                lines = run_report(session, self.runs[row].id)
            self.report.setPlainText("\n".join(lines) or self.tr("Tidak ada masalah."))


class MergeDialog(QDialog):
    """Two records of one person (e.g. a possible duplicate from an import): keep one, fold the other in."""

    def __init__(self, window, keep_id: int = 0, drop_id: int = 0):  # noqa: ANN001
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Gabungkan dua data orang"))
        self.keep, self.drop = QSpinBox(), QSpinBox()
        self.keep_name, self.drop_name = QLabel(), QLabel()
        for box, value in ((self.keep, keep_id), (self.drop, drop_id)):
            box.setRange(0, 2_000_000_000)
            box.setValue(value)
            box.valueChanged.connect(self._describe)
        self.keep.setObjectName("merge_keep")
        self.drop.setObjectName("merge_drop")
        form = QFormLayout()
        form.addRow(self.tr("Pertahankan id:"), self.keep)
        form.addRow("", self.keep_name)
        form.addRow(self.tr("Gabungkan lalu hapus id:"), self.drop)
        form.addRow("", self.drop_name)
        note = QLabel(self.tr("Kolom yang kosong pada data yang dipertahankan diisi dari data yang digabungkan. "
                              "Cadangan dibuat lebih dulu."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Gabungkan"))
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._describe()

    def _describe(self) -> None:
        with self.window_.db.read() as session:
            for box, label in ((self.keep, self.keep_name), (self.drop, self.drop_name)):
                person = session.get(Person, box.value()) if box.value() else None
                label.setText(f"{person.name} — NIK {person.nik or '(belum ber-NIK)'}" if person
                              else self.tr("(tidak ada)"))

    def merge(self) -> None:
        db, keep, drop = self.window_.db, self.keep.value(), self.drop.value()

        def run(_progress) -> list[str]:  # noqa: ANN001
            backup_before(db, "gabung")
            with db.write() as session:
                return merge_persons(session, keep, drop)

        def done(filled: list[str]) -> None:
            self.window_.data_changed()
            messages.info(self, self.tr("Digabungkan"), self.tr("Data id {drop} digabungkan ke id {keep}.").format(
                drop=drop, keep=keep))
            self.accept()

        self.window_.jobs.start(self.tr("Menggabungkan"), run, done, parent_widget=self)

"""The Batch page: batches with state and counts on the left, the chosen batch's persons on the right,
and the actions of a batch's life (new, check, export, read the answer, take persons out, cancel)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSplitter, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.batches import answer, check, lifecycle
from desktop.domain.dates_id import numeric_date
from desktop.domain.status import ITEM_LABELS
from desktop.errors import UserError
from desktop.operations import batches as batch_ops
from desktop.roster import queries
from desktop.ui import messages
from desktop.ui.batches import ask
from desktop.ui.batches.buttons import keyed_button
from desktop.ui.batches.dialogs import ExportDialog, NewBatchDialog
from desktop.ui.batches.items_model import ItemsModel
from desktop.vocabulary import BatchAction, batch_allows

LAST_FOLDER_KEY = "batches/last_folder"
# state and counts first: what the clerk looks for; the rest is reached by scrolling
LIST_COLUMNS = ("Nomor", "Status", "Orang", ITEM_LABELS["pending"], ITEM_LABELS["accepted"], ITEM_LABELS["had_kpj"],
                ITEM_LABELS["rejected"], "Periode", "Segmen", "Dibuat")


class BatchesPage(QWidget):
    SHOWS = {"persons", "batches", "settings"}  # what makes it refresh (MainWindow.data_changed)

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.window_ = window
        self.db = window.db
        self.dialog = None  # the open dialog, if any (tests reach it here)
        self.summaries: list[lifecycle.BatchSummary] = []
        self.batches = QTableWidget(0, len(LIST_COLUMNS))
        self.batches.setObjectName("batch_list")
        self.batches.setHorizontalHeaderLabels([self.tr(t) for t in LIST_COLUMNS])
        self.batches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batches.verticalHeader().hide()
        self.batches.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model = ItemsModel(self.db, self)
        self.items = QTableView()
        self.items.setObjectName("batch_items")
        self.items.setModel(self.model)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.verticalHeader().hide()
        self.items.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.items.setWordWrap(False)
        self.items.horizontalHeader().setStretchLastSection(True)
        self.items.setAlternatingRowColors(True)
        for column, width in enumerate((190, 140, 170, 90, 100, 320)):
            self.items.setColumnWidth(column, width)
        # what to fix right after the name: on a 1024-pixel screen it was scrolled out of sight at the end
        self.items.horizontalHeader().moveSection(5, 1)
        self.title = QLabel()
        self.title.setObjectName("batch_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("batch_status")
        self.status.setWordWrap(True)
        self.mask = QCheckBox(self.tr("Samarkan NIK"))
        self.mask.setChecked(True)
        self.mask.toggled.connect(self.model.set_masked)
        self.only_problems = QCheckBox(self.tr("Hanya yang bermasalah"))
        self.only_problems.setObjectName("batch_only_problems")
        self.only_problems.setToolTip(self.tr("Tampilkan hanya orang yang ditandai pemeriksaan terakhir"))
        self.only_problems.toggled.connect(self.model.set_only_problems)
        self.items.setSortingEnabled(True)
        self.items.horizontalHeader().setSortIndicatorShown(True)
        self.items.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # unit, then name
        self.buttons = {}
        self._layout()
        self.batches.itemSelectionChanged.connect(self._show_current)
        self.items.doubleClicked.connect(lambda _index: self.open_person())
        self.refresh()

    def _button(self, key: str, text: str, slot) -> QPushButton:  # noqa: ANN001
        return keyed_button(self.buttons, "batch", key, text, slot)

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Batch pendaftaran")))
        left_layout.addWidget(self.batches, 1)
        row = QHBoxLayout()
        row.addWidget(self._button("new", self.tr("Batch baru…"), self.new_batch))
        row.addWidget(self._button("cancel", self.tr("Batalkan batch"), self.cancel_batch))
        row.addStretch(1)
        left_layout.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.status)
        # two rows: the batch's life, then its persons (one row did not fit a 1024-pixel screen)
        actions = QHBoxLayout()
        actions.addWidget(self._button("check", self.tr("Periksa"), self.check_batch))
        actions.addWidget(self._button("export", self.tr("Ekspor…"), self.export_batch))
        actions.addWidget(self._button("berita_acara", self.tr("Berita acara…"), self.print_berita_acara))
        actions.addWidget(self._button("answer", self.tr("Baca jawaban kantor cabang…"), self.import_answer))
        actions.addStretch(1)
        actions.addWidget(self.mask)
        right_layout.addLayout(actions)
        persons = QHBoxLayout()
        persons.addWidget(self._button("person", self.tr("Ubah data orang…"), self.open_person))
        persons.addWidget(self._button("remove", self.tr("Keluarkan dari batch"), self.remove_selected))
        persons.addWidget(self._button("remove_flagged", self.tr("Keluarkan semua yang bermasalah"),
                                       self.remove_flagged))
        persons.addStretch(1)
        persons.addWidget(self.only_problems)
        right_layout.addLayout(persons)
        right_layout.addWidget(self.items, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 1000])  # the list scrolls sideways; the persons need the room
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """After any write: reload the list (keeping the chosen batch) and its persons."""
        chosen = self.current_id()
        with self.db.read() as session:
            self.summaries = lifecycle.list_batches(session)
        self.batches.blockSignals(True)
        self.batches.setRowCount(len(self.summaries))
        for row, b in enumerate(self.summaries):
            values = [b.number, self.tr(b.state_label), b.persons, b.pending, b.accepted, b.had_kpj, b.rejected,
                      b.period_label, b.segment, numeric_date(b.created_at.date())]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.batches.setItem(row, column, item)
        self.batches.blockSignals(False)
        ids = [b.id for b in self.summaries]
        if chosen in ids:
            self.batches.selectRow(ids.index(chosen))
        elif ids:
            self.batches.selectRow(0)
        self._show_current()

    def current_id(self) -> int | None:
        current = self.current()
        return current.id if current else None

    def current(self) -> lifecycle.BatchSummary | None:
        rows = self.batches.selectionModel().selectedRows() if self.batches.selectionModel() else []
        if not rows or rows[0].row() >= len(self.summaries):
            return None
        return self.summaries[rows[0].row()]

    def select_batch(self, number: str) -> None:
        for row, b in enumerate(self.summaries):
            if b.number == number:
                self.batches.selectRow(row)

    def _show_current(self) -> None:
        b = self.current()
        self.model.load(b.id if b else None)
        if b is None:
            self.title.setText(self.tr("Belum ada batch. Buat batch dari daftar orang yang belum terdaftar."))
            self.status.setText("")
        else:
            self.title.setText(self.tr("Batch %1 — %2").replace("%1", b.number).replace("%2", self.tr(b.state_label)))
            text = self.tr("%1, bulan pertama %2, preset %3, disiapkan oleh %4.").replace("%1", b.segment) \
                .replace("%2", b.period_label).replace("%3", b.preset).replace("%4", b.prepared_by or "-")
            if b.export_path:
                text += " " + self.tr("Diekspor ke %1.").replace("%1", b.export_path)
            self.status.setText(text)
        state = b.state if b else None
        for action in BatchAction:  # the same rule the core checks (vocabulary.batch_allows)
            self.buttons[action.value].setEnabled(batch_allows(state, action))
        self.buttons["remove_flagged"].setEnabled(batch_allows(state, BatchAction.REMOVE) and bool(self.model.problems))
        self.buttons["berita_acara"].setEnabled(bool(b and b.export_path))
        for key in ("new", "check", "export", "answer", "remove", "remove_flagged", "cancel", "berita_acara"):
            if self.db.read_only:
                self.buttons[key].setEnabled(False)

    # -- actions ---------------------------------------------------------------------------
    def new_batch(self, person_ids: list[int] | None = None, flt: queries.PersonFilter | None = None) -> None:
        self.dialog = NewBatchDialog(self.db, self, person_ids=person_ids, flt=flt)
        self.dialog.accepted.connect(lambda d=self.dialog: self._create(d))
        self.dialog.open()

    def _create(self, dialog: NewBatchDialog) -> None:
        spec, flt, ids = dialog.spec(), dialog.person_filter(), dialog.person_ids

        def work(_progress):  # noqa: ANN001, ANN202
            return batch_ops.create(self.db, spec, flt=flt, person_ids=ids)

        def done(result) -> None:  # noqa: ANN001 - OpResult[CreatedBatch]
            number, added, skipped = result.value.batch.number, result.value.added, result.value.skipped
            self.window_.data_changed(result.changes)
            self.select_batch(number)
            text = self.tr("Batch %1 dibuat dengan %2 orang.").replace("%1", number).replace("%2", str(added))
            if skipped:
                text += " " + self.tr("%1 orang dilewati (sudah terdaftar, ada di batch lain, atau segmen/program "
                                      "lain).").replace("%1", str(skipped))
            messages.info(self, self.tr("Batch baru"), text + " " + self.tr("Langkah berikutnya: Periksa."))

        self.window_.jobs.start(self.tr("Membuat batch…"), work, done, parent_widget=self)

    def check_batch(self) -> None:
        b = self.current()
        if b is None:
            return

        def work(progress):  # noqa: ANN001, ANN202
            return batch_ops.check(self.db, b.id, progress)

        def done(done_op) -> None:  # noqa: ANN001 - OpResult[check.CheckResult]
            result: check.CheckResult = done_op.value
            self.window_.data_changed(done_op.changes)
            self.model.set_problems({p.person_id: "; ".join(p.messages) for p in result.problems})
            self._show_current()
            if result.ok:
                messages.info(self, self.tr("Periksa batch"), result.describe())
            else:  # every problem, in a scrolling list; NIKs masked as on the table
                messages.report(self, self.tr("Periksa batch"), result.headline() + "\n" + self.tr(
                    "Perbaiki datanya (klik dua kali baris kuning di tabel) atau pakai \"Keluarkan semua yang "
                    "bermasalah\", lalu periksa lagi."), "\n".join(result.problem_lines(masked=self.mask.isChecked())))

        self.window_.jobs.start(self.tr("Memeriksa batch…"), work, done, parent_widget=self)

    def export_batch(self) -> None:
        b = self.current()
        if b is None:
            return
        self.dialog = ExportDialog(b.number, self, last_folder=str(QSettings().value(LAST_FOLDER_KEY, "") or ""))
        self.dialog.accepted.connect(lambda d=self.dialog, n=b.number: self._export(n, d))
        self.dialog.open()

    def _export(self, number: str, dialog: ExportDialog) -> None:
        folder, password = Path(dialog.folder()), dialog.chosen_password()
        lock_xlsx, with_pdf = dialog.lock.isChecked(), dialog.pdf.isChecked()
        QSettings().setValue(LAST_FOLDER_KEY, str(folder))

        def work(progress):  # noqa: ANN001, ANN202
            return batch_ops.export(self.db, number, folder, password=password if lock_xlsx else None,
                                    pdf_password=password if with_pdf else None, progress=progress)

        def done(result) -> None:  # noqa: ANN001 - OpResult[ExportResult]
            self.window_.data_changed(result.changes)
            messages.info(self, self.tr("Ekspor batch"), result.value.describe())

        self.window_.jobs.start(self.tr("Mengekspor batch %1…").replace("%1", number), work, done, parent_widget=self)

    def print_berita_acara(self) -> None:
        from desktop.batches.berita_acara import print_berita_acara
        b = self.current()
        if b is None or not b.export_path:
            return
        from desktop.ui.documents.dialogs import BeritaAcaraDialog
        dialog = BeritaAcaraDialog(self.db, self)
        if dialog.exec() != BeritaAcaraDialog.DialogCode.Accepted:
            return
        options = dialog.request()
        # the file name carries the letter number printed inside it
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in options.number) or b.number
        path = ask.save_file(self, self.tr("Simpan berita acara"), self.tr("PDF (*.pdf)"),
                             str(Path(b.export_path).with_name(f"berita-acara-{safe}.pdf")))
        if not path:
            return

        def done(printed) -> None:  # noqa: ANN001
            messages.info(self, self.tr("Berita acara"), self.tr("Berita acara %1 disimpan ke %2. Cetak dua "
                                                                  "rangkap: untuk organisasi dan kantor cabang.")
                          .replace("%1", printed.doc_id).replace("%2", str(printed.path)))

        self.window_.jobs.start(self.tr("Membuat berita acara…"), lambda _p: print_berita_acara(self.db, b.id, path, options=options),
                                done, parent_widget=self)

    def import_answer(self) -> None:
        b = self.current()
        if b is None:
            return
        path = ask.open_file(self, self.tr("Jawaban kantor cabang untuk batch %1").replace("%1", b.number),
                             self.tr("Lembar kerja (*.xlsx *.xls *.ods)"))
        if not path:
            return

        def work(progress):  # noqa: ANN001, ANN202
            return batch_ops.answer(self.db, b.id, Path(path), progress=progress)

        def done(result) -> None:  # noqa: ANN001 - OpResult[AnswerReport]
            report: answer.AnswerReport = result.value
            self.window_.data_changed(result.changes)
            show = messages.warn if report.unmatched or report.flagged else messages.info
            show(self, self.tr("Jawaban kantor cabang"), report.describe())

        self.window_.jobs.start(self.tr("Membaca jawaban kantor cabang…"), work, done, parent_widget=self)

    def open_person(self) -> None:
        """Fix what the check found in the person editor of the roster (then check the batch again)."""
        index = self.items.currentIndex()
        roster = getattr(self.window_, "roster", None)
        if index.isValid() and roster is not None:
            roster.edit_person(self.model.ids[index.row()])

    def remove_selected(self) -> None:
        b = self.current()
        rows = sorted({index.row() for index in self.items.selectionModel().selectedRows()})
        ids = [self.model.ids[r] for r in rows if r < len(self.model.ids)]
        if b is None or not ids:
            messages.info(self, self.tr("Keluarkan dari batch"), self.tr("Pilih dulu orang di tabel batch."))
            return
        if not messages.confirm(self, self.tr("Keluarkan dari batch"), self.tr(
                "Keluarkan %1 orang dari batch %2? Mereka dapat dimasukkan ke batch lain nanti.")
                .replace("%1", str(len(ids))).replace("%2", b.number)):
            return
        self._write(lambda: batch_ops.remove_persons(self.db, b.id, ids))

    def remove_flagged(self) -> None:
        """Take out, in one step, every person the last check flagged (they can join a later batch)."""
        b = self.current()
        ids = list(self.model.problems)
        if b is None or not ids:
            messages.info(self, self.tr("Keluarkan yang bermasalah"), self.tr("Periksa batch dulu; belum ada orang "
                                                                             "yang ditandai bermasalah."))
            return
        if not messages.confirm(self, self.tr("Keluarkan yang bermasalah"), self.tr(
                "Keluarkan %1 orang yang bermasalah dari batch %2? Mereka dapat dimasukkan ke batch lain setelah "
                "datanya diperbaiki.").replace("%1", str(len(ids))).replace("%2", b.number)):
            return
        self.model.problems = {}
        self.only_problems.setChecked(False)
        self._write(lambda: batch_ops.remove_persons(self.db, b.id, ids))

    def cancel_batch(self) -> None:
        b = self.current()
        if b is None or not messages.confirm(self, self.tr("Batalkan batch"), self.tr(
                "Batalkan batch %1? Orang yang belum dijawab kantor cabang dapat masuk batch baru.")
                .replace("%1", b.number)):
            return
        self._write(lambda: batch_ops.cancel(self.db, b.id))

    def _write(self, operation) -> None:  # noqa: ANN001 - () -> OpResult
        """A short operation on the GUI thread (one small transaction); its UserError is shown, not raised."""
        try:
            result = operation()
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self.window_.data_changed(result.changes)

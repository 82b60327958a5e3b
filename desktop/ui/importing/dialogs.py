"""Small dialogs of the import feature: past imports with their problem lists, merging two persons."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHeaderView,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.domain import dates_id
from desktop.domain.nik import mask_nik
from desktop.errors import UserError
from desktop.importing.merge import MergePlan, duplicate_candidates, plan_lines, plan_merge
from desktop.importing.runs import list_runs, run_report
from desktop.operations import persons as person_ops
from desktop.vocabulary import ImportKind
from desktop.roster import queries
from desktop.ui import messages, screen_fit


class RunsDialog(QDialog):
    """Who imported which file when, with what result; the problems kept with each run."""

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.db = window.db
        self.setWindowTitle(self.tr("Riwayat impor"))
        screen_fit.fit(self, "import_runs", (860, 520))
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
            result = self.tr("{a} baru, {u} diperbarui, {s} dilewati (sudah ada/duplikat), {r} ditolak").format(
                a=run.added, u=run.updated, s=run.skipped, r=run.rejected)
            kind = self.tr(ImportKind(run.kind).label)
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


DIFFERS = QBrush(QColor("#fff1c7"))  # the two records disagree on this field
FILLED = QBrush(QColor("#dcf1d8"))  # the kept record takes the other's value
SEARCH_DELAY_MS = 250
PICK_LIMIT = 30


def merge_pair(window) -> tuple[int | None, int | None]:  # noqa: ANN001
    """The two persons to propose from the roster's selection: two rows → both, the earlier made
    (lower id) kept; one row → it and the record that may be the same person (merge.duplicate_candidates)."""
    roster = getattr(window, "roster", None)
    ids = roster.table.selected_ids() if roster is not None and not roster.filters.trash.isChecked() else []
    if len(ids) == 1:
        with window.db.read() as session:
            ids += duplicate_candidates(session, ids[0])[:1]
    if len(ids) == 2:
        return min(ids), max(ids)
    return (ids[0] if ids else None), None


class PersonPicker(QWidget):
    """One side of the merge: a person found by name or NIK (or given by the roster's selection)."""

    changed = Signal()

    def __init__(self, db, masked: bool, name: str, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.db, self.masked = db, masked
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}_search")
        self.search.setPlaceholderText(self.tr("Cari nama atau NIK…"))
        self.search.setClearButtonEnabled(True)
        self.choice = QComboBox()
        self.choice.setObjectName(f"{name}_choice")
        self.choice.setMinimumWidth(340)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.find)
        self.search.textEdited.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self.find)
        self.choice.currentIndexChanged.connect(lambda _index: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.choice)

    def person_id(self) -> int | None:
        return self.choice.currentData()

    def set_person(self, person_id: int | None) -> None:
        self._fill([person_id] if person_id else [])

    def find(self) -> None:
        """Persons whose name, NIK, KPJ or phone matches (the roster's own search, in SQL)."""
        self.timer.stop()
        term = self.search.text().strip()
        if not term:
            return
        with self.db.read() as session:
            ids = queries.person_ids(session, queries.PersonFilter(search=term), limit=PICK_LIMIT)
        self._fill(ids)
        if not ids:
            self.choice.addItem(self.tr("(tidak ada yang cocok)"), None)

    def _fill(self, ids: list[int]) -> None:
        with self.db.read() as session:
            rows = queries.rows_for(session, ids)
        self.choice.blockSignals(True)
        self.choice.clear()
        for pid in ids:
            if pid in rows:
                self.choice.addItem(self._describe(rows[pid]), pid)
        self.choice.blockSignals(False)
        self.changed.emit()

    def _describe(self, row: queries.PersonRow) -> str:
        nik = (mask_nik(row.nik) if self.masked else row.nik) if row.nik else self.tr("belum ber-NIK")
        born = dates_id.numeric_date(row.birth_date) if row.birth_date else "-"
        return f"{row.name} · {nik} · {born} · {row.unit or '-'} (id {row.id})"


class MergeDialog(QDialog):
    """Two records of one person (e.g. a possible duplicate from an import), side by side: what each
    holds, what differs, and what the kept one will hold after the merge (merge.plan_merge)."""

    def __init__(self, window, keep_id: int | None = None, drop_id: int | None = None):  # noqa: ANN001
        super().__init__(window)
        self.window_ = window
        self.plan: MergePlan | None = None
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Gabungkan dua data orang"))
        screen_fit.fit(self, "merge", (960, 620))
        roster = getattr(window, "roster", None)
        self.masked = bool(roster is not None and roster.model.masked)
        self.keep = PersonPicker(window.db, self.masked, "merge_keep", self)
        self.drop = PersonPicker(window.db, self.masked, "merge_drop", self)
        self.swap_button = QPushButton(self.tr("⇄ &Tukar"))
        self.swap_button.setObjectName("merge_swap")
        self.swap_button.setToolTip(self.tr("Pertahankan data yang lain"))
        self.swap_button.clicked.connect(self.swap)
        pickers = QGridLayout()
        pickers.addWidget(QLabel(self.tr("<b>Dipertahankan</b>")), 0, 0)
        pickers.addWidget(QLabel(self.tr("<b>Digabungkan lalu dihapus</b>")), 0, 2)
        pickers.addWidget(self.keep, 1, 0)
        pickers.addWidget(self.swap_button, 1, 1, Qt.AlignmentFlag.AlignBottom)
        pickers.addWidget(self.drop, 1, 2)
        pickers.setColumnStretch(0, 1)
        pickers.setColumnStretch(2, 1)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("merge_fields")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.nik_choice: QComboBox | None = None
        self.message = QLabel()
        self.message.setObjectName("merge_message")
        self.message.setWordWrap(True)
        note = QLabel(self.tr("Kuning: isinya berbeda. Hijau: kolom yang kosong pada data yang dipertahankan diisi "
                              "dari data yang digabungkan. Program, batch dan klaim ikut pindah. Cadangan dibuat "
                              "lebih dulu."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Gabungkan"))
        self.merge_button.setEnabled(not window.db.read_only)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.keep.set_person(keep_id)
        self.drop.set_person(drop_id)
        self.keep.changed.connect(self.show_plan)
        self.drop.changed.connect(self.show_plan)
        self.show_plan()

    def swap(self) -> None:
        keep, drop = self.keep.person_id(), self.drop.person_id()
        self.keep.set_person(drop)
        self.drop.set_person(keep)  # each picker's `changed` shows the plan again

    def chosen_nik(self) -> str | None:
        return self.nik_choice.currentData() if self.nik_choice is not None else None

    def show_plan(self) -> None:
        """Both records side by side, and the outcome; a reason instead when they cannot be merged."""
        keep, drop = self.keep.person_id(), self.drop.person_id()
        self.plan, self.nik_choice = None, None
        self.table.setRowCount(0)
        self.table.setHorizontalHeaderLabels([
            self.tr("Kolom"), self.tr("Dipertahankan (id {id})").format(id=keep) if keep else self.tr("Dipertahankan"),
            self.tr("Digabungkan (id {id})").format(id=drop) if drop else self.tr("Digabungkan"),
            self.tr("Hasil setelah digabung")])
        if not keep or not drop:
            self.message.setText(self.tr("Pilih dua data orang: cari nama atau NIK, atau pilih dua baris di "
                                         "Daftar Orang lalu buka menu ini lagi."))
            self._ready()
            return
        try:
            with self.window_.db.read() as session:
                self.plan = plan_merge(session, keep, drop)
                lines = plan_lines(session, self.plan, masked=self.masked)
        except UserError as exc:
            self.message.setText(exc.message)
            self._ready()
            return
        self.table.setRowCount(len(lines))
        bold = QFont(self.font())
        bold.setBold(True)
        status = self.window_.roster.model.status_label if hasattr(self.window_, "roster") else str
        for row, line in enumerate(lines):
            texts = (line.keep, line.drop, line.result)
            if line.field == "status":
                texts = tuple(status(text) for text in texts)
            for column, text in enumerate((self.tr(line.label), *texts)):
                item = QTableWidgetItem(text)
                if line.differs:
                    item.setBackground(DIFFERS)
                if column == 3 and line.filled:
                    item.setBackground(FILLED)
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        notes = []
        if self.plan.nik_conflict:
            self._ask_nik(lines)
            notes.append(self.tr("NIK kedua data berbeda. Periksa KTP/KK, lalu pilih NIK yang benar untuk data "
                                 "gabungannya; NIK yang lain dibuang."))
        if self.plan.cleared:
            notes.append(self.tr("Peringatan \"mungkin orang yang sama\" pada data yang dipertahankan dihapus "
                                 "setelah digabung."))
        if self.plan.drop_status not in ("belum", self.plan.keep_status):  # the status stays the kept one's
            notes.append(self.tr("Status data yang digabungkan ({status}) tidak ikut pindah; tekan Tukar bila "
                                 "status itu yang benar.").format(status=status(self.plan.drop_status)))
        self.message.setText("\n".join(notes))
        self._ready()

    def _ask_nik(self, lines) -> None:  # noqa: ANN001
        """Both hold a NIK and they differ: the clerk says which one is right before merging."""
        nik = self.plan.get("nik")
        self.nik_choice = QComboBox()
        self.nik_choice.setObjectName("merge_nik")
        self.nik_choice.addItem(self.tr("(pilih NIK yang benar)"), None)
        for value, label in ((nik.keep, self.tr("dipertahankan")), (nik.drop, self.tr("digabungkan"))):
            self.nik_choice.addItem(f"{mask_nik(value) if self.masked else value} ({label})", value)
        self.nik_choice.currentIndexChanged.connect(self._ready)
        row = next(i for i, line in enumerate(lines) if line.field == "nik")
        self.table.setCellWidget(row, 3, self.nik_choice)

    def _ready(self) -> None:
        usable = self.plan is not None and (not self.plan.nik_conflict or self.chosen_nik() is not None)
        self.merge_button.setEnabled(usable and not self.window_.db.read_only)

    def merge(self) -> None:
        if self.plan is None or not self.merge_button.isEnabled():
            return
        db, keep, drop, nik = self.window_.db, self.plan.keep_id, self.plan.drop_id, self.chosen_nik()

        def run(_progress):  # noqa: ANN001, ANN202
            return person_ops.merge(db, keep, drop, nik=nik)

        def done(result) -> None:  # noqa: ANN001 - OpResult[list[str]]
            self.window_.data_changed(result.changes)
            messages.info(self, self.tr("Digabungkan"), self.tr("Data id {drop} digabungkan ke id {keep}.").format(
                drop=drop, keep=keep))
            self.accept()

        self.window_.jobs.start(self.tr("Menggabungkan"), run, done, parent_widget=self)

"""The main page: unit tree on the left, filter bar, the persons table and its count."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from desktop.operations import OpResult, persons as person_ops, units as unit_ops
from desktop.roster import history, lookups
from desktop.ui import messages
from desktop.ui.home import thousands
from desktop.ui.roster.filters import FilterBar
from desktop.ui.roster.persons_model import COLUMNS, DEFAULT_HIDDEN, PersonsModel, sort_column
from desktop.ui.roster.unit_tree import UnitTree

HIDDEN_KEY = "roster/hidden_columns"
MASKED_KEY = "roster/masked"
SPLITTER_KEY = "roster/splitter"


class PersonsTable(QTableView):
    """The table: fixed row heights (cheap on 100k rows), Enter opens (Del is the Data menu's action,
    bound to this widget)."""

    open_requested = Signal()

    def __init__(self, model: PersonsModel, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("persons_table")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for index, column in enumerate(COLUMNS):
            self.setColumnWidth(index, column.width)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._keep_indicator_on_sortable)
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)  # the actions features add to the table

    def _keep_indicator_on_sortable(self, section: int, _order: Qt.SortOrder) -> None:
        model: PersonsModel = self.model()
        if COLUMNS[section].sort is None:  # e.g. Program: put the arrow back where the sort really is
            header = self.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(sort_column(model.sort_key), Qt.SortOrder.DescendingOrder
                                    if model.descending else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)

    def selected_ids(self) -> list[int]:
        model: PersonsModel = self.model()
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [pid for pid in (model.id_at(row) for row in rows) if pid is not None]


def _step_of(result: OpResult[person_ops.BulkEdited]) -> OpResult[history.Step]:
    return OpResult(result.value.step, result.changes)


class PersonsPage(QWidget):
    # the Changes flags that make this page refresh (MainWindow.data_changed)
    SHOWS = {"persons", "units", "institutions", "batches", "settings"}

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.window_ = window
        self.db = window.db
        self.history = history.History()
        self.editor = None  # the open person editor, if any (tests reach it here)
        self.undo_action = None  # the Data menu's Urungkan, named after the step it takes back
        self.model = PersonsModel(self.db, self, background=self.in_background)
        self.tree = UnitTree(self.db)
        self.filters = FilterBar(self.db, self.model.status_label)
        self.table = PersonsTable(self.model)
        self.count_label = QLabel()
        self.count_label.setObjectName("person_count")
        self.mask = QCheckBox(self.tr("Samarkan NIK/No. HP"))
        self.mask.setObjectName("mask_toggle")
        self.mask.setToolTip(self.tr("Untuk saat layar dilihat orang lain"))
        self.new_button = QPushButton(self.tr("Orang baru…"))
        self.open_button = QPushButton(self.tr("Buka…"))
        self.delete_button = QPushButton(self.tr("Hapus"))
        self.restore_button = QPushButton(self.tr("Pulihkan"))
        self.restore_button.setObjectName("restore_button")
        self._layout()
        self._restore_preferences()
        self.tree.unit_chosen.connect(lambda _unit: self.apply_filter())
        self.filters.changed.connect(self.apply_filter)
        self.mask.toggled.connect(self._set_masked)
        self.table.open_requested.connect(self.open_current)
        self.new_button.clicked.connect(self.new_person)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.model.modelReset.connect(self._show_count)
        self.table.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._column_menu)
        self.tree.refresh()
        self.filters.refresh()
        self.apply_filter()

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree)
        unit_buttons = QHBoxLayout()
        self.unit_buttons = []
        for text, slot in ((self.tr("Unit baru…"), self.new_unit), (self.tr("Ubah unit…"), self.edit_unit),
                           (self.tr("Hapus unit"), self.delete_unit)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            unit_buttons.addWidget(button)
            self.unit_buttons.append(button)
        left_layout.addLayout(unit_buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.filters)
        right_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.mask)
        for button in (self.new_button, self.open_button, self.delete_button, self.restore_button):
            bottom.addWidget(button)
        for button in (self.new_button, self.delete_button, self.restore_button, *self.unit_buttons):
            button.setEnabled(not self.db.read_only)  # opened read-only: look, do not touch
        right_layout.addLayout(bottom)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 966])  # 400: "PC Muslimat NU Kab. Mojokerto" stays whole on a 1024 screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

    def in_background(self, fn, done) -> None:  # noqa: ANN001
        self.window_.jobs.start(self.tr("Memuat daftar"), lambda _progress: fn(), done, parent_widget=self,
                                show_dialog=False)

    # -- preferences (per PC) ----------------------------------------------------------------
    def _restore_preferences(self) -> None:
        store = QSettings()
        hidden = store.value(HIDDEN_KEY)
        hidden = set(hidden) if isinstance(hidden, list) else DEFAULT_HIDDEN if hidden is None else {hidden} - {""}
        for index, column in enumerate(COLUMNS):
            self.table.setColumnHidden(index, column.key in hidden)
        splitter = store.value(SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        masked = store.value(MASKED_KEY, False)
        self.mask.setChecked(masked in (True, "true"))
        self.model.set_masked(self.mask.isChecked())

    def save_layout(self) -> None:
        """At close (a hook of the window): the tree/table split for next time."""
        QSettings().setValue(SPLITTER_KEY, self.splitter.saveState())

    def _set_masked(self, masked: bool) -> None:
        self.model.set_masked(masked)
        QSettings().setValue(MASKED_KEY, masked)

    def _column_menu(self, pos) -> None:  # noqa: ANN001
        menu = QMenu(self)
        for index, column in enumerate(COLUMNS):
            action = menu.addAction(self.model.headerData(index, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(index))
            action.setEnabled(column.key != "name")  # the name always stays
            action.toggled.connect(lambda shown, i=index: self.show_column(i, shown))
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def show_column(self, index: int, shown: bool) -> None:
        """Show or hide a column and remember the choice on this PC."""
        self.table.setColumnHidden(index, not shown)
        hidden = [c.key for i, c in enumerate(COLUMNS) if self.table.isColumnHidden(i)]
        QSettings().setValue(HIDDEN_KEY, hidden or [""])

    # -- querying ---------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self.model.set_query(self.filters.person_filter(self.tree.current_unit()))
        self.restore_button.setVisible(self.filters.trash.isChecked())
        self.delete_button.setVisible(not self.filters.trash.isChecked())

    def _show_count(self) -> None:
        n = self.model.total
        text = self.tr("%1 orang cocok").replace("%1", thousands(n))
        if self.filters.trash.isChecked():
            text += self.tr(" (tempat sampah)")
        self.count_label.setText(text)

    def refresh(self) -> None:
        """After any write: requery, keeping the selected person and the scroll position."""
        selected = self.current_id()
        scroll = self.table.verticalScrollBar().value()
        self.tree.refresh()
        self.filters.refresh()
        self.model.reload()
        self.table.verticalScrollBar().setValue(scroll)
        if selected is not None:
            self.select_person(selected, scroll_to=False)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_person(self, person_id: int, *, scroll_to: bool = True) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        self.table.selectRow(row)
        if scroll_to:
            self.table.scrollTo(self.model.index(row, 0))
        return True

    # -- actions ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.window_.show_page("orang")
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def new_person(self) -> None:
        self.edit_person(None)

    def open_current(self) -> None:
        person_id = self.current_id()
        if person_id is not None:
            self.edit_person(person_id)

    def edit_person(self, person_id: int | None) -> None:
        from desktop.ui.roster.person_editor import PersonEditor
        self.editor = PersonEditor(self.db, person_id, self, default_unit=self.tree.current_unit())
        self.editor.saved.connect(self._after_save)
        self.editor.open()

    def _after_save(self, person_id: int, step: history.Step) -> None:
        self.push(step)
        self.window_.data_changed()
        self.select_person(person_id)

    def new_unit(self) -> None:
        self._unit_dialog(None)

    def edit_unit(self) -> None:
        unit_id = self.tree.current_unit()
        if unit_id is not None:
            self._unit_dialog(unit_id)

    def _unit_dialog(self, unit_id: int | None) -> None:
        from desktop.ui.roster.unit_editor import UnitEditor
        self.editor = UnitEditor(self.db, unit_id, self, parent_unit=self.tree.current_unit())
        self.editor.saved.connect(lambda _id: self.window_.data_changed())
        self.editor.open()

    def delete_unit(self) -> None:
        unit_id = self.tree.current_unit()
        if unit_id is None or not messages.confirm(self, self.tr("Hapus unit"), self.tr(
                "Hapus unit ini? Hanya unit tanpa anggota, lembaga dan unit di bawahnya yang dapat dihapus.")):
            return
        self.write(lambda: unit_ops.trash(self.db, unit_id))

    def delete_selected(self) -> None:
        ids = self.table.selected_ids()
        if not ids or self.filters.trash.isChecked():
            return
        if len(ids) == 1:
            question = self.tr("Pindahkan %1 ke tempat sampah? Dapat dipulihkan kapan saja.").replace(
                "%1", self._names(ids))
        else:
            question = self.tr("Pindahkan %1 orang ke tempat sampah? Dapat dipulihkan kapan saja.").replace(
                "%1", thousands(len(ids)))
        if not messages.confirm(self, self.tr("Hapus"), question):
            return
        self.write(lambda: person_ops.trash(self.db, ids))

    def bulk_edit(self) -> None:
        """Occupation, segment, payer or programmes for every selected person, in one step."""
        from desktop.ui.roster.bulk_dialog import BulkEditDialog
        ids = self.table.selected_ids()
        if not ids:
            messages.info(self, self.tr("Ubah sekaligus"), self.tr("Pilih dulu orangnya di tabel (Ctrl+A: semua yang "
                                                                  "tampil; Shift/Ctrl+klik: beberapa)."))
            return
        self.editor = BulkEditDialog(self.db, len(ids), self)
        self.editor.accepted.connect(lambda d=self.editor: self._bulk_write(ids, d.change()))
        self.editor.open()

    def _bulk_write(self, ids: list[int], change) -> None:  # noqa: ANN001 - bulk_edit.BulkChange
        """Off the GUI thread: every person is checked by the editor's rules (a second or more for hundreds)."""
        def work(_progress):  # noqa: ANN001, ANN202
            return _step_of(person_ops.bulk_edit(self.db, ids, change))  # the operation owns its transaction

        def done(result: OpResult[history.Step]) -> None:
            self.push(result.value)
            self.window_.data_changed(result.changes)
            self.window_.statusBar().showMessage(self.tr("%1 orang diubah sekaligus.").replace(
                "%1", thousands(len(ids))), 10_000)
        self.window_.jobs.start(self.tr("Mengubah %1 orang").replace("%1", thousands(len(ids))), work, done,
                                parent_widget=self)

    def intake_sheet(self) -> None:
        """The persons chosen (else all in the filter) lacking what a batch needs → a sheet for the PAC."""
        from desktop.ui.batches import ask
        ids = self.table.selected_ids()
        flt = self.filters.person_filter(self.tree.current_unit())
        target = ask.save_file(self, self.tr("Simpan lembar isian data kurang"), self.tr("Excel (*.xlsx)"),
                               "lembar-isian-data-kurang.xlsx", key="intake_sheet")
        if not target:
            return

        def work(_progress):  # noqa: ANN001, ANN202
            return person_ops.intake_sheet(self.db, target, person_ids=ids or None, flt=flt).value

        def done(count: int) -> None:
            messages.info(self, self.tr("Lembar isian"), self.tr(
                "Lembar isian untuk %1 orang disimpan ke %2. Kirim ke PAC; setelah diisi, impor kembali dengan "
                "pilihan \"Isi kolom yang masih kosong\".").replace("%1", thousands(count)).replace("%2", target))
        self.window_.jobs.start(self.tr("Menyimpan lembar isian"), work, done, parent_widget=self)

    def restore_selected(self) -> None:
        ids = self.table.selected_ids()
        if ids:
            names = self._names(ids)
            self.write(lambda: person_ops.restore(self.db, ids))
            self.window_.statusBar().showMessage(self.tr("Dipulihkan dari tempat sampah: %1").replace("%1", names),
                                                 10_000)

    def _names(self, ids: list[int], shown: int = 3) -> str:
        """"Siti Aminah" or "Siti Aminah, Umi Kulsum dan 5 orang lain" (for questions and reports)."""
        with self.db.read() as session:
            names = lookups.person_names(session, ids[:shown])
        text = ", ".join(names)
        if len(ids) > shown:
            text += self.tr(" dan %1 orang lain").replace("%1", thousands(len(ids) - shown))
        return text

    def write(self, operation) -> None:  # noqa: ANN001 - () -> OpResult[history.Step]
        """Run one undoable operation of the window (the institutions page uses it too) and keep its
        undo step; its error is shown, never raised."""
        try:
            result = operation()
        except Exception as exc:  # noqa: BLE001 - shown to the user (UserError) or logged (bug)
            messages.show_error(self, exc)
            return
        self.push(result.value)
        self.window_.data_changed(result.changes)

    def push(self, step: history.Step) -> None:
        self.history.push(step)
        self.name_undo()

    def name_undo(self) -> None:
        if self.undo_action is not None:
            label = self.history.last_label()
            self.undo_action.setText(self.tr("&Urungkan %1").replace("%1", label) if label else self.tr("&Urungkan"))
            self.undo_action.setEnabled(label is not None and not self.db.read_only)

    def undo(self) -> None:
        try:
            label = self.history.undo(self.db)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
            return
        self.name_undo()
        self.window_.data_changed()
        self.window_.statusBar().showMessage(self.tr("Diurungkan: %1").replace("%1", label), 5000)

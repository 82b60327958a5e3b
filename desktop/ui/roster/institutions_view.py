"""The institutions page: KB/TK/RA/TPQ/PAUD/Majelis Taklim with their staff from the persons table."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from desktop.operations import institutions as institution_ops
from desktop.roster import institutions, queries, units
from desktop.ui import messages
from desktop.ui.home import thousands
from desktop.ui.roster.persons_model import COLUMNS, PersonsModel

STAFF_COLUMNS = ("name", "nik", "phone", "status")


class InstitutionsPage(QWidget):
    SHOWS = {"institutions", "persons", "units"}  # what makes it refresh (MainWindow.data_changed)

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.window_ = window
        self.db = window.db
        self.editor = None
        self.search = QLineEdit()
        self.search.setObjectName("institution_search")
        self.search.setPlaceholderText(self.tr("Cari nama lembaga"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Semua jenis"), None)
        for kind in institutions.TYPES:
            self.kind.addItem(kind, kind)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("institutions_table")
        self.table.setHorizontalHeaderLabels([self.tr("Jenis"), self.tr("Nama"), self.tr("NPSN"), self.tr("Unit"),
                                              self.tr("Orang")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (2, 90), (3, 180), (4, 60)):
            self.table.setColumnWidth(column, width)
        self.staff_model = PersonsModel(self.db, self)
        self.staff = QTableView()
        self.staff.setObjectName("staff_table")
        self.staff.setModel(self.staff_model)
        self.staff.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff.verticalHeader().hide()
        self.staff.horizontalHeader().setStretchLastSection(True)
        for index, column in enumerate(COLUMNS):
            self.staff.setColumnHidden(index, column.key not in STAFF_COLUMNS)
            self.staff.setColumnWidth(index, min(column.width, 130))
        self.staff_label = QLabel()
        self._layout()
        self.search.textChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._show_staff)
        self.table.doubleClicked.connect(lambda _i: self.edit_institution())
        self.staff.doubleClicked.connect(self._open_staff)
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.kind, 1)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Lembaga baru…"), self.new_institution), (self.tr("Ubah…"), self.edit_institution),
                           (self.tr("Hapus"), self.delete_institution)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.staff_label)
        right_layout.addWidget(self.staff, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([650, 450])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        chosen = self.current_id()
        with self.db.read() as session:
            rows = institutions.list_institutions(session, search=self.search.text() or None,
                                                  type=self.kind.currentData())
            unit_names = {n.id: n.name for n in units.flatten(units.unit_tree(session))}
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row.type, row.name, row.npsn or "", unit_names.get(row.unit_id, ""), thousands(row.staff))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
            if row.id == chosen:
                self.table.selectRow(r)
        self._show_staff()

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item and item.isSelected() else None

    def _show_staff(self) -> None:
        inst_id = self.current_id()
        if inst_id is None:
            self.staff_model.clear()
            self.staff_label.setText(self.tr("Pilih lembaga untuk melihat orang-orangnya."))
            return
        self.staff_model.reload(queries.PersonFilter(institution_id=inst_id))
        self.staff_label.setText(self.tr("%1 orang di lembaga ini").replace("%1", thousands(self.staff_model.total)))

    def _open_staff(self, index) -> None:  # noqa: ANN001
        person_id = self.staff_model.id_at(index.row())
        self.window_.roster.edit_person(person_id)

    def new_institution(self) -> None:
        self._edit(None)

    def edit_institution(self) -> None:
        inst_id = self.current_id()
        if inst_id is not None:
            self._edit(inst_id)

    def _edit(self, inst_id: int | None) -> None:
        from desktop.ui.roster.institution_editor import InstitutionEditor
        self.window_.show_page("lembaga")
        self.editor = InstitutionEditor(self.db, inst_id, self)
        self.editor.saved.connect(lambda _id: self.window_.data_changed())
        self.editor.open()

    def delete_institution(self) -> None:
        inst_id = self.current_id()
        if inst_id is None or not messages.confirm(self, self.tr("Hapus lembaga"),
                                                   self.tr("Hapus lembaga ini dari daftar?")):
            return
        self.window_.roster.write(lambda: institution_ops.trash(self.db, inst_id))  # Ctrl+Z undoes

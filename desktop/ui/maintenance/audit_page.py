"""The record of processing as a page: filter by activity, dates and text (in SQL), page in on scroll, export."""
from __future__ import annotations


from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from desktop import audit_log, clock
from desktop.operations import Changes
from desktop.ui import messages
from desktop.ui.maintenance.places import ask_target

PAGE = 200


class AuditModel(QAbstractTableModel):
    def __init__(self, db, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.flt = audit_log.AuditFilter()
        self.rows: list[audit_log.Row] = []
        self.total = 0

    def show_loaded(self, flt: audit_log.AuditFilter, total: int, rows: list[audit_log.Row]) -> None:
        self.beginResetModel()
        self.flt, self.total, self.rows = flt, total, rows
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008
        with self.db.read() as session:
            more = audit_log.rows(session, self.flt, limit=PAGE, offset=len(self.rows))
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return len(audit_log.HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditModel", audit_log.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if not index.isValid():
            return None
        value = self.rows[index.row()].cells()[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(value) if index.column() == 2 else str(value)  # the activity's label, in the UI's language
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (3, 5, 6):
            return str(value)
        return None


def load_page(db, flt: audit_log.AuditFilter) -> tuple[int, list[audit_log.Row]]:  # noqa: ANN001
    """How many entries match and the first page of them (run off the GUI thread)."""
    with db.read() as session:
        return audit_log.count(session, flt), audit_log.rows(session, flt, limit=PAGE)


class AuditPage(QWidget):
    SHOWS = {"audit"}  # what makes it refresh (MainWindow.data_changed)

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.window_ = window
        self.action = QComboBox()
        self.action.setObjectName("audit_action")
        self.use_dates = QCheckBox(self.tr("Tanggal"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addMonths(-1))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setEnabled(False)
        self.use_dates.toggled.connect(self.since.setEnabled)
        self.use_dates.toggled.connect(self.until.setEnabled)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari uraian, tujuan atau kolom data…"))
        self.search.setClearButtonEnabled(True)
        export = QPushButton(self.tr("Ekspor…"))
        export.setObjectName("audit_export")
        export.clicked.connect(self.export)
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("Kegiatan")), self.action, self.use_dates, self.since, QLabel("–"), self.until):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        bar.addWidget(export)
        self.model = AuditModel(window.db, self)
        self.view = QTableView()
        self.view.setObjectName("audit_table")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setWordWrap(False)
        for column, width in enumerate((140, 90, 190, 300, 95, 220, 260, 120)):
            self.view.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.count_label = QLabel()
        note = QLabel(self.tr("Catatan pemrosesan data pribadi (UU 27/2022 Pasal 31): siapa, kapan, apa, berapa orang, "
                              "kolom apa, dan ke mana. Catatan tidak memuat data pribadi itu sendiri."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        for signal in (self.action.currentIndexChanged, self.use_dates.toggled, self.since.dateChanged,
                       self.until.dateChanged, self.search.textChanged):
            signal.connect(self.apply_filter)
        self.refresh()

    def current_filter(self) -> audit_log.AuditFilter:
        dated = self.use_dates.isChecked()
        return audit_log.AuditFilter(action=self.action.currentData() or None,
                                     since=self.since.date().toPython() if dated else None,
                                     until=self.until.date().toPython() if dated else None,
                                     search=self.search.text())

    def refresh(self) -> None:
        """Called by the window after a write to the log: new entries, maybe new kinds of activity. The
        kinds and the first page are read by the job runner, off the GUI thread."""
        db = self.window_.db

        def work(_progress):  # noqa: ANN001, ANN202
            with db.read() as session:
                return audit_log.actions(session)
        self.window_.jobs.start(self.tr("Memuat catatan"), work, self._show_actions, parent_widget=self,
                                show_dialog=False)

    def _show_actions(self, actions: list[str]) -> None:
        current = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("Semua"), None)
        for action in actions:
            self.action.addItem(self.tr(audit_log.action_label(action)), action)
        index = self.action.findData(current)
        self.action.setCurrentIndex(max(index, 0))
        self.action.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Load the entries the filter shows in the background; a newer filter wins over an older answer."""
        flt, db = self.current_filter(), self.window_.db
        self._asked = getattr(self, "_asked", 0) + 1
        asked = self._asked

        def done(loaded: tuple[int, list]) -> None:
            if asked == self._asked:  # typing in the search box asks again before the last answer came
                self.model.show_loaded(flt, *loaded)
                self.count_label.setText(self.tr("{0} catatan").format(f"{self.model.total:,}".replace(",", ".")))
        self.window_.jobs.start(self.tr("Memuat catatan"), lambda _p: load_page(db, flt), done, parent_widget=self,
                                show_dialog=False)

    def export(self) -> None:
        target = ask_target(self, "maintenance/audit_export_folder", f"catatan-pemrosesan-{clock.today()}.xlsx",
                            self.tr("Ekspor catatan pemrosesan"), "Excel (*.xlsx);;CSV (*.csv)")
        if not target:
            return
        flt = self.current_filter()

        def done(count: int) -> None:
            self.window_.data_changed(Changes(audit=True))  # the export is logged
            messages.info(self, self.tr("Ekspor selesai"), self.tr("{0} catatan diekspor ke {1}.").format(count, target))
        self.window_.jobs.start(self.tr("Mengekspor catatan…"), lambda _p: audit_log.export(
            self.window_.db, flt, target), done, parent_widget=self)

"""The Laporan page: where coverage stands at a glance — headline figures, three charts, and the
report's tables (units with drill-down, institutions, programmes, monthly cost, claims).

Everything shown comes from desktop.reports.content, the same figures the PDF and xlsx carry, and
is computed off the UI thread by the window's job runner.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSplitter, QTableWidget, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop import clock, coverage
from desktop.domain import dates_id, money
from desktop.domain.rates import WEAK_TABLE_NOTE, add_months
from desktop.domain.status import Count
from desktop.reports import content, export
from desktop.ui import messages
from desktop.ui.batches import ask
from desktop.ui.coverage import charts
from desktop.ui.coverage.tables import read_only_table, set_cell

LAST_FOLDER_KEY = "coverage/last_folder"
# the count cards carry the one label of their count (desktop/domain/status.py)
CARDS = (("persons", Count.PERSONS.label), ("enrolled", Count.ENROLLED.label), ("submitted", Count.SUBMITTED.label),
         ("not_submitted", Count.NOT_SUBMITTED.label), ("rejected", Count.REJECTED.label), ("share", "Cakupan"),
         ("cost", "Iuran berikutnya"))


@dataclass
class Loaded:
    report: content.Report
    scopes: list[tuple[int, str, int]]  # (unit id, name, level) for the scope picker
    next_payment: coverage.MonthCost | None  # the next month the organisation pays for (None: nothing to pay)


def load(db, first_month: dt.date, unit_id: int | None, today: dt.date | None = None) -> Loaded:  # noqa: ANN001
    with db.read() as session:
        report = content.build(session, first_month, unit_id=unit_id)
        # the picker keeps every unit, also while one unit's subtree is shown
        scopes = [(u.id, u.name, u.level) for u in coverage.all_units(session)]
        upcoming = coverage.next_payment(session, today or clock.today(), unit_id)
    return Loaded(report, scopes, upcoming)


def fill_table(widget: QTableWidget, table: content.Table) -> None:
    """Show one report table: text left, numbers right, rupiah with dots."""
    widget.clear()
    widget.setColumnCount(len(table.header))
    widget.setRowCount(len(table.rows))
    widget.setHorizontalHeaderLabels(table.header)
    for r, row in enumerate(table.rows):
        for c, value in enumerate(row):
            set_cell(widget, r, c, content.cell_text(value, c in table.money).strip(), right=c > 0)
    widget.setToolTip(table.note)


class DashboardPage(QWidget):
    # the Changes flags that make this page refresh (MainWindow.data_changed)
    SHOWS = {"persons", "units", "institutions", "batches", "settings", "rates"}

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.window_ = window
        self.db = window.db
        self.loaded: Loaded | None = None
        self.today: dt.date | None = None  # None: the real date (tests pin one)
        self.scope = QComboBox()
        self.scope.setObjectName("coverage_scope")
        self.scope.addItem(self.tr("Seluruh organisasi"), None)
        self.month = QComboBox()
        self.month.setObjectName("coverage_month")
        this_month = clock.today().replace(day=1)
        for offset in range(-24, 25):
            month = add_months(this_month, offset)
            self.month.addItem(dates_id.month_label(month), month.isoformat())  # Qt would turn a date into QDate
        self.month.setCurrentIndex(24)
        self.scope.activated.connect(lambda _i: self.refresh())
        self.month.activated.connect(lambda _i: self.refresh())
        self.cards = {key: QLabel("…") for key, _ in CARDS}
        self.cost_detail = QLabel()  # under the headline cost: normal amount and discount, or a problem
        self.cost_detail.setObjectName("card_cost_detail")
        self.cost_detail.setWordWrap(True)
        small = self.cost_detail.font()
        small.setPointSize(max(6, small.pointSize() - 1))
        self.cost_detail.setFont(small)
        self.captions = {key: QLabel(self.tr(label)) for key, label in CARDS}
        self.charts = [charts.ChartCanvas(painter, self) for painter in
                       (charts.coverage_per_unit, charts.programme_mix, charts.enrolment_over_time)]
        self.unit_tree = QTreeWidget()
        self.unit_tree.setObjectName("coverage_units")
        self.unit_tree.setAlternatingRowColors(True)
        self.unit_tree.setToolTip(self.tr("Klik dua kali sebuah unit untuk melihat laporan unit itu saja."))
        self.unit_tree.itemDoubleClicked.connect(
            lambda item, _c: self.drill_down(item.data(0, Qt.ItemDataRole.UserRole)))
        self.tables = {key: read_only_table(f"coverage_{key}")
                       for key in ("groups", "cost", "discount", "payer_cost", "claims", "institutions", "enrolment")}
        self.note = QLabel()
        self.note.setObjectName("coverage_note")
        self.note.setWordWrap(True)
        self._layout()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Cakupan:")))
        bar.addWidget(self.scope, 2)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Iuran mulai bulan:")))
        bar.addWidget(self.month)
        bar.addStretch(1)
        for text, slot, name in ((self.tr("Muat ulang"), self.refresh, "coverage_refresh"),
                                 (self.tr("Ekspor PDF…"), lambda: self.export(".pdf"), "coverage_pdf"),
                                 (self.tr("Ekspor Excel…"), lambda: self.export(".xlsx"), "coverage_xlsx"),
                                 (self.tr("Simpan grafik…"), self.save_charts, "coverage_charts")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        cards = QGridLayout()
        for column, key in enumerate(self.cards):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            caption = self.captions[key]
            caption.setStyleSheet("color: #555;")
            caption.setWordWrap(True)  # "Diajukan, menunggu jawaban" on two lines keeps the row narrow at 1024 px
            value = self.cards[key]
            value.setObjectName(f"card_{key}")
            font = value.font()
            font.setPointSize(font.pointSize() + 7)
            font.setBold(True)
            value.setFont(font)
            box.addWidget(caption)
            box.addWidget(value)
            if key == "cost":
                box.addWidget(self.cost_detail)
            cards.addWidget(frame, 0, column)
            cards.setColumnStretch(column, 3 if key == "cost" else 1)  # the cost card carries its discount line
        chart_row = QWidget()
        row = QHBoxLayout(chart_row)
        row.setContentsMargins(0, 0, 0, 0)
        for chart, stretch in zip(self.charts, (5, 3, 4), strict=True):
            row.addWidget(chart, stretch)
        tabs = QTabWidget()
        tabs.setObjectName("coverage_tabs")
        tabs.addTab(self.unit_tree, self.tr("Per unit"))
        for key, title in (("groups", "Program, segmen, pembayar"), ("cost", "Iuran per program"),
                           ("discount", "Keringanan"), ("payer_cost", "Iuran per pembayar"), ("claims", "Klaim"),
                           ("institutions", "Per lembaga"), ("enrolment", "Pendaftaran per bulan")):
            tabs.addTab(self.tables[key], self.tr(title))
        self.tabs = tabs
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(chart_row)
        split.addWidget(tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(cards)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)

    # -- loading -----------------------------------------------------------------------------
    def drill_down(self, unit_id: int | None) -> None:
        """Show one unit's report (charts per Ranting, its institutions and cost)."""
        index = self.scope.findData(unit_id)
        if index >= 0:
            self.scope.setCurrentIndex(index)
            self.refresh()

    def select_month(self, month: dt.date) -> None:
        """Choose a contribution month, adding it to the list when it lies outside the usual range."""
        index = self.month.findData(month.isoformat())
        if index < 0:
            self.month.addItem(dates_id.month_label(month), month.isoformat())
            index = self.month.count() - 1
        self.month.setCurrentIndex(index)

    def selection(self) -> tuple[dt.date, int | None]:
        return dt.date.fromisoformat(self.month.currentData()), self.scope.currentData()

    def refresh(self) -> None:
        """Recompute in the background; while the page is hidden only mark it stale (every write in
        the window calls this) and let the window refresh it when it is shown."""
        if not self.isVisible():
            self.loaded = None
            return
        month, unit_id = self.selection()
        today = self.today
        self.window_.jobs.start(self.tr("Memuat laporan"), lambda _p: load(self.db, month, unit_id, today),
                                self.show_loaded,
                                parent_widget=self, show_dialog=False)

    def show_loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        report, d = loaded.report, loaded.report.dashboard
        self._fill_scopes(loaded.scopes)
        values = {key: money.number_id(getattr(d.total, key))
                  for key in ("persons", "enrolled", "submitted", "not_submitted", "rejected")}
        values["share"] = content.cell_text(d.total.share)
        for key, text in values.items():
            self.cards[key].setText(text)
        self.cards["enrolled"].setToolTip(self.tr(content.enrolled_note(d.total)))
        self._show_next_payment(loaded.next_payment)
        for chart in self.charts:
            chart.draw_with(d)
        self._fill_units(report)
        for key, table in (("groups", content.group_table(report)), ("cost", content.cost_table(report)),
                           ("discount", content.discount_table(report)),
                           ("payer_cost", content.payer_cost_table(report)), ("claims", content.claim_table(report)),
                           ("institutions", content.institution_table(report)),
                           ("enrolment", content.enrolment_table(report))):
            fill_table(self.tables[key], table)
        self.note.setText(content.cost_table(report).note)

    def _show_next_payment(self, cost: coverage.MonthCost | None) -> None:
        """The headline: what the next contribution month the organisation pays for costs, named; with
        nobody enrolled, that there is nothing to pay yet (never a bare Rp0)."""
        if cost is None:
            self.captions["cost"].setText(self.tr("Iuran berikutnya"))
            self.cards["cost"].setText(self.tr("Belum ada"))
            self.cost_detail.setText(self.tr("Belum ada peserta terdaftar; belum ada iuran yang harus dibayar."))
            return
        self.captions["cost"].setText(self.tr("Iuran {0}").format(dates_id.month_label(cost.month)))
        self.cards["cost"].setText(money.rupiah(cost.total))
        detail = []
        if cost.discount:
            detail.append(self.tr("normal {0}, {1}: −{2}").format(money.rupiah(cost.normal), "; ".join(cost.notes),
                                                                  money.rupiah(cost.discount)))
        if cost.weak:
            detail.append(self.tr("golongan penghasilan: {0}").format(WEAK_TABLE_NOTE))
        for reason, n in cost.unpriced.items():
            detail.append(self.tr("{0} orang belum dihitung: {1}").format(n, reason))
        self.cost_detail.setText("\n".join(detail))

    def _fill_scopes(self, scopes: list[tuple[int, str, int]]) -> None:
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("Seluruh organisasi"), None)
        for unit_id, name, level in scopes:
            self.scope.addItem("    " * level + name, unit_id)
        self.scope.setCurrentIndex(max(0, self.scope.findData(current)))
        self.scope.blockSignals(False)

    def _fill_units(self, report: content.Report) -> None:
        header = ["Unit", *content.COUNT_HEADER]
        self.unit_tree.clear()
        self.unit_tree.setHeaderLabels([self.tr(h) for h in header])

        def add(parent, node) -> None:  # noqa: ANN001
            c = node.counts
            item = QTreeWidgetItem(parent, [node.name, *(content.cell_text(v) for v in content.count_values(c))])
            item.setData(0, Qt.ItemDataRole.UserRole, node.id)
            for column in range(1, len(header)):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for child in node.children:
                add(item, child)

        for root in report.dashboard.units:
            add(self.unit_tree, root)
        self.unit_tree.expandToDepth(0)
        self.unit_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

    # -- output ------------------------------------------------------------------------------
    def _ask_target(self, suffix: str, title: str, filters: str) -> str | None:
        folder = str(QSettings().value(LAST_FOLDER_KEY, "") or "")
        name = f"laporan-cakupan-{clock.today().isoformat()}{suffix}"
        path = ask.save_file(self, title, filters, f"{folder}/{name}" if folder else name)
        if path:
            QSettings().setValue(LAST_FOLDER_KEY, str(Path(path).parent))
        return path

    def export(self, suffix: str) -> None:
        kind = "PDF" if suffix == ".pdf" else "Excel"
        path = self._ask_target(suffix, self.tr("Ekspor laporan ke {0}").format(kind),
                                "PDF (*.pdf)" if suffix == ".pdf" else "Excel (*.xlsx)")
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        month, unit_id = self.selection()
        self.window_.jobs.start(self.tr("Menyimpan laporan"),
                                lambda _p: export.export_report(self.db, path, month, unit_id=unit_id),
                                lambda _r: messages.info(self, self.tr("Laporan disimpan"),
                                                         self.tr("Laporan disimpan di {0}.").format(path)),
                                parent_widget=self)

    def save_charts(self) -> None:
        """The three charts as PNG images (for a slide), beside each other in the chosen folder."""
        path = self._ask_target(".png", self.tr("Simpan grafik"), "PNG (*.png)")
        if not path:
            return
        stem = path[:-4] if path.lower().endswith(".png") else path
        saved = []
        for chart, name in zip(self.charts, ("cakupan-per-unit", "komposisi-program", "pendaftaran"), strict=True):
            saved.append(f"{stem}-{name}.png")
            chart.save_png(saved[-1])
        messages.info(self, self.tr("Grafik disimpan"), self.tr("Grafik disimpan:\n{0}").format("\n".join(saved)))

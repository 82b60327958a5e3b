"""The rate tables page: BPU rates and income brackets, PU rates per risk group, the JP wage cap per
year and the discounts with their periods and conditions — and the dialogs that add a row from its
month on (the row it replaces is closed the day before; past months keep their rates)."""
from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QTableWidget, QTabWidget,
                               QVBoxLayout, QWidget)

from desktop import rate_tables
from desktop.domain import dates_id, money
from desktop.domain import rates as rate_rules
from desktop.errors import UserError
from desktop.operations import rates as rate_ops
from desktop.ui.coverage.tables import read_only_table, set_cell
from desktop.ui.roster.record_dialog import RecordDialog

RATE_COLUMNS = ("Program", "Segmen", "Dibayar oleh", "Jenis", "Nilai", "Batas upah", "Berlaku mulai", "Sampai",
                "Berlaku bagi", "Dasar hukum", "Kepastian")
BRACKET_COLUMNS = ("Dasar penghasilan", "Penghasilan dari", "Penghasilan sampai", "JKK", "JKM", "JHT", "Kepastian",
                   "Berlaku mulai", "Sampai", "Dasar hukum", "Catatan")
BASIS_LABELS = rate_rules.BASIS_LABELS
COMPONENT_LABELS = rate_rules.COMPONENT_LABELS
CERTAINTY_LABELS = rate_rules.CERTAINTY_LABELS
WEAK_SHADE = QColor("#fff3cd")


def _value_text(row: rate_rules.RateRow) -> str:
    return money.rupiah(int(row.value)) if row.basis == "flat" else money.percent_id(row.value)


def _rate_cells(row: rate_rules.RateRow) -> list[str]:
    return [row.programme, row.segment, COMPONENT_LABELS.get(row.component, row.component),
            BASIS_LABELS.get(row.basis, row.basis), _value_text(row),
            money.rupiah(row.cap_rupiah) if row.cap_rupiah else "", dates_id.month_label(row.valid_from),
            dates_id.numeric_date(row.valid_to) if row.valid_to else "…", _conditions(row.applies_to),
            row.legal_basis, CERTAINTY_LABELS.get(row.certainty, row.certainty)]


def _conditions(text: str) -> str:
    try:
        return rate_rules.describe_conditions(text)
    except ValueError:
        return text


def _bracket_cells(b: rate_rules.BracketRow) -> list[str]:
    def rp(value: int | None) -> str:
        return money.rupiah(value) if value is not None else ""
    return [rp(b.dasar_penghasilan), rp(b.income_low), rp(b.income_high) if b.income_high is not None else "…",
            rp(b.jkk), rp(b.jkm), rp(b.jht), CERTAINTY_LABELS.get(b.certainty, b.certainty),
            dates_id.month_label(b.valid_from), dates_id.numeric_date(b.valid_to) if b.valid_to else "…",
            b.legal_basis, b.note]


def _table(columns: tuple[str, ...], rows: list[list[str]], name: str, weak: list[bool] | None = None) -> QTableWidget:
    table = read_only_table(name, columns)
    table.horizontalHeader().setMaximumSectionSize(360)  # long legal bases are read in the tooltip
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            set_cell(table, r, c, text, tip=text)
            if weak and weak[r]:
                table.item(r, c).setBackground(WEAK_SHADE)
    return table


class _PastMonthDialog(RecordDialog):
    """Shared by both dialogs: the "berlaku surut" box and the month fields' hint."""

    def add_retroactive(self) -> None:
        self.retroactive = QCheckBox(self.tr("Berlaku surut (mulai di bulan yang sudah lewat)"))
        self.retroactive.setObjectName("field_retroactive")
        self.form.addRow("", self.retroactive)

    def write(self, add) -> None:  # noqa: ANN001 - add(retroactive) -> OpResult[Added]
        def run() -> int:
            return add(self.retroactive.isChecked()).value.id
        self.run_save(run)


class RateDialog(_PastMonthDialog):
    def __init__(self, db, parent=None):  # noqa: ANN001
        super().__init__(self.tr("Tambah baris tarif"), parent)
        self.db = db
        programme = self.add_row("programme", self.tr("Program"), QComboBox())
        programme.setEditable(True)
        programme.addItems(list(rate_rules.PROGRAMME_ORDER))
        self.add_row("segment", self.tr("Segmen"), self.combo([(s, s) for s in rate_rules.SEGMENTS]))
        self.add_row("component", self.tr("Dibayar oleh"), self.combo(
            [(c, self.tr(COMPONENT_LABELS[c])) for c in rate_rules.COMPONENTS]))
        self.add_row("basis", self.tr("Jenis"), self.combo([(b, self.tr(BASIS_LABELS[b])) for b in rate_rules.BASES]))
        self.add_row("value", self.tr("Nilai"), self.line(), required=True).setPlaceholderText(
            self.tr("0,24 = 0,24%; 6800 = Rp6.800; diskon 50 = 50%"))
        self.add_row("cap_rupiah", self.tr("Batas upah (Rp)"), self.line()).setPlaceholderText(
            self.tr("hanya untuk persen, mis. batas upah JP"))
        self.add_row("valid_from", self.tr("Berlaku mulai bulan"), self.line(), required=True).setPlaceholderText(
            "2027-03")
        self.add_row("valid_to", self.tr("Sampai bulan"), self.line()).setPlaceholderText(self.tr("kosong: seterusnya"))
        self.add_row("applies_to", self.tr("Berlaku bagi (syarat)"), self.line()).setPlaceholderText(
            self.tr("mis. payer!=APBN/APBD;sector=transport (pembayar bukan APBN/APBD; sektor transportasi)"))
        self.add_row("legal_basis", self.tr("Dasar hukum"), self.line())
        self.add_row("certainty", self.tr("Kepastian"), self.combo(
            [(c, self.tr(CERTAINTY_LABELS[c])) for c in rate_rules.CERTAINTIES]))
        self.add_retroactive()
        self.finish()

    def save(self) -> None:
        def add(retroactive: bool):  # noqa: ANN202
            row = rate_tables.rate_from_text(
                self.inputs["programme"].currentText(), self.inputs["segment"].currentData(),
                self.inputs["component"].currentData(), self.inputs["basis"].currentData(), self.text("value") or "",
                self.text("valid_from") or "", valid_to=self.text("valid_to") or "",
                cap_rupiah=self.text("cap_rupiah") or "", applies_to=self.text("applies_to") or "",
                legal_basis=self.text("legal_basis") or "", certainty=self.inputs["certainty"].currentData())
            return rate_ops.add_rate(self.db, row, retroactive=retroactive)
        self.write(add)


class BracketDialog(_PastMonthDialog):
    """A new bracket from a month on, or (given `bracket`) the correction of one row, e.g. a weak row
    copied from an unofficial table put right with the figures of the Kantor Cabang."""

    def __init__(self, db, parent=None, bracket: rate_rules.BracketRow | None = None):  # noqa: ANN001
        super().__init__(self.tr("Koreksi golongan penghasilan BPU") if bracket else
                         self.tr("Tambah golongan penghasilan BPU"), parent)
        self.db = db
        self.bracket = bracket

        def rp(value: int | None) -> str | None:
            return money.number_id(value) if value is not None else None
        for name, label, required in (("dasar_penghasilan", self.tr("Dasar penghasilan (Rp)"), True),
                                      ("income_low", self.tr("Penghasilan dari (Rp)"), True),
                                      ("income_high", self.tr("Penghasilan sampai (Rp)"), False),
                                      ("jkk", self.tr("Iuran JKK (Rp)"), True), ("jkm", self.tr("Iuran JKM (Rp)"), True),
                                      ("jht", self.tr("Iuran JHT (Rp)"), False)):
            self.add_row(name, label, self.line(rp(getattr(bracket, name)) if bracket else None), required=required)
        self.add_row("certainty", self.tr("Kepastian"), self.combo(
            [(c, self.tr(CERTAINTY_LABELS[c])) for c in rate_rules.CERTAINTIES],
            bracket.certainty if bracket else "verified"))
        if bracket is None:
            self.add_row("valid_from", self.tr("Berlaku mulai bulan"), self.line(), required=True).setPlaceholderText(
                "2027-01")
        self.add_row("legal_basis", self.tr("Dasar hukum"),
                     self.line(bracket.legal_basis if bracket else "PP 44/2015 Lampiran II"))
        self.add_row("note", self.tr("Catatan"), self.line(bracket.note if bracket else None))
        if bracket is None:
            self.add_retroactive()
        self.finish()

    def _rupiah(self, name: str) -> int | None:
        text = self.text(name)
        if not text:
            return None
        try:
            return money.parse_rupiah(text)
        except ValueError as exc:
            raise UserError(str(exc), field=name) from None

    def _typed(self, start) -> rate_rules.BracketRow:  # noqa: ANN001
        return rate_rules.BracketRow(
            valid_from=start, valid_to=None, income_low=self._rupiah("income_low"),
            income_high=self._rupiah("income_high"), dasar_penghasilan=self._rupiah("dasar_penghasilan") or 0,
            jkk=self._rupiah("jkk") or 0, jkm=self._rupiah("jkm") or 0, jht=self._rupiah("jht"),
            legal_basis=self.text("legal_basis") or "", certainty=self.inputs["certainty"].currentData(),
            note=self.text("note") or "")

    def save(self) -> None:
        if self.bracket is not None:
            def correct() -> int:
                return rate_ops.correct_bracket(self.db, self.bracket.id, self._typed(self.bracket.valid_from)).value
            self.run_save(correct)
            return

        def add(retroactive: bool):  # noqa: ANN202
            try:
                start = dates_id.parse_month(self.text("valid_from") or "")
            except ValueError as exc:
                raise UserError(str(exc), field="valid_from") from None
            return rate_ops.add_bracket(self.db, self._typed(start), retroactive=retroactive)
        self.write(add)


class RatesPage(QWidget):
    SHOWS = {"rates"}  # what makes it refresh (MainWindow.data_changed)

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.window_ = window
        self.db = window.db
        self.dialog: RecordDialog | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("rates_tabs")
        hint = QLabel(self.tr("Perubahan tarif = baris baru mulai bulannya; baris lama ditutup sehari sebelumnya. "
                              "Bulan yang sudah lewat tetap memakai tarifnya."))
        hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        for text, dialog, name in ((self.tr("Tambah baris tarif…"), RateDialog, "rates_add"),
                                   (self.tr("Tambah golongan BPU…"), BracketDialog, "rates_add_bracket")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setEnabled(not self.db.read_only)
            button.clicked.connect(lambda _c=False, d=dialog: self.open_dialog(d))
            bar.addWidget(button)
        self.weak_note = QLabel()
        self.weak_note.setObjectName("rates_weak_note")
        self.weak_note.setWordWrap(True)
        self.weak_note.setStyleSheet("background: #fff3cd; padding: 4px;")
        self.weak_note.hide()
        self.brackets: list[rate_rules.BracketRow] = []
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.weak_note)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        """The rate tables are small (tens of rows): read and shown at once."""
        index = self.tabs.currentIndex()
        with self.db.read() as session:
            tabs = [(self.tr(title), _table(RATE_COLUMNS, [_rate_cells(r) for r in rate_tables.rates_in(session, key)],
                                            f"rates_{key}"))
                    for key, title in rate_tables.CATEGORIES.items()]
            self.brackets = rate_tables.brackets(session)
            weak = [b.certainty != "verified" for b in self.brackets]
            brackets = _table(BRACKET_COLUMNS, [_bracket_cells(b) for b in self.brackets], "rates_brackets", weak)
            brackets.setToolTip(self.tr("Klik dua kali sebuah baris untuk mengoreksinya sesuai Kantor Cabang."))
            brackets.cellDoubleClicked.connect(self.correct_bracket)
            tabs.insert(1, (self.tr("Golongan penghasilan BPU"), brackets))
        count = sum(weak)
        self.weak_note.setText(self.tr(
            "{0} dari {1} golongan penghasilan BPU (berwarna kuning): tabel dari sumber tidak resmi — cocokkan dengan "
            "Kantor Cabang. Klik dua kali baris golongan untuk mengoreksinya.").format(count, len(weak)))
        self.weak_note.setVisible(count > 0)
        self.tabs.clear()
        for title, table in tabs:
            self.tabs.addTab(table, title)
        self.tabs.setCurrentIndex(max(0, index))

    def correct_bracket(self, row: int, _column: int = 0) -> None:
        if self.db.read_only or not 0 <= row < len(self.brackets):
            return
        self.open_dialog(lambda db, parent: BracketDialog(db, parent, self.brackets[row]))

    def open_dialog(self, kind) -> None:  # noqa: ANN001
        self.dialog = kind(self.db, self)
        self.dialog.saved.connect(lambda _id: self.window_.data_changed(rate_ops.RATES))
        self.dialog.open()

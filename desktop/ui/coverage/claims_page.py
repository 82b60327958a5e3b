"""The claims register page: claims newest first with counts and sums per programme (the branch's
"JKK 1.345 kasus, Rp3,4 miliar" shape), a claim's details with the heirs on a JKM claim, and the
dialog to record or correct a claim."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from desktop import claims, clock
from desktop.domain import dates_id, money
from desktop.domain.nik import mask_nik
from desktop.errors import UserError
from desktop.operations import claims as claim_ops
from desktop.roster import queries
from desktop.ui import messages
from desktop.ui.coverage.tables import read_only_table, set_cell
from desktop.ui.roster.record_dialog import RecordDialog

COLUMNS = ("Tanggal kejadian", "Program", "Jenis kasus", "Nama", "Status", "Jumlah dibayar", "Tanggal dibayar")


def _date_text(value: dt.date | None) -> str:
    return dates_id.numeric_date(value) if value else ""


def _parse_date(text: str | None, field: str, label: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dates_id.parse_date_id(text, reference=clock.today())
    except ValueError as exc:
        raise UserError(f"{label}: {exc}", field=field) from None


class PersonPicker(QWidget):
    """Type part of a name or NIK; the matching persons (at most 20, found in SQL) fill the list."""

    def __init__(self, db, person_id: int | None = None, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.search = QLineEdit()
        self.search.setObjectName("claim_person_search")
        self.search.setPlaceholderText(self.tr("Ketik nama atau NIK…"))
        self.choice = QComboBox()
        self.choice.setObjectName("claim_person")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.choice)
        self.search.textChanged.connect(self._find)
        if person_id is not None:
            self._show([person_id])

    def _find(self, text: str) -> None:
        if len(text.strip()) < 2:
            return
        with self.db.read() as session:
            ids = queries.person_ids(session, queries.PersonFilter(search=text), limit=20)
        self._show(ids)

    def _show(self, ids: list[int]) -> None:
        with self.db.read() as session:
            rows = queries.rows_for(session, ids)
        self.choice.clear()
        for pid in ids:
            row = rows[pid]
            nik = mask_nik(row.nik) if row.nik else self.tr("belum ber-NIK")
            self.choice.addItem(f"{row.name} — {nik} — {row.unit or ''}", pid)

    def person_id(self) -> int | None:
        return self.choice.currentData()


class ClaimDialog(RecordDialog):
    def __init__(self, db, claim: claims.ClaimView | None = None, parent=None):  # noqa: ANN001
        super().__init__(self.tr("Ubah klaim") if claim else self.tr("Klaim baru"), parent)
        self.db = db
        self.claim = claim
        self.picker = PersonPicker(db, claim.person_id if claim else None)
        self.add_row("person_id", self.tr("Orang"), self.picker)
        programme = self.add_row("programme", self.tr("Program"), self.combo(
            [(p, p) for p in claims.PROGRAMMES], claim.programme if claim else "JKK"))
        self.case_type = self.add_row("case_type", self.tr("Jenis kasus"), QComboBox())
        self.case_type.setEditable(True)
        programme.currentIndexChanged.connect(lambda _i: self._case_types())
        self._case_types(claim.case_type if claim else None)
        self.add_row("event_date", self.tr("Tanggal kejadian"), self.line(_date_text(claim.event_date) if claim else
                                                                          ""), required=True)
        self.add_row("status", self.tr("Status"), self.combo(
            [(s, self.tr(claims.STATUS_LABELS[s])) for s in claims.STATUSES], claim.status if claim else None))
        self.add_row("amount", self.tr("Jumlah dibayar (Rp)"), self.line(money.number_id(claim.amount) if claim else
                                                                          "0"))
        self.add_row("paid_date", self.tr("Tanggal dibayar"), self.line(_date_text(claim.paid_date) if claim else ""))
        self.add_row("notes", self.tr("Catatan"), self.line(claim.notes if claim else ""))
        for name in ("event_date", "paid_date"):
            self.inputs[name].setPlaceholderText(self.tr("hh-bb-tttt"))
        self.finish()

    def _case_types(self, current: str | None = None) -> None:
        self.case_type.clear()
        self.case_type.addItems(claims.CASE_TYPES[self.inputs["programme"].currentData()])
        if current:
            self.case_type.setCurrentText(current)

    def data(self) -> claims.ClaimData:
        try:
            amount = money.parse_rupiah(self.text("amount") or "0")
        except ValueError as exc:
            raise UserError(str(exc), field="amount") from None
        person_id = self.picker.person_id()
        if person_id is None:
            raise UserError(self.tr("Pilih orang yang mengajukan klaim."), field="person_id")
        return claims.ClaimData(
            person_id=person_id, programme=self.inputs["programme"].currentData(),
            event_date=_parse_date(self.text("event_date"), "event_date", self.tr("Tanggal kejadian")),
            case_type=self.case_type.currentText(), amount=amount, status=self.inputs["status"].currentData(),
            paid_date=_parse_date(self.text("paid_date"), "paid_date", self.tr("Tanggal dibayar")),
            notes=self.text("notes"))

    def save(self) -> None:
        def write() -> int:
            data = self.data()
            if self.claim:
                return claim_ops.update(self.db, self.claim.id, data).value
            return claim_ops.add(self.db, data).value
        self.run_save(write)


class ClaimsPage(QWidget):
    SHOWS = {"claims", "persons"}  # what makes it refresh (MainWindow.data_changed)

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.window_ = window
        self.db = window.db
        self.dialog: ClaimDialog | None = None
        self.rows: list[claims.ClaimView] = []
        self.programme = QComboBox()
        self.programme.setObjectName("claims_programme")
        self.programme.addItem(self.tr("Semua program"), None)
        for p in claims.PROGRAMMES:
            self.programme.addItem(p, p)
        self.year = QComboBox()
        self.year.setObjectName("claims_year")
        self.year.addItem(self.tr("Semua tahun"), None)
        for year in range(clock.today().year, 2014, -1):
            self.year.addItem(str(year), year)
        for combo in (self.programme, self.year):
            combo.activated.connect(lambda _i: self.refresh())
        self.totals = QLabel()
        self.totals.setObjectName("claims_totals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.table = read_only_table("claims_table", [self.tr(c) for c in COLUMNS], stretch=COLUMNS.index("Nama"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.table.doubleClicked.connect(lambda _i: self.edit_claim())
        self.detail = QLabel()
        self.detail.setObjectName("claims_detail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setMinimumWidth(260)
        bar = QHBoxLayout()
        bar.addWidget(self.programme)
        bar.addWidget(self.year)
        bar.addStretch(1)
        for text, slot, name, writes in ((self.tr("Klaim baru…"), self.new_claim, "claims_new", True),
                                         (self.tr("Ubah…"), self.edit_claim, "claims_edit", True),
                                         (self.tr("Hapus"), self.delete_claim, "claims_delete", True)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setEnabled(not (writes and self.db.read_only))
            bar.addWidget(button)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.totals)
        layout.addWidget(split, 1)

    def _filter(self) -> claims.ClaimFilter:
        year = self.year.currentData()
        return claims.ClaimFilter(programme=self.programme.currentData(),
                                  start=dt.date(year, 1, 1) if year else None,
                                  end=dt.date(year, 12, 31) if year else None)

    def refresh(self) -> None:
        """Claims are few (thousands at most) and indexed: read here, newest 1.000 shown."""
        flt = self._filter()
        with self.db.read() as session:
            self.rows = claims.list_claims(session, flt)
            totals = claims.summary(session, flt)
        self.totals.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(
            f"<b>{t.programme}</b> {money.number_id(t.cases)} {self.tr('kasus')}, {money.rupiah(t.paid)}"
            for t in totals))
        self.table.setRowCount(len(self.rows))
        for r, claim in enumerate(self.rows):
            values = (_date_text(claim.event_date), claim.programme, claim.case_type, claim.person_name,
                      self.tr(claims.STATUS_LABELS[claim.status]), money.rupiah(claim.amount),
                      _date_text(claim.paid_date))
            for c, text in enumerate(values):
                set_cell(self.table, r, c, text, right=c == 5)
        self._show_detail()

    def current(self) -> claims.ClaimView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def select_claim(self, claim_id: int) -> None:
        for row, claim in enumerate(self.rows):
            if claim.id == claim_id:
                self.table.selectRow(row)

    def _show_detail(self) -> None:
        claim = self.current()
        if claim is None:
            self.detail.setText(self.tr("Pilih klaim untuk melihat rinciannya."))
            return
        with self.db.read() as session:
            view = claims.claim_detail(session, claim.id)
        lines = [f"<b>{view.person_name}</b>", f"{view.programme} — {view.case_type}",
                 f"{self.tr('Kejadian')}: {_date_text(view.event_date)}",
                 f"{self.tr('Status')}: {self.tr(claims.STATUS_LABELS[view.status])}, {money.rupiah(view.amount)}"]
        if view.notes:
            lines.append(view.notes)
        if view.programme == "JKM":
            lines.append(f"<br><b>{self.tr('Ahli waris')}</b>")
            lines += [f"• {h.name} ({h.relation or '-'})" for h in view.heirs] or [self.tr("Belum ada ahli waris "
                                                                                           "tercatat.")]
        self.detail.setText("<br>".join(lines))

    def new_claim(self) -> None:
        self._open(ClaimDialog(self.db, parent=self))

    def edit_claim(self) -> None:
        claim = self.current()
        if claim is None:
            messages.info(self, self.tr("Klaim"), self.tr("Pilih dulu klaim yang akan diubah."))
            return
        self._open(ClaimDialog(self.db, claim, parent=self))

    def _open(self, dialog: ClaimDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.open()

    def _saved(self, claim_id: int) -> None:
        self.window_.data_changed(claim_ops.CLAIMS)
        self.select_claim(claim_id)

    def delete_claim(self) -> None:
        claim = self.current()
        if claim is None:
            return
        if not messages.confirm(self, self.tr("Hapus klaim"),
                                self.tr("Hapus klaim {0} {1} tanggal {2}?").format(
                                    claim.programme, claim.person_name, _date_text(claim.event_date))):
            return
        try:
            result = claim_ops.delete(self.db, claim.id)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self.window_.data_changed(result.changes)

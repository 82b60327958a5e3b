"""The Dokumen dialogs: who is printed (ScopeBox), the form/roster/PKS options, document
verification and the PKS template editor. Dialogs only collect choices; the use cases in
desktop.documents do the work (in a job, started by the feature module)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from desktop import clock, settings as org_settings
from desktop.documents import agreement, form, letters, roster_list, templates, verification
from desktop.documents.scope import ORDERS, Scope, institution_label
from desktop.domain import billing
from desktop.errors import UserError
from desktop.operations import documents as document_ops
from desktop.roster import institutions, persons, queries, units
from desktop.ui import messages, screen_fit


def _date_edit(value: dt.date, display: str = "dd-MM-yyyy") -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setDisplayFormat(display)
    edit.setCalendarPopup(True)
    return edit


def _date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Batal"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _close_button(dialog: QDialog) -> QDialogButtonBox:
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.button(QDialogButtonBox.StandardButton.Close).setText(dialog.tr("Tutup"))
    close.rejected.connect(dialog.reject)
    return close


class ScopeBox(QGroupBox):
    """Whose documents: a unit (with the units below), an institution, one NIK, or the roster table's
    current filter / selection — in a chosen order."""

    def __init__(self, db, roster=None, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.setTitle(self.tr("Siapa yang dicetak"))
        self.db, self.roster = db, roster
        self.kind = QComboBox()
        self.kind.setObjectName("scope_kind")
        self.kind.addItem(self.tr("Unit (termasuk unit di bawahnya)"), "unit")
        self.kind.addItem(self.tr("Lembaga"), "institution")
        self.kind.addItem(self.tr("Satu orang (NIK)"), "nik")
        if roster is not None:
            self.kind.addItem(self.tr("Filter Daftar Orang saat ini"), "filter")
            selected = roster.table.selected_ids()
            if selected:
                self.kind.addItem(self.tr("Orang terpilih di Daftar Orang (%1)").replace("%1", str(len(selected))),
                                  "selection")
                self.kind.setCurrentIndex(self.kind.count() - 1)  # chosen in the roster: those are meant
        self.target = QComboBox()
        self.target.setObjectName("scope_target")
        self.nik = QLineEdit()
        self.nik.setObjectName("scope_nik")
        self.nik.setPlaceholderText(self.tr("16 digit NIK"))
        self.order = QComboBox()
        self.order.setObjectName("scope_order")
        for key, label in ORDERS.items():
            self.order.addItem(self.tr("Menurut %1").replace("%1", self.tr(label)), key)
        self.count = QLabel()
        self.count.setObjectName("scope_count")
        layout = QFormLayout(self)
        layout.addRow(self.tr("Cakupan"), self.kind)
        layout.addRow(self.tr("Pilihan"), self.target)
        layout.addRow(self.tr("NIK"), self.nik)
        layout.addRow(self.tr("Urutan"), self.order)
        layout.addRow("", self.count)
        with db.read() as session:
            self._units = [(("    " * n.level) + n.name, n.id) for n in units.flatten(units.unit_tree(session))]
            self._institutions = [(institution_label(i.type, i.name), i.id)
                                  for i in institutions.list_institutions(session)]
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.target.currentIndexChanged.connect(self.update_count)
        self.nik.editingFinished.connect(self.update_count)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        for label, value in {"unit": self._units, "institution": self._institutions}.get(kind, []):
            self.target.addItem(label, value)
        self.target.blockSignals(False)
        self.target.setEnabled(kind in ("unit", "institution"))
        self.nik.setEnabled(kind == "nik")
        self.order.setEnabled(kind in ("unit", "institution", "filter"))
        if kind == "filter":
            self.order.setCurrentIndex(max(self.order.findData(self.roster.model.sort_key), 0))
        self.update_count()

    def scope(self, session) -> Scope:  # noqa: ANN001
        kind, order = self.kind.currentData(), self.order.currentData()
        if kind == "nik":
            if not self.nik.text().strip():
                raise UserError(self.tr("Tulis NIK orang yang formulirnya dicetak."))
            return Scope(ids=[persons.find_by_nik(session, self.nik.text())])
        if kind == "selection":
            return Scope(ids=self.roster.table.selected_ids())
        if kind == "filter":
            model = self.roster.model
            return Scope(filter=model.filter, sort=order, descending=model.descending)
        if self.target.currentData() is None:
            raise UserError(self.tr("Belum ada unit atau lembaga untuk dipilih."))
        flt = queries.PersonFilter(**{"unit_id" if kind == "unit" else "institution_id": self.target.currentData()})
        return Scope(filter=flt, sort=order)

    def update_count(self) -> None:
        try:
            with self.db.read() as session:
                scope = self.scope(session)
                n = len(scope.ids) if scope.ids is not None else queries.count(session, scope.filter)
            self.count.setText(self.tr("%1 orang").replace("%1", f"{n:,}".replace(",", ".")))
        except UserError as exc:
            self.count.setText(exc.message)


class FormDialog(QDialog):
    def __init__(self, db, roster=None, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cetak formulir pendaftaran"))
        self.db = db
        self.scope_box = ScopeBox(db, roster)
        today = clock.today()
        self.month = _date_edit(today.replace(day=1), "MM-yyyy")
        self.month.setObjectName("form_month")
        self.print_date = _date_edit(today)
        self.print_date.setObjectName("form_date")
        self.months = QComboBox()  # months paid at once: each priced on its own, the period's total in words
        self.months.setObjectName("form_months")
        for n in billing.PAYMENT_PERIODS:
            self.months.addItem(self.tr("{0} bulan").format(n), n)
        options = QFormLayout()
        options.addRow(self.tr("Bulan iuran yang dihitung"), self.month)
        options.addRow(self.tr("Dibayar sekaligus untuk"), self.months)
        options.addRow(self.tr("Tanggal pada formulir"), self.print_date)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_box)
        layout.addLayout(options)
        layout.addWidget(_buttons(self, self.tr("Buat PDF")))
        screen_fit.fit(self, "document_form")

    def request(self) -> tuple[Scope, form.FormOptions]:
        with self.db.read() as session:
            scope = self.scope_box.scope(session)
        return scope, form.FormOptions(month=_date(self.month).replace(day=1), months=self.months.currentData(),
                                       print_date=_date(self.print_date))


class RosterDialog(QDialog):
    def __init__(self, db, roster=None, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cetak daftar peserta"))
        self.db = db
        self.scope_box = ScopeBox(db, roster)
        self.full = QCheckBox(self.tr("Tampilkan NIK dan No. HP lengkap (tercatat di log pemrosesan)"))
        self.full.setObjectName("roster_full")
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_box)
        layout.addWidget(QLabel(self.tr("Bawaan: NIK dan No. HP disamarkan (UU 27/2022).")))
        layout.addWidget(self.full)
        layout.addWidget(_buttons(self, self.tr("Buat PDF")))
        screen_fit.fit(self, "document_roster")

    def request(self) -> tuple[Scope, roster_list.RosterOptions]:
        with self.db.read() as session:
            scope = self.scope_box.scope(session)
        return scope, roster_list.RosterOptions(full_identifiers=self.full.isChecked())


class PksDialog(QDialog):
    """Everything the PKS needs that is not a setting: date, place, numbers, witnesses, annexes."""

    def __init__(self, db, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cetak Perjanjian Kerja Sama (PKS)"))
        self.db = db
        with db.read() as session:
            cfg = org_settings.load(session)
            unit_rows = [(("    " * n.level) + n.name, n.id) for n in units.flatten(units.unit_tree(session))]
        self.signing_date = _date_edit(clock.today())
        self.signing_date.setObjectName("pks_date")
        self.place = QLineEdit(cfg.org_place)
        self.number_first = QLineEdit()
        self.number_first.setObjectName("pks_number_first")
        # the settings' number pattern with "…" where the clerk types the serial number
        # the next number of the register of outgoing letters; the clerk may type another unused one
        with db.read() as session:
            proposal = letters.propose(session, clock.today()).number
        self.number_second = QLineEdit(proposal)
        self.number_second.setToolTip(self.tr("Nomor berikutnya dari buku agenda surat keluar; nomor yang sudah "
                                              "dipakai ditolak."))
        self._proposal = proposal
        self.signing_date.dateChanged.connect(self._propose_number)
        self.number_second.setObjectName("pks_number_second")
        self.term = QSpinBox()
        self.term.setRange(1, 10)
        self.term.setValue(2)
        self.term.setSuffix(self.tr(" tahun"))
        self.days = QSpinBox()
        self.days.setRange(1, 90)
        self.days.setValue(14)
        self.days.setSuffix(self.tr(" hari kerja"))
        self.witness_first, self.witness_second = QLineEdit(), QLineEdit()
        self.witness_first_title, self.witness_second_title = QLineEdit(), QLineEdit()
        for edit in (self.witness_first_title, self.witness_second_title):
            edit.setPlaceholderText(self.tr("jabatan"))
        self.ack_title, self.ack_name = QLineEdit(), QLineEdit()
        self.ack_title.setPlaceholderText(self.tr("mis. Ketua PCNU Kabupaten Mojokerto (kosong: tanpa)"))
        self.meterai = QComboBox()
        for side, label in (("kiri", self.tr("PIHAK PERTAMA (kiri)")), ("kanan", self.tr("PIHAK KEDUA (kanan)")),
                            ("keduanya", self.tr("Keduanya"))):
            self.meterai.addItem(label, side)
        self.meterai.setCurrentIndex(max(self.meterai.findData(cfg.meterai_side), 0))
        self.annex_institutions = QCheckBox(self.tr("Lampiran daftar lembaga dan jumlah peserta per program"))
        self.annex_institutions.setChecked(True)
        self.annex_participants = QCheckBox(self.tr("Lampiran daftar nama calon peserta"))
        self.annex_participants.setObjectName("pks_participants")
        self.annex_contributions = QCheckBox(self.tr("Lampiran rincian iuran"))
        self.annex_contributions.setChecked(True)
        self.annex_mechanics = QCheckBox(self.tr("Lampiran mekanisme pendaftaran dan pembayaran, dengan narahubung"))
        self.annex_mechanics.setChecked(True)
        self.contribution_persons = QCheckBox(self.tr("Rincian iuran juga per orang"))
        self.contribution_persons.setObjectName("pks_contribution_persons")
        self.full = QCheckBox(self.tr("Juga daftar nama dengan NIK lengkap untuk PIHAK PERTAMA (dokumen RAHASIA "
                                      "tersendiri; tercatat di log)"))
        self.annex_unit = QComboBox()
        self.annex_unit.addItem(self.tr("Semua unit"), None)
        for label, unit_id in unit_rows:
            self.annex_unit.addItem(label, unit_id)
        self.month = _date_edit(clock.today().replace(day=1), "MM-yyyy")
        text = QFormLayout()
        text.addRow(self.tr("Tanggal penandatanganan"), self.signing_date)
        text.addRow(self.tr("Tempat penandatanganan"), self.place)
        text.addRow(self.tr("Nomor PIHAK PERTAMA"), self.number_first)
        text.addRow(self.tr("Nomor PIHAK KEDUA"), self.number_second)
        text.addRow(self.tr("Jangka waktu"), self.term)
        text.addRow(self.tr("Batas verifikasi"), self.days)
        text.addRow(self.tr("Meterai di bawah tanda tangan"), self.meterai)
        for label, name, title in ((self.tr("Saksi PIHAK PERTAMA"), self.witness_first, self.witness_first_title),
                                   (self.tr("Saksi PIHAK KEDUA"), self.witness_second, self.witness_second_title)):
            row = QHBoxLayout()
            row.addWidget(name, 3)
            row.addWidget(title, 2)
            text.addRow(label, row)
        text.addRow(self.tr("Mengetahui (jabatan)"), self.ack_title)
        text.addRow(self.tr("Mengetahui (nama)"), self.ack_name)
        annexes = QGroupBox(self.tr("Lampiran"))
        annex_layout = QFormLayout(annexes)
        annex_layout.addRow(self.annex_institutions)
        annex_layout.addRow(self.annex_participants)
        annex_layout.addRow(self.full)
        contributions = QHBoxLayout()  # the cost annex and its per-person option on one row (1024 × 600)
        contributions.addWidget(self.annex_contributions)
        contributions.addWidget(self.contribution_persons)
        contributions.addStretch(1)
        annex_layout.addRow(contributions)
        annex_layout.addRow(self.annex_mechanics)
        people = QHBoxLayout()  # one row: the dialog fits a 1024 × 600 screen
        people.addWidget(self.annex_unit, 1)
        people.addWidget(QLabel(self.tr("Bulan iuran")))
        people.addWidget(self.month)
        annex_layout.addRow(self.tr("Orang dari unit"), people)
        layout = QVBoxLayout(self)
        layout.addLayout(text)
        layout.addWidget(annexes)
        layout.addWidget(QLabel(self.tr("Nama penandatangan dan alamat diambil dari Pengaturan; teks pasal dari "
                                        "Templat PKS.")))
        layout.addWidget(_buttons(self, self.tr("Buat PDF")))
        screen_fit.fit(self, "document_pks")

    def _propose_number(self) -> None:
        """A new signing date (another year, another month) gets its own proposal, unless typed over."""
        if self.number_second.text().strip() != self._proposal:
            return
        with self.db.read() as session:
            self._proposal = letters.propose(session, _date(self.signing_date)).number
        self.number_second.setText(self._proposal)

    def request(self) -> agreement.PksOptions:
        unit_id = self.annex_unit.currentData()
        return agreement.PksOptions(
            signing_date=_date(self.signing_date), place=self.place.text().strip(),
            number_first=self.number_first.text().strip(), number_second=self.number_second.text().strip(),
            term_years=self.term.value(), verification_days=self.days.value(),
            witness_first=self.witness_first.text().strip(), witness_second=self.witness_second.text().strip(),
            witness_first_title=self.witness_first_title.text().strip(),
            witness_second_title=self.witness_second_title.text().strip(),
            annex_mechanics=self.annex_mechanics.isChecked(),
            acknowledged_title=self.ack_title.text().strip(), acknowledged_name=self.ack_name.text().strip(),
            meterai_side=self.meterai.currentData(), annex_institutions=self.annex_institutions.isChecked(),
            annex_participants=self.annex_participants.isChecked(),
            annex_contributions=self.annex_contributions.isChecked(),
            scope=Scope(filter=queries.PersonFilter(unit_id=unit_id)), month=_date(self.month).replace(day=1),
            full_identifiers=self.full.isChecked(),
            annex_contribution_persons=self.contribution_persons.isChecked())


class VerifyDialog(QDialog):
    """Periksa dokumen: paste or scan (a scanner types like a keyboard) the code under the QR."""

    def __init__(self, db, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Periksa dokumen"))
        self.db = db
        self.code = QLineEdit()
        self.code.setObjectName("verify_code")
        self.code.setPlaceholderText(self.tr("Pindai QR atau ketik kode, mis. JD-7K3M-Q2XA"))
        check = QPushButton(self.tr("Periksa"))
        check.setObjectName("verify_button")
        check.setDefault(True)
        self.result = QPlainTextEdit()
        self.result.setObjectName("verify_result")
        self.result.setReadOnly(True)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(check)
        close = _close_button(self)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result, 1)
        layout.addWidget(close)
        check.clicked.connect(self.check)
        self.code.returnPressed.connect(self.check)
        screen_fit.fit(self, "document_verify", (520, 320))

    def check(self) -> None:
        try:
            with self.db.read() as session:
                self.result.setPlainText(verification.verify(session, self.code.text()).text())
        except UserError as exc:
            self.result.setPlainText(exc.message)


class TemplateDialog(QDialog):
    """Edit the PKS text as a new version; older versions stay and can be made active again."""

    def __init__(self, db, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Templat PKS"))
        self.db = db
        self.versions = QComboBox()
        self.versions.setObjectName("template_versions")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("template_editor")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.note = QLineEdit()
        self.note.setObjectName("template_note")
        self.note.setPlaceholderText(self.tr("Catatan versi, mis. draf kantor cabang Mei 2026"))
        help_text = QLabel(self.tr("Isian yang tersedia: ") + ", ".join(
            "{" + name + "}" for name in templates.PKS_PLACEHOLDERS))
        help_text.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Simpan sebagai versi baru"))
        self.save_button.setObjectName("template_save")
        activate = QPushButton(self.tr("Pakai versi ini"))
        activate.setObjectName("template_activate")
        default = QPushButton(self.tr("Muat teks bawaan"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Versi")))
        row.addWidget(self.versions, 1)
        row.addWidget(activate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(default)
        buttons.addWidget(self.save_button)
        close = _close_button(self)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.editor, 1)
        layout.addWidget(help_text)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.versions.currentIndexChanged.connect(self._show_version)
        self.save_button.clicked.connect(self.save)
        activate.clicked.connect(self.activate)
        default.clicked.connect(lambda: self.editor.setPlainText(templates.default_body("pks")))
        screen_fit.fit(self, "document_template", (820, 640))
        self._load()

    def _load(self) -> None:
        with self.db.read() as session:
            self._history = templates.history(session, "pks")
        self._newest = max(item.version for item in self._history)  # a save after another desk's is refused
        self.versions.blockSignals(True)
        self.versions.clear()
        for item in self._history:
            when = f"{item.created:%d-%m-%Y %H.%M}" if item.created else self.tr("bawaan")
            label = self.tr("Versi %1 — %2 — %3").replace("%1", str(item.version)).replace("%2", when) \
                .replace("%3", item.note or "-")
            self.versions.addItem(label + (self.tr(" (aktif)") if item.active else ""), item.version)
        self.versions.blockSignals(False)
        active = next((i for i, item in enumerate(self._history) if item.active), 0)
        self.versions.setCurrentIndex(active)
        self._show_version()

    def _show_version(self) -> None:
        index = self.versions.currentIndex()
        if 0 <= index < len(self._history):
            self.editor.setPlainText(self._history[index].body)

    def save(self) -> None:
        try:
            version = document_ops.save_template(self.db, self.editor.toPlainText(), self.note.text().strip(),
                                                 based_on=self._newest).value
        except UserError as exc:
            messages.show_error(self, exc)
            return
        messages.info(self, self.tr("Templat PKS"),
                      self.tr("Versi %1 disimpan dan dipakai untuk mencetak.").replace("%1", str(version)))
        self.note.clear()
        self._load()

    def activate(self) -> None:
        version = self.versions.currentData()
        try:
            document_ops.activate_template(self.db, version)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self._load()


class BeritaAcaraDialog(QDialog):
    """Before printing a berita acara: its letter number (the next of the register, editable), the
    handover date and the medium."""

    def __init__(self, db, parent: QWidget | None = None):  # noqa: ANN001
        from desktop.batches.berita_acara import DEFAULT_MEDIUM, proposal
        super().__init__(parent)
        self.setWindowTitle(self.tr("Berita acara serah terima data"))
        self.db = db
        self.on = _date_edit(clock.today())
        self.on.setObjectName("ba_date")
        self._proposal = proposal(db, clock.today())
        self.number = QLineEdit(self._proposal)
        self.number.setObjectName("ba_number")
        self.number.setToolTip(self.tr("Nomor berikutnya dari buku agenda surat keluar; nomor yang sudah dipakai "
                                       "surat lain ditolak."))
        self.medium = QLineEdit(DEFAULT_MEDIUM)
        self.on.dateChanged.connect(self._propose)
        form = QFormLayout()
        form.addRow(self.tr("Tanggal serah terima"), self.on)
        form.addRow(self.tr("Nomor surat"), self.number)
        form.addRow(self.tr("Media penyerahan"), self.medium)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Buat PDF")))

    def _propose(self) -> None:
        from desktop.batches.berita_acara import proposal
        if self.number.text().strip() == self._proposal:
            self._proposal = proposal(self.db, _date(self.on))
            self.number.setText(self._proposal)

    def request(self):  # noqa: ANN201 - BeritaAcaraOptions
        from desktop.batches.berita_acara import BeritaAcaraOptions
        return BeritaAcaraOptions(on=_date(self.on), number=self.number.text().strip(),
                                  medium=self.medium.text().strip())

"""The person editor: every field, heirs as a list, region and occupation pickers, inline checks.

Checking is `persons.validate` — the same judgement the CLI and the importer use — run shortly
after each change. Errors show under their field and keep Save disabled; warnings are shown too
and need a confirmation at Save. A NIK typed into an empty form fills birth date, sex and kecamatan.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QStyledItemDelegate,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from desktop import clock, regions, settings
from desktop.domain import dates_id, money
from desktop.domain import phone as phone_rules
from desktop.domain.problems import Problem
from desktop.models import Occupation
from desktop.roster import history, institutions, persons, units
from desktop.ui import messages, screen_fit
from desktop.ui.roster.conflict_dialog import ConflictDialog
from desktop.ui.roster.record_dialog import field_row, programme_boxes, save_buttons
from desktop.versions import StaleRecord

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #9a5b00;"
HEIR_COLUMNS = ("name", "relation", "birth_date", "nik", "sex")
CHECK_DELAY_MS = 150


class ChoiceDelegate(QStyledItemDelegate):
    """A heirs-table cell edited with a list to pick from (still free to type something else)."""

    def __init__(self, choices: list[str], parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, _option, _index) -> QComboBox:  # noqa: N802, ANN001 - Qt API
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(self.choices)
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802, ANN001
        editor.setCurrentText(index.data() or "")

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802, ANN001
        model.setData(index, editor.currentText().strip())


class PersonEditor(QDialog):
    saved = Signal(int, object)  # person id, history.Step

    def __init__(self, db, person_id: int | None, parent=None, *, default_unit: int | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.person_id = person_id
        self.setObjectName("person_editor")
        self.setWindowTitle(self.tr("Data orang baru") if person_id is None else self.tr("Ubah data orang"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.problems: list[Problem] = []
        self.inputs: dict[str, QWidget] = {}
        self.notes: dict[str, QLabel] = {}
        self.tab_of: dict[str, int] = {}  # field → tab, so a tab shows that it holds a finding
        with db.read() as session:
            cfg = settings.load(session)
            if person_id is None:
                data = persons.PersonData(segment=cfg.default_segment, programmes=list(cfg.default_programmes),
                                          payer=cfg.default_payer, unit_id=default_unit)
            else:
                data = persons.person_data(session, person_id)
            self.version = data.version  # what a save names: refused if another desk saved since
            self.kecamatan = regions.children(session, cfg.district_code)
            self.occupations = [(o.code, o.name) for o in session.query(Occupation).order_by(Occupation.code)]
            self.units = [(n.id, "    " * n.level + n.name) for n in units.flatten(units.unit_tree(session))]
            self.institutions = [(r.id, f"{r.type} {r.name}") for r in institutions.list_institutions(session)]
            desa = regions.get(session, data.desa_code) if data.desa_code else None
        self._build()
        self._load(data, desa.parent_code if desa else None)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        # the delayed check runs only on a form still on screen (never on one closed or being destroyed)
        self.timer.timeout.connect(lambda: self.check_now() if self.isVisible() else None)
        # a new form marks a field only after the clerk has left it (or pressed Save): not a page of
        # red "wajib diisi" before anything is typed; an existing record shows what is wrong at once
        self.touched: set[str] | None = set() if person_id is None else None
        self._connect_changes()
        self.check_now()
        self.initial, _ = self.collect()  # what "unsaved changes" is measured against
        self.tabs.setCurrentIndex(0)
        self.inputs["name"].setFocus()  # Ctrl+N: typing starts in Nama lengkap

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        tabs = QTabWidget()
        tabs.addTab(self._page([
            ("name", self.tr("Nama sesuai KTP-el"), self._line(self.tr("tanpa Hj. dan gelar"))),
            ("name_with_titles", self.tr("Nama dengan gelar"),
             self._line(self.tr("untuk surat, mis. Hj. Siti Aminah, S.Pd.I"))),
            ("nik", self.tr("NIK"), self._line("16 digit")),
            ("kk", self.tr("No. KK"), self._line("16 digit")), ("sex", self.tr("Jenis kelamin"), self._combo(
                [(None, ""), ("L", self.tr("L — Laki-laki")), ("P", self.tr("P — Perempuan"))])),
            ("birth_place", self.tr("Tempat lahir"), self._line()),
            ("birth_date", self.tr("Tanggal lahir"), self._line(self.tr("hh-bb-tttt"))),
            ("mother_name", self.tr("Nama ibu kandung"), self._line())]), self.tr("Data diri"))
        self.kecamatan_box = self._combo([(None, "")] + [(k.code, k.name) for k in self.kecamatan])
        self.kecamatan_box.setObjectName("field_kecamatan")
        tabs.addTab(self._page([
            ("address", self.tr("Alamat"), self._line(self.tr("Dusun/jalan"))),
            ("rt", self.tr("RT"), self._line()), ("rw", self.tr("RW"), self._line()),
            ("kecamatan", self.tr("Kecamatan"), self.kecamatan_box),
            ("desa_code", self.tr("Desa/Kelurahan"), self._combo([(None, "")])),
            ("postal_code", self.tr("Kode pos"), self._line()), ("phone", self.tr("No. HP"), self._line("08…")),
            ("email", self.tr("Email"), self._line())]), self.tr("Alamat && kontak"))
        programmes, self.programme_boxes = programme_boxes()
        tabs.addTab(self._page([
            ("occupation_code", self.tr("Pekerjaan"), self._combo([(None, "")] + [
                (code, f"{name} ({code})") for code, name in self.occupations])),
            ("unit_id", self.tr("Unit"), self._combo([(None, "")] + self.units)),
            ("institution_id", self.tr("Lembaga"), self._combo([(None, self.tr("(tidak ada)"))] + self.institutions)),
            ("position", self.tr("Jabatan"), self._line()),
            ("income", self.tr("Penghasilan/upah per bulan"), self._line("Rp")),
            ("segment", self.tr("Segmen"), self._combo([("BPU", self.tr("BPU — Bukan Penerima Upah")),
                                                         ("PU", self.tr("PU — Penerima Upah"))])),
            ("programmes", self.tr("Program"), programmes),
            ("payer", self.tr("Pembayar iuran"), self._combo([
                ("SELF", self.tr("Peserta sendiri")), ("ORG", self.tr("Organisasi")), ("DONOR", self.tr("Donatur")),
                ("APBD", "APBD"), ("APBN", "APBN")])),
            ("sector", self.tr("Sektor"), self._combo([("other", self.tr("Umum")), ("transport", self.tr("Transportasi")),
                                                        ("padat_karya", self.tr("Padat karya"))])),
            ("kpj", self.tr("No. KPJ"), self._line()), ("member_no", self.tr("No. anggota"), self._line()),
            ("consent_date", self.tr("Tanggal persetujuan"), self._line(self.tr("hh-bb-tttt"))),
            ("notes", self.tr("Catatan"), QPlainTextEdit())]), self.tr("Kepesertaan"))
        tabs.addTab(self._heirs_page(), self.tr("Ahli waris"))
        self.tabs = tabs
        self.general = QLabel()
        self.general.setObjectName("editor_general")
        self.general.setWordWrap(True)
        self.buttons, self.save_button = save_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        screen_fit.fit(self, "person_editor", (640, 600))

    def _line(self, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return edit

    def _combo(self, options: list[tuple[object, str]]) -> QComboBox:
        combo = QComboBox()
        for value, label in options:
            combo.addItem(label, value)
        return combo

    def _page(self, rows: list[tuple[str, str, QWidget]]) -> QWidget:
        page = QWidget()
        tab = len(set(self.tab_of.values()))
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label, widget in rows:
            self.inputs[name], self.notes[name] = widget, field_row(form, name, label, widget)
            self.tab_of[name] = tab
        return screen_fit.scrolling(page)  # a short screen scrolls the form, the buttons stay in view

    def _heirs_page(self) -> QWidget:
        page = QWidget()
        self.heirs = QTableWidget(0, len(HEIR_COLUMNS))
        self.heirs.setObjectName("heirs_table")
        self.heirs.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("Hubungan"), self.tr("Tgl. lahir"),
                                              self.tr("NIK"), self.tr("L/P")])
        self.heirs.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.heirs.setItemDelegateForColumn(1, ChoiceDelegate(
            [self.tr("Suami"), self.tr("Istri"), self.tr("Anak"), self.tr("Orang Tua"), self.tr("Saudara Kandung")],
            self.heirs))
        self.heirs.setItemDelegateForColumn(4, ChoiceDelegate(["P", "L"], self.heirs))
        for column, width in ((1, 130), (2, 90), (3, 140), (4, 50)):
            self.heirs.setColumnWidth(column, width)
        add = QPushButton(self.tr("Tambah ahli waris"))
        add.clicked.connect(lambda: self.add_heir(persons.HeirData("")))
        remove = QPushButton(self.tr("Hapus baris"))
        remove.clicked.connect(self._remove_heir)
        note = QLabel()
        note.setObjectName("note_heirs")
        note.setWordWrap(True)
        note.hide()
        self.notes["heirs"] = note
        self.tab_of["heirs"] = 3
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Ahli waris yang menerima manfaat JKM/JHT (klik dua kali sel untuk mengisi).")))
        layout.addWidget(self.heirs)
        layout.addWidget(note)
        layout.addLayout(buttons)
        return page

    def add_heir(self, heir: persons.HeirData) -> None:
        row = self.heirs.rowCount()
        self.heirs.insertRow(row)
        values = (heir.name, heir.relation, dates_id.numeric_date(heir.birth_date) if heir.birth_date else "",
                  heir.nik, heir.sex)
        for column, value in enumerate(values):
            self.heirs.setItem(row, column, QTableWidgetItem(value or ""))

    def _remove_heir(self) -> None:
        row = self.heirs.currentRow()
        if row >= 0:
            self.heirs.removeRow(row)
            self.schedule_check()

    # -- data in and out --------------------------------------------------------------------
    def _load(self, data: persons.PersonData, kecamatan_code: str | None) -> None:
        for name in ("name", "name_with_titles", "nik", "kk", "birth_place", "mother_name", "address", "rt", "rw",
                     "postal_code", "email", "position", "kpj", "member_no"):
            self.inputs[name].setText(getattr(data, name) or "")
        from desktop.domain import phone as phone_rules
        self.inputs["phone"].setText(phone_rules.format_phone_national(data.phone))
        for name in ("birth_date", "consent_date"):
            value = getattr(data, name)
            self.inputs[name].setText(dates_id.numeric_date(value) if value else "")
        self.inputs["income"].setText(money.number_id(data.income) if data.income is not None else "")
        self.inputs["notes"].setPlainText(data.notes or "")
        for name in ("sex", "occupation_code", "unit_id", "institution_id", "segment", "payer", "sector"):
            self._choose(self.inputs[name], getattr(data, name))
        for programme, box in self.programme_boxes.items():
            box.setChecked(programme in data.programmes)
        self._choose(self.kecamatan_box, kecamatan_code)
        self._fill_desa()
        self._choose(self.inputs["desa_code"], data.desa_code)
        for heir in data.heirs:
            self.add_heir(heir)

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _fill_desa(self) -> None:
        combo: QComboBox = self.inputs["desa_code"]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        code = self.kecamatan_box.currentData()
        if code:
            with self.db.read() as session:
                for desa in regions.children(session, code):
                    combo.addItem(desa.name, desa.code)
                    combo.setItemData(combo.count() - 1, desa.postal_code, Qt.ItemDataRole.UserRole + 1)
        combo.blockSignals(False)

    def _desa_chosen(self) -> None:
        """A desa brings its postal code (the clerk may still type another)."""
        postal = self.inputs["desa_code"].currentData(Qt.ItemDataRole.UserRole + 1)
        if postal:
            self.inputs["postal_code"].setText(postal)

    def collect(self) -> tuple[persons.PersonData, list[Problem]]:
        """The form as PersonData, plus problems of text that is not a date or an amount at all."""
        found: list[Problem] = []
        text = {name: self.inputs[name].text().strip() or None for name in (
            "name", "name_with_titles", "nik", "kk", "birth_place", "mother_name", "address", "rt", "rw",
            "postal_code", "phone", "email", "position", "kpj", "member_no")}
        data = persons.PersonData(**text)  # type: ignore[arg-type]
        data.name = text["name"] or ""
        for name in ("birth_date", "consent_date"):
            setattr(data, name, self._date(self.inputs[name].text(), name, found))
        raw_income = self.inputs["income"].text().strip()
        if raw_income:
            try:
                data.income = money.parse_rupiah(raw_income)
            except ValueError as exc:
                found.append(Problem("error", "income_format", str(exc), "income"))
        for name in ("sex", "occupation_code", "unit_id", "institution_id", "segment", "payer", "sector",
                     "desa_code"):
            setattr(data, name, self.inputs[name].currentData())
        data.programmes = [p for p, box in self.programme_boxes.items() if box.isChecked()]
        data.notes = self.inputs["notes"].toPlainText().strip() or None
        for row in range(self.heirs.rowCount()):
            cells = {key: (self.heirs.item(row, c).text().strip() if self.heirs.item(row, c) else "")
                     for c, key in enumerate(HEIR_COLUMNS)}
            birth = self._date(cells["birth_date"], "heirs", found, f"Ahli waris ke-{row + 1}: ")
            data.heirs.append(persons.HeirData(cells["name"], cells["relation"] or None, birth,
                                               cells["nik"] or None, cells["sex"].upper()[:1] or None))
        return data, found

    @staticmethod
    def _date(text: str, field: str, found: list[Problem], prefix: str = "") -> dt.date | None:
        if not text.strip():
            return None
        try:
            return dates_id.parse_date_id(text.strip(), reference=clock.today())
        except ValueError as exc:
            found.append(Problem("error", "date_format", f"{prefix}{exc}", field))
            return None

    # -- checking ---------------------------------------------------------------------------
    def _connect_changes(self) -> None:
        for name, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.schedule_check)
            elif isinstance(widget, QComboBox) and name not in ("kecamatan", "desa_code"):
                widget.currentIndexChanged.connect(self.schedule_check)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self.schedule_check)
        for box in self.programme_boxes.values():
            box.toggled.connect(self.schedule_check)
        for name, widget in self.inputs.items():  # typed in or left: the field's findings show
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t, n=name: self.touch(n))
                widget.editingFinished.connect(lambda n=name: self.touch(n))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, n=name: self.touch(n))
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda n=name: self.touch(n))
        self.heirs.itemChanged.connect(lambda _item: self.touch("heirs"))
        self.kecamatan_box.currentIndexChanged.connect(lambda _i: (self._fill_desa(), self.schedule_check()))
        self.inputs["desa_code"].currentIndexChanged.connect(lambda _i: (self._desa_chosen(), self.schedule_check()))
        self.heirs.itemChanged.connect(self.schedule_check)

    def touch(self, name: str) -> None:
        """The clerk left a field: from now on its findings show."""
        if self.touched is not None and name not in self.touched:
            self.touched.add(name)
            self.schedule_check()

    def has_changes(self) -> bool:
        return self.collect()[0] != self.initial

    def reject(self) -> None:
        """Esc, Batal or the close box: typed data is not thrown away without asking."""
        if self.has_changes() and not messages.confirm(
                self, self.tr("Buang perubahan?"), self.tr("Data yang diketik belum disimpan. Buang perubahan?"),
                yes=self.tr("Buang"), no=self.tr("Kembali mengisi")):
            return
        super().reject()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        self.timer.stop()  # a check queued while typing must not run after the dialog closed (nor meet a closed database)
        super().hideEvent(event)

    def schedule_check(self, *_args) -> None:
        if self.isVisible():  # a field filled in before the dialog shows is judged by the first check_now
            self.timer.start()

    def check_now(self) -> list[Problem]:
        """Judge the form now; show each finding under its field; Save only when there is no error."""
        self.timer.stop()
        data, found = self.collect()
        with self.db.read() as session:
            clean, problems = persons.validate(session, data, person_id=self.person_id)
        self._fill_from_nik(data, clean, problems)
        self.problems = found + problems
        by_field: dict[str, list[Problem]] = {}
        for problem in self.problems:
            by_field.setdefault(problem.field if problem.field in self.notes else "", []).append(problem)
        if self.touched is not None:  # a new form: only the fields the clerk has been in
            by_field = {name: found for name, found in by_field.items() if name in self.touched}
        for name, note in self.notes.items():
            self._show(note, by_field.get(name, []))
        self._show(self.general, by_field.get("", []))
        self._mark_tabs(by_field)
        self.save_button.setEnabled(not any(p.is_error for p in self.problems))
        return self.problems

    def _fill_from_nik(self, data: persons.PersonData, clean: persons.PersonData, problems: list[Problem]) -> None:
        """NIK read → empty birth date and sex are filled in (a disagreement stays a visible warning)."""
        if not clean.nik or any(p.field == "nik" and p.is_error for p in problems):
            return
        if data.birth_date is None and clean.birth_date:
            self.inputs["birth_date"].setText(dates_id.numeric_date(clean.birth_date))
        if data.sex is None and clean.sex:
            self.inputs["sex"].blockSignals(True)
            self._choose(self.inputs["sex"], clean.sex)
            self.inputs["sex"].blockSignals(False)
        if self.kecamatan_box.currentData() is None:  # the NIK's kecamatan, when it is in this district
            index = self.kecamatan_box.findData(regions.dotted(clean.nik[:6]))
            if index > 0:
                self.kecamatan_box.setCurrentIndex(index)

    def _mark_tabs(self, by_field: dict[str, list[Problem]]) -> None:
        """A ✖ or ⚠ on a tab's title when one of its fields has a finding."""
        for tab in range(self.tabs.count()):
            found = [p for name, problems in by_field.items() if self.tab_of.get(name) == tab for p in problems]
            title = self.tabs.tabText(tab).lstrip("✖⚠ ")
            mark = "✖ " if any(p.is_error for p in found) else "⚠ " if found else ""
            self.tabs.setTabText(tab, mark + title)

    @staticmethod
    def _show(note: QLabel, problems: list[Problem]) -> None:
        if not problems:
            note.hide()
            note.clear()
            return
        errors = any(p.is_error for p in problems)
        note.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE)
        note.setText("\n".join(("✖ " if p.is_error else "⚠ ") + p.message for p in problems))
        note.show()

    def resolve_conflict(self, refusal: StaleRecord, mine: persons.PersonData) -> persons.PersonData | None:
        """Another desk saved this person meanwhile: keep mine / take theirs per field (None: cancelled)."""
        dialog = ConflictDialog(refusal, mine, self.initial, {**persons.LABELS, "heirs": self.tr("Ahli waris")},
                                self.show_value, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.merged()

    def show_value(self, name: str, value: object) -> str:
        """A stored value as the form shows it (names for ids, dd-mm-yyyy for dates)."""
        if value in (None, "", []):
            return ""
        if name == "heirs":
            return "; ".join(f"{h.name} ({h.relation or '-'})" for h in value)  # type: ignore[attr-defined]
        if name == "programmes":
            return " ".join(value)  # type: ignore[arg-type]
        if isinstance(value, dt.date):
            return f"{value:%d-%m-%Y}"
        if name == "income":
            return money.rupiah(value)  # type: ignore[arg-type]
        if name == "phone":
            return phone_rules.format_phone_national(str(value))
        names = {"unit_id": self.units, "institution_id": self.institutions, "occupation_code": self.occupations}
        if name in names:
            return next((label.strip() for key, label in names[name] if key == value), str(value))
        return str(value)

    def messages_for(self, field: str) -> str:
        """What the form says under a field (for tests and for the status of a tab)."""
        return self.notes[field].text() if field in self.notes else ""

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> None:
        self.touched = None  # Save shows every finding
        problems = self.check_now()
        if any(p.is_error for p in problems):
            return
        warnings = [p for p in problems if p.severity == "warning"]
        if warnings:
            text = self.tr("Data ini punya peringatan:") + "\n- " + "\n- ".join(p.message for p in warnings) + \
                "\n\n" + self.tr("Tetap simpan?")
            if not messages.confirm(self, self.tr("Simpan dengan peringatan"), text):
                return
        data, _ = self.collect()
        data.version = self.version  # refused if another desk saved this person since it was opened
        while True:
            try:
                with self.db.write() as session:
                    person_id, step = history.save_person(session, self.person_id, data)
                break
            except StaleRecord as refusal:
                data = self.resolve_conflict(refusal, data)
                if data is None:
                    return  # the form keeps what was typed; nothing was written
            except Exception as exc:  # noqa: BLE001 - a UserError is read by the clerk; a bug is logged
                messages.show_error(self, exc)
                return
        self.accept()
        self.saved.emit(person_id, step)

"""The import wizard: choose a file, check the sheets and the column mapping, look at the preview
(every row with its status and what to fix), choose what happens to persons already in the list,
then import in one transaction. Reading and writing run through window.jobs (progress, Cancel)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QTableView,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage)

from desktop.batches import missing
from desktop.importing import header, plan, problems_export
from desktop.operations import importing as import_ops
from desktop.importing.options import ImportOptions
from desktop.importing.preview import POLICIES, STATUS_LABELS, Preview
from desktop.importing.reading import same_layout
from desktop.errors import UserError
from desktop.importing.sheets import SUFFIXES, column_letter
from desktop.roster import lookups, units
from desktop.ui import folders, messages, screen_fit
from desktop.ui.importing.preview_model import PreviewModel

LAST_FOLDER_KEY = "import/last_folder"
KIND_NOUNS = {  # marked for lupdate; the words themselves are header.KIND_NOUNS
    "persons": QT_TRANSLATE_NOOP("FilePage", "orang"), "institutions": QT_TRANSLATE_NOOP("FilePage", "lembaga"),
    "units": QT_TRANSLATE_NOOP("FilePage", "unit organisasi")}
# fields only one kind of list has: two of them in a header row tell which list a file is
_TELLING = {"persons": {"nik", "birth_date", "ttl", "mother_name", "kk", "birth_place"},
            "institutions": {"npsn", "nsm", "head_name", "staff_count"}}
EXAMPLES = 3  # example values shown per column in the mapping step


def looks_like_other_kind(layout: plan.Layout, kind: str) -> str | None:
    """The kind of list the file's header row tells of, when it is not the chosen one (else None)."""
    table = layout.tables[layout.chosen[0]]
    own = _TELLING.get(kind, set()) & set(table.mapping.values())
    for other, telling in _TELLING.items():
        if other != kind and len(telling & set(header.map_columns(table.headers, other).values())) >= 2 \
                and len(own) < 2:
            return other
    return None


def _example(value) -> str:  # noqa: ANN001 - a cell as read: text, number, date
    """A cell as the clerk typed it: 3 not 3.0, dates as dd-mm-yyyy."""
    if value in (None, ""):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%d-%m-%Y")
    return " ".join(str(value).split())


def read_layout(db, path: str, kind: str) -> tuple[plan.Layout | None, str | None]:  # noqa: ANN001
    """The file's layout read as `kind`, and the other kind of list it seems to be (or None). A file
    with no header row of `kind` but one of another kind is that kind (an institution list chosen as
    "Orang"); otherwise the reading error stands."""
    try:
        layout = plan.layout(db, path, kind)
    except UserError as exc:
        for other in _TELLING:
            if other == kind:
                continue
            try:
                found = plan.layout(db, path, other)
            except UserError:
                continue
            if looks_like_other_kind(found, kind) == other or _TELLING[other] & set(
                    found.tables[found.chosen[0]].mapping.values()):
                return None, other
        raise exc
    return layout, looks_like_other_kind(layout, kind)


def examples(layout: plan.Layout, table) -> list[list[str]]:  # noqa: ANN001 - reading.Table
    """A few non-blank values of each column below the header row (the file is already read)."""
    found: list[list[str]] = [[] for _ in table.headers]
    if layout.book is None:
        return found
    for number, cells in layout.book.rows(table.sheet):
        if number <= table.header_row:
            continue
        for index, value in enumerate(cells[:len(found)]):
            text = _example(value)
            if text and len(found[index]) < EXAMPLES:
                found[index].append(text if len(text) <= 24 else text[:23] + "…")
        if number > table.header_row + 40 or all(len(values) >= EXAMPLES for values in found):
            break
    return found


def last_folder(file_name: str = "") -> str:
    """The folder of the last file chosen on this PC (a QSettings preference), optionally with a file name."""
    folder = str(QSettings().value(LAST_FOLDER_KEY, "") or "") or folders.documents()
    return str(Path(folder) / file_name) if file_name else folder


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Pilih berkas"))
        self.setSubTitle(self.tr("Berkas Excel (.xlsx, .xls), LibreOffice (.ods) atau CSV dari PAC atau lembaga."))
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.path.setPlaceholderText(self.tr("Lokasi berkas"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Pilih…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.kind = QComboBox()
        self.kind.setObjectName("import_kind")
        for key, label in header.KINDS.items():
            self.kind.addItem(self.tr(label), key)
        self.unit = QComboBox()
        self.unit.setObjectName("import_unit")
        self.allow_no_nik = QCheckBox(self.tr("Izinkan orang yang belum ber-NIK (diimpor tanpa NIK, bukan NIK "
                                              "buatan)"))
        self.allow_no_nik.setObjectName("import_allow_no_nik")
        form = QFormLayout(self)
        form.addRow(self.tr("Berkas:"), row)
        form.addRow(self.tr("Isi berkas:"), self.kind)
        form.addRow(self.tr("Unit bila baris tidak menyebut:"), self.unit)
        form.addRow("", self.allow_no_nik)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.unit.clear()
        self.unit.addItem(self.tr("(menurut lembaga atau wilayah)"), None)
        with self.wizard().db.read() as session:
            for node in units.flatten(units.unit_tree(session)):
                self.unit.addItem("  " * node.level + node.name, node.id)

    def browse(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas untuk diimpor"), last_folder(),
                                              self.tr("Lembar kerja") + f" ({patterns})")
        if name:
            QSettings().setValue(LAST_FOLDER_KEY, str(Path(name).parent))
            self.path.setText(name)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        """Read the sheets' header rows off the UI thread (a big sheet takes seconds), then move on."""
        wizard = self.wizard()
        wanted = (wizard.path(), wizard.kind())
        if wizard.file_layout is not None and wizard.layout_for == wanted:
            return True
        db = wizard.db

        def done(read: tuple[plan.Layout | None, str | None]) -> None:
            layout, other = read
            if other is not None and messages.confirm(self, self.tr("Jenis berkas"), self.tr(
                    "Berkas ini tampaknya daftar {kind} — impor sebagai {title}?").format(
                    kind=self.tr(KIND_NOUNS[other]), title=self.tr(header.KINDS[other]))):
                self.kind.setCurrentIndex(self.kind.findData(other))
                wizard.next()  # read again as that kind
                return
            if layout is None:  # no header row of the chosen kind, and the clerk keeps the choice
                messages.warn(self, self.tr("Jenis berkas"), self.tr(
                    "Berkas ini tidak punya baris judul kolom {kind}. Pilih isi berkas yang sesuai.").format(
                    kind=self.tr(KIND_NOUNS[wanted[1]])))
                return
            wizard.file_layout, wizard.layout_for = layout, wanted
            wizard.next()
        wizard.window_.jobs.start(self.tr("Membaca berkas"), lambda _progress: read_layout(db, *wanted), done,
                                  parent_widget=self)
        return False


class MappingPage(QWizardPage):
    """Sheets to import and, per column, the field it fills (a correction is remembered)."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Lembar dan kolom"))
        self.setSubTitle(self.tr("Periksa kolom mana berisi apa. Perbaikan Anda diingat untuk berkas berikutnya "
                                 "dengan judul kolom yang sama."))
        self.sheets = QListWidget()
        self.sheets.setObjectName("import_sheets")
        self.sheets.setMaximumHeight(90)
        self.source = QLabel()
        self.source.setObjectName("import_mapping_source")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("import_mapping")
        self.table.setHorizontalHeaderLabels([self.tr("Kolom"), self.tr("Judul di berkas"), self.tr("Diisi ke"),
                                              self.tr("Contoh isi")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(2, 220)
        self.batch_needs = QLabel()  # what the active export preset requires and no column fills
        self.batch_needs.setObjectName("import_batch_needs")
        self.batch_needs.setWordWrap(True)
        self.batch_needs.setStyleSheet("color: #9a5b00;")
        self.sheets.setMaximumHeight(70)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Lembar yang diimpor:")))
        layout.addWidget(self.sheets)
        layout.addWidget(self.source)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.batch_needs)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        kind, layout = wizard.kind(), wizard.file_layout
        self.sheets.clear()
        for name in layout.sheet_names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in layout.chosen else Qt.CheckState.Unchecked)
            self.sheets.addItem(item)
        first = layout.tables[layout.chosen[0]]
        self.source.setText(self.tr("Judul kolom di baris {row} lembar {sheet}; pemetaan {how}.").format(
            row=first.header_row, sheet=first.sheet,
            how=self.tr("diingat dari impor sebelumnya") if first.remembered else self.tr("ditebak otomatis")))
        self.table.setRowCount(len(first.headers))
        samples = examples(layout, first)
        for index, text in enumerate(first.headers):
            self.table.setItem(index, 0, QTableWidgetItem(column_letter(index)))
            self.table.setItem(index, 1, QTableWidgetItem(text))
            self.table.setItem(index, 3, QTableWidgetItem(" · ".join(samples[index])))
            for column in (0, 1, 3):
                self.table.item(index, column).setFlags(Qt.ItemFlag.ItemIsEnabled)
            box = QComboBox()
            box.addItem(self.tr("(diabaikan)"), "")
            for name, (label, _variants) in header.FIELDS[kind].items():
                box.addItem(self.tr(label), name)
            box.setCurrentIndex(max(0, box.findData(first.mapping.get(index, ""))))
            box.currentIndexChanged.connect(self.show_batch_needs)
            self.table.setCellWidget(index, 2, box)
        self.show_batch_needs()

    def show_batch_needs(self) -> None:
        """Name the fields the active export preset requires that no column fills (persons only)."""
        lacking: list[str] = []
        if self.wizard().kind() == "persons":
            with self.wizard().db.read() as session:
                preset = missing.active_preset(session)
            lacking = missing.missing_in_file(preset, set(self.mapping().values()))
        self.batch_needs.setText(self.tr("Kolom wajib untuk batch tidak ada di berkas: {fields}. Setelah impor, "
                                         "cari orangnya dengan saringan \"Kurang data batch\" di Daftar Orang dan "
                                         "kirim lembar isian ke PAC.").format(
            fields=", ".join(self.tr(label) for label in lacking)) if lacking else "")
        self.batch_needs.setVisible(bool(lacking))

    def chosen_sheets(self) -> list[str]:
        return [self.sheets.item(i).text() for i in range(self.sheets.count())
                if self.sheets.item(i).checkState() == Qt.CheckState.Checked]

    def mapping(self) -> dict[int, str]:
        return {row: self.table.cellWidget(row, 2).currentData() for row in range(self.table.rowCount())
                if self.table.cellWidget(row, 2).currentData()}

    def set_field(self, column: int, field: str) -> None:
        box = self.table.cellWidget(column, 2)
        box.setCurrentIndex(box.findData(field))

    def validatePage(self) -> bool:  # noqa: N802
        if not self.chosen_sheets():
            messages.warn(self, self.tr("Lembar"), self.tr("Pilih minimal satu lembar."))
            return False
        missing = [header.field_label(self.wizard().kind(), f) for f in header.REQUIRED[self.wizard().kind()]
                   if f not in self.mapping().values()]
        if missing:
            messages.warn(self, self.tr("Kolom wajib"), self.tr("Pilih kolom untuk: {fields}.").format(
                fields=", ".join(missing)))
            return False
        # one mapping serves every chosen sheet: they must have the same header row
        layout = self.wizard().file_layout
        first = layout.tables[layout.chosen[0]]
        other = [s for s in self.chosen_sheets() if s not in layout.tables or not same_layout(first, layout.tables[s])]
        if other:
            messages.warn(self, self.tr("Lembar"), self.tr("Judul kolom lembar {sheets} berbeda dari lembar {first}. "
                                                           "Impor lembar itu secara terpisah.").format(
                sheets=", ".join(other), first=first.sheet))
            return False
        return True


_MEASURED_ROWS = 500  # rows measured for wrapped messages: about 0.25 s; more would freeze the window


class PreviewPage(QWizardPage):
    """Every row with its status; filter, export the problems, choose the duplicate policy."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Pratinjau"))
        self.setSubTitle(self.tr("Belum ada yang disimpan. Baris yang ditolak tidak diimpor; kirim daftar "
                                 "masalahnya ke PAC untuk diperbaiki."))
        self.preview: Preview | None = None
        self.summary = QLabel(self.tr("Memeriksa berkas…"))
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.status = QComboBox()
        self.status.setObjectName("import_status_filter")
        self.status.addItem(self.tr("Semua baris"), None)
        for key, label in STATUS_LABELS.items():
            self.status.addItem(self.tr(label), key)
        self.status.currentIndexChanged.connect(self._refilter)
        self.policy = QComboBox()
        self.policy.setObjectName("import_policy")
        for key, label in POLICIES.items():
            self.policy.addItem(self.tr(label), key)
        self.policy.currentIndexChanged.connect(self._policy_changed)
        self.export = QPushButton(self.tr("Simpan daftar &masalah…"))
        self.export.setObjectName("import_export_problems")
        self.export.clicked.connect(self.export_problems)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("import_preview")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # one line a row; rows with a long message grow when the view is small enough to measure
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 90), (1, 90), (2, 50), (3, 200)):
            self.table.setColumnWidth(column, width)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Tampilkan:")))
        tools.addWidget(self.status)
        tools.addSpacing(16)
        tools.addWidget(QLabel(self.tr("Data yang sudah ada:")))
        tools.addWidget(self.policy)
        tools.addStretch(1)
        tools.addWidget(self.export)
        self.notes = QLabel()
        self.notes.setObjectName("import_notes")
        self.notes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        self.preview = None
        self.model.set_preview(None)
        self.summary.setText(self.tr("Memeriksa berkas…"))
        self.notes.clear()
        self.completeChanged.emit()
        options = wizard.options(self.policy.currentData())
        db, path, kind, opened = wizard.db, wizard.path(), wizard.kind(), wizard.file_layout
        wizard.window_.jobs.start(self.tr("Memeriksa berkas"),
                                  lambda progress: plan.prepare(db, path, kind, options, progress, opened=opened),
                                  self.show_preview, parent_widget=self)

    def show_preview(self, preview: Preview) -> None:
        self.preview = preview
        self.model.set_names(lookups.coded_names(self.wizard().db, preview))
        self._refilter()
        self.notes.setText("\n".join(f.message for f in preview.notes))
        self.notes.setVisible(bool(preview.notes))
        self.completeChanged.emit()

    def _summary(self) -> str:
        counts = self.preview.counts()
        parts = [f"{self.tr(STATUS_LABELS[s])}: {counts[s]}" for s in ("new", "update", "same", "duplicate", "error")]
        return (self.tr("{file}, lembar {sheets}: {rows} baris data.").format(
            file=self.preview.file_name, sheets=", ".join(self.preview.sheets), rows=len(self.preview.rows))
            + " " + " · ".join(parts) + " · " + self.tr("baris kosong/jumlah/tanda tangan diabaikan: {n}").format(n=counts["skipped"]))

    def _refilter(self) -> None:
        if self.preview is None:
            return
        self.model.set_preview(self.preview, self.status.currentData())
        if self.model.rowCount() <= _MEASURED_ROWS:
            self.table.resizeRowsToContents()
        self.summary.setText(self._summary())

    def _policy_changed(self) -> None:
        if self.preview is not None:
            self.preview.apply_policy(self.policy.currentData())
            self.model.set_names(lookups.coded_names(self.wizard().db, self.preview))
            self._refilter()

    def export_problems(self) -> None:
        if self.preview is None:
            return
        suggested = last_folder(f"masalah-{Path(self.preview.file_name).stem}.xlsx")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan daftar masalah"), suggested, "Excel (*.xlsx)")
        if name:
            self.save_problems(name)

    def save_problems(self, target: str) -> None:
        try:
            count = problems_export.export_problems(self.wizard().db, self.preview, target)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
            return
        messages.info(self, self.tr("Daftar masalah"), self.tr("{n} masalah disimpan di {path}.").format(
            n=count, path=target))

    def isComplete(self) -> bool:  # noqa: N802
        return self.preview is not None


class ImportWizard(QWizard):
    def __init__(self, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent or window)
        self.window_ = window
        self.db = window.db
        self.result_ = None
        self.file_layout: plan.Layout | None = None  # header rows of the chosen file, read by the first page
        self.layout_for: tuple[str, str] | None = None
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Impor dari Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Impor"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.file_page, self.mapping_page, self.preview_page = FilePage(self), MappingPage(self), PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        screen_fit.fit(self, "import_wizard", (980, 660))

    def path(self) -> str:
        return self.file_page.path.text().strip()

    def kind(self) -> str:
        return self.file_page.kind.currentData()

    def options(self, policy: str = "skip") -> ImportOptions:
        sheets = self.mapping_page.chosen_sheets()
        mapping = self.mapping_page.mapping()
        return ImportOptions(sheets=sheets, mappings={sheet: mapping for sheet in sheets}, policy=policy,
                             allow_no_nik=self.file_page.allow_no_nik.isChecked(),
                             unit_id=self.file_page.unit.currentData())

    def accept(self) -> None:
        """Import in one transaction off the UI thread; the wizard closes when it is done."""
        preview = self.preview_page.preview
        if preview is None or self.window_.jobs.busy():
            return
        db = self.db
        self.window_.jobs.start(self.tr("Mengimpor"), lambda progress: import_ops.run(db, preview, progress=progress),
                                self._imported, parent_widget=self)

    def _imported(self, done) -> None:  # noqa: ANN001 - OpResult[ImportResult]
        self.result_ = result = done.value
        self.window_.data_changed(done.changes)
        messages.info(self, self.tr("Impor selesai"), self.tr("Impor selesai: {summary}").format(
            summary=result.summary()))
        super().accept()

"""The organisation settings as form sections, shared by the first-run wizard and the settings dialog.

A section is a list of fields (setting name, label, kind, hint); `SettingsForm` builds the widgets,
loads an OrgSettings into them and reads the changed values back. Checking is not done here: the
same `desktop.profile.check_settings` as the CLI decides, and its message names the field.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from desktop import clock, profile
from desktop.errors import UserError
from desktop.vocabulary import PAYERS, PROGRAMMES, SEGMENTS
from desktop.settings import OrgSettings
from desktop.ui import folders

CONTEXT = "Preferences"


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"  # text, choice, int, bool, levels, programmes, district, logo, pattern
    hint: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label) for kind "choice"
    required: bool = False


def tr(text: str) -> str:
    """Translate a label marked with QT_TRANSLATE_NOOP("Preferences", …) (lupdate finds the marks)."""
    return QCoreApplication.translate(CONTEXT, text)


ORGANISATION = (
    Field("org_name", QT_TRANSLATE_NOOP("Preferences", "Nama lengkap organisasi"), required=True,
          hint=QT_TRANSLATE_NOOP("Preferences", "mis. Pimpinan Cabang Fatayat Nahdlatul Ulama Kabupaten Jombang")),
    Field("org_short_name", QT_TRANSLATE_NOOP("Preferences", "Nama singkat"), required=True,
          hint=QT_TRANSLATE_NOOP("Preferences", "mis. PC Fatayat NU Kab. Jombang")),
    Field("org_address", QT_TRANSLATE_NOOP("Preferences", "Alamat sekretariat")),
    Field("org_phone", QT_TRANSLATE_NOOP("Preferences", "Telepon sekretariat")),
    Field("org_email", QT_TRANSLATE_NOOP("Preferences", "Surel sekretariat")),
    Field("org_contact", QT_TRANSLATE_NOOP("Preferences", "Narahubung pendaftaran"),
          hint=QT_TRANSLATE_NOOP("Preferences", "nama dan nomor HP, dicetak di lampiran PKS")),
    Field("org_place", QT_TRANSLATE_NOOP("Preferences", "Tempat penandatanganan"), required=True,
          hint=QT_TRANSLATE_NOOP("Preferences", "kota pada baris tempat dan tanggal, mis. Jombang")),
    Field("board_decree", QT_TRANSLATE_NOOP("Preferences", "Dasar kepengurusan (SK)"), hint=QT_TRANSLATE_NOOP("Preferences", "nomor dan tanggal SK pengurus")),
    Field("dpo_contact", QT_TRANSLATE_NOOP("Preferences", "Kontak pelindungan data"),
          hint=QT_TRANSLATE_NOOP("Preferences", "nama dan nomor/alamat surel yang dicetak di formulir")),
    Field("logo_path", QT_TRANSLATE_NOOP("Preferences", "Logo kop dokumen"), "logo"),
)
STRUCTURE = (
    Field("level_names", QT_TRANSLATE_NOOP("Preferences", "Nama tingkatan"), "levels", required=True,
          hint=QT_TRANSLATE_NOOP("Preferences", "dari atas ke bawah, dipisah koma: PC, PAC, Ranting atau Cabang, Ranting")),
    Field("district_code", QT_TRANSLATE_NOOP("Preferences", "Kabupaten/kota"), "district", required=True,
          hint=QT_TRANSLATE_NOOP("Preferences", "membatasi pilihan alamat; NIK dari luar wilayah ini hanya diberi peringatan")),
    Field("members_women_only", QT_TRANSLATE_NOOP("Preferences", "Anggota hanya perempuan"), "bool",
          hint=QT_TRANSLATE_NOOP("Preferences", "NIK laki-laki di daftar anggota diberi peringatan; guru dan pegawai "
                                 "lembaga boleh laki-laki")),
)
BRANCH = (
    Field("branch_name", QT_TRANSLATE_NOOP("Preferences", "Nama kantor cabang"), required=True,
          hint=QT_TRANSLATE_NOOP("Preferences", "mis. BPJS Ketenagakerjaan Kantor Cabang Jombang")),
    Field("branch_city", QT_TRANSLATE_NOOP("Preferences", "Kota kantor cabang"), required=True),
    Field("branch_address", QT_TRANSLATE_NOOP("Preferences", "Alamat kantor cabang")),
    Field("branch_head_name", QT_TRANSLATE_NOOP("Preferences", "Nama kepala kantor cabang")),
    Field("branch_head_title", QT_TRANSLATE_NOOP("Preferences", "Jabatan kepala kantor cabang")),
    Field("branch_authority", QT_TRANSLATE_NOOP("Preferences", "Dasar kewenangan kepala cabang"),
          hint=QT_TRANSLATE_NOOP("Preferences", "mis. Keputusan Direksi BPJS Ketenagakerjaan Nomor …; tanyakan ke kantor cabang")),
    Field("branch_contact", QT_TRANSLATE_NOOP("Preferences", "Narahubung kantor cabang"),
          hint=QT_TRANSLATE_NOOP("Preferences", "nama dan nomor telepon, dicetak di lampiran PKS")),
)
SIGNATORIES = (
    Field("chair_name", QT_TRANSLATE_NOOP("Preferences", "Nama ketua")),
    Field("chair_title", QT_TRANSLATE_NOOP("Preferences", "Jabatan ketua")),
    Field("secretary_name", QT_TRANSLATE_NOOP("Preferences", "Nama sekretaris")),
    Field("secretary_title", QT_TRANSLATE_NOOP("Preferences", "Jabatan sekretaris")),
)
DEFAULTS = (
    Field("default_segment", QT_TRANSLATE_NOOP("Preferences", "Segmen bawaan"), "choice",
          choices=tuple((s, s) for s in SEGMENTS)),
    Field("default_programmes", QT_TRANSLATE_NOOP("Preferences", "Program bawaan"), "programmes"),
    Field("default_payer", QT_TRANSLATE_NOOP("Preferences", "Pembayar iuran bawaan"), "choice", choices=(
        ("SELF", QT_TRANSLATE_NOOP("Preferences", "Peserta sendiri")), ("ORG", QT_TRANSLATE_NOOP("Preferences", "Organisasi/lembaga")),
        ("DONOR", QT_TRANSLATE_NOOP("Preferences", "Donatur")), ("APBD", QT_TRANSLATE_NOOP("Preferences", "APBD (pemerintah daerah)")),
        ("APBN", QT_TRANSLATE_NOOP("Preferences", "APBN (pemerintah pusat)")))),
    Field("pks_number_pattern", QT_TRANSLATE_NOOP("Preferences", "Pola nomor PKS"), "pattern", required=True,
          hint=QT_TRANSLATE_NOOP("Preferences", "{nomor}, {bulan}, {bulan_romawi}, {tahun}; mis. {nomor}/PC-FTY/{bulan_romawi}/{tahun}")),
    Field("meterai_side", QT_TRANSLATE_NOOP("Preferences", "Letak meterai"), "choice", choices=(
        ("kanan", QT_TRANSLATE_NOOP("Preferences", "Kanan")), ("kiri", QT_TRANSLATE_NOOP("Preferences", "Kiri")), ("keduanya", QT_TRANSLATE_NOOP("Preferences", "Keduanya")))),
    Field("sunday_name", QT_TRANSLATE_NOOP("Preferences", "Nama hari ketujuh"), "choice",
          choices=(("Minggu", "Minggu"), ("Ahad", "Ahad"))),
    Field("paper_size", QT_TRANSLATE_NOOP("Preferences", "Ukuran kertas dokumen"), "choice", choices=(
        ("A4", "A4 (210 × 297 mm)"), ("F4", QT_TRANSLATE_NOOP("Preferences", "F4/Folio (215 × 330 mm)")))),
)
RULES = (
    Field("rounding", QT_TRANSLATE_NOOP("Preferences", "Pembulatan iuran"), "choice", choices=(
        ("half_up", QT_TRANSLATE_NOOP("Preferences", "Setengah ke atas (umum)")), ("half_even", QT_TRANSLATE_NOOP("Preferences", "Setengah ke genap")),
        ("truncate", QT_TRANSLATE_NOOP("Preferences", "Dipotong, tanpa pembulatan")))),
    Field("min_working_age", QT_TRANSLATE_NOOP("Preferences", "Usia kerja terendah"), "int"),
    Field("max_working_age", QT_TRANSLATE_NOOP("Preferences", "Usia kerja tertinggi"), "int"),
    Field("bpu_max_age", QT_TRANSLATE_NOOP("Preferences", "Batas usia peserta BPU"), "int"),
    Field("nsm_length", QT_TRANSLATE_NOOP("Preferences", "Panjang NSM (digit)"), "int"),
    Field("retention_days", QT_TRANSLATE_NOOP("Preferences", "Lama simpan cadangan setelah penghapusan (hari)"), "int"),
    Field("terbilang_title_case", QT_TRANSLATE_NOOP("Preferences", "Terbilang dengan Huruf Awal Kapital"), "bool"),
)
SECTIONS = {  # key → (title, fields), in the order of the dialog's tabs
    "organisation": (QT_TRANSLATE_NOOP("Preferences", "Organisasi"), ORGANISATION),
    "structure": (QT_TRANSLATE_NOOP("Preferences", "Tingkatan dan wilayah"), STRUCTURE),
    "branch": (QT_TRANSLATE_NOOP("Preferences", "Kantor cabang"), BRANCH),
    "signatories": (QT_TRANSLATE_NOOP("Preferences", "Penanda tangan"), SIGNATORIES),
    "defaults": (QT_TRANSLATE_NOOP("Preferences", "Bawaan dan PKS"), DEFAULTS),
    "rules": (QT_TRANSLATE_NOOP("Preferences", "Aturan"), RULES),
}


class LogoPicker(QWidget):
    """A small preview, the file name and a button; the chosen file is copied into the data folder."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = ""
        self.preview = QLabel()
        self.preview.setFixedSize(48, 48)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid palette(mid);")
        self.name = QLabel()
        self.choose = QPushButton(self.tr("Pilih logo…"))
        self.choose.clicked.connect(self._choose)
        self.clear = QPushButton(self.tr("Hapus logo"))
        self.clear.clicked.connect(lambda: self.set_path(""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.preview, self.name, self.choose, self.clear):
            layout.addWidget(widget)
        layout.addStretch(1)

    def set_path(self, path: str) -> None:
        self.path = path
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.preview.clear()
            self.name.setText(self.tr("(tanpa logo)") if not path else self.tr("(berkas logo tidak ditemukan)"))
        else:
            self.preview.setPixmap(pixmap.scaled(46, 46, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
            self.name.setText(Path(path).name)

    def _choose(self) -> None:
        store = QSettings()
        start = str(store.value("folders/logo", "") or folders.documents())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih logo organisasi"), start,
                                                self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if chosen:
            store.setValue("folders/logo", str(Path(chosen).parent))
            self.set_path(chosen)


class SettingsForm(QWidget):
    """The widgets of one section; `values()` returns only what the user changed."""

    def __init__(self, fields: tuple[Field, ...], districts: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.fields = fields
        self.widgets: dict[str, QWidget] = {}
        self.loaded: dict[str, Any] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field in fields:
            widget = self._make(field, districts)
            widget.setObjectName(f"setting_{field.key}")
            self.widgets[field.key] = widget
            label = tr(field.label) + (" *" if field.required else "")
            holder = self._with_hint(widget, field.hint)
            if field.kind == "pattern":  # the number as the PKS will print it, while typing
                note, hint = holder.findChild(QLabel), tr(field.hint)
                widget.textChanged.connect(lambda text, n=note, h=hint: n.setText(f"{self.pks_example(text)} · {h}"))
            form.addRow(label, holder)

    @staticmethod
    def _with_hint(widget: QWidget, hint: str) -> QWidget:
        """The field with its hint in small grey text below (a placeholder vanishes once filled)."""
        if not hint:
            return widget
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        note = QLabel(tr(hint))  # one line: QWizard pages ignore the height a wrapped label needs
        note.setTextFormat(Qt.TextFormat.PlainText)
        font = note.font()  # a font, not a style sheet: the layout measures it before polishing
        font.setPointSizeF(font.pointSizeF() * 0.9)
        note.setFont(font)
        palette = note.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        note.setPalette(palette)
        column.addWidget(widget)
        column.addWidget(note)
        return box

    def _make(self, field: Field, districts: list[tuple[str, str]]) -> QWidget:
        if field.kind == "choice":
            combo = QComboBox()
            for value, label in field.choices:
                combo.addItem(tr(label), value)
            return combo
        if field.kind == "district":
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for code, name in districts:
                combo.addItem(f"{code} {name}", code)
            completer = combo.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            return combo
        if field.kind == "int":
            spin = QSpinBox()
            spin.setRange(0, 3650)
            return spin
        if field.kind == "bool":
            return QCheckBox()
        if field.kind == "programmes":
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for code in PROGRAMMES:
                check = QCheckBox(code)
                check.setObjectName(f"programme_{code}")
                row.addWidget(check)
            row.addStretch(1)
            return box
        if field.kind == "logo":
            return LogoPicker()
        return QLineEdit()

    def pks_example(self, pattern: str) -> str:
        """What the documents will print for PKS number 1 today, or why the pattern cannot be used."""
        import datetime as dt

        from desktop.documents.agreement import own_number
        try:
            return self.tr("Contoh: {0}").format(own_number(pattern, "001", clock.today()))
        except UserError as exc:
            return exc.message

    def load(self, cfg: OrgSettings) -> None:
        for field in self.fields:
            value = getattr(cfg, field.key)
            self.loaded[field.key] = value
            self._set(field, self.widgets[field.key], value)

    def _set(self, field: Field, widget: QWidget, value: Any) -> None:
        if field.kind in ("choice", "district"):
            index = widget.findData(value)
            if index < 0 and field.kind == "choice":
                widget.addItem(str(value), value)
                index = widget.count() - 1
            widget.setCurrentIndex(index)
        elif field.kind == "int":
            widget.setValue(int(value))
        elif field.kind == "bool":
            widget.setChecked(bool(value))
        elif field.kind == "programmes":
            for check in widget.findChildren(QCheckBox):
                check.setChecked(check.text() in value)
        elif field.kind == "logo":
            widget.set_path(value)
        elif field.kind == "levels":
            widget.setText(", ".join(value))
        else:
            widget.setText(str(value))

    def value_of(self, field: Field) -> Any:
        widget = self.widgets[field.key]
        if field.kind == "choice":
            return widget.currentData()
        if field.kind == "district":
            return self._district(widget)
        if field.kind == "int":
            return widget.value()
        if field.kind == "bool":
            return widget.isChecked()
        if field.kind == "programmes":
            return [check.text() for check in widget.findChildren(QCheckBox) if check.isChecked()]
        if field.kind == "logo":
            return widget.path
        if field.kind == "levels":
            return [part.strip() for part in widget.text().split(",") if part.strip()]
        return widget.text().strip()

    @staticmethod
    def _district(combo: QComboBox) -> str:
        """The code of the chosen kab/kota; a typed '35.17' or 'Jombang' is matched too."""
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
        if index < 0 and text:
            index = combo.findText(text, Qt.MatchFlag.MatchContains)
        if index >= 0:
            return combo.itemData(index)
        return text.split(" ")[0] if text else ""

    def current(self) -> dict[str, Any]:
        """What the form shows now, for checking (the logo file is checked when it is copied)."""
        return {field.key: self.value_of(field) for field in self.fields if field.kind != "logo"}

    def values(self) -> dict[str, Any]:
        """Changed values only; a new logo file is copied into the data folder here."""
        changed = {}
        for field in self.fields:
            value = self.value_of(field)
            if value == self.loaded.get(field.key):
                continue
            if field.kind == "logo" and value:
                value = str(profile.copy_logo(Path(value)))
            changed[field.key] = value
        return changed

    def missing(self) -> str | None:
        """The label of the first required field left empty (None when all are filled)."""
        for field in self.fields:
            if field.required and not self.value_of(field):
                self.widgets[field.key].setFocus()
                return tr(field.label)
        return None

    def focus(self, key: str | None) -> bool:
        if key in self.widgets:
            self.widgets[key].setFocus()
            return True
        return False


def all_fields() -> set[str]:
    return {field.key for _title, fields in SECTIONS.values() for field in fields}


def uncovered_settings() -> set[str]:
    """Settings with no field in any section (the tests keep this to first_run_done only)."""
    return {f.name for f in dataclasses.fields(OrgSettings)} - all_fields()

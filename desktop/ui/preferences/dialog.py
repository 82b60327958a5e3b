"""Berkas › Pengaturan: the organisation settings (stored in the DB), the display language (per PC),
where backups go, links to the rates, presets and templates screens, and the organisation profile."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QListWidget, QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from desktop import backup, profile, settings
from desktop.errors import UserError
from desktop.operations import settings as settings_ops
from desktop.ui import i18n, messages, screen_fit
from desktop.ui.preferences.form import SECTIONS, SettingsForm, tr
from desktop.ui.preferences.profile_files import ProfileFiles

# Screens of other features the dialog links to (their menu actions, by object name).
LINKS = (
    ("act_rates", QT_TRANSLATE_NOOP("Preferences", "Tabel tarif iuran…")),
    ("act_presets", QT_TRANSLATE_NOOP("Preferences", "Preset ekspor batch…")),
    ("act_pks_template", QT_TRANSLATE_NOOP("Preferences", "Templat PKS…")),
    ("act_backup_now", QT_TRANSLATE_NOOP("Preferences", "Cadangkan sekarang…")),
    ("act_restore", QT_TRANSLATE_NOOP("Preferences", "Pulihkan dari cadangan…")),
)


class SettingsDialog(QDialog):
    def __init__(self, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent or window)
        self.window_ = window
        self.db = window.db
        self.language_changed = False
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Pengaturan"))
        with self.db.read() as session:
            districts = profile.district_choices(session)
        # A list of sections beside the page: unlike tabs it never scrolls, in any language.
        self.sections = QListWidget(self)
        self.sections.setObjectName("settings_sections")
        self.sections.setSpacing(3)
        self.pages = QStackedWidget(self)
        self.forms: dict[str, SettingsForm] = {}
        for key, (title, fields) in SECTIONS.items():
            self.forms[key] = SettingsForm(fields, districts)
            self._add_section(tr(title), self.forms[key])
        self._add_section(self.tr("Lainnya"), self._other_tab())
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0) + 24)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.reload()
        screen_fit.fit(self, "settings", (860, 600))
        for form in self.forms.values():
            form.setEnabled(not self.db.read_only)

    def _add_section(self, title: str, page: QWidget) -> None:
        self.sections.addItem(title)
        self.pages.addWidget(page)

    def _other_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        look = QGroupBox(self.tr("Tampilan (komputer ini)"))
        look_form = QFormLayout(look)
        self.language = QComboBox()
        self.language.setObjectName("setting_language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.preferred_language()))
        look_form.addRow(self.tr("Bahasa tampilan"), self.language)
        layout.addWidget(look)

        store = QGroupBox(self.tr("Cadangan"))
        store_layout = QVBoxLayout(store)
        folder = backup.folder_of(self.db)
        where = QLabel(self.tr("Salinan otomatis dibuat saat aplikasi dibuka dan ditutup, dan sebelum impor, "
                               "penggabungan dan pembacaan jawaban kantor cabang; salinan lama dipangkas otomatis. "
                               "Folder: {0}").format(folder))
        where.setWordWrap(True)
        open_folder = QPushButton(self.tr("Buka folder cadangan"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        store_layout.addWidget(where)
        store_layout.addWidget(open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(store)

        links = QGroupBox(self.tr("Pengaturan lain"))
        links_layout = QVBoxLayout(links)
        for name, label in LINKS:
            button = QPushButton(tr(label))
            button.setObjectName(f"link_{name}")
            action = self.window_.findChild(QAction, name)
            if action is None or not action.isEnabled():
                button.setEnabled(False)
                button.setToolTip(self.tr("Layar ini belum tersedia di versi ini."))
            else:
                button.clicked.connect(lambda _c=False, a=action: self._follow(a))
            links_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(links)

        shared = QGroupBox(self.tr("Profil organisasi (tanpa data pribadi)"))
        shared_layout = QVBoxLayout(shared)
        hint = QLabel(self.tr("Pengaturan, templat dokumen, preset ekspor dan logo dalam satu berkas, untuk "
                              "dibagikan ke cabang lain."))
        hint.setWordWrap(True)
        export_button = QPushButton(self.tr("Ekspor profil…"))
        export_button.clicked.connect(lambda: ProfileFiles(self.db, self).export())
        import_button = QPushButton(self.tr("Impor profil…"))
        import_button.setEnabled(not self.db.read_only)
        import_button.clicked.connect(self._import)
        shared_layout.addWidget(hint)
        shared_layout.addWidget(export_button, 0, Qt.AlignmentFlag.AlignLeft)
        shared_layout.addWidget(import_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(shared)
        layout.addStretch(1)
        return page

    def _follow(self, action: QAction) -> None:
        self.reject()
        action.trigger()

    def _import(self) -> None:
        if ProfileFiles(self.db, self, self.window_.data_changed).choose_and_import():
            self.reload()

    def reload(self) -> None:
        with self.db.read() as session:
            cfg = settings.load(session)
        for form in self.forms.values():
            form.load(cfg)

    def labels(self) -> dict[str, str]:
        """Each setting's name as the dialog shows it (for a refusal naming what another desk changed)."""
        return {field.key: tr(field.label) for form in self.forms.values() for field in form.fields}

    def save(self) -> None:
        changes: dict = {}
        try:
            shown: dict = {}
            for form in self.forms.values():
                changes.update(form.values())
                shown.update(form.loaded)
            if changes:
                # refused if another desk changed one of these meanwhile
                settings_ops.apply(self.db, expected={k: shown.get(k) for k in changes}, labels=self.labels(),
                                   **changes)
        except UserError as exc:
            for index, form in enumerate(self.forms.values()):
                if form.focus(exc.field):
                    self.sections.setCurrentRow(index)
            messages.show_error(self, exc, self.tr("Pengaturan belum tersimpan"))
            return
        language = self.language.currentData()
        self.language_changed = language != i18n.preferred_language()
        if self.language_changed:
            i18n.set_preferred_language(language)
        self.accept()

"""Window feature: preferences. Berkas › Pengaturan, the first-run wizard again, the organisation
profile, the display language, and Bantuan › Panduan pengguna (the guide in docs/, shown inside
the app so it works offline)."""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop import paths
from desktop.operations import settings as settings_ops
from desktop.ui import i18n, messages, screen_fit
from desktop.ui.preferences.dialog import SettingsDialog
from desktop.ui.preferences.first_run import FirstRunWizard
from desktop.ui.preferences.profile_files import ProfileFiles

_windows: list = []  # windows opened by a language switch; Python must keep them alive


def install(window) -> None:  # noqa: ANN001
    """Add this feature's pages and actions to the main window."""
    quit_action = window.findChild(QAction, "act_quit")
    added = [
        window.add_action("berkas", window.tr("&Pengaturan…"), lambda: open_settings(window),
                          shortcut="Ctrl+,", name="pref_settings"),
        window.add_action("berkas", window.tr("Ulangi pengaturan &awal…"), lambda: rerun_wizard(window),
                          name="pref_first_run", writes=True),
        window.add_action("berkas", window.tr("Ekspor profil organisasi…"),
                          lambda: ProfileFiles(window.db, window).export(), name="pref_profile_export"),
        window.add_action("berkas", window.tr("Impor profil organisasi…"),
                          lambda: ProfileFiles(window.db, window, window.data_changed).choose_and_import(),
                          name="pref_profile_import", writes=True),
    ]
    if quit_action is not None:  # keep Keluar last in the Berkas menu
        menu = window.menus["berkas"]
        for action in added:
            menu.removeAction(action)
            menu.insertAction(quit_action, action)
        menu.insertSeparator(quit_action)
    window.add_action("bantuan", window.tr("&Panduan pengguna"), lambda: show_guide(window), shortcut="F1",
                      name="pref_guide")
    other = "en" if i18n.preferred_language() == "id" else "id"
    window.add_action("bantuan", f"Bahasa / Language: {i18n.LANGUAGES[other]}",
                      lambda: switch_language(window, other), name="pref_language")


def open_settings(window) -> None:  # noqa: ANN001
    dialog = SettingsDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    window.data_changed(settings_ops.SETTINGS)
    if dialog.language_changed:
        switch_language(window, i18n.preferred_language())


def rerun_wizard(window) -> None:  # noqa: ANN001
    if FirstRunWizard(window.db, window).exec() == QDialog.DialogCode.Accepted:
        window.data_changed(settings_ops.SETTINGS)


def switch_language(window, code: str):  # noqa: ANN001, ANN201
    """Install the other language and open the window again in it (menus are built in their language)."""
    if window.jobs.busy():
        messages.warn(window, window.tr("Tunggu sebentar"),
                      window.tr("Bahasa dapat diganti setelah pekerjaan yang berjalan selesai."))
        return None
    i18n.set_preferred_language(code)
    i18n.install(code)
    from desktop.ui.main_window import MainWindow
    fresh = MainWindow(window.db)
    fresh.setGeometry(window.geometry())
    _windows[:] = [w for w in _windows if w.isVisible()] + [fresh]  # earlier switches' closed windows go
    fresh.show()
    # Both windows got the same features' hooks first (they save their own layout at close); the
    # hooks added after (end-of-session backup) move to the new window, where the session goes on.
    own = len(fresh.close_hooks)
    fresh.close_hooks.extend(window.close_hooks[own:])
    del window.close_hooks[own:]
    window.close()
    return fresh


def guide_path():  # noqa: ANN201
    return paths.resources_dir().parent / "docs" / "panduan.md"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panduan pengguna Jamsos Desk"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        source = guide_path()
        self.browser.setSearchPaths([str(source.parent)])
        if source.exists():
            self.browser.setSource(QUrl.fromLocalFile(str(source)), QTextDocument.ResourceType.MarkdownResource)
        else:
            self.browser.setPlainText(self.tr("Berkas panduan tidak ditemukan: {0}").format(source))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        screen_fit.fit(self, "guide", (900, 700))


def show_guide(window) -> None:  # noqa: ANN001
    GuideDialog(window).show()

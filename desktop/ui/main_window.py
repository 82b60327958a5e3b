"""The main window: menus that the feature modules fill, pages in tabs, status bar, saved layout."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QTabWidget, QWidget

from desktop import APP_NAME, __version__, notify
from desktop.db import Database
from desktop.operations import Changes
from desktop.ui import messages, screen_fit
from desktop.ui.home import HomePage
from desktop.ui.jobs import JobRunner

LISTEN_INTERVAL_MS = 3000  # how soon another desk's change shows (reading the news costs no round trip)
MENU_TITLES = {  # marked for lupdate, translated when the menus are made
    "berkas": QT_TRANSLATE_NOOP("MainWindow", "&Berkas"), "data": QT_TRANSLATE_NOOP("MainWindow", "&Data"),
    "dokumen": QT_TRANSLATE_NOOP("MainWindow", "D&okumen"), "batch": QT_TRANSLATE_NOOP("MainWindow", "Ba&tch"),
    "laporan": QT_TRANSLATE_NOOP("MainWindow", "&Laporan"), "bantuan": QT_TRANSLATE_NOOP("MainWindow", "Ba&ntuan"),
}


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.jobs = JobRunner(self)
        self.close_hooks: list[Callable[[], None]] = []  # run after layout is saved (e.g. backup at close)
        self.setWindowTitle(f"{APP_NAME} — {db.name}" + (self.tr(" (hanya-baca)") if db.read_only else ""))
        self.setMinimumSize(640, 480)
        self.menus: dict[str, QMenu] = {key: self.menuBar().addMenu(self.tr(title))
                                        for key, title in MENU_TITLES.items()}
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.setCentralWidget(self.pages)
        self._stale: set[QWidget] = set()  # pages a write changed while they were hidden
        self.pages.currentChanged.connect(self._refresh_if_stale)
        self.db_label = QLabel(db.describe())
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)
        self.home = HomePage(self)
        self.add_page("beranda", self.home, self.tr("Beranda"))
        self._install_file_menu()
        self._install_features()
        self._install_help_menu()
        self._restore_layout()
        self.home.refresh()
        self.listener = None
        if db.is_server:  # another desk's change refreshes the pages (desktop.notify)
            self.listener = notify.Listener(db.engine)
            self.listen_timer = QTimer(self)
            self.listen_timer.setInterval(LISTEN_INTERVAL_MS)
            self.listen_timer.timeout.connect(self.other_desks_changed)
            self.listen_timer.start()

    # -- extension points for the feature modules -------------------------------------------
    def add_page(self, key: str, widget: QWidget, title: str) -> None:
        widget.setObjectName(f"page_{key}")
        self.pages.addTab(widget, title)

    def show_page(self, key: str) -> QWidget | None:
        for index in range(self.pages.count()):
            if self.pages.widget(index).objectName() == f"page_{key}":
                self.pages.setCurrentIndex(index)
                return self.pages.widget(index)
        return None

    def add_action(self, menu: str, text: str, slot: Callable[[], None], *, shortcut: QKeySequence | str | None = None,
                   name: str | None = None, writes: bool = False) -> QAction:
        """Add a menu action. `writes=True` actions are disabled when the DB is open read-only."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        if writes and self.db.read_only:
            action.setEnabled(False)
        self.menus[menu].addAction(action)
        return action

    def data_changed(self, changes: Changes | None = None) -> None:
        """After a write: the pages that show what it changed refresh (`changes` is what the operation
        reported; None: every page, for writes that do not say). A page says what it shows in `SHOWS`
        (names of `Changes` flags); a hidden page only notes that it is stale and refreshes when shown,
        so a write runs the queries of the page in front, not of every page."""
        changed = changes.names() if changes is not None else None
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if not callable(getattr(page, "refresh", None)):
                continue
            shows = getattr(page, "SHOWS", None)
            if changed is not None and shows is not None and not changed & shows:
                continue
            if page is self.pages.currentWidget() or not self.isVisible():
                page.refresh()
            else:
                self._stale.add(page)

    def _refresh_if_stale(self, index: int) -> None:
        page = self.pages.widget(index)
        if page in self._stale:
            self._stale.discard(page)
            page.refresh()

    def other_desks_changed(self) -> bool:
        """Refresh the pages when another desk committed a change (server only); True if it did."""
        if self.listener is None or self.jobs.busy():
            return False  # during a job of ours the news waits on the connection for the next tick
        if not self.listener.poll():
            return False
        self.data_changed()
        self.statusBar().showMessage(self.tr("Data diubah di meja lain; tampilan diperbarui."), 5000)
        return True

    # -- menus ----------------------------------------------------------------------------
    def _install_file_menu(self) -> None:
        self.add_action("berkas", self.tr("&Keluar"), self.close, shortcut=QKeySequence.StandardKey.Quit,
                        name="act_quit")

    def _install_features(self) -> None:
        # Each feature adds its pages and actions; one line per feature module.
        from desktop.ui import features
        for install in features.INSTALLERS:
            install(self)

    def _install_help_menu(self) -> None:
        self.add_action("bantuan", self.tr("&Tentang Jamsos Desk"), self._about, name="act_about")

    def _about(self) -> None:
        messages.info(self, self.tr("Tentang"), f"{APP_NAME} {__version__}\n\n" + self.tr(
            "Pendaftaran jaminan sosial ketenagakerjaan oleh organisasi mitra BPJS Ketenagakerjaan.\nBasis data: {path}")
            .format(path=self.db.describe()))

    # -- layout ---------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        store = QSettings()
        geometry = store.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            screen_fit.fit_inside(self)  # saved on a bigger screen: back inside this one
        else:  # first start: as large as a laptop allows, never taller than the screen
            self.resize(screen_fit.clamp(self, QSize(1280, 800)))
            screen_fit.place(self)
        state = store.value("main/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.jobs.busy() and not messages.confirm(
                self, self.tr("Pekerjaan masih berjalan"),
                self.tr("Masih ada pekerjaan yang berjalan. Batalkan dan tutup? Pekerjaan yang belum selesai tidak "
                        "mengubah data.")):
            event.ignore()
            return
        for job in list(self.jobs.jobs):
            job.cancel()
        self.jobs.wait(10_000)
        if self.listener is not None:
            self.listen_timer.stop()
            self.listener.close()
        store = QSettings()
        store.setValue("main/geometry", self.saveGeometry())
        store.setValue("main/state", self.saveState())
        for hook in self.close_hooks:
            hook()
        super().closeEvent(event)

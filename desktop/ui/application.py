"""Start the window: QApplication, the database (opened or created), and the main window."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, dialect, logs
from desktop.errors import UserError
from desktop.ui import messages

log = logging.getLogger(__name__)


def configure_application() -> QApplication:
    QCoreApplication.setOrganizationName("JamsosDesk")
    QCoreApplication.setApplicationName(APP_NAME)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    app = QApplication.instance() or QApplication(sys.argv)
    return app


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="jamsos-desk")
    parser.add_argument("--db", help="berkas basis data atau alamat server postgresql://…")
    parser.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)  # for the guide and checks
    args, _qt_args = parser.parse_known_args(argv[1:])
    logs.setup()
    app = configure_application()
    from desktop.ui import i18n
    i18n.install()
    sys.excepthook = lambda kind, exc, tb: messages.show_error(None, exc.with_traceback(tb))
    from desktop.ui.maintenance import session
    try:
        from desktop.ui.maintenance.moving import saved_location
        # --db, else JAMSOS_DB (read by open_database), else this PC's saved connection, else the default file
        location = args.db or (None if os.environ.get("JAMSOS_DB") else saved_location())
        if location and not args.db and dialect.parse_location(location).is_server:
            from desktop.ui.preferences.server_connection import open_saved
            db = open_saved(location)  # the saved connection has no password: asked for when needed
        else:
            db = session.open_for_window(location)  # local disk only, one writer (else read-only or stop)
    except UserError as exc:
        messages.show_error(None, exc, QCoreApplication.translate("Application", "Basis data tidak dapat dibuka"))
        return 2
    if db is None:
        return 2
    if not args.screenshot and not db.read_only:
        from desktop.ui.preferences.first_run import first_run_on
        db = first_run_on(db)  # the wizard may have moved this PC to a server database
    from desktop.ui.main_window import MainWindow
    window = MainWindow(db)
    session.guard(window)  # backup at start; integrity check and backup at close
    window.show()
    if args.screenshot:
        from PySide6.QtCore import QTimer

        def shoot() -> None:
            window.grab().save(str(args.screenshot))
            window.close()
        QTimer.singleShot(1500, shoot)
    code = app.exec()
    db.close()
    return code

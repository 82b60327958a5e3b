"""Window feature: data safety. Berkas: backup now, restore, integrity check, the audit log;
Data: a person's rights (report, anonymise, erase). The session guard (lock, backups at start and
close) is wired by desktop.ui.application through desktop.ui.maintenance.session."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def install(window) -> None:  # noqa: ANN001
    """Add this feature's pages and actions to the main window."""
    from desktop.ui.maintenance import backups, checking
    from desktop.ui.maintenance.audit_page import AuditPage

    page = AuditPage(window)
    window.add_page("catatan", page, page.tr("Catatan Pemrosesan"))
    tr = page.tr
    added = [
        window.add_action("berkas", tr("&Cadangkan sekarang…"), lambda: backups.backup_now(window),
                          shortcut=QKeySequence("Ctrl+Shift+B"), name="act_backup_now", writes=True),
        window.add_action("berkas", tr("&Pulihkan dari cadangan…"), lambda: backups.restore(window),
                          name="act_restore", writes=True),
        window.add_action("berkas", tr("Periksa &basis data"), lambda: checking.check_database(window),
                          name="act_check_db"),
        window.add_action("berkas", tr("Pindahkan data ke basis data &lain…"), lambda: _move(window),
                          name="act_move_db"),
        window.add_action("berkas", tr("Catatan &pemrosesan data"), lambda: window.show_page("catatan"),
                          name="act_audit_log"),
        window.add_action("berkas", tr("Kata sandi &aplikasi…"), lambda: _password(window), name="act_app_password",
                          writes=True),
    ]
    quit_action = window.findChild(QAction, "act_quit")
    if quit_action is not None:  # keep Keluar last in the Berkas menu (insertActions moves them)
        window.menus["berkas"].insertActions(quit_action, added)
        window.menus["berkas"].insertSeparator(quit_action)
    window.add_action("data", tr("&Hak subjek data (laporan, anonimkan, hapus)…"), lambda: _privacy(window),
                      name="act_privacy")


def _privacy(window) -> None:  # noqa: ANN001
    from desktop.ui.maintenance.privacy_dialog import PrivacyDialog
    roster = getattr(window, "roster", None)
    current = roster.current_id() if roster is not None and hasattr(roster, "current_id") else None
    PrivacyDialog(window, current).exec()


def _move(window) -> None:  # noqa: ANN001
    from desktop.ui.maintenance import moving
    moving.move(window)


def _password(window) -> None:  # noqa: ANN001
    from desktop.ui.maintenance.password_dialog import PasswordDialog
    PasswordDialog(window).exec()

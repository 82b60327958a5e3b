"""Berkas → Cadangkan/Pulihkan/Periksa, the audit-log page and a person's rights, driven as a clerk would."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.models import AuditEntry, Person
from desktop.roster import persons
from desktop.ui import messages

pytest.importorskip("PySide6")

SITI = "3516135205750003"


@pytest.fixture
def window(qtbot, db, mojokerto):
    from desktop.ui.main_window import MainWindow
    with db.write() as session:
        persons.add_person(session, persons.PersonData(name="Siti Aminah", nik=SITI, unit_id=mojokerto["sooko"]))
        persons.add_person(session, persons.PersonData(name="Nur Hayati", nik="3516136303850002"))
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.jobs.wait(10_000)


def trigger(window, name):
    from PySide6.QtGui import QAction
    window.findChild(QAction, name).trigger()


def last_message():
    return messages.shown[-1][1] if messages.shown else ""


@pytest.mark.sqlite_only(reason="restores a file copy from the window's list; a shared server is restored with pg_restore")
def test_backup_now_then_restore_from_the_list(window, qtbot, tmp_path, monkeypatch, db):
    from PySide6.QtWidgets import QDialog

    from desktop.ui.maintenance import backups
    monkeypatch.setattr(backups, "choose_folder", lambda *a: str(tmp_path / "usb"))
    trigger(window, "act_backup_now")
    qtbot.waitUntil(lambda: "Cadangan tersimpan" in last_message(), timeout=10_000)
    assert len(list((tmp_path / "usb").glob("jamsos-cadangan-*.sqlite"))) == 1
    with db.write() as session:
        persons.add_person(session, persons.PersonData(name="Orang Baru", nik="3516134107800001"))
    seen = {}

    def pick_the_usb_copy(dialog):
        seen["rows"] = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        dialog.load([backups.backup.inspect(next((tmp_path / "usb").iterdir()))])
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(backups.RestoreDialog, "exec", pick_the_usb_copy)
    trigger(window, "act_restore")
    qtbot.waitUntil(lambda: "Dipulihkan dari cadangan" in last_message(), timeout=10_000)
    assert "2 orang" in messages.shown[-2][1]  # the confirmation named the backup's count
    with db.read() as session:
        assert session.scalar(select(func.count(Person.id))) == 2
    assert seen["rows"] == []  # no automatic backups yet in a fresh test folder…
    dialog = backups.RestoreDialog(window)  # …but now the copy taken before the restore is listed
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "sebelum pemulihan"
    assert dialog.table.item(0, 2).text() == "3"


def test_check_database_reports_a_sound_file(window, qtbot):
    trigger(window, "act_check_db")
    qtbot.waitUntil(lambda: "dalam keadaan baik" in last_message(), timeout=10_000)


def test_audit_page_filters_and_exports(window, qtbot, tmp_path, monkeypatch, db):
    from desktop.ui.maintenance import places
    trigger(window, "act_audit_log")
    page = window.pages.currentWidget()
    assert page.objectName() == "page_catatan"
    with db.read() as session:
        total = session.scalar(select(func.count(AuditEntry.id)))
    qtbot.waitUntil(lambda: f"{total} catatan" in page.count_label.text(), timeout=10_000)  # read off the GUI thread
    assert page.model.rowCount() == total
    page.action.setCurrentIndex(page.action.findData("person_add"))
    qtbot.waitUntil(lambda: page.count_label.text() == "2 catatan", timeout=10_000)
    assert page.model.rowCount() == 2
    page.search.setText("tidak ada yang begini")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    target = tmp_path / "catatan.xlsx"
    monkeypatch.setattr(places, "choose_save_file", lambda *a: str(target))
    page.export()
    qtbot.waitUntil(lambda: "diekspor" in last_message(), timeout=10_000)
    assert target.exists()
    qtbot.waitUntil(lambda: page.action.findData("audit_export") >= 0, timeout=10_000)  # refreshed after the log


def test_privacy_dialog_reports_then_erases_the_current_person(window, qtbot, db, tmp_path, monkeypatch):
    from desktop.ui.maintenance import places
    from desktop.ui.maintenance.privacy_dialog import PrivacyDialog
    with db.read() as session:
        siti = session.scalar(select(Person.id).where(Person.nik == SITI))
    dialog = PrivacyDialog(window, siti)
    qtbot.addWidget(dialog)
    assert "Siti Aminah" in dialog.found.text() and "3516••••••••0003" in dialog.found.text()
    monkeypatch.setattr(places, "choose_save_file", lambda *a: str(tmp_path / "siti.pdf"))
    dialog.report_button.click()
    qtbot.waitUntil(lambda: "Laporan data pribadi Siti Aminah" in last_message(), timeout=10_000)
    assert (tmp_path / "siti.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()  # the confirmation is answered "yes" by the fixture
    assert "dihapus permanen" in last_message()
    with db.read() as session:
        assert session.scalar(select(func.count(Person.id))) == 1
        assert session.scalar(select(func.count()).where(AuditEntry.action == "privacy_erase")) == 1
    assert not dialog.erase_button.isEnabled() and "tidak ditemukan" in dialog.found.text()


@pytest.mark.sqlite_only(reason="session backups at start and close are SQLite file copies")
def test_close_checks_and_backs_up_and_start_backs_up(qtbot, db):
    from desktop import backup
    from desktop.ui.main_window import MainWindow
    from desktop.ui.maintenance import session
    win = MainWindow(db)
    qtbot.addWidget(win)
    session.guard(win)
    qtbot.waitUntil(lambda: not win.jobs.jobs, timeout=10_000)
    win.close()
    kinds = sorted(info.kind for info in backup.automatic_backups(db))
    assert kinds == ["sesi-mulai", "sesi-tutup"]


@pytest.mark.sqlite_only(reason="the writer lock is a file beside the SQLite database")
def test_a_second_window_is_offered_read_only(qtbot, db_path, db, answer_dialogs):
    from desktop.ui.maintenance import session
    first = session.open_for_window(db_path)
    answer_dialogs.append(True)  # "Buka hanya-baca"
    second = session.open_for_window(db_path)
    assert "sedang dipakai" in messages.shown[-1][1]
    assert second.read_only and not first.read_only
    answer_dialogs.append(False)  # "Keluar"
    assert session.open_for_window(db_path) is None
    second.close()
    first.close()


def test_the_window_asks_the_app_password_three_times(qtbot, db_path, db, monkeypatch):
    from desktop import access
    from desktop.ui.maintenance import password_dialog, session
    with db.write() as s:
        access.set_password(s, "rahasia-pc")
    typed = ["salah", "salah lagi", "masih salah"]
    monkeypatch.setattr(password_dialog, "ask_secret", lambda *a: typed.pop(0))
    assert session.open_for_window(db_path) is None
    assert "tiga kali" in messages.shown[-1][1]
    typed[:] = ["salah", "rahasia-pc"]
    opened = session.open_for_window(db_path)
    assert opened is not None and not opened.read_only
    opened.close()

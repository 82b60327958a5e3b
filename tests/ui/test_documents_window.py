"""Dokumen in the window: dialogs → job → preview page, page navigation and zoom, save, print, verify,
template editor."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

pytest.importorskip("PySide6.QtPdfWidgets")

from tests.files.test_documents_forms import add, db_path, migrated_db  # noqa: E402,F401


@pytest.fixture
def window(qtbot, db, mojokerto):
    from desktop.ui.main_window import MainWindow
    with db.write() as session:
        for i in range(3):
            add(session, f"Anggota Sooko {i + 1}", f"35161360048000{i + 1:02d}", mojokerto["sooko"])
        add(session, "Guru TK Satu", "3516135204800009", mojokerto["sooko"], institution_id=mojokerto["tk"])
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.jobs.wait(10_000)


def action(window, name):
    from PySide6.QtGui import QAction
    return window.findChild(QAction, name)


def wait_for_preview(qtbot, window, kind):
    preview = window.documents.preview
    qtbot.waitUntil(lambda: preview.printed is not None and preview.printed.kind == kind, timeout=20_000)
    qtbot.waitUntil(lambda: preview.document.pageCount() > 0, timeout=5000)
    return preview


def test_forms_for_a_unit_open_in_the_preview_with_navigation_and_zoom(window, qtbot, mojokerto):
    action(window, "act_print_forms").trigger()
    dialog = window.documents.dialog
    box = dialog.scope_box
    box.kind.setCurrentIndex(box.kind.findData("unit"))
    box.target.setCurrentIndex(box.target.findData(mojokerto["sooko"]))
    assert box.count.text() == "4 orang"
    dialog.print_date.setDate(dt.date(2026, 11, 25))
    dialog.accept()
    preview = wait_for_preview(qtbot, window, "form")
    assert window.pages.currentWidget() is preview
    assert preview.document.pageCount() == 4
    assert "4 halaman, 4 orang" in preview.title.text()
    assert preview.page_count.text() == "dari 4"
    preview.buttons["next"].click()
    qtbot.waitUntil(lambda: preview.page.value() == 2)
    preview.page.setValue(4)
    qtbot.waitUntil(lambda: preview.current_page() == 3)
    before = preview.view.zoomFactor()
    preview.buttons["zoom_in"].click()
    assert preview.view.zoomFactor() > before
    preview.grab().save("/tmp/documents_preview.png")


def test_forms_follow_the_roster_tables_current_filter(window, qtbot):
    from desktop.roster import queries
    window.roster.model.set_query(queries.PersonFilter(search="Anggota Sooko"), "nik")
    action(window, "act_print_forms").trigger()
    dialog = window.documents.dialog
    box = dialog.scope_box
    box.kind.setCurrentIndex(box.kind.findData("filter"))
    assert box.count.text() == "3 orang" and box.order.currentData() == "nik"
    dialog.accept()
    preview = wait_for_preview(qtbot, window, "form")
    texts = [" ".join(page.extract_text().split()) for page in PdfReader(str(preview.printed.path)).pages]
    assert len(texts) == 3 and all("Anggota Sooko" in t for t in texts)
    assert "Guru TK Satu" not in " ".join(texts)


def test_save_as_pdf_copies_the_file_and_logs_the_copy(window, qtbot, tmp_path, db):
    from desktop.models import AuditEntry
    action(window, "act_print_roster").trigger()
    dialog = window.documents.dialog
    dialog.scope_box.kind.setCurrentIndex(dialog.scope_box.kind.findData("institution"))
    dialog.accept()
    preview = wait_for_preview(qtbot, window, "roster")
    target = tmp_path / "daftar"
    preview.save_to(target)
    saved = target.with_suffix(".pdf")
    text = " ".join(PdfReader(str(saved)).pages[0].extract_text().split())
    assert "Guru TK Satu" in text and "3516••••••••0009" in text
    with db.read() as session:
        entry = session.query(AuditEntry).filter_by(action="export").one()
    assert entry.target == str(saved) and entry.person_count == 1


def test_full_identifiers_need_a_confirmation(window, qtbot, answer_dialogs):
    action(window, "act_print_roster").trigger()
    dialog = window.documents.dialog
    dialog.full.setChecked(True)
    answer_dialogs.append(False)  # "Lanjutkan?" → Tidak
    dialog.accept()
    window.jobs.wait(5000)
    assert window.documents.preview.printed is None


def test_printing_to_a_pdf_file_gives_the_vector_document_and_saving_names_the_number(window, qtbot, tmp_path,
                                                                                      db):
    from PySide6.QtPrintSupport import QPrinter

    from desktop.models import AuditEntry
    action(window, "act_print_pks").trigger()
    dialog = window.documents.dialog
    dialog.number_first.setText("B/77/2026")
    dialog.accept()
    preview = wait_for_preview(qtbot, window, "pks")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)  # pages are rendered at the printer's resolution: keep the test quick
    preview.send_to_printer(printer)
    qtbot.waitUntil(lambda: not window.jobs.jobs, timeout=60_000)
    printed = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(printed.pages) == preview.document.pageCount()
    assert "PERJANJIAN KERJA SAMA" in printed.pages[0].extract_text()  # the document itself, not page images
    # the file name offered by "Simpan sebagai PDF" carries the number printed inside
    number = dialog.number_second.text()
    assert preview.printed.number == number and number.replace("/", "-") in preview.printed.file_name()
    with db.read() as session:
        entry = session.query(AuditEntry).filter_by(action="print_paper").one()
    assert '"pages": %d' % preview.document.pageCount() in entry.detail


def test_verify_dialog_shows_what_was_printed(window, qtbot):
    action(window, "act_print_forms").trigger()
    dialog = window.documents.dialog
    dialog.scope_box.kind.setCurrentIndex(dialog.scope_box.kind.findData("nik"))
    dialog.scope_box.nik.setText("3516136004800002")
    dialog.accept()
    preview = wait_for_preview(qtbot, window, "form")
    action(window, "act_verify_document").trigger()
    verify = window.documents.dialog
    verify.code.setText(f"JAMSOS-DOC:{preview.printed.doc_id}/1")
    verify.check()
    assert "ASLI" in verify.result.toPlainText() and "Anggota Sooko 2" in verify.result.toPlainText()
    verify.code.setText("bukan kode")
    verify.check()
    assert "tidak dikenali" in verify.result.toPlainText()


def test_an_unknown_nik_is_shown_as_an_error_and_nothing_runs(window, qtbot):
    from desktop.ui import messages
    action(window, "act_print_forms").trigger()
    dialog = window.documents.dialog
    dialog.scope_box.kind.setCurrentIndex(dialog.scope_box.kind.findData("nik"))
    dialog.scope_box.nik.setText("3516999999999999")
    dialog.accept()
    assert messages.shown[-1][0] == "error" and "3516999999999999" in messages.shown[-1][1]
    window.jobs.wait(5000)
    assert window.documents.preview.printed is None


def test_template_editor_saves_a_version_and_refuses_unknown_placeholders(window, qtbot):
    from desktop.ui import messages
    action(window, "act_pks_template").trigger()
    editor = window.documents.dialog
    body = editor.editor.toPlainText()
    assert "## PENGERTIAN" in body
    editor.editor.setPlainText(body.replace("{kota}", "{kota_cabang}", 1))
    editor.save()
    assert messages.shown[-1][0] == "error" and "{kota_cabang}" in messages.shown[-1][1]
    assert editor.versions.count() == 1
    editor.editor.setPlainText(body.replace("Surat-menyurat", "Korespondensi"))
    editor.note.setText("uji")
    editor.save()
    assert editor.versions.count() == 2 and "uji" in editor.versions.itemText(0)
    editor.grab().save("/tmp/documents_template.png")


def test_the_dialogs_propose_the_next_letter_number_and_follow_the_date(qtbot, db):
    from PySide6.QtCore import QDate

    from desktop.ui.documents.dialogs import BeritaAcaraDialog, PksDialog
    pks = PksDialog(db)
    qtbot.addWidget(pks)
    today = dt.date.today()
    assert pks.number_second.text().startswith("001/PC-MSL/") and pks.number_second.text().endswith(str(today.year))
    pks.signing_date.setDate(QDate(2030, 5, 2))
    assert pks.number_second.text() == "001/PC-MSL/V/2030"
    pks.number_second.setText("17/PC-MSL/V/2030")  # typed by the clerk: kept when the date changes again
    pks.signing_date.setDate(QDate(2030, 6, 2))
    assert pks.request().number_second == "17/PC-MSL/V/2030"
    ba = BeritaAcaraDialog(db)
    qtbot.addWidget(ba)
    ba.on.setDate(QDate(2030, 7, 1))
    options = ba.request()
    assert options.number == "001/PC-MSL/VII/2030" and options.on == dt.date(2030, 7, 1) and options.medium

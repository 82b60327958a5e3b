"""Nothing typed is lost by a stray Esc; questions name the person they are about; the form dialog
prints the persons chosen in the roster; bulk edit from the window."""
from __future__ import annotations

import pytest
from sqlalchemy import select

pytest.importorskip("PySide6")

from tests.ui.test_roster_window import names, window  # noqa: E402, F401 - the same three persons


def test_esc_with_unsaved_edits_asks_before_throwing_them_away(window, qtbot, answer_dialogs):  # noqa: F811
    from PySide6.QtCore import Qt

    from desktop.ui import messages
    page = window.roster
    page.new_person()
    editor = page.editor
    qtbot.keyClicks(editor.inputs["name"], "Fatimah Az Zahra")
    answer_dialogs.append(False)  # "Buang perubahan?" → no, keep typing
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert messages.shown[-1][0] == "question" and "Buang perubahan?" in messages.shown[-1][1]
    assert editor.isVisible() and editor.inputs["name"].text() == "Fatimah Az Zahra"
    answer_dialogs.append(True)
    editor.buttons.rejected.emit()  # Batal → yes, throw away
    assert not editor.isVisible()
    shown = len(messages.shown)
    page.new_person()  # an untouched form closes without a question
    page.editor.reject()
    assert not page.editor.isVisible() and len(messages.shown) == shown


def test_delete_names_the_person_and_restore_says_what_came_back(window, qtbot, answer_dialogs):  # noqa: F811
    from desktop.ui import messages
    page = window.roster
    page.table.selectRow(1)  # Siti Aminah
    page.delete_selected()
    assert "Pindahkan Siti Aminah ke tempat sampah?" in messages.shown[-1][1]
    assert names(page) == ["Nur Hidayah", "Umi Kulsum"]
    page.filters.trash.setChecked(True)
    qtbot.waitUntil(lambda: names(page) == ["Siti Aminah"], timeout=5000)
    page.table.selectRow(0)
    page.restore_selected()
    assert "Siti Aminah" in window.statusBar().currentMessage()


def test_form_dialog_prints_the_persons_selected_in_the_roster(window, qtbot):  # noqa: F811
    from PySide6.QtCore import QItemSelectionModel

    from desktop.ui.documents.dialogs import FormDialog
    page = window.roster
    selection = page.table.selectionModel()
    for row in (0, 2):
        selection.select(page.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    dialog = FormDialog(window.db, page, window)
    qtbot.addWidget(dialog)
    assert dialog.scope_box.kind.currentData() == "selection"
    assert dialog.scope_box.count.text() == "2 orang"


def test_bulk_edit_from_the_window_and_undo(window, qtbot, db):  # noqa: F811
    from desktop.models import Occupation, Person
    page = window.roster
    page.table.selectAll()
    window.findChild(type(window.menus["data"].actions()[0]), "act_bulk_edit").trigger()
    dialog = page.editor
    assert dialog.windowTitle() == "Ubah 3 orang sekaligus"
    dialog.use["occupation_code"].setChecked(True)
    dialog.occupation.setCurrentIndex(dialog.occupation.findText("Guru TK/RA/KB/PAUD"))
    dialog.accept()
    qtbot.waitUntil(lambda: not window.jobs.jobs, timeout=20_000)  # checked and written off the GUI thread
    with db.read() as session:
        code = session.scalar(select(Occupation.code).where(Occupation.name == "Guru TK/RA/KB/PAUD"))
        assert set(session.scalars(select(Person.occupation_code))) == {code}
    assert "ubah 3 orang sekaligus" in page.undo_action.text()
    page.undo()
    with db.read() as session:
        assert set(session.scalars(select(Person.occupation_code))) == {None}

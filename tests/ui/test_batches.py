"""The Batch page: a clerk creates a batch, checks it, exports it to a folder and reads the answer back."""
from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import select

from desktop.models import Person
from tests.use_cases.test_batch_lifecycle import PERIOD, allow_older_bpu, sooko_roster

pytest.importorskip("PySide6")
from PySide6.QtCore import Qt  # noqa: E402


@pytest.fixture
def window(open_window, db, mojokerto, samples):
    sooko_roster(db, samples, mojokerto["sooko"])
    allow_older_bpu(db)
    return open_window(db)


@pytest.fixture
def files(monkeypatch):
    from desktop.ui.batches import ask
    queue: list[object] = []
    monkeypatch.setattr(ask, "answers", queue)
    return queue


def _wait_jobs(qtbot, window) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.jobs.jobs, timeout=30_000)


def _new_batch(qtbot, window, page) -> None:  # noqa: ANN001
    from PySide6.QtCore import QDate
    page.new_batch()
    dialog = page.dialog
    dialog.period.setDate(QDate(PERIOD.year, PERIOD.month, 1))
    assert "138 orang dapat masuk" in dialog.count.text()
    dialog.accept()
    _wait_jobs(qtbot, window)


def test_batch_from_new_to_answer(window, qtbot, tmp_path, samples, files, answer_dialogs):
    from desktop.ui import messages
    page = window.show_page("batch")
    assert page.batches.rowCount() == 0 and not page.buttons["export"].isEnabled()
    _new_batch(qtbot, window, page)
    assert page.batches.rowCount() == 1
    assert [page.batches.item(0, c).text() for c in (8, 1, 2, 3)] == ["BPU", "Draf", "138", "138"]
    assert page.model.rowCount() == 138
    assert "Batch B" in messages.shown[-1][1] and "138 orang" in messages.shown[-1][1]

    page.buttons["check"].click()
    _wait_jobs(qtbot, window)
    assert page.batches.item(0, 1).text() == "Sudah diperiksa"
    assert page.buttons["export"].isEnabled()

    page.buttons["export"].click()
    dialog = page.dialog
    dialog.target.setEditText(str(tmp_path))
    dialog.lock.setChecked(True)
    dialog.password.setText("pendek")
    dialog.repeat.setText("pendek")
    dialog._confirm()
    assert "minimal 8" in dialog.error.text() and dialog.isVisible()
    dialog.lock.setChecked(False)
    dialog._confirm()
    _wait_jobs(qtbot, window)
    exported = next(tmp_path.glob("batch-*.xlsx"))
    assert openpyxl.load_workbook(exported)["Data Peserta"].max_row == 139
    assert page.batches.item(0, 1).text() == "Sudah diekspor"
    assert "dibaca ulang dan cocok" in messages.shown[-1][1]

    files.append(str(samples / "jawaban-kantor-cabang.xlsx"))
    page.buttons["answer"].click()
    _wait_jobs(qtbot, window)
    # 16 refused: 13 without a KPJ, 3 "already a participant" whose KPJ is kept: two facts, two columns
    assert [page.batches.item(0, c).text() for c in (1, 3, 4, 5, 6)] == ["Dijawab sebagian", "18", "104", "3", "13"]
    assert "Terdaftar (KPJ baru): 104" in messages.shown[-1][1]
    states = {page.model.data(page.model.index(r, 3)) for r in range(page.model.rowCount())}
    assert states == {"Diajukan, menunggu jawaban", "Terdaftar (KPJ baru)", "Sudah peserta (KPJ lama)", "Ditolak"}


def test_check_marks_the_persons_to_fix(window, qtbot, db):
    with db.write() as session:
        person = session.scalars(select(Person)).first()
        person.mother_name = None
        name = person.name
    page = window.show_page("batch")
    _new_batch(qtbot, window, page)
    page.buttons["check"].click()
    _wait_jobs(qtbot, window)
    assert page.batches.item(0, 1).text() == "Draf" and not page.buttons["export"].isEnabled()
    notes = {page.model.data(page.model.index(r, 0)): page.model.data(page.model.index(r, 5))
             for r in range(page.model.rowCount())}
    assert "Nama Ibu Kandung belum diisi" in notes[name]
    # the clerk opens that person's data from the batch to fix it
    row = next(r for r in range(page.model.rowCount()) if page.model.data(page.model.index(r, 0)) == name)
    page.items.setCurrentIndex(page.model.index(row, 0))
    page.buttons["person"].click()
    assert window.roster.editor is not None and window.roster.editor.isVisible()
    window.roster.editor.reject()
    # taking that person out, the batch passes
    row = next(r for r in range(page.model.rowCount()) if page.model.data(page.model.index(r, 0)) == name)
    page.items.selectRow(row)
    page.buttons["remove"].click()
    assert page.model.rowCount() == 137
    page.buttons["check"].click()
    _wait_jobs(qtbot, window)
    assert page.batches.item(0, 1).text() == "Sudah diperiksa"


def test_preset_editor_copies_reorders_and_saves(window, qtbot, files, db):
    from desktop.batches import presets
    window.findChild(type(window.menus["batch"].actions()[0]), "act_presets").trigger()
    editor = window.batches.dialog
    assert editor.buttons["save"].isEnabled() is False  # shipped presets are read-only
    files.append("BPU Kantor Cabang 2027")
    editor.buttons["copy"].click()
    assert editor.current().name == "BPU Kantor Cabang 2027" and editor.buttons["save"].isEnabled()
    editor.table.selectRow(2)  # "Nama Lengkap" moves above "NIK"
    editor.move(-1)
    editor.table.item(0, 0).setText("NO URUT")
    editor.add_column()  # goes below the chosen column
    editor.buttons["save"].click()
    with db.read() as session:
        saved = presets.get_preset(session, "BPU Kantor Cabang 2027")
    assert [c.header for c in saved.columns[:4]] == ["NO URUT", "Nama Lengkap", "Kolom baru 24", "NIK"]
    assert len(saved.columns) == 24


def test_a_batch_from_the_persons_chosen_in_the_roster(window, qtbot):
    from PySide6.QtCore import QDate, QItemSelectionModel
    from PySide6.QtGui import QAction
    roster = window.roster
    qtbot.waitUntil(lambda: roster.model.rowCount() == 138, timeout=10_000)
    selection = roster.table.selectionModel()
    for row in (0, 1, 2):
        selection.select(roster.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    window.findChild(QAction, "act_batch_from_selection").trigger()
    page = window.batches
    assert window.pages.currentWidget() is page
    dialog = page.dialog
    dialog.period.setDate(QDate(PERIOD.year, PERIOD.month, 1))
    assert "3 orang dapat masuk" in dialog.count.text()
    dialog.accept()
    _wait_jobs(qtbot, window)
    assert page.batches.item(0, 2).text() == "3" and page.model.rowCount() == 3


def test_flagged_persons_are_listed_filtered_and_taken_out_at_once(window, qtbot, db, answer_dialogs):
    from desktop.ui import messages
    with db.write() as session:
        flagged = session.scalars(select(Person).order_by(Person.id).limit(3)).all()
        for person in flagged:
            person.mother_name = None
        names, niks = {p.name for p in flagged}, [p.nik for p in flagged]
    page = window.show_page("batch")
    _new_batch(qtbot, window, page)
    page.buttons["check"].click()
    _wait_jobs(qtbot, window)
    kind, text = messages.shown[-1]
    assert kind == "report" and "3 dari 138 orang" in text  # every problem listed, in a scrolling box
    assert all(p in text for p in names) and not any(nik in text for nik in niks)  # NIKs masked, as on screen
    page.only_problems.setChecked(True)
    assert {page.model.index(r, 0).data() for r in range(page.model.rowCount())} == names
    page.only_problems.setChecked(False)
    page.items.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # by name, Z first
    shown = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert shown == sorted(shown, key=str.casefold, reverse=True) or shown[0] > shown[-1]
    page.items.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # problems first
    assert {page.model.index(r, 0).data() for r in range(3)} == names
    assert page.buttons["remove_flagged"].isEnabled()
    page.buttons["remove_flagged"].click()
    assert page.model.rowCount() == 135
    page.buttons["check"].click()
    _wait_jobs(qtbot, window)
    assert page.batches.item(0, 1).text() == "Sudah diperiksa"

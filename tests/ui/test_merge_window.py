"""Merging two records of one person from the roster: select two rows (or the one an import flagged),
see both side by side with the differences and the outcome, merge, one row left."""
from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor
from sqlalchemy import select

from desktop.importing import plan
from desktop.importing.commit import commit
from desktop.models import Person
from desktop.roster import persons

pytest.importorskip("PySide6")

NIK_OLD = "3516134505800001"  # 05-05-1980, female, Kec. Sooko
NIK_NEW = "3516134505800002"  # same person by name and birth date, another NIK (a typo in one of them)


@pytest.fixture
def flagged(db, mojokerto, tmp_path):
    """Siti Aminah typed by hand, then a PAC file brings her again with another NIK, a phone and an
    address: the import keeps her as new and warns 'possible duplicate'."""
    with db.write() as session:
        old = persons.add_person(session, persons.PersonData(name="Siti Aminah", nik=NIK_OLD,
                                                             birth_date=dt.date(1980, 5, 5),
                                                             unit_id=mojokerto["sooko"]))
        persons.add_person(session, persons.PersonData(name="Nur Hidayah", unit_id=mojokerto["sooko"]))
    path = tmp_path / "pac.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Nama", "NIK", "Tanggal Lahir", "No HP", "Alamat"])
    book.active.append(["Siti Aminah", NIK_NEW, "05-05-1980", "081234567890", "Dsn. Japan RT 2"])
    book.save(path)
    commit(db, plan.prepare(db, path, "persons"), backup=False)
    with db.read() as session:
        new = session.scalar(select(Person.id).where(Person.nik == NIK_NEW))
    return old, new


def _action(window, name):
    from PySide6.QtGui import QAction
    return window.findChild(QAction, name)


def _select(page, ids):
    page.table.clearSelection()
    for pid in ids:
        row = page.model.row_of(pid)
        page.table.selectionModel().select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                           | QItemSelectionModel.SelectionFlag.Rows)


def _lines(dialog):
    table = dialog.table
    return {table.item(r, 0).text(): [table.item(r, c).text() if table.item(r, c) else "" for c in (1, 2, 3)]
            for r in range(table.rowCount())}


def _background(dialog, label, column):
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == label)
    return dialog.table.item(row, column).background().color()


def test_the_flagged_person_tells_which_record_she_may_be(db, flagged):
    old, new = flagged
    with db.read() as session:
        person = session.get(Person, new)
        assert person.has_problems
        [warning] = [w for w in json.loads(person.problems) if w["code"] == "possible_duplicate_db"]
    assert f"id {old}" in warning["message"]


def test_select_two_rows_and_merge(open_window, db, flagged, qtbot, answer_dialogs, tmp_path):
    old, new = flagged
    window = open_window(db)
    page = window.roster
    page.filters.search.setText("siti")
    assert page.count_label.text() == "2 orang cocok"
    _select(page, [new, old])
    assert _action(window, "act_merge_persons") in page.table.actions()  # the table's context menu
    _action(window, "act_merge_persons").trigger()
    dialog = window.merge_dialog
    qtbot.addWidget(dialog)
    assert (dialog.keep.person_id(), dialog.drop.person_id()) == (old, new)  # the earlier record is kept
    assert "Siti Aminah" in dialog.keep.choice.currentText() and NIK_OLD in dialog.keep.choice.currentText()
    lines = _lines(dialog)
    assert lines["Nama"] == ["Siti Aminah", "Siti Aminah", "Siti Aminah"]
    assert lines["No. HP"] == ["", "0812-3456-7890", "0812-3456-7890"]
    assert lines["Alamat"] == ["", "Dsn. Japan RT 2", "Dsn. Japan RT 2"]
    assert lines["Tanggal lahir"] == ["05-05-1980", "05-05-1980", "05-05-1980"]
    assert _background(dialog, "No. HP", 1) == QColor("#fff1c7")  # differs
    assert _background(dialog, "No. HP", 3) == QColor("#dcf1d8")  # filled from the other
    assert _background(dialog, "Nama", 1) != QColor("#fff1c7")
    # both hold a NIK and they differ: nothing happens until the clerk says which one is right
    assert "NIK kedua data berbeda" in dialog.message.text()
    assert not dialog.merge_button.isEnabled()
    dialog.resize(980, 640)
    dialog.grab().save(str(tmp_path / "gabung.png"))
    dialog.nik_choice.setCurrentIndex(dialog.nik_choice.findData(NIK_NEW))
    assert dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert page.count_label.text() == "1 orang cocok"
    with db.read() as session:
        person = session.get(Person, old)
        assert (person.nik, person.phone, person.address) == (NIK_NEW, "6281234567890", "Dsn. Japan RT 2")
        assert session.get(Person, new) is None


def test_one_flagged_row_proposes_the_record_its_warning_names(open_window, db, flagged, qtbot):
    old, new = flagged
    window = open_window(db)
    page = window.roster
    page.filters.search.setText("siti")
    page.filters.problems.setChecked(True)
    assert page.count_label.text() == "1 orang cocok"
    _select(page, [new])
    _action(window, "act_merge_persons").trigger()
    dialog = window.merge_dialog
    qtbot.addWidget(dialog)
    assert (dialog.keep.person_id(), dialog.drop.person_id()) == (old, new)
    with db.write() as session:  # the hand-typed record was sent to the branch office meanwhile
        session.get(Person, old).status = "diajukan"
    dialog.show_plan()
    assert "Status data yang digabungkan (Diajukan, menunggu jawaban) tidak ikut pindah" not in dialog.message.text()
    dialog.swap_button.click()  # keep the imported record, with its phone and address
    assert (dialog.keep.person_id(), dialog.drop.person_id()) == (new, old)
    assert "dihapus setelah digabung" in dialog.message.text()
    assert "Status data yang digabungkan (Diajukan, menunggu jawaban) tidak ikut pindah" in dialog.message.text()
    dialog.nik_choice.setCurrentIndex(dialog.nik_choice.findData(NIK_NEW))
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert page.count_label.text() == "0 orang cocok"  # the warning went with the merge
    with db.read() as session:
        person = session.get(Person, new)
        assert not person.has_problems and person.problems is None and person.unit_id is not None


def test_from_the_menu_with_nothing_selected_search_by_name(open_window, db, flagged, qtbot):
    old, new = flagged
    window = open_window(db)
    window.roster.table.clearSelection()
    _action(window, "act_merge_persons").trigger()
    dialog = window.merge_dialog
    qtbot.addWidget(dialog)
    assert dialog.keep.person_id() is None and not dialog.merge_button.isEnabled()
    qtbot.keyClicks(dialog.keep.search, "siti")
    qtbot.waitUntil(lambda: dialog.keep.choice.count() == 2, timeout=5000)
    dialog.drop.search.setText(NIK_NEW)
    dialog.drop.find()
    assert dialog.drop.person_id() == new
    dialog.keep.choice.setCurrentIndex(dialog.keep.choice.findData(new))
    assert "Pilih dua orang yang berbeda" in dialog.message.text()
    dialog.keep.choice.setCurrentIndex(dialog.keep.choice.findData(old))
    assert dialog.table.rowCount() > 10 and dialog.nik_choice is not None
    dialog.reject()


def test_the_warning_mark_tells_which_record_and_how_to_merge(open_window, db, flagged):
    from PySide6.QtCore import Qt

    from desktop.ui.roster.persons_model import COLUMNS
    old, new = flagged
    page = open_window(db).roster
    column = next(i for i, c in enumerate(COLUMNS) if c.key == "problems")
    tip = page.model.index(page.model.row_of(new), column).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Mungkin sudah ada di daftar (id {old})" in tip and "Gabungkan dua data orang" in tip

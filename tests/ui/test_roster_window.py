"""The roster in the real window: search and count, unit tree, editor checks, save, delete/restore, undo."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.roster import persons

pytest.importorskip("PySide6")

NIK_SITI = "3516135205750003"  # 12-05-1975, female (day + 40)
NIK_AMINAH = "3516136708800002"


@pytest.fixture
def window(qtbot, db, mojokerto):
    with db.write() as session:
        for name, nik, unit in (("Siti Aminah", NIK_SITI, "sooko"), ("Nur Hidayah", NIK_AMINAH, "sooko"),
                                ("Umi Kulsum", None, "mojosari")):
            persons.add_person(session, persons.PersonData(name=name, nik=nik, unit_id=mojokerto[unit],
                                                           phone="081234567890" if nik else None))
    from desktop.ui.main_window import MainWindow
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.jobs.wait(5000)


def names(page) -> list[str]:
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def cell(page, row: int, key: str) -> str:
    from desktop.ui.roster.persons_model import COLUMNS
    column = next(i for i, c in enumerate(COLUMNS) if c.key == key)
    return page.model.index(row, column).data()


def test_opens_on_the_persons_page_with_the_count(window):
    page = window.roster
    assert window.pages.currentWidget() is page
    assert page.count_label.text() == "3 orang cocok"
    assert names(page) == ["Nur Hidayah", "Siti Aminah", "Umi Kulsum"]
    assert cell(page, 2, "nik") == "belum ber-NIK"


def test_typing_a_search_changes_the_count(window, qtbot):
    page = window.roster
    qtbot.keyClicks(page.filters.search, "ami")
    assert page.count_label.text() == "1 orang cocok"
    assert names(page) == ["Siti Aminah"]
    page.filters.search.clear()
    qtbot.keyClicks(page.filters.search, "3516 1367")  # NIK digits, typed with a space
    assert names(page) == ["Nur Hidayah"]
    page.filters.search.setText("0812-3456")  # phone as printed
    assert page.count_label.text() == "2 orang cocok"


def test_choosing_a_unit_in_the_tree_filters_the_table(window, mojokerto):
    page = window.roster
    root = page.tree.topLevelItem(0)
    assert (root.text(0), root.text(1)) == ("Semua unit", "3")
    page.tree.choose(mojokerto["mojosari"])
    assert names(page) == ["Umi Kulsum"]
    assert page.tree.currentItem().text(1) == "1"
    page.tree.choose(mojokerto["pc"])
    assert page.count_label.text() == "3 orang cocok"


def test_ctrl_f_focuses_the_search_box(window, qtbot):
    action = next(a for a in window.menus["data"].actions() if a.objectName() == "act_find_person")
    assert action.shortcut().toString() == "Ctrl+F"
    action.trigger()
    assert window.roster.filters.search.hasFocus() or window.focusWidget() is window.roster.filters.search


def test_new_person_nik_fills_birth_date_and_sex_and_warns_when_they_disagree(window, qtbot, answer_dialogs, db):
    page = window.roster
    next(a for a in window.menus["data"].actions() if a.objectName() == "act_new_person").trigger()
    editor = page.editor
    assert editor.isVisible() and not editor.save_button.isEnabled()  # no name yet
    assert editor.messages_for("name") == ""  # no red mark before the clerk has typed anything
    assert editor.focusWidget() is editor.inputs["name"] or editor.inputs["name"].hasFocus()  # Ctrl+N: type the name
    editor.inputs["name"].editingFinished.emit()  # the clerk leaves the name empty
    editor.check_now()
    assert "Nama wajib diisi" in editor.messages_for("name")
    qtbot.keyClicks(editor.inputs["name"], "Fatimah")
    qtbot.keyClicks(editor.inputs["nik"], "351613520575000")  # 15 digits
    editor.check_now()
    assert "16 digit" in editor.messages_for("nik") and not editor.save_button.isEnabled()
    qtbot.keyClicks(editor.inputs["nik"], "9")
    qtbot.waitUntil(lambda: editor.inputs["birth_date"].text() == "12-05-1975", timeout=2000)
    assert editor.inputs["sex"].currentData() == "P" and editor.save_button.isEnabled()
    assert editor.kecamatan_box.currentText() == "Sooko"  # from the NIK's digits 35.16.13
    desa = editor.inputs["desa_code"]
    desa.setCurrentIndex(desa.findText("Japan"))
    assert editor.inputs["postal_code"].text() == "61361"
    editor.inputs["sex"].setCurrentIndex(editor.inputs["sex"].findData("L"))
    editor.check_now()
    warning = editor.notes["sex"]
    assert warning.isVisibleTo(editor) and warning.text().startswith("⚠ Menurut NIK orang ini perempuan")
    assert editor.save_button.isEnabled()  # a warning asks, it does not block
    answer_dialogs.append(True)  # "Tetap simpan?"
    editor.save_button.click()
    assert not editor.isVisible()
    assert names(page) == ["Fatimah", "Nur Hidayah", "Siti Aminah", "Umi Kulsum"]
    assert page.current_id() is not None and cell(page, 0, "sex") == "L" and cell(page, 0, "problems") == "⚠"
    with db.read() as session:
        saved = persons.person_data(session, page.current_id())
    assert (saved.nik, saved.postal_code, saved.birth_date.isoformat()) == (NIK_SITI[:15] + "9", "61361", "1975-05-12")
    assert saved.desa_code.startswith("35.16.13.")


def test_edit_shows_in_the_row_and_ctrl_z_undoes_it(window, qtbot):
    page = window.roster
    page.table.setFocus()
    page.table.selectRow(1)  # Siti Aminah
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editor
    assert editor.inputs["name"].text() == "Siti Aminah"
    assert editor.inputs["phone"].text() == "081234567890"
    editor.inputs["name"].setText("Siti Aminah Zahro")
    editor.inputs["phone"].setText("0813 1111 2222")
    editor.save_button.click()
    assert names(page)[1] == "Siti Aminah Zahro"
    assert cell(page, 1, "phone") == "0813-1111-2222"
    undo = next(a for a in window.menus["data"].actions() if a.objectName() == "act_undo")
    assert undo.shortcut().toString() == "Ctrl+Z" and undo.text() == "&Urungkan ubah data Siti Aminah"
    undo.trigger()
    assert not undo.isEnabled()
    assert names(page)[1] == "Siti Aminah" and cell(page, 1, "phone") == "0812-3456-7890"
    assert "Diurungkan" in window.statusBar().currentMessage()


def test_delete_goes_to_the_trash_and_comes_back(window, qtbot, answer_dialogs):
    page = window.roster
    page.table.setFocus()
    page.table.selectRow(0)  # Nur Hidayah
    answer_dialogs.append(True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert names(page) == ["Siti Aminah", "Umi Kulsum"]
    assert page.tree.topLevelItem(0).text(1) == "2"
    page.filters.trash.setChecked(True)
    assert names(page) == ["Nur Hidayah"] and page.count_label.text() == "1 orang cocok (tempat sampah)"
    page.table.selectRow(0)
    page.restore_button.click()
    assert names(page) == []
    page.filters.trash.setChecked(False)
    assert names(page) == ["Nur Hidayah", "Siti Aminah", "Umi Kulsum"]


def test_masked_display_is_remembered(window, qtbot, db):
    page = window.roster
    assert cell(page, 0, "nik") == NIK_AMINAH
    page.mask.setChecked(True)
    assert cell(page, 0, "nik") == "3516••••••••0002" and cell(page, 0, "phone") == "0812-••••-7890"
    window.close()
    from desktop.ui.main_window import MainWindow
    again = MainWindow(db)
    qtbot.addWidget(again)
    assert again.roster.mask.isChecked() and cell(again.roster, 0, "nik") == "3516••••••••0002"
    again.jobs.wait(5000)


def test_chosen_columns_are_remembered(window, qtbot, db):
    from desktop.ui.roster.persons_model import COLUMNS
    kpj = next(i for i, c in enumerate(COLUMNS) if c.key == "kpj")
    income = next(i for i, c in enumerate(COLUMNS) if c.key == "income")
    assert not window.roster.table.isColumnHidden(kpj) and window.roster.table.isColumnHidden(income)
    window.roster.show_column(kpj, False)
    window.roster.show_column(income, True)
    from desktop.ui.main_window import MainWindow
    again = MainWindow(db)
    qtbot.addWidget(again)
    assert again.roster.table.isColumnHidden(kpj) and not again.roster.table.isColumnHidden(income)
    again.jobs.wait(5000)


def test_sorting_by_a_column_header(window):
    page = window.roster
    from desktop.ui.roster.persons_model import COLUMNS
    nik = next(i for i, c in enumerate(COLUMNS) if c.key == "nik")
    page.table.sortByColumn(nik, Qt.SortOrder.DescendingOrder)
    assert names(page) == ["Nur Hidayah", "Siti Aminah", "Umi Kulsum"]  # NULL NIK last when descending
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(page) == ["Umi Kulsum", "Siti Aminah", "Nur Hidayah"]
    problems = next(i for i, c in enumerate(COLUMNS) if c.key == "problems")
    page.table.sortByColumn(problems, Qt.SortOrder.DescendingOrder)  # the ⚠ column: flagged rows first
    assert names(page)[0] == "Umi Kulsum" and cell(page, 0, "problems") == "⚠"  # no NIK yet: a warning
    assert cell(page, 2, "problems") == ""


def test_model_passes_the_model_tester(qtmodeltester, db, mojokerto, monkeypatch):
    from bench.data import person_rows
    from desktop.roster import bulk
    from desktop.ui.roster import persons_model
    monkeypatch.setattr(persons_model, "FIRST_PAGE", 50)
    monkeypatch.setattr(persons_model, "CACHE_ROWS", 200)
    with db.write() as session:
        bulk.insert_persons(session, person_rows(300, [mojokerto["sooko"]]))
    model = persons_model.PersonsModel(db)
    model.set_query()
    assert model.rowCount() == 300 and len(model.ids) == 50  # count and first page only
    qtmodeltester.check(model, force_py=True)
    assert model.index(299, 0).data()  # a row past the first page: the rest of the ids is read then
    assert len(model.ids) == 300
    for row in range(0, 300, 7):
        model.index(row, 1).data()
    assert len(model._rows) <= 200
    with db.read() as session:
        from desktop.roster import queries
        assert model.ids == queries.person_ids(session, queries.PersonFilter())


def test_the_rest_of_the_ids_arrive_in_the_background(window, qtbot, monkeypatch):
    from desktop.ui.roster import persons_model
    monkeypatch.setattr(persons_model, "FIRST_PAGE", 2)
    page = window.roster
    page.filters.segment.setCurrentIndex(page.filters.segment.findData("BPU"))
    assert page.count_label.text() == "3 orang cocok" and len(page.model.ids) == 2
    qtbot.waitUntil(lambda: len(page.model.ids) == 3, timeout=5000)
    assert names(page) == ["Nur Hidayah", "Siti Aminah", "Umi Kulsum"]


def test_unit_and_institution_editors(window, qtbot, mojokerto):
    page = window.roster
    page.tree.choose(mojokerto["sooko"])
    page.new_unit()
    editor = page.editor
    assert not editor.save_button.isEnabled()
    editor.inputs["name"].setText("Ranting Japan")
    assert editor.inputs["parent_id"].currentData() == mojokerto["sooko"]
    editor.save_button.click()
    assert not editor.isVisible()
    assert any(page.tree.currentItem().child(i).text(0) == "Ranting Japan"
               for i in range(page.tree.currentItem().childCount()))
    page.new_unit()
    page.editor.inputs["name"].setText("ranting japan")
    page.editor.save_button.click()
    assert page.editor.isVisible() and "sudah ada" in page.editor.notes["name"].text()
    page.editor.reject()

    lembaga = window.show_page("lembaga")
    lembaga.new_institution()
    editor = lembaga.editor
    editor.inputs["name"].setText("RA Muslimat NU 12")
    editor.inputs["type"].setCurrentText("ra")
    editor.inputs["npsn"].setText("20512345")  # the TK's NPSN
    editor.save_button.click()
    assert editor.isVisible() and "sudah dipakai" in editor.notes["npsn"].text()
    editor.inputs["npsn"].setText("20598765")
    kecamatan, desa = editor.inputs["kecamatan"], editor.inputs["desa_code"]
    kecamatan.setCurrentIndex(kecamatan.findText("Sooko"))  # the district's kecamatan, then its desa
    assert desa.findText("Japan") > 0 and desa.findText("Jasem") < 0  # Jasem is in Ngoro
    desa.setCurrentIndex(desa.findText("Japan"))
    editor.save_button.click()
    assert not editor.isVisible()
    from desktop.models import Institution
    with window.db.read() as session:
        ra = session.query(Institution).filter_by(name="RA Muslimat NU 12").one()
        assert ra.desa_code.startswith("35.16.13.")
    lembaga.table.selectRow([r for r in range(lembaga.table.rowCount())
                             if lembaga.table.item(r, 1).text() == "RA Muslimat NU 12"][0])
    lembaga.edit_institution()  # opened again: its kecamatan and desa are shown
    assert (lembaga.editor.inputs["kecamatan"].currentText(), lembaga.editor.inputs["desa_code"].currentText()) \
        == ("Sooko", "Japan")
    lembaga.editor.reject()
    texts = [lembaga.table.item(r, 1).text() for r in range(lembaga.table.rowCount())]
    assert texts == ["RA Muslimat NU 12", "TK Muslimat NU 05 Japan"]
    assert lembaga.table.item(0, 0).text() == "RA"
    lembaga.table.selectRow(0)
    lembaga.delete_institution()  # confirmed by the fixture's default answer
    assert lembaga.table.rowCount() == 1
    page.undo()
    assert [lembaga.table.item(r, 1).text() for r in range(lembaga.table.rowCount())] == texts


def test_heirs_are_an_editable_list(window, qtbot, db):
    from PySide6.QtWidgets import QPushButton, QTableWidgetItem
    page = window.roster
    page.table.selectRow(1)  # Siti Aminah
    page.open_current()
    editor = page.editor
    add = next(b for b in editor.findChildren(QPushButton) if b.text() == "Tambah ahli waris")
    add.click()
    editor.heirs.setItem(0, 1, QTableWidgetItem("Anak"))
    editor.check_now()
    assert "Ahli waris ke-1: nama wajib diisi" in editor.messages_for("heirs")
    assert not editor.save_button.isEnabled() and editor.tabs.tabText(3).startswith("✖")
    editor.heirs.setItem(0, 0, QTableWidgetItem("Ahmad Fauzi"))
    editor.heirs.setItem(0, 2, QTableWidgetItem("3-4-2005"))
    editor.check_now()
    assert editor.save_button.isEnabled()
    editor.save_button.click()
    with db.read() as session:
        heirs = persons.person_data(session, page.current_id()).heirs
    assert [(h.name, h.relation, h.birth_date.isoformat()) for h in heirs] == [("Ahmad Fauzi", "Anak", "2005-04-03")]


def test_unit_editor_warns_when_the_name_names_another_kecamatan(window, mojokerto):
    page = window.roster
    page.tree.choose(mojokerto["pc"])
    page.new_unit()
    editor = page.editor
    editor.inputs["name"].setText("PAC Muslimat NU Mojosari")
    region = editor.inputs["region_code"]
    region.setCurrentIndex(region.findData("35.16.07"))
    note = editor.notes["region_code"]
    assert not note.isHidden() and "Kecamatan Kutorejo" in note.text() and "Kecamatan Mojosari" in note.text()
    region.setCurrentIndex(region.findData("35.16.08"))
    assert note.isHidden()
    editor.reject()


def test_editor_keeps_the_ktp_name_and_the_name_with_titles_apart(window, qtbot, db):
    page = window.roster
    page.table.selectRow(1)  # Siti Aminah
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editor
    assert editor.inputs["name_with_titles"].text() == ""
    editor.inputs["name"].setText("Hj. Siti Aminah, S.Pd.I")  # typed as the PAC writes it
    editor.save_button.click()
    assert names(page)[1] == "Siti Aminah"  # the form's section A: as on the KTP-el
    with db.read() as session:
        saved = persons.person_data(session, page.current_id())
    assert (saved.name, saved.name_with_titles) == ("Siti Aminah", "Hj. Siti Aminah, S.Pd.I")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    again = page.editor
    assert again.inputs["name"].text() == "Siti Aminah"
    assert again.inputs["name_with_titles"].text() == "Hj. Siti Aminah, S.Pd.I"
    again.reject()


def test_a_large_list_on_the_server_comes_one_page_of_ids_at_a_time(qtbot, db, mojokerto, monkeypatch):
    """Server mode: past PAGED_FROM persons a keystroke reads the count and one page of ids; scrolling
    down reads the next pages by key, never every id in the background. SQLite keeps loading the rest
    in the background (its speed goals are measured that way)."""
    from bench.data import person_rows
    from desktop.roster import bulk, queries
    from desktop.ui.roster import persons_model
    monkeypatch.setattr(persons_model, "FIRST_PAGE", 40)
    monkeypatch.setattr(persons_model, "PAGED_FROM", 100)
    monkeypatch.setattr(persons_model, "PAGE", 25)
    with db.write() as session:
        bulk.insert_persons(session, person_rows(300, [mojokerto["sooko"], mojokerto["mojosari"]], seed=3))
    started = []
    model = persons_model.PersonsModel(db, background=lambda fn, done: started.append(fn))
    for sort_key, descending in (("name", False), ("phone", True), ("unit", False)):
        started.clear()
        model.set_query(sort_key=sort_key, descending=descending)
        qtbot.wait(persons_model.REST_DELAY_MS + 200)
        assert model.rowCount() == 300 and len(model.ids) == 40  # the count and the first page only
        assert model.paged == db.is_server and bool(started) == (not db.is_server)
        if not db.is_server:
            continue
        assert model.index(99, 0).data()  # scrolled to row 100: up to it and a page beyond
        assert len(model.ids) == 100 + 25
        assert model.index(299, 0).data()
        with db.read() as session:
            assert model.ids == queries.person_ids(session, queries.PersonFilter(), sort_key, descending)

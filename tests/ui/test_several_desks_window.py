"""The person editor when another desk saved the same person meanwhile (issue 21): the save is
refused, the clerk picks per field "keep mine / take theirs", and the second save keeps both."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from desktop import audit
from desktop.db import open_database
from desktop.roster import persons
from desktop.ui.roster import conflict_dialog, person_editor
from ..conftest import TEST_PG

SITI = "3516135205750003"


@pytest.fixture
def person(db, mojokerto):
    with db.write() as session:
        return persons.add_person(session, persons.PersonData(
            name="Siti Aminah", nik=SITI, unit_id=mojokerto["sooko"], phone="081234567890", income=1_000_000))


def _other_desk_saves(db_path, person_id, monkeypatch, **changes):
    other = open_database(db_path)
    monkeypatch.setattr(audit, "current_actor", lambda: "bu_rina")
    try:
        with other.write() as session:
            data = persons.person_data(session, person_id)
            for name, value in changes.items():
                setattr(data, name, value)
            persons.update_person(session, person_id, data)
    finally:
        other.close()
        monkeypatch.setattr(audit, "current_actor", lambda: "bu_siti")


def test_a_stale_save_offers_keep_mine_or_take_theirs_and_keeps_both_changes(qtbot, db, db_path, person,
                                                                               monkeypatch, tmp_path):
    editor = person_editor.PersonEditor(db, person)
    qtbot.addWidget(editor)
    editor.show()
    _other_desk_saves(db_path, person, monkeypatch, phone="085711112222", address="Jl. Raya Sooko")
    editor.inputs["address"].setText("Dusun Japan RT 1")  # both changed the address; only B the phone
    editor.inputs["mother_name"].setText("Hj. Maimunah")
    seen = {}

    def answer(dialog):
        seen["text"] = dialog.refusal.message
        seen["fields"] = list(dialog.choices)
        seen["defaults"] = {n: g.checkedId() for n, g in dialog.choices.items()}
        dialog.grab().save(str(tmp_path / "conflict.png"))  # looked at while writing it
        dialog.choose("address", keep_mine=False)  # take theirs for the address
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", answer)
    editor.save()
    assert "sudah diubah oleh bu_rina" in seen["text"] and "yang diubahnya:" in seen["text"]
    assert set(seen["fields"]) == {"phone", "address", "mother_name"}
    # what the clerk typed starts on "keep mine", what only the other desk changed on "take theirs"
    assert seen["defaults"] == {"phone": 1, "address": 0, "mother_name": 0}
    with db.read() as session:
        stored = persons.person_data(session, person)
    assert (stored.phone, stored.address, stored.mother_name, stored.version) == (
        "6285711112222", "Jl. Raya Sooko", "Hj. Maimunah", 3)
    assert not editor.isVisible()


def test_cancelling_the_choice_writes_nothing_and_keeps_the_form(qtbot, db, db_path, person, monkeypatch):
    editor = person_editor.PersonEditor(db, person)
    qtbot.addWidget(editor)
    editor.show()
    _other_desk_saves(db_path, person, monkeypatch, phone="085711112222")
    editor.inputs["address"].setText("Dusun Japan RT 1")
    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    editor.save()
    with db.read() as session:
        stored = persons.person_data(session, person)
    assert (stored.phone, stored.address, stored.version) == ("6285711112222", None, 2)
    assert editor.isVisible() and editor.inputs["address"].text() == "Dusun Japan RT 1"


@pytest.mark.skipif(not TEST_PG, reason="LISTEN/NOTIFY: needs a PostgreSQL server (JAMSOS_TEST_PG)")
def test_the_roster_refreshes_when_another_desk_changed_data(qtbot, db, db_path, person, monkeypatch):
    from desktop import notify
    from desktop.ui.main_window import MainWindow
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert window.roster.count_label.text() == "1 orang cocok"
    assert not window.other_desks_changed()  # nothing new yet
    with db.write() as session:  # this desk's own write is not news
        persons.add_person(session, persons.PersonData(name="Dari Meja Ini", nik="3516134107800001"))
    assert not window.other_desks_changed()
    other = open_database(db_path)
    try:
        with monkeypatch.context() as patched, other.write() as session:
            patched.setattr(notify, "DESK", "meja-lain:1")  # the other desk announces under its own name
            persons.add_person(session, persons.PersonData(name="Nur Hidayah", nik="3516134507800002"))
    finally:
        other.close()
    # no click: the timer reads the news and the roster shows both new persons
    qtbot.waitUntil(lambda: window.roster.count_label.text() == "3 orang cocok", timeout=10_000)
    assert "meja lain" in window.statusBar().currentMessage()
    window.close()


def test_the_settings_dialog_refuses_a_setting_another_desk_changed_meanwhile(qtbot, db, monkeypatch):
    from desktop import profile, settings
    from desktop.ui import messages
    from desktop.ui.main_window import MainWindow
    from desktop.ui.preferences.dialog import SettingsDialog
    window = MainWindow(db)
    qtbot.addWidget(window)
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(audit, "current_actor", lambda: "bu_rina")
    with db.write() as session:  # another desk, while the dialog is open
        profile.apply_settings(session, secretary_name="Hj. Umi Kulsum")
    form = next(f for f in dialog.forms.values() if "secretary_name" in f.widgets)
    form.widgets["secretary_name"].setText("Hj. Siti")
    dialog.save()
    assert "sudah diubah oleh bu_rina" in messages.shown[-1][1] and "Nama sekretaris" in messages.shown[-1][1]
    with db.read() as session:
        assert settings.load(session).secretary_name == "Hj. Umi Kulsum"

"""The first-run wizard and the settings dialog, driven as a clerk would."""
from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QWizard

from desktop import settings
from desktop.ui import messages
from desktop.ui.preferences.dialog import SettingsDialog
from desktop.ui.preferences.first_run import FirstRunWizard, first_run_if_needed
from desktop.ui.preferences.form import uncovered_settings

JOMBANG = {
    "organisation": {"org_name": "Pimpinan Cabang Fatayat Nahdlatul Ulama Kabupaten Jombang",
                     "org_short_name": "PC Fatayat NU Kab. Jombang", "org_place": "Jombang",
                     "org_address": "Jl. KH. Wahid Hasyim 10, Jombang"},
    "structure": {"level_names": "PC, PAC, Ranting"},
    "branch": {"branch_name": "BPJS Ketenagakerjaan Kantor Cabang Jombang", "branch_city": "Jombang",
               "branch_head_name": "Ahmad Fauzi", "branch_head_title": "Kepala Kantor Cabang"},
    "signatories": {"chair_name": "Hj. Nur Aini, S.Pd.", "secretary_name": "Lailatul Fitriyah"},
    "defaults": {"pks_number_pattern": "{nomor}/PC-FTY/{bulan_romawi}/{tahun}"},
}


def fill(form, values: dict[str, str]) -> None:
    for key, text in values.items():
        form.widgets[key].setText(text)


def choose_district(form, typed: str) -> None:
    form.widgets["district_code"].setCurrentText(typed)


def run_wizard(qtbot, db, *, typed_district="Jombang") -> FirstRunWizard:
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # welcome page
    for key in ("organisation", "structure", "branch", "signatories", "defaults"):
        page = wizard.currentPage()
        assert page.objectName() == f"wizard_page_{key}"
        fill(page.form, JOMBANG[key])
        if key == "structure":
            choose_district(page.form, typed_district)
        if key == "defaults":
            page.form.widgets["default_programmes"].findChild(QCheckBox, "programme_JHT").setChecked(True)
            example = page.form.widgets["pks_number_pattern"].parentWidget().findChild(QLabel).text()
            assert example.startswith("Contoh: 001/PC-FTY/")  # as the PKS will print it
        wizard.next()
    assert wizard.currentPage().objectName() == "wizard_page_finish"
    wizard.button(QWizard.WizardButton.FinishButton).click()
    return wizard


def test_every_setting_has_a_field():
    assert uncovered_settings() == {"first_run_done"}


def test_wizard_sets_up_another_organisation(qtbot, db):
    wizard = run_wizard(qtbot, db)
    assert wizard.result() == QWizard.DialogCode.Accepted
    with db.read() as session:
        cfg = settings.load(session)
    assert cfg.org_name == "Pimpinan Cabang Fatayat Nahdlatul Ulama Kabupaten Jombang"
    assert cfg.org_short_name == "PC Fatayat NU Kab. Jombang"
    assert cfg.level_names == ["PC", "PAC", "Ranting"]
    assert cfg.district_code == "35.17"
    assert cfg.branch_name == "BPJS Ketenagakerjaan Kantor Cabang Jombang"
    assert cfg.chair_name == "Hj. Nur Aini, S.Pd."
    assert cfg.default_programmes == ["JKK", "JKM", "JHT"]
    assert cfg.pks_number_pattern == "{nomor}/PC-FTY/{bulan_romawi}/{tahun}"
    assert cfg.first_run_done is True
    assert first_run_if_needed(db) is False  # not shown again


def pdf_text(path) -> str:
    from pypdf import PdfReader
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_documents_carry_the_names_entered_in_the_wizard(qtbot, db, tmp_path):
    import datetime as dt

    from desktop.documents import agreement, form, scope
    from desktop.roster import persons
    run_wizard(qtbot, db)
    with db.write() as session:
        person = persons.add_person(session, persons.PersonData(
            name="Siti Rofiah", nik="3517025708900001", sex="P", birth_date=dt.date(1990, 8, 17),
            birth_place="Jombang"), reference=dt.date(2026, 11, 2))
    agreement.print_pks(db, tmp_path / "pks.pdf")
    pks = pdf_text(tmp_path / "pks.pdf").lower()  # headings are in capitals
    assert "pimpinan cabang fatayat nahdlatul ulama kabupaten jombang" in pks
    assert "bpjs ketenagakerjaan kantor cabang jombang" in pks
    assert "hj. nur aini, s.pd." in pks and "ahmad fauzi" in pks and "mojokerto" not in pks
    form.print_forms(db, scope.Scope(ids=[person]), tmp_path / "formulir.pdf")
    forms = pdf_text(tmp_path / "formulir.pdf").lower()
    assert "fatayat nu kab. jombang" in forms and "mojokerto" not in forms


def test_a_new_database_starts_with_the_wizard(qtbot, db):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    seen = []

    def later() -> None:  # the clerk presses "Nanti saja"
        wizard = QApplication.activeModalWidget()
        seen.append(wizard.objectName())
        wizard.button(QWizard.WizardButton.CancelButton).click()

    QTimer.singleShot(0, later)
    assert first_run_if_needed(db) is False
    assert seen == ["first_run_wizard"]
    with db.read() as session:
        assert settings.load(session).first_run_done is False  # asked again at the next start


def test_wizard_keeps_the_clerk_on_a_page_until_it_is_right(qtbot, db, answer_dialogs):
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.currentPage()
    page.form.widgets["org_short_name"].setText("")
    wizard.next()
    assert wizard.currentPage() is page
    assert messages.shown[-1] == ("warning", "Isi dulu: Nama singkat.")
    page.form.widgets["org_short_name"].setText("PC Fatayat NU Kab. Jombang")
    wizard.next()
    structure = wizard.currentPage()
    choose_district(structure.form, "99.99 Atlantis")
    wizard.next()
    assert wizard.currentPage() is structure
    assert "99.99" in messages.shown[-1][1]
    with db.read() as session:
        assert settings.load(session).first_run_done is False  # nothing stored before Finish


def test_wizard_loads_a_profile_from_the_pw(qtbot, db, tmp_path, answer_dialogs):
    source = tmp_path / "profil-pw.json"
    source.write_text(json.dumps({"format": "jamsos-desk-profil", "version": 1, "settings": {
        "org_short_name": "PC Fatayat NU", "level_names": ["Cabang", "Anak Cabang", "Ranting"]}}),
        encoding="utf-8")
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    from desktop.ui.preferences.profile_files import ProfileFiles
    assert ProfileFiles(db, wizard, wizard.reload).import_from(source)
    assert wizard.sections["structure"].form.widgets["level_names"].text() == "Cabang, Anak Cabang, Ranting"
    assert wizard.sections["organisation"].form.widgets["org_short_name"].text() == "PC Fatayat NU"


@pytest.fixture
def window(qtbot, db):
    from desktop.ui.main_window import MainWindow
    win = MainWindow(db)
    qtbot.addWidget(win)
    return win


def test_settings_dialog_saves_and_refuses_bad_values(qtbot, window, db, answer_dialogs):
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.forms["organisation"].widgets["org_short_name"].setText("PC Muslimat NU Kota Mojokerto")
    choose_district(dialog.forms["structure"], "35.76")
    dialog.forms["defaults"].widgets["pks_number_pattern"].setText("PKS/{tahun}")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.sections.currentRow() == list(dialog.forms).index("defaults")
    assert "{nomor}" in messages.shown[-1][1]
    with db.read() as session:
        assert settings.load(session).org_short_name == "PC Muslimat NU Kab. Mojokerto"  # whole or nothing

    dialog.forms["defaults"].widgets["pks_number_pattern"].setText("{nomor}/PC-MSL-KOTA/{tahun}")
    dialog.forms["rules"].widgets["bpu_max_age"].setValue(60)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.read() as session:
        cfg = settings.load(session)
    assert (cfg.org_short_name, cfg.district_code, cfg.bpu_max_age) == ("PC Muslimat NU Kota Mojokerto", "35.76", 60)
    assert dialog.language_changed is False


def test_settings_dialog_links_to_the_rates_screen(qtbot, window):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QPushButton
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    link = dialog.findChild(QPushButton, "link_act_rates")
    assert link.isEnabled()
    with qtbot.waitSignal(window.findChild(QAction, "act_rates").triggered, timeout=2000):
        link.click()
    assert dialog.result() == dialog.DialogCode.Rejected


def test_menu_offers_settings_and_guide(window):
    names = [action.objectName() for action in window.menus["berkas"].actions()]
    assert {"pref_settings", "pref_profile_export", "pref_profile_import"} <= set(names)
    assert names.index("pref_profile_import") < names.index("act_quit")  # Keluar stays below
    from desktop.ui.feature_preferences import GuideDialog, guide_path
    assert guide_path().exists()
    guide = GuideDialog(window)
    assert "Panduan" in guide.browser.toPlainText()

"""Language: Qt's own buttons read Indonesian, English changes the menus, long translations fit."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QTranslator
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialogButtonBox, QFileDialog, QLabel,
                               QMessageBox, QPushButton, QWidget, QWizard, QWizardPage)

from desktop.ui import i18n


@pytest.fixture(scope="module", autouse=True)
def compiled_translations():
    """The .qm files are built by run.py; build them here too when pytest runs on its own."""
    import run
    run.build_translations(Path(sys.executable))


@pytest.fixture
def language():
    yield i18n.install
    i18n.remove_all()


@pytest.fixture
def window(qtbot, db):
    from desktop.ui.main_window import MainWindow
    win = MainWindow(db)
    qtbot.addWidget(win)
    return win


def menu_titles(window) -> list[str]:
    return [menu.title() for menu in window.menus.values()]


def test_qt_own_buttons_read_indonesian(qtbot, language):
    language("id")
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                           | QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                           | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Close)
    assert sorted(button.text() for button in box.buttons()) == ["&Tidak", "&Ya", "Batal", "OK", "Simpan", "Tutup"]
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.addPage(QWizardPage())
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Lanjut >"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Batal"
    dialog = QFileDialog()
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
    buttons = {button.text() for button in dialog.findChild(QDialogButtonBox).buttons()}
    assert buttons == {"&Buka", "Batal"}


def test_dates_and_numbers_in_the_window_are_indonesian():
    assert QLocale().toString(QDate(2026, 11, 25), "d MMMM yyyy") == "25 November 2026"
    assert QLocale().toString(1_500_000) == "1.500.000"


def test_switching_to_english_changes_the_menus(qtbot, window, language, answer_dialogs):
    assert menu_titles(window) == ["&Berkas", "&Data", "D&okumen", "Ba&tch", "&Laporan", "Ba&ntuan"]
    from desktop.ui.feature_preferences import switch_language
    closed = []
    window.close_hooks.append(lambda: closed.append("backup at close"))
    english = switch_language(window, "en")
    assert closed == []  # the session did not end
    qtbot.addWidget(english)
    assert i18n.preferred_language() == "en"
    assert not window.isVisible() and english.isVisible()
    assert menu_titles(english) == ["&File", "&Data", "D&ocuments", "Ba&tches", "&Reports", "&Help"]
    texts = [action.text() for action in english.menus["berkas"].actions()]
    assert {"&Settings…", "E&xit"} <= set(texts)
    from PySide6.QtGui import QAction
    assert english.findChild(QAction, "pref_language").text() == "Bahasa / Language: Bahasa Indonesia"
    # and back: the preference is per PC and the menus return to Indonesian
    indonesian = switch_language(english, "id")
    qtbot.addWidget(indonesian)
    assert menu_titles(indonesian)[0] == "&Berkas"
    assert i18n.preferred_language() == "id"
    indonesian.close()
    assert closed == ["backup at close"]  # ...until the last window closes


def test_settings_dialog_switches_the_language(qtbot, window, language, answer_dialogs):
    from desktop.ui.preferences.dialog import SettingsDialog
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    assert dialog.language_changed and i18n.preferred_language() == "en"


def pseudo_qm(ts_file: Path, target: Path) -> Path:
    """A copy of a .ts whose every text is its source made ~40% longer, compiled with lrelease.

    (A Python QTranslator subclass would be simpler, but PySide6 6.12 crashes after some thousand
    calls into an overridden translate().)"""
    import xml.etree.ElementTree as ET

    import PySide6
    tree = ET.parse(ts_file)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.clear()
        translation.text = f"{source} {'x' * max(2, len(source) * 2 // 5)}"
    pseudo_ts = target.with_suffix(".ts")
    tree.write(pseudo_ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    subprocess.run([str(lrelease), "-silent", str(pseudo_ts), "-qm", str(target)], check=True)
    return target


@pytest.fixture
def pseudo(tmp_path):
    folder = Path(i18n.paths.resource("translations"))
    translators = []
    for name in ("jamsos_en", "qt_id"):
        translator = QTranslator()
        assert translator.load(str(pseudo_qm(folder / f"{name}.ts", tmp_path / f"pseudo_{name}.qm")))
        QApplication.instance().installTranslator(translator)
        translators.append(translator)
    yield translators
    for translator in translators:
        QApplication.instance().removeTranslator(translator)


def clipped(top) -> list[str]:
    """Visible labels and buttons narrower or lower than their text needs."""
    for widget in [top.window(), *top.window().findChildren(QWidget)]:  # lay out now, as the first paint would
        if widget.layout() is not None:
            widget.layout().activate()
    found = []
    for widget in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.height() < widget.heightForWidth(widget.width()):
                found.append(widget.text())
        elif isinstance(widget, (QLabel, QPushButton, QCheckBox)) and widget.width() < widget.sizeHint().width():
            found.append(widget.text())
    return found


def test_long_translations_are_not_clipped(qtbot, window, pseudo, answer_dialogs):
    from desktop.ui.preferences.dialog import SettingsDialog
    from desktop.ui.preferences.first_run import FirstRunWizard
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle().endswith("xxxx")  # the pseudo translation is on
    for row in range(dialog.sections.count()):
        dialog.sections.setCurrentRow(row)
        assert clipped(dialog.pages.currentWidget()) == [], dialog.sections.item(row).text()
    assert clipped(dialog) == []
    wizard = FirstRunWizard(window.db)
    qtbot.addWidget(wizard)
    wizard.show()
    seen = set()
    while wizard.currentPage() is not None and wizard.currentId() not in seen:
        seen.add(wizard.currentId())
        assert clipped(wizard) == [], wizard.currentPage().objectName()
        wizard.next()
    assert len(seen) == 7


def test_date_helpers_unchanged_by_language(language):
    language("en")
    from desktop.domain import dates_id
    assert dates_id.long_date(dt.date(2026, 11, 25)) == "25 November 2026"


def test_qt_print_dialog_reads_indonesian(qtbot, language):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    language("id")
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton) if w.text()}
    assert {"&Cetak", "Batal", "&Nama:", "Rangkap:"} <= texts
    english = {"&Print", "Cancel", "&Name:", "Copies:", "Print all", "Collate", "Properties", "P&roperties"}
    assert texts & english == set()

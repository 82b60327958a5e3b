"""On a 1024×600 netbook every page and dialog opens inside the screen: no button below the screen
edge or cut off by its panel, no window taller than the screen; sizes are remembered."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, QRect  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QCheckBox, QPushButton, QTabBar, QWidget  # noqa: E402

from desktop.ui import screen_fit  # noqa: E402

SMALL = QRect(0, 0, 1024, 600)


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(screen_fit, "available_override", QRect(SMALL))
    return SMALL


@pytest.fixture
def window(small_screen, open_window, db, mojokerto):
    return open_window(db)


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport: reachable by scrolling even when out of view."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def off_screen(top: QWidget, area: QRect = SMALL) -> list[str]:
    """What a clerk on `area` cannot reach or read: the window past the edge, buttons outside it,
    cut by their panel, or narrower than their text."""
    for widget in [top, *top.findChildren(QWidget)]:  # lay out now, as the first paint would
        if widget.layout() is not None:
            widget.layout().activate()
    found = []
    if not area.contains(top.frameGeometry()):
        found.append(f"{top.objectName() or type(top).__name__} {top.frameGeometry()} > {area}")
    for button in top.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not top or _scrolled(button, top):
            continue
        name = button.text() or button.objectName() or type(button).__name__
        where = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        if not area.contains(where):
            found.append(f"{name!r} outside the screen at {where}")
        elif button.visibleRegion().boundingRect() != button.rect():
            found.append(f"{name!r} cut off by its panel ({button.visibleRegion().boundingRect()} of {button.rect()})")
        elif isinstance(button, (QPushButton, QCheckBox)) and button.width() < button.sizeHint().width():
            found.append(f"{name!r} narrower than its text")
    for bar in top.findChildren(QTabBar):
        if bar.isVisible() and bar.window() is top:
            for index in range(bar.count()):
                if bar.tabRect(index).width() < bar.tabSizeHint(index).width():
                    found.append(f"tab {bar.tabText(index)!r} clipped")
    return found


def test_every_page_fits_1024x600(window, qtbot):
    assert window.frameGeometry().height() <= 600
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        qtbot.wait(20)
        assert off_screen(window) == [], window.pages.tabText(index)


def test_unit_names_are_whole_at_1024x600(window, qtbot):
    """The unit tree beside the persons table shows "PAC Muslimat NU Sooko", not "PAC Mus…"."""
    tree = window.roster.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=5000)
    tree.expandAll()
    qtbot.wait(20)
    items, elided = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())], []
    while items:
        item = items.pop()
        items += [item.child(i) for i in range(item.childCount())]
        room = tree.visualRect(tree.indexFromItem(item, 0)).width()  # the name column, after the indent
        if room < tree.fontMetrics().horizontalAdvance(item.text(0)) + 6:
            elided.append(item.text(0))
    assert elided == []


def _dialogs(window):
    """Every dialog a clerk can open, made the way the window makes it."""
    from desktop.ui.batches.dialogs import ExportDialog, NewBatchDialog
    from desktop.ui.batches.preset_editor import PresetEditor
    from desktop.ui.coverage.claims_page import ClaimDialog
    from desktop.ui.documents.dialogs import FormDialog, PksDialog, RosterDialog, TemplateDialog, VerifyDialog
    from desktop.ui.feature_preferences import GuideDialog
    from desktop.ui.importing.dialogs import RunsDialog
    from desktop.ui.importing.wizard import ImportWizard
    from desktop.ui.maintenance.backups import RestoreDialog
    from desktop.ui.maintenance.password_dialog import PasswordDialog
    from desktop.ui.maintenance.privacy_dialog import PrivacyDialog
    from desktop.ui.preferences.dialog import SettingsDialog
    from desktop.ui.preferences.first_run import FirstRunWizard
    from desktop.ui.roster.bulk_dialog import BulkEditDialog
    from desktop.ui.roster.institution_editor import InstitutionEditor
    from desktop.ui.roster.person_editor import PersonEditor
    from desktop.ui.roster.unit_editor import UnitEditor
    db, roster = window.db, window.roster
    return [
        lambda: PersonEditor(db, None, roster), lambda: UnitEditor(db, None, roster),
        lambda: InstitutionEditor(db, None, roster), lambda: ImportWizard(window),
        lambda: NewBatchDialog(db, window), lambda: ExportDialog("B-2026-001", window),
        lambda: PresetEditor(db, window), lambda: ClaimDialog(db, parent=window),
        lambda: FormDialog(db, roster, window), lambda: RosterDialog(db, roster, window),
        lambda: PksDialog(db, window), lambda: VerifyDialog(db, window), lambda: TemplateDialog(db, window),
        lambda: GuideDialog(window), lambda: RunsDialog(window), lambda: RestoreDialog(window),
        lambda: PasswordDialog(window), lambda: PrivacyDialog(window), lambda: SettingsDialog(window),
        lambda: FirstRunWizard(db, window), lambda: BulkEditDialog(db, 12, roster),
    ]


def test_every_dialog_fits_1024x600(window, qtbot):
    for make in _dialogs(window):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(10)
        name = type(dialog).__name__
        assert off_screen(dialog) == [], name
        if hasattr(dialog, "pages") and hasattr(dialog, "sections"):  # the settings dialog's sections
            for row in range(dialog.sections.count()):
                dialog.sections.setCurrentRow(row)
                assert off_screen(dialog) == [], f"{name}: {dialog.sections.item(row).text()}"
        dialog.close()


def test_import_wizard_pages_fit_1024x600(window, qtbot, samples):
    from desktop.ui.importing.wizard import ImportWizard
    wizard = ImportWizard(window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(samples / "pac-sooko-anggota.xlsx"))
    assert off_screen(wizard) == []
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=20_000)
    assert off_screen(wizard) == []
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None, timeout=20_000)
    assert off_screen(wizard) == []


def test_a_dialog_remembers_its_size_but_never_outgrows_the_screen(window, qtbot, small_screen, monkeypatch):
    from desktop.ui.roster.person_editor import PersonEditor
    monkeypatch.setattr(screen_fit, "available_override", QRect(0, 0, 1366, 768))
    editor = PersonEditor(window.db, None, window.roster)
    qtbot.addWidget(editor)
    editor.resize(700, 700)
    editor.reject()
    again = PersonEditor(window.db, None, window.roster)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 700)
    monkeypatch.setattr(screen_fit, "available_override", QRect(SMALL))  # the same user on the netbook
    small = PersonEditor(window.db, None, window.roster)
    qtbot.addWidget(small)
    small.show()
    assert off_screen(small) == []


def test_a_long_message_scrolls_inside_the_screen(window, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui import messages
    monkeypatch.setattr(messages, "answer_hook", None)
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append((dialog.objectName(), off_screen(dialog)))
        dialog.reject()
    QTimer.singleShot(300, look)
    messages.warn(window, "Jawaban kantor cabang", "Ringkasan:\n" + "\n".join(f"- baris {n}: ditolak" for n in range(80)))
    assert seen == [("report_dialog", [])]

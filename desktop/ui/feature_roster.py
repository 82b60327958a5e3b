"""Window feature: the roster — persons table with unit tree (the main page), institutions, editors,
trash and undo. install(window) adds the pages and the Data menu actions."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence


def install(window) -> None:  # noqa: ANN001
    """Add the roster pages and actions to the main window; the persons page opens first."""
    from desktop.ui.roster.institutions_view import InstitutionsPage
    from desktop.ui.roster.persons_view import PersonsPage

    page = PersonsPage(window)
    window.roster = page
    window.add_page("orang", page, page.tr("Daftar Orang"))
    window.close_hooks.append(page.save_layout)
    institutions = InstitutionsPage(window)
    window.add_page("lembaga", institutions, institutions.tr("Lembaga"))
    window.show_page("orang")

    tr = page.tr
    window.add_action("data", tr("&Cari orang"), page.focus_search, shortcut=QKeySequence.StandardKey.Find,
                      name="act_find_person")
    window.add_action("data", tr("Orang &baru…"), page.new_person, shortcut=QKeySequence.StandardKey.New,
                      name="act_new_person", writes=True)
    window.add_action("data", tr("&Buka data orang"), page.open_current, name="act_open_person")
    delete = window.add_action("data", tr("&Hapus ke tempat sampah"), page.delete_selected,
                               shortcut=QKeySequence.StandardKey.Delete, name="act_delete_person", writes=True)
    delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # Del only while the table has focus
    page.table.addAction(delete)
    bulk = window.add_action("data", tr("Ubah &sekaligus (pekerjaan, segmen, pembayar, program)…"), page.bulk_edit,
                             name="act_bulk_edit", writes=True)
    page.table.addAction(bulk)
    window.add_action("data", tr("Lembar isian data &kurang untuk PAC…"), page.intake_sheet, name="act_intake_sheet",
                      writes=True)
    window.add_action("data", tr("Tampilkan &tempat sampah"), lambda: page.filters.trash.toggle(),
                      name="act_show_trash")
    page.undo_action = window.add_action("data", tr("&Urungkan"), page.undo, shortcut=QKeySequence.StandardKey.Undo,
                                         name="act_undo", writes=True)
    page.name_undo()
    mask = window.add_action("data", tr("&Samarkan NIK/No. HP di layar"), lambda: None, name="act_mask")
    mask.setCheckable(True)
    mask.setChecked(page.mask.isChecked())
    mask.toggled.connect(page.mask.setChecked)
    page.mask.toggled.connect(mask.setChecked)
    window.menus["data"].addSeparator()
    window.add_action("data", tr("Unit &baru…"), page.new_unit, name="act_new_unit", writes=True)
    window.add_action("data", tr("Lembaga ba&ru…"), institutions.new_institution, name="act_new_institution",
                      writes=True)
    window.add_action("data", tr("Daftar &lembaga"), lambda: window.show_page("lembaga"), name="act_institutions")

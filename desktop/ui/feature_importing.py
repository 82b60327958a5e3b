"""Window feature: importing — the import wizard, the intake template, past imports, merging two
persons. install(window) adds the Data menu actions."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog


def install(window) -> None:  # noqa: ANN001
    """Add the import actions to the Data menu."""
    from desktop.ui.importing.dialogs import MergeDialog, RunsDialog, merge_pair
    from desktop.ui.importing.wizard import ImportWizard, last_folder

    def open_wizard() -> None:
        wizard = ImportWizard(window)
        window.import_wizard = wizard  # tests and the help page reach the open wizard here
        wizard.open()

    def save_template() -> None:
        from desktop.importing.template import write_template
        from desktop.ui import messages
        name, _ = QFileDialog.getSaveFileName(window, window.tr("Simpan templat isian"),
                                              last_folder("templat-isian-anggota.xlsx"), "Excel (*.xlsx)")
        if not name:
            return
        try:
            write_template(window.db, name)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(window, exc)
            return
        messages.info(window, window.tr("Templat isian"), window.tr("Templat disimpan di {path}.").format(path=name))

    window.menus["data"].addSeparator()
    window.add_action("data", window.tr("&Impor dari Excel…"), open_wizard, shortcut="Ctrl+I", name="act_import",
                      writes=True)
    window.add_action("data", window.tr("Simpan &templat isian…"), save_template, name="act_import_template")
    window.add_action("data", window.tr("&Riwayat impor"), lambda: RunsDialog(window).open(), name="act_import_runs")
    def open_merge() -> None:
        window.merge_dialog = MergeDialog(window, *merge_pair(window))  # tests reach the open dialog here
        window.merge_dialog.open()

    merge = window.add_action("data", window.tr("&Gabungkan dua data orang…"), open_merge, name="act_merge_persons",
                              writes=True)
    roster = getattr(window, "roster", None)
    if roster is not None:  # also in the table's context menu: select two rows, right-click
        roster.table.addAction(merge)

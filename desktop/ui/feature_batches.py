"""Window feature: batches for the Kantor Cabang. install(window) adds the Batch page and the Batch menu:
new batch (from a unit, the roster's filter or its selection), check, export, the branch's answer, presets."""
from __future__ import annotations


def install(window) -> None:  # noqa: ANN001
    """Add this feature's page and actions to the main window."""
    from desktop.ui.batches.page import BatchesPage
    from desktop.ui.batches.preset_editor import PresetEditor

    page = BatchesPage(window)
    window.batches = page
    window.add_page("batch", page, page.tr("Batch"))
    tr = page.tr

    def show(action):  # noqa: ANN001, ANN202
        def run() -> None:
            window.show_page("batch")
            action()
        return run

    def from_roster(selection: bool):  # noqa: ANN202
        def run() -> None:
            roster = getattr(window, "roster", None)
            if roster is None:
                page.new_batch()
            elif selection:
                page.new_batch(person_ids=roster.table.selected_ids())
            else:
                page.new_batch(flt=roster.filters.person_filter(roster.tree.current_unit()))
        return show(run)

    def presets() -> None:
        page.dialog = PresetEditor(window.db, window)
        page.dialog.open()

    window.add_action("batch", tr("&Daftar batch"), lambda: window.show_page("batch"), name="act_batches")
    window.add_action("batch", tr("Batch &baru…"), show(page.new_batch), name="act_batch_new", writes=True)
    window.add_action("batch", tr("Batch dari &filter Daftar Orang…"), from_roster(False),
                      name="act_batch_from_filter", writes=True)
    window.add_action("batch", tr("Batch dari orang &terpilih…"), from_roster(True), name="act_batch_from_selection",
                      writes=True)
    window.menus["batch"].addSeparator()
    window.add_action("batch", tr("&Periksa batch"), show(page.check_batch), name="act_batch_check", writes=True)
    window.add_action("batch", tr("&Ekspor batch…"), show(page.export_batch), name="act_batch_export", writes=True)
    window.add_action("batch", tr("Baca &jawaban kantor cabang…"), show(page.import_answer), name="act_batch_answer",
                      writes=True)
    window.menus["batch"].addSeparator()
    window.add_action("batch", tr("Preset e&kspor…"), presets, name="act_presets", writes=True)

"""Window feature: documents — enrolment forms, the PKS, roster lists, the preview page with print
and save, "Periksa dokumen" and the PKS template editor. install(window) adds the page and the
Dokumen menu; each PDF is generated in a job and then shown in the preview."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from desktop import paths
from desktop.documents import agreement, form, roster_list, verification
from desktop.documents.output import Printed
from desktop.errors import UserError
from desktop.ui import messages


def preview_folder() -> Path:
    """Generated PDFs live here until the clerk saves a copy elsewhere."""
    folder = paths.data_dir() / "dokumen"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class DocumentsController(QObject):
    """Opens the dialogs and runs the use cases through window.jobs; `dialog` is the open one."""

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        from desktop.ui.documents.preview import PreviewPage
        self.window = window
        self.preview = PreviewPage(window)
        self.dialog: QDialog | None = None

    def _open(self, dialog: QDialog, on_accept: Callable[[QDialog], None]) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._accepted(dialog, on_accept))
        dialog.open()
        return dialog

    def _accepted(self, dialog: QDialog, on_accept: Callable[[QDialog], None]) -> None:
        try:
            on_accept(dialog)
        except UserError as exc:
            messages.show_error(self.window, exc)

    def _generate(self, title: str, kind: str, run: Callable[[Path, object], Printed]) -> None:
        target = preview_folder() / f"{kind}-{verification.new_document_id()}.pdf"
        self.window.jobs.start(title, lambda progress: run(target, progress), self.show, parent_widget=self.window)

    def show(self, printed: Printed) -> None:
        self.preview.show_printed(printed)
        self.window.show_page("dokumen")
        if printed.warnings:
            shown = "\n".join(printed.warnings[:12])
            more = len(printed.warnings) - 12
            messages.warn(self.window, self.tr("Periksa sebelum dicetak"),
                          shown + (self.tr("\n… dan %1 lagi.").replace("%1", str(more)) if more > 0 else ""))

    # -- the menu actions ---------------------------------------------------------------------
    def forms(self) -> QDialog:
        from desktop.ui.documents.dialogs import FormDialog
        db = self.window.db

        def accepted(dialog) -> None:  # noqa: ANN001
            scope, options = dialog.request()
            self._generate(self.tr("Membuat formulir pendaftaran"), "formulir",
                           lambda target, progress: form.print_forms(db, scope, target, options, progress))
        return self._open(FormDialog(db, getattr(self.window, "roster", None), self.window), accepted)

    def roster_list(self) -> QDialog:
        from desktop.ui.documents.dialogs import RosterDialog
        db = self.window.db

        def accepted(dialog) -> None:  # noqa: ANN001
            scope, options = dialog.request()
            if options.full_identifiers and not messages.confirm(
                    self.window, self.tr("Identitas lengkap"),
                    self.tr("Daftar akan memuat NIK dan nomor HP lengkap. Cetakan ini dicatat di log pemrosesan "
                            "data pribadi. Lanjutkan?")):
                return
            self._generate(self.tr("Membuat daftar peserta"), "daftar",
                           lambda target, progress: roster_list.print_roster(db, scope, target, options, progress))
        return self._open(RosterDialog(db, getattr(self.window, "roster", None), self.window), accepted)

    def pks(self) -> QDialog:
        from desktop.ui.documents.dialogs import PksDialog
        db = self.window.db

        def accepted(dialog) -> None:  # noqa: ANN001
            options = dialog.request()
            self._generate(self.tr("Membuat PKS"), "pks",
                           lambda target, progress: agreement.print_pks(db, target, options, progress))
        return self._open(PksDialog(db, self.window), accepted)

    def verify(self) -> QDialog:
        from desktop.ui.documents.dialogs import VerifyDialog
        self.dialog = VerifyDialog(self.window.db, self.window)
        self.dialog.open()
        return self.dialog

    def template(self) -> QDialog:
        from desktop.ui.documents.dialogs import TemplateDialog
        self.dialog = TemplateDialog(self.window.db, self.window)
        self.dialog.open()
        return self.dialog


def install(window) -> None:  # noqa: ANN001
    """Add the preview page and the Dokumen menu actions."""
    controller = DocumentsController(window)
    window.documents = controller
    tr = controller.tr
    window.add_page("dokumen", controller.preview, tr("Pratinjau Dokumen"))
    window.add_action("dokumen", tr("&Formulir pendaftaran…"), controller.forms, name="act_print_forms",
                      writes=True)
    window.add_action("dokumen", tr("&Daftar peserta…"), controller.roster_list, name="act_print_roster",
                      writes=True)
    window.add_action("dokumen", tr("&Perjanjian Kerja Sama (PKS)…"), controller.pks, name="act_print_pks",
                      writes=True)
    window.menus["dokumen"].addSeparator()
    window.add_action("dokumen", tr("P&eriksa dokumen…"), controller.verify, name="act_verify_document")
    window.add_action("dokumen", tr("&Templat PKS…"), controller.template, name="act_pks_template", writes=True)
    window.add_action("dokumen", tr("Pra&tinjau terakhir"), lambda: window.show_page("dokumen"),
                      name="act_show_preview")

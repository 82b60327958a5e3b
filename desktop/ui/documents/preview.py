"""The "Pratinjau Dokumen" page: the last generated PDF in a QPdfView, with page navigation, zoom,
Print (QPrintDialog, pages rendered by QtPdf) and Save as PDF (a logged copy)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QSpinBox, QToolButton, QVBoxLayout, QWidget)

from desktop.documents.output import Printed
from desktop.operations import documents as document_ops
from desktop.ui import folders, messages
from desktop.ui.documents.printing import print_pdf

ZOOM_STEP = 1.25


class PreviewPage(QWidget):
    def __init__(self, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.window_ = window
        self.printed: Printed | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.title = QLabel(self.tr("Belum ada dokumen. Pilih menu Dokumen untuk mencetak formulir, PKS atau "
                                    "daftar peserta."))
        self.title.setObjectName("preview_title")
        self.title.setWordWrap(True)
        self.page = QSpinBox()
        self.page.setObjectName("page_number")
        self.page.setMinimum(1)
        self.page.setKeyboardTracking(False)
        self.page_count = QLabel()
        self.buttons: dict[str, QToolButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self._button("prev", self.tr("◀ Sebelumnya"), self.previous_page, QKeySequence.StandardKey.MoveToPreviousPage))
        bar.addWidget(QLabel(self.tr("Halaman")))
        bar.addWidget(self.page)
        bar.addWidget(self.page_count)
        bar.addWidget(self._button("next", self.tr("Berikutnya ▶"), self.next_page, QKeySequence.StandardKey.MoveToNextPage))
        bar.addSpacing(16)
        bar.addWidget(self._button("zoom_out", self.tr("Perkecil"), lambda: self.zoom(1 / ZOOM_STEP),
                                   QKeySequence.StandardKey.ZoomOut))
        bar.addWidget(self._button("zoom_in", self.tr("Perbesar"), lambda: self.zoom(ZOOM_STEP),
                                   QKeySequence.StandardKey.ZoomIn))
        bar.addWidget(self._button("fit", self.tr("Selebar halaman"), self.fit_width))
        bar.addStretch(1)
        bar.addWidget(self._button("print", self.tr("Cetak…"), self.print_document, QKeySequence.StandardKey.Print))
        bar.addWidget(self._button("save", self.tr("Simpan sebagai PDF…"), self.save_as, QKeySequence.StandardKey.Save))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.page.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self._enable(False)

    def _button(self, name: str, text: str, slot, shortcut=None) -> QToolButton:  # noqa: ANN001
        button = QToolButton()
        button.setObjectName(f"btn_{name}")
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(lambda _checked=False: slot())
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        self.buttons[name] = button
        return button

    def _enable(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)
        self.page.setEnabled(enabled)

    # -- showing a document -----------------------------------------------------------------------
    def show_printed(self, printed: Printed) -> None:
        self.printed = printed
        self.document.close()
        self.document.load(str(printed.path))
        count = self.document.pageCount()
        self.title.setText(self.tr("%1 — %2 halaman, %3 orang. No. dokumen %4.")
                           .replace("%1", printed.title).replace("%2", str(count))
                           .replace("%3", str(printed.person_count)).replace("%4", printed.doc_id))
        self.page.blockSignals(True)
        self.page.setMaximum(max(count, 1))
        self.page.setValue(1)
        self.page.blockSignals(False)
        self.page_count.setText(self.tr("dari %1").replace("%1", str(count)))
        self.fit_width()
        self._enable(count > 0)

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, index: int) -> None:
        if 0 <= index < self.document.pageCount():
            self.view.pageNavigator().jump(index, QPointF(), self.view.zoomFactor())

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def _page_changed(self, index: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(index + 1)
        self.page.blockSignals(False)

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(current * factor, 6.0)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- printing and saving ---------------------------------------------------------------------
    def print_document(self) -> None:
        if self.printed is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.printed.title)
        if self.printed.kind in ("pks", "berita_acara"):  # two identical originals, one for each side
            printer.setCopyCount(2)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.send_to_printer(printer)

    def send_to_printer(self, printer: QPrinter) -> None:
        """Print in a job; the paper copy is recorded like the file (who, when, how many persons)."""
        printed = self.printed
        db = self.window_.db

        def work(progress):  # noqa: ANN001, ANN202
            return document_ops.print_on_paper(db, printed, lambda p: print_pdf(printed.path, printer, p),
                                               printer=printer.printerName(), progress=progress).value

        self.window_.jobs.start(self.tr("Mencetak"), work, lambda sent: self.window_.statusBar().showMessage(
            self.tr("%1 halaman dikirim ke pencetak.").replace("%1", str(sent)), 5000), parent_widget=self)

    def save_as(self) -> None:
        if self.printed is None:
            return
        store = QSettings()
        folder = store.value("documents/last_folder", "") or folders.documents()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan sebagai PDF"),
                                              str(Path(folder) / self.printed.file_name()), self.tr("PDF (*.pdf)"))
        if name:
            store.setValue("documents/last_folder", str(Path(name).parent))
            self.save_to(Path(name))

    def save_to(self, target: Path) -> None:
        """Copy the PDF (atomically) and record where the personal data went (UU 27/2022 Pasal 31)."""
        try:
            target = document_ops.save_pdf_copy(self.window_.db, self.printed, target).value
        except Exception as exc:  # noqa: BLE001 - shown to the user, logged when it is a bug
            messages.show_error(self, exc)
            return
        self.window_.statusBar().showMessage(self.tr("Disimpan: %1").replace("%1", str(target)), 5000)

"""Sending a PDF to a printer: each page rendered by QtPdf at the printer's resolution and painted
onto the printer's page — never a screenshot of a widget. Runs in a job (its own QPdfDocument)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.errors import UserError
from desktop.files import write_bytes_atomic
from desktop.progress import NO_PROGRESS, Cancelled, Progress

# Office printers print at 300–600 dpi; the "high resolution" of a PDF printer (1200 dpi) would only
# make each page image 4× larger without a visible difference.
MAX_DPI = 600


def to_pdf_file(printer: QPrinter) -> bool:
    """Qt's own "print to PDF file" (the print dialog's PDF printer)."""
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(printer.outputFileName())


def page_range(printer: QPrinter, page_count: int) -> range:
    """The pages the user chose in the print dialog (0-based), or all of them."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return range(printer.fromPage() - 1, min(printer.toPage(), page_count))
    return range(page_count)


def print_pdf(path: Path, printer: QPrinter, progress: Progress = NO_PROGRESS) -> int:
    """Print the pages of `path` on `printer`; returns the number of pages sent."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise UserError(f"Berkas {path.name} tidak dapat dibuka untuk dicetak.")
    pages = page_range(printer, document.pageCount())
    if to_pdf_file(printer) and len(pages) == document.pageCount():
        # "printing" to a PDF file: the document itself (vector text, embedded fonts, the same QR),
        # not pictures of its pages
        document.close()
        write_bytes_atomic(Path(printer.outputFileName()), path.read_bytes())
        progress.step(len(pages), len(pages), "Berkas PDF ditulis")
        return len(pages)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError("Pencetak tidak dapat dipakai. Periksa apakah pencetak menyala dan terhubung.")
    sent = 0
    try:
        target_area = printer.pageLayout().paintRectPixels(printer.resolution())
        for position, index in enumerate(pages):
            if position:
                printer.newPage()
            size = document.pagePointSize(index)
            image = document.render(index, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi)))
            # fit the page into the printable area, keeping its proportions
            scale = min(target_area.width() / image.width(), target_area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF((target_area.width() - width) / 2, (target_area.height() - height) / 2,
                                     width, height), image)
            sent += 1
            progress.step(sent, len(pages), f"Mencetak halaman {index + 1}")
    except Cancelled:
        printer.abort()
        raise
    finally:
        painter.end()
        document.close()
    return sent

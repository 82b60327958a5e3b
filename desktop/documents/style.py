"""What every printed document shares: the paper (A4 or F4/Folio, a setting), the filing margins,
the embedded fonts, paragraph styles and the page furniture (document id with its QR code,
"Halaman x dari y", paraf boxes), drawn by `FurnitureCanvas`.

Margins follow Tata Naskah Dinas for documents that are filed and bound: left 3 cm (the binding
edge), top and right 2 cm, bottom 2.5 cm; the footer furniture sits inside the bottom margin and
never left of the binding margin. Fonts come from resources/fonts (embedded into each PDF), never
from the PC, so a document looks the same on every computer and printer: DejaVu Serif for the text
people sign (agreements, berita acara), DejaVu Sans for forms and DejaVu Sans Condensed for tables.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas

from desktop.paths import resource
from desktop.progress import NO_PROGRESS, Progress

PAGE_WIDTH, PAGE_HEIGHT = A4
PAPERS = {"A4": A4, "F4": (215 * mm, 330 * mm)}  # F4 = Folio, the long paper of Indonesian offices
LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN, BOTTOM_MARGIN = 30 * mm, 20 * mm, 20 * mm, 25 * mm
MARGIN = RIGHT_MARGIN
FOOTER_BASE = 7 * mm  # the furniture's lowest ink: QR and paraf boxes stand on it, all below 25 mm
FOOTER_HEIGHT = BOTTOM_MARGIN  # the text frame ends where the furniture band starts
REGULAR, BOLD, ITALIC = "JDSans", "JDSans-Bold", "JDSans-Oblique"
SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC = "JDSerif", "JDSerif-Bold", "JDSerif-Italic", "JDSerif-BoldItalic"
NARROW, NARROW_BOLD = "JDSansCondensed", "JDSansCondensed-Bold"
INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#555555")
SHADE = colors.HexColor("#e8edf2")

CELL_SIZE = 9  # nothing a member reads is smaller
_registered = False


def register_fonts() -> None:
    """Register the shipped TTF fonts once per process (reportlab embeds the glyphs used)."""
    global _registered
    if _registered:
        return
    for name, file in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"),
                       (ITALIC, "DejaVuSans-Oblique.ttf"), (SERIF, "DejaVuSerif.ttf"),
                       (SERIF_BOLD, "DejaVuSerif-Bold.ttf"), (SERIF_ITALIC, "DejaVuSerif-Italic.ttf"),
                       (SERIF_BOLD_ITALIC, "DejaVuSerif-BoldItalic.ttf"), (NARROW, "DejaVuSansCondensed.ttf"),
                       (NARROW_BOLD, "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC,
                                  boldItalic=SERIF_BOLD_ITALIC)
    pdfmetrics.registerFontFamily(NARROW, normal=NARROW, bold=NARROW_BOLD, italic=NARROW, boldItalic=NARROW_BOLD)
    _registered = True


def paper(name: str, landscape: bool = False) -> tuple[float, float]:
    """(width, height) of the paper named in the settings ("A4" or "F4"); unknown names give A4."""
    width, height = PAPERS.get((name or "A4").upper(), A4)
    return (height, width) if landscape else (width, height)


def text_width(pagesize: tuple[float, float]) -> float:
    """Width of the text frame between the filing margins."""
    return pagesize[0] - LEFT_MARGIN - RIGHT_MARGIN


def doc_template(handle, pagesize: tuple[float, float], furniture: "Furniture", **kwargs):
    """A platypus document with the filing margins and the PDF metadata of `furniture`."""
    from reportlab.platypus import SimpleDocTemplate
    return SimpleDocTemplate(handle, pagesize=pagesize, leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN,
                             topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, title=furniture.title,
                             author=furniture.author, subject=furniture.subject, creator="Jamsos Desk", **kwargs)


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    # agreements are read and signed: a serif at 11 pt (Tata Naskah Dinas asks 11-12 pt)
    body = ParagraphStyle("body", fontName=SERIF, fontSize=11, leading=15.5, alignment=TA_JUSTIFY,
                          textColor=INK, spaceAfter=4)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=SERIF_BOLD, fontSize=12, leading=16,
                                alignment=TA_CENTER, spaceAfter=0),
        "number": ParagraphStyle("number", parent=body, alignment=TA_CENTER, spaceAfter=0),
        "heading": ParagraphStyle("heading", parent=body, fontName=SERIF_BOLD, alignment=TA_CENTER, spaceAfter=2),
        "left": ParagraphStyle("left", parent=body, alignment=TA_LEFT),
        "small": ParagraphStyle("small", parent=body, fontName=REGULAR, fontSize=9, leading=11, alignment=TA_LEFT,
                                spaceAfter=0),
        # table cells: condensed sans at 9 pt, words never broken (see `cell`)
        "cell": ParagraphStyle("cell", parent=body, fontName=NARROW, fontSize=CELL_SIZE, leading=CELL_SIZE + 2,
                               alignment=TA_LEFT, spaceAfter=0, splitLongWords=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=NARROW_BOLD, fontSize=CELL_SIZE,
                                    leading=CELL_SIZE + 2, alignment=TA_LEFT, spaceAfter=0, splitLongWords=0),
        "cell_right": ParagraphStyle("cell_right", parent=body, fontName=NARROW, fontSize=CELL_SIZE,
                                     leading=CELL_SIZE + 2, alignment=TA_RIGHT, spaceAfter=0, splitLongWords=0),
    }


@functools.cache
def hanging(indent: float, marker_width: float = 7 * mm) -> ParagraphStyle:
    """Body style for a numbered item (marker as the bullet): wrapped lines align with the text."""
    return ParagraphStyle(f"hang{indent}-{marker_width}", parent=styles()["body"], leftIndent=indent + marker_width,
                          bulletIndent=indent, bulletFontName=SERIF, bulletFontSize=11, spaceAfter=2)


@dataclass
class Furniture:
    """What the canvas draws on every page once the page count is known."""

    doc_id: str = ""
    qr_payload: str = ""
    title: str = ""
    author: str = ""
    subject: str = ""
    paraf: tuple[str, str] | None = None  # labels of the two paraf boxes, None: no boxes
    page_numbers: bool = True
    # pages (1-based) that carry no paraf boxes: the signature page (filled while drawing)
    no_paraf_pages: set[int] = field(default_factory=set)
    paraf_pages: list[int] = field(default_factory=list)  # filled at save, for callers and tests
    pages: int = 0  # filled at save
    secret: bool = False  # full identifiers: "RAHASIA" at the top of every page
    progress: Progress = NO_PROGRESS  # told of each finished page; raises Cancelled when the user cancels


QR_SIZE = 14 * mm


def qr_path(canvas: pdf_canvas.Canvas, payload: str):
    """The QR code's dark modules as one filled path (plain rectangles: reportlab's renderPDF would
    add an un-embedded Helvetica to the PDF)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    widget = QrCodeWidget(payload, barLevel="M", barBorder=0)
    x0, _y0, x1, _y1 = widget.getBounds()
    scale = QR_SIZE / (x1 - x0)
    path = canvas.beginPath()
    for module in widget.draw().contents:
        if module.fillColor is not None:  # skip the widget's unfilled background
            path.rect(module.x * scale, module.y * scale, module.width * scale, module.height * scale)
    return path


def ensure_qr_form(canvas: pdf_canvas.Canvas, payload: str) -> str:
    """The document's QR code as one form XObject, reused on every page. Call it before opening
    another form: forms cannot be defined inside each other."""
    name = "jd_qr"
    if not canvas.hasForm(name):
        canvas.beginForm(name)
        canvas.setFillColor(colors.black)
        canvas.drawPath(qr_path(canvas, payload), stroke=0, fill=1)
        canvas.endForm()
    return name


def draw_qr(canvas: pdf_canvas.Canvas, payload: str, x: float, y: float) -> None:
    name = ensure_qr_form(canvas, payload)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.restoreState()


PARAF_WIDTH, PARAF_GAP = 27 * mm, 3 * mm


def draw_paraf_boxes(canvas: pdf_canvas.Canvas, labels: tuple[str, str]) -> None:
    """Two small initial boxes at the bottom right, so that no page can be swapped unnoticed."""
    width, height, gap = PARAF_WIDTH, 13 * mm, PARAF_GAP
    y = FOOTER_BASE
    x = canvas._pagesize[0] - RIGHT_MARGIN - 2 * width - gap
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    for index, label in enumerate(labels):
        left = x + index * (width + gap)
        canvas.rect(left, y, width, height)
        canvas.setFont(REGULAR, 6.5)
        canvas.drawCentredString(left + width / 2, y + height - 2.8 * mm, label)
    canvas.restoreState()


class FurnitureCanvas(pdf_canvas.Canvas):
    """Keeps every page until the end so the footer can say "Halaman x dari y" (the classic
    two-pass numbered canvas), then adds the furniture. Set `furniture` before drawing."""

    furniture: Furniture = Furniture()

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("pageCompression", 1)
        # platypus passes its own initial font (Helvetica, never embedded): always ours instead
        kwargs["initialFontName"] = REGULAR
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        info = self.furniture
        self.setTitle(info.title)
        self.setAuthor(info.author)
        self.setSubject(info.subject)
        self.setCreator("Jamsos Desk")

    def mark_signature_page(self) -> None:
        self.furniture.no_paraf_pages.add(self._pageNumber)

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()
        self.furniture.progress.step(len(self._pages), 0, f"Halaman {len(self._pages)} selesai disusun")

    def save(self) -> None:
        total = len(self._pages)
        self.furniture.pages = total
        self.furniture.paraf_pages = []
        for state in self._pages:
            self.__dict__.update(state)
            draw_footer(self, self.furniture, self._pageNumber, total)
            super().showPage()
        super().save()


def draw_footer(canvas: pdf_canvas.Canvas, info: Furniture, page: int, total: int) -> None:
    """Document id + QR at the bottom left, page x of y in the middle, paraf boxes at the right."""
    canvas.saveState()
    canvas.setFillColor(INK)
    page_width = canvas._pagesize[0]
    if info.doc_id:
        size = QR_SIZE
        draw_qr(canvas, info.qr_payload or info.doc_id, LEFT_MARGIN, FOOTER_BASE)
        x = LEFT_MARGIN + size + 2 * mm
        canvas.setFont(REGULAR, 6.5)
        canvas.drawString(x, FOOTER_BASE + 10 * mm, "No. dokumen")
        canvas.setFont(BOLD, 7.5)
        canvas.drawString(x, FOOTER_BASE + 5.5 * mm, info.doc_id)
        canvas.setFont(REGULAR, 6.5)
        canvas.drawString(x, FOOTER_BASE + 1 * mm, "Periksa di Jamsos Desk")
    if info.secret:  # a list with full identifiers says so on every page
        canvas.setFont(BOLD, 9)
        canvas.drawRightString(page_width - RIGHT_MARGIN, canvas._pagesize[1] - TOP_MARGIN + 4 * mm,
                               "RAHASIA — data pribadi (UU 27/2022)")
    if info.page_numbers:
        canvas.setFont(REGULAR, 8)
        # centred in the room between the document id and the paraf boxes
        left = LEFT_MARGIN + (QR_SIZE + 32 * mm if info.doc_id else 0)
        right = page_width - RIGHT_MARGIN - (2 * PARAF_WIDTH + PARAF_GAP + 2 * mm if info.paraf else 0)
        canvas.drawCentredString((left + right) / 2, FOOTER_BASE + 5 * mm, f"Halaman {page} dari {total}")
    if info.paraf and page not in info.no_paraf_pages:
        draw_paraf_boxes(canvas, info.paraf)
        info.paraf_pages.append(page)
    canvas.restoreState()


def canvas_maker(info: Furniture) -> type[FurnitureCanvas]:
    """A canvas class bound to this document's furniture (platypus builds the canvas itself)."""
    return type("BoundFurnitureCanvas", (FurnitureCanvas,), {"furniture": info})

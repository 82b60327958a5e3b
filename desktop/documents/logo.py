"""The organisation's logo (setting `logo_path`) in the letterhead of printed documents.

Read and scaled once per document: `load_logo` returns one `Logo` whose image reportlab embeds once
however often it is drawn. A missing, unreadable or huge file never stops a print: the document
comes out without a logo and the reason goes to the log.
"""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

log = logging.getLogger(__name__)

MAX_BYTES = 10_000_000
MAX_PIXELS = 40_000_000  # a 6,000 × 6,000 scan would take seconds to decode for a 15 mm logo
LONGEST_SIDE = 300  # pixels kept: 500 dpi for a 15 mm logo, 220 dpi at the widest (35 mm)


@dataclass(frozen=True)
class Logo:
    image: ImageReader
    aspect: float  # width / height

    def size(self, height: float, max_width: float) -> tuple[float, float]:
        """(width, height) within `height` × `max_width`, the aspect ratio kept."""
        width = min(height * self.aspect, max_width)
        return width, width / self.aspect

    def draw(self, canvas: pdf_canvas.Canvas, x: float, y: float, height: float, max_width: float) -> float:
        """Draw with the lower left corner at (x, y), vertically centred in `height`; returns the width."""
        width, drawn = self.size(height, max_width)
        canvas.drawImage(self.image, x, y + (height - drawn) / 2, width, drawn, mask="auto")
        return width


def load_logo(path: str | Path | None) -> Logo | None:
    """The logo scaled down for print, or None when there is none or it cannot be used."""
    if not path:
        return None
    from PIL import Image  # reportlab's own image library
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            log.warning("Logo %s lebih dari %d MB: dokumen dicetak tanpa logo.", path, MAX_BYTES // 1_000_000)
            return None
        with Image.open(path) as image:
            if image.width * image.height > MAX_PIXELS:
                log.warning("Logo %s terlalu besar (%d × %d piksel): dokumen dicetak tanpa logo.", path,
                            image.width, image.height)
                return None
            image.draft("RGB", (LONGEST_SIDE, LONGEST_SIDE))  # JPEG: decode at a reduced scale
            image.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
            was_jpeg = image.format == "JPEG"
            keep_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
            image = image.convert("RGBA" if keep_alpha else "RGB")
            if was_jpeg:  # embedded as JPEG again: a photo's pixels do not deflate (70 ms for a 2 MB one)
                buffer = io.BytesIO()
                image.save(buffer, "JPEG", quality=92)
                buffer.seek(0)
                return Logo(ImageReader(buffer), image.width / image.height)
    except Exception as exc:  # noqa: BLE001 - any broken file: print without the logo
        log.warning("Logo %s tidak dapat dibaca (%s): dokumen dicetak tanpa logo.", path, exc)
        return None
    return Logo(ImageReader(image), image.width / image.height)


class LogoFlowable(Flowable):
    def __init__(self, logo: Logo, height: float, max_width: float):
        super().__init__()
        self.logo, self.max_width = logo, max_width
        self.width, self.height = logo.size(height, max_width)

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        self.logo.draw(self.canv, 0, 0, self.height, self.max_width)


class Overlay(Flowable):
    """Takes no room: draws its flowable hanging below the current line, over what follows."""

    def __init__(self, inner: Flowable):
        super().__init__()
        self.inner = inner

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.inner.drawOn(self.canv, 0, -self.inner.height)


def letterhead(logo: Logo | None, heading: list[Flowable], width: float, height: float, *,
               max_width: float = 35 * mm) -> list[Flowable]:
    """The centred heading lines with the logo at their left; unchanged without a logo.

    When the lines beside the logo are short (the PKS title starts "PERJANJIAN KERJA SAMA"), the logo
    sits in their margin and the heading keeps its full width and line breaks; otherwise the heading
    narrows to a middle column, an empty column of the logo's width on the right keeping it centred."""
    if logo is None or not heading:
        return heading
    gap = 3 * mm
    room = (width - _widest_line(heading, width, height)) / 2 - gap
    if room > 0 and logo.size(height, min(max_width, room))[1] >= 0.75 * height:  # a little smaller at most
        return [Overlay(LogoFlowable(logo, height, min(max_width, room))), *heading]
    image = LogoFlowable(logo, height, max_width)
    side = image.width + gap
    table = Table([[image, heading, ""]], colWidths=[side, width - 2 * side, side])
    from desktop.documents import style  # noqa: PLC0415 - style imports nothing from here
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                               ("FONT", (0, 0), (-1, -1), style.REGULAR, 9),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [table]


def _widest_line(heading: list[Flowable], width: float, depth: float) -> float:
    """The widest line of the heading laid out in `width`, among the lines within `depth` of its top
    (a flowable that is not a paragraph counts as full width)."""
    top, widest = 0.0, 0.0
    for flowable in heading:
        if top >= depth:
            break
        _, tall = flowable.wrap(width, 1e6)
        if isinstance(flowable, Paragraph):
            lines = flowable.blPara.lines
            for index, line in enumerate(lines):
                if top + index * tall / len(lines) < depth:
                    extra = line.extraSpace if hasattr(line, "extraSpace") else line[0]
                    widest = max(widest, width - extra)
        elif not isinstance(flowable, Spacer):
            widest = width
        top += tall
    return widest


# a kop line that needs two lines breaks before the region ("… NAHDLATUL ULAMA / KABUPATEN MOJOKERTO"),
# never leaving "MOJOKERTO" or a postal code alone on the second line
_REGION_WORDS = {"KABUPATEN", "KAB.", "KOTA", "PROVINSI", "KECAMATAN", "KELURAHAN", "DESA", "JAWA"}


def two_lines(text: str, font: str, size: float) -> tuple[str, str]:
    """`text` on two lines: broken before a region word when that keeps the lines within a third of
    each other, else where the two lines are most nearly equal."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = text.split()
    if len(words) < 2:
        return text, ""

    def widths(index: int) -> tuple[float, float]:
        return (stringWidth(" ".join(words[:index]), font, size), stringWidth(" ".join(words[index:]), font, size))

    balanced = min(range(1, len(words)), key=lambda i: max(widths(i)))
    at_region = [i for i in range(1, len(words)) if words[i].upper().rstrip(",") in _REGION_WORDS
                 and max(widths(i)) <= 1.33 * max(widths(balanced))]
    index = min(at_region, key=lambda i: max(widths(i))) if at_region else balanced
    return " ".join(words[:index]), " ".join(words[index:])


def kop_flowables(cfg, logo: Logo | None, width: float) -> list[Flowable]:  # noqa: ANN001 - OrgSettings
    """The letterhead (kop surat) of a letter the organisation signs: its name, the address, telephone
    and e-mail each on its own line, then the double rule; the logo at the left when there is one.
    A long line is set smaller (down to 7 pt for the address) before it is allowed to wrap, so the
    kop stays three or four lines whatever the settings hold."""
    from xml.sax.saxutils import escape

    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import HRFlowable

    from desktop.documents import style
    room = width - 12 - ((logo.size(16 * mm, 35 * mm)[0] + 3 * mm) * 2 if logo is not None else 0)
    base = style.styles()["number"]

    def line(text: str, font: str, size: float, smallest: float, balanced: bool = False) -> Paragraph:
        largest = size
        while size > smallest and stringWidth(text, font, size) > room:
            size -= 0.25
        shown = escape(text)
        if balanced and stringWidth(text, font, size) > room:  # two balanced lines, not a lone "MOJOKERTO"
            size = largest
            first, second = two_lines(text, font, size)
            while size > smallest and max(stringWidth(first, font, size), stringWidth(second, font, size)) > room:
                size -= 0.25
                first, second = two_lines(text, font, size)
            shown = f"{escape(first)}<br/>{escape(second)}"
        return Paragraph(shown, ParagraphStyle(f"kop-{font}-{size}", parent=base, fontName=font,
                                               fontSize=size, leading=size * 1.2, alignment=TA_CENTER))

    contact = "  ·  ".join(x for x in (f"Telp. {cfg.org_phone}" if cfg.org_phone.strip() else "",
                                        f"Surel: {cfg.org_email}" if cfg.org_email.strip() else "") if x)
    heading = [line(cfg.org_name.upper(), style.SERIF_BOLD, 12.5, 9, balanced=True)]
    heading += [line(text, style.REGULAR, 9, 7) for text in (cfg.org_address, contact) if text.strip()]
    return [*letterhead(logo, heading, width, 16 * mm),
            Spacer(1, 1.5 * mm), HRFlowable(width="100%", thickness=1.4, color=style.INK, spaceAfter=0.6 * mm),
            HRFlowable(width="100%", thickness=0.5, color=style.INK, spaceAfter=4 * mm)]

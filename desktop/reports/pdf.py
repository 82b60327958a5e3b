"""The coverage report as a PDF: title and date, the charts a chair puts on a slide (drawn with
reportlab's own chart graphics), the tables of desktop.reports.content, and the place-and-date line."""
from __future__ import annotations

import itertools
import textwrap
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table as PdfTable,
                                TableStyle)

from xml.sax.saxutils import escape

from desktop.coverage import NO_SERIES
from desktop.documents import style
from desktop.documents.logo import letterhead, load_logo
from desktop.domain import dates_id, money
from desktop.reports.content import Report, Table, cell_text, tables

# the shipped, embedded fonts every printed document uses (same look on every PC and printer)
FONT, BOLD = style.REGULAR, style.BOLD
ENROLLED_COLOUR = colors.HexColor("#1f6f43")
WAITING_COLOUR = colors.HexColor("#c9d6cf")
NOBODY_COLOUR = colors.HexColor("#e5e7eb")  # a programme chart with nobody enrolled yet
PALETTE = [colors.HexColor(c) for c in ("#1f6f43", "#d08c1f", "#2f5d8a", "#8a2f4d", "#5b8a2f", "#6b6b6b")]
WIDTH = style.text_width(A4)  # charts are drawn for A4's text width, which F4 shares

BODY = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
STYLES = {
    "title": ParagraphStyle("title", parent=BODY, fontName=BOLD, fontSize=13, leading=17, alignment=TA_CENTER),
    "sub": ParagraphStyle("sub", parent=BODY, fontSize=10, leading=13, alignment=TA_CENTER),
    "h": ParagraphStyle("h", parent=BODY, fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
    "note": ParagraphStyle("note", parent=BODY, fontSize=8.5, leading=10.5, textColor=colors.HexColor("#444444")),
    # words are never split inside a cell (reportlab breaks a long word at the column edge otherwise)
    "cell": ParagraphStyle("cell", parent=BODY, fontName=style.NARROW, fontSize=9, leading=11, splitLongWords=0),
    "right": ParagraphStyle("right", parent=BODY, alignment=TA_RIGHT),
    "center": ParagraphStyle("center", parent=BODY, fontSize=10, leading=13, alignment=TA_CENTER),
    "cell_right": ParagraphStyle("cell_right", parent=BODY, fontName=style.NARROW, fontSize=9, leading=11,
                                 alignment=TA_RIGHT, splitLongWords=0),
}


def _first_cell(text: str) -> Paragraph:
    """A row's name; its leading spaces (the unit's depth in the tree) become an indent, so that a
    wrapped name continues under its first word, not at the column's edge."""
    name = text.lstrip(" ")
    depth = len(text) - len(name)
    if not depth:
        return Paragraph(escape(name), STYLES["cell"])
    indented = ParagraphStyle(f"cell_indent_{depth}", parent=STYLES["cell"], leftIndent=depth * 1.6)
    return Paragraph(escape(name), indented)


def _cell(text: str, width: float) -> str | Paragraph:
    """A value cell: a plain string when it fits its column, else wrapped (a discount's legal basis
    was drawn as one line across its neighbours' figures)."""
    if stringWidth(text, style.NARROW, 9) <= width - 6:
        return text
    return Paragraph(escape(text), STYLES["cell_right"])


def _table(table: Table) -> list:
    # rupiah columns print without "Rp" (the title says "(Rp)"): narrower, easier to compare down a column
    # the first column holds a unit's or a programme's name: wide enough for "Ranting Dawarblandong 2"
    # under its indent on one line (30 mm wrapped every Ranting)
    first = 60 * mm if len(table.header) <= 6 else 50 * mm
    rest = (WIDTH - first) / max(1, len(table.header) - 1)
    data = [[Paragraph(f"<b>{h}</b>", STYLES["cell" if i == 0 else "cell_right"]) for i, h in enumerate(table.header)]]
    for row in table.rows:
        data.append([_first_cell(cell_text(v)) if i == 0 else _cell(cell_text(v), rest) for i, v in enumerate(row)])
    empty = not table.rows
    if empty:  # a table with nothing in it says so
        data.append([Paragraph("<i>belum ada data</i>", STYLES["cell"])] + [""] * (len(table.header) - 1))
    pdf_table = PdfTable(data, colWidths=[first] + [rest] * (len(table.header) - 1), repeatRows=1)
    pdf_table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), style.NARROW, 9),
        *([("SPAN", (0, 1), (-1, 1))] if empty else []),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), style.SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, style.RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8f9")]),
        ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    parts = [CondPageBreak(30 * mm), Paragraph(table.title, STYLES["h"]), pdf_table]  # no title alone at a page end
    if table.note:
        parts += [Spacer(1, 2), Paragraph(table.note, STYLES["note"])]
    return parts


def _whole_steps(axis, top: int) -> None:  # noqa: ANN001 - a reportlab value axis
    """Persons are whole: at most 6 ticks, 1, 2, 5, 10, 20, 50 … apart, labelled with dots."""
    step = 1
    for factor in itertools.cycle((2, 2.5, 2)):
        if top / step <= 6:
            break
        step = int(step * factor)
    axis.valueMin, axis.valueStep, axis.valueMax = 0, step, max(step, -(-top // step) * step)
    axis.labelTextFormat = lambda v: money.number_id(int(v))


def _drawing(width: float, height: float) -> Drawing:
    """A chart canvas whose initial font is ours (reportlab's default, Helvetica, is never embedded)."""
    return Drawing(width, height, initialFontName=FONT, initialFontSize=9)


def _caption(drawing: Drawing, text: str) -> None:
    drawing.add(String(0, drawing.height - 10, text, fontName=BOLD, fontSize=9))


def coverage_chart(report: Report) -> Drawing:
    """Coverage per PAC: enrolled and not yet enrolled persons side by side, one bar pair per unit."""
    units = report.dashboard.top_units()
    height = 52 + 16 * max(1, len(units))  # the legend has its own line under the caption
    drawing = _drawing(WIDTH, height)
    _caption(drawing, "Cakupan per unit: terdaftar dan belum terdaftar (orang)")
    if not units:
        drawing.add(String(WIDTH / 2, height / 2 - 10, "belum ada data", fontName=FONT, fontSize=9,
                           textAnchor="middle"))
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 120, 10, WIDTH - 150, height - 52
    chart.data = [[u.counts.enrolled for u in reversed(units)], [u.counts.waiting for u in reversed(units)]]
    # long unit names are shortened at a word, never cut inside one
    chart.categoryAxis.categoryNames = [textwrap.shorten(u.name, 30, placeholder=" …") for u in reversed(units)]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = FONT, 7
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = FONT, 7
    _whole_steps(chart.valueAxis, max((u.counts.enrolled + u.counts.waiting for u in units), default=0))
    chart.categoryAxis.style = "stacked"
    chart.bars[0].fillColor, chart.bars[1].fillColor = ENROLLED_COLOUR, WAITING_COLOUR
    chart.bars.strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y, legend.alignment = 120, height - 20, "right"
    legend.fontName, legend.fontSize, legend.columnMaximum, legend.dx, legend.dy = FONT, 7, 1, 6, 6
    legend.colorNamePairs = [(ENROLLED_COLOUR, "Terdaftar"), (WAITING_COLOUR, "Belum terdaftar")]
    drawing.add(legend)
    return drawing


def programme_chart(report: Report) -> Drawing:
    """Programme mix: the enrolled persons by the set of programmes they pay for."""
    drawing = _drawing(WIDTH / 2, 170)
    _caption(drawing, "Komposisi program (orang terdaftar)")
    mix = {name: n for name, n in report.dashboard.programme_mix.items() if n}
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 20, 15, 120, 120
    pie.data = list(mix.values()) or [1]  # nobody enrolled yet: an empty grey disc, not a full colour
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for index in range(len(pie.data)):
        pie.slices[index].fillColor = PALETTE[index % len(PALETTE)] if mix else NOBODY_COLOUR
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = 155, 120, FONT, 7
    legend.alignment = "right"
    total = sum(mix.values()) or 1
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], f"{name}: {money.number_id(n)} ({round(100 * n / total)}%)")
                             for i, (name, n) in enumerate(mix.items())] or [(NOBODY_COLOUR, "belum ada data")]
    drawing.add(legend)
    return drawing


def enrolment_chart(report: Report) -> Drawing:
    """Enrolment over time: the running total of enrolled persons by their first month."""
    drawing = _drawing(WIDTH / 2, 170)
    _caption(drawing, "Jumlah terdaftar dari waktu ke waktu")
    series = report.dashboard.enrolment_series
    if series is None:  # no line from fewer than two months: say so (coverage.NO_SERIES)
        drawing.add(String(WIDTH / 4, 85, NO_SERIES.split(": ")[0], fontName=FONT, fontSize=9,
                           textAnchor="middle", fillColor=colors.HexColor("#555555")))
        drawing.add(String(WIDTH / 4, 72, NO_SERIES.split(": ")[1], fontName=FONT, fontSize=7,
                           textAnchor="middle", fillColor=colors.HexColor("#555555")))
        return drawing
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, WIDTH / 2 - 55, 110
    chart.data = [[total for _, _, total in series]]
    step = max(1, len(series) // 6)
    chart.categoryAxis.categoryNames = [dates_id.month_label(m)[:3] + " " + str(m.year)[2:] if i % step == 0 else ""
                                        for i, (m, _, _) in enumerate(series)]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 7
    chart.categoryAxis.labels.angle, chart.categoryAxis.labels.boxAnchor = 30, "ne"
    _whole_steps(chart.valueAxis, max(total for _, _, total in series))
    chart.lines[0].strokeColor, chart.lines[0].strokeWidth = ENROLLED_COLOUR, 1.8
    drawing.add(chart)
    return drawing


def _charts_side_by_side(left: Drawing, right: Drawing) -> PdfTable:
    row = PdfTable([[left, right]], colWidths=[WIDTH / 2, WIDTH / 2])
    row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("FONT", (0, 0), (-1, -1), FONT, 9)]))
    return row


def signatures(report: Report) -> PdfTable:
    """Ketua and Sekretaris side by side: title, room to sign, the name underlined."""
    cells = []
    for title, name in (report.chair, report.secretary):
        cells.append([Paragraph(f"{escape(title)},", STYLES["center"]), Spacer(1, 36),
                      Paragraph(f"<b><u>{escape(name)}</u></b>" if name.strip() else "(" + "." * 40 + ")",
                                STYLES["center"])])
    table = PdfTable([cells], colWidths=[WIDTH / 2, WIDTH / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), FONT, 9)]))
    return table


def write_pdf(report: Report, handle: BinaryIO, furniture: style.Furniture) -> int:
    """Write the report into an open binary file with the documents' page furniture (id and QR code,
    "Halaman x dari y"); returns the number of pages."""
    style.register_fonts()
    doc = style.doc_template(handle, style.paper(report.paper), furniture)
    content = tables(report)
    heading = [
        Paragraph("LAPORAN CAKUPAN JAMINAN SOSIAL KETENAGAKERJAAN", STYLES["title"]),
        Paragraph(report.scope, STYLES["sub"]),
        Paragraph(f"Keadaan per {dates_id.long_date(report.today)}; iuran mulai bulan "
                  f"{dates_id.month_label(report.first_month)}", STYLES["sub"]),
    ]
    story: list = [
        *letterhead(load_logo(report.logo_path), heading, WIDTH, 14 * mm),
        Spacer(1, 8),
        *_table(content[0]),
        Spacer(1, 8),
        coverage_chart(report),
        Spacer(1, 6),
        _charts_side_by_side(programme_chart(report), enrolment_chart(report)),
    ]
    for table in content[1:-1]:
        story += _table(table)
    # the last table keeps the place-and-date line company, so the signature never stands alone;
    # the organisation's reports are signed by its Ketua and its Sekretaris
    story.append(KeepTogether([
        *_table(content[-1]),
        Spacer(1, 14),
        Paragraph(report.date_line, STYLES["right"]),
        Paragraph(escape(report.org_name), STYLES["center"]),
        Spacer(1, 4),
        signatures(report),
    ]))
    doc.build(story, canvasmaker=style.canvas_maker(furniture))
    return furniture.pages

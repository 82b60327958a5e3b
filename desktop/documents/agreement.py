"""The Perjanjian Kerja Sama (PKS) between the Kantor Cabang and the organisation, from the active
template, with the signature block, meterai box, optional Saksi and Mengetahui, and the annexes.

Page furniture (FurnitureCanvas): "Halaman x dari y", the document id and QR code on every page,
paraf boxes for both parties on every page except the one that carries the signatures.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)
from sqlalchemy.orm import Session

from desktop import settings as org_settings
from desktop.db import Database
from desktop.documents import annexes, letters, output, style, templates, verification
from desktop.documents.logo import Logo, letterhead, load_logo
from desktop.documents.scope import Scope
from desktop.domain import dates_id, money
from desktop.errors import UserError
from desktop.progress import NO_PROGRESS, Progress

BLANK = "…………………………"
PARAF_LABELS = ("Paraf PIHAK PERTAMA", "Paraf PIHAK KEDUA")
MARKER_WIDTH = {0: 8 * mm, 1: 7 * mm}
LOGO_HEIGHT = 11 * mm  # beside the two short first lines of the title, which keeps its line breaks
ANNEX_LOGO_HEIGHT = 14 * mm


@dataclass
class PksOptions:
    signing_date: dt.date = field(default_factory=dt.date.today)
    place: str = ""  # tempat penandatanganan; default: the organisation's place
    number_first: str = ""  # nomor PIHAK PERTAMA
    number_second: str = ""  # nomor PIHAK KEDUA
    term_years: int = 2
    verification_days: int = 14
    witness_first: str = ""
    witness_second: str = ""
    witness_first_title: str = ""  # jabatan printed under the witness's name
    witness_second_title: str = ""
    acknowledged_title: str = ""  # Mengetahui: jabatan (empty: no Mengetahui block)
    acknowledged_name: str = ""
    meterai_side: str | None = None  # kiri / kanan / keduanya; default from settings
    annex_institutions: bool = True
    annex_participants: bool = False
    annex_contributions: bool = True
    annex_mechanics: bool = True  # Lampiran: registration and payment mechanics with contact persons
    scope: Scope = field(default_factory=Scope)  # persons the annexes count
    month: dt.date | None = None  # first contribution month of the annex (default: month of signing)
    annex_contribution_persons: bool = False  # Lampiran III also per person
    # also write the full-NIK candidate list for PIHAK PERTAMA as its own document ("RAHASIA"),
    # handed over with the Berita Acara; the PKS itself is one document, the same for both originals
    full_identifiers: bool = False


def own_number(pattern: str, serial: str, on: dt.date) -> str:
    """PIHAK KEDUA's register number from the settings' pattern, e.g. "045/PC-MSL/V/2017"."""
    return letters.format_number(pattern, serial, on)


def placeholder_values(cfg: org_settings.OrgSettings, options: PksOptions) -> tuple[dict[str, str], list[str]]:
    """What fills the template; empty settings print as a dotted blank and are reported."""
    parts = dates_id.pks_opening_parts(options.signing_date, cfg.sunday_name)
    parts["tanggal_panjang"] = dates_id.long_date(options.signing_date)
    raw = {
        "kota": cfg.branch_city, "KOTA": cfg.branch_city.upper(),
        "nama_kantor_cabang": cfg.branch_name, "NAMA_KANTOR_CABANG": cfg.branch_name.upper(),
        "nama_organisasi": cfg.org_name, "NAMA_ORGANISASI": cfg.org_name.upper(),
        "singkatan_organisasi": cfg.org_short_name,
        "nomor_pihak_pertama": options.number_first, "nomor_pihak_kedua": options.number_second,
        **parts,
        "tempat_penandatanganan": options.place or cfg.org_place,
        "nama_kepala_cabang": cfg.branch_head_name, "jabatan_kepala_cabang": cfg.branch_head_title,
        "alamat_pihak_pertama": cfg.branch_address,
        "nama_ketua": cfg.chair_name, "jabatan_ketua": cfg.chair_title, "nama_sekretaris": cfg.secretary_name,
        "jabatan_sekretaris": cfg.secretary_title, "dasar_kewenangan_pihak_pertama": cfg.branch_authority,
        "alamat_pihak_kedua": cfg.org_address, "dasar_kepengurusan": cfg.board_decree,
        "jangka_waktu_angka": str(options.term_years), "jangka_waktu_terbilang": money.terbilang(options.term_years),
        "hari_kerja_verifikasi": str(options.verification_days),
        "hari_kerja_verifikasi_terbilang": money.terbilang(options.verification_days),
        "nama_saksi_1": options.witness_first, "nama_saksi_2": options.witness_second,
        "jabatan_mengetahui": options.acknowledged_title, "nama_mengetahui": options.acknowledged_name,
    }
    optional = {"nama_saksi_1", "nama_saksi_2", "jabatan_mengetahui", "nama_mengetahui", "nama_sekretaris"}
    missing = [templates.PKS_PLACEHOLDERS[k] for k, v in raw.items() if not str(v).strip() and k not in optional]
    return {k: escape(str(v)) if str(v).strip() else BLANK for k, v in raw.items()}, missing


def _markup(text: str) -> str:
    """**bold** → <b>bold</b> (the text is already XML-escaped where it came from values)."""
    pieces = text.split("**")
    return "".join(f"<b>{p}</b>" if i % 2 else p for i, p in enumerate(pieces))


def _escape_template(text: str) -> str:
    """Escape what the template author typed (values are escaped separately)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# words that belong with the next one in a title: "KABUPATEN MOJOKERTO", "KANTOR CABANG MOJOKERTO"
_GLUED = re.compile(r"\b(KAB\.|KABUPATEN|KOTA|CABANG|NOMOR|NO\.|NAHDLATUL|BPJS) +")
FRAME_PADDING = 12  # platypus frames keep 6 pt on each side


def title_line(text: str, width: float, base: ParagraphStyle | None = None) -> Paragraph:
    """A title phrase centred; when it needs several lines they are made equally long (no lone
    "MOJOKERTO" on the last line) and a place name never leaves its "KABUPATEN"."""
    text = _GLUED.sub(lambda m: m.group(1) + "&nbsp;", text)
    width -= FRAME_PADDING
    base = base or style.styles()["title"]
    para = Paragraph(text, base)
    para.wrap(width, 1e6)
    lines = len(para.blPara.lines)
    if lines < 2:
        return para
    low, high = width / lines, width
    while high - low > 2:  # the narrowest width that still needs no more lines
        middle = (low + high) / 2
        probe = Paragraph(text, base)
        probe.wrap(middle, 1e6)
        low, high = (middle, high) if len(probe.blPara.lines) > lines else (low, middle)
    indent = (width - high) / 2
    return Paragraph(text, ParagraphStyle(f"title-{indent:.0f}", parent=base, leftIndent=indent, rightIndent=indent))


def body_flowables(blocks: list[templates.Block], values: dict[str, str], width: float) -> list[Flowable]:
    st = style.styles()
    labels = templates.labels_of(blocks)
    upper = {k: v.upper() for k, v in values.items()}
    story: list[Flowable] = []
    for index, block in enumerate(blocks):
        # title lines are upper case whatever the placeholder holds (agreement.md §1)
        text = _markup(templates.fill(_escape_template(block.text), upper if block.kind == "title" else values,
                                      labels, block.line))
        if block.kind == "title":
            story.append(title_line(text, width))
        elif block.kind == "center":
            if index and blocks[index - 1].kind == "title":
                story.append(Spacer(1, 4 * mm))
            story.append(Paragraph(text, st["number"]))
        elif block.kind == "pasal":
            # the heading must not end a page alone
            story.append(CondPageBreak(30 * mm))
            story.append(Spacer(1, 3 * mm))
            story.append(Paragraph(f"Pasal {block.number}", st["heading"]))
            story.append(Paragraph(text, st["heading"]))
        elif block.kind == "item":
            indent = 0 if block.level == 0 else MARKER_WIDTH[0]
            story.append(Paragraph(text, style.hanging(indent, MARKER_WIDTH[block.level]), bulletText=block.marker))
        else:
            if index and blocks[index - 1].kind in ("title", "center"):
                story.append(Spacer(1, 6 * mm))
            story.append(Paragraph(text, st["body"]))
    return story


class SignaturePageMarker(Flowable):
    """Zero-size flowable inside the signature block: tells the canvas "no paraf on this page"."""

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.canv.mark_signature_page()


class SignatureSpace(Flowable):
    """The empty space a party signs in, with the dashed meterai box when this side bears it."""

    def __init__(self, width: float, height: float, meterai: bool):
        super().__init__()
        self.width, self.height, self.meterai = width, height, meterai

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        if not self.meterai:
            return
        c = self.canv
        c.saveState()
        c.setDash(2, 2)
        c.setStrokeColor(style.RULE)
        c.rect(4 * mm, 2 * mm, 26 * mm, self.height - 4 * mm)
        c.setFont(style.REGULAR, 7)
        c.drawCentredString(17 * mm, self.height / 2 + 1 * mm, "Meterai")
        c.drawCentredString(17 * mm, self.height / 2 - 2.5 * mm, "Rp10.000")
        c.restoreState()


def _signatory(party: str, office: str, name: str, title: str, meterai: bool, width: float) -> list[Flowable]:
    st = style.styles()
    return [Paragraph(f"<b>{party},</b>", st["left"]), Paragraph(escape(office), st["left"]),
            SignatureSpace(width, 24 * mm, meterai),
            Paragraph(f"<b><u>{escape(name) if name.strip() else BLANK}</u></b>", st["left"]),
            Paragraph(escape(title), st["left"])]


def signature_block(cfg: org_settings.OrgSettings, options: PksOptions, width: float) -> Flowable:
    side = options.meterai_side or cfg.meterai_side
    if side not in ("kiri", "kanan", "keduanya"):
        raise UserError(f"Sisi meterai '{side}' tidak dikenal; pilih kiri, kanan atau keduanya.")
    column = width / 2 - 4 * mm
    left = _signatory("PIHAK PERTAMA", cfg.branch_name.upper(), cfg.branch_head_name, cfg.branch_head_title,
                      side in ("kiri", "keduanya"), column)
    right = _signatory("PIHAK KEDUA", cfg.org_name.upper(), cfg.chair_name, cfg.chair_title,
                       side in ("kanan", "keduanya"), column)
    # row by row (heading, room to sign, name, jabatan): the two names stand on one line even when one
    # party's office takes a line more than the other's
    rows = [[left[:2], right[:2]], [left[2], right[2]], [left[3], right[3]], [left[4], right[4]]]
    if cfg.secretary_name.strip():
        rows.append(["", [SignatureSpace(column, 20 * mm, False),
                          Paragraph(f"<b><u>{escape(cfg.secretary_name)}</u></b>", style.styles()["left"]),
                          Paragraph(escape(cfg.secretary_title), style.styles()["left"])]])
    table = Table(rows, colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 1), (-1, 3), 0), ("BOTTOMPADDING", (0, 0), (-1, 3), 0),
                               ("FONT", (0, 0), (-1, -1), style.SERIF, 11)]))
    parts: list[Flowable] = [SignaturePageMarker(), Spacer(1, 6 * mm), table]
    st = style.styles()
    if options.witness_first.strip() or options.witness_second.strip():
        # each witness: the number, room to sign, then "(name)" and the jabatan under it
        def witness(number: int, name: str, title: str) -> list[Flowable]:
            return [Paragraph(f"{number}.", st["left"]), SignatureSpace(column, 14 * mm, False),
                    Paragraph(f"({escape(name) if name.strip() else BLANK})", st["left"]),
                    Paragraph(escape(title) if title.strip() else BLANK, st["left"])]
        parts += [Spacer(1, 4 * mm), Paragraph("<b>SAKSI-SAKSI:</b>", st["heading"])]
        witnesses = Table([[witness(1, options.witness_first, options.witness_first_title),
                            witness(2, options.witness_second, options.witness_second_title)]],
                          colWidths=[width / 2, width / 2])
        witnesses.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), style.SERIF, 11), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        parts.append(witnesses)
    if options.acknowledged_title.strip():
        parts += [Spacer(1, 4 * mm), Paragraph("Mengetahui,", st["number"]),
                  Paragraph(escape(options.acknowledged_title), st["number"]), Spacer(1, 18 * mm),
                  Paragraph(f"<b><u>{escape(options.acknowledged_name) or BLANK}</u></b>", st["number"])]
    return KeepTogether(parts)  # also kept whole inside the closing KeepTogether


def annex_heading(numeral: str, title: str, values: dict[str, str], logo: Logo | None, width: float
                  ) -> list[Flowable]:
    """"LAMPIRAN II PERJANJIAN KERJA SAMA … NOMOR: … / NOMOR: … TANGGAL: …" (agreement.md §1.13)."""
    st = style.styles()
    # the column the heading gets beside the logo (logo.letterhead keeps an equal empty column right)
    column = width - (2 * (logo.size(ANNEX_LOGO_HEIGHT, 35 * mm)[0] + 3 * mm) if logo is not None else 0)
    heading = [Paragraph(f"LAMPIRAN {numeral}", st["title"]),
               # phrase by phrase, lines of equal length: never a lone "MOJOKERTO" nor a name split
               # at "DENGAN PIMPINAN / CABANG …"
               title_line(f"PERJANJIAN KERJA SAMA ANTARA {values['NAMA_KANTOR_CABANG']}", column, st["number"]),
               title_line(f"DENGAN {values['NAMA_ORGANISASI']}", column, st["number"]),
               Paragraph(f"NOMOR: {values['nomor_pihak_pertama']}", st["number"]),
               Paragraph(f"NOMOR: {values['nomor_pihak_kedua']}", st["number"]),
               Paragraph(f"TANGGAL: {values['tanggal_panjang'].upper()}", st["number"])]
    return [*letterhead(logo, heading, width, ANNEX_LOGO_HEIGHT),
            Spacer(1, 4 * mm), Paragraph(f"<b>{title}</b>", st["heading"]), Spacer(1, 2 * mm)]


def heading_length(story: list[Flowable]) -> int:
    """How many leading flowables are the title lines (title and centred lines, the space between)."""
    count = 0
    for flowable in story:
        if not (isinstance(flowable, Spacer) or
                isinstance(flowable, Paragraph) and flowable.style.name.split("-")[0] in ("title", "number")):
            break
        count += 1
    while count and isinstance(story[count - 1], Spacer):
        count -= 1
    return count


@dataclass
class PksContent:
    story: list[Flowable]
    furniture: style.Furniture
    warnings: list[str]
    person_count: int
    fields: tuple[str, ...]
    template_version: int
    pagesize: tuple[float, float] = (style.PAGE_WIDTH, style.PAGE_HEIGHT)


def build_story(session: Session, options: PksOptions, doc_id: str, progress: Progress = NO_PROGRESS) -> PksContent:
    cfg = org_settings.load(session)
    template = templates.current(session, "pks")
    values, missing = placeholder_values(cfg, options)
    warnings = [f"Belum diisi, dicetak sebagai titik-titik: {m}" for m in missing]
    pagesize = style.paper(cfg.paper_size)
    width = style.text_width(pagesize)
    wide = style.text_width(style.paper(cfg.paper_size, landscape=True))
    story = body_flowables(templates.parse(template.body), values, width)
    logo = load_logo(cfg.logo_path)
    head = heading_length(story)
    story[:head] = letterhead(logo, story[:head], width, LOGO_HEIGHT)
    # the last article (Penutup) stays on the signature page, so that page cannot be swapped either
    last = max((i for i, f in enumerate(story) if isinstance(f, CondPageBreak)), default=len(story))
    story[last:] = [KeepTogether([*story[last + 1:], signature_block(cfg, options, width)])]
    numerals = iter(("I", "II", "III", "IV", "V"))
    month = (options.month or options.signing_date).replace(day=1)
    # the annexes list and bill only who can still be registered (the batch check's rules)
    candidates = options.scope.candidates(month)
    person_count, fields = 0, ()  # no member data unless the participants annex is printed
    if options.annex_institutions:
        story += [PageBreak(), *annex_heading(next(numerals), "DAFTAR LEMBAGA DAN JUMLAH CALON PESERTA PER PROGRAM",
                                              values, logo, width)]
        story += annexes.institution_summary(session, candidates, width)
    if options.annex_participants:
        story += [NextPageTemplate("landscape"), PageBreak(),
                  *annex_heading(next(numerals), "DAFTAR NAMA CALON PESERTA", values, logo, wide)]
        table, person_count = annexes.participant_list(session, candidates, wide, False, progress)
        story += [*table, NextPageTemplate("portrait")]
        fields = annexes.participant_fields(False)
    if options.annex_contributions:
        story += [PageBreak(), *annex_heading(next(numerals), "RINCIAN IURAN SELAMA JANGKA WAKTU PERJANJIAN",
                                              values, logo, width)]
        story += annexes.contribution_summary(session, candidates, month, width, cfg.terbilang_title_case,
                                              months=options.term_years * 12,
                                              per_person=options.annex_contribution_persons)
    if options.annex_mechanics:
        story += [PageBreak(), *annex_heading(next(numerals), "MEKANISME PENDAFTARAN DAN PEMBAYARAN IURAN",
                                              values, logo, width)]
        story += mechanics_annex(cfg, options)
    furniture = style.Furniture(
        doc_id=doc_id, qr_payload=verification.qr_payload(doc_id), paraf=PARAF_LABELS,
        title=f"Perjanjian Kerja Sama {cfg.branch_name} dengan {cfg.org_short_name}",
        author=cfg.org_name, progress=progress, subject=f"PKS nomor {options.number_first or '-'} / {options.number_second or '-'}, "
                                     f"{dates_id.long_date(options.signing_date)}")
    return PksContent(story, furniture, warnings, person_count, fields, template.version, pagesize)


def write_pdf(handle, content: PksContent) -> int:
    """Portrait pages for the text, landscape ones for the wide list (Lampiran II); both keep the
    filing margins and the same furniture."""
    style.register_fonts()
    portrait = content.pagesize
    landscape = (portrait[1], portrait[0])
    doc = BaseDocTemplate(handle, pagesize=portrait, leftMargin=style.LEFT_MARGIN, rightMargin=style.RIGHT_MARGIN,
                          topMargin=style.TOP_MARGIN, bottomMargin=style.BOTTOM_MARGIN,
                          title=content.furniture.title, author=content.furniture.author,
                          subject=content.furniture.subject, creator="Jamsos Desk")
    doc.addPageTemplates([PageTemplate(id=name, pagesize=size, frames=[Frame(
        style.LEFT_MARGIN, style.BOTTOM_MARGIN, style.text_width(size),
        size[1] - style.TOP_MARGIN - style.BOTTOM_MARGIN, id=name)])
        for name, size in (("portrait", portrait), ("landscape", landscape))])
    doc.build(list(content.story), canvasmaker=style.canvas_maker(content.furniture))
    return content.furniture.pages


def mechanics_annex(cfg: org_settings.OrgSettings, options: PksOptions) -> list[Flowable]:
    """Lampiran: how candidates are registered and contributions paid, step by step, and whom to call."""
    st = style.styles()
    days = options.verification_days
    steps = [
        f"PIHAK KEDUA menghimpun data calon Peserta sesuai KTP-el dan Kartu Keluarga melalui formulir pendaftaran "
        f"yang ditandatangani calon Peserta, beserta fotokopi KTP-el dan Kartu Keluarga.",
        f"PIHAK KEDUA memeriksa kelengkapan data dan menyusun berkas pendaftaran kolektif dalam format yang "
        f"disepakati, disertai daftar tercetak yang diparaf pada setiap halaman.",
        f"Berkas diserahkan kepada PIHAK PERTAMA dengan Berita Acara Serah Terima Data yang memuat jumlah data, "
        f"nama berkas dan sidik berkasnya; daftar dengan NIK lengkap diserahkan sebagai dokumen RAHASIA.",
        f"PIHAK PERTAMA memverifikasi dan menyampaikan hasilnya (diterima dengan nomor kepesertaan, atau ditolak "
        f"dengan alasannya) paling lambat {days} ({money.terbilang(days)}) hari kerja sejak berkas diterima lengkap.",
        "Iuran dibayar melalui kanal pembayaran resmi PIHAK PERTAMA paling lambat tanggal 15 (lima belas) bulan "
        "berikutnya; bukti pembayaran disimpan oleh PIHAK KEDUA.",
        "Calon Peserta yang ditolak dapat didaftarkan kembali setelah datanya diperbaiki.",
    ]
    story: list[Flowable] = [Paragraph(escape(text), style.hanging(0), bulletText=f"{n}.")
                             for n, text in enumerate(steps, start=1)]
    contacts = [["PIHAK", "Narahubung"],
                [Paragraph("PIHAK PERTAMA", st["cell"]), Paragraph(escape(cfg.branch_contact) or BLANK, st["cell"])],
                [Paragraph("PIHAK KEDUA", st["cell"]), Paragraph(escape(cfg.org_contact) or BLANK, st["cell"])]]
    width = style.text_width(style.paper(cfg.paper_size))
    table = Table(contacts, colWidths=[0.3 * width, 0.7 * width])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), style.NARROW, style.CELL_SIZE),
                               ("FONT", (0, 0), (-1, 0), style.NARROW_BOLD, style.CELL_SIZE),
                               ("GRID", (0, 0), (-1, -1), 0.4, style.RULE),
                               ("BACKGROUND", (0, 0), (-1, 0), style.SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [*story, Spacer(1, 4 * mm), Paragraph("<b>Narahubung</b>", st["left"]), table]


def print_pks(db: Database, target: str | Path, options: PksOptions | None = None,
              progress: Progress = NO_PROGRESS) -> output.Printed:
    """The use case: the PKS with its annexes, written to `target` and registered. It is one document
    printed twice for the two originals; with `full_identifiers` the full-NIK candidate list for
    PIHAK PERTAMA is written beside it as its own document (named in the warnings)."""
    options = options or PksOptions()
    doc_id = verification.new_document_id()
    with db.read() as session:
        if not options.number_second.strip():  # the next number of the register of outgoing letters
            options = dataclasses.replace(options, number_second=letters.propose(session, options.signing_date).number)
        letters.check_free(session, options.number_second, "pks", options.signing_date)
        content = build_story(session, options, doc_id, progress)
    title = (f"PKS {options.number_first or '(tanpa nomor)'} / {options.number_second or '(tanpa nomor)'}, "
             f"{dates_id.long_date(options.signing_date)}")
    facts = [("Tanggal penandatanganan", dates_id.long_date(options.signing_date)),
             ("Nomor PIHAK PERTAMA", options.number_first or "-"), ("Nomor PIHAK KEDUA", options.number_second or "-"),
             ("Templat PKS", f"versi {content.template_version}")]
    printed = output.publish(db, target, doc_id, lambda handle: write_pdf(handle, content), kind="pks", title=title,
                             person_count=content.person_count, fields=content.fields, warnings=content.warnings,
                             summary={"facts": facts})
    printed.number = options.number_second
    with db.write() as session:
        letters.record(session, options.number_second, kind="pks", on=options.signing_date, document_id=doc_id,
                       subject=f"Perjanjian Kerja Sama dengan {org_settings.load(session).branch_name}")
    if options.full_identifiers:
        target = Path(target)
        full = print_candidate_list(db, target.with_name(f"{target.stem}-daftar-NIK-lengkap-RAHASIA.pdf"), options,
                                    agreement_id=doc_id)
        printed.warnings.append(f"Daftar nama calon peserta dengan NIK lengkap (RAHASIA, untuk PIHAK PERTAMA) "
                                f"disimpan sebagai {full.path.name} ({full.doc_id}).")
        printed.companions.append(full)
    return printed


def print_candidate_list(db: Database, target: str | Path, options: PksOptions, *, agreement_id: str = "",
                         progress: Progress = NO_PROGRESS) -> output.Printed:
    """The candidates with full NIK for PIHAK PERTAMA: its own document, "RAHASIA" on every page,
    handed over with the Berita Acara (never part of the two originals)."""
    doc_id = verification.new_document_id()
    month = (options.month or options.signing_date).replace(day=1)
    with db.read() as session:
        cfg = org_settings.load(session)
        values, _ = placeholder_values(cfg, options)
        pagesize = style.paper(cfg.paper_size, landscape=True)
        width = style.text_width(pagesize)
        st = style.styles()
        heading = [Paragraph("RAHASIA", st["title"]),
                   Paragraph("DAFTAR NAMA CALON PESERTA (NIK LENGKAP)", st["title"]),
                   Paragraph(f"untuk PIHAK PERTAMA, Perjanjian Kerja Sama Nomor: {values['nomor_pihak_pertama']} / "
                             f"{values['nomor_pihak_kedua']} tanggal {values['tanggal_panjang']}"
                             + (f" (dokumen {agreement_id})" if agreement_id else ""), st["number"]),
                   Spacer(1, 3 * mm)]
        table, count = annexes.participant_list(session, options.scope.candidates(month), width, True, progress)
        story = [*letterhead(load_logo(cfg.logo_path), heading, width, ANNEX_LOGO_HEIGHT), *table]
    furniture = style.Furniture(doc_id=doc_id, qr_payload=verification.qr_payload(doc_id), secret=True,
                                title=f"Daftar nama calon peserta (NIK lengkap, RAHASIA) — {cfg.org_short_name}",
                                author=cfg.org_name, subject="Lampiran PKS untuk PIHAK PERTAMA", progress=progress)

    def build(handle) -> int:  # noqa: ANN001
        style.register_fonts()
        style.doc_template(handle, pagesize, furniture).build(story, canvasmaker=style.canvas_maker(furniture))
        return furniture.pages

    return output.publish(db, target, doc_id, build, kind="roster", title=furniture.title, person_count=count,
                          fields=annexes.participant_fields(True),
                          summary={"facts": [("Untuk", "PIHAK PERTAMA"), ("Identitas", "lengkap (RAHASIA)"),
                                             ("PKS", agreement_id or "-")]})

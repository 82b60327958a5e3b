"""Enrolment forms (formulir pendaftaran): one A4 page per person, a second page when the heirs do
not fit, for a member to check and sign.

Speed: the parts that are the same on every page (labels, boxes, lines, consent text, QR code) are
drawn once into PDF form XObjects and placed on each page; per person only the values are drawn.
Persons are read in chunks, so a whole PAC prints in memory-light, linear time.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import clock, contributions
from desktop import settings as org_settings
from desktop.db import Database
from desktop.documents import output, style, verification
from desktop.documents.logo import Logo, load_logo
from desktop.documents.roster_list import region_names
from desktop.documents.scope import Scope, chunks, require
from desktop.domain import billing, dates_id, money
from desktop.domain.rates import PROGRAMME_ORDER, Pricer, months_between
from desktop.errors import UserError
from desktop.models import Heir, Institution, Occupation, OrgUnit, Person
from desktop.progress import NO_PROGRESS, Progress

# The form is laid out from the top of an A4-high box; on F4/Folio paper the box sits at the top
# of the longer sheet (the canvas is shifted), so the same positions serve both papers.
W, H = style.PAGE_WIDTH, style.PAGE_HEIGHT
LEFT, RIGHT = style.LEFT_MARGIN, W - style.RIGHT_MARGIN
ROW = 4.7 * mm  # 9 pt values on 13.3 pt: room for the money block and the consent at 9 pt
LABEL_SIZE = VALUE_SIZE = 9  # what the member reads and checks
VALUE_X, HALF_X, HALF_VALUE_X = LEFT + 31 * mm, LEFT + 83 * mm, LEFT + 113 * mm
HEIRS_ON_FIRST_PAGE = 3
HEIRS_PER_EXTRA_PAGE = 30
HEIR_COLUMNS = ((LEFT, 9 * mm, "No"), (LEFT + 9 * mm, 64 * mm, "Nama ahli waris"),
                (LEFT + 73 * mm, 34 * mm, "Hubungan"), (LEFT + 107 * mm, 37 * mm, "Tanggal lahir"),
                (LEFT + 144 * mm, 16 * mm, "L/P"))

SEXES = {"L": "Laki-laki", "P": "Perempuan"}
SEGMENTS = {"BPU": "Bukan Penerima Upah (BPU)", "PU": "Penerima Upah (PU)"}
TITLES = {"BPU": "FORMULIR PENDAFTARAN PESERTA BUKAN PENERIMA UPAH (BPU)",
          "PU": "FORMULIR PENDAFTARAN PESERTA PENERIMA UPAH (PU)"}
PAYERS = (("SELF", "Sendiri"), ("ORG", "Organisasi/wadah"), ("DONOR", "Donatur"), ("APBD", "APBD"),
          ("APBN", "APBN"))
# the member ticks it: the roster does not hold it (codes TK/K/D/C, forms-and-files.md §4)
MARITAL = ("Belum kawin", "Kawin", "Cerai hidup", "Cerai mati")
ATTACHMENTS = ("Fotokopi KTP-el", "Fotokopi Kartu Keluarga (KK)")
PROGRAMME_NAMES = {"JKK": "Kecelakaan Kerja", "JKM": "Kematian", "JHT": "Hari Tua", "JP": "Pensiun"}
FORM_FIELDS = ("nik", "kk", "name", "sex", "birth_place", "birth_date", "mother_name", "address", "desa_code",
               "postal_code", "phone", "email", "occupation_code", "income", "programmes", "payer", "heirs")

# Rows of the two sections: (label, key, half label, half key) — half None: a full-width row.
IDENTITY_ROWS = [
    ("Nama lengkap", "name", None, None),
    ("NIK", "nik", "No. KK", "kk"),
    ("Jenis kelamin", "sex", "Tempat, tgl. lahir", "birth"),
    ("Status kawin", "marital", None, None),
    ("Nama ibu kandung", "mother_name", None, None),
    ("Alamat", "address", None, None),
    ("RT / RW", "rt_rw", "Kode pos", "postal_code"),
    ("Desa/Kelurahan", "desa", "Kecamatan", "kecamatan"),
    ("Kabupaten/Kota", "kabupaten", "No. anggota", "member_no"),
    ("No. HP", "phone", "Email", "email"),
]
WORK_ROWS = [
    ("Pekerjaan", "occupation", "Jabatan", "position"),
    ("Unit / lembaga", "place", None, None),
    ("Segmen", "segment", "Penghasilan/bln", "income"),
    # the money block: the amounts, the discount with its legal basis (PP 50/2025 …) if any, and the
    # total in words flow over these rows, each wrapped rather than cut (see money_rows)
    ("Iuran per bulan", "money", None, None),
    ("", "money", None, None),
    ("", "money", None, None),
    ("", "money", None, None),
    ("No. KPJ", "kpj", None, None),
]


@dataclass
class FormPerson:
    """One form's values, already formatted for print (plain strings)."""

    id: int
    values: dict[str, str]
    programmes: set[str]
    payer: str
    segment: str = "BPU"
    heirs: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def pages(self) -> int:
        extra = max(0, len(self.heirs) - HEIRS_ON_FIRST_PAGE)
        return 1 + -(-extra // HEIRS_PER_EXTRA_PAGE)


def money_lines(pricer: Pricer, months: list[dt.date], *values) -> tuple[str, str, str]:
    """The form's money block: amount to pay with the normal amount and the discount line (legal
    basis), for one month or a payment period of several, and the total in words; or the reason
    why the contribution cannot be computed yet. `values`: segment, programmes, income, risk group,
    payer, sector as stored."""
    period = billing.PricedPeriod.of(months)
    first = None
    for month in months:
        result = contributions.price_or_reason(pricer, month, *values)
        if isinstance(result, str):
            return f"belum dapat dihitung: {result}", "", ""
        period.add(result)
        first = first or result
    parts = [f"{programme} {money.rupiah(amount)}" for programme, amount in first.by_programme().items()]
    return billing.three_lines(period, " + ".join(parts) if len(parts) > 1 and len(months) == 1 else "")


def load_persons(session: Session, ids: list[int], pricer: Pricer, months: list[dt.date]) -> list[FormPerson]:
    """The form values of some persons, in the order of `ids` (three queries per chunk)."""
    query = (select(Person, Occupation.name, OrgUnit.name, Institution.name, Institution.risk_group)
             .outerjoin(Occupation, Occupation.code == Person.occupation_code)
             .outerjoin(OrgUnit, OrgUnit.id == Person.unit_id)
             .outerjoin(Institution, Institution.id == Person.institution_id)
             .where(Person.id.in_(ids)))
    rows = {row[0].id: row for row in session.execute(query)}
    heirs: dict[int, list[Heir]] = {}
    for heir in session.scalars(select(Heir).where(Heir.person_id.in_(ids)).order_by(Heir.person_id, Heir.position)):
        heirs.setdefault(heir.person_id, []).append(heir)
    regions = region_names(session, {row[0].desa_code for row in rows.values() if row[0].desa_code})
    result = []
    for person_id in ids:
        if person_id not in rows:
            continue
        p, occupation, unit, institution, risk_group = rows[person_id]
        contribution, rule, words = money_lines(pricer, months, p.segment, p.programmes, p.income, risk_group, p.payer,
                                          p.sector)
        birth = ", ".join(x for x in (p.birth_place or "", dates_id.long_date(p.birth_date) if p.birth_date else "")
                          if x)
        desa = p.desa_code or ""
        values = {
            "name": p.name, "nik": p.nik or "(belum ber-NIK)", "kk": p.kk or "", "sex": SEXES.get(p.sex or "", ""),
            "birth": birth, "mother_name": p.mother_name or "", "address": p.address or "",
            "rt_rw": " / ".join(x for x in (p.rt or "", p.rw or "") if x), "postal_code": p.postal_code or "",
            "desa": regions.get(desa, ""), "kecamatan": regions.get(desa[:8], ""),
            "kabupaten": regions.get(desa[:5], ""), "member_no": p.member_no or "",
            "phone": _phone(p.phone), "email": p.email or "", "occupation": occupation or "",
            "position": p.position or "", "place": " / ".join(x for x in (unit, institution) if x),
            "segment": SEGMENTS.get(p.segment, p.segment),
            "income": money.rupiah(p.income) if p.income is not None else "",
            "contribution": contribution, "contribution_rule": rule, "contribution_words": words,
            "kpj": p.kpj or "(diisi jika sudah menjadi peserta)",
        }
        result.append(FormPerson(
            id=p.id, values=values, programmes=set(p.programmes.split()), payer=p.payer, segment=p.segment,
            heirs=[(h.name, h.relation or "", dates_id.numeric_date(h.birth_date) if h.birth_date else "",
                    h.sex or "") for h in heirs.get(p.id, [])]))
    return result


def _phone(canonical: str | None) -> str:
    from desktop.domain.phone import display_phone
    return display_phone(canonical)


# -- drawing --------------------------------------------------------------------------------------
def _fit(t: PDFTextObject, text: str, x: float, y: float, width: float, font: str = style.REGULAR,
         size: float = VALUE_SIZE) -> None:
    """Write text within `width`: shrink down to 8 pt, then cut with an ellipsis (a value that long
    is rare: an address or e-mail of 90 characters)."""
    if not text:
        return
    natural = stringWidth(text, font, size)
    if natural > width:
        size = max(8, size * width / natural)
        if stringWidth(text, font, size) > width:
            while text and stringWidth(text + "…", font, size) > width:
                text = text[:-1]
            text += "…"
    t.setFont(font, size)
    t.setTextOrigin(x, y)
    t.textOut(text)


def _wrapped(lines: list[tuple[str, str, float]], width: float, budget: float, min_scale: float = 0.7
             ) -> list[tuple[str, str, float]]:
    """Lines of (text, font, size) wrapped into `width`, all shrunk alike until they fit in `budget`
    points of height: whatever a setting holds, the letterhead never runs into what follows."""
    scale = 1.0
    while True:
        out = []
        for text, font, size in lines:
            for part in simpleSplit(text, font, size * scale, width) if text else []:
                out.append((part, font, size * scale))
        if sum(size * 1.18 for _, _, size in out) <= budget or scale <= min_scale:
            return out
        scale -= 0.05


def _draw_centred(c: pdf_canvas.Canvas, lines: list[tuple[str, str, float]], centre: float, top: float) -> float:
    """Draw wrapped lines centred on `centre` from `top` (mm from the top edge); returns the bottom."""
    y = top
    for text, font, size in lines:
        y += size * 1.18
        c.setFont(font, size)
        c.drawCentredString(centre, H - y + size * 0.25, text)
    return y


def _section(c: pdf_canvas.Canvas, top: float, title: str) -> None:
    c.setFillColor(style.SHADE)
    c.rect(LEFT, H - top - 1.6 * mm, RIGHT - LEFT, 5.6 * mm, stroke=0, fill=1)
    c.setFillColor(style.INK)
    c.setFont(style.BOLD, 9.5)
    c.drawString(LEFT + 2 * mm, H - top, title)


def _label_rows(c: pdf_canvas.Canvas, top: float, rows) -> None:
    """Labels and dotted value lines of a section (fixed part)."""
    c.setDash(0.5, 1.5)
    c.setStrokeColor(style.RULE)
    for index, (label, key, half_label, _half_key) in enumerate(rows):
        y = H - top - index * ROW
        # a label never runs into its value: the widest ("Nama ibu kandung", 30.2 mm at 9 pt) is set a
        # little smaller rather than narrowing every value column (the money lines need the width)
        room = VALUE_X - LEFT - 3 * mm
        c.setFont(style.REGULAR, min(LABEL_SIZE, LABEL_SIZE * room / max(stringWidth(label, style.REGULAR, LABEL_SIZE), 1)))
        c.drawString(LEFT + 2 * mm, y, label)
        if key == "marital":  # boxes the member ticks
            c.setDash()
            for text, x in zip(MARITAL, MARITAL_X):
                _box(c, x, y)
                c.drawString(x + 5 * mm, y, text)
            c.setDash(0.5, 1.5)
        elif half_label is None:
            c.line(VALUE_X, y - 1.2 * mm, RIGHT, y - 1.2 * mm)
        else:
            c.line(VALUE_X, y - 1.2 * mm, HALF_X - 3 * mm, y - 1.2 * mm)
            c.drawString(HALF_X, y, half_label)
            c.line(HALF_VALUE_X, y - 1.2 * mm, RIGHT, y - 1.2 * mm)
    c.setDash()


def money_rows(values: dict[str, str]) -> list[tuple[str, str]]:
    """The money block as (text, font) per printed row: the amounts, the discount rule and the total
    in words, each wrapped at 9 pt into the value column; never cut with "…" (a payment period whose
    discount ends inside it says two amounts and needs two rows)."""
    width = RIGHT - VALUE_X - 1 * mm
    out = []
    for key, font in (("contribution", style.REGULAR), ("contribution_rule", style.REGULAR),
                      ("contribution_words", style.ITALIC)):
        if values.get(key):
            out += [(line, font) for line in simpleSplit(values[key], font, VALUE_SIZE, width)]
    return out


MONEY_ROWS = sum(1 for row in WORK_ROWS if row[1] == "money")


def _row_values(t: PDFTextObject, top: float, rows, values: dict[str, str]) -> None:
    money = money_rows(values)
    if len(money) > MONEY_ROWS:  # more than the block holds (not seen with real rates): the last row shrinks
        money[MONEY_ROWS - 1:] = [(" ".join(text for text, _ in money[MONEY_ROWS - 1:]), money[-1][1])]
    for index, (_label, key, half_label, half_key) in enumerate(rows):
        y = H - top - index * ROW
        if key == "money":
            if money:
                text, font = money.pop(0)
                _fit(t, text, VALUE_X + 1 * mm, y, RIGHT - VALUE_X - 1 * mm, font)
            continue
        end = RIGHT if half_label is None else HALF_X - 3 * mm
        font = style.BOLD if key == "name" else style.REGULAR
        _fit(t, values.get(key, ""), VALUE_X + 1 * mm, y, end - VALUE_X - 1 * mm, font)
        if half_key:
            _fit(t, values.get(half_key, ""), HALF_VALUE_X + 1 * mm, y, RIGHT - HALF_VALUE_X - 1 * mm)


def _box(c: pdf_canvas.Canvas, x: float, y: float, size: float = 3.4 * mm) -> None:
    c.rect(x, y - 0.6 * mm, size, size)


def _tick(t: PDFTextObject, x: float, y: float) -> None:
    t.setFont(style.BOLD, 10)
    t.setTextOrigin(x + 0.3 * mm, y)
    t.textOut("✓")


@dataclass
class Layout:
    """Vertical positions (from the top edge) of the parts of page 1, each below the one before."""

    kop: float = style.TOP_MARGIN  # letterhead: name, address, telephone and e-mail, then the rule
    rule: float = style.TOP_MARGIN + 15 * mm
    addressee: float = style.TOP_MARGIN + 20 * mm
    title: float = style.TOP_MARGIN + 26.5 * mm
    subtitle: float = style.TOP_MARGIN + 31 * mm
    programmes: float = style.TOP_MARGIN + 37 * mm
    identity_title: float = style.TOP_MARGIN + 42.5 * mm
    identity: float = style.TOP_MARGIN + 48 * mm
    work_title: float = style.TOP_MARGIN + 48 * mm + len(IDENTITY_ROWS) * ROW + 1 * mm
    work: float = style.TOP_MARGIN + 48 * mm + len(IDENTITY_ROWS) * ROW + 6.5 * mm
    payer: float = style.TOP_MARGIN + 48 * mm + (len(IDENTITY_ROWS) + len(WORK_ROWS)) * ROW + 6.5 * mm
    heirs_title: float = style.TOP_MARGIN + 48 * mm + (len(IDENTITY_ROWS) + len(WORK_ROWS) + 1) * ROW + 7.5 * mm
    heirs: float = style.TOP_MARGIN + 48 * mm + (len(IDENTITY_ROWS) + len(WORK_ROWS) + 1) * ROW + 13 * mm
    consent_height: float = 0.0  # the consent text at 9 pt with this organisation's names (consent_paragraph)
    attachments: float = 0.0
    consent_title: float = 0.0
    consent: float = 0.0
    signature: float = 0.0  # top of the signature boxes
    receipt: float = 0.0  # the cut line of the tear-off receipt
    bottom: float = 0.0  # the receipt's last line

    def __post_init__(self) -> None:
        self.consent_height = self.consent_height or CONSENT_HEIGHT
        self.attachments = self.heirs + 1.8 * mm + (HEIRS_ON_FIRST_PAGE + 1) * HEIR_ROW + 2 * mm
        self.consent_title = self.attachments + 5.5 * mm
        self.consent = self.consent_title + 3 * mm
        self.signature = self.consent + self.consent_height + 10.5 * mm
        self.receipt = self.signature + SIGNATURE_HEIGHT + 10.5 * mm
        self.bottom = self.receipt + 3 * RECEIPT_LINE


HEIR_ROW = 4.7 * mm
CONSENT_HEIGHT = 17 * mm  # the consent text's height with short settings; it grows with long ones
CONSENT_SIZE = 9  # a member reads what she consents to: never smaller unless nothing else fits the page
SIGNATURE_HEIGHT = 12 * mm
RECEIPT_LINE = 4.2 * mm


RECEIPT_BOTTOM = H - style.BOTTOM_MARGIN  # the receipt ends above the bottom margin
QR_TOP = style.TOP_MARGIN  # the form's own QR code, top right, with its code under it
LAYOUT = Layout()
PROGRAMME_X = {name: LEFT + offset * mm for name, offset in zip(PROGRAMME_ORDER, (31, 77, 106, 133))}
PAYER_X = {code: VALUE_X + offset * mm for (code, _), offset in zip(PAYERS, (3, 26, 62, 86, 106))}
MARITAL_X = [VALUE_X + offset * mm for offset in (0, 29, 51, 81)]


def kop(c: pdf_canvas.Canvas, cfg: org_settings.OrgSettings, logo: Logo | None, right_room: float) -> None:
    """The letterhead: logo, the organisation's name, its address, telephone and e-mail on their own
    lines, then a double rule. `right_room` is kept free at the right (the form's QR code)."""
    c.setFillColor(style.INK)
    left = LEFT
    if logo is not None:
        left += logo.draw(c, LEFT, H - LAYOUT.rule + 1.5 * mm, LAYOUT.rule - LAYOUT.kop - 2 * mm, 30 * mm) + 3 * mm
    right = RIGHT - right_room
    contact = "  ·  ".join(x for x in (f"Telp. {cfg.org_phone}" if cfg.org_phone.strip() else "",
                                        f"Surel: {cfg.org_email}" if cfg.org_email.strip() else "") if x)
    lines = _wrapped([(cfg.org_name.upper(), style.BOLD, 11.5), (cfg.org_address, style.REGULAR, 9),
                      (contact, style.REGULAR, 9)], right - left, LAYOUT.rule - LAYOUT.kop - 2 * mm)
    _draw_centred(c, lines, (left + right) / 2, LAYOUT.kop)
    c.setStrokeColor(style.INK)
    c.setLineWidth(1.4)
    c.line(LEFT, H - LAYOUT.rule, RIGHT, H - LAYOUT.rule)
    c.setLineWidth(0.5)
    c.line(LEFT, H - LAYOUT.rule - 0.8 * mm, RIGHT, H - LAYOUT.rule - 0.8 * mm)


def addressee(cfg: org_settings.OrgSettings) -> str:
    return f"Kepada Yth. Kepala {cfg.branch_name}"


def _header(c: pdf_canvas.Canvas, cfg: org_settings.OrgSettings, title: str, logo: Logo | None) -> None:
    """The kop, the addressee on its own line below it, and the form's title."""
    kop(c, cfg, logo, style.QR_SIZE + 3 * mm)
    c.setFont(style.REGULAR, 9.5)
    for text, font, size in _wrapped([(addressee(cfg), style.REGULAR, 9.5)], RIGHT - LEFT - FORM_NUMBER_ROOM, 12,
                                     0.75)[:1]:
        c.setFont(font, size)
        c.drawString(LEFT, H - LAYOUT.addressee, text)
    for text, font, size in _wrapped([(title, style.BOLD, 12)], RIGHT - LEFT, 15, 0.75)[:1]:
        c.setFont(font, size)
        c.drawCentredString((LEFT + RIGHT) / 2, H - LAYOUT.title, text)


def consent_text(cfg: org_settings.OrgSettings) -> str:
    contact = cfg.dpo_contact or cfg.org_short_name
    return (f"Saya menyatakan data di atas benar sesuai KTP-el dan menyetujui {cfg.org_short_name} menghimpun, "
            f"menyimpan dan menyampaikan data pribadi saya dan ahli waris saya kepada {cfg.branch_name} hanya "
            f"untuk kepesertaan jaminan sosial ketenagakerjaan (Undang-Undang Nomor 27 Tahun 2022 tentang "
            f"Pelindungan Data Pribadi). Akses, perbaikan atau penghapusan data: {contact}.")


def _fixed_first_page(c: pdf_canvas.Canvas, cfg: org_settings.OrgSettings, place_date: str, segment: str,
                      logo: Logo | None) -> None:
    para, L = consent_paragraph(cfg)
    _header(c, cfg, TITLES.get(segment, TITLES["BPU"]), logo)
    c.setFont(style.REGULAR, 9)
    subtitle = f"Program Jaminan Sosial Ketenagakerjaan melalui {cfg.org_short_name}"
    for text, font, size in _wrapped([(subtitle, style.REGULAR, 9)], RIGHT - LEFT, 11, 0.85)[:1]:
        c.setFont(font, size)
        c.drawCentredString((LEFT + RIGHT) / 2, H - L.subtitle, text)
    c.setFont(style.BOLD, LABEL_SIZE)
    c.drawString(LEFT + 2 * mm, H - L.programmes, "Program dipilih")
    c.setFont(style.REGULAR, LABEL_SIZE)
    for name, x in PROGRAMME_X.items():
        if name == "JP" and segment != "PU":  # Jaminan Pensiun is for wage earners only
            continue
        _box(c, x, H - L.programmes)
        c.drawString(x + 5 * mm, H - L.programmes, f"{name} {PROGRAMME_NAMES[name]}")
    _section(c, L.identity_title, "A. DATA DIRI (sesuai KTP-el)")
    _label_rows(c, L.identity, IDENTITY_ROWS)
    _section(c, L.work_title, "B. PEKERJAAN, PENGHASILAN DAN IURAN")
    _label_rows(c, L.work, WORK_ROWS)
    c.setFont(style.REGULAR, LABEL_SIZE)
    c.drawString(LEFT + 2 * mm, H - L.payer, "Iuran dibayar oleh")
    for code, label in PAYERS:
        _box(c, PAYER_X[code], H - L.payer)
        c.drawString(PAYER_X[code] + 5 * mm, H - L.payer, label)
    _section(c, L.heirs_title, "C. AHLI WARIS")
    _heir_grid(c, L.heirs, HEIRS_ON_FIRST_PAGE)
    c.setFont(style.BOLD, LABEL_SIZE)
    c.drawString(LEFT + 2 * mm, H - L.attachments, "Lampiran:")
    c.setFont(style.REGULAR, LABEL_SIZE)
    for index, text in enumerate(ATTACHMENTS):
        x = LEFT + (22 + index * 45) * mm
        _box(c, x, H - L.attachments)
        c.drawString(x + 5 * mm, H - L.attachments, text)
    _section(c, L.consent_title, "D. PERSETUJUAN PEMROSESAN DATA PRIBADI")
    _, height = para.wrapOn(c, CONSENT_WIDTH, L.consent_height)
    para.drawOn(c, LEFT + 2 * mm, H - L.consent - height)
    # signatures: unit officer left, member right
    top = L.signature
    member_x = LEFT + 85 * mm
    c.setFont(style.REGULAR, LABEL_SIZE)
    c.drawString(member_x, H - top + 7 * mm, place_date)
    for x, label in ((LEFT, "Petugas unit,"), (member_x, "Calon peserta,")):
        c.drawString(x, H - top + 2 * mm, label)
        c.setStrokeColor(style.RULE)
        c.rect(x, H - top - SIGNATURE_HEIGHT, 75 * mm, SIGNATURE_HEIGHT)
    c.drawString(LEFT + 2 * mm, H - top - SIGNATURE_HEIGHT - 4.5 * mm, "(" + "." * 50 + ")")
    _receipt_frame(c, cfg, L)


CONSENT_WIDTH = RIGHT - LEFT - 4 * mm


def consent_paragraph(cfg: org_settings.OrgSettings) -> tuple[Paragraph, Layout]:
    """The consent text at 9 pt in the condensed face and the page layout around it: the block grows
    with the organisation's and branch's names and the contact (everything below moves down). Only
    settings far longer than any real name (which would push the receipt into the bottom margin)
    make it smaller, never below 7 pt."""
    base = style.styles()["small"]
    size = float(CONSENT_SIZE)
    while True:
        para = Paragraph(escape(consent_text(cfg)), ParagraphStyle(
            "consent", parent=base, fontName=style.NARROW, fontSize=size, leading=size * 1.15,
            alignment=TA_LEFT))  # ragged right: a long e-mail address would stretch a justified line
        layout = Layout(consent_height=max(CONSENT_HEIGHT, para.wrap(CONSENT_WIDTH, H)[1]))
        if layout.bottom <= H - style.BOTTOM_MARGIN or size <= 7:
            return para, layout
        size -= 0.5


def _receipt_frame(c: pdf_canvas.Canvas, cfg: org_settings.OrgSettings, layout: Layout) -> None:
    """The tear-off receipt (tanda terima) below a dashed cut line: the member keeps it. Its second
    line (the form's number, the name and the NIK) is the person's."""
    top = layout.receipt
    c.setStrokeColor(style.RULE)
    c.setDash(3, 2)
    c.line(LEFT, H - top, RIGHT, H - top)
    c.setDash()
    c.setFont(style.REGULAR, 7)
    c.drawString(LEFT, H - top + 1 * mm, "✂ gunting di sini")
    c.setFont(style.BOLD, LABEL_SIZE)
    c.drawString(LEFT, H - top - RECEIPT_LINE, "TANDA TERIMA FORMULIR PENDAFTARAN")
    c.setFont(style.REGULAR, LABEL_SIZE)
    _fit_canvas(c, f"Diterima tanggal ........................  oleh petugas {cfg.org_short_name}", LEFT,
                H - top - 3 * RECEIPT_LINE, RIGHT - LEFT - 40 * mm)
    c.drawRightString(RIGHT, H - top - 3 * RECEIPT_LINE, "Paraf: ...............")


def _fit_canvas(c: pdf_canvas.Canvas, text: str, x: float, y: float, width: float) -> None:
    t = c.beginText()
    _fit(t, text, x, y, width)
    c.drawText(t)


def _heir_grid(c: pdf_canvas.Canvas, top: float, rows: int) -> None:
    c.setStrokeColor(style.RULE)
    c.setFont(style.BOLD, LABEL_SIZE)
    height = HEIR_ROW
    for x, width, label in HEIR_COLUMNS:
        c.drawString(x + 1.5 * mm, H - top, label)
        c.rect(x, H - top - 1.8 * mm - rows * height, width, (rows + 1) * height)
    for row in range(1, rows + 1):
        y = H - top - 1.8 * mm - (row - 1) * height
        c.line(LEFT, y, RIGHT, y)


def _heir_values(t: PDFTextObject, top: float, heirs, first_number: int) -> None:
    height = HEIR_ROW
    for offset, heir in enumerate(heirs):
        y = H - top - (offset + 1) * height
        cells = (str(first_number + offset), *heir)
        for (x, width, _label), text in zip(HEIR_COLUMNS, cells):
            _fit(t, text, x + 1.5 * mm, y, width - 3 * mm)


def _fixed_extra_page(c: pdf_canvas.Canvas, cfg: org_settings.OrgSettings, logo: Logo | None) -> None:
    _header(c, cfg, "FORMULIR PENDAFTARAN PESERTA (lanjutan)", logo)
    _section(c, LAYOUT.subtitle + 12 * mm, "C. AHLI WARIS (lanjutan)")
    _heir_grid(c, LAYOUT.subtitle + 19 * mm, HEIRS_PER_EXTRA_PAGE)
    c.setFont(style.REGULAR, LABEL_SIZE)
    c.drawString(LEFT + 85 * mm, H - 245 * mm, "Paraf calon peserta")
    c.rect(LEFT + 85 * mm, H - 265 * mm, 40 * mm, 17 * mm)


def _form_code(doc_id: str, number: int) -> str:
    return f"{doc_id}/{number}"


def _draw_qr(c: pdf_canvas.Canvas, payload: str) -> None:
    """This form's own QR code at the top right of the kop (one per form: ~30 ms each)."""
    c.saveState()
    c.translate(RIGHT - style.QR_SIZE, H - QR_TOP - style.QR_SIZE)
    c.setFillColor(style.INK)
    c.drawPath(style.qr_path(c, payload), stroke=0, fill=1)
    c.restoreState()


def _form_number(c: pdf_canvas.Canvas, code: str) -> None:
    """The form's number at the right of the addressee line (the code its QR code carries)."""
    c.setFont(style.BOLD, 8.5)
    c.drawRightString(RIGHT, H - LAYOUT.addressee, f"No. {code}")


FORM_NUMBER_ROOM = 36 * mm  # kept free for it at the right of the addressee


def _top(c: pdf_canvas.Canvas, page_height: float) -> None:
    """Shift the A4-high layout to the top of a taller sheet (F4)."""
    c.translate(0, page_height - H)


def _draw_person(c: pdf_canvas.Canvas, person: FormPerson, number: int, total: int, doc_id: str,
                 page_height: float, L: Layout) -> int:
    """One person's pages: the fixed form XObject plus one text object with all the values."""
    code = _form_code(doc_id, number)
    c.saveState()
    _top(c, page_height)
    c.doForm(f"form_first_{'PU' if person.segment == 'PU' else 'BPU'}")
    _draw_qr(c, verification.qr_payload(doc_id, number))
    c.setFillColor(style.INK)
    _form_number(c, code)
    t = c.beginText()
    for name in person.programmes:
        if name in PROGRAMME_X and (name != "JP" or person.segment == "PU"):
            _tick(t, PROGRAMME_X[name], H - L.programmes)
    _row_values(t, L.identity, IDENTITY_ROWS, person.values)
    _row_values(t, L.work, WORK_ROWS, person.values)
    if person.payer in PAYER_X:
        _tick(t, PAYER_X[person.payer], H - L.payer)
    _heir_values(t, L.heirs, person.heirs[:HEIRS_ON_FIRST_PAGE], 1)
    # the member's name under her signature wraps rather than being cut
    name_lines = simpleSplit(f"({person.values['name']})", style.BOLD, VALUE_SIZE, 75 * mm)[:2]
    for index, line in enumerate(name_lines):
        t.setFont(style.BOLD, VALUE_SIZE)
        t.setTextOrigin(LEFT + 85 * mm, H - L.signature - SIGNATURE_HEIGHT - (4.5 + 3.8 * index) * mm)
        t.textOut(line)
    # the receipt's number, name and NIK: the member's proof, never cut (a long name moves the NIK
    # and the number to the title's line)
    receipt = f"Nomor formulir {code}  ·  atas nama {person.values['name']}  ·  NIK {person.values['nik']}"
    if stringWidth(receipt, style.REGULAR, VALUE_SIZE) > RIGHT - LEFT:
        receipt = f"atas nama {person.values['name']}"
        t.setFont(style.REGULAR, VALUE_SIZE)
        t.setTextOrigin(RIGHT - stringWidth(f"No. {code}  ·  NIK {person.values['nik']}", style.REGULAR,
                                            VALUE_SIZE), H - L.receipt - RECEIPT_LINE)
        t.textOut(f"No. {code}  ·  NIK {person.values['nik']}")
    _fit(t, receipt, LEFT, H - L.receipt - 2 * RECEIPT_LINE, RIGHT - LEFT)
    c.drawText(t)
    c.restoreState()
    _page_number(c, number, total, doc_id)
    c.showPage()
    pages = 1
    rest = person.heirs[HEIRS_ON_FIRST_PAGE:]
    for start in range(0, len(rest), HEIRS_PER_EXTRA_PAGE):
        c.saveState()
        _top(c, page_height)
        c.doForm("form_extra")
        _draw_qr(c, verification.qr_payload(doc_id, number))
        _form_number(c, code)
        t = c.beginText()
        _fit(t, f"{person.values['name']} — NIK {person.values['nik']}", LEFT, H - L.subtitle - 4 * mm,
             RIGHT - LEFT, style.BOLD)
        _heir_values(t, L.subtitle + 19 * mm, rest[start:start + HEIRS_PER_EXTRA_PAGE],
                     HEIRS_ON_FIRST_PAGE + start + 1)
        c.drawText(t)
        c.restoreState()
        _page_number(c, number, total, doc_id)
        c.showPage()
        pages += 1
    return pages


def _page_number(c: pdf_canvas.Canvas, number: int, total: int, doc_id: str) -> None:
    """The footer, inside the bottom margin: which form of the print and its code (as in the QR)."""
    c.setFont(style.REGULAR, 8)
    c.setFillColor(style.INK)
    c.drawString(LEFT, style.FOOTER_BASE + 5 * mm,
                 f"Formulir {number} dari {total} (kode periksa {_form_code(doc_id, number)})")
    c.drawRightString(RIGHT, style.FOOTER_BASE + 5 * mm, "Periksa di Jamsos Desk")


@dataclass
class FormOptions:
    month: dt.date | None = None  # contribution month (default: the month of the print date)
    months: int = 1  # months paid at once (1, 3, 6 or 12): each priced on its own, with the period's total
    print_date: dt.date | None = None  # date on the place-and-date line (default: today)


def write_forms(handle, session: Session, ids: list[int], options: FormOptions, doc_id: str,
                progress: Progress = NO_PROGRESS) -> tuple[int, list[str]]:
    """Draw the forms of `ids` (in that order) into `handle`; returns (pages, warnings)."""
    style.register_fonts()
    cfg = org_settings.load(session)
    today = options.print_date or clock.today()
    pricer = contributions.pricer(session)
    if options.months not in billing.PAYMENT_PERIODS:
        raise UserError(f"Masa bayar {options.months} bulan tidak dikenal; pilih 1, 3, 6 atau 12 bulan.")
    months = months_between(options.month or today, options.months)
    pagesize = style.paper(cfg.paper_size)
    c = pdf_canvas.Canvas(handle, pagesize=pagesize, pageCompression=1, initialFontName=style.REGULAR)
    c.setTitle(f"Formulir pendaftaran peserta — {cfg.org_short_name}")
    c.setAuthor(cfg.org_name)
    c.setSubject(f"Formulir pendaftaran BPJS Ketenagakerjaan, {len(ids)} orang")
    c.setCreator("Jamsos Desk")
    logo = load_logo(cfg.logo_path)  # once: the fixed parts share one embedded image
    _, layout = consent_paragraph(cfg)  # the lower part of page 1 sits below the consent text
    place_date = dates_id.place_date_line(cfg.org_place, today)
    for segment in ("BPU", "PU"):
        c.beginForm(f"form_first_{segment}")
        _fixed_first_page(c, cfg, place_date, segment, logo)
        c.endForm()
    c.beginForm("form_extra")
    _fixed_extra_page(c, cfg, logo)
    c.endForm()
    pages, warnings, number = 0, [], 0
    for chunk in chunks(ids):
        for person in load_persons(session, chunk, pricer, months):
            number += 1
            if person.values["contribution"].startswith("belum"):
                warnings.append(f"{person.values['name']}: iuran {person.values['contribution']}")
            if not person.values["occupation"]:
                warnings.append(f"{person.values['name']}: pekerjaan belum diisi (wajib untuk pendaftaran BPU)")
            pages += _draw_person(c, person, number, len(ids), doc_id, pagesize[1], layout)
        progress.step(number, len(ids), f"Formulir {number} dari {len(ids)}")
    c.save()
    return pages, warnings


def print_forms(db: Database, scope: Scope, target: str | Path, options: FormOptions | None = None,
                progress: Progress = NO_PROGRESS) -> output.Printed:
    """The use case: forms for everyone in `scope`, written to `target` and registered."""
    options = options or FormOptions()
    with db.read() as session:
        label = scope.label(session)
        ids = require(scope.person_ids(session), label)
    doc_id = verification.new_document_id()
    warnings: list[str] = []

    def build(handle) -> int:
        with db.read() as session:
            pages, found = write_forms(handle, session, ids, options, doc_id, progress)
        warnings.extend(found)
        return pages

    title = f"Formulir pendaftaran — {label} ({len(ids)} orang)"
    return output.publish(db, target, doc_id, build, kind="form", title=title, person_count=len(ids),
                          fields=FORM_FIELDS, warnings=warnings,
                          summary={"person_ids": ids, "facts": [("Cakupan", label), ("Jumlah formulir", len(ids))]})


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

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import clock, settings as org_settings
from desktop.db import Database
from desktop.documents import output, style, verification
from desktop.documents.logo import Logo, load_logo
from desktop.documents.pricing import Pricer
from desktop.documents.roster_list import region_names
from desktop.documents.scope import Scope, chunks, require
from desktop.domain import dates_id, money
from desktop.domain.rates import PROGRAMME_ORDER
from desktop.models import Heir, Institution, Occupation, OrgUnit, Person
from desktop.progress import NO_PROGRESS, Progress

W, H = style.PAGE_WIDTH, style.PAGE_HEIGHT
LEFT, RIGHT = 15 * mm, W - 15 * mm
ROW = 5.6 * mm
VALUE_X, HALF_X, HALF_VALUE_X = LEFT + 31 * mm, LEFT + 93 * mm, LEFT + 124 * mm
HEIRS_ON_FIRST_PAGE = 4
HEIRS_PER_EXTRA_PAGE = 30
HEIR_COLUMNS = ((LEFT, 10 * mm, "No"), (LEFT + 10 * mm, 72 * mm, "Nama ahli waris"),
                (LEFT + 82 * mm, 38 * mm, "Hubungan"), (LEFT + 120 * mm, 36 * mm, "Tanggal lahir"),
                (LEFT + 156 * mm, 24 * mm, "L/P"))

SEXES = {"L": "Laki-laki", "P": "Perempuan"}
SEGMENTS = {"BPU": "Bukan Penerima Upah (BPU)", "PU": "Penerima Upah (PU)"}
PAYERS = (("SELF", "Sendiri"), ("ORG", "Organisasi/wadah"), ("DONOR", "Donatur"), ("APBD", "APBD"),
          ("APBN", "APBN"))
PROGRAMME_NAMES = {"JKK": "Kecelakaan Kerja", "JKM": "Kematian", "JHT": "Hari Tua", "JP": "Pensiun (PU)"}
FORM_FIELDS = ("nik", "kk", "name", "sex", "birth_place", "birth_date", "mother_name", "address", "desa_code",
               "postal_code", "phone", "email", "occupation_code", "income", "programmes", "payer", "heirs")

# Rows of the two sections: (top offset in rows, label, key) — key None: a full-width row.
IDENTITY_ROWS = [
    ("Nama lengkap", "name", None, None),
    ("NIK", "nik", "No. KK", "kk"),
    ("Jenis kelamin", "sex", "Tempat, tgl. lahir", "birth"),
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
    ("Iuran per bulan", "contribution", None, None),
    ("", "contribution_words", None, None),
    ("No. KPJ", "kpj", None, None),
]


@dataclass
class FormPerson:
    """One form's values, already formatted for print (plain strings)."""

    id: int
    values: dict[str, str]
    programmes: set[str]
    payer: str
    heirs: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def pages(self) -> int:
        extra = max(0, len(self.heirs) - HEIRS_ON_FIRST_PAGE)
        return 1 + -(-extra // HEIRS_PER_EXTRA_PAGE)


def _contribution_text(result, month: dt.date) -> tuple[str, str]:
    """The amounts per programme and their total, then the total in words with the month."""
    if isinstance(result, str):
        return f"belum dapat dihitung: {result}", ""
    parts = [f"{programme} {money.rupiah(amount)}" for programme, amount in result.by_programme().items()]
    line = " + ".join(parts) + (f" = {money.rupiah(result.total)}" if len(parts) > 1 else "")
    return line, f"({money.terbilang(result.total)} rupiah) untuk bulan {dates_id.month_label(month)}"


def load_persons(session: Session, ids: list[int], pricer: Pricer) -> list[FormPerson]:
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
        contribution, words = _contribution_text(
            pricer.price(p.segment, p.programmes, p.income, risk_group, p.payer, p.sector), pricer.month)
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
            "contribution": contribution, "contribution_words": words,
            "kpj": p.kpj or "(diisi jika sudah menjadi peserta)",
        }
        result.append(FormPerson(
            id=p.id, values=values, programmes=set(p.programmes.split()), payer=p.payer,
            heirs=[(h.name, h.relation or "", dates_id.numeric_date(h.birth_date) if h.birth_date else "",
                    h.sex or "") for h in heirs.get(p.id, [])]))
    return result


def _phone(canonical: str | None) -> str:
    from desktop.domain.phone import display_phone
    return display_phone(canonical)


# -- drawing --------------------------------------------------------------------------------------
def _fit(t: PDFTextObject, text: str, x: float, y: float, width: float, font: str = style.REGULAR,
         size: float = 9) -> None:
    """Write text within `width`: shrink down to 6.5 pt, then cut with an ellipsis."""
    if not text:
        return
    natural = stringWidth(text, font, size)
    if natural > width:
        size = max(6.5, size * width / natural)
        if stringWidth(text, font, size) > width:
            while text and stringWidth(text + "…", font, size) > width:
                text = text[:-1]
            text += "…"
    t.setFont(font, size)
    t.setTextOrigin(x, y)
    t.textOut(text)


def _section(c: pdf_canvas.Canvas, top: float, title: str) -> None:
    c.setFillColor(style.SHADE)
    c.rect(LEFT, H - top - 1.6 * mm, RIGHT - LEFT, 6 * mm, stroke=0, fill=1)
    c.setFillColor(style.INK)
    c.setFont(style.BOLD, 9)
    c.drawString(LEFT + 2 * mm, H - top, title)


def _label_rows(c: pdf_canvas.Canvas, top: float, rows) -> None:
    """Labels and dotted value lines of a section (fixed part)."""
    c.setDash(0.5, 1.5)
    c.setStrokeColor(style.RULE)
    for index, (label, _key, half_label, _half_key) in enumerate(rows):
        y = H - top - index * ROW
        c.setFont(style.REGULAR, 8.5)
        c.drawString(LEFT + 2 * mm, y, label)
        if half_label is None:
            c.line(VALUE_X, y - 1.2 * mm, RIGHT, y - 1.2 * mm)
        else:
            c.line(VALUE_X, y - 1.2 * mm, HALF_X - 3 * mm, y - 1.2 * mm)
            c.drawString(HALF_X, y, half_label)
            c.line(HALF_VALUE_X, y - 1.2 * mm, RIGHT, y - 1.2 * mm)
    c.setDash()


def _row_values(t: PDFTextObject, top: float, rows, values: dict[str, str]) -> None:
    for index, (_label, key, half_label, half_key) in enumerate(rows):
        y = H - top - index * ROW
        end = RIGHT if half_label is None else HALF_X - 3 * mm
        font = style.BOLD if key == "name" else (style.ITALIC if key == "contribution_words" else style.REGULAR)
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
    """Vertical positions (mm from the top edge) of the parts of page 1."""

    programmes: float = 47 * mm
    identity_title: float = 56 * mm
    identity: float = 63 * mm
    work_title: float = 63 * mm + len(IDENTITY_ROWS) * ROW + 3 * mm
    work: float = 63 * mm + len(IDENTITY_ROWS) * ROW + 10 * mm
    payer: float = 63 * mm + (len(IDENTITY_ROWS) + len(WORK_ROWS)) * ROW + 10 * mm
    heirs_title: float = 63 * mm + (len(IDENTITY_ROWS) + len(WORK_ROWS) + 1) * ROW + 14 * mm
    heirs: float = 63 * mm + (len(IDENTITY_ROWS) + len(WORK_ROWS) + 1) * ROW + 21 * mm
    consent_title: float = 63 * mm + (len(IDENTITY_ROWS) + len(WORK_ROWS) + 6) * ROW + 22 * mm
    consent: float = 63 * mm + (len(IDENTITY_ROWS) + len(WORK_ROWS) + 6) * ROW + 26 * mm
    signature: float = 247 * mm


LAYOUT = Layout()
PROGRAMME_X = {name: LEFT + offset * mm for name, offset in zip(PROGRAMME_ORDER, (33, 79, 115, 148))}
PAYER_X = {code: VALUE_X + index * 28 * mm + (8 * mm if index > 1 else 0) for index, (code, _) in enumerate(PAYERS)}


def _header(c: pdf_canvas.Canvas, cfg: org_settings.OrgSettings, title: str, logo: Logo | None) -> None:
    """Logo, organisation and address above the rule; the form's title below it."""
    c.setFillColor(style.INK)
    x = LEFT
    if logo is not None:  # beside the two lines of the name and the address, above the rule
        x += logo.draw(c, LEFT, H - 18 * mm, 10 * mm, 30 * mm) + 3 * mm
    c.setFont(style.BOLD, 10)
    c.drawString(x, H - 12 * mm, cfg.org_name)
    c.setFont(style.REGULAR, 8)
    c.drawString(x, H - 16 * mm, cfg.org_address or cfg.org_short_name)
    c.drawRightString(RIGHT, H - 16 * mm, f"Kepada: {cfg.branch_name}")
    c.setStrokeColor(style.INK)
    c.setLineWidth(1)
    c.line(LEFT, H - 19 * mm, RIGHT, H - 19 * mm)
    c.setLineWidth(0.5)
    c.setFont(style.BOLD, 13)
    c.drawCentredString(W / 2, H - 27 * mm, title)


def consent_text(cfg: org_settings.OrgSettings) -> str:
    contact = cfg.dpo_contact or cfg.org_short_name
    return (f"Saya menyatakan bahwa data di atas benar dan sesuai dengan KTP-el. Saya menyetujui "
            f"{cfg.org_short_name} menghimpun, menyimpan dan menyampaikan data pribadi saya, termasuk data ahli "
            f"waris, kepada {cfg.branch_name} semata-mata untuk pendaftaran dan kepesertaan program jaminan "
            f"sosial ketenagakerjaan, sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data "
            f"Pribadi. Saya dapat meminta akses, perbaikan atau penghapusan data saya melalui {contact}.")


def _fixed_first_page(c: pdf_canvas.Canvas, cfg: org_settings.OrgSettings, place_date: str, doc: style.Furniture,
                      logo: Logo | None) -> None:
    L = LAYOUT
    _header(c, cfg, "FORMULIR PENDAFTARAN PESERTA", logo)
    c.setFont(style.REGULAR, 9)
    c.drawCentredString(W / 2, H - 32 * mm, f"Program Jaminan Sosial Ketenagakerjaan melalui {cfg.org_short_name}")
    c.setFont(style.BOLD, 8.5)
    c.drawString(LEFT + 2 * mm, H - L.programmes, "Program dipilih")
    c.setFont(style.REGULAR, 8)
    for name, x in PROGRAMME_X.items():
        _box(c, x, H - L.programmes)
        c.drawString(x + 5 * mm, H - L.programmes, f"{name} {PROGRAMME_NAMES[name]}")
    _section(c, L.identity_title, "A. DATA DIRI (sesuai KTP-el)")
    _label_rows(c, L.identity, IDENTITY_ROWS)
    _section(c, L.work_title, "B. PEKERJAAN, PENGHASILAN DAN IURAN")
    _label_rows(c, L.work, WORK_ROWS)
    c.setFont(style.REGULAR, 8.5)
    c.drawString(LEFT + 2 * mm, H - L.payer, "Iuran dibayar oleh")
    for code, label in PAYERS:
        _box(c, PAYER_X[code], H - L.payer)
        c.drawString(PAYER_X[code] + 5 * mm, H - L.payer, label)
    _section(c, L.heirs_title, "C. AHLI WARIS")
    _heir_grid(c, L.heirs, HEIRS_ON_FIRST_PAGE)
    _section(c, L.consent_title, "D. PERSETUJUAN PEMROSESAN DATA PRIBADI")
    para = Paragraph(consent_text(cfg), style.styles()["small"])
    _, height = para.wrapOn(c, RIGHT - LEFT - 4 * mm, 40 * mm)
    para.drawOn(c, LEFT + 2 * mm, H - L.consent - height)
    # signatures: unit officer left, member right
    top = L.signature
    c.setFont(style.REGULAR, 9)
    c.drawString(W / 2 + 10 * mm, H - top + 7 * mm, place_date)
    for x, label in ((LEFT, "Petugas unit,"), (W / 2 + 10 * mm, "Calon peserta,")):
        c.drawString(x, H - top + 2 * mm, label)
        c.setStrokeColor(style.RULE)
        c.rect(x, H - top - 20 * mm, 75 * mm, 20 * mm)
    c.drawString(LEFT + 2 * mm, H - top - 24.5 * mm, "(" + "." * 60 + ")")
    style.draw_footer(c, doc, 0, 0)


def _heir_grid(c: pdf_canvas.Canvas, top: float, rows: int) -> None:
    c.setStrokeColor(style.RULE)
    c.setFont(style.BOLD, 8)
    height = 5.5 * mm
    for x, width, label in HEIR_COLUMNS:
        c.drawString(x + 1.5 * mm, H - top, label)
        c.rect(x, H - top - 1.8 * mm - rows * height, width, (rows + 1) * height)
    for row in range(1, rows + 1):
        y = H - top - 1.8 * mm - (row - 1) * height
        c.line(LEFT, y, RIGHT, y)


def _heir_values(t: PDFTextObject, top: float, heirs, first_number: int) -> None:
    height = 5.5 * mm
    for offset, heir in enumerate(heirs):
        y = H - top - (offset + 1) * height
        cells = (str(first_number + offset), *heir)
        for (x, width, _label), text in zip(HEIR_COLUMNS, cells):
            _fit(t, text, x + 1.5 * mm, y, width - 3 * mm, size=8.5)


def _fixed_extra_page(c: pdf_canvas.Canvas, cfg: org_settings.OrgSettings, doc: style.Furniture,
                      logo: Logo | None) -> None:
    _header(c, cfg, "FORMULIR PENDAFTARAN PESERTA (lanjutan)", logo)
    _section(c, 40 * mm, "C. AHLI WARIS (lanjutan)")
    _heir_grid(c, 47 * mm, HEIRS_PER_EXTRA_PAGE)
    c.setFont(style.REGULAR, 8.5)
    c.drawString(W / 2 + 10 * mm, H - 235 * mm, "Paraf calon peserta")
    c.rect(W / 2 + 10 * mm, H - 255 * mm, 40 * mm, 17 * mm)
    style.draw_footer(c, doc, 0, 0)


def _draw_person(c: pdf_canvas.Canvas, person: FormPerson, number: int, total: int, doc_id: str) -> int:
    """One person's pages: the fixed form XObject plus one text object with all the values."""
    L = LAYOUT
    c.doForm("form_first")
    c.setFillColor(style.INK)
    t = c.beginText()
    for name in person.programmes:
        if name in PROGRAMME_X:
            _tick(t, PROGRAMME_X[name], H - L.programmes)
    _row_values(t, L.identity, IDENTITY_ROWS, person.values)
    _row_values(t, L.work, WORK_ROWS, person.values)
    if person.payer in PAYER_X:
        _tick(t, PAYER_X[person.payer], H - L.payer)
    _heir_values(t, L.heirs, person.heirs[:HEIRS_ON_FIRST_PAGE], 1)
    _fit(t, person.values["name"], W / 2 + 12 * mm, H - L.signature - 24.5 * mm, 70 * mm, style.BOLD)
    _page_number(t, number, total, doc_id)
    c.drawText(t)
    c.showPage()
    pages = 1
    rest = person.heirs[HEIRS_ON_FIRST_PAGE:]
    for start in range(0, len(rest), HEIRS_PER_EXTRA_PAGE):
        c.doForm("form_extra")
        t = c.beginText()
        _fit(t, f"{person.values['name']} — NIK {person.values['nik']}", LEFT, H - 33 * mm, RIGHT - LEFT, style.BOLD)
        _heir_values(t, 47 * mm, rest[start:start + HEIRS_PER_EXTRA_PAGE], HEIRS_ON_FIRST_PAGE + start + 1)
        _page_number(t, number, total, doc_id)
        c.drawText(t)
        c.showPage()
        pages += 1
    return pages


def _page_number(t: PDFTextObject, number: int, total: int, doc_id: str) -> None:
    text = f"Formulir {number} dari {total} (kode periksa {doc_id}/{number})"
    t.setFont(style.REGULAR, 8)
    t.setTextOrigin(W / 2 - stringWidth(text, style.REGULAR, 8) / 2 + 8 * mm, 12 * mm)
    t.textOut(text)


@dataclass
class FormOptions:
    month: dt.date | None = None  # contribution month (default: the month of the print date)
    print_date: dt.date | None = None  # date on the place-and-date line (default: today)


def write_forms(handle, session: Session, ids: list[int], options: FormOptions, doc_id: str,
                progress: Progress = NO_PROGRESS) -> tuple[int, list[str]]:
    """Draw the forms of `ids` (in that order) into `handle`; returns (pages, warnings)."""
    style.register_fonts()
    cfg = org_settings.load(session)
    today = options.print_date or clock.today()
    pricer = Pricer(session, options.month or today)
    # one QR for the whole print (encoding a QR per sheet costs ~75 ms in pure Python: 75 s for
    # 1,000 forms); the sheet's number is printed beside it and "Periksa dokumen" accepts "<id>/<n>"
    doc = style.Furniture(doc_id=doc_id, qr_payload=verification.qr_payload(doc_id), page_numbers=False)
    c = pdf_canvas.Canvas(handle, pagesize=(W, H), pageCompression=1, initialFontName=style.REGULAR)
    c.setTitle(f"Formulir pendaftaran peserta — {cfg.org_short_name}")
    c.setAuthor(cfg.org_name)
    c.setSubject(f"Formulir pendaftaran BPJS Ketenagakerjaan, {len(ids)} orang")
    c.setCreator("Jamsos Desk")
    style.ensure_qr_form(c, doc.qr_payload)
    logo = load_logo(cfg.logo_path)  # once: both fixed parts share one embedded image
    c.beginForm("form_first")
    _fixed_first_page(c, cfg, dates_id.place_date_line(cfg.org_place, today), doc, logo)
    c.endForm()
    c.beginForm("form_extra")
    _fixed_extra_page(c, cfg, doc, logo)
    c.endForm()
    pages, warnings, number = 0, [], 0
    for chunk in chunks(ids):
        for person in load_persons(session, chunk, pricer):
            number += 1
            if person.values["contribution"].startswith("belum"):
                warnings.append(f"{person.values['name']}: iuran {person.values['contribution']}")
            pages += _draw_person(c, person, number, len(ids), doc_id)
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


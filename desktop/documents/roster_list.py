"""The roster list (daftar peserta) of a unit, an institution or the current filter, and the person
table it shares with the PKS participants annex.

NIK and phone are masked by default (UU 27/2022 Pasal 35); the full numbers only when the user asks,
and then the audit entry names the full fields.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import clock, settings as org_settings
from desktop.db import Database
from desktop.documents import output, style, verification
from desktop.documents.logo import letterhead, load_logo
from desktop.documents.scope import Scope, chunks, require
from desktop.domain import dates_id, money
from desktop.domain.nik import mask_nik
from desktop.domain.phone import display_phone, mask_phone
from desktop.domain.status import PersonStatus
from desktop.models import Institution, Occupation, OrgUnit, Person, Region
from desktop.progress import NO_PROGRESS, Progress

STATUS_LABELS = {str(s): s.label for s in PersonStatus}  # one label per status (domain/status.py)


@dataclass(frozen=True)
class Column:
    header: str
    key: str
    width: float  # share of the table width
    wrap: bool = False  # long text wraps (a Paragraph) instead of being one line


# on a landscape page: each number in its own column, never wrapped inside another
# (shares measured at 9 pt: an 11-digit KPJ and a masked phone number fit their columns whole; the
# status "Diajukan, menunggu jawaban" takes two lines, not three)
ROSTER_COLUMNS = (Column("No", "no", 0.035), Column("Nama", "name", 0.16, True), Column("NIK", "nik", 0.125),
                  Column("L/P", "sex", 0.03), Column("Tgl. lahir", "birth_date", 0.075),
                  Column("No. HP", "phone", 0.102), Column("Unit / lembaga", "place", 0.18, True),
                  Column("Program", "programmes", 0.075, True), Column("Status", "status", 0.13, True),
                  Column("No. KPJ", "kpj", 0.088))


def list_fields(full: bool) -> tuple[str, ...]:
    """Field names for the audit entry: masked identifiers are named as such."""
    return ("name", "nik" if full else "nik_masked", "sex", "birth_date", "phone" if full else "phone_masked",
            "unit", "programmes", "status")


def region_names(session: Session, desa_codes: set[str]) -> dict[str, str]:
    """Names of the desa, their kecamatan and kabupaten (35.16.13.2001 → 35.16.13 → 35.16), one query."""
    codes = set()
    for code in desa_codes:
        codes.update({code, code[:8], code[:5]})
    if not codes:
        return {}
    return dict(session.execute(select(Region.code, Region.name).where(Region.code.in_(codes))).all())


def load_rows(session: Session, ids: list[int], full: bool) -> list[dict[str, str]]:
    """Display values of some persons, in the order of `ids` (masked unless `full`)."""
    query = (select(Person.id, Person.name, Person.nik, Person.sex, Person.birth_place, Person.birth_date,
                    Person.phone, Person.programmes, Person.status, Person.kpj, Person.income, Person.desa_code,
                    Occupation.name, OrgUnit.name, Institution.name)
             .outerjoin(Occupation, Occupation.code == Person.occupation_code)
             .outerjoin(OrgUnit, OrgUnit.id == Person.unit_id)
             .outerjoin(Institution, Institution.id == Person.institution_id)
             .where(Person.id.in_(ids)))
    found = {row[0]: row for row in session.execute(query)}
    regions = region_names(session, {row[11] for row in found.values() if row[11]})
    rows = []
    for person_id in ids:
        if person_id not in found:
            continue
        (_id, name, nik, sex, birth_place, birth_date, phone, programmes, status, kpj, income, desa, occupation,
         unit, institution) = found[person_id]
        birth = dates_id.numeric_date(birth_date) if birth_date else ""
        rows.append({
            "name": name, "nik": (nik if full else mask_nik(nik)) or "belum ber-NIK", "sex": sex or "",
            "birth_date": birth, "birth": ", ".join(x for x in (birth_place or "", birth) if x),
            "phone": display_phone(phone) if full else mask_phone(phone),
            "place": " / ".join(x for x in (unit, institution) if x),
            "programmes": programmes, "income": money.number_id(income) if income else "",
            "status": STATUS_LABELS.get(status, status), "kpj": kpj or "",
            "occupation": occupation or "",
            "region": ", ".join(x for x in (regions.get(desa or "", ""), regions.get((desa or "")[:8], "")) if x),
        })
    return rows


def person_table(session: Session, ids: list[int], columns: tuple[Column, ...], width: float, full: bool,
                 progress: Progress = NO_PROGRESS) -> list[Flowable]:
    """A long table with the header repeated on every page, read in chunks."""
    st = style.styles()
    data: list[list] = [[Paragraph(f"<b>{c.header}</b>", st["cell"]) for c in columns]]
    # a Paragraph (slow) only where the text would not fit on one line
    room = [c.width * width - 4 for c in columns]
    number = 0
    for chunk in chunks(ids):
        for row in load_rows(session, chunk, full):
            number += 1
            row["no"] = str(number)
            data.append([Paragraph(escape(row[c.key]), st["cell"])
                         if c.wrap and stringWidth(row[c.key], style.NARROW, style.CELL_SIZE) > space else row[c.key]
                         for c, space in zip(columns, room)])
        progress.step(number, len(ids), f"Menyusun daftar: {number} dari {len(ids)} orang")
    table = LongTable(data, colWidths=[c.width * width for c in columns], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), style.NARROW, style.CELL_SIZE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, style.RULE), ("BACKGROUND", (0, 0), (-1, 0), style.SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return [table]


@dataclass
class RosterOptions:
    full_identifiers: bool = False
    print_date: dt.date | None = None


def print_roster(db: Database, scope: Scope, target: str | Path, options: RosterOptions | None = None,
                 progress: Progress = NO_PROGRESS) -> output.Printed:
    """The use case: the daftar peserta of `scope`, written to `target` and registered."""
    options = options or RosterOptions()
    doc_id = verification.new_document_id()
    with db.read() as session:
        cfg = org_settings.load(session)
        label = scope.label(session)
        ids = require(scope.person_ids(session), label)
        pagesize = style.paper(cfg.paper_size, landscape=True)
        width = style.text_width(pagesize)
        st = style.styles()
        masked_note = ("NIK dan nomor HP ditampilkan LENGKAP atas permintaan pengguna (tercatat di log)."
                       if options.full_identifiers else
                       "NIK dan nomor HP disamarkan sesuai UU 27/2022 tentang Pelindungan Data Pribadi.")
        heading = [Paragraph(escape(cfg.org_name.upper()), st["title"]),
                   Paragraph(f"DAFTAR PESERTA {escape(scope.label(session, full_names=True).upper())}",
                             st["title"]),
                   Paragraph(f"{len(ids)} orang · dicetak {dates_id.long_date(options.print_date or clock.today())}",
                             st["number"])]
        story: list[Flowable] = [
            *letterhead(load_logo(cfg.logo_path), heading, width, 14 * mm),
            Paragraph(masked_note, st["number"]), Spacer(1, 4 * mm),
            *person_table(session, ids, ROSTER_COLUMNS, width, options.full_identifiers, progress),
        ]
    furniture = style.Furniture(doc_id=doc_id, qr_payload=verification.qr_payload(doc_id),
                                title=f"Daftar peserta — {label}", author=cfg.org_name,
                                subject="Daftar peserta" + (" (identitas lengkap)" if options.full_identifiers else ""),
                                progress=progress, secret=options.full_identifiers)

    def build(handle) -> int:
        style.doc_template(handle, pagesize, furniture).build(story, canvasmaker=style.canvas_maker(furniture))
        return furniture.pages

    title = f"Daftar peserta — {label}" + (" (NIK/HP lengkap)" if options.full_identifiers else "")
    return output.publish(db, target, doc_id, build, kind="roster", title=title, person_count=len(ids),
                          fields=list_fields(options.full_identifiers),
                          summary={"facts": [("Cakupan", label), ("Identitas", "lengkap" if options.full_identifiers
                                                                  else "disamarkan")]})

"""Berita Acara Serah Terima Data (agreement.md §3): one page per exported batch, on the
organisation's letterhead, with its number from the register of outgoing letters, the date in
words, who hands over and who receives (name and jabatan), the handover medium, the file and its
SHA-256 checksum, "dibuat dalam rangkap 2 (dua)". Registered like every other document, so the
branch can tell that the file it received is the one the organisation sent."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop import clock, settings as org_settings
from desktop.batches.lifecycle import get_batch, summary
from desktop.db import Database
from desktop.documents import letters, output, style, verification
from desktop.documents.logo import kop_flowables, load_logo
from desktop.domain.dates_id import full_date, month_label, pks_opening_parts
from desktop.errors import UserError

DOTS = "………………………………………"
DEFAULT_MEDIUM = "flashdisk (USB), berkas terenkripsi dengan kata sandi"


@dataclass
class BeritaAcaraOptions:
    on: dt.date | None = None  # the handover date (default: today)
    number: str = ""  # the organisation's letter number (default: the next of the register)
    medium: str = DEFAULT_MEDIUM  # how the file travels


def proposal(db: Database, on: dt.date | None = None) -> str:
    """The number the next berita acara would get (shown and editable before printing)."""
    with db.read() as session:
        return letters.propose(session, on or clock.today()).number


def print_berita_acara(db: Database, number_or_id: str | int, target: str | Path, *, on: dt.date | None = None,
                       options: BeritaAcaraOptions | None = None) -> output.Printed:
    options = options or BeritaAcaraOptions(on=on)
    on = options.on or on or clock.today()
    doc_id = verification.new_document_id()
    with db.read() as session:
        batch = get_batch(session, number_or_id)
        if not batch.export_path or not batch.export_sha256:
            raise UserError(f"Batch {batch.number} belum diekspor; berita acara dibuat setelah ekspor.")
        info = summary(session, batch.id)
        cfg = org_settings.load(session)
        letter = options.number.strip() or letters.propose(session, on).number
        letters.check_free(session, letter, "berita_acara", on)
    file = Path(batch.export_path)
    exported = batch.exported_at.date() if batch.exported_at else on
    # a one-page letter: the agreement's 11 pt serif, set a little tighter
    st = {name: ParagraphStyle(f"ba-{name}", parent=value, leading=min(value.leading, value.fontSize * 1.25),
                               spaceAfter=min(value.spaceAfter, 3))
          for name, value in style.styles().items()}
    pagesize = style.paper(cfg.paper_size)
    width = style.text_width(pagesize)
    parts = pks_opening_parts(on, cfg.sunday_name)
    facts = [("Nomor batch", info.number),
             ("Segmen dan iuran", f"{info.segment}, mulai bulan {month_label(info.period_start)}, periode bayar "
                                  f"{info.months} bulan"), ("Jumlah data (orang)", str(info.persons)),
             ("Nama berkas", file.name), ("Tanggal ekspor", full_date(exported, cfg.sunday_name)),
             ("Sidik berkas (SHA-256)", batch.export_sha256), ("Format kolom", info.preset),
             ("Media penyerahan", options.medium or DEFAULT_MEDIUM)]
    # the checksum is one 64-character "word": a smaller size keeps it inside its cell
    checksum = ParagraphStyle("checksum", parent=st["cell"], fontSize=7.5, leading=9.5)
    table = Table([[Paragraph(escape(k), st["cell"]),
                    Paragraph(escape(v), checksum if k.startswith("Sidik") else st["cell"])] for k, v in facts],
                  colWidths=[0.32 * width, 0.68 * width])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, style.RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONT", (0, 0), (-1, -1), style.NARROW, style.CELL_SIZE),
                               ("BACKGROUND", (0, 0), (0, -1), style.SHADE)]))
    giver = batch.prepared_by or cfg.secretary_name
    giver_jabatan = cfg.secretary_title if giver == cfg.secretary_name else "Petugas"
    giver_title = f"{giver_jabatan} {cfg.org_name}"
    parties = Table([
        ["1.", Paragraph("Nama", st["left"]), ":", Paragraph(f"<b>{escape(giver or DOTS)}</b>", st["left"])],
        ["", Paragraph("Jabatan", st["left"]), ":",
         Paragraph(f"{escape(giver_title)}, selanjutnya disebut <b>PIHAK YANG MENYERAHKAN</b>;", st["left"])],
        ["2.", Paragraph("Nama", st["left"]), ":", Paragraph(DOTS, st["left"])],
        ["", Paragraph("Jabatan", st["left"]), ":",
         Paragraph(f"{DOTS} pada {escape(cfg.branch_name)}, selanjutnya disebut <b>PIHAK YANG MENERIMA</b>.",
                   st["left"])],
    ], colWidths=[8 * mm, 22 * mm, 4 * mm, width - 34 * mm])
    parties.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), style.SERIF, 11), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))

    def signer(role: str, office: str, name: str, title: str) -> list:
        return [Paragraph(role, st["number"]), Paragraph(escape(office), st["number"]), Spacer(1, 13 * mm),
                Paragraph(f"<b><u>{escape(name)}</u></b>" if name.strip() else f"({DOTS})", st["number"]),
                Paragraph(escape(title) if title.strip() else f"Jabatan: {DOTS}", st["number"])]

    signatures = Table([[signer("PIHAK YANG MENERIMA,", cfg.branch_name, "", ""),
                         signer("PIHAK YANG MENYERAHKAN,", cfg.org_name, giver, giver_jabatan)]],
                       colWidths=[width / 2, width / 2])
    signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), style.SERIF, 11)]))
    story = [
        *kop_flowables(cfg, load_logo(cfg.logo_path), width),
        Paragraph("<u>BERITA ACARA SERAH TERIMA DATA</u>", st["title"]),
        Paragraph(f"Nomor: {escape(letter)}", st["number"]), Spacer(1, 3 * mm),
        Paragraph(f"Pada hari ini {parts['hari']} tanggal {parts['tanggal_terbilang']} bulan {parts['bulan']} tahun "
                  f"{parts['tahun_terbilang']} ({parts['tanggal_angka']}), bertempat di {escape(cfg.org_place)}, "
                  f"yang bertanda tangan di bawah ini:", st["body"]),
        parties, Spacer(1, 2 * mm),
        Paragraph(f"PIHAK YANG MENYERAHKAN menyerahkan kepada PIHAK YANG MENERIMA data calon peserta program "
                  f"jaminan sosial ketenagakerjaan dengan rincian sebagai berikut:", st["body"]),
        table, Spacer(1, 3 * mm),
        Paragraph("Data pribadi ini hanya untuk pendaftaran kepesertaan; PIHAK YANG MENERIMA menjaga kerahasiaannya "
                  "(Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi) dan menghapus salinan pada "
                  "media penyerahan setelah data diterima. Daftar tercetak dengan NIK lengkap, bila ada, diserahkan "
                  "bersama berita acara ini sebagai dokumen RAHASIA.", st["body"]),
        # the closing formula goes over with the signatures: a signature page never stands without text
        KeepTogether([Paragraph("Demikian berita acara ini dibuat dalam rangkap 2 (dua), masing-masing untuk PIHAK "
                                "YANG MENYERAHKAN dan PIHAK YANG MENERIMA, untuk dipergunakan sebagaimana mestinya.",
                                st["body"]), Spacer(1, 1 * mm), signatures]),
    ]
    title = f"Berita acara serah terima data nomor {letter} — batch {info.number}"
    furniture = style.Furniture(doc_id=doc_id, qr_payload=verification.qr_payload(doc_id), title=title,
                                author=cfg.org_name, subject=f"Berita acara serah terima data, {full_date(on)}")

    def build(handle) -> int:  # noqa: ANN001
        style.register_fonts()
        style.doc_template(handle, pagesize, furniture).build(story, canvasmaker=style.canvas_maker(furniture))
        return furniture.pages

    printed = output.publish(db, target, doc_id, build, kind="berita_acara", title=title, person_count=0,
                             summary={"facts": [("Nomor surat", letter), ("Batch", info.number),
                                                ("Berkas", file.name), ("SHA-256", batch.export_sha256)]})
    with db.write() as session:
        letters.record(session, letter, kind="berita_acara", on=on, document_id=doc_id,
                       subject=f"Berita acara serah terima data batch {info.number}")
    printed.number = letter
    return printed

"""Berita Acara Serah Terima Data (agreement.md §3): one page per exported batch, printed with the
document furniture (id + QR) and registered like every other document. It names the file and its
SHA-256 checksum, so the branch can tell that the file it received is the one the organisation sent."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop import clock, settings as org_settings
from desktop.batches.lifecycle import get_batch, summary
from desktop.db import Database
from desktop.documents import output, style, verification
from desktop.domain.dates_id import full_date, month_label
from desktop.errors import UserError

DOTS = "………………………………………"


def print_berita_acara(db: Database, number_or_id: str | int, target: str | Path, *,
                       on: dt.date | None = None) -> output.Printed:
    on = on or clock.today()
    doc_id = verification.new_document_id()
    with db.read() as session:
        batch = get_batch(session, number_or_id)
        if not batch.export_path or not batch.export_sha256:
            raise UserError(f"Batch {batch.number} belum diekspor; berita acara dibuat setelah ekspor.")
        info = summary(session, batch.id)
        cfg = org_settings.load(session)
    file = Path(batch.export_path)
    exported = batch.exported_at.date() if batch.exported_at else on
    st = style.styles()
    facts = [("Nomor batch", info.number), ("Segmen", info.segment), ("Bulan pertama iuran", month_label(info.period_start)),
             ("Periode bayar", f"{info.months} bulan"), ("Jumlah data (orang)", str(info.persons)),
             ("Nama berkas", file.name), ("Tanggal ekspor", full_date(exported, cfg.sunday_name)),
             ("Sidik berkas (SHA-256)", batch.export_sha256), ("Format kolom", info.preset)]
    width = style.PAGE_WIDTH - 2 * style.MARGIN
    table = Table([[Paragraph(escape(k), st["left"]), Paragraph(escape(v), st["left"])] for k, v in facts],
                  colWidths=[0.32 * width, 0.68 * width])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, style.RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), style.SHADE)]))
    signatures = Table([
        [Paragraph("Yang menyerahkan,", st["number"]), Paragraph("Yang menerima,", st["number"])],
        [Paragraph(escape(cfg.org_short_name), st["number"]), Paragraph(escape(cfg.branch_name), st["number"])],
        [Spacer(1, 22 * mm), Spacer(1, 22 * mm)],
        [Paragraph(f"<u>{escape(batch.prepared_by or cfg.secretary_name or DOTS)}</u>", st["number"]),
         Paragraph(DOTS, st["number"])],
    ], colWidths=[width / 2, width / 2])
    signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story = [
        Paragraph("BERITA ACARA SERAH TERIMA DATA", st["title"]),
        Paragraph(f"Nomor: {escape(info.number)}/BA-DATA", st["number"]), Spacer(1, 6 * mm),
        Paragraph(f"Pada hari ini, {escape(full_date(on, cfg.sunday_name))}, bertempat di "
                  f"{escape(cfg.org_place)}, {escape(cfg.org_name)} menyerahkan data calon peserta program "
                  f"jaminan sosial ketenagakerjaan kepada {escape(cfg.branch_name)} dengan rincian:", st["body"]),
        table, Spacer(1, 4 * mm),
        Paragraph("Data ini memuat data pribadi dan diserahkan hanya untuk pendaftaran kepesertaan. Penerima "
                  "menjaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data "
                  "Pribadi dan menghapus salinan pada media penyerahan setelah data diterima. Kecocokan berkas "
                  "dapat diperiksa dengan membandingkan sidik SHA-256 di atas.", st["body"]),
        Paragraph("Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.", st["body"]),
        Spacer(1, 8 * mm), signatures,
    ]
    title = f"Berita acara serah terima data — batch {info.number}"
    furniture = style.Furniture(doc_id=doc_id, qr_payload=verification.qr_payload(doc_id), title=title,
                                author=cfg.org_name, subject="Berita acara serah terima data")

    def build(handle) -> int:  # noqa: ANN001
        doc = SimpleDocTemplate(handle, pagesize=(style.PAGE_WIDTH, style.PAGE_HEIGHT), leftMargin=style.MARGIN,
                                rightMargin=style.MARGIN, topMargin=style.MARGIN, bottomMargin=style.FOOTER_HEIGHT)
        doc.build(story, canvasmaker=style.canvas_maker(furniture))
        return furniture.pages

    return output.publish(db, target, doc_id, build, kind="berita_acara", title=title, person_count=0,
                          summary={"facts": [("Batch", info.number), ("Berkas", file.name),
                                             ("SHA-256", batch.export_sha256)]})

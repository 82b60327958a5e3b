"""The Berita Acara Serah Terima Data names the exported file and its checksum, and is registered."""
from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.batches import export
from desktop.batches.berita_acara import print_berita_acara
from desktop.errors import UserError
from desktop.models import PrintedDocument
from tests.use_cases.test_batch_lifecycle import make_sooko_batch


def test_berita_acara_names_the_file_and_its_checksum(db, cli, samples, mojokerto, tmp_path):
    number = make_sooko_batch(db, samples, mojokerto)
    with pytest.raises(UserError, match="belum diekspor"):
        print_berita_acara(db, number, tmp_path / "ba.pdf")
    result = export.export_batch(db, number, tmp_path)
    printed = print_berita_acara(db, number, tmp_path / "ba.pdf", on=dt.date(2026, 11, 2))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(printed.path).pages)
    assert "BERITA ACARA SERAH TERIMA DATA" in text
    assert "Pada hari ini Senin tanggal dua bulan November tahun dua ribu dua puluh enam (02-11-2026)" in text
    assert "Nomor: 001/PC-MSL/XI/2026" in text  # the next number of the register of outgoing letters
    assert "dibuat dalam rangkap 2 (dua)" in text and "Media penyerahan" in text
    assert "PIHAK YANG MENYERAHKAN" in text and "PIHAK YANG MENERIMA" in text and "Jabatan" in text
    assert result.path.name in text and result.sha256 in text.replace(" ", "")
    assert "Jumlah data (orang) 138" in text and printed.pages == 1, printed.pages
    with db.read() as session:
        assert session.scalar(select(PrintedDocument.kind).where(PrintedDocument.id == printed.doc_id)) == "berita_acara"
    again = cli("batch", "berita-acara", number, str(tmp_path / "ba2.pdf"))
    assert again.exit_code == 0 and "1 halaman" in again.output


def test_with_a_logo_and_long_settings_the_kop_breaks_before_the_region_and_one_page_holds_it_all(
        db, cli, samples, mojokerto, tmp_path):
    """Seen with a 536-person set-up: 'MOJOKERTO' alone on the kop's second line, and the signature
    block alone on page 2 with no word of the berita acara above it."""
    from PIL import Image, ImageDraw

    from desktop import settings
    from tests.files.pdf_layout import LONG_SETTINGS, words
    image = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((4, 4, 116, 116), fill=(31, 111, 67, 255))
    image.save(tmp_path / "logo.png")
    with db.write() as session:
        settings.save(session, **LONG_SETTINGS, logo_path=str(tmp_path / "logo.png"))
    number = make_sooko_batch(db, samples, mojokerto)
    export.export_batch(db, number, tmp_path)
    printed = print_berita_acara(db, number, tmp_path / "ba.pdf", on=dt.date(2026, 11, 2))
    pages = words(printed.path)
    kop = pages[0]
    line_of = {w.text: round(w.y0) for w in kop[:12]}
    assert line_of["KABUPATEN"] == line_of["MOJOKERTO"] != line_of["PIMPINAN"]
    assert printed.pages == 1, printed.pages
    assert any(w.text == "Demikian" for w in pages[-1]) and any(w.text == "Sekretaris" for w in pages[-1])

"""The coverage report PDF carries the documents' furniture: "Halaman x dari y", the document id and
QR code, and it is registered, so a paper copy at the branch can be checked."""
from __future__ import annotations

import re

from pypdf import PdfReader

from desktop.documents import verification
from desktop.models import PrintedDocument
from desktop.reports import export
from tests.files.test_report import TODAY, pdf_text, roster  # noqa: F401
from tests.use_cases.test_coverage import MAR_2026


def test_every_page_says_halaman_x_dari_y_and_carries_the_registered_id(db, roster, tmp_path):
    target = tmp_path / "laporan.pdf"
    export.export_report(db, target, MAR_2026, months=24, today=TODAY)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(str(target)).pages]
    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in text
    ids = {m.group(0) for text in pages for m in re.finditer(r"JD-[0-9A-Z]{4}-[0-9A-Z]{4}", text)}
    assert len(ids) == 1
    [doc_id] = ids
    with db.read() as session:
        row = session.get(PrintedDocument, doc_id)
        assert (row.kind, row.pages, row.person_count) == ("report", len(pages), 0)
        checked = verification.verify(session, f"JAMSOS-DOC:{doc_id}").text()
    assert f"Dokumen {doc_id} ASLI" in checked and "Jenis: Laporan cakupan" in checked
    # what the reader compares with the paper: the scope, the date and the totals it shows
    assert "Keadaan per: 25 November 2026" in checked and "Orang: 12" in checked and "Terdaftar: 8" in checked
    assert "PC Muslimat NU Kab. Mojokerto 12 8 1 2 1 66,7%" in pdf_text(target)


def test_cli_verifies_an_exported_report(cli, db, roster, tmp_path):
    target = tmp_path / "r.pdf"
    assert cli("report", "export", "--pdf", str(target)).exit_code == 0
    [doc_id] = set(re.findall(r"JD-[0-9A-Z]{4}-[0-9A-Z]{4}", pdf_text(target)))
    result = cli("document", "verify", doc_id)
    assert result.exit_code == 0, result.output
    assert "ASLI" in result.output and "Laporan cakupan" in result.output


def test_the_xlsx_export_is_not_a_printed_document(db, roster, tmp_path):
    export.export_report(db, tmp_path / "laporan.xlsx", MAR_2026, today=TODAY)
    with db.read() as session:
        assert session.query(PrintedDocument).count() == 0

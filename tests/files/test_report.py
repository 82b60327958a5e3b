"""The coverage report read back: the PDF shows the same totals as the dashboard, the xlsx holds
real numbers, and the export is in the audit log."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from pypdf import PdfReader

from desktop import claims
from desktop.models import AuditEntry
from desktop.reports import export
from tests.use_cases.test_coverage import MAR_2026, add_roster

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def roster(db, mojokerto):
    ids = add_roster(db, mojokerto)
    with db.write() as session:
        claims.add_claim(session, claims.ClaimData(ids["A1"], "JKK", dt.date(2026, 2, 3), "", 3_400_000, "dibayar",
                                                   dt.date(2026, 3, 1)), TODAY)
    return ids


def pdf_text(path) -> str:
    """The text of every page with runs of whitespace as one space (table cells come out one per line)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_pdf_report_shows_the_dashboard_totals_charts_and_date_line(db, roster, tmp_path):
    target = tmp_path / "laporan.pdf"
    export.export_report(db, target, MAR_2026, months=13, today=TODAY)
    text = pdf_text(target)
    assert "LAPORAN CAKUPAN" in text and "Keadaan per 25 November 2026" in text
    assert "PC Muslimat NU Kab. Mojokerto 12 8 1 2 1 66,7%" in text  # persons, enrolled, submitted, not, rejected
    assert "PAC Muslimat NU Sooko 9 6 0 2 1 66,7%" in text
    # per programme: month, persons, JKK, JKM, JHT, JP, total
    assert "Maret 2026 7 62.200 46.400 191.000 90.000 389.600" in text  # before the discount
    assert "Mei 2026 7 42.200 32.800 191.000 90.000 356.000" in text  # during PP 50/2025
    assert "Januari 2027 7 62.200 46.400 191.000 90.000 389.600" in text  # after it
    # per payer: APBD, organisation, self, total
    assert "Mei 2026 16.800 277.200 62.000 356.000" in text
    assert "1 orang — Penghasilan/upah belum diisi" in text
    assert "Cakupan per unit" in text and "Komposisi program" in text and "JKK + JKM: 6 (75%)" in text
    assert "JKK 1 1 3.400.000" in text
    assert "Mojokerto, 25 November 2026" in text
    with db.read() as session:  # a printed document: registered, its audit entry names no personal data
        entry = session.query(AuditEntry).filter_by(action="print").one()
    assert entry.target == str(target) and entry.person_count == 0 and entry.checksum
    assert entry.what.startswith("Laporan cakupan")


def test_the_xlsx_report_holds_numbers_per_sheet(db, roster, tmp_path):
    target = tmp_path / "laporan.xlsx"
    export.export_report(db, target, MAR_2026, months=13, today=TODAY)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Ringkasan", "Per unit", "Program", "Iuran per program", "Keringanan",
                               "Iuran per pembayar", "Klaim", "Per lembaga", "Pendaftaran"]
    units = {row[0]: row[1:6] for row in book["Per unit"].iter_rows(min_row=5, values_only=True)}
    assert units["PAC Muslimat NU Sooko"] == (9, 6, 0, 2, 1)
    assert units["PC Muslimat NU Kab. Mojokerto"] == (12, 8, 1, 2, 1)
    cost = book["Iuran per program"]
    header = [c.value for c in cost[4]]
    rows = {row[0]: dict(zip(header, row, strict=False)) for row in cost.iter_rows(min_row=5, values_only=True)}
    assert rows["Maret 2026"]["Jumlah"] == 389_600 and rows["Mei 2026"]["Jumlah"] == 356_000
    assert rows["Januari 2027"]["Jumlah"] == 389_600
    assert rows["Mei 2026"]["JKK"] == 42_200
    assert cost["G5"].number_format == '"Rp"#,##0'
    payers = {row[0]: row[1:] for row in book["Iuran per pembayar"].iter_rows(min_row=5, values_only=True)}
    assert payers["Mei 2026"] == (16_800, 277_200, 62_000, 356_000)


def test_an_unknown_extension_is_refused_without_a_file(db, roster, tmp_path):
    from desktop.errors import UserError
    with pytest.raises(UserError, match=".pdf atau .xlsx"):
        export.export_report(db, tmp_path / "laporan.docx", MAR_2026)
    assert not (tmp_path / "laporan.docx").exists()


def test_cli_report_summary_cost_and_export(cli, db, roster, tmp_path):
    summary = cli("report", "summary")
    assert summary.exit_code == 0, summary.output
    assert "PAC Muslimat NU Sooko" in summary.output and "Program JP" in summary.output
    cost = cli("report", "cost", "--month", "2026-05", "--months", "1")
    assert "Mei 2026" in cost.output and "Rp356.000" in cost.output
    pac = cli("report", "cost", "--month", "2026-03", "--months", "1", "--unit", "PAC Muslimat NU Mojosari")
    assert "Rp8.400" in pac.output
    done = cli("report", "export", "--pdf", str(tmp_path / "r.pdf"), "--xlsx", str(tmp_path / "r.xlsx"))
    assert done.exit_code == 0, done.output
    assert (tmp_path / "r.pdf").exists() and (tmp_path / "r.xlsx").exists()
    assert cli("report", "export").exit_code == 2


def test_a_report_with_nobody_enrolled_says_so_in_the_programme_chart(db, mojokerto, tmp_path):
    target = tmp_path / "kosong.pdf"
    export.export_report(db, target, MAR_2026, months=1, today=TODAY)
    text = pdf_text(target)
    assert "belum ada data" in text and "(0%)" not in text


def test_a_time_chart_with_one_month_says_there_is_no_data_yet(db, mojokerto, tmp_path):
    from tests.ui.test_coverage import _roster_starting
    _roster_starting(db, mojokerto, dt.date(2026, 12, 1))
    target = tmp_path / "laporan.pdf"
    export.export_report(db, target, dt.date(2026, 12, 1), months=1, today=TODAY)
    text = pdf_text(target)
    assert "Belum ada data" in text and "grafik waktu perlu sedikitnya dua bulan mulai kepesertaan" in text
    # the discount said out loud, with the weak bracket table named
    assert "keringanan 50% JKK dan JKM, PP 50/2025, s.d. Desember 2026" in text
    assert "tabel dari sumber tidak resmi — cocokkan dengan Kantor Cabang" in text


def test_the_report_in_a_discount_month_prints_nothing_over_anything_and_splits_no_word(db, roster, tmp_path):
    """December 2026 (PP 50/2025 discount): the legal basis was drawn as one line across the figures
    of its row, and the per-unit headers broke as 'Terdaft|ar', 'menu|nggu'."""
    from tests.files.pdf_layout import overlapping, words
    target = tmp_path / "laporan.pdf"
    export.export_report(db, target, dt.date(2026, 12, 1), months=13, today=TODAY)
    assert overlapping(target) == []
    printed = {w.text for page in words(target) for w in page}
    for word in ("Terdaftar", "menunggu", "jawaban", "diajukan", "terdaftar", "keringanan"):
        assert word in printed, word
    assert "PP" in printed and "50/2025," in printed

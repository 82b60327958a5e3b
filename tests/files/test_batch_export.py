"""The batch file as the Kantor Cabang opens it: openpyxl and LibreOffice read the same text NIKs,
the preset order holds, the summary adds up to the rows, and the export is logged."""
from __future__ import annotations

import csv
import shutil
import subprocess

import openpyxl
import pytest
from sqlalchemy import select

from desktop.batches import export, lifecycle, presets
from desktop.batches.protection import decrypt_xlsx
from desktop.contributions import person_contribution
from desktop.domain import money
from desktop.domain.rates import add_months
from desktop.errors import UserError
from desktop.models import AuditEntry, Batch, Person
from tests.use_cases.test_batch_lifecycle import PERIOD, make_sooko_batch


@pytest.fixture
def batch_number(db, samples, mojokerto):
    return make_sooko_batch(db, samples, mojokerto)


def _data_rows(path):
    sheet = openpyxl.load_workbook(path)[export.DATA_SHEET]
    return [list(r) for r in sheet.iter_rows()]


def test_export_writes_the_preset_columns_with_text_niks(db, batch_number, tmp_path):
    result = export.export_batch(db, batch_number, tmp_path)
    assert result.path == tmp_path / f"batch-{batch_number}.xlsx" and result.persons == 138
    book = openpyxl.load_workbook(result.path)
    assert book.sheetnames == [export.DATA_SHEET, export.SUMMARY_SHEET, export.COVER_SHEET]
    rows = [list(r) for r in book[export.DATA_SHEET].iter_rows()]
    builtin = next(p for p in presets.BUILTIN if p.name == presets.BPU_PRESET)
    assert [c.value for c in rows[0]] == [c.header for c in builtin.columns]
    header = [c.value for c in rows[0]]
    nik, birth, sex, flag, income = (header.index(h) for h in ("NIK", "Tanggal Lahir", "Jenis Kelamin", "JKK",
                                                              "Penghasilan"))
    with db.read() as session:
        stored = {p.nik: p for p in session.scalars(select(Person))}
    assert len(rows) == 139
    for row in rows[1:]:
        cell = row[nik]
        assert cell.data_type == "s" and cell.number_format == "@" and len(cell.value) == 16
        person = stored[cell.value]
        assert row[birth].value == person.birth_date.strftime("%d-%m-%Y") and row[birth].number_format == "@"
        assert row[sex].value == "P" and row[flag].value == "Y"
        assert row[income].value == person.income and isinstance(row[income].value, int)
    # titles are dropped from the name (as on the KTP): "Hj. Khusnul Masruroh" → "Khusnul Masruroh"
    names = [r[header.index("Nama Lengkap")].value for r in rows[1:]]
    assert not any(n.startswith("Hj.") for n in names) and "Khusnul Masruroh" in names


def test_summary_totals_equal_the_sum_of_the_rows(db, batch_number, tmp_path):
    result = export.export_batch(db, batch_number, tmp_path)
    sheet = openpyxl.load_workbook(result.path)[export.SUMMARY_SHEET]
    cells = [[c.value for c in r] for r in sheet.iter_rows()]
    rows = _data_rows(result.path)
    header = [c.value for c in rows[0]]
    per_programme = {p: sum(1 for r in rows[1:] if r[header.index(p)].value == "Y") for p in ("JKK", "JKM", "JHT")}
    table = {r[0]: r for r in cells if r and r[0] in ("JKK", "JKM", "JHT", "Jumlah")}
    assert {p: table[p][1] for p in per_programme} == per_programme
    with db.read() as session:
        ids = list(session.scalars(select(Person.id)))
        expected = {p: 0 for p in per_programme}
        for pid in ids:
            for programme, amount in person_contribution(session, pid, PERIOD).by_programme().items():
                expected[programme] += amount
    assert {p: table[p][2] for p in per_programme} == expected
    assert table["Jumlah"][2] == sum(expected.values()) == result.total
    # the unit table adds up to the same total
    unit_total = next(r for r in cells[cells.index(next(r for r in cells if r[0] == "Lembaga/PAC/Ranting")):]
                      if r[0] == "Jumlah")
    assert unit_total[1:3] == [138, result.total]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_all_16_digits_of_every_nik(db, batch_number, tmp_path):
    result = export.export_batch(db, batch_number, tmp_path)
    out = tmp_path / "csv"
    profile = tmp_path / "lo-profile"
    # plain csv: the first sheet, every cell as LibreOffice displays it
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "csv",
                    "--outdir", str(out), str(result.path)], check=True, capture_output=True, timeout=180)
    with open(out / f"batch-{batch_number}.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    with db.read() as session:
        niks = set(session.scalars(select(Person.nik)))
    nik_column = rows[0].index("NIK")
    read = [r[nik_column] for r in rows[1:]]
    assert len(read) == 138 and set(read) == niks
    assert all(len(n) == 16 and n.isdigit() for n in read)
    birth_column = rows[0].index("Tanggal Lahir")
    assert all(len(r[birth_column]) == 10 and r[birth_column][2] == "-" for r in rows[1:])


def test_an_encrypted_export_opens_only_with_the_password(db, batch_number, tmp_path):
    result = export.export_batch(db, batch_number, tmp_path, password="rahasia-123", pdf_password="rahasia-123")
    with pytest.raises(Exception):
        openpyxl.load_workbook(result.path)
    assert len(_data_rows_decrypted(result.path, "rahasia-123", tmp_path)) == 139
    with pytest.raises(UserError, match="kata sandi"):
        decrypt_xlsx(result.path.read_bytes(), "salah-sandi")
    from pypdf import PdfReader
    reader = PdfReader(result.pdf_path)
    assert reader.is_encrypted
    reader.decrypt("rahasia-123")
    text = "".join(page.extract_text() for page in reader.pages)
    assert f"Batch {batch_number}" in text and "Khusnul Masruroh" in text


def test_export_marks_the_batch_and_logs_what_left_the_office(db, batch_number, tmp_path):
    result = export.export_batch(db, batch_number, tmp_path)
    with db.read() as session:
        batch = session.scalar(select(Batch))
        assert (batch.state, batch.export_path, batch.export_sha256) == ("exported", str(result.path), result.sha256)
        assert set(session.scalars(select(Person.status))) == {"diajukan"}
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "export"))
        assert (entry.person_count, entry.target, entry.checksum) == (138, str(result.path), result.sha256)
        assert "NIK" in entry.fields.split(",") and "Nama Ibu Kandung" in entry.fields.split(",")


def test_a_batch_that_is_not_checked_is_not_exported(db, samples, mojokerto, tmp_path):
    from tests.use_cases.test_batch_lifecycle import sooko_roster
    sooko_roster(db, samples, mojokerto["sooko"])
    with db.write() as session:
        batch_id, _, _ = lifecycle.create_batch(session, lifecycle.BatchSpec(period_start=PERIOD))
    with pytest.raises(UserError, match="ekspor hanya dapat"):
        export.export_batch(db, batch_id, tmp_path)
    assert list(tmp_path.glob("*.xlsx")) == []


def test_a_person_changed_after_the_check_stops_the_export(db, batch_number, tmp_path):
    with db.write() as session:
        session.scalars(select(Person)).first().mother_name = None
    with pytest.raises(UserError, match="Jalankan Periksa lagi"):
        export.export_batch(db, batch_number, tmp_path)
    assert list(tmp_path.glob("*.xlsx")) == []


def test_a_pu_batch_has_the_contribution_detail_sheet(db, samples, mojokerto, tmp_path):
    from tests.use_cases.test_batch_lifecycle import sooko_roster
    from desktop.batches import check
    sooko_roster(db, samples, mojokerto["sooko"])
    with db.write() as session:
        for person in session.scalars(select(Person)).all()[:10]:
            person.segment, person.programmes, person.birth_date = "PU", "JKK JKM JHT JP", person.birth_date
        batch_id, added, _ = lifecycle.create_batch(session, lifecycle.BatchSpec(segment="PU", period_start=PERIOD,
                                                                                 months=3))
        assert added == 10
        assert check.check_batch(session, batch_id).ok
    result = export.export_batch(db, batch_id, tmp_path)
    book = openpyxl.load_workbook(result.path)
    assert export.DETAIL_SHEET in book.sheetnames
    detail = [[c.value for c in r] for r in book[export.DETAIL_SHEET].iter_rows()]
    assert detail[0][-1] == "GRAND TOTAL" and len(detail) == 11
    summary = [[c.value for c in r] for r in book[export.SUMMARY_SHEET].iter_rows()]
    months = next(r for r in summary if r[0] == "Program")
    assert months[2:5] == ["November 2026", "Desember 2026", "Januari 2027"]
    first_month_total = next(r for r in summary if r[0] == "Jumlah")[2]
    assert first_month_total == sum(r[-1] for r in detail[1:])
    assert add_months(PERIOD, 2).month == 1


def test_cli_exports_and_shows_the_batch_with_masked_niks(db, db_path, cli, batch_number, tmp_path):
    out = cli("batch", "export", batch_number, str(tmp_path))
    assert out.exit_code == 0, out.output
    assert "138 orang diekspor" in out.output and "dibaca ulang dan cocok" in out.output
    shown = cli("batch", "show", batch_number)
    with db.read() as session:
        nik = session.scalars(select(Person.nik)).first()
    assert "Sudah diekspor" in shown.output and nik not in shown.output and nik[:4] in shown.output
    from click.testing import CliRunner

    from desktop.cli import main
    locked = CliRunner().invoke(main, ["--db", str(db_path), "batch", "export", batch_number,
                                       str(tmp_path / "terkunci.xlsx"), "--ask-password"],
                                input="rahasia-123\nrahasia-123\n")
    assert locked.exit_code == 0, locked.output
    assert len(_data_rows_decrypted(tmp_path / "terkunci.xlsx", "rahasia-123", tmp_path)) == 139


def _data_rows_decrypted(path, password, folder):  # noqa: ANN001, ANN202
    plain = folder / "plain.xlsx"
    plain.write_bytes(decrypt_xlsx(path.read_bytes(), password))
    return _data_rows(plain)


def test_the_read_back_catches_a_file_that_is_not_what_was_written(db, batch_number, tmp_path):
    result = export.export_batch(db, batch_number, tmp_path)
    content = result.path.read_bytes()
    with db.read() as session:
        niks = [r[1].value for r in _data_rows(result.path)[1:]]
        columns = presets.get_preset(session, presets.BPU_PRESET).columns
    export.verify_export(result.path, content, content, columns, niks)  # the good file passes
    with pytest.raises(UserError, match="tidak sama dengan yang ditulis"):
        export.verify_export(result.path, content, content, columns, niks[:-1] + ["3516130000000000"])
    result.path.write_bytes(content[: len(content) // 2])  # a stick that kept half the file
    with pytest.raises(UserError, match="berbeda dari yang ditulis"):
        export.verify_export(result.path, content, content, columns, niks)


def test_summary_says_normal_discount_and_pay_per_month_and_the_total_in_words(db, batch_number, tmp_path):
    result = export.export_batch(db, batch_number, tmp_path)
    cells = [[c.value for c in r] for r in openpyxl.load_workbook(result.path)[export.SUMMARY_SHEET].iter_rows()]
    start = next(i for i, r in enumerate(cells) if r[0] == "Bulan iuran")
    assert cells[start][:6] == ["Bulan iuran", "Peserta", "Iuran normal", "Keringanan", "Dibayar", "Dasar keringanan"]
    month = cells[start + 1]
    assert month[0] == "November 2026" and month[4] == result.total and month[2] - month[3] == month[4]
    assert month[5] == "keringanan 50% JKK dan JKM, PP 50/2025, s.d. Desember 2026"
    total = cells[start + 2]
    assert total[0] == "Jumlah periode" and total[4] == result.total
    assert cells[start + 3][0] == f"Terbilang: {money.terbilang(result.total)} rupiah"
    assert "Golongan penghasilan: tabel dari sumber tidak resmi — cocokkan dengan Kantor Cabang." in [
        r[0] for r in cells]  # the Sooko incomes of 1.500.000 and more sit in weak rows

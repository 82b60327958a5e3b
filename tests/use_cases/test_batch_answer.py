"""Reading the branch's answer (samples §4): 104 accepted, 16 rejected (3 keep their KPJ), 18 pending."""
from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.batches import answer, export
from desktop.errors import UserError
from desktop.models import AuditEntry, Batch, BatchItem, Enrolment, Person
from tests.use_cases.test_batch_lifecycle import PERIOD, answer_rows, make_sooko_batch


@pytest.fixture
def exported(db, samples, mojokerto, tmp_path):
    number = make_sooko_batch(db, samples, mojokerto)
    export.export_batch(db, number, tmp_path)
    return number


def test_the_sample_answer_sets_kpj_numbers_and_reasons(db, samples, exported):
    report = answer.import_answer(db, exported, samples / "jawaban-kantor-cabang.xlsx")
    assert (report.rows, report.accepted, report.rejected, report.existing_kpj, report.pending) == (120, 104, 13, 3, 18)
    assert report.unmatched == [] and report.flagged == []
    assert report.backup is not None and report.backup.exists()
    expected = {r[0]: r for r in answer_rows(samples)}
    with db.read() as session:
        people = {p.nik: p for p in session.scalars(select(Person))}
        for nik, (_, _, kpj, status, reason) in expected.items():
            person = people[nik]
            if status == "DITERIMA":
                assert (person.status, person.kpj) == ("terdaftar", kpj)
            elif kpj:
                assert (person.status, person.kpj, person.status_reason) == ("sudah_peserta", kpj, reason)
            else:
                assert (person.status, person.kpj, person.status_reason) == ("ditolak", None, reason)
        waiting = [p for nik, p in people.items() if nik not in expected]
        assert len(waiting) == 18 and {p.status for p in waiting} == {"diajukan"}
        # accepted persons are enrolled in their programmes from the batch's first month
        enrolled = session.execute(select(func.count(func.distinct(Enrolment.person_id)),
                                          func.min(Enrolment.start_month))).one()
        assert tuple(enrolled) == (104, PERIOD)
        assert session.scalar(select(Batch.state)) == "partly_answered"
        assert session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.action == "answer_import")) == 1


def test_rows_outside_the_batch_are_reported_not_imported(db, samples, exported, tmp_path):
    book = openpyxl.load_workbook(samples / "jawaban-kantor-cabang.xlsx")
    sheet = book.active
    sheet.append(["3516134101990001", "ORANG LAIN", "26000000001", "DITERIMA", ""])
    sheet.append(["351613410199", "NIK PENDEK", "", "DITOLAK", "Data ganda"])
    path = tmp_path / "jawaban-plus.xlsx"
    book.save(path)
    report = answer.import_answer(db, exported, path)
    assert [(u.row, u.why) for u in report.unmatched] == [
        (122, "NIK tidak ada di daftar"), (123, "NIK 12 digit, bukan 16")]
    assert report.accepted == 104
    assert "Tidak cocok dengan orang di batch (tidak diimpor): 2" in report.describe()
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Person).where(Person.kpj == "26000000001")) == 0


def test_a_different_nik_matches_by_name_and_birth_date_flagged(db, samples, exported, tmp_path):
    first = answer_rows(samples)[0]
    with db.read() as session:
        birth = session.scalar(select(Person.birth_date).where(Person.nik == first[0]))
    book = openpyxl.Workbook()
    book.active.append(["NIK", "NAMA", "TGL LAHIR", "NO KPJ", "STATUS", "KETERANGAN"])
    book.active.append(["3516130000000001", first[1], birth.strftime("%d-%m-%Y"), "26999999999", "DITERIMA", ""])
    path = tmp_path / "jawaban-nik-lain.xlsx"
    book.save(path)
    report = answer.import_answer(db, exported, path)
    assert report.accepted == 1 and len(report.flagged) == 1 and report.flagged[0].row == 2
    with db.read() as session:
        item = session.scalars(select(BatchItem).where(BatchItem.state == "accepted")).one()
        assert (item.matched_by, item.kpj) == ("name_birth", "26999999999")


def test_a_numeric_nik_in_the_answer_changes_nothing(db, samples, exported, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["NIK", "NAMA", "NO KPJ", "STATUS", "KETERANGAN"])
    book.active.append([3516134312611805, "KHUSNUL MASRUROH", "26624898808", "DITERIMA", ""])
    path = tmp_path / "jawaban-angka.xlsx"
    book.save(path)
    with pytest.raises(UserError, match="baris 2.*Excel sudah memotong digit ke-16"):
        answer.import_answer(db, exported, path)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Person).where(Person.status == "terdaftar")) == 0


def test_rejected_persons_can_be_corrected_and_batched_again(db, samples, exported):
    from desktop.batches import lifecycle
    answer.import_answer(db, exported, samples / "jawaban-kantor-cabang.xlsx")
    with db.write() as session:
        batch_id, added, _ = lifecycle.create_batch(session, lifecycle.BatchSpec(period_start=PERIOD))
    # 13 rejected without a KPJ may go again; the 18 still pending stay in the first batch
    assert added == 13


def test_cli_answer_prints_the_counts(db, cli, samples, exported):
    result = cli("batch", "answer", exported, str(samples / "jawaban-kantor-cabang.xlsx"))
    assert result.exit_code == 0, result.output
    assert "Terdaftar (KPJ baru): 104" in result.output
    assert "Sudah peserta (KPJ lama): 3 (No. KPJ lama disimpan)" in result.output
    assert "Ditolak: 13" in result.output
    assert "Diajukan, menunggu jawaban: 18 (belum dijawab)" in result.output


def test_the_branch_may_use_its_own_headers(db, cli, samples, exported, tmp_path):
    book = openpyxl.load_workbook(samples / "jawaban-kantor-cabang.xlsx")
    sheet = book.active
    sheet["A1"], sheet["D1"] = "NO IDENTITAS", "HASIL AKHIR"
    path = tmp_path / "jawaban-judul-lain.xlsx"
    book.save(path)
    refused = cli("batch", "answer", exported, str(path))
    assert refused.exit_code == 2 and "Judul kolom NIK dan STATUS tidak ditemukan" in refused.output
    read = cli("batch", "answer", exported, str(path), "--column", "nik=no identitas", "--column",
               "status=Hasil Akhir")
    assert read.exit_code == 0, read.output
    assert "Terdaftar (KPJ baru): 104" in read.output

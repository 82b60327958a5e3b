"""Erase on request, anonymise, "data saya", the audit log — and that backups forget erased people."""
from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop import audit_log, backup, privacy
from desktop.errors import UserError
from desktop.models import AuditEntry, Batch, BatchItem, Claim, Enrolment, Heir, Person
from desktop.roster import persons

SITI, NUR = "3516135205750003", "3516136303850002"


@pytest.fixture
def people(db, mojokerto):
    with db.write() as session:
        siti = persons.add_person(session, persons.PersonData(
            name="Siti Aminah", nik=SITI, phone="081234567890", income=1_500_000, unit_id=mojokerto["sooko"],
            address="Dsn. Japan RT 01", heirs=[persons.HeirData("Ahmad Fauzi", "Anak", dt.date(2010, 5, 1))]))
        nur = persons.add_person(session, persons.PersonData(name="Nur Hayati", nik=NUR, unit_id=mojokerto["sooko"]))
        open_batch = Batch(number="B-001", period_start=dt.date(2026, 1, 1))
        sent = Batch(number="B-000", period_start=dt.date(2025, 12, 1), state="answered")
        session.add_all([open_batch, sent])
        session.flush()
        session.add_all([BatchItem(batch_id=open_batch.id, person_id=siti), BatchItem(batch_id=sent.id,
                         person_id=siti, state="accepted", kpj="12345678901"),
                         BatchItem(batch_id=open_batch.id, person_id=nur),
                         Enrolment(person_id=siti, programme="JKK", start_month=dt.date(2026, 1, 1)),
                         Claim(person_id=siti, programme="JKK", case_type="kecelakaan", event_date=dt.date(2026, 2, 3),
                               amount=2_000_000, notes="Siti jatuh di sawah")])
    return {"siti": siti, "nur": nur}


def test_erase_removes_the_person_everywhere_and_logs_without_the_data(db, people):
    with db.write() as session:
        outcome = privacy.erase_person(session, privacy.find_person(session, SITI))
    assert outcome.open_batches == ["B-001"] and outcome.sent_batches == ["B-000"]
    assert "Kantor Cabang" in outcome.describe("dihapus permanen")
    with db.read() as session:
        assert session.scalar(select(func.count(Person.id))) == 1
        assert session.scalar(select(func.count(Heir.id))) == 0
        assert session.scalar(select(func.count(Enrolment.id))) == 0
        assert list(session.scalars(select(BatchItem.person_id))) == [people["nur"]]
        claim = session.scalar(select(Claim))
        assert (claim.person_id, claim.amount, claim.notes) == (None, 2_000_000, None)
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "privacy_erase"))
    assert entry.person_count == 1 and "nik" in entry.fields and "heirs" in entry.fields
    logged = json.dumps([entry.what, entry.fields, entry.detail, entry.target])
    assert SITI not in logged and "Siti" not in logged and "0812" not in logged
    with db.read() as session, pytest.raises(UserError):
        privacy.find_person(session, SITI)


def test_anonymise_keeps_counts_and_amounts_but_no_identity(db, people):
    with db.write() as session:
        privacy.anonymise_person(session, people["siti"])
    with db.read() as session:
        person = session.get(Person, people["siti"])
        assert person.anonymised and person.name == f"Anonim {people['siti']}"
        assert (person.nik, person.phone, person.address, person.birth_date) == (None, None, None, None)
        assert (person.income, person.unit_id, person.sex) == (1_500_000, people and person.unit_id, "P")
        assert session.scalar(select(func.count(Person.id))) == 2
        assert session.scalar(select(func.count(Enrolment.id))) == 1
        assert session.scalar(select(func.count(Heir.id))) == 0
        assert session.scalar(select(Claim.amount)) == 2_000_000
        assert session.scalar(select(BatchItem.kpj).where(BatchItem.state == "accepted")) is None
        assert session.scalar(select(func.count()).where(AuditEntry.action == "privacy_anonymise")) == 1
    with db.write() as session, pytest.raises(UserError, match="sudah dianonimkan"):
        privacy.anonymise_person(session, people["siti"])


def test_data_saya_report_holds_everything_and_is_logged(db, people, tmp_path):
    target = tmp_path / "data-siti.pdf"
    privacy.export_report(db, people["siti"], target)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True).stdout
    for expected in ("DATA PRIBADI YANG KAMI SIMPAN", "Siti Aminah", SITI, "081234567890", "Rp1.500.000",
                     "Ahmad Fauzi", "Anak", "B-000", "12345678901", "kecelakaan", "PAC Muslimat NU Sooko"):
        assert expected in text, expected
    assert "Kode pos" not in text  # fields the person has no value in are not listed
    with db.read() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "privacy_report"))
    assert entry.target == str(target) and len(entry.checksum) == 64


@pytest.mark.sqlite_only(reason="restoring from a file copy; a shared server is restored with pg_restore by its administrator")
def test_restoring_an_older_backup_does_not_bring_an_erased_person_back(db, people, tmp_path):
    saved = backup.backup_now(db, tmp_path / "usb")
    with db.write() as session:
        privacy.erase_person(session, people["siti"])
    result = backup.restore(db, saved.path)
    assert result.reapplied == 1 and "diterapkan lagi" in result.describe()
    with db.read() as session:
        assert list(session.scalars(select(Person.name))) == ["Nur Hayati"]
        assert session.scalar(select(func.count()).where(AuditEntry.action == "privacy_erase")) == 1


def test_backups_holding_an_erased_person_are_dropped_after_the_retention_period(db, people):
    old = backup.take(db, "sesi-mulai")  # what session_backup does on a file (a server has no session copies)
    with db.write() as session:
        privacy.erase_person(session, people["siti"])
    newer = backup.take(db, "sesi-tutup")
    assert old.exists()  # within the retention period (30 days) the copy may still be needed
    backup.rotate(db, now=dt.datetime.now() + dt.timedelta(days=31))
    assert not old.exists() and newer.exists()
    remaining = [p.name for p in backup.folder_of(db).glob("sesi-*") if p.suffix != ".json"]
    assert remaining == [newer.name]


def test_the_audit_log_filters_in_sql_and_exports(db, people, tmp_path):
    with db.write() as session:
        privacy.erase_person(session, people["siti"])
    flt = audit_log.AuditFilter(action="privacy_erase")
    with db.read() as session:
        assert audit_log.count(session, flt) == 1
        assert audit_log.count(session, audit_log.AuditFilter(since=dt.date.today() + dt.timedelta(days=1))) == 0
        [row] = audit_log.rows(session, flt)
    target = tmp_path / "catatan.xlsx"
    assert audit_log.export(db, audit_log.AuditFilter(), target) >= 3
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[1]][:3] == ["Waktu", "Pengguna", "Kegiatan"]
    assert "Hapus permanen (permintaan)" in [c.value for c in sheet["C"]]
    with db.read() as session:
        assert audit_log.count(session, audit_log.AuditFilter(action="audit_export")) == 1


def test_the_cli_covers_backup_db_audit_and_privacy(cli, db, people, tmp_path):
    result = cli("privacy", "report", SITI, "-o", str(tmp_path / "siti.pdf"))
    assert result.exit_code == 0, result.output
    result = cli("privacy", "anonymise", NUR, "--yes")
    assert result.exit_code == 0 and "dianonimkan" in result.output
    result = cli("privacy", "erase", SITI, "--yes")
    assert result.exit_code == 0 and "B-000" in result.output
    result = cli("backup", "now", str(tmp_path / "usb"))
    assert result.exit_code == 0, result.output
    listed = cli("backup", "list", "--folder", str(tmp_path / "usb"))
    assert "dibuat manual — 1 orang" in listed.output
    assert "Basis data dalam keadaan baik" in cli("db", "check").output
    log = cli("audit", "list", "--action", "privacy_erase")
    assert "Hapus permanen" in log.output and "1 dari 1 catatan" in log.output
    exported = cli("audit", "export", str(tmp_path / "catatan.csv"))
    assert exported.exit_code == 0
    content = (tmp_path / "catatan.csv").read_text(encoding="utf-8-sig")
    assert content.startswith("Waktu;Pengguna;Kegiatan") and SITI not in content
    [saved] = [p for p in (tmp_path / "usb").glob("jamsos-cadangan-*") if p.suffix != ".json"]  # not a .dump's counts
    result = cli("backup", "restore", str(saved), "--yes")
    if db.is_server:  # a shared server is restored by its administrator (pg_restore), loudly refused here
        assert result.exit_code == 2 and "pg_restore" in result.output
    else:
        assert result.exit_code == 0, result.output
    bad = cli("privacy", "erase", "12345", "--yes")
    assert bad.exit_code == 2 and "tidak ditemukan" in bad.output


def test_disk_full_during_the_audit_export_leaves_no_file_and_logs_nothing(db, people, tmp_path, monkeypatch):
    import errno
    import os
    folder = tmp_path / "usb"
    folder.mkdir()

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UserError, match="Ruang penyimpanan penuh"):
        audit_log.export(db, audit_log.AuditFilter(), folder / "catatan.xlsx")
    monkeypatch.undo()
    assert list(folder.iterdir()) == []
    with db.read() as session:
        assert audit_log.count(session, audit_log.AuditFilter(action="audit_export")) == 0
    assert db.integrity_check() == []

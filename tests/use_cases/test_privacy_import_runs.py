"""An erased or anonymised person leaves the problem lists kept with past imports ("Riwayat impor"),
while each line keeps its file/sheet/row/column."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop import privacy
from desktop.importing import plan
from desktop.importing.commit import commit
from desktop.importing.runs import run_report
from desktop.models import AuditEntry, Person


@pytest.fixture
def imported(db, mojokerto, samples):
    """The PAC Sooko sample: its problem list names Rini Yuliana (a misspelt second row with her NIK)
    and quotes phone numbers that lost their leading 0."""
    return commit(db, plan.prepare(db, samples / "pac-sooko-anggota.xlsx", "persons"), backup=False).run_id


def _person(db, **where):
    with db.read() as session:
        person = session.scalars(select(Person).filter_by(**where)).one()
        return person.id, person.nik, person.name, person.phone


def _report(db, run_id):
    with db.read() as session:
        return run_report(session, run_id)


def test_erasing_takes_the_name_out_of_the_import_report(db, imported):
    pid, nik, name, _phone = _person(db, name_key="rini yuliana")
    before = _report(db, imported)
    [line] = [text for text in before if name in text]
    assert "'Rini Yulianaa'" in line  # the misspelt row that was skipped as her duplicate
    with db.write() as session:
        outcome = privacy.erase_person(session, pid)
    after = _report(db, imported)
    assert len(after) == len(before)
    joined = "\n".join(after)
    assert "Rini Yulian" not in joined and nik not in joined
    place = line.split(": ")[0]  # berkas …, lembar Anggota, baris 154, kolom NIK
    [scrubbed] = [text for text in after if text.startswith(place + ":")]
    assert "'(dihapus)' di sini, '(dihapus)' di baris" in scrubbed
    assert [a for a, b in zip(before, after, strict=True) if a != b] == [line]  # the others are untouched
    assert outcome.import_runs == [imported] and "daftar masalah 1 impor" in outcome.describe("dihapus permanen")
    with db.read() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == privacy.ERASE))
        assert json.loads(entry.detail)["import_runs"] == [imported]
        assert "Rini" not in (entry.detail or "") and "Rini" not in entry.what


def test_anonymising_takes_the_phone_out_and_the_cli_shows_it(db, imported, cli):
    pid, _nik, _name, phone = _person(db, phone="628133644498")  # row 4: "Nomor HP 8133644498 kehilangan…"
    line = next(text for text in _report(db, imported) if "8133644498" in text)
    with db.write() as session:
        privacy.anonymise_person(session, pid)
    after = _report(db, imported)
    assert not any("8133644498" in text for text in after)
    assert line.replace("08133644498", "(dihapus)").replace("8133644498", "(dihapus)") in after
    result = cli("import", "report", str(imported))
    assert "baris 4, kolom No HP: Nomor HP (dihapus) kehilangan angka 0" in result.output


def test_another_import_that_names_the_person_is_cleaned_too(db, imported, tmp_path):
    import openpyxl
    pid, nik, name, _phone = _person(db, name_key="rini yuliana")
    path = tmp_path / "lagi.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Nama", "NIK"])
    book.active.append([name, nik])  # already in the list: skipped
    book.active.append(["Rini Yulianti", nik])  # her NIK again under another spelling: a line naming her
    book.save(path)
    again = commit(db, plan.prepare(db, path, "persons"), backup=False).run_id
    assert any(name in text for text in _report(db, again))
    with db.read() as session:
        assert session.get(Person, pid).import_run_id == imported
    with db.write() as session:
        privacy.erase_person(session, pid)
    for run_id in (imported, again):
        assert nik not in "\n".join(_report(db, run_id)) and name not in "\n".join(_report(db, run_id))


@pytest.mark.sqlite_only(reason="restoring from a file copy; a shared server is restored with pg_restore by its administrator")
def test_restoring_an_older_backup_cleans_the_report_again(db, imported, tmp_path):
    from desktop import backup
    pid, nik, name, _phone = _person(db, name_key="rini yuliana")
    saved = backup.backup_now(db, tmp_path / "usb")  # still holds her name in the report
    with db.write() as session:
        privacy.erase_person(session, pid)
    assert backup.restore(db, saved.path).reapplied == 1
    joined = "\n".join(_report(db, imported))
    assert name not in joined and nik not in joined and "'(dihapus)' di sini" in joined

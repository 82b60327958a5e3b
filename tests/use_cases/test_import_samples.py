"""Each file in ../shared/samples imported as its README says: exact counts and exact messages."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from sqlalchemy import func, select

from desktop.importing.commit import commit
from desktop.importing.options import ImportOptions
from desktop.importing.plan import prepare
from desktop.models import Heir, ImportRun, Institution, Person

REFERENCE = dt.date(2026, 11, 2)
NUMERIC_NIK = ("Kolom NIK berisi angka, bukan teks; Excel sudah memotong digit ke-16. Format kolom sebagai Teks "
               "lalu ketik ulang NIK.")


def _prepare(db, path, kind="persons", **options):
    return prepare(db, path, kind, ImportOptions(reference=REFERENCE, **options))


def _messages(preview, row, severity="error"):
    return [f.text for o in preview.rows if o.row == row for f in o.findings if f.severity == severity]


@pytest.fixture
def pac_file(samples):
    return samples / "pac-sooko-anggota.xlsx"


def test_pac_file_counts(db, mojokerto, pac_file):
    preview = _prepare(db, pac_file)
    counts = preview.counts()
    assert len(preview.rows) == 150
    assert (counts["new"], counts["error"], counts["duplicate"], counts["skipped"]) == (138, 9, 3, 4)
    assert preview.sheets == ["Anggota"]


def test_pac_file_nik_messages_name_file_sheet_row_and_column(db, mojokerto, pac_file):
    preview = _prepare(db, pac_file)
    for row in (14, 25, 71, 88, 128, 147):
        assert _messages(preview, row) == [
            f"berkas pac-sooko-anggota.xlsx, lembar Anggota, baris {row}, kolom NIK: {NUMERIC_NIK}"]
    for row, digits in ((131, 15), (156, 15), (129, 17)):
        assert _messages(preview, row) == [
            f"berkas pac-sooko-anggota.xlsx, lembar Anggota, baris {row}, kolom NIK: NIK harus 16 digit angka; "
            f"yang tertulis {digits} digit. Periksa ulang dengan KTP."]
    rejected = sorted(o.row for o in preview.rows if o.status == "error")
    assert rejected == [14, 25, 71, 88, 128, 129, 131, 147, 156]


def test_pac_file_duplicates_within_the_file(db, mojokerto, pac_file):
    preview = _prepare(db, pac_file)
    duplicates = {o.row: o.findings[-1].message for o in preview.rows if o.status == "duplicate"}
    assert duplicates == {
        31: "NIK sama dengan baris 8. Baris ini dilewati (duplikat dalam berkas).",
        72: "NIK sama dengan baris 40. Baris ini dilewati (duplikat dalam berkas).",
        154: "NIK sama dengan baris 113, tetapi namanya berbeda: 'Rini Yulianaa' di sini, 'Rini Yuliana' di "
             "baris 113. Baris ini dilewati; periksa ejaan mana yang benar.",
    }


def test_pac_file_cells_are_normalised_in_the_database(db, mojokerto, pac_file):
    preview = _prepare(db, pac_file)
    by_row = {o.row: o for o in preview.rows}
    result = commit(db, preview)
    assert (result.added, result.rejected) == (138, 9)
    with db.read() as session:
        people = {p.nik: p for p in session.scalars(select(Person))}
        assert len(people) == 138
        for row in (47, 104, 107, 139, 28, 46, 116, 134):  # NIK with spaces or dots
            nik = by_row[row].values["nik"]
            assert len(nik) == 16 and nik.isdigit() and nik in people
        assert all(p.phone.startswith("628") and 11 <= len(p.phone) <= 13 for p in people.values())
        # the README lists these amounts, but row 108 of the file says 'Rp 0,8 jt' (750000 rounded when the
        # sample was written): we read what is written
        assert by_row[108].values["income"] == 800000
        assert {p.income for p in people.values()} <= {500000, 750000, 800000, 1000000, 1500000, 2000000, 2500000,
                                                       3000000}
        assert all(p.birth_date and p.sex == "P" and p.nik.startswith("351613") for p in people.values())
        assert all(p.desa_code and p.desa_code.startswith("35.16.13.") for p in people.values())
        assert all(p.unit_id == mojokerto["sooko"] for p in people.values())
        assert all(p.name == p.name.strip() and "  " not in p.name for p in people.values())
        # the name as on the KTP-el goes on the form; 'Hj.' is kept in the name for letters (issue #18)
        titled = [p for p in people.values() if p.name_with_titles]
        assert len(titled) >= 10 and all(p.name_with_titles.startswith("Hj. ") for p in titled)
        assert all(p.name_with_titles == f"Hj. {p.name}" for p in titled)
        assert not [p.name for p in people.values() if "Hj." in p.name]
        assert not [p.name for p in people.values() if p.name.isupper()]
        # no imported row carries a birth-date disagreement: every date form was read right
        assert not [o.row for o in preview.rows if o.status == "new"
                    for f in o.findings if f.code == "nik_birth_mismatch"]
        run = session.get(ImportRun, result.run_id)
        assert (run.added, run.skipped, run.rejected, run.file_name) == (138, 3, 9, "pac-sooko-anggota.xlsx")
        assert session.scalar(select(func.count()).where(Person.import_run_id == run.id)) == 138


def test_dates_in_every_form_are_read(db, mojokerto, pac_file):
    preview = _prepare(db, pac_file)
    by_row = {o.row: o.values for o in preview.rows}
    for row in (8, 17, 23, 113):  # text dd-mm-yyyy, dd/mm/yy, '12 Mei 1975', dd/mm/yy again
        born, nik = by_row[row]["birth_date"], by_row[row]["nik"]
        assert (born.day + 40, born.month, born.year % 100) == (int(nik[6:8]), int(nik[8:10]), int(nik[10:12]))


def test_importing_the_same_file_twice_adds_nothing(db, mojokerto, pac_file):
    commit(db, _prepare(db, pac_file))
    again = _prepare(db, pac_file)
    assert again.counts()["new"] == 0 and again.counts()["same"] == 138
    result = commit(db, again)
    assert result.added == 0
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 138


def test_institutions_file(db, samples):
    preview = _prepare(db, samples / "lembaga-tk-ra.xlsx", "institutions")
    assert preview.counts()["new"] == 130 and preview.counts()["error"] == 0
    assert [n.message for n in preview.notes] == [
        "Jenis lembaga diseragamkan di 58 baris: KB/PAUD → KB (25), Raudlatul Athfal → RA (11), T.K. → TK (22).",
        "Nama kecamatan diperbaiki di 12 baris: 'Dawar Blandong' → Dawarblandong (4), 'Mojosari ' → Mojosari (5), "
        "'mojoanyar' → Mojoanyar (3).",
    ]
    commit(db, preview)
    with db.read() as session:
        types = dict(session.execute(select(Institution.type, func.count()).group_by(Institution.type)).all())
        assert types == {"TK": 70, "RA": 35, "KB": 25}
        kecamatan = func.substr(Institution.desa_code, 1, 8)
        per_kecamatan = dict(session.execute(select(kecamatan, func.count()).group_by(kecamatan)).all())
        assert per_kecamatan["35.16.08"] == 14  # Mojosari, 5 of them written 'Mojosari '
        assert per_kecamatan["35.16.17"] == 5  # Dawarblandong, 4 written 'Dawar Blandong'
        assert len(per_kecamatan) == 18 and sum(per_kecamatan.values()) == 130
        assert session.scalar(select(func.count()).where(Institution.npsn.is_(None))) == 0


def test_an_institution_entered_by_hand_is_recognised_by_name(db, samples):
    from desktop.roster.institutions import InstitutionData, add_institution
    with db.write() as session:
        add_institution(session, InstitutionData(name="TK MUSLIMAT NU 57 Japan", type="TK"))
    preview = _prepare(db, samples / "lembaga-tk-ra.xlsx", "institutions", policy="fill")
    [matched] = [o for o in preview.rows if o.existing_id]
    assert (matched.row, matched.status) == (103, "update")
    assert matched.changes["npsn"] == "20999174" and matched.changes["desa_code"].startswith("35.16.13.")
    assert preview.counts()["new"] == 129


def test_teachers_file_with_three_sheets(db, samples):
    commit(db, _prepare(db, samples / "lembaga-tk-ra.xlsx", "institutions"))
    preview = _prepare(db, samples / "guru-tk-muslimat.xlsx")
    assert preview.sheets == ["Sooko", "Mojosari", "Trowulan"]
    counts = preview.counts()
    assert (len(preview.rows), counts["new"], counts["duplicate"], counts["error"]) == (400, 398, 2, 0)
    assert not [f.text for f in preview.findings() if f.code == "institution_unknown"]
    duplicates = sorted(f.text for o in preview.rows if o.status == "duplicate" for f in o.findings)
    assert duplicates == [
        "berkas guru-tk-muslimat.xlsx, lembar Mojosari, baris 68, kolom NIK: NIK sama dengan lembar Sooko baris 7 "
        "(orang yang sama di lembaga lain). Baris ini dilewati: satu orang dicatat sekali, dengan lembaga dari "
        "baris pertama.",
        "berkas guru-tk-muslimat.xlsx, lembar Trowulan, baris 66, kolom NIK: NIK sama dengan lembar Sooko baris 8 "
        "(orang yang sama di lembaga lain). Baris ini dilewati: satu orang dicatat sekali, dengan lembaga dari "
        "baris pertama.",
    ]
    by_place = {(o.sheet, o.row): o for o in preview.rows}
    commit(db, preview)
    with db.read() as session:
        def institution_of(sheet, row):
            person = session.scalar(select(Person).where(Person.nik == by_place[(sheet, row)].values["nik"]))
            return session.get(Institution, person.institution_id).name
        assert institution_of("Sooko", 48) == "RA Muslimat NU Ar-Rohmah Klinterejo"
        assert institution_of("Mojosari", 111) == "RA Muslimat NU Al-Ikhlas Mojosulur"
        assert institution_of("Trowulan", 62) == "TK Muslimat NU 47 Watesumpak"
        assert institution_of("Sooko", 70) == "TK Muslimat NU 56 Brangkal"
        assert session.scalar(select(func.count()).select_from(Person)) == 398
        assert session.scalar(select(func.count()).where(Person.institution_id.is_(None))) == 0
        assert session.scalar(select(func.count()).select_from(Heir)) == 387  # 400 rows − 12 blank − 1 duplicate
        ulfa = session.scalar(select(Person).where(Person.nik == "3516135906880479"))
        assert (ulfa.name, ulfa.name_with_titles) == ("Ulfa Rahmawati", "Ulfa Rahmawati, S.Pd.AUD")


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_the_same_file_saved_by_libreoffice_as_ods_gives_the_same_result(db, mojokerto, pac_file, tmp_path):
    subprocess.run(["soffice", "--headless", "--convert-to", "ods", "--outdir", str(tmp_path), str(pac_file)],
                   check=True, capture_output=True, timeout=180)
    preview = _prepare(db, tmp_path / "pac-sooko-anggota.ods")
    counts = preview.counts()
    assert (counts["new"], counts["error"], counts["duplicate"], counts["skipped"]) == (138, 9, 3, 4)
    assert [f.text for f in preview.findings() if f.place.row == 14][0] == (
        f"berkas pac-sooko-anggota.ods, lembar Anggota, baris 14, kolom NIK: {NUMERIC_NIK}")

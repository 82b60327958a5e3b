"""Import choices a clerk makes: duplicate policy, rows without NIK, CSV files, corrected mappings,
the problem list sent back to the PAC, merging two records, the CLI."""
from __future__ import annotations

import datetime as dt

import openpyxl
from sqlalchemy import select

from desktop.importing import header
from desktop.importing.commit import commit
from desktop.importing.merge import merge_persons
from desktop.importing.options import ImportOptions
from desktop.importing.plan import layout, prepare
from desktop.importing.problems_export import export_problems
from desktop.models import AuditEntry, Heir, Person

REFERENCE = dt.date(2026, 11, 2)
HEAD = ["No", "Nama", "N.I.K", "TTL", "L/P", "No. HP", "Honor"]


def _xlsx(path, rows, head=HEAD):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.append(["DAFTAR GURU"])
    sheet.append([])
    sheet.append(head)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _prepare(db, path, **options):
    return prepare(db, path, "persons", ImportOptions(reference=REFERENCE, **options))


def test_header_variants_are_mapped(db, tmp_path):
    path = _xlsx(tmp_path / "guru.xlsx", [[1, "SITI AMINAH, S.PD.", "3516134505800001", "Mojokerto, 05-05-1980",
                                           "P", "0812-3456-7890", "Rp 1,5 jt"]])
    [table] = layout(db, path, "persons").chosen_tables()
    assert table.header_row == 3
    assert table.mapping == {0: "no", 1: "name", 2: "nik", 3: "ttl", 4: "sex", 5: "phone", 6: "income"}
    [row] = _prepare(db, path).rows
    assert (row.values["name"], row.values["name_with_titles"]) == ("Siti Aminah", "Siti Aminah, S.Pd.")
    assert (row.values["birth_place"], row.values["birth_date"]) == ("Mojokerto", dt.date(1980, 5, 5))
    assert (row.values["phone"], row.values["income"], row.values["sex"]) == ("6281234567890", 1500000, "P")


def test_policies_for_persons_already_in_the_database(db, tmp_path):
    first = _xlsx(tmp_path / "a.xlsx", [[1, "Siti Aminah", "3516134505800001", "Mojokerto, 05-05-1980", "P", "", ""]])
    commit(db, _prepare(db, first))
    second = _xlsx(tmp_path / "b.xlsx", [[1, "Siti Aminah Z", "3516134505800001", "Mojokerto, 05-05-1980", "P",
                                          "081234567890", "1000000"]])
    skip = _prepare(db, second)
    assert [o.status for o in skip.rows] == ["same"]
    fill = _prepare(db, second, policy="fill")
    assert [o.status for o in fill.rows] == ["update"]
    assert set(fill.rows[0].changes) == {"phone", "income"}
    commit(db, fill)
    with db.read() as session:
        person = session.scalar(select(Person))
        assert (person.name, person.phone, person.income) == ("Siti Aminah", "6281234567890", 1000000)
    commit(db, _prepare(db, second, policy="overwrite"))
    with db.read() as session:
        assert session.scalar(select(Person.name)) == "Siti Aminah Z"


def test_a_nik_in_the_trash_is_not_matched_as_present_but_named(db, tmp_path):
    first = _xlsx(tmp_path / "a.xlsx", [[1, "Siti Aminah", "3516134505800001", "Mojokerto, 05-05-1980", "P", "", ""],
                                        [2, "Umi Kulsum", "-", "Mojokerto, 01-01-1970", "P", "", ""]])
    commit(db, _prepare(db, first, allow_no_nik=True))
    with db.write() as session:
        for person in session.scalars(select(Person)):
            person.deleted_at = dt.datetime(2026, 11, 20)
    again = _prepare(db, first, policy="overwrite", allow_no_nik=True)
    siti, umi = again.rows
    assert siti.status == "duplicate" and siti.existing_id is None
    assert [f.code for f in siti.findings] == ["in_trash"]
    assert "milik data di Sampah (id 1)" in siti.findings[0].text and "baris 4" in siti.findings[0].text
    assert umi.status == "new"  # no NIK: a trashed namesake is no match, the row is added again
    commit(db, again)
    with db.read() as session:
        assert [(p.name, p.deleted_at is None) for p in session.scalars(select(Person).order_by(Person.id))] == [
            ("Siti Aminah", False), ("Umi Kulsum", False), ("Umi Kulsum", True)]


def test_rows_without_nik_only_when_allowed_and_never_with_a_placeholder(db, tmp_path):
    path = _xlsx(tmp_path / "a.xlsx", [[1, "Siti Aminah", "", "Mojokerto, 05-05-1980", "P", "", ""]])
    refused = _prepare(db, path)
    assert [f.text for f in refused.findings()] == [
        "berkas a.xlsx, lembar Data, baris 4, kolom N.I.K: NIK kosong. Isi 16 digit NIK dari KTP, atau izinkan "
        "impor orang yang belum ber-NIK."]
    assert commit(db, refused).added == 0
    allowed = _prepare(db, path, allow_no_nik=True)
    assert commit(db, allowed).added == 1
    with db.read() as session:
        assert session.scalar(select(Person.nik)) is None
    assert [o.status for o in _prepare(db, path, allow_no_nik=True).rows] == ["same"]  # matched by name + date
    placeholder = _xlsx(tmp_path / "b.xlsx", [[1, "Umi Kulsum", "-", "Mojokerto, 06-06-1981", "P", "", ""],
                                              [2, "Sri Wahyuni", 0, "Mojokerto, 07-07-1982", "P", "", ""]])
    assert commit(db, _prepare(db, placeholder, allow_no_nik=True)).added == 2
    with db.read() as session:
        assert session.scalars(select(Person.nik)).all() == [None, None, None]


def test_csv_with_semicolons_in_windows_1252(db, tmp_path):
    path = tmp_path / "pac.csv"
    text = "Nama;NIK;Tgl Lahir;Alamat\nSiti Ma'rifah;3516134505800001;05/05/1980;Jl. Kauman é\n;;;\nJUMLAH;1;;\n"
    path.write_bytes(text.encode("cp1252"))
    preview = _prepare(db, path)
    assert preview.counts()["new"] == 1 and preview.skipped_rows == 2
    assert preview.rows[0].values["address"] == "Jl. Kauman é"
    assert preview.rows[0].values["birth_date"] == dt.date(1980, 5, 5)


def test_a_corrected_mapping_is_remembered_for_the_same_layout(db, tmp_path):
    head = ["Nama", "NIK", "Kolom X"]
    path = _xlsx(tmp_path / "a.xlsx", [["Siti Aminah", "3516134505800001", "Mojokerto"]], head)
    [table] = layout(db, path, "persons").chosen_tables()
    assert table.mapping == {0: "name", 1: "nik"}
    corrected = {0: "name", 1: "nik", 2: "birth_place"}
    commit(db, _prepare(db, path, mappings={"Data": corrected}))
    other = _xlsx(tmp_path / "b.xlsx", [["Umi Kulsum", "3516134505800002", "Jombang"]], head)
    [table] = layout(db, other, "persons").chosen_tables()
    assert table.remembered and table.mapping == corrected
    assert _prepare(db, other).rows[0].values["birth_place"] == "Jombang"


def test_problem_list_goes_back_as_xlsx_and_is_logged(db, tmp_path, samples):
    preview = _prepare(db, samples / "pac-sooko-anggota.xlsx")
    target = tmp_path / "masalah.xlsx"
    written = export_problems(db, preview, target)
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Berkas", "Lembar", "Baris", "Kolom") and len(rows) == written + 1
    numeric = [r for r in rows if r[2] == 14]
    assert numeric[0][:4] == ("pac-sooko-anggota.xlsx", "Anggota", 14, "NIK")
    assert numeric[0][5:7] == ("Ditolak", "Harus diperbaiki")
    assert "Excel sudah memotong digit ke-16" in numeric[0][7]
    with db.read() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "export"))
        assert entry.target == str(target) and entry.person_count > 0


def test_merge_two_records_of_one_person(db):
    with db.write() as session:
        keep = Person(name="Siti Aminah", name_key="siti aminah", nik="3516134505800001")
        drop = Person(name="Siti Aminah", name_key="siti aminah", phone="6281234567890", address="Dsn. Kauman",
                      heirs=[Heir(name="Ahmad", relation="Suami")])
        session.add_all([keep, drop])
        session.flush()
        ids = keep.id, drop.id
    with db.write() as session:
        assert sorted(merge_persons(session, *ids)) == ["address", "heirs", "phone"]
    with db.read() as session:
        [person] = session.scalars(select(Person)).all()
        assert (person.id, person.phone, person.address) == (ids[0], "6281234567890", "Dsn. Kauman")
        assert [h.name for h in person.heirs] == ["Ahmad"]


def test_cli_dry_run_then_import_with_a_corrected_column(cli, db_path, tmp_path):
    path = _xlsx(tmp_path / "a.xlsx", [["Siti Aminah", "3516134505800001", "Mojokerto"]], ["Nama", "NIK", "Kolom X"])
    result = cli("import", "persons", str(path), "--dry-run", "--map", "C=birth_place")
    assert result.exit_code == 0, result.output
    assert "Baru: 1" in result.output and "tidak ada yang disimpan" in result.output
    result = cli("import", "persons", str(path), "--map", "Kolom X=birth_place")
    assert "Impor selesai: 1 baru" in result.output
    result = cli("import", "runs")
    assert "a.xlsx: 1 baru, 0 diperbarui, 0 dilewati (sudah ada/duplikat), 0 ditolak" in result.output
    assert cli("import", "report", "1").output.strip() == "Tidak ada masalah tercatat."
    result = cli("import", "layout", str(path))
    assert "diingat dari impor sebelumnya" in result.output and "Tempat lahir" in result.output
    result = cli("import", "persons", str(tmp_path / "tidak-ada.xlsx"))
    assert result.exit_code == 2 and "Berkas tidak ditemukan" in result.output
    assert header.FIELDS["persons"]["birth_place"][0] == "Tempat lahir"


def test_cancel_while_writing_leaves_the_database_as_it_was(db, samples):
    import pytest

    from desktop.progress import Cancelled, Progress
    preview = _prepare(db, samples / "guru-tk-muslimat.xlsx")

    def cancel_on_first_write(done, total, message):  # the clerk presses Cancel while rows are written
        progress.cancel()
    progress = Progress(cancel_on_first_write, min_interval=0)
    with pytest.raises(Cancelled):
        commit(db, preview, progress=progress, backup=False)
    with db.read() as session:
        assert session.scalar(select(Person.id)) is None


def test_units_file_with_parents_in_the_file(db, tmp_path):
    from desktop.models import OrgUnit
    path = _xlsx(tmp_path / "unit.xlsx", [["PC Muslimat NU Kab. Mojokerto", "", ""],
                                          ["PAC Muslimat NU Sooko", "PC Muslimat NU Kab. Mojokerto", "Sooko"],
                                          ["Ranting Japan", "PAC Muslimat NU Sooko", "Sooko"],
                                          ["Ranting Japan", "PAC Muslimat NU Sooko", "Sooko"]],
                 ["Nama Unit", "Induk", "Kecamatan"])
    preview = prepare(db, path, "units", ImportOptions())
    assert [o.status for o in preview.rows] == ["new", "new", "new", "duplicate"]
    commit(db, preview)
    with db.read() as session:
        rows = {u.name: u for u in session.scalars(select(OrgUnit))}
        assert rows["Ranting Japan"].parent_id == rows["PAC Muslimat NU Sooko"].id
        assert (rows["Ranting Japan"].level, rows["PAC Muslimat NU Sooko"].region_code) == (2, "35.16.13")
    assert [o.status for o in prepare(db, path, "units", ImportOptions()).rows] == ["same", "same", "same",
                                                                                    "duplicate"]


def test_the_preview_reads_the_file_again_when_it_was_saved_after_the_mapping_step(db, tmp_path):
    import os
    siti = [1, "Siti Aminah", "3516134505800001", "Mojokerto, 05-05-1980", "P", "", ""]
    path = _xlsx(tmp_path / "guru.xlsx", [siti])
    opened = layout(db, path, "persons")  # the wizard's mapping step: the parsed sheet is kept
    first = prepare(db, path, "persons", ImportOptions(reference=REFERENCE), opened=opened)
    assert [o.values["name"] for o in first.rows] == ["Siti Aminah"]
    # the clerk fixes the file in Excel before pressing Next again
    _xlsx(path, [siti, [2, "Umi Kulsum", "3516084107800001", "Mojokerto, 01-07-1980", "P", "", ""]])
    later = os.stat(path).st_mtime_ns + 2_000_000_000
    os.utime(path, ns=(later, later))
    again = prepare(db, path, "persons", ImportOptions(reference=REFERENCE), opened=opened)
    assert [o.values["name"] for o in again.rows] == ["Siti Aminah", "Umi Kulsum"]
    assert again.file_sha256 != first.file_sha256

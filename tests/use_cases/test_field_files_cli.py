"""Issue #18: command-line values that cannot be parsed are the user's error (exit 2), and a unit
whose name names another kecamatan than its region code warns, naming both."""
from __future__ import annotations

from pathlib import Path

import openpyxl


def _roster(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nama", "NIK"])
    sheet.append(["Siti Aminah", "3516135205750003"])
    book.save(path)
    return path


def test_an_impossible_reference_date_is_the_users_error(cli, tmp_path):
    result = cli("import", "persons", str(_roster(tmp_path / "a.xlsx")), "--dry-run", "--reference", "31-02-2020")
    assert result.exit_code == 2
    assert "--reference: Tanggal '31-02-2020' tidak ada di kalender" in result.output
    assert "tidak terduga" not in result.output


def test_a_list_setting_that_is_no_list_is_the_users_error(cli):
    result = cli("settings", "set", "level_names", "[PC, PAC")
    assert result.exit_code == 2 and "level_names" in result.output and "tidak terduga" not in result.output


def test_unit_named_after_another_kecamatan_warns_naming_both(cli):
    cli("unit", "add", "PC Muslimat NU Kab. Mojokerto", "--region", "35.16")
    result = cli("unit", "add", "PAC Muslimat NU Mojosari", "--parent", "PC Muslimat NU Kab. Mojokerto",
                 "--region", "35.16.07")
    assert result.exit_code == 0
    assert ("Peringatan: Nama unit 'PAC Muslimat NU Mojosari' menyebut Kecamatan Mojosari (35.16.08), tetapi kode "
            "wilayahnya 35.16.07 adalah Kecamatan Kutorejo.") in result.output
    right = cli("unit", "add", "PAC Muslimat NU Kutorejo", "--parent", "PC Muslimat NU Kab. Mojokerto",
                "--region", "35.16.07")
    assert "Peringatan" not in right.output
    spaced = cli("unit", "add", "PAC Dawar Blandong", "--parent", "PC Muslimat NU Kab. Mojokerto",
                 "--region", "35.16.13")
    assert "Kecamatan Dawarblandong" in spaced.output and "Kecamatan Sooko" in spaced.output
    edited = cli("unit", "edit", "PAC Muslimat NU Kutorejo", "--name", "PAC Muslimat NU Pacet")
    assert "Kecamatan Pacet" in edited.output and "Kecamatan Kutorejo" in edited.output


def test_person_add_show_and_edit_the_name_with_titles(cli):
    added = cli("person", "add", "--name", "Hj. Siti Aminah, S.Pd.I", "--nik", "3516135205750003")
    assert added.exit_code == 0, added.output
    shown = " ".join(cli("person", "show", "--nik", "3516135205750003").output.split())
    assert "Nama Siti Aminah Nama dengan gelar Hj. Siti Aminah, S.Pd.I NIK" in shown
    edited = cli("person", "edit", "--nik", "3516135205750003", "--name-with-titles", "Dra. Hj. Siti Aminah, M.Pd.")
    assert edited.exit_code == 0, edited.output
    shown = " ".join(cli("person", "show", "--nik", "3516135205750003").output.split())
    assert "Nama Siti Aminah Nama dengan gelar Dra. Hj. Siti Aminah, M.Pd. NIK" in shown


def test_migration_0008_splits_names_already_stored_with_titles(empty_location, data_dir):
    from sqlalchemy import select, text

    from desktop import db as dbmod
    from desktop.models import Person
    if "://" not in empty_location:  # a file: its folder is made by open_database, not by Database
        Path(empty_location).parent.mkdir(parents=True, exist_ok=True)
    database = dbmod.Database(empty_location)  # a new database, migrated only to 0004 (SQLite or server)
    dbmod.migrate(database, target="0004")
    with database.engine.begin() as conn:
        for nik, name in (("3516135205750003", "Hj. Siti Aminah, S.Pd.I"), ("3516135205750004", "Umi Kulsum")):
            conn.execute(text("INSERT INTO person (name, name_key, nik, segment, programmes, payer, sector, status,"
                              " has_problems, anonymised) VALUES (:name, :key, :nik, 'BPU', 'JKK JKM', 'SELF',"
                              " 'other', 'belum', :no, :no)"), {"name": name, "key": name.casefold(), "nik": nik,
                                                                 "no": False})
    dbmod.migrate(database)
    with database.read() as session:
        rows = session.execute(select(Person.name, Person.name_key, Person.name_with_titles).order_by(Person.nik))
        assert rows.all() == [("Siti Aminah", "siti aminah", "Hj. Siti Aminah, S.Pd.I"),
                              ("Umi Kulsum", "umi kulsum", None)]
    database.close()

"""Issue #18: command-line values that cannot be parsed are the user's error (exit 2), and a unit
whose name names another kecamatan than its region code warns, naming both."""
from __future__ import annotations

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

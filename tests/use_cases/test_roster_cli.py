"""The CLI creates units, institutions and persons, and explains bad input in Indonesian."""
from __future__ import annotations

from sqlalchemy import select

from desktop.models import Institution, OrgUnit, Person


def test_cli_builds_a_roster(cli, db_path):
    assert cli("init", "--org-name", "PC Fatayat NU Kab. Jombang").exit_code == 0
    assert cli("unit", "add", "PC Fatayat NU Kab. Jombang").exit_code == 0
    assert cli("unit", "add", "PAC Diwek", "--parent", "PC Fatayat NU Kab. Jombang").exit_code == 0
    result = cli("institution", "add", "TK Muslimat NU 05 Japan", "--type", "T.K.", "--npsn", "20512345",
                 "--unit", "PAC Diwek")
    assert result.exit_code == 0, result.output
    result = cli("person", "add", "--nik", "3516135205750003", "--name", "  Hj. Siti  Aminah ", "--unit", "PAC Diwek",
                 "--phone", "+62 812-3456-7890", "--income", "1000000", "--institution", "TK Muslimat NU 05 Japan")
    assert result.exit_code == 0, result.output
    from desktop.db import open_database
    db = open_database(db_path)
    with db.read() as session:
        person = session.scalar(select(Person))
        assert (person.name, person.name_with_titles, person.sex, person.birth_date.isoformat(), person.phone) == (
            "Siti Aminah", "Hj. Siti Aminah", "P", "1975-05-12", "6281234567890")
        assert session.scalar(select(Institution.type)) == "TK"
        assert session.scalar(select(OrgUnit.level).where(OrgUnit.name == "PAC Diwek")) == 1
    db.close()
    listing = cli("person", "list", "--unit", "PC Fatayat NU Kab. Jombang", "--search", "aminah")
    assert "3516••••••••0003" in listing.output and "1 orang cocok." in listing.output
    tree = cli("unit", "list")
    assert "PAC Diwek — 1 orang" in tree.output


def test_bad_nik_is_rejected_naming_the_field(cli):
    result = cli("person", "add", "--nik", "351613520575000", "--name", "Siti")
    assert result.exit_code == 2
    assert "NIK" in result.output and "16 digit" in result.output


def test_duplicate_nik_is_rejected(cli):
    assert cli("person", "add", "--nik", "3516135205750003", "--name", "Siti").exit_code == 0
    result = cli("person", "add", "--nik", "3516 1352 0575 0003", "--name", "Siti A.")
    assert result.exit_code == 2 and "sudah dipakai" in result.output


def test_sex_disagreeing_with_nik_is_a_warning_not_an_error(cli):
    result = cli("person", "add", "--nik", "3516135205750003", "--name", "Ahmad", "--sex", "L")
    assert result.exit_code == 0
    assert "Peringatan" in result.output


def test_edit_delete_restore(cli):
    cli("person", "add", "--nik", "3516135205750003", "--name", "Siti")
    assert cli("person", "edit", "--nik", "3516135205750003", "--name", "Siti Aminah").exit_code == 0
    assert "Siti Aminah" in cli("person", "show", "--nik", "3516135205750003").output
    assert cli("person", "delete", "--nik", "3516135205750003").exit_code == 0
    assert "0 orang cocok." in cli("person", "list").output
    assert "1 orang cocok." in cli("person", "list", "--trash").output
    assert cli("person", "restore", "--nik", "3516135205750003").exit_code == 0
    assert "1 orang cocok." in cli("person", "list").output


def test_contribution_for_a_month_uses_the_dated_rates(cli):
    cli("person", "add", "--nik", "3516135205750003", "--name", "Siti", "--income", "1000000",
        "--programmes", "JKK,JKM,JHT")
    may = cli("contribution", "--nik", "3516135205750003", "--month", "2026-05")
    assert "Rp28.400" in may.output
    march = cli("contribution", "--nik", "3516135205750003", "--month", "2026-03")
    assert "Rp36.800" in march.output


def test_contribution_without_a_rate_is_an_error_not_zero(cli):
    cli("person", "add", "--nik", "3516135205750003", "--name", "Siti", "--income", "1000000", "--segment", "PU",
        "--programmes", "JKK,JKM,JHT,JP")
    result = cli("contribution", "--nik", "3516135205750003", "--month", "2019-06")
    assert result.exit_code == 2 and "belum tersedia" in result.output


def test_unknown_month_is_explained(cli):
    cli("person", "add", "--nik", "3516135205750003", "--name", "Siti", "--income", "1000000")
    result = cli("contribution", "--nik", "3516135205750003", "--month", "Mei")
    assert result.exit_code == 2 and "2026-05" in result.output


def test_contribution_of_an_honorarium_is_priced_at_the_floor_bracket_and_says_the_discount(cli):
    cli("person", "add", "--nik", "3516135205750003", "--name", "Siti", "--income", "300000",
        "--programmes", "JKK,JKM")
    may = cli("contribution", "--nik", "3516135205750003", "--month", "2026-05").output
    assert "golongan penghasilan: dasar Rp1.000.000" in may
    assert "Iuran normal Rp16.800" in may and "PP 50/2025, s.d. Desember 2026: −Rp8.400" in may
    assert "Dibayar Rp8.400" in may and "Rp4.900" not in may
    brackets = cli("rates", "brackets").output
    assert "Rp0 s.d. Rp1.099.000: dasar Rp1.000.000" in brackets and "[pasti]" in brackets
    assert "32 dari 33 golongan: tabel dari sumber tidak resmi — cocokkan dengan Kantor Cabang." in brackets
    listing = cli("rates", "list", "--segment", "BPU").output
    assert "pembayar bukan APBN atau APBD; sektor bukan transportasi" in listing and "weak" not in listing

"""The CLI edits units and institutions and lists persons by unit and search, like the window."""
from __future__ import annotations


def test_unit_and_institution_edit_from_the_cli(cli):
    cli("unit", "add", "PC Muslimat NU Kab. Mojokerto")
    cli("unit", "add", "PAC Sooko", "--parent", "PC Muslimat NU Kab. Mojokerto")
    cli("unit", "add", "Ranting Japan", "--parent", "PC Muslimat NU Kab. Mojokerto")
    result = cli("unit", "edit", "Ranting Japan", "--parent", "PAC Sooko", "--chair", "Hj. Umi")
    assert result.exit_code == 0, result.output
    assert "    [3] Ranting Ranting Japan — 0 orang" in cli("unit", "list").output
    cli("institution", "add", "TK Dharma Wanita", "--type", "TK", "--npsn", "20512345", "--unit", "PAC Sooko")
    result = cli("institution", "edit", "20512345", "--name", "TK Muslimat NU 05 Japan", "--type", "t.k.")
    assert result.exit_code == 0, result.output
    assert "[1] TK    TK Muslimat NU 05 Japan — NPSN 20512345 — 0 orang" in cli("institution", "list").output
    cli("person", "add", "--nik", "3516135205750003", "--name", "Siti Aminah", "--unit", "Ranting Japan",
        "--institution", "TK Muslimat NU 05 Japan")
    assert "1 orang cocok." in cli("person", "list", "--unit", "PAC Sooko", "--search", "3516135").output
    refused = cli("institution", "delete", "TK Muslimat NU 05 Japan")
    assert refused.exit_code == 2 and "masih punya 1 orang" in refused.output
    refused = cli("unit", "delete", "Ranting Japan")
    assert refused.exit_code == 2 and "masih punya anggota" in refused.output
    cycle = cli("unit", "edit", "PAC Sooko", "--parent", "Ranting Japan")
    assert cycle.exit_code == 2 and "tidak boleh" in cycle.output


def test_an_empty_unit_and_institution_go_to_the_trash_and_come_back(cli):
    cli("unit", "add", "PC Muslimat NU Kab. Mojokerto")
    cli("unit", "add", "PAC Sooko", "--parent", "PC Muslimat NU Kab. Mojokerto")
    cli("institution", "add", "TPQ Al-Hidayah", "--type", "tpa", "--unit", "PAC Sooko")
    assert cli("institution", "delete", "TPQ Al-Hidayah").exit_code == 0
    assert "0 lembaga." in cli("institution", "list").output
    assert cli("unit", "delete", "PAC Sooko").exit_code == 0
    assert "PAC Sooko" not in cli("unit", "list").output
    assert cli("unit", "restore", "2").exit_code == 0
    assert cli("institution", "restore", "1").exit_code == 0
    assert "[1] TPQ   TPQ Al-Hidayah" in cli("institution", "list", "--unit", "PAC Sooko").output
    again = cli("unit", "restore", "2")
    assert again.exit_code == 2 and "Tidak ada unit terhapus" in again.output

"""Organisation profile: checked settings, export/import between two databases, and the CLI."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from desktop import profile, settings
from desktop.db import open_database
from desktop.errors import UserError
from desktop.models import AuditEntry, DocumentTemplate, ExportPreset, Person

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
# a template the PKS can print (profile import checks it as the template editor does)
PKS_BODY = "= PERJANJIAN {nama_organisasi}\n\n## KETENTUAN\nIsi."


def test_settings_are_checked_before_they_are_stored(db):
    with db.write() as session:
        with pytest.raises(UserError, match="35.99"):
            profile.apply_settings(session, district_code="35.99")
        with pytest.raises(UserError, match="nomor"):
            profile.apply_settings(session, pks_number_pattern="{tahun}/PKS")
        with pytest.raises(UserError, match="tingkatan"):
            profile.apply_settings(session, level_names=["PC", ""])
        with pytest.raises(UserError, match="JKX"):
            profile.apply_settings(session, default_programmes=["JKK", "JKX"])
        cfg = profile.apply_settings(session, district_code="35.17", level_names=["PC", "PAC", "Ranting"],
                                     pks_number_pattern="{nomor}/PC-FTY/{bulan_romawi}/{tahun}")
    assert cfg.district_code == "35.17"
    with db.read() as session:
        assert settings.load(session).level_names == ["PC", "PAC", "Ranting"]


def test_district_picker_lists_kabupaten_with_their_province(db):
    with db.read() as session:
        choices = dict(profile.district_choices(session))
    assert choices["35.17"] == "Kabupaten Jombang — Jawa Timur"
    assert choices["35.76"].startswith("Kota Mojokerto")
    assert len(choices) > 500


def test_profile_travels_to_another_database_without_personal_data(db, tmp_path, mojokerto):
    logo_file = tmp_path / "logo.png"
    logo_file.write_bytes(PNG)
    with db.write() as session:
        profile.apply_settings(session, org_name="Pimpinan Wilayah Fatayat NU Jawa Timur",
                               org_short_name="PW Fatayat NU Jatim", level_names=["PW", "PC", "PAC", "Ranting"])
        settings.save(session, logo_path=str(profile.copy_logo(logo_file)), first_run_done=True)
        session.add(DocumentTemplate(kind="pks", version=1, body=PKS_BODY, active=True))
        session.add(ExportPreset(name="Unggah BPU Jatim", segment="BPU",
                                 columns=json.dumps([{"header": "NIK", "field": "nik", "format": "text"}])))
        session.add(Person(name="Siti Aminah", name_key="siti aminah", nik="3516135708800001"))
    target = tmp_path / "profil.json"
    with db.write() as session:
        profile.export_profile(session, target)
    text = target.read_text(encoding="utf-8")
    assert "Siti Aminah" not in text and "3516135708800001" not in text
    data = json.loads(text)
    assert "first_run_done" not in data["settings"] and data["logo"]["suffix"] == ".png"

    other = open_database(tmp_path / "cabang.sqlite")
    try:
        with other.write() as session:
            summary = profile.import_profile(session, target)
        assert summary.templates == 1 and summary.presets_added == 1 and summary.logo
        with other.read() as session:
            cfg = settings.load(session)
            assert cfg.org_short_name == "PW Fatayat NU Jatim"
            assert cfg.level_names == ["PW", "PC", "PAC", "Ranting"]
            assert cfg.first_run_done is False  # the cabang still confirms its own names
            from pathlib import Path
            assert Path(cfg.logo_path).read_bytes() == PNG
            assert session.scalar(select(DocumentTemplate.body).where(DocumentTemplate.active.is_(True))) \
                == PKS_BODY
            assert session.scalar(select(func.count(Person.id))) == 0
            assert session.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc())) == "profile_import"
        # importing the same profile again adds no second template version and updates the preset
        with other.write() as session:
            again = profile.import_profile(session, target)
        assert again.templates == 0 and again.presets_updated == 1
    finally:
        other.close()


def test_a_bad_profile_changes_nothing(db, tmp_path):
    wrong = tmp_path / "bukan.json"
    wrong.write_text('{"format": "lain"}', encoding="utf-8")
    with pytest.raises(UserError, match="bukan.json"):
        profile.read_profile(wrong)
    broken = tmp_path / "rusak.json"
    broken.write_text(json.dumps({"format": profile.FORMAT, "version": 1,
                                  "settings": {"org_short_name": "Baru", "district_code": "99.99"}}),
                      encoding="utf-8")
    with pytest.raises(UserError, match="99.99"):
        with db.write() as session:
            profile.import_profile(session, broken)
    with db.read() as session:
        assert settings.load(session).org_short_name == "PC Muslimat NU Kab. Mojokerto"


def test_cli_settings_and_profile(cli, tmp_path):
    result = cli("settings", "set", "level_names", "Cabang, Ranting")
    assert result.exit_code == 0, result.output
    assert cli("settings", "show", "level_names").output.strip() == "Cabang, Ranting"
    assert cli("settings", "set", "first_run_done", "ya").exit_code == 0
    assert "first_run_done" in cli("settings", "show").output
    bad = cli("settings", "set", "district_code", "12.345")
    assert bad.exit_code == 2 and "12.345" in bad.output
    assert cli("settings", "set", "warna", "biru").exit_code == 2
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    assert cli("settings", "set", "logo_path", str(logo)).exit_code == 0
    stored = cli("settings", "show", "logo_path").output.strip()
    assert stored != str(logo) and open(stored, "rb").read() == PNG  # a copy the app keeps
    assert cli("settings", "set", "logo_path", str(tmp_path / "logo.gif")).exit_code == 2
    target = tmp_path / "profil.json"
    assert cli("profile", "export", str(target)).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["settings"]["level_names"] == ["Cabang", "Ranting"]
    assert cli("settings", "set", "level_names", "PC,PAC").exit_code == 0
    result = cli("profile", "import", str(target))
    assert result.exit_code == 0, result.output
    assert cli("settings", "show", "level_names").output.strip() == "Cabang, Ranting"

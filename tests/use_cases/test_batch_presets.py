"""Export presets: the shipped two, copies the clerk edits (order, names, codes), files to share them."""
from __future__ import annotations

import json

import openpyxl
import pytest

from desktop.batches import check, export, lifecycle, presets
from desktop.errors import UserError
from tests.use_cases.test_batch_lifecycle import PERIOD, allow_older_bpu, sooko_roster


def test_shipped_presets_are_seeded_once(db):
    for _ in range(2):
        with db.write() as session:
            presets.ensure_builtin_presets(session)
    with db.read() as session:
        shipped = presets.list_presets(session)
    assert [(p.name, p.segment, p.builtin) for p in shipped] == [
        (presets.BPU_PRESET, "BPU", True), (presets.PU_PRESET, "PU", True)]
    bpu = shipped[0]
    assert [c.header for c in bpu.columns][:6] == ["No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir",
                                                  "Jenis Kelamin"]
    assert bpu.columns[-1].header == "No KPJ" and len(bpu.columns) == 23


def test_a_copy_can_be_reordered_renamed_and_given_codes(db, samples, mojokerto, tmp_path):
    with db.write() as session:
        presets.ensure_builtin_presets(session)
        copy_id = presets.copy_preset(session, presets.BPU_PRESET, "BPU KC Mojokerto")
        edited = presets.get_preset(session, copy_id)
        columns = edited.columns
        columns.insert(0, columns.pop(2))  # Nama Lengkap first
        columns[1].header = "NO"
        sex = next(c for c in columns if c.field == "sex")
        sex.codes = {"L": "1", "P": "2"}
        columns.append(presets.Column("Keterangan", "blank"))
        presets.save_preset(session, edited)
        with pytest.raises(UserError, match="tidak dapat dihapus"):
            presets.delete_preset(session, presets.BPU_PRESET)
    sooko_roster(db, samples, mojokerto["sooko"])
    allow_older_bpu(db)
    with db.write() as session:
        batch_id, _, _ = lifecycle.create_batch(session, lifecycle.BatchSpec(period_start=PERIOD,
                                                                             preset="BPU KC Mojokerto"))
        assert check.check_batch(session, batch_id).ok
    result = export.export_batch(db, batch_id, tmp_path)
    rows = list(openpyxl.load_workbook(result.path)[export.DATA_SHEET].iter_rows(values_only=True))
    assert rows[0][:3] == ("Nama Lengkap", "NO", "NIK") and rows[0][-1] == "Keterangan"
    assert {r[rows[0].index("Jenis Kelamin")] for r in rows[1:]} == {"2"}


def test_presets_travel_as_json_files(db, cli, tmp_path):
    path = tmp_path / "preset.json"
    assert cli("preset", "copy", presets.PU_PRESET, "PU Lembaga").exit_code == 0
    assert cli("preset", "export", "PU Lembaga", str(path)).exit_code == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["name"] == "PU Lembaga" and data["columns"][1]["header"] == "NIK"
    again = cli("preset", "import", str(path), "--name", "PU dari PC lain")
    assert again.exit_code == 0, again.output
    listed = cli("preset", "list").output
    assert "PU dari PC lain (PU): 24 kolom" in listed
    duplicate = cli("preset", "import", str(path))
    assert duplicate.exit_code == 2 and "sudah ada" in duplicate.output


def test_a_preset_with_an_unknown_field_is_refused(db):
    with db.write() as session, pytest.raises(UserError, match="isian 'tanggal_nikah' tidak dikenal"):
        presets.save_preset(session, presets.Preset(None, "Rusak", "BPU", [presets.Column("Nikah", "tanggal_nikah")]))


def test_a_preset_from_an_organisation_profile_is_read_leniently(db):
    """Profiles written by other versions may carry other format names or extra keys."""
    from desktop.models import ExportPreset
    with db.write() as session:
        session.add(ExportPreset(name="Unggah BPU Jatim", segment="BPU", columns=json.dumps(
            [{"header": "NIK", "field": "nik", "format": "text", "width": 20}])))
    with db.read() as session:
        loaded = presets.get_preset(session, "Unggah BPU Jatim")
    assert [(c.header, c.field, c.cell_format) for c in loaded.columns] == [("NIK", "nik", "teks")]

"""Each operation leaves its audit entry (issue 15): a settings change, a preset saved, copied or
deleted, and a batch check are in `jamsos audit list` with their Indonesian label, whichever front end
made them; a refused change leaves none."""
from __future__ import annotations

from sqlalchemy import select

from desktop.models import AuditEntry
from desktop.operations import presets as preset_ops, settings as settings_ops


def _entries(db, action: str) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry.what).where(AuditEntry.action == action)))


def test_a_settings_change_is_logged_by_name_not_value(db, cli):
    assert cli("settings", "set", "secretary_name", "Hj. Siti Aminah").exit_code == 0
    assert _entries(db, "settings_change") == ["Pengaturan diubah: secretary_name"]
    assert cli("settings", "set", "level_names", "").exit_code == 2  # refused: nothing logged
    assert len(_entries(db, "settings_change")) == 1
    listed = cli("audit", "list").output
    assert "Ubah pengaturan" in listed and "Siti" not in listed


def test_preset_changes_are_logged(db, cli):
    assert cli("preset", "copy", "BPU kolektif", "BPU kantor").exit_code == 0
    saved = preset_ops.ensure_builtin(db).value
    copy = next(p for p in saved if p.name == "BPU kantor")
    preset_ops.save(db, copy)
    assert cli("preset", "delete", "BPU kantor").exit_code == 0
    assert _entries(db, "preset_copy") == ["Preset ekspor 'BPU kantor' disalin dari 'BPU kolektif'"]
    assert _entries(db, "preset_save") == ["Preset ekspor 'BPU kantor' disimpan"]
    assert _entries(db, "preset_delete") == ["Preset ekspor 'BPU kantor' dihapus"]
    assert "Hapus preset" in cli("audit", "list").output


def test_an_empty_settings_apply_changes_nothing(db):
    result = settings_ops.apply(db)
    assert not result.changes and _entries(db, "settings_change") == []

"""Operations on export presets (the columns of a batch file)."""
from __future__ import annotations

from pathlib import Path

from desktop import audit
from desktop.batches import presets
from desktop.db import Database
from desktop.operations import Changes, OpResult, one_write

PRESETS = Changes(batches=True, audit=True)


def ensure_builtin(db: Database) -> OpResult[list[presets.Preset]]:
    """The shipped presets exist (they are created on first use); the value is every preset."""
    with one_write(db) as session:
        presets.ensure_builtin_presets(session)
        every = presets.list_presets(session)
    return OpResult(every, Changes())


def save(db: Database, preset: presets.Preset) -> OpResult[int]:
    with one_write(db) as session:
        preset_id = presets.save_preset(session, preset)  # writes its own audit entry, keyed to the row
    return OpResult(preset_id, PRESETS)


def copy(db: Database, preset: str | int, new_name: str) -> OpResult[int]:
    """A copy of a preset (a shipped one too) under a new name, to be changed."""
    with one_write(db) as session:
        presets.ensure_builtin_presets(session)
        preset_id = presets.copy_preset(session, preset, new_name)  # audited as a copy, keyed to the row
    return OpResult(preset_id, PRESETS)


def delete(db: Database, preset: str | int) -> OpResult[None]:
    with one_write(db) as session:
        name = presets.get_preset(session, preset).name
        presets.delete_preset(session, preset)
        audit.record(session, "preset_delete", f"Preset ekspor '{name}' dihapus")
    return OpResult(None, PRESETS)


def import_file(db: Database, source: Path, *, rename: str | None = None) -> OpResult[presets.Preset]:
    """Load a preset from a JSON file (another PC's or organisation's); the value is the preset saved."""
    text = source.read_text(encoding="utf-8")
    with one_write(db) as session:
        preset_id = presets.import_preset_json(session, text, file_name=source.name, rename=rename)
        saved = presets.get_preset(session, preset_id)
    return OpResult(saved, PRESETS)

"""Operations on the organisation's settings."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop import audit, profile, settings
from desktop.db import Database
from desktop.operations import Changes, OpResult, one_write

SETTINGS = Changes(settings=True, audit=True)


def apply(db: Database, *, expected: dict[str, Any] | None = None, labels: dict[str, str] | None = None,
          **changes: Any) -> OpResult[settings.OrgSettings]:
    """Check then store settings (the wizard, the preferences dialog, `jamsos settings set` and
    `jamsos init`); a bad value is refused before anything is stored. The value is the settings now.
    `expected`: what the dialog showed (refused if another desk changed one of these meanwhile)."""
    with one_write(db) as session:
        cfg = profile.apply_settings(session, expected=expected, labels=labels, **changes)
        if changes:  # the names, not the values: a signatory's name is personal data
            audit.record(session, "settings_change", f"Pengaturan diubah: {', '.join(sorted(changes))}")
    return OpResult(cfg, SETTINGS if changes else Changes())


def import_profile(db: Database, source: Path) -> OpResult[profile.ProfileSummary]:
    """Apply an organisation profile: a wrong file is refused before any backup is taken."""
    profile.read_profile(source)
    with one_write(db, backup="impor profil") as session:
        summary = profile.import_profile(session, source)
    return OpResult(summary, Changes(settings=True, documents=True, batches=True, audit=True))


def export_profile(db: Database, target: Path) -> OpResult[profile.ProfileSummary]:
    """Write the organisation profile (settings, templates, presets, logo; never personal data)."""
    with one_write(db) as session:
        summary = profile.export_profile(session, target)
    return OpResult(summary, Changes(audit=True))

"""Operations on the organisation's settings."""
from __future__ import annotations

from pathlib import Path

from desktop import profile
from desktop.db import Database
from desktop.operations import Changes, OpResult, one_write


def import_profile(db: Database, source: Path) -> OpResult[profile.ProfileSummary]:
    """Apply an organisation profile: a wrong file is refused before any backup is taken."""
    profile.read_profile(source)
    with one_write(db, backup="impor profil") as session:
        summary = profile.import_profile(session, source)
    return OpResult(summary, Changes(settings=True, documents=True, batches=True, audit=True))

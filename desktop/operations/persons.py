"""Operations on persons."""
from __future__ import annotations

from desktop.db import Database
from desktop.importing import merge as merging
from desktop.operations import Changes, OpResult, one_write


def merge(db: Database, keep_id: int, drop_id: int, *, nik: str | None = None) -> OpResult[list[str]]:
    """Merge `drop_id` into `keep_id` (a backup first); the value is the fields filled from the dropped one."""
    with one_write(db, backup="gabung") as session:
        filled = merging.merge_persons(session, keep_id, drop_id, nik=nik)
    return OpResult(filled, Changes(persons=True, batches=True, audit=True))

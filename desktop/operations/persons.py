"""Operations on persons.

Adding and editing one person (the person editor's save, `jamsos person add`/`person edit`) are
not here yet: they are being changed for optimistic versions and are the last to convert."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.db import Database
from desktop.operations import Changes, OpResult, one_write
from desktop.roster import bulk_edit as bulk, history, queries

ROSTER = Changes(persons=True, audit=True)


def merge(db: Database, keep_id: int, drop_id: int, *, nik: str | None = None) -> OpResult[list[str]]:
    """Merge `drop_id` into `keep_id` (a backup first); the value is the fields filled from the dropped one."""
    from desktop.importing import merge as merging  # imported when used: `jamsos unit list` stays light
    with one_write(db, backup="gabung") as session:
        filled = merging.merge_persons(session, keep_id, drop_id, nik=nik)
    return OpResult(filled, Changes(persons=True, batches=True, audit=True))


def trash(db: Database, person_ids: list[int]) -> OpResult[history.Step]:
    """Move persons to the trash (restorable); the value is the window's undo step."""
    with one_write(db) as session:
        step = history.trash_persons(session, person_ids)
    return OpResult(step, ROSTER)


def restore(db: Database, person_ids: list[int]) -> OpResult[history.Step]:
    """Take persons back out of the trash; the value is the window's undo step."""
    with one_write(db) as session:
        step = history.restore_persons(session, person_ids)
    return OpResult(step, ROSTER)


@dataclass(frozen=True)
class BulkEdited:
    step: history.Step
    count: int
    described: str  # "Pekerjaan → Guru TK/RA/KB/PAUD, Segmen → BPU"


def bulk_edit(db: Database, person_ids: list[int], change: bulk.BulkChange) -> OpResult[BulkEdited]:
    """Occupation, segment, payer or programmes for many persons in one transaction."""
    with one_write(db) as session:
        step = bulk.bulk_edit(session, person_ids, change)
        described = change.describe(session)
    return OpResult(BulkEdited(step, len(set(person_ids)), described), ROSTER)


def intake_sheet(db: Database, target: str | Path, *, person_ids: list[int] | None = None,
                 flt: queries.PersonFilter | None = None, preset: str | None = None) -> OpResult[int]:
    """The sheet for a PAC of what the chosen persons (else everyone in `flt`) lack for a batch; the
    value is how many persons it holds. Written in a write transaction: the built-in presets may be
    created and the export is logged."""
    from desktop.batches import missing  # openpyxl, imported when used
    with one_write(db) as session:
        chosen_preset = missing.active_preset(session, preset)
        chosen = person_ids if person_ids is not None else queries.person_ids(session, flt or queries.PersonFilter())
        written = missing.write_intake_sheet(session, chosen_preset, chosen, target)
    return OpResult(written, Changes(audit=True))

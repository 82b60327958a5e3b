"""Operations on institutions (KB, TK, RA, PAUD, TPQ, Majelis Taklim).

The institution editor's save (`jamsos institution edit` and the window's editor) is not here yet:
it is being changed for optimistic versions and is the last to convert."""
from __future__ import annotations

from desktop.db import Database
from desktop.operations import Changes, OpResult, one_write
from desktop.roster import history, institutions, units


def add(db: Database, data: institutions.InstitutionData, *, unit: str | int | None = None) -> OpResult[int]:
    """A new institution; `unit` (name or id) sets its unit when given."""
    with one_write(db) as session:
        if unit:
            data.unit_id = units.find_unit(session, unit).id
        inst_id = institutions.add_institution(session, data)
    return OpResult(inst_id, Changes(institutions=True, audit=True))


def trash(db: Database, institution: str | int) -> OpResult[history.Step]:
    """Delete an institution without persons (restorable); the value is the window's undo step."""
    with one_write(db) as session:
        step = history.trash_institution(session, institutions.find_institution(session, institution).id)
    return OpResult(step, Changes(institutions=True, audit=True))


def restore(db: Database, inst_id: int) -> OpResult[None]:
    with one_write(db) as session:
        institutions.restore_institution(session, inst_id)
    return OpResult(None, Changes(institutions=True, audit=True))

"""Operations on organisation units (PC → PAC → Ranting).

The unit editor's save (add and edit in the window, `jamsos unit edit`) is not here yet: it is being
changed for optimistic versions and is the last to convert."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.db import Database
from desktop.operations import Changes, OpResult, one_write
from desktop.roster import history, units


@dataclass(frozen=True)
class AddedUnit:
    id: int
    warning: str | None  # the region does not look like the name (said, not refused)


def add(db: Database, name: str, *, parent: str | int | None = None,
        region_code: str | None = None) -> OpResult[AddedUnit]:
    """A new unit under `parent` (name or id; None: a top unit)."""
    with one_write(db) as session:
        parent_id = units.find_unit(session, parent).id if parent else None
        unit_id = units.add_unit(session, name, parent_id=parent_id, region_code=region_code)
        warning = units.region_warning(session, name, region_code)
    return OpResult(AddedUnit(unit_id, warning), Changes(units=True, audit=True))


def trash(db: Database, unit: str | int) -> OpResult[history.Step]:
    """Delete an empty unit (restorable); the value is the window's undo step."""
    with one_write(db) as session:
        step = history.trash_unit(session, units.find_unit(session, unit).id)
    return OpResult(step, Changes(units=True, audit=True))


def restore(db: Database, unit_id: int) -> OpResult[None]:
    with one_write(db) as session:
        units.restore_unit(session, unit_id)
    return OpResult(None, Changes(units=True, audit=True))

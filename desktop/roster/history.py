"""Undo for this session's roster edits: each edit returns how to take it back.

The window keeps one `History`; every save, trash and restore it makes goes through the functions
here, which call the same use cases as the CLI (persons.add_person/update_person/…) and push a
`Step` whose `undo` runs in its own write transaction. The history lives in memory only: closing
the window forgets it (the audit log keeps what happened).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop import audit
from desktop.errors import UserError
from desktop.models import Person
from desktop.roster import institutions, persons, units


@dataclass(frozen=True)
class Step:
    label: str  # what the Undo menu item says, e.g. "Urungkan ubah data Siti Aminah"
    undo: Callable[[Session], None]


class History:
    def __init__(self, limit: int = 50):
        self.limit = limit
        self.steps: list[Step] = []

    def push(self, step: Step) -> None:
        self.steps.append(step)
        del self.steps[:-self.limit]

    def last_label(self) -> str | None:
        return self.steps[-1].label if self.steps else None

    def undo(self, db) -> str:  # noqa: ANN001 - desktop.db.Database
        """Take back the last step in one transaction; returns its label. Raises UserError when empty."""
        if not self.steps:
            raise UserError("Tidak ada perubahan yang dapat diurungkan.")
        step = self.steps[-1]
        with db.write() as session:
            step.undo(session)
        self.steps.pop()
        return step.label


def save_person(session: Session, person_id: int | None, data: persons.PersonData) -> tuple[int, Step]:
    """Add (person_id None) or update a person; the step undoes exactly that."""
    if person_id is None:
        new_id = persons.add_person(session, data)
        return new_id, Step(f"tambah {data.name.strip()}", lambda s: _forget_new(s, new_id))
    before = persons.person_data(session, person_id)
    persons.update_person(session, person_id, data)
    after = persons.person_data(session, person_id)
    return person_id, Step(f"ubah data {before.name}", lambda s: put_back(s, person_id, before, after))


def put_back(session: Session, person_id: int, before: persons.PersonData, after: persons.PersonData, *,
             audited: bool = True) -> None:
    """Undo of one save: `before` goes back if the person still holds what the save left (`after`);
    if another desk changed it since, the undo is refused like any stale save (their change is not
    lost). Versions moved on by this session's own later steps (a trash and its undo) do not count."""
    now = persons.person_data(session, person_id)
    before.version = now.version if not persons.differing_fields(now, after) else after.version
    persons.update_person(session, person_id, before, audited=audited)


def _forget_new(session: Session, person_id: int) -> None:
    """Undo of an add made in this session: the row goes away entirely (it never existed before)."""
    person = session.get(Person, person_id)
    if person is not None:
        session.delete(person)
        audit.record(session, "person_undo_add", "Penambahan orang diurungkan", person_count=1)


def trash_persons(session: Session, ids: Iterable[int]) -> Step:
    ids = list(ids)
    for person_id in ids:
        persons.delete_person(session, person_id)
    return Step(f"hapus {_count_label(ids)}", lambda s: [persons.restore_person(s, i) for i in ids] and None)


def restore_persons(session: Session, ids: Iterable[int]) -> Step:
    ids = list(ids)
    for person_id in ids:
        persons.restore_person(session, person_id)
    return Step(f"pulihkan {_count_label(ids)}", lambda s: [persons.delete_person(s, i) for i in ids] and None)


def _count_label(ids: list[int]) -> str:
    return f"{len(ids)} orang"


def trash_unit(session: Session, unit_id: int) -> Step:
    name = units.find_unit(session, unit_id).name
    units.delete_unit(session, unit_id)
    return Step(f"hapus unit {name}", lambda s: units.restore_unit(s, unit_id))


def trash_institution(session: Session, inst_id: int) -> Step:
    name = institutions.find_institution(session, inst_id).name
    institutions.delete_institution(session, inst_id)
    return Step(f"hapus lembaga {name}", lambda s: institutions.restore_institution(s, inst_id))

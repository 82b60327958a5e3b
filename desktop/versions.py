"""No lost update: a save names the version of the record it read, and a record that moved on since
is refused (issue 21: several desks on one server).

Every editable record carries `version` (desktop.models.base.Versioned): 1 when made, one more on
every save. `claim` runs first in a save's write transaction: it compares the version the editor
read with the stored one, then raises the stored version by one with
`UPDATE … SET version = v + 1 WHERE id = … AND version = v`. On PostgreSQL that UPDATE waits for a
second desk saving the same record at the same moment and then matches no row, so exactly one of
the two saves goes through; on SQLite writers take turns anyway. The refusal (`StaleRecord`) says who
changed the record, when (its last audit entry, `audit_log.record`) and which fields differ, and
carries the stored values so the window can offer "keep mine / take theirs" per field.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from desktop import clock
from desktop.errors import UserError
from desktop.models import AuditEntry


def record_key(row) -> str:  # noqa: ANN001 - a Versioned ORM row
    """"person:12": what an audit entry about this record stores in `record`."""
    return f"{row.__tablename__}:{row.id}"


@dataclass(frozen=True)
class LastChange:
    actor: str
    at: dt.datetime | None
    fields: tuple[str, ...] = ()  # what that save changed, as its audit entry says


def last_change(session: Session, key: str) -> LastChange:
    """Who saved the record last, and when (its newest audit entry); a desk is named if nobody is."""
    entry = session.execute(select(AuditEntry.actor, AuditEntry.at, AuditEntry.fields).where(AuditEntry.record == key)
                            .order_by(AuditEntry.id.desc()).limit(1)).first()
    if entry is None:
        return LastChange("meja lain", None)
    return LastChange(entry.actor, entry.at, tuple(f for f in (entry.fields or "").split(",") if f))


class StaleRecord(UserError):
    """A save refused because the record changed since it was opened; nothing was written.

    `fields` names what differs between the save and the stored record (field names), `theirs` is
    the stored record as plain data and `version` its version: saving the merged data with this
    version goes through (unless it moved on again)."""

    def __init__(self, message: str, *, fields: list[str], theirs: Any, version: int, change: LastChange):
        super().__init__(message)
        self.fields, self.theirs, self.version, self.change = fields, theirs, version, change


def claim(session: Session, row, seen: int | None, *, what: str, labels: dict[str, str],  # noqa: ANN001
          differences: Callable[[], tuple[list[str], Any]]) -> None:
    """Take the right to save `row` (loaded in this transaction) for an editor that read version
    `seen` (None: read in this same transaction, nothing to compare). Refuses with `StaleRecord` when
    the record moved on; `differences()` gives (differing field names, the stored record as data)."""
    current = row.version
    if seen is None or seen == current:
        done = session.execute(update(row.__table__).where(row.__table__.c.id == row.id,
                                                           row.__table__.c.version == current)
                               .values(version=current + 1)).rowcount
        if done == 1:
            set_committed_value(row, "version", current + 1)  # the ORM's copy in step, no second UPDATE
            row.__dict__["_version_claimed"] = True  # the save's own UPDATE does not count again
            return
        session.refresh(row)  # another desk saved it between our read and our write
    fields, theirs = differences()
    raise stale(session, record_key(row), what=what, labels=labels, fields=fields, theirs=theirs, version=row.version,
                changed_at=getattr(row, "updated_at", None))


def stale(session: Session, key: str, *, what: str, labels: dict[str, str], fields: list[str], theirs: Any,
          version: int, changed_at: dt.datetime | None = None) -> StaleRecord:
    """The refusal of a save of record `key` that moved on to `version` (who, when, what differs).
    `changed_at`: when the row was last written; if its newest audit entry is older, the change came
    from an action that does not name single records (a batch answer, an import): no name is guessed."""
    change = last_change(session, key)
    if changed_at is not None and (change.at is None or change.at < changed_at - dt.timedelta(seconds=2)):
        change = LastChange("meja lain", changed_at)
    when = f" pada {clock.local(change.at):%d-%m-%Y %H:%M}" if change.at else ""
    theirs_changed = f" (yang diubahnya: {_names(change.fields, labels)})" if change.fields else ""
    differ = _names(fields, labels) or "tidak ada"
    return StaleRecord(
        f"{what} sudah diubah oleh {change.actor}{when}{theirs_changed} sejak Anda membukanya; simpanan Anda "
        f"tidak ditulis, tidak ada yang hilang. Isian yang berbeda antara simpanan Anda dan data terbaru: "
        f"{differ}. Buka lagi datanya (atau pilih per isian: isian Anda atau isian terbaru), lalu simpan lagi.",
        fields=fields, theirs=theirs, version=version, change=change)


def _names(fields, labels: dict[str, str]) -> str:  # noqa: ANN001
    return ", ".join(labels.get(f, f) for f in fields)

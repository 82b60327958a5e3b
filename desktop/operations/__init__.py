"""One user action = one operation (the seam between the core, the window and the CLI).

An operation is a public function that takes the `Database` (never a session) and plain arguments.
It owns everything the action needs to be complete and safe:

- its backup, when the action is risky (`backup_before`, taken before the write starts);
- its one write transaction (all or nothing);
- its audit entry (UU 27/2022 Pasal 31), written inside that same transaction;

and it returns an `OpResult`: plain data for the caller to show, plus the `Changes` it made, so the
window can refresh only what changed. The CLI parses, calls one operation and prints; the window
collects input, runs the same operation through its job runner and shows the result. Neither opens
a write transaction of its own for these actions.

Modelled on Anki's `OpChanges` (pylib) and `CollectionOp` (qt/aqt/operations): the collection
returns what changed and the GUI decides what to redraw.

Operations (one line each; tests/test_operation_parity_table.py finds each used by the window and
the CLI, or says why one side lacks it):
- access.set_password — set, change or remove the window's password
- batches.create / check / remove_persons / cancel — a batch for the Kantor Cabang from draft to cancelled
- batches.export / answer — the file for the Kantor Cabang and its answer read back (backup first)
- claims.add / update / delete — the claim register
- documents.print_on_paper — send a registered document to a printer and record the paper copy
- documents.save_pdf_copy — copy a printed PDF elsewhere and record where the personal data went
- documents.save_template / activate_template — PKS template versions
- importing.run — store a checked spreadsheet import preview (backup first)
- institutions.add / trash / restore — institutions (trash returns the window's undo step)
- persons.merge — merge two person records into one (backup "gabung")
- persons.trash / restore / bulk_edit — roster changes of many persons (each returns its undo step)
- persons.intake_sheet — the sheet of what persons lack for a batch, for a PAC to fill in
- presets.ensure_builtin / save / copy / delete / import_file — export presets
- privacy.erase / anonymise — a person's rights over their data (UU 27/2022)
- rates.add_rate / add_bracket / correct_bracket — the contribution rate tables
- settings.apply / import_profile / export_profile — organisation settings and profiles
- units.add / trash / restore — organisation units

Last to convert (their save paths change on another branch): adding and editing one person, unit or
institution (the three editors, `jamsos person add|edit`, `unit edit`, `institution edit`).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from desktop.backup import backup_before
from desktop.db import Database

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """What an operation changed; a page redraws when a flag it shows is set."""

    persons: bool = False
    units: bool = False
    institutions: bool = False
    batches: bool = False
    settings: bool = False
    documents: bool = False
    claims: bool = False
    rates: bool = False
    audit: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def names(self) -> set[str]:
        return {f.name for f in fields(self) if getattr(self, f.name)}


@dataclass(frozen=True)
class OpResult(Generic[T]):
    value: T
    changes: Changes


@contextmanager
def one_write(db: Database, *, backup: str | None = None) -> Iterator[Session]:
    """The backup (if the action is risky), then the operation's one write transaction."""
    if backup:
        backup_before(db, backup)
    with db.write() as session:
        yield session

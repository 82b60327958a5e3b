"""Operations on batches for the Kantor Cabang."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop import audit
from desktop.batches import answer as answer_rules, check as check_rules, export as export_rules, lifecycle
from desktop.db import Database
from desktop.operations import Changes, OpResult, one_write
from desktop.progress import NO_PROGRESS, Progress
from desktop.roster.queries import PersonFilter


@dataclass(frozen=True)
class CreatedBatch:
    batch: lifecycle.BatchSummary
    added: int
    skipped: int  # already enrolled, in another open batch, or another segment/programme set


def create(db: Database, spec: lifecycle.BatchSpec, *, flt: PersonFilter | None = None,
           person_ids: list[int] | None = None) -> OpResult[CreatedBatch]:
    """A new draft batch from the filter or the selected persons."""
    with one_write(db) as session:
        batch_id, added, skipped = lifecycle.create_batch(session, spec, flt=flt, person_ids=person_ids)
        made = lifecycle.list_batches(session, batch_id)[0]
    return OpResult(CreatedBatch(made, added, skipped), Changes(batches=True, audit=True))


def check(db: Database, batch: str | int, progress: Progress = NO_PROGRESS) -> OpResult[check_rules.CheckResult]:
    """Check every person of a batch against its preset; the batch becomes checked when nothing is missing."""
    with one_write(db) as session:
        result = check_rules.check_batch(session, batch, progress)
        audit.record(session, "batch_check", f"Batch {result.number} diperiksa: "
                     f"{len(result.problems)} orang bermasalah", person_count=len(result.problems))
    return OpResult(result, Changes(batches=True, audit=True))


def remove_persons(db: Database, batch: str | int, person_ids: list[int]) -> OpResult[int]:
    """Take persons out of a batch not yet exported; the value is how many left it."""
    with one_write(db) as session:
        removed = lifecycle.remove_persons(session, batch, person_ids)
    return OpResult(removed, Changes(batches=True, audit=True))


def cancel(db: Database, batch: str | int) -> OpResult[None]:
    """Cancel a batch; its persons without an answer can join a new one."""
    with one_write(db) as session:
        lifecycle.cancel_batch(session, batch)
    return OpResult(None, Changes(batches=True, audit=True))


def export(db: Database, batch: str | int, target: Path, *, password: str | None = None,
           pdf_password: str | None = None, progress: Progress = NO_PROGRESS) -> OpResult[export_rules.ExportResult]:
    """Write a checked batch for the Kantor Cabang (xlsx, optionally locked, and a PDF list); the batch
    becomes exported and its persons 'diajukan'; the export is logged."""
    result = export_rules.export_batch(db, batch, target, password=password, pdf_password=pdf_password,
                                       progress=progress)
    return OpResult(result, Changes(persons=True, batches=True, audit=True))


def answer(db: Database, batch: str | int, path: Path, *, columns: dict[str, str] | None = None,
           progress: Progress = NO_PROGRESS) -> OpResult[answer_rules.AnswerReport]:
    """Read the Kantor Cabang's answer (a bad file changes nothing), back up, then apply it in one
    transaction: KPJ numbers, accepted and rejected persons."""
    report = answer_rules.import_answer(db, batch, path, columns=columns, progress=progress)
    return OpResult(report, Changes(persons=True, batches=True, audit=True))

"""Operations on batches for the Kantor Cabang."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.batches import lifecycle
from desktop.db import Database
from desktop.operations import Changes, OpResult, one_write
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

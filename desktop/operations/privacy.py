"""Operations for a person's rights over their data (UU 27/2022): erasure and anonymisation."""
from __future__ import annotations

from desktop import privacy
from desktop.db import Database
from desktop.operations import Changes, OpResult, one_write

DEFAULT_REASON = "permintaan yang bersangkutan"


def erase(db: Database, person_id: int, *, reason: str = DEFAULT_REASON) -> OpResult[privacy.Outcome]:
    """Erase a person for good (heirs and batch entries too). Reclaiming the freed pages of the file
    (privacy.reclaim_space) is left to the caller: seconds on a big roster, so the window runs it as a job."""
    with one_write(db) as session:
        outcome = privacy.erase_person(session, person_id, reason=reason)
    return OpResult(outcome, Changes(persons=True, batches=True, claims=True, audit=True))


def anonymise(db: Database, person_id: int, *, reason: str = DEFAULT_REASON) -> OpResult[privacy.Outcome]:
    """Remove a person's identity; counts and amounts for the reports stay."""
    with one_write(db) as session:
        outcome = privacy.anonymise_person(session, person_id, reason=reason)
    return OpResult(outcome, Changes(persons=True, batches=True, claims=True, audit=True))

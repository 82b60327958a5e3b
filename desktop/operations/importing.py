"""Operations of the spreadsheet import (persons, institutions, units from the field's Excel files)."""
from __future__ import annotations

from desktop.db import Database
from desktop.importing.commit import ImportResult, commit
from desktop.importing.preview import Preview
from desktop.operations import Changes, OpResult
from desktop.progress import NO_PROGRESS, Progress


def run(db: Database, preview: Preview, *, progress: Progress = NO_PROGRESS) -> OpResult[ImportResult]:
    """Store what a checked preview says (new and updated rows) in one transaction, a backup first;
    rows with errors are left out and nothing typed is lost."""
    result = commit(db, preview, progress=progress)
    return OpResult(result, Changes(persons=True, units=True, institutions=True, audit=True))

"""Operations on documents."""
from __future__ import annotations

from collections.abc import Callable

from desktop import audit
from desktop.db import Database
from desktop.documents.output import Printed
from desktop.operations import Changes, OpResult, one_write
from desktop.progress import NO_PROGRESS, Progress


def print_on_paper(db: Database, printed: Printed, send: Callable[[Progress], int], *, printer: str,
                   progress: Progress = NO_PROGRESS) -> OpResult[int]:
    """Send a document to a printer and record the paper copy (who, when, how many persons, which
    document, how many pages: UU 27/2022 Pasal 31). `send` does the printing (Qt in the window, the
    system's print service in the CLI) and returns the pages sent; nothing is recorded if it fails."""
    sent = send(progress)
    with one_write(db) as session:
        audit.record(session, "print_paper", f"Dicetak ke kertas: {printed.title}", person_count=printed.person_count,
                     target=printer or "pencetak", detail={"document": printed.doc_id, "pages": sent})
    return OpResult(sent, Changes(audit=True))

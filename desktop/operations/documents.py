"""Operations on documents."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop import audit
from desktop.db import Database
from desktop.documents import templates
from desktop.documents.output import Printed
from desktop.files import sha256_file, write_bytes_atomic
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


def save_template(db: Database, body: str, note: str = "", *, kind: str = "pks",
                  based_on: int | None = None) -> OpResult[int]:
    """A new version of a document template, checked, made the active one; the value is its version.
    `based_on`: the newest version the editor opened with (refused if another desk saved one since)."""
    with one_write(db) as session:
        version = templates.save(session, kind, body, note, based_on=based_on)
    return OpResult(version, Changes(documents=True, audit=True))


def activate_template(db: Database, version: int, *, kind: str = "pks") -> OpResult[None]:
    """Print with an older version of a template again."""
    with one_write(db) as session:
        templates.activate(session, kind, version)
    return OpResult(None, Changes(documents=True, audit=True))


def save_pdf_copy(db: Database, printed: Printed, target: Path) -> OpResult[Path]:
    """Copy a printed document's PDF to `target` (atomically) and record where the personal data went
    (UU 27/2022 Pasal 31); the value is the file written."""
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    write_bytes_atomic(target, printed.path.read_bytes())
    with one_write(db) as session:
        audit.record(session, "export", f"Salinan PDF disimpan: {printed.title}", person_count=printed.person_count,
                     target=str(target), checksum=sha256_file(target), detail={"document": printed.doc_id})
    return OpResult(target, Changes(audit=True))

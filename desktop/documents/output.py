"""Writing a finished document: atomically to its file, then registered (id, checksum, audit entry)
in one transaction, so every PDF that leaves the desk can be verified and accounted for."""
from __future__ import annotations

from collections.abc import Callable
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from desktop.db import Database
from desktop.documents import verification
from desktop.files import atomic_write, sha256_file


@dataclass
class Printed:
    path: Path
    doc_id: str
    kind: str
    title: str
    pages: int
    person_count: int
    warnings: list[str] = field(default_factory=list)
    companions: list["Printed"] = field(default_factory=list)  # documents written beside this one
    number: str = ""  # the letter number printed inside (PKS, berita acara), for the file name

    def file_name(self) -> str:
        """A name to save it under that says what it is: "pks-045-PC-MSL-XII-2026-JD-AB12-CD34.pdf"."""
        parts = [self.kind.replace("_", "-"), self.number, self.doc_id]
        text = "-".join(p for p in parts if p)
        return re.sub(r"-{2,}", "-", re.sub(r"[^0-9A-Za-z._-]+", "-", text)).strip("-") + ".pdf"


def publish(db: Database, target: str | Path, doc_id: str, build: Callable[[BinaryIO], int], *, kind: str,
            title: str, person_count: int, fields: tuple[str, ...] = (), summary: dict | None = None,
            warnings: list[str] | None = None) -> Printed:
    """`build(handle)` writes the PDF and returns its page count; nothing is kept if it fails."""
    target = Path(target)
    with atomic_write(target) as handle:
        pages = build(handle)
    checksum = sha256_file(target)
    with db.write() as session:
        verification.register(session, doc_id, kind=kind, title=title, pages=pages, person_count=person_count,
                              sha256=checksum, target=str(target), fields=fields, summary=summary)
    return Printed(path=target, doc_id=doc_id, kind=kind, title=title, pages=pages, person_count=person_count,
                   warnings=list(warnings or []))

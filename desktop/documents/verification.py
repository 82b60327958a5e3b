"""Printed-document ids: each PDF gets an id (printed as text and as a QR code) registered in the
`printed_document` table, so a paper copy can be checked later ("Periksa dokumen").

The QR code carries "JAMSOS-DOC:<id>" (a form adds "/<n>", its position in a bulk print), nothing
personal: a lost sheet's code reveals nothing without the database.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import secrets
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop import audit, clock
from desktop.errors import UserError
from desktop.models import Person, PrintedDocument

PREFIX = "JAMSOS-DOC:"
_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: the id may be typed from paper
_CODE = re.compile(r"(?:JAMSOS-DOC:)?\s*(JD-[0-9A-Z]{4}-[0-9A-Z]{4})(?:/(\d+))?", re.IGNORECASE)

KIND_LABELS = {"form": "Formulir pendaftaran", "pks": "Perjanjian Kerja Sama", "roster": "Daftar peserta",
               "report": "Laporan cakupan", "berita_acara": "Berita acara serah terima data"}


def new_document_id() -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(8))
    return f"JD-{raw[:4]}-{raw[4:]}"


def qr_payload(doc_id: str, index: int | None = None) -> str:
    return f"{PREFIX}{doc_id}" + (f"/{index}" if index is not None else "")


def register(session: Session, doc_id: str, *, kind: str, title: str, pages: int, person_count: int,
             sha256: str, target: str | None, fields: tuple[str, ...] = (), summary: dict | None = None
             ) -> PrintedDocument:
    """Record the printed document and, since it holds personal data, the audit entry (UU 27/2022
    Pasal 31) — with counts and field names only."""
    row = PrintedDocument(id=doc_id, actor=audit.current_actor(), kind=kind, title=title[:300], pages=pages,
                          person_count=person_count, sha256=sha256,
                          summary=json.dumps(summary or {}, ensure_ascii=False))
    session.add(row)
    audit.record(session, "print", f"{KIND_LABELS.get(kind, kind)}: {title}"[:250], person_count=person_count,
                 fields=fields, target=target, checksum=sha256, detail={"document": doc_id, "pages": pages})
    session.flush()
    return row


@dataclass
class Verification:
    doc_id: str
    kind: str
    title: str
    at: dt.datetime
    actor: str
    pages: int
    person_count: int
    sha256: str | None
    lines: list[str] = field(default_factory=list)  # what was printed, for the reader

    def text(self) -> str:
        head = [f"Dokumen {self.doc_id} ASLI: tercatat di basis data ini.",
                f"Jenis: {KIND_LABELS.get(self.kind, self.kind)}",
                f"Judul: {self.title}",
                f"Dicetak: {local_time(self.at):%d-%m-%Y pukul %H.%M} oleh {self.actor}",
                f"Halaman: {self.pages}; orang: {self.person_count}"]
        return "\n".join(head + self.lines)


def local_time(at: dt.datetime) -> dt.datetime:
    """The stored UTC time as the clock on this PC shows it."""
    return clock.local(at)


def verify(session: Session, code: str) -> Verification:
    """What a scanned or typed code refers to; UserError when it is unknown here."""
    match = _CODE.search((code or "").strip().upper())
    if not match:
        raise UserError("Kode dokumen tidak dikenali. Kode tertulis di bawah QR, mis. JD-7K3M-Q2XA.")
    doc_id, index = match.group(1).upper(), match.group(2)
    row = session.get(PrintedDocument, doc_id)
    if row is None:
        raise UserError(f"Dokumen {doc_id} tidak tercatat di basis data ini. Dokumen itu bukan cetakan "
                        "dari basis data ini, atau kodenya salah ketik.")
    summary = json.loads(row.summary or "{}")
    lines = [f"{label}: {value}" for label, value in summary.get("facts", [])]
    if index is not None:
        ids = summary.get("person_ids", [])
        number = int(index)
        if 1 <= number <= len(ids):
            person = session.get(Person, ids[number - 1])
            name = person.name if person is not None else "(data orang sudah dihapus)"
            lines.append(f"Formulir ke-{number}: {name}")
        else:
            lines.append(f"Formulir ke-{number} tidak ada dalam dokumen ini.")
    return Verification(doc_id=row.id, kind=row.kind, title=row.title, at=row.at, actor=row.actor,
                        pages=row.pages, person_count=row.person_count, sha256=row.sha256, lines=lines)

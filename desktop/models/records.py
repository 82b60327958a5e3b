"""What happened: the audit log (UU 27/2022 Pasal 31), import runs, remembered mappings, printed
documents (for QR verification), claims and document templates."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamps, UtcDateTime, utcnow


class AuditEntry(Base):
    """Append-only record of processing: never holds the personal data it talks about."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40), index=True)  # import, export, print, delete, merge, restore…
    what: Mapped[str] = mapped_column(String(250))
    person_count: Mapped[int] = mapped_column(Integer, default=0)
    fields: Mapped[str | None] = mapped_column(Text)  # comma-separated field names
    target: Mapped[str | None] = mapped_column(String(500))  # file path or device
    checksum: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)  # JSON
    # the one record an edit was about, "person:12" (migration 0011): who changed it last, for a
    # save refused because the record moved on (desktop.versions)
    record: Mapped[str | None] = mapped_column(String(60), index=True)


class ImportRun(Base):
    __tablename__ = "import_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))  # persons / institutions / units / answer
    file_name: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    sheets: Mapped[str | None] = mapped_column(String(300))
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    mapping: Mapped[str | None] = mapped_column(Text)  # JSON
    report: Mapped[str | None] = mapped_column(Text)  # JSON list of problems


class ImportMapping(Timestamps, Base):
    """A column mapping remembered per file layout (key: hash of the normalised header row)."""

    __tablename__ = "import_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    layout_key: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    headers: Mapped[str] = mapped_column(Text)  # JSON list, for display
    mapping: Mapped[str] = mapped_column(Text)  # JSON {column index: field}


class PrintedDocument(Base):
    """Every generated document gets an id printed as a QR code, so a paper copy can be checked."""

    __tablename__ = "printed_document"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(30))  # form / pks / roster / report / berita_acara
    title: Mapped[str] = mapped_column(String(300))
    pages: Mapped[int] = mapped_column(Integer, default=0)
    person_count: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str | None] = mapped_column(String(64))
    summary: Mapped[str | None] = mapped_column(Text)  # JSON


class DocumentTemplate(Timestamps, Base):
    """Editable, versioned document texts (the PKS and others); the active one is used to print."""

    __tablename__ = "document_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    body: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str | None] = mapped_column(String(250))


class Claim(Timestamps, Base):
    """A benefit case (kasus) per person and programme."""

    __tablename__ = "claim"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    programme: Mapped[str] = mapped_column(String(3), index=True)
    case_type: Mapped[str] = mapped_column(String(40))
    event_date: Mapped[dt.date] = mapped_column(Date, index=True)
    paid_date: Mapped[dt.date | None] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="diajukan")
    notes: Mapped[str | None] = mapped_column(Text)

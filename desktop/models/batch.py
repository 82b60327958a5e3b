"""Registration batches for the Kantor Cabang and the export presets that shape their files."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Timestamps, UtcDateTime, Versioned

BATCH_STATES = ("draft", "checked", "exported", "answered", "partly_answered", "cancelled")
from desktop.vocabulary import ITEM_STATES  # noqa: E402 - re-exported, one list


class ExportPreset(Versioned, Timestamps, Base):
    """An ordered column mapping (header → field → format), stored as JSON in `columns`."""

    __tablename__ = "export_preset"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    segment: Mapped[str] = mapped_column(String(3), default="BPU")
    columns: Mapped[str] = mapped_column(Text)  # JSON list of {header, field, format, required}
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)


class Batch(Versioned, Timestamps, Base):
    __tablename__ = "batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    preset_id: Mapped[int | None] = mapped_column(ForeignKey("export_preset.id"))
    segment: Mapped[str] = mapped_column(String(3), default="BPU")
    programmes: Mapped[str] = mapped_column(String(20), default="JKK JKM")
    period_start: Mapped[dt.date] = mapped_column(Date)  # first contribution month
    months: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    prepared_by: Mapped[str | None] = mapped_column(String(150))
    exported_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    export_path: Mapped[str | None] = mapped_column(String(500))
    export_sha256: Mapped[str | None] = mapped_column(String(64))
    answered_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    notes: Mapped[str | None] = mapped_column(Text)

    items: Mapped[list[BatchItem]] = relationship(back_populates="batch", cascade="all, delete-orphan")
    preset: Mapped[ExportPreset | None] = relationship()


class BatchItem(Base):
    __tablename__ = "batch_item"
    __table_args__ = (UniqueConstraint("batch_id", "person_id", name="uq_batch_item_batch_person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    state: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    kpj: Mapped[str | None] = mapped_column(String(11))
    reason: Mapped[str | None] = mapped_column(String(250))
    matched_by: Mapped[str | None] = mapped_column(String(20))  # nik / name_birth (flagged)
    answered_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)

    batch: Mapped[Batch] = relationship(back_populates="items")

"""The register of outgoing letters (buku agenda surat keluar): every number the organisation
gives a letter it signs (the PKS, a berita acara), so the next one follows and none is used twice."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class OutgoingLetter(Base):
    __tablename__ = "outgoing_letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(120), unique=True)  # as printed, e.g. 045/PC-MSL/XII/2026
    year: Mapped[int] = mapped_column(Integer, index=True)
    serial: Mapped[int | None] = mapped_column(Integer)  # the running number of that year, when it has one
    kind: Mapped[str] = mapped_column(String(30))  # pks / berita_acara / …
    subject: Mapped[str] = mapped_column(String(300))
    letter_date: Mapped[dt.date] = mapped_column(Date)
    document_id: Mapped[str | None] = mapped_column(String(32))  # the printed document that carries it
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

"""Members and workers, their heirs, and their enrolments per programme."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, SoftDelete, Timestamps, Versioned

# Enrolment status of a person, kept on the person row so the roster filters on an index.
STATUS_CODES = ("belum", "diajukan", "terdaftar", "ditolak", "sudah_peserta")
from desktop.vocabulary import PAYERS, PROGRAMMES, SECTORS, SEGMENTS  # noqa: E402 - re-exported, one list each


class Person(Versioned, Timestamps, SoftDelete, Base):
    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_unit_name", "unit_id", "name_key"),
        Index("ix_person_institution_name", "institution_id", "name_key"),
        Index("ix_person_status_name", "status", "name_key"),
        # covering index of the roster's search and name order (migration 0003)
        Index("ix_person_alive_name", "deleted_at", "name_key", "nik", "phone", "kpj"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # NIK is unique when present; NULL means "belum ber-NIK" (no e-KTP yet), never a made-up number.
    nik: Mapped[str | None] = mapped_column(String(16), unique=True)
    kk: Mapped[str | None] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(150))  # as on the KTP-el: no Hj., no degrees (form section A)
    # the same name with titles as the field writes it ("Hj. Siti Aminah, S.Pd.I"), for letters (migration 0008)
    name_with_titles: Mapped[str | None] = mapped_column(String(200))
    # lower-cased name without titles' punctuation, for sorting and searching on an index
    name_key: Mapped[str] = mapped_column(String(150), index=True)
    sex: Mapped[str | None] = mapped_column(String(1))  # L / P
    birth_place: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    mother_name: Mapped[str | None] = mapped_column(String(150))
    address: Mapped[str | None] = mapped_column(String(250))
    rt: Mapped[str | None] = mapped_column(String(3))
    rw: Mapped[str | None] = mapped_column(String(3))
    desa_code: Mapped[str | None] = mapped_column(String(13), index=True)
    postal_code: Mapped[str | None] = mapped_column(String(5))
    phone: Mapped[str | None] = mapped_column(String(16), index=True)  # canonical 62…
    email: Mapped[str | None] = mapped_column(String(150))
    occupation_code: Mapped[str | None] = mapped_column(ForeignKey("occupation.code"))
    position: Mapped[str | None] = mapped_column(String(100))  # jabatan at the institution
    income: Mapped[int | None] = mapped_column(Integer)  # declared income (BPU) or wage (PU), whole rupiah
    segment: Mapped[str] = mapped_column(String(3), default="BPU", index=True)
    programmes: Mapped[str] = mapped_column(String(20), default="JKK JKM")  # chosen set, space-separated
    payer: Mapped[str] = mapped_column(String(5), default="SELF")
    sector: Mapped[str] = mapped_column(String(12), default="other")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"))
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institution.id"))
    kpj: Mapped[str | None] = mapped_column(String(11), index=True)
    status: Mapped[str] = mapped_column(String(14), default="belum")
    status_reason: Mapped[str | None] = mapped_column(String(250))
    member_no: Mapped[str | None] = mapped_column(String(40))  # Kartanu / NIA / Kartamus, free text
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    has_problems: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    problems: Mapped[str | None] = mapped_column(Text)  # JSON list of open warnings, for the roster filter
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)
    import_run_id: Mapped[int | None] = mapped_column(ForeignKey("import_run.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    heirs: Mapped[list[Heir]] = relationship(back_populates="person", cascade="all, delete-orphan",
                                             order_by="Heir.position")
    enrolments: Mapped[list[Enrolment]] = relationship(back_populates="person", cascade="all, delete-orphan")


class Heir(Base):
    """Ahli waris: specific personal data (children) under UU 27/2022 — only what a form needs."""

    __tablename__ = "heir"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(150))
    relation: Mapped[str | None] = mapped_column(String(40))  # Suami, Anak, Orang Tua, Saudara Kandung…
    nik: Mapped[str | None] = mapped_column(String(16))
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(16))

    person: Mapped[Person] = relationship(back_populates="heirs")


class Enrolment(Timestamps, Base):
    """A person's membership of one programme over a period (start month, optional end)."""

    __tablename__ = "enrolment"
    __table_args__ = (UniqueConstraint("person_id", "programme", "start_month", name="uq_enrolment_person_prog_start"),
                      Index("ix_enrolment_programme_status", "programme", "status"))

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    programme: Mapped[str] = mapped_column(String(3))
    segment: Mapped[str] = mapped_column(String(3), default="BPU")
    payer: Mapped[str] = mapped_column(String(5), default="SELF")
    start_month: Mapped[dt.date] = mapped_column(Date)
    end_month: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(14), default="terdaftar")
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id"), index=True)

    person: Mapped[Person] = relationship(back_populates="enrolments")

"""The organisation itself: settings, the unit tree (PC → PAC → Ranting …) and its institutions."""
from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, SoftDelete, Timestamps, Versioned


class Setting(Base):
    """Organisation settings travel with the DB: one JSON value per key (see desktop/settings.py)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OrgUnit(Versioned, Timestamps, SoftDelete, Base):
    """A node of the organisation tree. `level` 0 is the root (PC); level names come from settings."""

    __tablename__ = "org_unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"), index=True)
    level: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(150), index=True)
    code: Mapped[str | None] = mapped_column(String(30))
    region_code: Mapped[str | None] = mapped_column(String(13))
    address: Mapped[str | None] = mapped_column(String(250))
    chair_name: Mapped[str | None] = mapped_column(String(150))
    notes: Mapped[str | None] = mapped_column(Text)

    parent: Mapped[OrgUnit | None] = relationship(remote_side="OrgUnit.id", back_populates="children")
    children: Mapped[list[OrgUnit]] = relationship(back_populates="parent")


class Institution(Versioned, Timestamps, SoftDelete, Base):
    """A KB/TK/RA/TPQ/PAUD/Majelis Taklim … under a unit."""

    __tablename__ = "institution"

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(30), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    npsn: Mapped[str | None] = mapped_column(String(8), unique=True)
    nsm: Mapped[str | None] = mapped_column(String(20))
    npp: Mapped[str | None] = mapped_column(String(30))
    address: Mapped[str | None] = mapped_column(String(250))
    desa_code: Mapped[str | None] = mapped_column(String(13), index=True)
    head_name: Mapped[str | None] = mapped_column(String(150))
    phone: Mapped[str | None] = mapped_column(String(16))
    foundation: Mapped[str | None] = mapped_column(String(150))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"), index=True)
    risk_group: Mapped[str] = mapped_column(String(3), default="I")
    size_class: Mapped[str | None] = mapped_column(String(10))  # mikro/kecil/menengah/besar
    staff_count: Mapped[int | None] = mapped_column(Integer)
    import_run_id: Mapped[int | None] = mapped_column(ForeignKey("import_run.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    unit: Mapped[OrgUnit | None] = relationship()

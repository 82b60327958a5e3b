"""Reference tables shipped with the app: Kemendagri regions with postal codes, occupations."""
from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Region(Base):
    """One Kemendagri region: provinsi, kabkota, kecamatan, desa or kelurahan (dotted code)."""

    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(13), primary_key=True)
    level: Mapped[str] = mapped_column(String(10), index=True)
    name: Mapped[str] = mapped_column(String(100))
    parent_code: Mapped[str | None] = mapped_column(String(13), index=True)
    postal_code: Mapped[str | None] = mapped_column(String(5))


class Occupation(Base):
    __tablename__ = "occupation"

    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    certainty: Mapped[str] = mapped_column(String(10), default="weak")
    source: Mapped[str | None] = mapped_column(String(200))
    # Dukcapil code used when an export needs one (project codes 101+ map to one by setting)
    export_code: Mapped[str | None] = mapped_column(String(4))

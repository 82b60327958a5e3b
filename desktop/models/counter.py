"""Running numbers handed out by the database (migration 0011).

One row per sequence ("batch:2026"): the last number given. A desk takes the next one with one
UPDATE … RETURNING inside its write transaction, which holds the row's lock until it commits, so two
desks on one server never get the same number (desktop.dialect.next_number).
"""
from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Counter(Base):
    __tablename__ = "counter"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)

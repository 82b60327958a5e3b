"""Effective-dated rate tables: rows of rates.csv and bpu-income-brackets.csv, edited in the app.

A regulation change is new rows with a new valid_from, never an edit of a row already used.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamps


class Rate(Timestamps, Base):
    __tablename__ = "rate"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme: Mapped[str] = mapped_column(String(3), index=True)
    segment: Mapped[str] = mapped_column(String(3))
    component: Mapped[str] = mapped_column(String(12))  # employer / worker / participant
    basis: Mapped[str] = mapped_column(String(20))  # percent / flat / discount_percent
    value: Mapped[Decimal] = mapped_column(Numeric(12, 4, asdecimal=True))
    cap_rupiah: Mapped[int | None] = mapped_column(Integer)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    applies_to: Mapped[str] = mapped_column(String(200), default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    certainty: Mapped[str] = mapped_column(String(10), default="verified")


class BpuBracket(Timestamps, Base):
    __tablename__ = "bpu_bracket"

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    income_low: Mapped[int | None] = mapped_column(Integer)
    income_high: Mapped[int | None] = mapped_column(Integer)
    dasar_penghasilan: Mapped[int] = mapped_column(Integer)
    jkk: Mapped[int] = mapped_column(Integer)
    jkm: Mapped[int] = mapped_column(Integer)
    jht: Mapped[int] = mapped_column(Integer)
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    certainty: Mapped[str] = mapped_column(String(10), default="verified")
    note: Mapped[str | None] = mapped_column(Text)

"""Declarative base with a naming convention, so that Alembic batch migrations can name constraints."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow,
                                                    server_default=func.current_timestamp())


class SoftDelete:
    """Deleted rows go to the trash (deleted_at set) and can be restored."""

    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None, index=True)

"""Declarative base with a naming convention, so that Alembic batch migrations can name constraints."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, MetaData, event, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from desktop import clock

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UtcDateTime(TypeDecorator):
    """A moment: stored as naive UTC, read back aware in the PC's zone (see desktop.clock).

    A naive value written or compared is wall-clock time (a date a clerk chose in a filter)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001, ANN201
        return None if value is None else clock.to_storage(value)

    def process_result_value(self, value, dialect):  # noqa: ANN001, ANN201
        return None if value is None else clock.from_storage(value)


def utcnow() -> dt.datetime:
    """Default for moment columns (kept under this name for the models that use it)."""
    return clock.now()


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow,
                                                    server_default=func.current_timestamp())


class SoftDelete:
    """Deleted rows go to the trash (deleted_at set) and can be restored."""

    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None, index=True)


class Versioned:
    """An editable record's version (migration 0011): 1 when made, one more on every save. A save
    names the version it read; a record that moved on since is refused (desktop.versions), so two
    desks editing one record never lose a change silently."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


@event.listens_for(Versioned, "before_update", propagate=True)
def _next_version(_mapper, _connection, target) -> None:  # noqa: ANN001
    """Any other change of the row (a batch answer writing the KPJ, a trash) moves the version on too,
    so an editor opened before it is refused rather than writing the old value back. A save that
    claimed its version (desktop.versions.claim) has moved it already."""
    if target.__dict__.pop("_version_claimed", False):
        return
    target.version = (target.version or 0) + 1

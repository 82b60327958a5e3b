"""The one clock: what time it is, and how a stored time reads on this PC.

Every stored moment is UTC (the column type `desktop.models.base.UtcDateTime` converts on the way in
and out); everything the code holds is an aware datetime in the PC's own zone, so a time prints as
the clock on the wall shows it. A naive datetime handed to the database is read as wall-clock time
(what a clerk typed or a file name says). Nothing else in `desktop/` calls `datetime.now()`,
`datetime.utcnow()` or `date.today()` (tests/test_architecture.py checks), so a test can freeze the
time for all of it with `frozen(...)`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

UTC = dt.timezone.utc
_frozen: dt.datetime | None = None


def now() -> dt.datetime:
    """This moment, aware, in the PC's zone."""
    if _frozen is not None:
        return _frozen.astimezone()
    return dt.datetime.now(UTC).astimezone()


def now_utc() -> dt.datetime:
    """This moment, aware, in UTC."""
    return now().astimezone(UTC)


def today() -> dt.date:
    """The date on the PC's calendar."""
    return now().date()


def local(moment: dt.datetime) -> dt.datetime:
    """`moment` in the PC's zone, aware; a naive value is taken as wall-clock time already."""
    return moment.astimezone()


def wall(moment: dt.datetime) -> dt.datetime:
    """`moment` as a naive wall-clock time (for file names and backup stamps, which carry no zone)."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def to_storage(moment: dt.datetime) -> dt.datetime:
    """The naive UTC value the database keeps for `moment` (naive = wall-clock time)."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_storage(stored: dt.datetime) -> dt.datetime:
    """A stored naive UTC value as an aware time in the PC's zone."""
    return stored.replace(tzinfo=UTC).astimezone()


@contextmanager
def frozen(moment: dt.datetime) -> Iterator[None]:
    """Tests: the clock stands still at `moment` (naive = wall-clock time) inside the block."""
    global _frozen
    before, _frozen = _frozen, moment.astimezone()
    try:
        yield
    finally:
        _frozen = before

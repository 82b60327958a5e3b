"""The one error type a user reads.

A `UserError` carries a message in Bahasa Indonesia and, where it applies, the place in a file
(file, sheet, row, column). The UI shows it in a message box, the CLI prints it and exits 2.
Anything else that escapes is a bug: logged with its traceback, never shown raw.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """Where in an input file a problem sits (rows and columns as a spreadsheet user sees them)."""

    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def describe(self) -> str:
        parts = []
        if self.file:
            parts.append(f"berkas {self.file}")
        if self.sheet:
            parts.append(f"lembar {self.sheet}")
        if self.row is not None:
            parts.append(f"baris {self.row}")
        if self.column:
            parts.append(f"kolom {self.column}")
        return ", ".join(parts)


class UserError(Exception):
    """An error whose message (Bahasa Indonesia) is meant for the user."""

    def __init__(self, message: str, place: Place | None = None, *, field: str | None = None):
        self.message = message
        self.place = place
        self.field = field
        super().__init__(self.full_message())

    def full_message(self) -> str:
        if self.place and self.place.describe():
            return f"{self.place.describe()}: {self.message}"
        return self.message


class UnreadableSheet(UserError):
    """A sheet that cannot be read at all (damaged, or too large to read safely): said as such, never
    mistaken for a sheet without a header row."""


class NotFound(UserError):
    """A record the user named does not exist."""


class ReadOnlyError(UserError):
    """The database is open read-only (another window or process holds the write lock)."""

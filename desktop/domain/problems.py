"""Validation findings shared by all domain checks.

A check never raises on bad input; it returns a list of `Problem`s so that an importer can show
every finding of a row at once and decide itself what blocks the row (errors) and what is only
shown (warnings).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    severity: str  # "error" | "warning"
    code: str  # stable machine code, e.g. "nik_length"
    message: str  # Bahasa Indonesia: what is wrong and how to fix it
    field: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def error(code: str, message: str, field: str | None = None) -> Problem:
    return Problem(ERROR, code, message, field)


def warning(code: str, message: str, field: str | None = None) -> Problem:
    return Problem(WARNING, code, message, field)


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity == ERROR for p in problems)


def errors_only(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == ERROR]


def warnings_only(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == WARNING]

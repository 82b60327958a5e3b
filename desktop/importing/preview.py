"""What an import would do, row by row, before anything is written.

A `Preview` holds every data row of the chosen sheets with its status and its findings. Each
finding names the file, sheet, row and column and says what to fix, so the list can go back to
the PAC as it is (problems_export). The clerk's duplicate policy turns rows that match a person
already in the database into updates or leaves them alone.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from desktop.errors import Place

NEW, UPDATE, SAME, DUPLICATE, ERROR = "new", "update", "same", "duplicate", "error"
EXISTS = "exists"  # matched a record in the DB; the policy decides between UPDATE and SAME
STATUS_LABELS = {NEW: "Baru", UPDATE: "Diperbarui", SAME: "Sudah ada", DUPLICATE: "Duplikat",
                 ERROR: "Ditolak", "warning": "Ada peringatan"}
POLICIES = {"skip": "Lewati yang sudah ada", "fill": "Isi kolom yang masih kosong",
            "overwrite": "Timpa dengan data berkas"}


@dataclass(frozen=True, slots=True)
class Finding:
    place: Place
    severity: str  # error | warning
    message: str
    code: str = ""

    @property
    def text(self) -> str:
        where = self.place.describe()
        return f"{where}: {self.message}" if where else self.message


_NOTHING: Mapping = MappingProxyType({})


def _nothing() -> Mapping:
    """One shared empty mapping: most of a big preview's rows never match a record."""
    return _NOTHING


@dataclass(slots=True)  # 100k of them in a big preview
class RowOutcome:
    sheet: str
    row: int
    status: str
    label: str  # the name as read, for the preview table
    values: dict = field(default_factory=dict)  # column → clean value, ready to write
    heirs: list[dict] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    existing_id: int | None = None
    existing: Mapping = field(default_factory=_nothing)  # the DB's values of the matched record
    changes: Mapping = field(default_factory=_nothing)  # what the policy would write on the matched record

    @property
    def has_warnings(self) -> bool:
        return any(f.severity == "warning" for f in self.findings)


@dataclass
class Preview:
    kind: str
    file_name: str
    file_sha256: str
    sheets: list[str]
    mappings: dict[str, dict[int, str]]  # sheet → column → field
    headers: dict[str, list[str]] = field(default_factory=dict)  # sheet → header texts
    rows: list[RowOutcome] = field(default_factory=list)
    skipped_rows: int = 0  # blank rows and footers
    notes: list[Finding] = field(default_factory=list)  # file-level findings
    policy: str = "skip"

    def apply_policy(self, policy: str) -> None:
        """Set UPDATE/SAME on rows that match the DB, according to skip / fill / overwrite."""
        if policy not in POLICIES:
            raise ValueError(policy)
        self.policy = policy
        for outcome in self.rows:
            if outcome.existing_id is None or outcome.status in (ERROR, DUPLICATE):
                continue
            outcome.changes = changes_for(outcome, policy)
            outcome.status = UPDATE if outcome.changes else SAME

    def counts(self) -> Counter:
        found = Counter(outcome.status for outcome in self.rows)
        found["warning"] = sum(1 for outcome in self.rows if outcome.has_warnings)
        found["skipped"] = self.skipped_rows
        return found

    def findings(self) -> list[Finding]:
        return self.notes + [f for outcome in self.rows for f in outcome.findings]

    def filtered(self, status: str | None) -> list[RowOutcome]:
        if not status:
            return self.rows
        if status == "warning":
            return [o for o in self.rows if o.has_warnings]
        return [o for o in self.rows if o.status == status]


def changes_for(outcome: RowOutcome, policy: str) -> dict:
    if policy == "skip":
        return {}
    changes = {}
    for column, value in outcome.values.items():
        if value is None or value == "" or column.startswith("_"):
            continue
        old = outcome.existing.get(column)
        if policy == "overwrite" and old != value or policy == "fill" and old in (None, ""):
            changes[column] = value
    if outcome.heirs and (policy == "overwrite" or not outcome.existing.get("_heirs")):
        if outcome.heirs != outcome.existing.get("_heirs"):
            changes["_heirs"] = outcome.heirs
    return changes

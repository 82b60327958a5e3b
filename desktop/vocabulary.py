"""The words the app stores and shows, defined once: each a StrEnum (the stored code) with its
Indonesian label, so the window, the CLI, the log and the checks say the same thing.

Batch states and what each allows live here (`batch_allows`), used by the batch page's buttons and
by the core's checks alike; import kinds with their labels. (Other vocabularies join this module.)
"""
from __future__ import annotations

from enum import StrEnum


class BatchState(StrEnum):
    DRAFT = "draft"
    CHECKED = "checked"
    EXPORTED = "exported"
    PARTLY_ANSWERED = "partly_answered"
    ANSWERED = "answered"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _BATCH_STATE_LABELS[self]


_BATCH_STATE_LABELS = {
    BatchState.DRAFT: "Draf", BatchState.CHECKED: "Sudah diperiksa", BatchState.EXPORTED: "Sudah diekspor",
    BatchState.PARTLY_ANSWERED: "Dijawab sebagian", BatchState.ANSWERED: "Sudah dijawab",
    BatchState.CANCELLED: "Dibatalkan",
}
# a batch still on its way: its pending persons are not free for another batch
OPEN_BATCH_STATES = (BatchState.DRAFT, BatchState.CHECKED, BatchState.EXPORTED, BatchState.PARTLY_ANSWERED)


class BatchAction(StrEnum):
    CHECK = "check"
    REMOVE = "remove"
    EXPORT = "export"
    ANSWER = "answer"
    CANCEL = "cancel"

    @property
    def label(self) -> str:
        """The action as a refusal names it ("… hanya dapat dilakukan pada batch berstatus …")."""
        return _BATCH_ACTION_LABELS[self]


_BATCH_ACTION_LABELS = {
    BatchAction.CHECK: "pemeriksaan", BatchAction.REMOVE: "mengeluarkan orang", BatchAction.EXPORT: "ekspor",
    BatchAction.ANSWER: "membaca jawaban", BatchAction.CANCEL: "membatalkan",
}
# Which state allows which action. Checking and taking persons out only before the export (the file
# the branch got must match the batch); exporting again after an export (a lost USB stick); an
# answer may come in parts and be read again; cancelling while the batch is still open.
_ALLOWED = {
    BatchAction.CHECK: (BatchState.DRAFT, BatchState.CHECKED),
    BatchAction.REMOVE: (BatchState.DRAFT, BatchState.CHECKED),
    BatchAction.EXPORT: (BatchState.CHECKED, BatchState.EXPORTED),
    BatchAction.ANSWER: (BatchState.EXPORTED, BatchState.PARTLY_ANSWERED, BatchState.ANSWERED),
    BatchAction.CANCEL: OPEN_BATCH_STATES,
}


def batch_allows(state: str | None, action: BatchAction) -> bool:
    """Whether a batch in `state` allows `action` (None: no batch chosen)."""
    return state in _ALLOWED[action]


def batch_states_allowing(action: BatchAction) -> tuple[BatchState, ...]:
    return _ALLOWED[action]


class ImportKind(StrEnum):
    PERSONS = "persons"
    INSTITUTIONS = "institutions"
    UNITS = "units"
    ANSWER = "answer"  # the branch office's answer to a batch

    @property
    def label(self) -> str:
        """As a list or a choice shows it."""
        return _IMPORT_KIND_LABELS[self][0]

    @property
    def noun(self) -> str:
        """As a sentence says it: "Impor orang dari guru.xlsx"."""
        return _IMPORT_KIND_LABELS[self][1]


_IMPORT_KIND_LABELS = {
    ImportKind.PERSONS: ("Orang (anggota/pekerja)", "orang"),
    ImportKind.INSTITUTIONS: ("Lembaga", "lembaga"),
    ImportKind.UNITS: ("Unit organisasi", "unit organisasi"),
    ImportKind.ANSWER: ("Jawaban kantor cabang", "jawaban kantor cabang"),
}
# what the import wizard and `jamsos import` read from a spreadsheet
SPREADSHEET_KINDS = (ImportKind.PERSONS, ImportKind.INSTITUTIONS, ImportKind.UNITS)


# Codes stored on person and batch rows (the tables in desktop/models check them); here so the window
# and the CLI name them without importing the tables.
SEGMENTS = ("BPU", "PU")
PAYERS = ("SELF", "ORG", "DONOR", "APBD", "APBN")
SECTORS = ("other", "transport", "padat_karya")
PROGRAMMES = ("JKK", "JKM", "JHT", "JP")
ITEM_STATES = ("pending", "accepted", "rejected", "removed")

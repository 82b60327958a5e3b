"""Where a person stands with BPJS Ketenagakerjaan, and the counts every screen shows: one definition
and one Indonesian label each, so Beranda, the unit tree, Laporan, the Batch page, Daftar Orang, the
documents and the CLI cannot disagree about "how many are enrolled".

The window shows these labels through `tr()` (English is a Qt translation of the same words).
"""
from __future__ import annotations

from enum import StrEnum


class PersonStatus(StrEnum):
    """`person.status` as stored."""

    BELUM = "belum"  # in the roster, never submitted (or taken out of a cancelled batch)
    DIAJUKAN = "diajukan"  # exported to the branch office in a batch, waiting for its answer
    TERDAFTAR = "terdaftar"  # accepted in one of our batches: a new KPJ
    DITOLAK = "ditolak"  # refused by the branch office (reason kept)
    SUDAH_PESERTA = "sudah_peserta"  # the branch answered that she already had a KPJ

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    PersonStatus.BELUM: "Belum diajukan",
    PersonStatus.DIAJUKAN: "Diajukan, menunggu jawaban",
    PersonStatus.TERDAFTAR: "Terdaftar (KPJ baru)",
    PersonStatus.DITOLAK: "Ditolak",
    PersonStatus.SUDAH_PESERTA: "Sudah peserta (KPJ lama)",
}

# Enrolled = covered by BPJS Ketenagakerjaan today: a new KPJ through us, or the KPJ she already had.
ENROLLED = (PersonStatus.TERDAFTAR, PersonStatus.SUDAH_PESERTA)


class Count(StrEnum):
    """The counts the screens, documents and CLI show about persons."""

    PERSONS = "persons"
    ENROLLED = "enrolled"  # status terdaftar or sudah_peserta
    NEW_KPJ = "new_kpj"  # status terdaftar: accepted in one of our batches
    HAD_KPJ = "had_kpj"  # status sudah_peserta: already a participant before
    SUBMITTED = "submitted"  # status diajukan: waiting for the branch office's answer
    REJECTED = "rejected"  # status ditolak
    NOT_SUBMITTED = "not_submitted"  # status belum
    HAS_KPJ = "has_kpj"  # a KPJ number is stored (whatever the status)
    WITHOUT_NIK = "without_nik"  # no NIK yet: cannot be submitted

    @property
    def label(self) -> str:
        return COUNT_LABELS[self]


COUNT_LABELS = {
    Count.PERSONS: "Orang di daftar",
    Count.ENROLLED: "Terdaftar",
    Count.NEW_KPJ: STATUS_LABELS[PersonStatus.TERDAFTAR],
    Count.HAD_KPJ: STATUS_LABELS[PersonStatus.SUDAH_PESERTA],
    Count.SUBMITTED: STATUS_LABELS[PersonStatus.DIAJUKAN],
    Count.REJECTED: STATUS_LABELS[PersonStatus.DITOLAK],
    Count.NOT_SUBMITTED: STATUS_LABELS[PersonStatus.BELUM],
    Count.HAS_KPJ: "Ber-KPJ",
    Count.WITHOUT_NIK: "Belum ber-NIK",
}

# Which statuses each status-based count adds up.
COUNT_STATUSES = {
    Count.ENROLLED: ENROLLED,
    Count.NEW_KPJ: (PersonStatus.TERDAFTAR,),
    Count.HAD_KPJ: (PersonStatus.SUDAH_PESERTA,),
    Count.SUBMITTED: (PersonStatus.DIAJUKAN,),
    Count.REJECTED: (PersonStatus.DITOLAK,),
    Count.NOT_SUBMITTED: (PersonStatus.BELUM,),
}


def label(status: str | None) -> str:
    """The label of a stored status text (an unknown text is shown as it is)."""
    try:
        return PersonStatus(status).label
    except ValueError:
        return status or ""


# A batch item's state said with the words of the person's status, so the Batch page and Daftar Orang
# call the same person the same thing.
ITEM_LABELS = {
    "unsent": "Belum dikirim",  # pending in a batch not exported yet
    "pending": STATUS_LABELS[PersonStatus.DIAJUKAN],
    "accepted": STATUS_LABELS[PersonStatus.TERDAFTAR],
    "had_kpj": STATUS_LABELS[PersonStatus.SUDAH_PESERTA],  # refused as "already a participant", KPJ kept
    "rejected": STATUS_LABELS[PersonStatus.DITOLAK],
    "removed": "Dikeluarkan",
}


def item_label(state: str, kpj: str | None, exported: bool) -> str:
    if state == "pending" and not exported:
        return ITEM_LABELS["unsent"]
    if state == "rejected" and kpj:
        return ITEM_LABELS["had_kpj"]
    return ITEM_LABELS.get(state, state)

"""One change for many persons at once: occupation (all teachers of a lembaga → "Guru TK/RA/KB/PAUD"),
segment, payer, programmes. Every person is judged by the same rules as the editor; one error
changes nothing. One transaction, one audit entry, one undo step."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop import audit
from desktop.errors import UserError
from desktop.models import PAYERS, PROGRAMMES, SEGMENTS, Occupation
from desktop.roster import persons
from desktop.roster.history import Step, put_back


@dataclass
class BulkChange:
    occupation_code: str | None = None
    segment: str | None = None
    payer: str | None = None
    programmes: list[str] | None = None

    def fields(self) -> list[str]:
        return [name for name in ("occupation_code", "segment", "payer", "programmes")
                if getattr(self, name) is not None]

    def describe(self, session: Session) -> str:
        parts = []
        if self.occupation_code is not None:
            occupation = session.get(Occupation, self.occupation_code)
            parts.append(f"Pekerjaan → {occupation.name if occupation else self.occupation_code}")
        if self.segment is not None:
            parts.append(f"Segmen → {self.segment}")
        if self.payer is not None:
            parts.append(f"Pembayar iuran → {PAYER_LABELS.get(self.payer, self.payer)}")
        if self.programmes is not None:
            parts.append(f"Program → {' '.join(self.programmes) or '(tidak ada)'}")
        return ", ".join(parts)


PAYER_LABELS = {"SELF": "Peserta sendiri", "ORG": "Organisasi", "DONOR": "Donatur", "APBD": "APBD", "APBN": "APBN"}
_SHOWN_ERRORS = 5


def _check_values(session: Session, change: BulkChange) -> None:
    if not change.fields():
        raise UserError("Pilih paling sedikit satu isian yang diubah (pekerjaan, segmen, pembayar atau program).")
    if change.occupation_code is not None and session.get(Occupation, change.occupation_code) is None:
        raise UserError(f"Kode pekerjaan {change.occupation_code} tidak ada di daftar pekerjaan.",
                        field="occupation_code")
    if change.segment is not None and change.segment not in SEGMENTS:
        raise UserError(f"Segmen '{change.segment}' tidak dikenal; pilih {' atau '.join(SEGMENTS)}.", field="segment")
    if change.payer is not None and change.payer not in PAYERS:
        raise UserError(f"Pembayar '{change.payer}' tidak dikenal; pilih salah satu: {', '.join(PAYERS)}.",
                        field="payer")
    unknown = [p for p in change.programmes or [] if p not in PROGRAMMES]
    if unknown:
        raise UserError(f"Program {', '.join(unknown)} tidak dikenal; pilih dari {', '.join(PROGRAMMES)}.",
                        field="programmes")


def bulk_edit(session: Session, person_ids: list[int], change: BulkChange) -> Step:
    """Apply `change` to every person in `person_ids`; returns the step that takes it back."""
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        raise UserError("Pilih dulu orang yang akan diubah.")
    _check_values(session, change)
    before: dict[int, persons.PersonData] = {}
    after: dict[int, persons.PersonData] = {}
    failed: list[str] = []
    for person_id in ids:
        data = persons.person_data(session, person_id)
        before[person_id] = dataclasses.replace(data, programmes=list(data.programmes), heirs=list(data.heirs))
        for name in change.fields():
            setattr(data, name, list(getattr(change, name)) if name == "programmes" else getattr(change, name))
        try:
            persons.update_person(session, person_id, data, audited=False)
            after[person_id] = persons.person_data(session, person_id)  # the undo takes back this save only
        except UserError as exc:
            failed.append(f"{data.name}: {exc.message}")
    if failed:  # nothing is kept: the caller's transaction is rolled back by the raise
        more = f" … dan {len(failed) - _SHOWN_ERRORS} orang lagi." if len(failed) > _SHOWN_ERRORS else ""
        raise UserError(f"Perubahan tidak disimpan; {len(failed)} orang tidak dapat diubah:\n- "
                        + "\n- ".join(failed[:_SHOWN_ERRORS]) + more)
    what = change.describe(session)
    audit.record(session, "person_bulk_edit", f"Ubah {len(ids)} orang sekaligus: {what}", person_count=len(ids),
                 fields=change.fields())

    def undo(s: Session) -> None:
        for person_id, data in before.items():
            put_back(s, person_id, data, after[person_id], audited=False)
        audit.record(s, "person_bulk_edit", f"Ubah {len(ids)} orang sekaligus diurungkan", person_count=len(ids))
    return Step(f"ubah {len(ids)} orang sekaligus", undo)

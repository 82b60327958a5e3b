"""Merging two records of the same person already in the database (found as possible duplicates).

The kept record gets every field it lacks from the dropped one, and the dropped one's heirs (when
the kept has none), enrolments, batch items and claims; then the dropped record is removed. The
caller takes a backup first and runs this in one write transaction.
"""
from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop import audit
from desktop.errors import NotFound, UserError
from desktop.importing.persons import COLUMNS
from desktop.models import BatchItem, Claim, Enrolment, Heir, Person
from desktop.roster.persons import name_key


def merge_persons(session: Session, keep_id: int, drop_id: int) -> list[str]:
    """Returns the fields of the kept person that were filled from the dropped one."""
    if keep_id == drop_id:
        raise UserError("Pilih dua orang yang berbeda untuk digabungkan.")
    keep, drop = session.get(Person, keep_id), session.get(Person, drop_id)
    for pid, row in ((keep_id, keep), (drop_id, drop)):
        if row is None:
            raise NotFound(f"Orang dengan id {pid} tidak ditemukan.")
    if keep.nik and drop.nik and keep.nik != drop.nik:
        raise UserError(f"NIK kedua orang berbeda ({keep.nik} dan {drop.nik}): bukan orang yang sama menurut "
                        "NIK. Perbaiki NIK yang salah dulu, lalu gabungkan.")
    filled = [c for c in COLUMNS if getattr(keep, c) in (None, "") and getattr(drop, c) not in (None, "")]
    values = {c: getattr(drop, c) for c in filled}
    if not keep.heirs and drop.heirs:
        session.execute(update(Heir).where(Heir.person_id == drop_id).values(person_id=keep_id))
        filled.append("heirs")
    kept_enrolments = set(session.execute(select(Enrolment.programme, Enrolment.start_month)
                                          .where(Enrolment.person_id == keep_id)).all())
    for enrolment in session.scalars(select(Enrolment).where(Enrolment.person_id == drop_id)):
        if (enrolment.programme, enrolment.start_month) not in kept_enrolments:
            enrolment.person_id = keep_id
    kept_batches = set(session.scalars(select(BatchItem.batch_id).where(BatchItem.person_id == keep_id)))
    session.execute(update(BatchItem).where(BatchItem.person_id == drop_id,
                                            BatchItem.batch_id.not_in(kept_batches)).values(person_id=keep_id))
    session.execute(update(Claim).where(Claim.person_id == drop_id).values(person_id=keep_id))
    session.flush()
    session.expire_all()
    session.execute(delete(Person).where(Person.id == drop_id))  # frees its NIK before the kept one takes it
    if values:
        if "name" in values:
            values["name_key"] = name_key(values["name"])
        session.execute(update(Person).where(Person.id == keep_id).values(**values))
    audit.record(session, "merge", f"Dua data orang digabungkan (id {drop_id} → id {keep_id})", person_count=2,
                 fields=filled)
    return filled

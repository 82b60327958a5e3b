"""A batch's life: draft → checked → exported → answered / partly answered (or cancelled).

A person is in at most one open batch: an item still `pending` in a batch that is not answered or
cancelled keeps the person out of every new batch. Rejected persons can be corrected and batched again.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, delete, func, insert, literal, select, update
from sqlalchemy.orm import Session, object_session

from desktop import audit, clock, dialect
from desktop import settings as org_settings
from desktop.batches.presets import default_preset, ensure_builtin_presets, get_preset
from desktop.domain import status as person_status
from desktop.domain.dates_id import month_label
from desktop.errors import NotFound, UserError
from desktop.models import PROGRAMMES, SEGMENTS, Batch, BatchItem, Institution, OrgUnit, Person
from desktop.roster.queries import PersonFilter, apply_filter
from desktop.vocabulary import OPEN_BATCH_STATES, BatchAction, BatchState, batch_allows, batch_states_allowing

ELIGIBLE_STATUSES = ("belum", "ditolak")  # not yet enrolled, or rejected and corrected
# candidates a PKS lists: not yet registered and not answered by the branch (a rejected person is
# corrected and batched again, not listed as a candidate of the agreement)
CANDIDATE_STATUSES = ("belum", "diajukan")
ITEM_LABELS = person_status.ITEM_LABELS  # said with the words of the person's status
PAYMENT_MONTHS = (1, 3, 6, 12)


@dataclass
class BatchSpec:
    segment: str = "BPU"
    programmes: str = ""  # "" = any set; otherwise only persons with exactly this set ("JKK JKM JHT")
    period_start: dt.date | None = None  # first contribution month; default: next month
    months: int = 1
    preset: str | int | None = None  # default: the shipped preset of the segment
    prepared_by: str | None = None
    notes: str | None = None


@dataclass
class BatchSummary:
    id: int
    number: str
    state: str
    segment: str
    programmes: str
    period_start: dt.date
    months: int
    preset: str
    created_at: dt.datetime
    exported_at: dt.datetime | None
    export_path: str | None
    prepared_by: str | None
    persons: int
    pending: int  # waiting for the answer (or not sent yet while the batch is not exported)
    accepted: int  # a new KPJ
    rejected: int  # refused, without a KPJ
    had_kpj: int = 0  # refused as "already a participant": the KPJ she had is kept (a different fact)

    @property
    def state_label(self) -> str:
        return BatchState(self.state).label

    def counts_text(self) -> str:
        """"menunggu jawaban 3, terdaftar (KPJ baru) 120, sudah peserta (KPJ lama) 3, ditolak 7": the batch's
        counts with the labels of the persons' statuses (the Batch page's columns say the same)."""
        return ", ".join(f"{label[:1].lower()}{label[1:]} {n}" for label, n in self.counts())

    def counts(self) -> list[tuple[str, int]]:
        pending = ITEM_LABELS["pending"] if self.exported_at else ITEM_LABELS["unsent"]
        return [(pending, self.pending), (ITEM_LABELS["accepted"], self.accepted),
                (ITEM_LABELS["had_kpj"], self.had_kpj), (ITEM_LABELS["rejected"], self.rejected)]

    @property
    def period_label(self) -> str:
        return month_label(self.period_start) + (f" ({self.months} bulan)" if self.months > 1 else "")


def _programme_set(text: str) -> str:
    wanted = {p.upper() for p in text.replace(",", " ").split()}
    unknown = wanted - set(PROGRAMMES)
    if unknown:
        raise UserError(f"Program tidak dikenal: {', '.join(sorted(unknown))}. Pilih dari {', '.join(PROGRAMMES)}.")
    return " ".join(p for p in PROGRAMMES if p in wanted)


def _in_open_batch():
    return (select(BatchItem.person_id).join(Batch, Batch.id == BatchItem.batch_id)
            .where(Batch.state.in_(OPEN_BATCH_STATES), BatchItem.state == "pending"))


def eligible_query(session: Session, spec: BatchSpec, flt: PersonFilter | None = None,
                   person_ids: list[int] | None = None):
    """SELECT person.id of the persons that may join a new batch with this spec."""
    query = apply_filter(session, select(Person.id), flt or PersonFilter())
    query = query.where(Person.status.in_(ELIGIBLE_STATUSES), Person.segment == spec.segment,
                        Person.id.not_in(_in_open_batch()))
    if spec.programmes:
        query = query.where(Person.programmes == _programme_set(spec.programmes))
    if person_ids is not None:
        query = query.where(Person.id.in_(person_ids))
    return query


def count_eligible(session: Session, spec: BatchSpec, flt: PersonFilter | None = None,
                   person_ids: list[int] | None = None) -> int:
    query = eligible_query(session, spec, flt, person_ids)
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def _next_number(session: Session, today: dt.date) -> str:
    """B2026-0001, B2026-0002 …: the year's counter in the database (two desks never get one number).
    The counter starts above the numbers already there (batches made before it, or moved in)."""
    prefix = f"B{today.year}-"
    numbers = session.scalars(select(Batch.number).where(Batch.number.like(f"{prefix}%")))
    last = max((int(n[len(prefix):]) for n in numbers if n[len(prefix):].isdigit()), default=0)
    return f"{prefix}{dialect.next_number(session, f'batch:{today.year}', last + 1):04d}"


def _validate_spec(session: Session, spec: BatchSpec, today: dt.date) -> tuple[BatchSpec, int]:
    if spec.segment not in SEGMENTS:
        raise UserError("Segmen batch harus BPU atau PU.")
    if spec.months not in PAYMENT_MONTHS:
        raise UserError(f"Periode bayar harus {', '.join(map(str, PAYMENT_MONTHS))} bulan.")
    programmes = _programme_set(spec.programmes) if spec.programmes else ""
    if spec.segment == "BPU" and "JP" in programmes.split():
        raise UserError("JP hanya untuk peserta Penerima Upah (PU); pilih segmen PU atau hapus JP.")
    start = (spec.period_start or (today.replace(day=1) + dt.timedelta(days=32))).replace(day=1)
    ensure_builtin_presets(session)
    preset = get_preset(session, spec.preset) if spec.preset is not None else default_preset(session, spec.segment)
    if preset.segment != spec.segment:
        raise UserError(f"Preset '{preset.name}' untuk segmen {preset.segment}, bukan {spec.segment}.")
    return BatchSpec(spec.segment, programmes, start, spec.months, preset.id, spec.prepared_by, spec.notes), preset.id


def create_batch(session: Session, spec: BatchSpec, *, flt: PersonFilter | None = None,
                 person_ids: list[int] | None = None, today: dt.date | None = None) -> tuple[int, int, int]:
    """New draft batch from the current filter or a selection. Returns (batch id, persons in, skipped).

    Persons already enrolled, in another open batch, or of another segment/programme set are skipped."""
    today = today or clock.today()
    spec, preset_id = _validate_spec(session, spec, today)
    # The number first: taking it locks the year's counter until this transaction ends, so a second
    # desk creating a batch waits here and then sees this batch's persons as taken (a person is in
    # at most one open batch, also when two desks press "Buat batch" at the same moment).
    number = _next_number(session, today)
    eligible = eligible_query(session, spec, flt, person_ids)
    if not count_eligible(session, spec, flt, person_ids):
        raise UserError("Tidak ada orang yang dapat dimasukkan ke batch: semua sudah terdaftar, sudah ada di "
                        "batch lain yang masih terbuka, atau tidak cocok dengan segmen/program yang dipilih.")
    prepared_by = spec.prepared_by or org_settings.load(session).secretary_name or audit.current_actor()
    batch = Batch(number=number, preset_id=preset_id, segment=spec.segment,
                  programmes=spec.programmes, period_start=spec.period_start, months=spec.months, state="draft",
                  prepared_by=prepared_by, notes=spec.notes)
    session.add(batch)
    session.flush()
    session.execute(insert(BatchItem).from_select(
        ["batch_id", "person_id", "state"],
        eligible.with_only_columns(literal(batch.id), Person.id, literal("pending"))))
    # counted, not rowcount: a driver may report -1 for INSERT … SELECT (psycopg did: "dibuat: -1 orang")
    added = session.scalar(select(func.count()).select_from(BatchItem).where(BatchItem.batch_id == batch.id))
    asked = len(person_ids) if person_ids is not None else count_filter(session, flt)
    audit.record(session, "batch_create", f"Batch {batch.number} dibuat", person_count=added)
    return batch.id, added, max(asked - added, 0)


def count_filter(session: Session, flt: PersonFilter | None) -> int:
    return session.scalar(apply_filter(session, select(func.count(Person.id)), flt or PersonFilter())) or 0


def get_batch(session: Session, number_or_id: str | int) -> Batch:
    text = str(number_or_id)
    batch = session.scalar(select(Batch).where(Batch.number == text))
    if batch is None and text.isdigit():
        batch = session.get(Batch, int(text))
    if batch is None:
        raise NotFound(f"Batch '{number_or_id}' tidak ditemukan.")
    return batch


def _counts():
    return (select(BatchItem.batch_id,
                   func.count(BatchItem.id).filter(BatchItem.state != "removed"),
                   func.count(BatchItem.id).filter(BatchItem.state == "pending"),
                   func.count(BatchItem.id).filter(BatchItem.state == "accepted"),
                   func.count(BatchItem.id).filter(BatchItem.state == "rejected", BatchItem.kpj.is_(None)),
                   func.count(BatchItem.id).filter(BatchItem.state == "rejected", BatchItem.kpj.is_not(None)))
            .group_by(BatchItem.batch_id))


def list_batches(session: Session, batch_id: int | None = None) -> list[BatchSummary]:
    """Batches newest first with their counts (one grouped query)."""
    counts = {row[0]: row[1:] for row in session.execute(
        _counts() if batch_id is None else _counts().where(BatchItem.batch_id == batch_id))}
    query = select(Batch).order_by(Batch.id.desc())
    if batch_id is not None:
        query = query.where(Batch.id == batch_id)
    return [BatchSummary(b.id, b.number, b.state, b.segment, b.programmes, b.period_start, b.months,
                         b.preset.name if b.preset else "", b.created_at, b.exported_at, b.export_path,
                         b.prepared_by, *counts.get(b.id, (0, 0, 0, 0, 0)))
            for b in session.scalars(query)]


def summary(session: Session, number_or_id: str | int) -> BatchSummary:
    return list_batches(session, get_batch(session, number_or_id).id)[0]


def require_state(batch: Batch, action: BatchAction) -> None:
    """UserError unless the batch's state allows `action` (vocabulary.batch_allows, as the buttons).

    On a server the batch row is locked and read again first (SELECT … FOR UPDATE): a second desk
    acting on the same batch at the same moment waits, then sees the state the first one left
    (exported, cancelled) and is refused, instead of both going ahead. SQLite has one writer anyway."""
    session = object_session(batch)
    if session is not None and dialect.is_server(session):
        session.refresh(batch, with_for_update=True)
    if not batch_allows(batch.state, action):
        raise UserError(f"Batch {batch.number} berstatus '{BatchState(batch.state).label}'; {action.label} hanya "
                        f"dapat dilakukan pada batch berstatus "
                        f"{', '.join(s.label for s in batch_states_allowing(action))}.")


def remove_persons(session: Session, number_or_id: str | int, person_ids: list[int]) -> int:
    """Take persons out of a batch that is not exported yet (it goes back to draft: check again)."""
    batch = get_batch(session, number_or_id)
    require_state(batch, BatchAction.REMOVE)
    removed = session.execute(delete(BatchItem).where(BatchItem.batch_id == batch.id,
                                                      BatchItem.person_id.in_(person_ids))).rowcount
    if removed:
        batch.state = "draft"
        audit.record(session, "batch_remove", f"{removed} orang dikeluarkan dari batch {batch.number}",
                     person_count=removed)
    return removed


def cancel_batch(session: Session, number_or_id: str | int) -> None:
    """Cancel an open batch: its pending persons become free for a new batch (status back to 'belum')."""
    batch = get_batch(session, number_or_id)
    require_state(batch, BatchAction.CANCEL)
    pending = select(BatchItem.person_id).where(BatchItem.batch_id == batch.id, BatchItem.state == "pending")
    session.execute(update(Person).where(Person.id.in_(pending), Person.status == "diajukan")
                    .values(status="belum"))
    batch.state = "cancelled"
    audit.record(session, "batch_cancel", f"Batch {batch.number} dibatalkan")


@dataclass
class ItemRow:
    person_id: int
    name: str
    nik: str | None
    unit: str
    state: str
    kpj: str | None
    reason: str | None
    matched_by: str | None
    exported: bool = True  # the batch went to the branch office: a pending item is waiting for its answer

    @property
    def state_label(self) -> str:
        return person_status.item_label(self.state, self.kpj, self.exported)


_UNIT_NAME = case((Institution.name.is_not(None), Institution.name), else_=func.coalesce(OrgUnit.name, ""))
ITEM_SORTS = {  # the batch table's sortable columns → SQL
    "name": (Person.name_key,), "nik": (Person.nik,), "unit": (_UNIT_NAME, Person.name_key),
    "state": (BatchItem.state, Person.name_key), "kpj": (func.coalesce(BatchItem.kpj, Person.kpj),),
}


def item_ids(session: Session, batch_id: int, state: str | None = None, *, sort: str | None = None,
             descending: bool = False) -> list[int]:
    """Person ids of a batch in display order (unit, then name; or by one of ITEM_SORTS)."""
    query = (select(BatchItem.person_id).join(Person, Person.id == BatchItem.person_id)
             .where(BatchItem.batch_id == batch_id))
    if sort in ITEM_SORTS:
        keys = [key.desc() if descending else key for key in ITEM_SORTS[sort]]
        query = (query.outerjoin(Institution, Institution.id == Person.institution_id)
                 .outerjoin(OrgUnit, OrgUnit.id == Person.unit_id).order_by(*keys, Person.id))
    else:
        query = query.order_by(Person.unit_id, Person.name_key, Person.id)
    if state:
        query = query.where(BatchItem.state == state)
    return list(session.scalars(query))


def item_rows(session: Session, batch_id: int, person_ids: list[int]) -> dict[int, ItemRow]:
    query = (select(Person.id, Person.name, Person.nik,
                    _UNIT_NAME, BatchItem.state, func.coalesce(BatchItem.kpj, Person.kpj), BatchItem.reason,
                    BatchItem.matched_by)
             .join(BatchItem, and_(BatchItem.person_id == Person.id, BatchItem.batch_id == batch_id))
             .outerjoin(Institution, Institution.id == Person.institution_id)
             .outerjoin(OrgUnit, OrgUnit.id == Person.unit_id)
             .where(Person.id.in_(person_ids)))
    batch = session.get(Batch, batch_id)
    exported = batch is not None and batch.exported_at is not None
    return {row[0]: ItemRow(*row, exported) for row in session.execute(query)}

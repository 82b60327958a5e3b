"""The claims register: benefit cases (kasus) per person and programme, and their counts and sums.

The branch reports its figures as "JKK 1.345 kasus, Rp3,4 miliar": `summary` gives the same shape
per programme (and per year or month) in one grouped query. A JKM claim shows the person's heirs,
who receive the benefit.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import audit, clock
from desktop.dialect import date_text
from desktop.domain import rates as rate_rules
from desktop.errors import NotFound, UserError
from desktop.models import Claim, Heir, Person

# Case types per programme as the branch names them; the clerk may also type another.
CASE_TYPES = {
    "JKK": ("Kecelakaan kerja", "Penyakit akibat kerja", "Meninggal karena kecelakaan kerja"),
    "JKM": ("Meninggal dunia",),
    "JHT": ("Usia 56 tahun", "Berhenti bekerja", "Meninggal dunia", "Cacat total tetap", "Klaim sebagian 10%",
            "Klaim sebagian 30% (perumahan)", "Meninggalkan Indonesia"),
    "JP": ("Pensiun hari tua", "Pensiun cacat", "Pensiun janda/duda", "Pensiun anak", "Pensiun orang tua",
           "Manfaat sekaligus"),
}
PROGRAMMES = tuple(CASE_TYPES)
STATUSES = ("diajukan", "diproses", "dibayar", "ditolak")
STATUS_LABELS = {"diajukan": "Diajukan", "diproses": "Diproses", "dibayar": "Dibayar", "ditolak": "Ditolak"}


@dataclass
class ClaimData:
    person_id: int
    programme: str
    event_date: dt.date
    case_type: str = ""
    amount: int = 0  # rupiah paid (0 until paid)
    status: str = "diajukan"
    paid_date: dt.date | None = None
    notes: str | None = None


@dataclass
class HeirView:
    name: str
    relation: str | None
    birth_date: dt.date | None


@dataclass
class ClaimView:
    id: int
    person_id: int | None
    person_name: str
    programme: str
    case_type: str
    event_date: dt.date
    paid_date: dt.date | None
    amount: int
    status: str
    notes: str | None
    heirs: list[HeirView] = field(default_factory=list)  # filled for JKM claims


def _clean(session: Session, data: ClaimData, today: dt.date) -> ClaimData:
    programme = (data.programme or "").strip().upper()
    if programme not in PROGRAMMES:
        raise UserError(f"Program '{data.programme}' tidak dikenal; pilih {', '.join(PROGRAMMES)}.", field="programme")
    person = session.get(Person, data.person_id) if data.person_id else None
    if person is None or person.deleted_at is not None:
        raise NotFound(f"Orang dengan id {data.person_id} tidak ditemukan.", field="person_id")
    status = (data.status or "").strip().lower()
    if status not in STATUSES:
        raise UserError(f"Status klaim '{data.status}' tidak dikenal; pilih {', '.join(STATUSES)}.", field="status")
    if data.event_date > today:
        raise UserError("Tanggal kejadian tidak boleh sesudah hari ini.", field="event_date")
    if isinstance(data.amount, bool) or not isinstance(data.amount, int) or data.amount < 0:
        raise UserError("Jumlah dibayar harus rupiah utuh, tidak negatif.", field="amount")
    if status == "dibayar" and data.paid_date is None:
        raise UserError("Klaim berstatus dibayar: isi tanggal dibayar.", field="paid_date")
    if data.paid_date is not None and data.paid_date < data.event_date:
        raise UserError("Tanggal dibayar tidak boleh sebelum tanggal kejadian.", field="paid_date")
    case_type = " ".join((data.case_type or "").split()) or CASE_TYPES[programme][0]
    return ClaimData(person_id=data.person_id, programme=programme, event_date=data.event_date, case_type=case_type,
                     amount=data.amount, status=status, paid_date=data.paid_date,
                     notes=(data.notes or "").strip() or None)


def add_claim(session: Session, data: ClaimData, today: dt.date | None = None) -> int:
    clean = _clean(session, data, today or clock.today())
    claim = Claim(person_id=clean.person_id, programme=clean.programme, case_type=clean.case_type,
                  event_date=clean.event_date, paid_date=clean.paid_date, amount=clean.amount,
                  status=clean.status, notes=clean.notes)
    session.add(claim)
    session.flush()
    audit.record(session, "claim_add", f"Klaim {clean.programme} dicatat (id {claim.id})", person_count=1,
                 fields=["programme", "case_type", "event_date", "amount", "status"])
    return claim.id


def update_claim(session: Session, claim_id: int, data: ClaimData, today: dt.date | None = None) -> None:
    claim = _get(session, claim_id)
    clean = _clean(session, data, today or clock.today())
    for name in ("person_id", "programme", "case_type", "event_date", "paid_date", "amount", "status", "notes"):
        setattr(claim, name, getattr(clean, name))
    session.flush()
    audit.record(session, "claim_edit", f"Klaim {clean.programme} diubah (id {claim_id})", person_count=1)


def delete_claim(session: Session, claim_id: int) -> None:
    claim = _get(session, claim_id)
    session.delete(claim)
    session.flush()
    audit.record(session, "claim_delete", f"Klaim {claim.programme} dihapus (id {claim_id})", person_count=1)


def _get(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(f"Klaim dengan id {claim_id} tidak ditemukan.")
    return claim


@dataclass
class ClaimFilter:
    programme: str | None = None
    status: str | None = None
    start: dt.date | None = None  # event date from
    end: dt.date | None = None  # event date up to and including
    person_id: int | None = None
    unit_ids: list[int] | None = None  # persons of these units only (a PAC and the units below it)


def _where(flt: ClaimFilter) -> list:
    clauses = []
    if flt.programme:
        clauses.append(Claim.programme == flt.programme.upper())
    if flt.status:
        clauses.append(Claim.status == flt.status)
    if flt.start:
        clauses.append(Claim.event_date >= flt.start)
    if flt.end:
        clauses.append(Claim.event_date <= flt.end)
    if flt.person_id is not None:
        clauses.append(Claim.person_id == flt.person_id)
    if flt.unit_ids is not None:
        clauses.append(Claim.person_id.in_(select(Person.id).where(Person.unit_id.in_(flt.unit_ids))))
    return clauses


def list_claims(session: Session, flt: ClaimFilter | None = None, limit: int | None = 1000) -> list[ClaimView]:
    """Claims newest first, with the person's name (heirs only in `claim_detail`)."""
    query = (select(Claim.id, Claim.person_id, func.coalesce(Person.name, "(orang dihapus)"), Claim.programme,
                    Claim.case_type, Claim.event_date, Claim.paid_date, Claim.amount, Claim.status, Claim.notes)
             .outerjoin(Person, Person.id == Claim.person_id)
             .where(*_where(flt or ClaimFilter()))
             .order_by(Claim.event_date.desc(), Claim.id.desc()).limit(limit))
    return [ClaimView(*row) for row in session.execute(query)]


def claim_detail(session: Session, claim_id: int) -> ClaimView:
    """One claim; a JKM (death) claim carries the person's heirs, who receive the benefit."""
    claim = _get(session, claim_id)
    person = session.get(Person, claim.person_id) if claim.person_id else None
    view = ClaimView(claim.id, claim.person_id, person.name if person else "(orang dihapus)", claim.programme,
                     claim.case_type, claim.event_date, claim.paid_date, claim.amount, claim.status, claim.notes)
    if claim.programme == "JKM" and person is not None:
        view.heirs = [HeirView(h.name, h.relation, h.birth_date) for h in session.scalars(
            select(Heir).where(Heir.person_id == person.id).order_by(Heir.position))]
    return view


@dataclass
class ClaimTotals:
    programme: str
    period: str  # "" for all time, "2026" or "2026-05"
    cases: int = 0  # every claim that is not rejected
    paid_cases: int = 0
    paid: int = 0  # rupiah


def summary(session: Session, flt: ClaimFilter | None = None, by: str = "") -> list[ClaimTotals]:
    """Cases and rupiah paid per programme (and per "year" or "month" of the event), one grouped query.

    Rejected claims are not cases; the programmes always appear, in the branch's order, even at 0.
    """
    period = {"": None, "year": date_text(Claim.event_date, "year"),
              "month": date_text(Claim.event_date, "month")}.get(by, False)
    if period is False:
        raise UserError(f"Pengelompokan '{by}' tidak dikenal; pilih year atau month.")
    columns = [Claim.programme] + ([period] if period is not None else [])
    paid = Claim.status == "dibayar"
    query = (select(*columns, func.count(), func.count().filter(paid),
                    func.coalesce(func.sum(Claim.amount).filter(paid), 0))
             .where(*_where(flt or ClaimFilter()), Claim.status != "ditolak").group_by(*columns))
    found = {(row[0], row[1] if period is not None else ""): ClaimTotals(
        row[0], row[1] if period is not None else "", row[-3], row[-2] or 0, row[-1]) for row in session.execute(query)}
    periods = sorted({p for _, p in found}) or [""]
    order = list(rate_rules.PROGRAMME_ORDER) + sorted({p for p, _ in found} - set(rate_rules.PROGRAMME_ORDER))
    return [found.get((prog, per), ClaimTotals(prog, per)) for per in periods for prog in order]

"""Viewing and extending the effective-dated rate tables (rates and BPU income brackets).

A regulation change is a new row from its first contribution month: the open row it replaces is
closed the day before, so every month keeps the rate it had. Rows that priced past months are never
rewritten; a row starting in a past month is refused unless the change is retroactive on purpose
(as PP 36/2025 was) and the caller says so.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, clock, contributions
from desktop.domain import dates_id
from desktop.domain import rates as rate_rules
from desktop.errors import UserError
from desktop.models import BpuBracket, Rate

# The rates screen's tabs: which rows each shows.
CATEGORIES = {
    "bpu": "BPU (peserta mandiri)",
    "pu": "PU per kelompok risiko",
    "jp": "Batas upah JP per tahun",
    "discount": "Keringanan (diskon)",
}


def category_of(row: rate_rules.RateRow) -> str:
    if row.is_discount:
        return "discount"
    if row.programme == "JP":
        return "jp"
    return "bpu" if row.segment == "BPU" else "pu"


def rates_in(session: Session, category: str | None = None) -> list[rate_rules.RateRow]:
    """Rate rows of one tab (all when None), newest first within a programme."""
    rows = [r for r in contributions.rate_rows(session) if category is None or category_of(r) == category]
    return sorted(rows, key=lambda r: (r.programme, r.segment, r.applies_to, -r.valid_from.toordinal()))


def brackets(session: Session) -> list[rate_rules.BracketRow]:
    return contributions.bracket_rows(session)


@dataclass
class Added:
    id: int
    closed: list[int]  # ids of rows closed the day before the new one starts


def _check_month(valid_from: dt.date, today: dt.date, retroactive: bool) -> None:
    if valid_from < today.replace(day=1) and not retroactive:
        raise UserError(
            f"Bulan iuran {dates_id.month_label(valid_from)} sudah lewat. Tarif bulan yang sudah lewat tidak diubah; "
            "pilih bulan ini atau sesudahnya, atau tandai perubahan sebagai berlaku surut bila peraturannya memang "
            "berlaku surut.", field="valid_from")


def rate_from_text(programme: str, segment: str, component: str, basis: str, value: str, valid_from: str, *,
                   valid_to: str = "", cap_rupiah: str = "", applies_to: str = "", legal_basis: str = "",
                   certainty: str = "verified") -> rate_rules.RateRow:
    """A new rate row from what the clerk typed (window form or CLI); UserError says what to fix."""
    try:
        start = dates_id.parse_month(valid_from)
        end = _last_day(dates_id.parse_month(valid_to)) if valid_to.strip() else None
    except ValueError as exc:
        raise UserError(str(exc), field="valid_from") from None
    try:
        amount = Decimal(value.strip().replace(",", "."))
        cap = int(cap_rupiah.replace(".", "")) if cap_rupiah.strip() else None
    except (InvalidOperation, ValueError):
        raise UserError(f"Nilai '{value}' atau batas upah '{cap_rupiah}' bukan angka.", field="value") from None
    return rate_rules.RateRow(programme=programme.strip().upper(), segment=segment.strip().upper(),
                              component=component.strip().lower(), basis=basis.strip().lower(), value=amount,
                              cap_rupiah=cap, valid_from=start, valid_to=end, applies_to=applies_to.strip(),
                              legal_basis=legal_basis.strip(), certainty=certainty.strip().lower())


def _last_day(month: dt.date) -> dt.date:
    return rate_rules.add_months(month, 1) - dt.timedelta(days=1)


def add_rate(session: Session, row: rate_rules.RateRow, *, today: dt.date | None = None,
             retroactive: bool = False) -> Added:
    """Add a rate row valid from its month; the open row with the same key is closed the day before."""
    problems = rate_rules.validate_rate_row(row)
    if problems:
        raise UserError("Baris tarif tidak sah: " + "; ".join(problems) + ".")
    _check_month(row.valid_from, today or clock.today(), retroactive)
    existing = contributions.rate_rows(session)
    closed = []
    for old in existing:
        same_kind = (old.programme, old.segment, old.component, old.basis) == (
            row.programme, row.segment, row.component, row.basis)
        # an open row with the same conditions overlaps the new one exactly when it is the one replaced
        if not same_kind or old.valid_to is not None or not rate_rules.check_overlaps([old, row]):
            continue
        if old.valid_from >= row.valid_from:
            raise UserError(f"Sudah ada tarif yang sama mulai {dates_id.month_label(old.valid_from)}; baris baru harus "
                            "mulai sesudahnya.", field="valid_from")
        closed.append(old.id)
    ending = row.valid_from - dt.timedelta(days=1)
    after = [replace(r, valid_to=ending) if r.id in closed else r for r in existing] + [row]
    overlaps = rate_rules.check_overlaps(after)
    if overlaps:
        raise UserError(" ".join(overlaps) + " Ubah masa berlaku baris baru.", field="valid_from")
    for rate in session.scalars(select(Rate).where(Rate.id.in_(closed))):
        rate.valid_to = ending
    rate = Rate(programme=row.programme, segment=row.segment, component=row.component, basis=row.basis,
                value=row.value, cap_rupiah=row.cap_rupiah, valid_from=row.valid_from, valid_to=row.valid_to,
                applies_to=row.applies_to, legal_basis=row.legal_basis, certainty=row.certainty)
    session.add(rate)
    session.flush()
    audit.record(session, "rate_add", f"Tarif ditambahkan: {row.describe()}"[:250],
                 detail={"closed": closed, "retroactive": retroactive})
    return Added(rate.id, closed)


def _check_range(bracket: rate_rules.BracketRow) -> None:
    if bracket.income_low is None:
        # an income is looked up by the row whose range holds it: a row without a range prices nobody
        raise UserError("Isi penghasilan terendah golongan ini (Rp0 untuk golongan terendah).", field="income_low")
    if bracket.income_high is not None and bracket.income_high < bracket.income_low:
        raise UserError("Penghasilan tertinggi lebih kecil dari penghasilan terendah.", field="income_high")


def add_bracket(session: Session, bracket: rate_rules.BracketRow, *, today: dt.date | None = None,
                retroactive: bool = False) -> Added:
    """Add a BPU income bracket; the open bracket with the same declared income is closed the day before.

    Its JKK/JKM/JHT amounts must match the BPU rate rows of its first month (§10.2)."""
    if bracket.valid_from.day != 1:
        raise UserError("Berlaku mulai harus tanggal 1 (awal bulan iuran).", field="valid_from")
    _check_range(bracket)
    _check_month(bracket.valid_from, today or clock.today(), retroactive)
    mismatches = rate_rules.check_brackets([bracket], contributions.rate_rows(session))
    if mismatches:
        raise UserError(" ".join(mismatches), field="jkk")
    staying = [b for b in brackets(session)
               if not (b.dasar_penghasilan == bracket.dasar_penghasilan and b.valid_to is None)]
    overlaps = rate_rules.check_bracket_ranges([*staying, bracket], bracket.valid_from)
    if overlaps:
        raise UserError(" ".join(overlaps) + " Perbaiki rentang penghasilannya.", field="income_low")
    closed = []
    for old in session.scalars(select(BpuBracket).where(BpuBracket.dasar_penghasilan == bracket.dasar_penghasilan,
                                                        BpuBracket.valid_to.is_(None))):
        if old.valid_from >= bracket.valid_from:
            raise UserError(f"Golongan {bracket.dasar_penghasilan} sudah ada mulai "
                            f"{dates_id.month_label(old.valid_from)}; baris baru harus mulai sesudahnya.")
        old.valid_to = bracket.valid_from - dt.timedelta(days=1)
        closed.append(old.id)
    row = BpuBracket(valid_from=bracket.valid_from, valid_to=bracket.valid_to, income_low=bracket.income_low,
                     income_high=bracket.income_high, dasar_penghasilan=bracket.dasar_penghasilan, jkk=bracket.jkk,
                     jkm=bracket.jkm, jht=bracket.jht, legal_basis=bracket.legal_basis,
                     certainty=bracket.certainty or "verified", note=bracket.note or None)
    session.add(row)
    session.flush()
    audit.record(session, "bracket_add", f"Golongan penghasilan BPU {bracket.dasar_penghasilan} ditambahkan",
                 detail={"closed": closed, "retroactive": retroactive})
    return Added(row.id, closed)


def correct_bracket(session: Session, bracket_id: int, corrected: rate_rules.BracketRow) -> None:
    """Put right a bracket row as the Kantor Cabang gives it (a weak row copied from an unofficial
    table, not a regulation change): the row is changed in place, the change is audited with the old
    values, and the amounts must still match the BPU rate rows (§10.2)."""
    row = session.get(BpuBracket, bracket_id)
    if row is None:
        raise UserError(f"Golongan penghasilan dengan id {bracket_id} tidak ditemukan.")
    _check_range(corrected)
    if corrected.certainty not in rate_rules.CERTAINTIES:
        raise UserError("Pilih kepastian: pasti, lemah atau belum pasti.", field="certainty")
    mismatches = rate_rules.check_brackets([replace(corrected, valid_from=row.valid_from)],
                                           contributions.rate_rows(session))
    if mismatches:
        raise UserError(" ".join(mismatches), field="jkk")
    others = [b for b in brackets(session) if b.id != bracket_id]
    overlaps = rate_rules.check_bracket_ranges([*others, replace(corrected, valid_from=row.valid_from,
                                                                 valid_to=row.valid_to)], row.valid_from)
    if overlaps:
        raise UserError(" ".join(overlaps) + " Perbaiki rentang penghasilannya.", field="income_low")
    before = {k: getattr(row, k) for k in ("income_low", "income_high", "dasar_penghasilan", "jkk", "jkm", "jht",
                                           "certainty", "legal_basis", "note")}
    for key in before:
        setattr(row, key, getattr(corrected, key))
    session.flush()
    audit.record(session, "bracket_correct", f"Golongan penghasilan BPU {row.dasar_penghasilan} dikoreksi",
                 detail={"id": bracket_id, "before": before})

"""Monthly contributions from the rate tables in the DB (the calculator itself is desktop.domain.rates)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import settings as org_settings
from desktop.domain import rates as rate_rules
from desktop.errors import UserError
from desktop.models import BpuBracket, Institution, Person, Rate


def _plain(value: Decimal) -> Decimal:
    """Numeric columns come back as 50.0000; show and compute them as 50."""
    value = Decimal(value)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def rate_rows(session: Session) -> list[rate_rules.RateRow]:
    return [rate_rules.RateRow(programme=r.programme, segment=r.segment, component=r.component, basis=r.basis,
                               value=_plain(r.value), cap_rupiah=r.cap_rupiah, valid_from=r.valid_from,
                               valid_to=r.valid_to, applies_to=r.applies_to or "", legal_basis=r.legal_basis,
                               certainty=r.certainty, id=r.id)
            for r in session.scalars(select(Rate).order_by(Rate.programme, Rate.segment, Rate.valid_from))]


def bracket_rows(session: Session) -> list[rate_rules.BracketRow]:
    return [rate_rules.BracketRow(b.valid_from, b.valid_to, b.income_low, b.income_high, b.dasar_penghasilan, b.jkk,
                                  b.jkm, b.jht, b.legal_basis, b.certainty, b.note or "", b.id)
            for b in session.scalars(select(BpuBracket).order_by(BpuBracket.dasar_penghasilan, BpuBracket.valid_from))]


def pricer(session: Session) -> rate_rules.Pricer:
    """The one pricer every screen, document and batch uses: today's rate and bracket rows and the
    organisation's rounding rule."""
    return rate_rules.Pricer(rate_rows(session), bracket_rows(session), org_settings.load(session).rounding)


NO_INCOME = "Penghasilan/upah belum diisi"


def profile(segment: str, programmes: str, income: int | None, risk_group: str | None = "I",
            payer: str | None = "SELF", sector: str | None = "other") -> rate_rules.Profile:
    """A pricing profile from a person's stored values (or a grouped SQL row of them).

    No income (or Rp0) is a problem the caller shows, never a price of zero or of the floor."""
    if not income:
        raise UserError(NO_INCOME, field="income")
    return rate_rules.Profile(segment=segment, programmes=frozenset((programmes or "").split()), income=income,
                              risk_group=risk_group or "I", payer=payer, sector=sector)


def price_or_reason(pricer: rate_rules.Pricer, month: dt.date, segment: str, programmes: str, income: int | None,
                    risk_group: str | None = "I", payer: str | None = "SELF",
                    sector: str | None = "other") -> rate_rules.Contribution | str:
    """The contribution for a month, or the reason (Indonesian) why it cannot be computed yet."""
    try:
        return pricer.price(profile(segment, programmes, income, risk_group, payer, sector), month)
    except UserError as exc:
        return exc.message


def profile_of(session: Session, person: Person) -> rate_rules.Profile:
    if not person.income:
        raise UserError(f"Penghasilan/upah {person.name} belum diisi; iuran tidak dapat dihitung.", field="income")
    risk_group = "I"
    if person.institution_id:
        inst = session.get(Institution, person.institution_id)
        risk_group = inst.risk_group if inst else "I"
    return profile(person.segment, person.programmes, person.income, risk_group, person.payer, person.sector)


def person_contribution(session: Session, person_id: int, month: dt.date,
                        rows: list[rate_rules.RateRow] | None = None) -> rate_rules.Contribution:
    person = session.get(Person, person_id)
    if person is None:
        raise UserError(f"Orang dengan id {person_id} tidak ditemukan.")
    cfg = org_settings.load(session)
    return rate_rules.contribution(rows if rows is not None else rate_rows(session), profile_of(session, person),
                                   month, rounding=cfg.rounding, brackets=bracket_rows(session))

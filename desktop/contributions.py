"""Monthly contributions from the rate tables in the DB (the calculator itself is desktop.domain.rates)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import settings as org_settings
from desktop.domain import rates as rate_rules
from desktop.errors import UserError
from desktop.models import Institution, Person, Rate


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


def profile_of(session: Session, person: Person) -> rate_rules.Profile:
    if person.income is None:
        raise UserError(f"Penghasilan/upah {person.name} belum diisi; iuran tidak dapat dihitung.", field="income")
    risk_group = "I"
    if person.institution_id:
        inst = session.get(Institution, person.institution_id)
        risk_group = inst.risk_group if inst else "I"
    return rate_rules.Profile(segment=person.segment, programmes=frozenset(person.programmes.split()),
                              income=person.income, risk_group=risk_group, payer=person.payer,
                              sector=person.sector)


def person_contribution(session: Session, person_id: int, month: dt.date,
                        rows: list[rate_rules.RateRow] | None = None) -> rate_rules.Contribution:
    person = session.get(Person, person_id)
    if person is None:
        raise UserError(f"Orang dengan id {person_id} tidak ditemukan.")
    cfg = org_settings.load(session)
    return rate_rules.contribution(rows if rows is not None else rate_rows(session), profile_of(session, person),
                                   month, rounding=cfg.rounding)

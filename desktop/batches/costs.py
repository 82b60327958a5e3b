"""What a batch costs per month, from the rate tables for the batch's contribution months.

Persons are grouped in SQL by everything the price depends on (segment, programmes, income, payer,
sector, risk group); each distinct profile is priced once per month, then multiplied by its count.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import contributions
from desktop.domain import billing
from desktop.domain import rates as rate_rules
from desktop.errors import UserError
from desktop.models import Batch, BatchItem, Institution, OrgUnit, Person

PAYER_LABELS = {"SELF": "Peserta sendiri", "ORG": "Organisasi", "DONOR": "Donatur", "APBD": "APBD", "APBN": "APBN"}


def batch_months(batch: Batch) -> list[dt.date]:
    """The contribution months a batch pays for (1, 3, 6 or 12 from its first month)."""
    return rate_rules.months_between(batch.period_start, batch.months)


def period_of(pricer: rate_rules.Pricer, months: list[dt.date], values: dict) -> rate_rules.ContributionPeriod:
    """One person's (or one grouped profile's) contributions for every month of a batch; raises
    UserError (no income, no bracket, no rate) so the batch check can name the problem."""
    profile = contributions.profile(values["segment"], values["programmes"], values["income"],
                                    values.get("risk_group"), values["payer"], values["sector"])
    return pricer.period(profile, months)


@dataclass
class BatchCost:
    months: list[dt.date]
    persons: int = 0
    persons_by_programme: dict[str, int] = field(default_factory=dict)
    by_programme: dict[str, dict[dt.date, int]] = field(default_factory=dict)  # programme → month → rupiah
    by_payer: dict[str, list[int]] = field(default_factory=dict)  # payer → [persons, rupiah for the period]
    by_unit: dict[str, list[int]] = field(default_factory=dict)  # unit → [persons, rupiah for the period]
    period: billing.PricedPeriod | None = None  # per month: normal, discount with its legal basis, to pay;
    # with the persons whose price cannot be computed (by reason) and whether a weak row was used

    def month_total(self, month: dt.date) -> int:
        return sum(amounts.get(month, 0) for amounts in self.by_programme.values())

    @property
    def total(self) -> int:
        return sum(sum(amounts.values()) for amounts in self.by_programme.values())


def unit_label():
    """SQL: the institution's name, else the unit's (the "Lembaga/PAC/Ranting" a person belongs to)."""
    return func.coalesce(Institution.name, OrgUnit.name, "(tanpa unit)")


def batch_cost(session: Session, batch: Batch, states: tuple[str, ...] = ("pending",)) -> BatchCost:
    pricer = contributions.pricer(session)
    cost = BatchCost(batch_months(batch))
    cost.period = billing.PricedPeriod.of(cost.months)
    # the same expression objects in SELECT and GROUP BY: one bind parameter each, so PostgreSQL sees
    # identical expressions (two separately built coalesce(…, 'I') would be two parameters to it)
    risk, unit_name = func.coalesce(Institution.risk_group, "I"), unit_label()
    query = (select(Person.segment, Person.programmes, Person.income, Person.payer, Person.sector,
                    risk, unit_name, func.count(Person.id))
             .join(BatchItem, BatchItem.person_id == Person.id)
             .outerjoin(Institution, Institution.id == Person.institution_id)
             .outerjoin(OrgUnit, OrgUnit.id == Person.unit_id)
             .where(BatchItem.batch_id == batch.id, BatchItem.state.in_(states))
             .group_by(Person.segment, Person.programmes, Person.income, Person.payer, Person.sector,
                       risk, unit_name))
    by_programme: dict[str, dict[dt.date, int]] = defaultdict(lambda: defaultdict(int))
    for segment, programmes, income, payer, sector, risk_group, unit, count in session.execute(query):
        values = {"segment": segment, "programmes": programmes, "income": income, "payer": payer, "sector": sector,
                  "risk_group": risk_group}
        try:
            period = period_of(pricer, cost.months, values)
        except UserError as exc:
            cost.period.add_problem(exc.message, count)
            continue
        cost.persons += count
        for programme in programmes.split():
            cost.persons_by_programme[programme] = cost.persons_by_programme.get(programme, 0) + count
        for contribution in period.contributions:
            cost.period.add(contribution, count)
            for programme, amount in contribution.by_programme().items():
                by_programme[programme][contribution.month] += amount * count
        for table, key in ((cost.by_payer, PAYER_LABELS.get(payer, payer)), (cost.by_unit, unit)):
            entry = table.setdefault(key, [0, 0])
            entry[0] += count
            entry[1] += period.total * count
    cost.by_programme = {p: dict(by_programme[p]) for p in sorted(by_programme, key=programme_order)}
    cost.persons_by_programme = {p: cost.persons_by_programme[p]
                                 for p in sorted(cost.persons_by_programme, key=programme_order)}
    return cost


def programme_order(programme: str) -> tuple[int, str]:
    order = rate_rules.PROGRAMME_ORDER
    return (order.index(programme) if programme in order else len(order), programme)

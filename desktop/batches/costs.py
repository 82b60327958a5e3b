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

from desktop import settings as org_settings
from desktop.contributions import rate_rows
from desktop.domain import rates as rate_rules
from desktop.errors import UserError
from desktop.models import Batch, BatchItem, Institution, OrgUnit, Person

PAYER_LABELS = {"SELF": "Peserta sendiri", "ORG": "Organisasi", "DONOR": "Donatur", "APBD": "APBD", "APBN": "APBN"}


class Pricer:
    """Prices profiles for the batch's months, each distinct profile once."""

    def __init__(self, session: Session, batch: Batch):
        self.rows = rate_rows(session)
        self.rounding = org_settings.load(session).rounding
        self.months = rate_rules.months_between(batch.period_start, batch.months)
        self._cache: dict[tuple, rate_rules.ContributionPeriod | UserError] = {}

    def price(self, segment: str, programmes: str, income: int | None, payer: str, sector: str,
              risk_group: str) -> rate_rules.ContributionPeriod:
        """The contributions for every month of the batch; raises UserError when it cannot be priced."""
        key = (segment, programmes, income, payer, sector, risk_group)
        if key not in self._cache:
            try:
                profile = rate_rules.Profile(segment=segment, programmes=frozenset(programmes.split()), income=income,
                                             risk_group=risk_group or "I", payer=payer, sector=sector)
                self._cache[key] = rate_rules.contribution_for_months(self.rows, profile, self.months, self.rounding)
            except UserError as exc:
                self._cache[key] = exc
        result = self._cache[key]
        if isinstance(result, UserError):
            raise result
        return result

    def price_values(self, values: dict) -> rate_rules.ContributionPeriod:
        return self.price(values["segment"], values["programmes"], values["income"], values["payer"],
                          values["sector"], values["risk_group"])


@dataclass
class BatchCost:
    months: list[dt.date]
    persons: int = 0
    persons_by_programme: dict[str, int] = field(default_factory=dict)
    by_programme: dict[str, dict[dt.date, int]] = field(default_factory=dict)  # programme → month → rupiah
    by_payer: dict[str, list[int]] = field(default_factory=dict)  # payer → [persons, rupiah for the period]
    by_unit: dict[str, list[int]] = field(default_factory=dict)  # unit → [persons, rupiah for the period]

    def month_total(self, month: dt.date) -> int:
        return sum(amounts.get(month, 0) for amounts in self.by_programme.values())

    @property
    def total(self) -> int:
        return sum(sum(amounts.values()) for amounts in self.by_programme.values())


def unit_label():
    """SQL: the institution's name, else the unit's (the "Lembaga/PAC/Ranting" a person belongs to)."""
    return func.coalesce(Institution.name, OrgUnit.name, "(tanpa unit)")


def batch_cost(session: Session, batch: Batch, states: tuple[str, ...] = ("pending",)) -> BatchCost:
    pricer = Pricer(session, batch)
    cost = BatchCost(pricer.months)
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
        period = pricer.price(segment, programmes, income, payer, sector, risk_group)
        cost.persons += count
        for programme in programmes.split():
            cost.persons_by_programme[programme] = cost.persons_by_programme.get(programme, 0) + count
        for contribution in period.contributions:
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

"""Monthly contributions for many persons at once: the rate rows are read once and each distinct
profile (segment, programmes, income, risk group, payer, sector) is priced once, since thousands of
members share a handful of brackets."""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop import contributions
from desktop import settings as org_settings
from desktop.domain import rates as rate_rules
from desktop.errors import UserError


class Pricer:
    def __init__(self, session: Session, month: dt.date):
        self.month = month.replace(day=1)
        self.rows = contributions.rate_rows(session)
        self.rounding = org_settings.load(session).rounding
        self._cache: dict[tuple, rate_rules.Contribution | str] = {}

    def price(self, segment: str, programmes: str, income: int | None, risk_group: str | None = "I",
              payer: str | None = "SELF", sector: str | None = "other") -> rate_rules.Contribution | str:
        """The contribution, or the reason (Indonesian) why it cannot be computed yet."""
        key = (segment, programmes, income, risk_group or "I", payer, sector)
        if key not in self._cache:
            self._cache[key] = self._compute(*key)
        return self._cache[key]

    def _compute(self, segment, programmes, income, risk_group, payer, sector):
        if income is None:
            return "penghasilan/upah belum diisi"
        try:
            profile = rate_rules.Profile(segment=segment, programmes=frozenset(programmes.split()), income=income,
                                         risk_group=risk_group, payer=payer, sector=sector)
            return rate_rules.contribution(self.rows, profile, self.month, rounding=self.rounding)
        except UserError as exc:
            return exc.message

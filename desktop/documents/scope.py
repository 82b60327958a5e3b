"""Which persons a document covers: one person, a unit (with the units below), an institution or
the roster table's current filter, in a chosen order. Resolved to ids in SQL."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.models import Institution, OrgUnit, Person
from desktop.roster import queries

ORDERS = {"name": "nama", "nik": "NIK", "birth_date": "tanggal lahir", "unit": "unit", "institution": "lembaga",
          "created": "urutan masuk"}


@dataclass
class Scope:
    filter: queries.PersonFilter = field(default_factory=queries.PersonFilter)
    ids: list[int] | None = None  # explicit persons (e.g. one NIK); the filter is ignored then
    sort: str = "name"
    descending: bool = False
    # only the candidates who can still be registered on this date (the batch check's rules)
    candidates_on: dt.date | None = None

    def person_ids(self, session: Session) -> list[int]:
        ids = list(self.ids) if self.ids is not None else \
            queries.person_ids(session, self.filter, self.sort, self.descending)
        if self.candidates_on is None:
            return ids
        allowed = set(session.scalars(self.where(session, select(Person.id))))
        return [i for i in ids if i in allowed]

    def where(self, session: Session, query: Select) -> Select:
        """`query` (over Person) limited to the persons of this scope, for grouped counts in SQL."""
        if self.ids is not None:
            query = query.where(Person.id.in_(self.ids), Person.deleted_at.is_(None))
        else:
            query = queries.apply_filter(session, query, self.filter)
        if self.candidates_on is not None:
            from desktop import settings as org_settings
            from desktop.batches.check import candidate_conditions
            query = query.where(*candidate_conditions(org_settings.load(session), self.candidates_on))
        return query

    def candidates(self, on: dt.date) -> "Scope":
        """This scope narrowed to the persons who can still be registered on `on`."""
        return Scope(self.filter, self.ids, self.sort, self.descending, on)

    def label(self, session: Session, full_names: bool = False) -> str:
        """Where the persons come from, in words (document titles and the audit log); `full_names`
        writes a unit's short forms out (for a title: "Pimpinan Anak Cabang …", not "PAC …")."""
        if self.ids is not None:
            return f"{len(self.ids)} orang terpilih"
        parts = []
        if self.filter.unit_id is not None:
            unit = session.get(OrgUnit, self.filter.unit_id)
            name = unit.name if unit else f"unit {self.filter.unit_id}"
            if full_names:
                from desktop.documents.wording import in_full
                name = in_full(name)
            parts.append(name)
        if self.filter.institution_id is not None:
            inst = session.get(Institution, self.filter.institution_id)
            parts.append(inst.name if inst else f"lembaga {self.filter.institution_id}")
        if self.filter.search.strip():
            parts.append(f"pencarian '{self.filter.search.strip()}'")
        if self.filter.status:
            parts.append(f"status {self.filter.status}")
        if self.filter.segment:
            parts.append(f"segmen {self.filter.segment}")
        if self.filter.programme:
            parts.append(f"program {self.filter.programme}")
        return ", ".join(parts) or "semua orang"


def institution_label(kind: str | None, name: str) -> str:
    """"TK Muslimat NU 05 Japan", not "TK TK Muslimat …": the type only when the name lacks it."""
    if not kind or name.lower().startswith(kind.lower()):
        return name
    return f"{kind} {name}"


def require(ids: list[int], label: str) -> list[int]:
    if not ids:
        raise UserError(f"Tidak ada orang pada {label}; tidak ada yang dicetak.")
    return ids


def chunks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]

"""Small reads the window needs for its pickers, questions and the home page, so that no window
code builds a query itself (desktop/ui imports neither sqlalchemy nor desktop.models)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Institution, Occupation, OrgUnit, Person, Region

if TYPE_CHECKING:
    from desktop.db import Database
    from desktop.importing.preview import Preview


def occupations(session: Session, *, by: str = "name") -> list[tuple[str, str]]:
    """(code, name) of every occupation, ordered by name (or by code)."""
    order = Occupation.code if by == "code" else Occupation.name
    return [(code, name) for code, name in session.execute(select(Occupation.code, Occupation.name).order_by(order))]


def alive_units_and_institutions(session: Session) -> tuple[int, int]:
    """How many units and institutions are not in the trash (the home page's first figures)."""
    units = session.scalar(select(func.count(OrgUnit.id)).where(OrgUnit.deleted_at.is_(None))) or 0
    institutions = session.scalar(select(func.count(Institution.id)).where(Institution.deleted_at.is_(None))) or 0
    return units, institutions


def person_names(session: Session, person_ids: list[int]) -> list[str]:
    """The names of these persons (for a question such as "Pindahkan Siti Aminah …?")."""
    return list(session.scalars(select(Person.name).where(Person.id.in_(person_ids))))


def coded_names(db: Database, preview: Preview) -> dict[str, dict]:
    """Names of the occupation codes, desa codes, units and institutions an import preview's changes name."""
    wanted: dict[str, set] = {"occupation_code": set(), "desa_code": set(), "unit_id": set(), "institution_id": set()}
    for outcome in preview.rows:
        for column in wanted.keys() & outcome.changes.keys():
            wanted[column] |= {outcome.changes[column], outcome.existing.get(column)} - {None}
    tables = {"occupation_code": (Occupation.code, Occupation.name), "desa_code": (Region.code, Region.name),
              "unit_id": (OrgUnit.id, OrgUnit.name), "institution_id": (Institution.id, Institution.name)}
    names: dict[str, dict] = {}
    with db.read() as session:
        for column, keys in wanted.items():
            if keys:
                key, name = tables[column]
                names[column] = dict(session.execute(select(key, name).where(key.in_(list(keys)))).all())
    return names

"""Where coverage stands: dashboard figures and the monthly contribution cost, by grouped SQL.

Two scans of the person table answer everything: one grouped by (unit, institution, status, segment,
payer, programme set) for the counts, one grouped by pricing profile for the cost. Python then works
on the few hundred groups, never on the 100,000 persons. Each distinct profile is priced once per
month with the effective-dated rate rows, so discounts and the yearly JP cap show up by themselves.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import bindparam, case, func, select, text
from sqlalchemy.orm import Session

from desktop import clock, contributions, dialect
from desktop import settings as org_settings
from desktop.domain import billing
from desktop.domain import status as person_status
from desktop.domain import rates as rate_rules
from desktop.errors import UserError
from desktop.models import Institution, OrgUnit, Person
from desktop.roster.units import subtree_ids

NO_SERIES = "Belum ada data: grafik waktu perlu sedikitnya dua bulan mulai kepesertaan"

# Status groups and their labels: one definition (desktop/domain/status.py).
ENROLLED = tuple(str(s) for s in person_status.ENROLLED)
STATUS_LABELS = {str(s): s.label for s in person_status.PersonStatus}
PAYER_LABELS = {"SELF": "Sendiri", "ORG": "Organisasi", "DONOR": "Donatur", "APBD": "APBD (Pemkab)",
                "APBN": "APBN"}
SEGMENT_LABELS = {"BPU": "BPU (bukan penerima upah)", "PU": "PU (penerima upah)"}
COMPONENT_LABELS = {"participant": "Peserta", "employer": "Pemberi kerja", "worker": "Pekerja"}


@dataclass
class Counts:
    """Persons of a group by status (desktop/domain/status.py):
    enrolled (new KPJ + had a KPJ) + submitted + not submitted + rejected = persons."""

    persons: int = 0
    enrolled: int = 0
    new_kpj: int = 0  # of the enrolled: accepted in one of our batches
    had_kpj: int = 0  # of the enrolled: already a participant before
    submitted: int = 0  # waiting for the branch office's answer
    not_submitted: int = 0
    rejected: int = 0
    has_kpj: int = 0  # a KPJ number stored (person_counts only)
    without_nik: int = 0  # (person_counts only)

    def add(self, status_code: str, n: int) -> None:
        self.persons += n
        for count, statuses in person_status.COUNT_STATUSES.items():
            if status_code in statuses:
                setattr(self, str(count), getattr(self, str(count)) + n)

    def merge(self, other: Counts) -> None:
        for name in ("persons", "enrolled", "new_kpj", "had_kpj", "submitted", "not_submitted", "rejected"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def waiting(self) -> int:
        """Not enrolled and not rejected: submitted or not submitted yet (the charts' grey bar)."""
        return self.submitted + self.not_submitted

    @property
    def share(self) -> float:
        """Enrolled share of the persons (0 when there are none)."""
        return self.enrolled / self.persons if self.persons else 0.0


@dataclass
class UnitFigures:
    id: int
    name: str
    level: int
    parent_id: int | None
    counts: Counts = field(default_factory=Counts)  # this unit and every unit below it
    children: list[UnitFigures] = field(default_factory=list)


@dataclass
class InstitutionFigures:
    id: int
    name: str
    type: str
    counts: Counts


@dataclass
class Dashboard:
    as_of: dt.date
    scope: str  # the organisation's or the chosen unit's name
    total: Counts
    by_status: dict[str, int]
    units: list[UnitFigures]  # roots (or the chosen unit) with rolled-up counts; drill down by .children
    without_unit: Counts
    institutions: list[InstitutionFigures]
    by_programme: dict[str, Counts]  # a person counts under each programme of their set
    by_segment: dict[str, Counts]
    by_payer: dict[str, Counts]
    programme_mix: dict[str, int]  # enrolled persons per programme set, e.g. "JKK + JKM"
    enrolment_months: list[tuple[dt.date, int, int]]  # (month, newly enrolled, cumulative)
    undated_enrolled: int  # enrolled persons without an enrolment row (no start month known)

    @property
    def enrolment_series(self) -> list[tuple[dt.date, int, int]] | None:
        """The enrolment months to draw over time, or None when there are fewer than two: one dot on a
        years-long axis says nothing, so the chart says NO_SERIES instead (window and PDF alike)."""
        return self.enrolment_months if len(self.enrolment_months) >= 2 else None

    def top_units(self) -> list[UnitFigures]:
        """The units one level below the top (the PACs under the PC), for the per-PAC chart."""
        if len(self.units) == 1 and self.units[0].children:
            return self.units[0].children
        return self.units


def person_counts(session: Session, unit_id: int | None = None) -> Counts:
    """The persons of the organisation (or of a unit and the units below it) by status, plus those
    with a KPJ number and those without a NIK: Beranda's figures, from one grouped query."""
    scope = unit_scope(session, unit_id)
    query = (select(Person.status, func.count(), func.count(Person.kpj),
                    func.sum(case((Person.nik.is_(None), 1), else_=0)))
             .where(Person.deleted_at.is_(None)).group_by(Person.status))
    if scope is not None:
        query = query.where(Person.unit_id.in_(scope))
    counts = Counts()
    for status_code, n, with_kpj, without_nik in session.execute(query):
        counts.add(status_code, n)
        counts.has_kpj += with_kpj
        counts.without_nik += without_nik or 0
    return counts


def programme_set(text: str | None) -> tuple[str, ...]:
    """"JKM  jkk JHT" → ("JKK", "JKM", "JHT") in display order."""
    chosen = {p.upper() for p in (text or "").split()}
    known = tuple(p for p in rate_rules.PROGRAMME_ORDER if p in chosen)
    return known + tuple(sorted(chosen - set(known)))


def unit_scope(session: Session, unit_id: int | None) -> list[int] | None:
    """The unit and the units below it (None: the whole organisation); an unknown unit is an error."""
    if unit_id is None:
        return None
    unit = session.get(OrgUnit, unit_id)
    if unit is None or unit.deleted_at is not None:
        raise UserError(f"Unit dengan id {unit_id} tidak ditemukan.")
    return subtree_ids(session, unit_id)


def _grouped(session: Session, sql: str, scope: list[int] | None, **params):
    """A grouped scan of the live persons read from ix_person_coverage (migration 0004) in index order.

    Written as SQL text because SQLAlchemy's SQLite dialect cannot say INDEXED BY, and without it the
    planner may pick the deleted_at index and sort 100k rows in a temp B-tree (≈ 5× slower).
    `{month_of_first}` is the first month as 'YYYY-MM' (desktop.dialect: strftime or to_char).
    """
    alive = "p.deleted_at IS NULL" + (" AND p.unit_id IN :scope" if scope is not None else "")
    query = text(sql.format(person=dialect.indexed_by(session, "person AS p", "ix_person_coverage"), alive=alive,
                            month_of_first=dialect.date_text_sql(session, "first_month", "month")))
    if scope is not None:
        params["scope"] = scope
    # every parameter is a list (IN :name), so each is an expanding bind
    return query.bindparams(*(bindparam(name, expanding=True) for name in params)).bindparams(**params)


def _unit_figures(session: Session, counts_by_unit: dict[int, Counts], scope: list[int] | None,
                  unit_id: int | None) -> list[UnitFigures]:
    nodes = {uid: UnitFigures(uid, name, level, parent)
             for uid, name, level, parent in session.execute(
                 select(OrgUnit.id, OrgUnit.name, OrgUnit.level, OrgUnit.parent_id)
                 .where(OrgUnit.deleted_at.is_(None)).order_by(OrgUnit.level, OrgUnit.name))
             if scope is None or uid in scope}
    roots: list[UnitFigures] = []
    for node in nodes.values():
        parent = nodes.get(node.parent_id) if node.parent_id and node.id != unit_id else None
        (parent.children if parent else roots).append(node)
    for uid, counts in counts_by_unit.items():
        node = nodes.get(uid)
        while node is not None:  # roll up to every ancestor inside the scope
            node.counts.merge(counts)
            node = nodes.get(node.parent_id) if node.parent_id and node.id != unit_id else None
    return roots


def flatten(roots: list[UnitFigures]) -> list[UnitFigures]:
    """Units parents first, children in name order: the drill-down as one list."""
    out, stack = [], list(reversed(roots))
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(reversed(node.children))
    return out


def all_units(session: Session) -> list[UnitFigures]:
    """Every live unit in tree order, without counts (for a scope picker)."""
    return flatten(_unit_figures(session, {}, None, None))


def _enrolment_months(session: Session, scope: list[int] | None) -> list[tuple[dt.date, int, int]]:
    """Newly enrolled persons per month (the first start month of their enrolments), and the running total."""
    rows = session.execute(_grouped(session,
        "SELECT {month_of_first}, count(*) FROM ("
        " SELECT min(e.start_month) AS first_month FROM enrolment AS e"
        " WHERE e.person_id IN (SELECT p.id FROM {person} WHERE {alive} AND p.status IN :statuses)"
        " GROUP BY e.person_id) AS firsts GROUP BY 1 ORDER BY 1", scope, statuses=list(ENROLLED))).all()
    series, running = [], 0
    for text_month, n in rows:
        running += n
        series.append((dt.date(int(text_month[:4]), int(text_month[5:7]), 1), n, running))
    return series


def dashboard(session: Session, unit_id: int | None = None, today: dt.date | None = None) -> Dashboard:
    """All dashboard figures for the organisation, or for one unit and the units below it."""
    scope = unit_scope(session, unit_id)
    groups = session.execute(_grouped(session,
        "SELECT status, unit_id, institution_id, segment, payer, programmes, count(*) FROM {person} "
        "WHERE {alive} GROUP BY status, unit_id, institution_id, segment, payer, programmes", scope)).all()
    total, without_unit = Counts(), Counts()
    by_status: dict[str, int] = {s: 0 for s in STATUS_LABELS}
    by_unit: dict[int, Counts] = defaultdict(Counts)
    by_inst: dict[int, Counts] = defaultdict(Counts)
    by_programme = {p: Counts() for p in rate_rules.PROGRAMME_ORDER}
    by_segment: dict[str, Counts] = defaultdict(Counts)
    by_payer: dict[str, Counts] = defaultdict(Counts)
    mix: dict[str, int] = defaultdict(int)
    for status, unit, inst, segment, payer, programmes, n in groups:
        total.add(status, n)
        by_status[status] = by_status.get(status, 0) + n
        (by_unit[unit] if unit is not None else without_unit).add(status, n)
        if inst is not None:
            by_inst[inst].add(status, n)
        chosen = programme_set(programmes)
        for programme in chosen:
            by_programme.setdefault(programme, Counts()).add(status, n)
        by_segment[segment].add(status, n)
        by_payer[payer].add(status, n)
        if status in ENROLLED:
            mix[" + ".join(chosen) or "(tanpa program)"] += n
    names = {i: (name, kind) for i, name, kind in session.execute(
        select(Institution.id, Institution.name, Institution.type).where(Institution.id.in_(list(by_inst))))}
    institutions = sorted((InstitutionFigures(i, *names.get(i, (f"Lembaga {i}", "")), c) for i, c in by_inst.items()),
                          key=lambda f: (-f.counts.persons, f.name))
    months = _enrolment_months(session, scope)
    cfg = org_settings.load(session)
    return Dashboard(
        as_of=today or clock.today(),
        scope=session.get(OrgUnit, unit_id).name if unit_id is not None else cfg.org_short_name,
        total=total, by_status=by_status, units=_unit_figures(session, by_unit, scope, unit_id),
        without_unit=without_unit, institutions=institutions, by_programme=by_programme,
        by_segment=dict(sorted(by_segment.items())), by_payer=dict(sorted(by_payer.items())),
        programme_mix=dict(sorted(mix.items(), key=lambda kv: -kv[1])), enrolment_months=months,
        undated_enrolled=total.enrolled - (months[-1][2] if months else 0))


# ---------------------------------------------------------------- monthly cost


@dataclass
class MonthCost:
    month: dt.date
    persons: int = 0  # priced persons
    total: int = 0
    by_programme: dict[str, int] = field(default_factory=dict)
    by_payer: dict[str, int] = field(default_factory=dict)
    by_component: dict[str, int] = field(default_factory=dict)
    cells: dict[tuple[str, str], int] = field(default_factory=dict)  # (programme, payer) → rupiah
    unpriced: dict[str, int] = field(default_factory=dict)  # reason → persons not priced
    normal: int = 0  # what the priced persons would pay without any discount
    weak: bool = False  # some price rests on a row marked weak (the unofficial bracket table)
    notes: list[str] = field(default_factory=list)  # the discount rules applied, with their legal basis

    @property
    def discount(self) -> int:
        return self.normal - self.total

    def _add(self, programme: str, payer: str, component: str, amount: int) -> None:
        self.total += amount
        for table, key in ((self.by_programme, programme), (self.by_payer, payer),
                           (self.by_component, component), (self.cells, (programme, payer))):
            table[key] = table.get(key, 0) + amount


@dataclass
class PricingProfile:
    """One group of persons that pays the same: priced once, multiplied by the count."""

    segment: str
    programmes: str
    income: int | None
    payer: str
    sector: str
    risk_group: str
    persons: int

    def profile(self) -> rate_rules.Profile:
        """The calculator's profile, built once per group (UserError when it has no income)."""
        if not hasattr(self, "_profile"):
            try:
                self._profile = contributions.profile(self.segment, " ".join(programme_set(self.programmes)),
                                                      self.income, self.risk_group, self.payer, self.sector)
            except UserError as exc:
                self._profile = exc
        if isinstance(self._profile, UserError):
            raise self._profile
        return self._profile


def pricing_profiles(session: Session, unit_id: int | None = None,
                     statuses: tuple[str, ...] = ENROLLED) -> list[PricingProfile]:
    """Persons with the given statuses grouped by everything the price depends on (one SQL query)."""
    scope = unit_scope(session, unit_id)
    query = _grouped(session,
        "SELECT p.segment, p.programmes, p.income, p.payer, p.sector, coalesce(i.risk_group, 'I'), count(*) "
        "FROM {person} LEFT JOIN institution AS i ON i.id = p.institution_id "
        "WHERE {alive} AND p.status IN :statuses "
        "GROUP BY p.segment, p.programmes, p.income, p.payer, p.sector, coalesce(i.risk_group, 'I')",
        scope, statuses=list(statuses))
    return [PricingProfile(*row) for row in session.execute(query)]


def monthly_cost(session: Session, first_month: dt.date, months: int = 13, unit_id: int | None = None,
                 statuses: tuple[str, ...] = ENROLLED) -> list[MonthCost]:
    """Contribution cost of today's enrolled persons for `months` months from `first_month`.

    Each month is priced with the rate and bracket rows valid for it, through the one pricer.
    Persons whose price cannot be computed (no income, an income no bracket holds, no rate row for
    the month) are counted in `unpriced` with the reason, never as 0.
    """
    profiles = pricing_profiles(session, unit_id, statuses)
    pricer = contributions.pricer(session)
    return [_cost_of(pricer, profiles, month) for month in rate_rules.months_between(first_month, months)]


def _cost_of(pricer: rate_rules.Pricer, profiles: list[PricingProfile], month: dt.date) -> MonthCost:
    cost = MonthCost(month)
    for group in profiles:
        try:
            priced = pricer.price(group.profile(), month)
        except UserError as exc:
            cost.unpriced[exc.message] = cost.unpriced.get(exc.message, 0) + group.persons
            continue
        for line in priced.lines:
            cost._add(line.programme, group.payer, line.component, line.amount * group.persons)
        cost.normal += priced.normal_total * group.persons
        cost.weak = cost.weak or priced.from_weak_row
        cost.notes += [n for n in billing.discount_notes(priced) if n not in cost.notes]
        cost.persons += group.persons
    return cost


def next_payment(session: Session, today: dt.date, unit_id: int | None = None) -> MonthCost | None:
    """The next contribution month the organisation pays for, and what it costs: this month when
    someone's coverage has started, else the first month in which an enrolled person's coverage
    starts (her first enrolment month). Only persons covered in that month are priced. None when
    nobody is enrolled: there is nothing to pay yet."""
    this_month = today.replace(day=1)
    # the first month joined from a grouped derived table (not a correlated subquery in SELECT, which
    # PostgreSQL refuses to group by because it reads p.id)
    rows = session.execute(_grouped(session,
        "SELECT p.segment, p.programmes, p.income, p.payer, p.sector, coalesce(i.risk_group, 'I'), "
        "f.first_month, count(*) "
        "FROM {person} LEFT JOIN institution AS i ON i.id = p.institution_id "
        "LEFT JOIN (SELECT e.person_id, min(e.start_month) AS first_month FROM enrolment AS e "
        "GROUP BY e.person_id) AS f ON f.person_id = p.id "
        "WHERE {alive} AND p.status IN :statuses GROUP BY 1, 2, 3, 4, 5, 6, 7",
        unit_scope(session, unit_id), statuses=list(ENROLLED))).all()
    if not rows:
        return None

    def start(first) -> dt.date:  # noqa: ANN001 - SQLite gives the date as text
        return dt.date.fromisoformat(str(first)[:10]).replace(day=1) if first else this_month
    month = max(this_month, min(start(row[6]) for row in rows))
    profiles = [PricingProfile(*row[:6], row[7]) for row in rows if start(row[6]) <= month]
    return _cost_of(contributions.pricer(session), profiles, month)

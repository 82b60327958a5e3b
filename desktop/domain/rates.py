"""Contribution calculator over effective-dated rate rows.

Rules: shared/domain/programmes-and-rates.md §3–§7 and §10. Every rate, cap and discount comes from
rows (seeded from rates.csv); nothing is a constant here. The row valid for the CONTRIBUTION MONTH is
used. A programme asked for without a base row for that month is an error, never zero.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..errors import Place, UserError
from .dates_id import month_label
from .money import ROUNDING_RULES, round_rupiah

RATE_COLUMNS = (
    "programme", "segment", "component", "basis", "value", "cap_rupiah",
    "valid_from", "valid_to", "applies_to", "legal_basis", "certainty",
)
BRACKET_COLUMNS = (
    "valid_from", "valid_to", "income_low", "income_high", "dasar_penghasilan",
    "jkk", "jkm", "jht", "legal_basis", "certainty", "note",
)
SEGMENTS = ("BPU", "PU")
COMPONENTS = ("employer", "worker", "participant")
BASES = ("percent", "flat", "discount_percent")
BASE_BASES = ("percent", "flat")
CERTAINTIES = ("verified", "weak", "uncertain")
CONDITION_KEYS = ("risk_group", "payer", "sector", "active_participants", "opted_in")
# Display order of programmes; other codes (added as rows later) follow alphabetically.
PROGRAMME_ORDER = ("JKK", "JKM", "JHT", "JP")
# JKP costs the employer nothing (§4.3): a coverage flag, never billed.
UNBILLED_PROGRAMMES = frozenset({"JKP"})
# Programmes a segment cannot join (§1): JP and JKP are not available to BPU.
NOT_AVAILABLE = {"BPU": frozenset({"JP", "JKP"}), "PU": frozenset()}
HUNDRED = Decimal(100)


# ---------------------------------------------------------------- rows


@dataclass(frozen=True)
class RateRow:
    programme: str
    segment: str
    component: str
    basis: str
    value: Decimal
    cap_rupiah: int | None
    valid_from: date
    valid_to: date | None
    applies_to: str
    legal_basis: str
    certainty: str
    id: int | None = None

    def covers(self, month: date) -> bool:
        """True when the contribution month (its first day) lies in the validity period."""
        first = month.replace(day=1)
        return self.valid_from <= first and (self.valid_to is None or first <= self.valid_to)

    @property
    def is_discount(self) -> bool:
        return self.basis == "discount_percent"

    def describe(self) -> str:
        until = self.valid_to.isoformat() if self.valid_to else "seterusnya"
        cond = self.applies_to or "semua"
        return (
            f"{self.programme} {self.segment} {self.component} ({self.basis} {self.value}, syarat: {cond}), "
            f"{self.valid_from.isoformat()} s.d. {until}"
        )


@dataclass
class BracketRow:
    valid_from: date
    valid_to: date | None
    income_low: int | None
    income_high: int | None
    dasar_penghasilan: int
    jkk: int
    jkm: int
    jht: int | None
    legal_basis: str
    certainty: str
    note: str = ""
    id: int | None = None

    def covers(self, month: date) -> bool:
        first = month.replace(day=1)
        return self.valid_from <= first and (self.valid_to is None or first <= self.valid_to)


# ---------------------------------------------------------------- conditions


@dataclass(frozen=True)
class Condition:
    key: str
    op: str  # "=", "!=" or ">="
    values: tuple[str, ...]

    def holds(self, facts: Mapping[str, object]) -> bool:
        fact = facts.get(self.key)
        if fact is None:
            return False  # an unknown fact never switches a rule on
        if self.op == ">=":
            try:
                return Decimal(str(fact)) >= Decimal(self.values[0])
            except InvalidOperation:
                return False
        present = _fact_values(fact)
        matched = any(v in present for v in self.values)
        return matched if self.op == "=" else not matched


def _fact_values(fact: object) -> set[str]:
    """A fact can be one value or a set of them (opted_in holds the chosen programmes)."""
    if isinstance(fact, (set, frozenset, list, tuple)):
        return {str(v) for v in fact}
    return {str(fact)}


def parse_applies_to(text: str | None) -> list[Condition]:
    """Parse `key=value;key!=a/b;key>=N`. Raises ValueError (Indonesian) on a malformed part."""
    conditions: list[Condition] = []
    for part in (text or "").split(";"):
        part = part.strip()
        if not part:
            continue
        for op in ("!=", ">=", "="):  # two-character operators first
            if op in part:
                key, _, raw = part.partition(op)
                break
        else:
            raise ValueError(f"Syarat '{part}' tidak dikenali; gunakan kunci=nilai, kunci!=nilai atau kunci>=N.")
        key = key.strip()
        values = tuple(v.strip() for v in raw.split("/") if v.strip())
        if key not in CONDITION_KEYS:
            raise ValueError(f"Kunci syarat '{key}' tidak dikenal; yang dikenal: {', '.join(CONDITION_KEYS)}.")
        if not values:
            raise ValueError(f"Syarat '{part}' tidak punya nilai.")
        if op == ">=":
            if len(values) != 1 or not values[0].isdigit():
                raise ValueError(f"Syarat '{part}': setelah >= harus satu bilangan bulat.")
        conditions.append(Condition(key, op, values))
    return conditions


def conditions_hold(text: str | None, facts: Mapping[str, object]) -> bool:
    """True when every condition of an `applies_to` text holds for the facts (empty text: always)."""
    return all(c.holds(facts) for c in parse_applies_to(text))


# ---------------------------------------------------------------- CSV loading


def _parse_date(text: str, column: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"kolom {column}: '{text}' bukan tanggal ISO (YYYY-MM-DD)") from None


def _optional_date(text: str | None, column: str) -> date | None:
    return _parse_date(text, column) if text and text.strip() else None


def _optional_int(text: str | None, column: str) -> int | None:
    if text is None or not text.strip():
        return None
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise ValueError(f"kolom {column}: '{text}' bukan angka") from None
    if value != value.to_integral_value() or value < 0:
        raise ValueError(f"kolom {column}: '{text}' harus rupiah utuh, tidak negatif")
    return int(value)


def _required_int(text: str | None, column: str) -> int:
    value = _optional_int(text, column)
    if value is None:
        raise ValueError(f"kolom {column} kosong")
    return value


def rate_row_from_dict(record: Mapping[str, str], row_id: int | None = None) -> RateRow:
    """Build a RateRow from CSV text values; raises ValueError (Indonesian) when a value is bad."""
    try:
        value = Decimal(record["value"].strip())
    except (InvalidOperation, AttributeError):
        raise ValueError(f"kolom value: '{record.get('value')}' bukan angka") from None
    row = RateRow(
        programme=record["programme"].strip().upper(),
        segment=record["segment"].strip().upper(),
        component=record["component"].strip().lower(),
        basis=record["basis"].strip().lower(),
        value=value,
        cap_rupiah=_optional_int(record.get("cap_rupiah"), "cap_rupiah"),
        valid_from=_parse_date(record["valid_from"], "valid_from"),
        valid_to=_optional_date(record.get("valid_to"), "valid_to"),
        applies_to=(record.get("applies_to") or "").strip(),
        legal_basis=(record.get("legal_basis") or "").strip(),
        certainty=(record.get("certainty") or "").strip().lower(),
        id=row_id,
    )
    problems = validate_rate_row(row)
    if problems:
        raise ValueError("; ".join(problems))
    return row


def validate_rate_row(row: RateRow) -> list[str]:
    """Problems of one row on its own (Indonesian); overlaps between rows: `check_overlaps`."""
    found = []
    if not row.programme:
        found.append("kolom programme kosong")
    if row.segment not in SEGMENTS:
        found.append(f"segment '{row.segment}' harus BPU atau PU")
    if row.component not in COMPONENTS:
        found.append(f"component '{row.component}' harus salah satu dari {', '.join(COMPONENTS)}")
    if row.basis not in BASES:
        found.append(f"basis '{row.basis}' harus salah satu dari {', '.join(BASES)}")
    if row.value < 0 or (row.basis == "discount_percent" and row.value > HUNDRED):
        found.append(f"value {row.value} di luar batas")
    if row.cap_rupiah is not None and row.basis != "percent":
        found.append("cap_rupiah hanya berlaku untuk basis percent")
    if row.valid_from.day != 1:
        found.append("valid_from harus tanggal 1 (awal bulan iuran)")
    if row.valid_to is not None and row.valid_to < row.valid_from:
        found.append("valid_to lebih awal dari valid_from")
    if row.certainty not in CERTAINTIES:
        found.append(f"certainty '{row.certainty}' harus verified, weak atau uncertain")
    try:
        parse_applies_to(row.applies_to)
    except ValueError as exc:
        found.append(str(exc))
    return found


def _read_csv(path: str | Path, columns: Sequence[str]) -> list[tuple[int, dict[str, str]]]:
    path = Path(path)
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise UserError(f"Kolom berikut tidak ada: {', '.join(missing)}.", Place(file=path.name, row=1))
        return [(number, record) for number, record in enumerate(reader, start=2) if any((v or "").strip() for v in record.values())]


def load_rates_csv(path: str | Path) -> list[RateRow]:
    """Rows of a rates.csv file (§10.1). Raises UserError naming the file row of a bad value."""
    rows = []
    for number, record in _read_csv(path, RATE_COLUMNS):
        try:
            rows.append(rate_row_from_dict(record))
        except (ValueError, KeyError) as exc:
            raise UserError(f"Baris tarif tidak sah: {exc}.", Place(file=Path(path).name, row=number)) from None
    return rows


def load_brackets_csv(path: str | Path) -> list[BracketRow]:
    """Rows of a bpu-income-brackets.csv file (§10.2)."""
    brackets = []
    for number, record in _read_csv(path, BRACKET_COLUMNS):
        try:
            brackets.append(
                BracketRow(
                    valid_from=_parse_date(record["valid_from"], "valid_from"),
                    valid_to=_optional_date(record.get("valid_to"), "valid_to"),
                    income_low=_optional_int(record.get("income_low"), "income_low"),
                    income_high=_optional_int(record.get("income_high"), "income_high"),
                    dasar_penghasilan=_required_int(record.get("dasar_penghasilan"), "dasar_penghasilan"),
                    jkk=_required_int(record.get("jkk"), "jkk"),
                    jkm=_required_int(record.get("jkm"), "jkm"),
                    jht=_optional_int(record.get("jht"), "jht"),
                    legal_basis=(record.get("legal_basis") or "").strip(),
                    certainty=(record.get("certainty") or "").strip().lower(),
                    note=(record.get("note") or "").strip(),
                )
            )
        except (ValueError, KeyError) as exc:
            raise UserError(f"Baris golongan penghasilan BPU tidak sah: {exc}.", Place(file=Path(path).name, row=number)) from None
    return brackets


# ---------------------------------------------------------------- checks on a set of rows


def _overlap(a: RateRow, b: RateRow) -> bool:
    a_end, b_end = a.valid_to or date.max, b.valid_to or date.max
    return a.valid_from <= b_end and b.valid_from <= a_end


def _condition_key(text: str) -> str:
    """Normalised applies_to so that "a=1; b=2" and "b=2;a=1" count as the same conditions."""
    return ";".join(sorted(p.replace(" ", "") for p in (text or "").split(";") if p.strip()))


def check_overlaps(rows: Iterable[RateRow]) -> list[str]:
    """Messages for rows with the same programme, segment, component, basis and conditions whose
    validity periods overlap (§10.1). Empty when the set is consistent."""
    groups: dict[tuple, list[RateRow]] = defaultdict(list)
    for row in rows:
        groups[(row.programme, row.segment, row.component, row.basis, _condition_key(row.applies_to))].append(row)
    messages = []
    for group in groups.values():
        group.sort(key=lambda r: r.valid_from)
        for i, first in enumerate(group):
            for second in group[i + 1:]:
                if _overlap(first, second):
                    messages.append(f"Tarif tumpang tindih: [{first.describe()}] dan [{second.describe()}].")
    return messages


def check_brackets(brackets: Iterable[BracketRow], rows: Sequence[RateRow]) -> list[str]:
    """Bracket amounts must equal the undiscounted BPU JKK/JKM/JHT rows valid at the bracket's start
    (§10.2: "the importer checks this"). Uses the rows, not constants."""
    messages = []
    for bracket in brackets:
        month = bracket.valid_from
        for programme, stated in (("JKK", bracket.jkk), ("JKM", bracket.jkm), ("JHT", bracket.jht)):
            if stated is None:
                continue
            bases = [
                r for r in rows
                if r.programme == programme and r.segment == "BPU" and r.basis in BASE_BASES and r.covers(month)
            ]
            if len(bases) != 1:
                continue
            expected = _gross(bases[0], bracket.dasar_penghasilan)[1]
            if expected != stated:
                messages.append(
                    f"Golongan dasar penghasilan {bracket.dasar_penghasilan}: {programme} tertulis {stated}, "
                    f"menurut tarif seharusnya {expected}."
                )
    return messages


def known_incomes(brackets: Iterable[BracketRow], month: date) -> list[int]:
    """Declared incomes (dasar penghasilan) the clerk may pick for a month, lowest first."""
    return sorted({b.dasar_penghasilan for b in brackets if b.covers(month)})


# ---------------------------------------------------------------- the calculator


@dataclass(frozen=True)
class Profile:
    """One person's enrolment as far as the price is concerned.

    BPU: `income` is the declared dasar penghasilan chosen by the clerk (never guessed).
    PU: `wage` is upah pokok + tunjangan tetap. Either name is accepted for either segment.
    """

    segment: str
    programmes: frozenset[str]
    income: int | None = None
    risk_group: str = "I"
    payer: str | None = "SELF"
    sector: str | None = "other"
    active_participants: int = 0
    wage: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "segment", str(self.segment).upper())
        programmes = self.programmes
        if isinstance(programmes, str):  # "JKK JKM" as stored on a person, not the letters J, K, K
            programmes = programmes.replace(",", " ").split()
        if not all(isinstance(p, str) and p.strip() for p in programmes):
            raise UserError(f"Program harus ditulis sebagai kode seperti JKK, JKM; tertulis {programmes!r}.",
                            field="programmes")
        object.__setattr__(self, "programmes", frozenset(p.strip().upper() for p in programmes))
        if self.segment not in SEGMENTS:
            raise UserError(f"Segmen '{self.segment}' tidak dikenal; pilih BPU atau PU.", field="segment")
        if self.income is None and self.wage is None:
            raise UserError("Penghasilan atau upah belum diisi.", field="income")
        for name in ("income", "wage"):
            amount = getattr(self, name)
            if amount is not None and (isinstance(amount, (bool, float)) or not isinstance(amount, int) or amount < 0):
                raise UserError(f"{'Penghasilan' if name == 'income' else 'Upah'} harus rupiah utuh, tidak negatif.", field=name)

    @property
    def base(self) -> int:
        """The amount percentages apply to: wage for PU, declared income for BPU."""
        if self.segment == "PU":
            return self.wage if self.wage is not None else self.income  # type: ignore[return-value]
        return self.income if self.income is not None else self.wage  # type: ignore[return-value]

    def facts(self) -> dict[str, object]:
        """The facts `applies_to` conditions are checked against."""
        return {
            "risk_group": self.risk_group,
            "payer": self.payer,
            "sector": self.sector,
            "active_participants": self.active_participants,
            "opted_in": self.programmes,
        }


@dataclass(frozen=True)
class Line:
    programme: str
    component: str
    base: int | None  # the amount a percentage applied to (after the cap); None for flat rows
    rate: Decimal  # percent, or rupiah for flat rows
    basis: str
    gross: Decimal  # exact amount before the discount
    discount_percent: Decimal  # 0 when no discount applies
    amount: int  # rounded, after the discount
    legal_basis: str
    discount_legal_basis: str = ""
    rate_row: RateRow | None = None
    discount_row: RateRow | None = None


@dataclass
class Contribution:
    month: date
    segment: str
    rounding: str
    lines: list[Line] = field(default_factory=list)

    def component_total(self, component: str) -> int:
        return sum(line.amount for line in self.lines if line.component == component)

    @property
    def employer(self) -> int:
        return self.component_total("employer")

    @property
    def worker(self) -> int:
        return self.component_total("worker")

    @property
    def participant(self) -> int:
        return self.component_total("participant")

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)

    def by_programme(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for line in self.lines:
            totals[line.programme] = totals.get(line.programme, 0) + line.amount
        return totals

    def amount(self, programme: str, component: str) -> int:
        return sum(l.amount for l in self.lines if l.programme == programme and l.component == component)


def _gross(row: RateRow, base: int) -> tuple[int | None, Decimal]:
    """(base used, exact amount) of one base row; caps apply as min(base, cap)."""
    if row.basis == "flat":
        return None, row.value
    used = min(base, row.cap_rupiah) if row.cap_rupiah is not None else base
    return used, Decimal(used) * row.value / HUNDRED


def _ordered(programmes: Iterable[str]) -> list[str]:
    known = [p for p in PROGRAMME_ORDER if p in programmes]
    return known + sorted(p for p in programmes if p not in PROGRAMME_ORDER)


def _matching(rows: Iterable[RateRow], programme: str, segment: str, month: date, facts, bases) -> list[RateRow]:
    return [
        r for r in rows
        if r.programme == programme and r.segment == segment and r.basis in bases
        and r.covers(month) and conditions_hold(r.applies_to, facts)
    ]


def _not_available(programme: str, month: date) -> UserError:
    return UserError(
        f"Tarif {programme} untuk bulan {month_label(month)} belum tersedia. "
        "Tambahkan baris tarif yang berlaku untuk bulan itu; iuran tidak dihitung nol.",
        field="programmes",
    )


def _programme_lines(rows, profile: Profile, programme: str, month: date, rounding: str) -> list[Line]:
    facts = profile.facts()
    bases = _matching(rows, programme, profile.segment, month, facts, BASE_BASES)
    if not bases:
        raise _not_available(programme, month)
    discounts = _matching(rows, programme, profile.segment, month, facts, ("discount_percent",))
    lines = []
    for component in COMPONENTS:
        base_rows = [r for r in bases if r.component == component]
        if not base_rows:
            continue
        if len(base_rows) > 1:
            raise UserError(
                f"Lebih dari satu tarif {programme} ({component}) berlaku untuk bulan {month_label(month)}: "
                + "; ".join(r.describe() for r in base_rows) + ". Perbaiki tabel tarif.",
            )
        lines.append(_line(base_rows[0], [d for d in discounts if d.component == component], profile, month, rounding))
    return lines


def _line(row: RateRow, discounts: list[RateRow], profile: Profile, month: date, rounding: str) -> Line:
    if len(discounts) > 1:
        # §5 rule 3: no stacking rule is known, so the calculator stops instead of choosing.
        raise UserError(
            f"Dua keringanan berlaku bersamaan untuk {row.programme} ({row.component}) bulan {month_label(month)}: "
            + "; ".join(d.describe() for d in discounts) + ". Aturan penggabungan tidak diketahui; perbaiki tabel tarif.",
        )
    used, gross = _gross(row, profile.base)
    discount = discounts[0] if discounts else None
    percent = discount.value if discount else Decimal(0)
    exact = gross * (HUNDRED - percent) / HUNDRED
    return Line(
        programme=row.programme,
        component=row.component,
        base=used,
        rate=row.value,
        basis=row.basis,
        gross=gross,
        discount_percent=percent,
        amount=round_rupiah(exact, rounding),  # round after the discount (§5 rule 1, §7)
        legal_basis=row.legal_basis,
        discount_legal_basis=discount.legal_basis if discount else "",
        rate_row=row,
        discount_row=discount,
    )


def contribution(rows: Sequence[RateRow], profile: Profile, month: date, rounding: str = "half_up") -> Contribution:
    """Contribution of one person for one contribution month.

    Raises UserError when a programme has no rate for the month, when a programme is not available
    to the segment, or when rows are ambiguous (two base rows or two discounts for one component).
    """
    if rounding not in ROUNDING_RULES:
        raise UserError(f"Aturan pembulatan '{rounding}' tidak dikenal; pilih {', '.join(ROUNDING_RULES)}.")
    month = month.replace(day=1)
    blocked = profile.programmes & NOT_AVAILABLE[profile.segment]
    billed = profile.programmes - UNBILLED_PROGRAMMES
    if blocked & billed:
        raise UserError(
            f"Program {', '.join(sorted(blocked & billed))} tidak tersedia untuk peserta {profile.segment}.",
            field="programmes",
        )
    result = Contribution(month=month, segment=profile.segment, rounding=rounding)
    for programme in _ordered(billed):
        result.lines.extend(_programme_lines(rows, profile, programme, month, rounding))
    return result


def add_months(start: date, count: int) -> date:
    """First day of the month `count` months after the month of `start`."""
    index = start.year * 12 + start.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def months_between(start: date, n: int) -> list[date]:
    """`n` consecutive contribution months from the month of `start` (for 3/6/12-month payments)."""
    return [add_months(start, i) for i in range(n)]


@dataclass
class ContributionPeriod:
    """Several months priced each on its own (§5 rule 2), e.g. a 3-month prepayment."""

    contributions: list[Contribution]

    @property
    def total(self) -> int:
        return sum(c.total for c in self.contributions)

    def component_total(self, component: str) -> int:
        return sum(c.component_total(component) for c in self.contributions)

    @property
    def employer(self) -> int:
        return self.component_total("employer")

    @property
    def worker(self) -> int:
        return self.component_total("worker")

    @property
    def participant(self) -> int:
        return self.component_total("participant")

    def by_month(self) -> dict[date, int]:
        return {c.month: c.total for c in self.contributions}

    def by_programme(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for c in self.contributions:
            for programme, amount in c.by_programme().items():
                totals[programme] = totals.get(programme, 0) + amount
        return totals


def contribution_for_months(
    rows: Sequence[RateRow], profile: Profile, months: Iterable[date], rounding: str = "half_up"
) -> ContributionPeriod:
    """Price each month separately and keep the months apart; totals are sums of the months."""
    return ContributionPeriod([contribution(rows, profile, m, rounding) for m in months])

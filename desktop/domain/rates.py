"""Contribution calculator over effective-dated rate rows.

Rules: shared/domain/programmes-and-rates.md §3–§7 and §10. Every rate, cap and discount comes from
rows (seeded from rates.csv); nothing is a constant here. The row valid for the CONTRIBUTION MONTH is
used. A programme asked for without a base row for that month is an error, never zero.
"""
from __future__ import annotations

import csv
from bisect import bisect_right
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

# Indonesian words for the codes of the rate tables (the Tarif Iuran page, messages, documents).
CERTAINTY_LABELS = {"verified": "pasti", "weak": "lemah (sumber tidak resmi)", "uncertain": "belum pasti"}
BASIS_LABELS = {"percent": "persen", "flat": "rupiah tetap", "discount_percent": "keringanan (diskon)"}
COMPONENT_LABELS = {"participant": "peserta", "employer": "pemberi kerja", "worker": "pekerja"}
CONDITION_LABELS = {"risk_group": "kelompok risiko", "payer": "pembayar", "sector": "sektor",
                    "active_participants": "peserta aktif pemberi kerja", "opted_in": "ikut program"}
VALUE_LABELS = {"SELF": "peserta sendiri", "ORG": "organisasi", "DONOR": "donatur", "APBD": "APBD", "APBN": "APBN",
                "transport": "transportasi", "padat_karya": "padat karya", "other": "lainnya"}


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
        try:
            cond = describe_conditions(self.applies_to)
        except ValueError:
            cond = self.applies_to
        return (
            f"{self.programme} {self.segment} {COMPONENT_LABELS.get(self.component, self.component)} "
            f"({BASIS_LABELS.get(self.basis, self.basis)} {self.value}, syarat: {cond}), "
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


def describe_conditions(text: str | None) -> str:
    """`payer!=APBN/APBD;sector!=transport` → "pembayar bukan APBN atau APBD; sektor bukan transportasi"."""
    parts = []
    for c in parse_applies_to(text):
        values = " atau ".join(VALUE_LABELS.get(v, v) for v in c.values)
        key = CONDITION_LABELS.get(c.key, c.key)
        parts.append({"=": f"{key} {values}", "!=": f"{key} bukan {values}", ">=": f"{key} sekurang-kurangnya {values}"}
                     [c.op])
    return "; ".join(parts) or "semua peserta"


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


WEAK_TABLE_NOTE = "tabel dari sumber tidak resmi — cocokkan dengan Kantor Cabang"
NO_BRACKETS = "Tabel golongan penghasilan BPU tidak tersedia; iuran BPU tidak dapat dihitung."


def ranged_brackets(brackets: Iterable[BracketRow], month: date) -> list[BracketRow]:
    """The bracket rows valid in a month that have a range, lowest income first (for find_bracket)."""
    return sorted((b for b in brackets if b.covers(month) and b.income_low is not None), key=lambda b: b.income_low)


def check_bracket_ranges(brackets: Iterable[BracketRow], month: date) -> list[str]:
    """Rows valid in a month whose income ranges overlap: an income in both could not be placed
    without a guess. (A gap is not an error: a row holds incomes up to the next row's income_low.)"""
    rows = ranged_brackets(brackets, month)
    return [f"Golongan {a.dasar_penghasilan:,} (s.d. {a.income_high:,}) bertumpang tindih dengan golongan "
            f"{b.dasar_penghasilan:,} (mulai {b.income_low:,}).".replace(",", ".")
            for a, b in zip(rows, rows[1:]) if a.income_high is not None and a.income_high >= b.income_low
            or a.income_low == b.income_low]


def find_bracket(brackets: Iterable[BracketRow], income: int | None, month: date,
                 ranged: list[BracketRow] | None = None) -> BracketRow:
    """The bracket whose range holds a declared BPU income in a contribution month (§3, §10.2).

    Ranges are contiguous in thousands (1.100.000–1.299.000, 1.300.000–…), so a row holds every
    income from its income_low up to the next row's income_low; the last row is open-ended unless it
    states an income_high. An income of Rp0 or none at all is a missing income, never the floor:
    the clerk must declare one. `ranged`: ranged_brackets(brackets, month), when the caller keeps it.
    """
    if income is None or income <= 0:
        raise UserError("Penghasilan belum diisi (Rp0); iuran BPU dihitung dari golongan penghasilan, "
                        "isi penghasilan per bulan yang dilaporkan peserta.", field="income")
    rows = ranged if ranged is not None else ranged_brackets(brackets, month)
    i = bisect_right([b.income_low for b in rows], income) - 1  # the last row starting at or below it
    if i >= 0:
        row = rows[i]
        last = i + 1 == len(rows)
        # the last row: open-ended, or up to its stated income_high (inclusive, in thousands)
        if not last or row.income_high is None or income < (row.income_high // 1000 + 1) * 1000:
            return row
    raise UserError(f"Penghasilan {income:,} tidak masuk golongan mana pun di tabel golongan penghasilan BPU "
                    f"bulan {month_label(month)}; lengkapi tabel di halaman Tarif Iuran.".replace(",", "."),
                    field="income")


# ---------------------------------------------------------------- the calculator


@dataclass(frozen=True)
class Profile:
    """One person's enrolment as far as the price is concerned.

    BPU: `income` is the declared monthly income; the price comes from the bracket holding it.
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
        """The wage for PU; for BPU the declared income (priced through its bracket, never directly)."""
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
    bracket: BracketRow | None = None  # BPU: the income bracket the price was read from

    @property
    def from_weak_row(self) -> bool:
        """True when the price rests on a row marked weak (the bracket table, or a rate row)."""
        rows = [self.bracket] + [r for line in self.lines for r in (line.rate_row, line.discount_row)]
        return any(r is not None and r.certainty != "verified" for r in rows)

    @property
    def normal_total(self) -> int:
        """What the month would cost without any discount (each component rounded, §7)."""
        return sum(round_rupiah(line.gross, self.rounding) for line in self.lines)

    @property
    def discount(self) -> int:
        return self.normal_total - self.total

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


@dataclass(frozen=True)
class _Pick:
    """The rate row (and discount row) one component of one programme is priced with."""

    row: RateRow
    discount: RateRow | None


def _programme_picks(rows, profile: Profile, programme: str, month: date) -> list[_Pick]:
    facts = profile.facts()
    bases = _matching(rows, programme, profile.segment, month, facts, BASE_BASES)
    if not bases:
        raise _not_available(programme, month)
    discounts = _matching(rows, programme, profile.segment, month, facts, ("discount_percent",))
    picks = []
    for component in COMPONENTS:
        base_rows = [r for r in bases if r.component == component]
        if not base_rows:
            continue
        if len(base_rows) > 1:
            raise UserError(
                f"Lebih dari satu tarif {programme} ({component}) berlaku untuk bulan {month_label(month)}: "
                + "; ".join(r.describe() for r in base_rows) + ". Perbaiki tabel tarif.",
            )
        mine = [d for d in discounts if d.component == component]
        if len(mine) > 1:
            # §5 rule 3: no stacking rule is known, so the calculator stops instead of choosing.
            raise UserError(
                f"Dua keringanan berlaku bersamaan untuk {programme} ({component}) bulan {month_label(month)}: "
                + "; ".join(d.describe() for d in mine) + ". Aturan penggabungan tidak diketahui; perbaiki tabel tarif.",
            )
        picks.append(_Pick(base_rows[0], mine[0] if mine else None))
    return picks


def _picks(rows: Sequence[RateRow], profile: Profile, month: date) -> list[_Pick]:
    """Which rows price this profile's programmes in a month; nothing here depends on the income."""
    blocked = profile.programmes & NOT_AVAILABLE[profile.segment]
    billed = profile.programmes - UNBILLED_PROGRAMMES
    if blocked & billed:
        raise UserError(
            f"Program {', '.join(sorted(blocked & billed))} tidak tersedia untuk peserta {profile.segment}.",
            field="programmes",
        )
    picks: list[_Pick] = []
    for programme in _ordered(billed):
        picks.extend(_programme_picks(rows, profile, programme, month))
    return picks


def _line(pick: _Pick, base: int, rounding: str) -> Line:
    row, discount = pick.row, pick.discount
    used, gross = _gross(row, base)
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


def _check_rounding(rounding: str) -> None:
    if rounding not in ROUNDING_RULES:
        raise UserError(f"Aturan pembulatan '{rounding}' tidak dikenal; pilih {', '.join(ROUNDING_RULES)}.")


def _base_and_bracket(profile: Profile, month: date,
                      brackets: Sequence[BracketRow] | None) -> tuple[int, BracketRow | None]:
    """The amount percentages apply to: the wage for PU; for BPU the bracket's dasar penghasilan,
    never the declared income itself (§3: Rp300.000 is priced at the floor bracket Rp1.000.000)."""
    if profile.segment != "BPU":
        return profile.base, None
    if brackets is None:
        raise UserError(NO_BRACKETS)
    bracket = find_bracket(brackets, profile.base, month)
    return bracket.dasar_penghasilan, bracket


def contribution(rows: Sequence[RateRow], profile: Profile, month: date, rounding: str = "half_up",
                 brackets: Sequence[BracketRow] | None = None) -> Contribution:
    """Contribution of one person for one contribution month.

    BPU incomes are looked up in `brackets` (required for BPU). Raises UserError when the income
    has no bracket, when a programme has no rate for the month or is not available to the segment,
    or when rows are ambiguous (two base rows or two discounts for one component).
    """
    _check_rounding(rounding)
    month = month.replace(day=1)
    base, bracket = _base_and_bracket(profile, month, brackets)
    picks = _picks(rows, profile, month)
    return Contribution(month=month, segment=profile.segment, rounding=rounding,
                        lines=[_line(p, base, rounding) for p in picks], bracket=bracket)


class Pricer:
    """The one way to price many persons (documents, batches, coverage, the dashboard).

    Thousands of members share a handful of profiles, so each distinct (profile without its
    income, month) has its rows picked once, and each (profile, bracket or wage, month) is priced
    once; the result is exactly `contribution()` for that person (tests/domain/test_pricer.py).
    """

    def __init__(self, rows: Sequence[RateRow], brackets: Sequence[BracketRow] | None,
                 rounding: str = "half_up"):
        _check_rounding(rounding)
        self.rows = list(rows)
        self.brackets = list(brackets) if brackets is not None else None
        self.rounding = rounding
        self._picks: dict[tuple, list[_Pick] | UserError] = {}
        self._prices: dict[tuple, Contribution | UserError] = {}
        self._brackets: dict[tuple, tuple[int, BracketRow | None] | UserError] = {}
        self._lines: dict[tuple, Line] = {}
        self._ranged: dict[date, list[BracketRow]] = {}

    def price(self, profile: Profile, month: date) -> Contribution:
        """One person's contribution for one month; raises UserError as `contribution()` does."""
        month = month.replace(day=1)
        base, bracket = self._base_and_bracket(profile, month)
        rule_key = (profile.segment, profile.programmes, profile.risk_group, profile.payer, profile.sector,
                    profile.active_participants, month)
        key = (rule_key, base, id(bracket))
        if key not in self._prices:
            if rule_key not in self._picks:
                try:
                    self._picks[rule_key] = _picks(self.rows, profile, month)
                except UserError as exc:
                    self._picks[rule_key] = exc
            picks = self._picks[rule_key]
            self._prices[key] = picks if isinstance(picks, UserError) else Contribution(
                month=month, segment=profile.segment, rounding=self.rounding,
                lines=[self._line(p, base) for p in picks], bracket=bracket)
        result = self._prices[key]
        if isinstance(result, UserError):
            raise result
        return result

    def _base_and_bracket(self, profile: Profile, month: date) -> tuple[int, BracketRow | None]:
        if profile.segment != "BPU":
            return profile.base, None
        key = (profile.base, month)  # many persons share an income
        if key not in self._brackets:
            if self.brackets is None:
                self._brackets[key] = UserError(NO_BRACKETS)
            else:
                if month not in self._ranged:
                    self._ranged[month] = ranged_brackets(self.brackets, month)
                try:
                    bracket = find_bracket(self.brackets, profile.base, month, self._ranged[month])
                    self._brackets[key] = (bracket.dasar_penghasilan, bracket)
                except UserError as exc:
                    self._brackets[key] = exc
        found = self._brackets[key]
        if isinstance(found, UserError):
            raise found
        return found

    def _line(self, pick: _Pick, base: int) -> Line:
        """Most months are priced with the same rows, so a line is computed once per rows and base."""
        key = (id(pick.row), id(pick.discount), base)
        if key not in self._lines:
            self._lines[key] = _line(pick, base, self.rounding)
        return self._lines[key]

    def period(self, profile: Profile, months: Iterable[date]) -> ContributionPeriod:
        """Each month priced on its own (§5 rule 2)."""
        return ContributionPeriod([self.price(profile, m) for m in months])


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
    rows: Sequence[RateRow], profile: Profile, months: Iterable[date], rounding: str = "half_up",
    brackets: Sequence[BracketRow] | None = None,
) -> ContributionPeriod:
    """Price each month separately and keep the months apart; totals are sums of the months."""
    return ContributionPeriod([contribution(rows, profile, m, rounding, brackets) for m in months])

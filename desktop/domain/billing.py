"""A priced period said out loud: for each contribution month the normal amount, the discount with
its legal basis and the amount to pay, then the period's total in digits and words.

One structure for every place that prints or shows money (the enrolment form, the PKS Lampiran III,
the batch summary sheet, the coverage report and the dashboard), so they all say the same thing.
A payment for several months prices each month on its own (programmes-and-rates.md §5 rule 2), so
the months are kept apart and only runs of equal months are written as one line.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from . import money
from .dates_id import month_label
from .rates import Contribution, RateRow, WEAK_TABLE_NOTE

PAYMENT_PERIODS = (1, 3, 6, 12)  # months paid at once (§3) [weak]


def short_legal_basis(text: str) -> str:
    """"PP 50/2025 (BPU di luar transportasi)" → "PP 50/2025": the regulation, without the remark."""
    return text.split(" (")[0].strip()


def discount_notes(contribution: Contribution) -> list[str]:
    """"keringanan 50% JKK dan JKM, PP 50/2025, s.d. Desember 2026": one note per discount rule that
    applies in the month, the programmes it discounts joined."""
    rules: dict[tuple, list[str]] = {}
    for line in contribution.lines:
        row: RateRow | None = line.discount_row
        if row is None:
            continue
        key = (money.percent_id(row.value), short_legal_basis(row.legal_basis), row.valid_to)
        if line.programme not in rules.setdefault(key, []):
            rules[key].append(line.programme)
    notes = []
    for (percent, basis, until), programmes in rules.items():
        text = f"keringanan {percent} {' dan '.join(programmes)}"
        if basis:
            text += f", {basis}"
        if until is not None:
            text += f", s.d. {month_label(until)}"
        notes.append(text)
    return notes


@dataclass
class MonthAmount:
    """What one contribution month costs (one person, or many added together)."""

    month: date
    normal: int = 0  # without any discount
    to_pay: int = 0
    persons: int = 0
    notes: list[str] = field(default_factory=list)  # the discount rules applied, with their legal basis
    weak: bool = False  # some price rests on a row marked weak

    @property
    def discount(self) -> int:
        return self.normal - self.to_pay

    def same_price(self, other: MonthAmount) -> bool:
        return (self.normal, self.to_pay, self.notes) == (other.normal, other.to_pay, other.notes)


@dataclass
class PricedPeriod:
    """Contribution months priced each on its own and added over persons; problems kept by reason."""

    months: list[MonthAmount]
    unpriced: dict[str, int] = field(default_factory=dict)  # reason → persons whose price is unknown

    @classmethod
    def of(cls, months: Iterable[date]) -> PricedPeriod:
        return cls([MonthAmount(m.replace(day=1)) for m in months])

    def add(self, contribution: Contribution, count: int = 1) -> None:
        """Add `count` persons priced with `contribution` to its month."""
        target = next(m for m in self.months if m.month == contribution.month)
        target.normal += contribution.normal_total * count
        target.to_pay += contribution.total * count
        target.persons += count
        target.weak = target.weak or contribution.from_weak_row
        for note in discount_notes(contribution):
            if note not in target.notes:
                target.notes.append(note)

    def add_problem(self, reason: str, count: int = 1) -> None:
        self.unpriced[reason] = self.unpriced.get(reason, 0) + count

    @property
    def total(self) -> int:
        return sum(m.to_pay for m in self.months)

    @property
    def normal(self) -> int:
        return sum(m.normal for m in self.months)

    @property
    def discount(self) -> int:
        return self.normal - self.total

    @property
    def weak(self) -> bool:
        return any(m.weak for m in self.months)

    def runs(self) -> list[list[MonthAmount]]:
        """Consecutive months with the same price, in order: the first month and every month in which
        the price changes start a run (e.g. the discount ends inside the period)."""
        runs: list[list[MonthAmount]] = []
        for month in self.months:
            if runs and runs[-1][-1].same_price(month):
                runs[-1].append(month)
            else:
                runs.append([month])
        return runs

    def changes(self) -> list[MonthAmount]:
        """The first month and each month whose price differs from the month before."""
        return [run[0] for run in self.runs()]


def months_label(run: list[MonthAmount]) -> str:
    """"Mei 2026" or "April–Desember 2026 (9 bulan)" or "Desember 2026–Januari 2027 (2 bulan)"."""
    first, last = run[0].month, run[-1].month
    if len(run) == 1:
        return month_label(first)
    if first.year == last.year:
        text = f"{month_label(first).split()[0]}–{month_label(last)}"
    else:
        text = f"{month_label(first)}–{month_label(last)}"
    return f"{text} ({len(run)} bulan)"


def month_lines(month: MonthAmount) -> list[str]:
    """The money of one month as said on paper: normal amount, discount line(s), amount to pay."""
    if not month.notes or month.discount == 0:
        return [f"Iuran {money.rupiah(month.to_pay)}"]
    return [f"Iuran normal {money.rupiah(month.normal)}",
            f"{first_upper('; '.join(month.notes))}: −{money.rupiah(month.discount)}",
            f"Dibayar {money.rupiah(month.to_pay)}"]


def first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def total_words(amount: int) -> str:
    return f"{money.rupiah(amount)} ({money.terbilang(amount)} rupiah)"


def period_lines(period: PricedPeriod) -> list[str]:
    """The whole period: one line per run of equal months (per month), then the total in digits and
    words, the weak-table warning and the persons not priced. Plain text for every medium."""
    lines = []
    runs = period.runs()
    for run in runs:
        per_month = "; ".join(month_lines(run[0]))
        lines.append(f"{months_label(run)}{', per bulan' if len(run) > 1 else ''}: {per_month}")
    if len(period.months) > 1:
        lines.append(f"Jumlah {len(period.months)} bulan: {total_words(period.total)}")
    else:
        lines.append(f"Jumlah: {total_words(period.total)}")
    if period.weak:
        lines.append(f"Golongan penghasilan: {WEAK_TABLE_NOTE}.")
    for reason, count in sorted(period.unpriced.items()):
        lines.append(f"{money.number_id(count)} orang belum dihitung iurannya: {reason}.")
    return lines


def short_months_label(run: list[MonthAmount]) -> str:
    return months_label(run).split(" (")[0]


def _amount_said(month: MonthAmount, per_month: bool) -> str:
    """"Rp8.400 (normal Rp16.800 − keringanan Rp8.400)"; per month of a run, shorter: "Rp8.400/bln
    (normal Rp16.800)" (the discount line below names the rule)."""
    if not month.notes or month.discount == 0:
        return f"{money.rupiah(month.to_pay)}{'/bln' if per_month else ''}"
    if per_month:
        return f"{money.rupiah(month.to_pay)}/bln (normal {money.rupiah(month.normal)})"
    return (f"{money.rupiah(month.to_pay)} (normal {money.rupiah(month.normal)} − keringanan "
            f"{money.rupiah(month.discount)})")


def three_lines(period: PricedPeriod, breakdown: str = "") -> tuple[str, str, str]:
    """The money of a period on three printed lines (the enrolment form's money block):
    1. the amount to pay with the normal amount and the discount, per run of equal months
       ("Rp8.400 (normal Rp16.800 − keringanan Rp8.400)"; with a breakdown
       "JKK Rp5.000 + JKM Rp3.400 = Rp8.400 (normal Rp16.800)");
    2. the discount rule(s) with the legal basis, empty when no discount applies (with a breakdown
       led by the amount: "Potongan Rp8.400: keringanan 50% JKK dan JKM, PP 50/2025, …");
    3. the total in words, with the month or the number of months."""
    runs = period.runs()
    rules = "; ".join(dict.fromkeys(n for m in period.months for n in m.notes))
    if len(period.months) == 1:
        month = period.months[0]
        if breakdown and month.notes and month.discount:
            # with the per-programme breakdown line 1 has no room left for the discount (a form's value
            # column is ~125 mm): the amount taken off goes in front of its rule on line 2
            first = f"{breakdown} = {money.rupiah(month.to_pay)} (normal {money.rupiah(month.normal)})"
            rules = f"potongan {money.rupiah(month.discount)}: {rules}"
        else:
            first = _amount_said(month, False)
            if breakdown:
                first = f"{breakdown} = {first}"
        words = f"({money.terbilang(period.total)} rupiah) untuk bulan {month_label(month.month)}"
    else:
        first = "; ".join(f"{short_months_label(run)}: {_amount_said(run[0], True)}" for run in runs)
        words = (f"Jumlah {len(period.months)} bulan {money.rupiah(period.total)} "
                 f"({money.terbilang(period.total)} rupiah)")
    return first, first_upper(rules), words

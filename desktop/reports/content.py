"""What the coverage report says, once, as plain tables: the PDF and the xlsx both lay these out.

Only aggregate figures (counts and rupiah per group), no personal data, so the report may be handed
to the branch office or shown on a slide.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop import claims, clock, coverage
from desktop import settings as org_settings
from desktop.domain import dates_id, money
from desktop.domain.rates import WEAK_TABLE_NOTE
from desktop.domain.status import Count

TITLE = "Laporan Cakupan Jaminan Sosial Ketenagakerjaan"


@dataclass
class Table:
    title: str
    sheet: str  # xlsx sheet name (≤ 31 characters)
    header: list[str]
    rows: list[list[object]]  # str, int (count or rupiah) or float (a share 0–1)
    money: set[int] = field(default_factory=set)  # columns holding rupiah
    note: str = ""


@dataclass
class Report:
    org_name: str
    scope: str
    place: str
    today: dt.date
    first_month: dt.date
    level_names: list[str]
    chair: tuple[str, str]  # (title, name) for the signature; name may be empty
    dashboard: coverage.Dashboard
    costs: list[coverage.MonthCost]
    claims: list[claims.ClaimTotals]
    logo_path: str = ""  # the letterhead logo of the PDF
    secretary: tuple[str, str] = ("Sekretaris", "")  # the second signature (title, name)
    paper: str = "A4"  # the settings' paper (A4 or F4)

    @property
    def date_line(self) -> str:
        return dates_id.place_date_line(self.place, self.today)


def build(session: Session, first_month: dt.date, *, unit_id: int | None = None, months: int = 13,
          today: dt.date | None = None) -> Report:
    today = today or clock.today()
    cfg = org_settings.load(session)
    figures = coverage.dashboard(session, unit_id, today)
    return Report(org_name=cfg.org_name, scope=figures.scope, place=cfg.org_place, today=today,
                  first_month=first_month.replace(day=1), level_names=cfg.level_names,
                  chair=(cfg.chair_title, cfg.chair_name), dashboard=figures,
                  costs=coverage.monthly_cost(session, first_month, months, unit_id),
                  claims=claims.summary(session, claims.ClaimFilter(unit_ids=coverage.unit_scope(session, unit_id))),
                  logo_path=cfg.logo_path, secretary=(cfg.secretary_title, cfg.secretary_name),
                  paper=cfg.paper_size)


def cell_text(value: object, money_column: bool = False) -> str:
    """How a table value reads in the PDF and the window: counts and rupiah with dots, shares in %."""
    if isinstance(value, float):
        return money.percent_id(Decimal(str(value * 100)), places=1)
    if isinstance(value, int):
        return money.rupiah(value) if money_column else money.number_id(value)
    return str(value)


def count_values(counts: coverage.Counts) -> list[object]:
    """The values under COUNT_HEADER, in its order (report tables and the window's unit tree)."""
    return [counts.persons, counts.enrolled, counts.submitted, counts.not_submitted, counts.rejected, counts.share]


def _count_row(label: str, counts: coverage.Counts) -> list[object]:
    return [label, *count_values(counts)]


COUNT_HEADER = ["Orang", Count.ENROLLED.label, Count.SUBMITTED.label, Count.NOT_SUBMITTED.label, Count.REJECTED.label,
                "% terdaftar"]


def _count_table(title: str, sheet: str, first: str, rows: list[list[object]], note: str = "") -> Table:
    return Table(title, sheet, [first, *COUNT_HEADER], rows, note=note)


def summary_table(report: Report) -> Table:
    d = report.dashboard
    rows = [_count_row(d.scope, d.total)]
    return _count_table("Ringkasan", "Ringkasan", "Cakupan", rows, note=enrolled_note(d.total))


def enrolled_note(counts: coverage.Counts) -> str:
    """Two different facts behind "Terdaftar", both with their labels."""
    return (f"{Count.ENROLLED.label} {money.number_id(counts.enrolled)} = "
            f"{money.number_id(counts.new_kpj)} {Count.NEW_KPJ.label} + "
            f"{money.number_id(counts.had_kpj)} {Count.HAD_KPJ.label}.")


def unit_table(report: Report) -> Table:
    rows = []
    for node in coverage_units(report):
        rows.append(_count_row(("    " * node.level) + node.name, node.counts))
    if report.dashboard.without_unit.persons:
        rows.append(_count_row("(tanpa unit)", report.dashboard.without_unit))
    return _count_table("Per unit", "Per unit", "Unit", rows)


def coverage_units(report: Report) -> list[coverage.UnitFigures]:
    """Every unit, parents before their children (the drill-down as one list)."""
    return coverage.flatten(report.dashboard.units)


def institution_table(report: Report) -> Table:
    rows = [_count_row(f"{f.name} ({f.type})" if f.type else f.name, f.counts) for f in report.dashboard.institutions]
    return _count_table("Per lembaga", "Per lembaga", "Lembaga", rows)


def group_table(report: Report) -> Table:
    d = report.dashboard
    rows = [_count_row(f"Program {p}", c) for p, c in d.by_programme.items()]
    rows += [_count_row(coverage.SEGMENT_LABELS.get(s, s), c) for s, c in d.by_segment.items()]
    rows += [_count_row(f"Pembayar: {coverage.PAYER_LABELS.get(p, p)}", c) for p, c in d.by_payer.items()]
    return _count_table("Per program, segmen dan pembayar", "Program", "Kelompok", rows,
                        note="Satu orang dihitung pada setiap program yang diikutinya.")


def _cost_note(report: Report) -> str:
    note = ("Perkiraan iuran sebulan untuk orang yang terdaftar hari ini, dengan tarif yang berlaku pada tiap bulan "
            "iuran (keringanan dan batas upah JP ikut terhitung).")
    unpriced = report.costs[0].unpriced if report.costs else {}
    if unpriced:
        note += " Tidak terhitung: " + "; ".join(f"{n} orang — {reason}" for reason, n in unpriced.items()) + "."
    return note


def cost_table(report: Report) -> Table:
    """Monthly cost per programme: the chosen month and the following ones."""
    programmes = [p for p in ("JKK", "JKM", "JHT", "JP") if any(c.by_programme.get(p) for c in report.costs)]
    header = ["Bulan iuran", "Orang", *programmes, "Jumlah"]
    rows = [[dates_id.month_label(c.month), c.persons, *(c.by_programme.get(p, 0) for p in programmes), c.total]
            for c in report.costs]
    return Table("Iuran bulanan per program (Rp)", "Iuran per program", header, rows,
                 money=set(range(2, len(header))), note=_cost_note(report))


def discount_table(report: Report) -> Table:
    """Per month the normal amount, the discount with its legal basis and the amount to pay."""
    rows = [[dates_id.month_label(c.month), c.normal, c.discount, c.total, "; ".join(c.notes) or "-"]
            for c in report.costs]
    note = ""
    if any(c.weak for c in report.costs):
        note = f"Golongan penghasilan: {WEAK_TABLE_NOTE}."
    return Table("Iuran normal, keringanan dan yang dibayar (Rp)", "Keringanan",
                 ["Bulan iuran", "Iuran normal", "Keringanan", "Dibayar", "Dasar keringanan"], rows,
                 money={1, 2, 3}, note=note)


def payer_cost_table(report: Report) -> Table:
    """Monthly cost by who pays: the member herself, the organisation, a donor, the APBD/APBN."""
    payers = sorted({p for c in report.costs for p in c.by_payer})
    header = ["Bulan iuran", *(coverage.PAYER_LABELS.get(p, p) for p in payers), "Jumlah"]
    rows = [[dates_id.month_label(c.month), *(c.by_payer.get(p, 0) for p in payers), c.total] for c in report.costs]
    return Table("Iuran bulanan per pembayar (Rp)", "Iuran per pembayar", header, rows,
                 money=set(range(1, len(header))))


def claim_table(report: Report) -> Table:
    rows = [[t.programme, t.cases, t.paid_cases, t.paid] for t in report.claims]
    rows.append(["Jumlah", sum(t.cases for t in report.claims), sum(t.paid_cases for t in report.claims),
                 sum(t.paid for t in report.claims)])
    return Table("Klaim (kasus)", "Klaim", ["Program", "Kasus", "Sudah dibayar", "Jumlah dibayar (Rp)"], rows,
                 money={3}, note="Kasus = klaim yang tidak ditolak.")


def enrolment_table(report: Report) -> Table:
    rows = [[dates_id.month_label(m), new, total] for m, new, total in report.dashboard.enrolment_months]
    note = ""
    if report.dashboard.undated_enrolled:
        note = f"{report.dashboard.undated_enrolled} orang terdaftar tanpa tanggal mulai kepesertaan."
    return Table("Pendaftaran per bulan", "Pendaftaran", ["Bulan mulai", "Baru terdaftar", "Jumlah terdaftar"],
                 rows, note=note)


def tables(report: Report) -> list[Table]:
    return [summary_table(report), unit_table(report), group_table(report), cost_table(report),
            discount_table(report), payer_cost_table(report), claim_table(report), institution_table(report), enrolment_table(report)]

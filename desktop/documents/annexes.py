"""The PKS annexes, generated from the DB: institutions with persons per programme, the participant
list (masked unless the branch's copy is asked for), and the contribution summary in digits and
words. Counting and grouping happen in SQL; each distinct profile is priced once."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop import contributions
from desktop.documents import roster_list, style
from desktop.documents.scope import Scope, chunks, institution_label, require
from desktop.domain import billing, dates_id, money
from desktop.domain import rates as rate_rules
from desktop.domain.rates import PROGRAMME_ORDER, months_between
from desktop.models import Institution, OrgUnit, Person
from desktop.progress import NO_PROGRESS, Progress


SUBGROUP = colors.HexColor("#f3f5f7")


def _table(data: list[list], widths: list[float], numbers_from: int) -> Table:
    """A bordered table with a shaded header and total row; columns from `numbers_from` align right."""
    table = Table(data, colWidths=widths, repeatRows=1)
    commands = [("FONT", (0, 0), (-1, -1), style.NARROW, style.CELL_SIZE),
                ("FONT", (0, 0), (-1, 0), style.NARROW_BOLD, style.CELL_SIZE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("GRID", (0, 0), (-1, -1), 0.4, style.RULE), ("BACKGROUND", (0, 0), (-1, 0), style.SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (numbers_from, 1), (-1, -1), "RIGHT"),
                ("FONT", (0, -1), (-1, -1), style.NARROW_BOLD, style.CELL_SIZE),
                ("BACKGROUND", (0, -1), (-1, -1), style.SHADE)]
    table.setStyle(TableStyle(commands))
    return table


def _has(programme: str):
    return func.sum(case(((" " + Person.programmes + " ").like(f"% {programme} %"), 1), else_=0))


def institution_summary(session: Session, scope: Scope, width: float) -> list[Flowable]:
    """Lampiran: per institution (and members without one) the persons and their programmes."""
    query = scope.where(session, select(
        Institution.type, Institution.name, Institution.npsn, Institution.nsm, OrgUnit.name, func.count(Person.id),
        *[_has(p) for p in PROGRAMME_ORDER])
        .select_from(Person).outerjoin(Institution, Institution.id == Person.institution_id)
        .outerjoin(OrgUnit, OrgUnit.id == Institution.unit_id)
        # the institution's and unit's keys too: the same groups, and PostgreSQL then accepts their names
        .group_by(Person.institution_id, Institution.id, OrgUnit.id).order_by(Institution.name.is_(None), OrgUnit.name, Institution.name))
    st = style.styles()
    data: list[list] = [["No", "Lembaga", "NPSN/NSM", "Unit", "Orang", *PROGRAMME_ORDER]]
    totals = [0] * (1 + len(PROGRAMME_ORDER))
    for number, (kind, name, npsn, nsm, unit, count, *per) in enumerate(session.execute(query), start=1):
        label = institution_label(kind, name) if name else "Anggota perorangan (tanpa lembaga)"
        data.append([str(number), Paragraph(escape(label), st["cell"]), npsn or nsm or "-",
                     Paragraph(escape(unit or "-"), st["cell"]), money.number_id(count),
                     *[money.number_id(v or 0) for v in per]])
        totals = [a + (b or 0) for a, b in zip(totals, [count, *per])]
    data.append(["", "Jumlah", "", "", *[money.number_id(v) for v in totals]])
    widths = [0.06, 0.30, 0.13, 0.17, 0.08] + [0.065] * len(PROGRAMME_ORDER)
    return [_table(data, [w * width for w in widths], numbers_from=4)]


def participant_fields(full: bool) -> tuple[str, ...]:
    return roster_list.list_fields(full) + ("birth_place", "desa_code", "occupation", "income")


# Lampiran II on a landscape page: wide enough that no word of the data breaks inside a cell, and the
# common occupations ("Mengurus Rumah Tangga", "Guru TK/RA/KB/PAUD") and a birth place with its date
# stay on one line, so that a page holds about 28 persons (a two-line row halves that)
ANNEX_COLUMNS = (roster_list.Column("No", "no", 0.033), roster_list.Column("NIK", "nik", 0.125),
                 roster_list.Column("Nama", "name", 0.2, True),
                 roster_list.Column("Tempat, tgl. lahir", "birth", 0.14, True),
                 roster_list.Column("L/P", "sex", 0.03), roster_list.Column("Desa, kecamatan", "region", 0.142, True),
                 roster_list.Column("Pekerjaan", "occupation", 0.16, True),
                 roster_list.Column("Penghasilan", "income", 0.09),
                 roster_list.Column("Program", "programmes", 0.08, True))
NO_INSTITUTION = "Anggota perorangan (tanpa lembaga)"


def _groups(session: Session, ids: list[int]) -> list[tuple[str, str, list[int]]]:
    """(PAC, lembaga, person ids) in the order PAC, lembaga (members without one last), then `ids`."""
    units = {u.id: u for u in session.scalars(select(OrgUnit))}

    def pac(unit_id: int | None) -> str:
        unit = units.get(unit_id)
        while unit is not None and unit.level > 1 and unit.parent_id in units:
            unit = units[unit.parent_id]
        return unit.name if unit is not None else "Tanpa unit"

    position = {person_id: index for index, person_id in enumerate(ids)}
    rows = []
    for chunk in chunks(ids):
        rows += session.execute(select(Person.id, Person.unit_id, Institution.unit_id, Institution.type,
                                       Institution.name)
                                .outerjoin(Institution, Institution.id == Person.institution_id)
                                .where(Person.id.in_(chunk))).all()
    grouped: dict[tuple[str, int, str], list[int]] = {}
    for person_id, unit_id, institution_unit, kind, name in rows:
        key = (pac(institution_unit or unit_id), 1 if name is None else 0,
               institution_label(kind, name) if name else NO_INSTITUTION)
        grouped.setdefault(key, []).append(person_id)
    return [(key[0], key[2], sorted(members, key=position.__getitem__)) for key, members in sorted(grouped.items())]


def candidate_table(session: Session, ids: list[int], width: float, full: bool,
                    progress: Progress = NO_PROGRESS) -> list[Flowable]:
    """The candidates grouped by PAC and lembaga, each group with its subtotal, numbered throughout;
    about 28 rows on a landscape page at 9 pt."""
    st = style.styles()
    columns = ANNEX_COLUMNS
    widths = [c.width * width for c in columns]
    room = [w - 4 for w in widths]
    data: list[list] = [[Paragraph(f"<b>{c.header}</b>", st["cell"]) for c in columns]]
    commands: list[tuple] = []
    number = 0
    blank = [""] * (len(columns) - 1)

    def group_row(text: str, shade, right: bool = False) -> None:
        row = len(data)
        data.append([Paragraph(text, st["cell_right" if right else "cell_bold"]), *blank])
        commands.extend([("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), shade)])

    current_pac = None
    pac_count = 0
    groups = _groups(session, ids)
    last_person = 0
    for index, (pac, institution, members) in enumerate(groups):
        group_start = len(data)
        if pac != current_pac:
            current_pac, pac_count = pac, 0
            group_row(f"<b>{escape(pac)}</b>", style.SHADE)
        group_row(escape(institution), SUBGROUP)
        first_person = len(data)
        for chunk in chunks(members):
            for row in roster_list.load_rows(session, chunk, full):
                number += 1
                row["no"] = str(number)
                data.append([Paragraph(escape(row[c.key]), st["cell"])
                             if c.wrap and stringWidth(row[c.key], style.NARROW, style.CELL_SIZE) > space
                             else row[c.key] for c, space in zip(columns, room)])
        # a page never ends on a group's heading nor starts with its subtotal: the heading rows go over
        # with the group's first person, the subtotals with its last one
        commands.append(("NOSPLIT", (0, group_start), (-1, first_person)))
        last_person = len(data) - 1
        pac_count += len(members)
        group_row(f"Jumlah {escape(institution)}: <b>{money.number_id(len(members))} orang</b>", colors.white,
                  right=True)
        if index + 1 == len(groups) or groups[index + 1][0] != pac:
            group_row(f"<b>Jumlah {escape(pac)}: {money.number_id(pac_count)} orang</b>", style.SHADE, right=True)
        progress.step(number, len(ids), f"Menyusun daftar: {number} dari {len(ids)} orang")
        commands.append(("NOSPLIT", (0, last_person), (-1, len(data) - 1)))
    group_row(f"<b>JUMLAH SELURUHNYA: {money.number_id(number)} orang</b>", style.SHADE, right=True)
    commands.append(("NOSPLIT", (0, last_person), (-1, len(data) - 1)))
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), style.NARROW, style.CELL_SIZE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, style.RULE), ("BACKGROUND", (0, 0), (-1, 0), style.SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("ALIGN", (7, 1), (7, -1), "RIGHT"), *commands]))
    return [table]


def participant_list(session: Session, scope: Scope, width: float, full: bool,
                     progress: Progress = NO_PROGRESS) -> tuple[list[Flowable], int]:
    """Lampiran: the candidates of `scope` (already narrowed to who can be registered)."""
    label = scope.label(session)
    ids = require(scope.person_ids(session), f"{label} (calon peserta yang dapat didaftarkan)")
    note = ("NIK lengkap — RAHASIA: hanya untuk PIHAK PERTAMA, diserahkan bersama Berita Acara Serah Terima Data."
            if full else "NIK disamarkan sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi; "
                         "daftar dengan NIK lengkap diserahkan kepada PIHAK PERTAMA sebagai dokumen tersendiri.")
    flowables = [Paragraph(note, style.styles()["small"]), Spacer(1, 2 * mm),
                 *candidate_table(session, ids, width, full, progress)]
    return flowables, len(ids)


@dataclass
class _Unit:
    name: str
    persons: int = 0
    period: billing.PricedPeriod | None = None


def _unit_name():
    """SQL: the person's institution, else her unit: the "unit" a Lampiran III line sums."""
    return func.coalesce(Institution.name, OrgUnit.name, "(tanpa unit)")


def contribution_summary(session: Session, scope: Scope, first_month: dt.date, width: float,
                         title_case: bool = False, months: int = 1, per_person: bool = False) -> list[Flowable]:
    """Lampiran III over the agreement's term: per unit, what a month costs from the first contribution
    month and from each month in which the price changes (a discount starting or ending, a new rate),
    with the normal amount, the discount and its legal basis and the amount to pay; then the term's
    total in digits and words, and optionally the same per person. Each month is priced on its own
    with the rows valid for it (programmes-and-rates.md §5 rule 2), through the one pricer."""
    term = months_between(first_month, months)
    unit_name = _unit_name()  # one expression object in SELECT and GROUP BY (PostgreSQL compares them)
    query = scope.where(session, select(
        unit_name, Person.segment, Person.programmes, Person.income, Institution.risk_group, Person.payer,
        Person.sector, func.count(Person.id))
        .select_from(Person).outerjoin(Institution, Institution.id == Person.institution_id)
        .outerjoin(OrgUnit, OrgUnit.id == Person.unit_id)
        .group_by(unit_name, Person.segment, Person.programmes, Person.income, Institution.risk_group,
                  Person.payer, Person.sector))
    pricer = contributions.pricer(session)
    units: dict[str, _Unit] = {}
    total = billing.PricedPeriod.of(term)
    for unit_name, *values, count in session.execute(query):
        unit = units.setdefault(unit_name, _Unit(unit_name, period=billing.PricedPeriod.of(term)))
        unit.persons += count
        for month in term:
            result = contributions.price_or_reason(pricer, month, *values)
            if isinstance(result, str):
                unit.period.add_problem(result, count)
                total.add_problem(result, count)
                break
            unit.period.add(result, count)
            total.add(result, count)
    st = style.styles()
    story: list[Flowable] = [Paragraph(
        f"Iuran per bulan iuran selama jangka waktu perjanjian, {escape(_term_label(term))}, dihitung dengan tabel "
        "tarif dan golongan penghasilan yang berlaku pada bulan itu, termasuk keringanan iuran bila ada. Ditampilkan "
        "bulan iuran pertama dan setiap bulan yang iurannya berubah.", st["body"]), Spacer(1, 3 * mm)]
    for run in total.runs():
        index = total.months.index(run[0])
        story.append(Paragraph(f"<b>{escape(billing.months_label(run))}</b>, per bulan:", st["body"]))
        data: list[list] = [["Unit / lembaga", "Peserta", "Iuran normal", "Keringanan", "Dibayar"]]
        for unit in sorted(units.values(), key=lambda u: u.name):
            m = unit.period.months[index]
            data.append([Paragraph(escape(unit.name), st["cell"]), money.number_id(unit.persons),
                         money.rupiah(m.normal), money.rupiah(m.discount), money.rupiah(m.to_pay)])
        m = run[0]
        data.append(["Jumlah", money.number_id(sum(u.persons for u in units.values())), money.rupiah(m.normal),
                     money.rupiah(m.discount), money.rupiah(m.to_pay)])
        story.append(_table(data, [w * width for w in (0.4, 0.12, 0.16, 0.16, 0.16)], numbers_from=1))
        for note in m.notes:
            story.append(Paragraph(escape(billing.first_upper(note)) + ".", st["body"]))
        story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(
        f"Jumlah iuran selama {len(term)} bulan seluruhnya <b>{escape(money.rupiah_words(total.total, title_case))}</b>"
        + (f" (tanpa keringanan {escape(money.rupiah(total.normal))})." if total.discount else "."), st["body"]))
    if total.weak:
        story.append(Paragraph(f"Golongan penghasilan: {escape(rate_rules.WEAK_TABLE_NOTE)}.", st["body"]))
    for reason, count in sorted(total.unpriced.items()):
        story.append(Paragraph(f"{money.number_id(count)} orang belum dihitung iurannya: {escape(reason)}.",
                               st["body"]))
    if per_person:
        story += [Spacer(1, 4 * mm), *_per_person(session, scope, pricer, total.runs(), width)]
    return story


def _term_label(term: list[dt.date]) -> str:
    return (f"{len(term)} bulan ({dates_id.month_label(term[0])} s.d. {dates_id.month_label(term[-1])})"
            if len(term) > 1 else f"bulan {dates_id.month_label(term[0])}")


def _per_person(session: Session, scope: Scope, pricer, runs, width: float) -> list[Flowable]:  # noqa: ANN001
    """Rincian per orang: the amount per month in each price period and the term's total."""
    query = scope.where(session, select(
        Person.name, _unit_name(), Person.segment, Person.programmes, Person.income, Institution.risk_group,
        Person.payer, Person.sector)
        .select_from(Person).outerjoin(Institution, Institution.id == Person.institution_id)
        .outerjoin(OrgUnit, OrgUnit.id == Person.unit_id).order_by(_unit_name(), Person.name_key))
    st = style.styles()
    data: list[list] = [["No", "Nama", "Unit / lembaga",
                          # "Januari 2027 – Desember 2028": the dash with spaces, a narrow column may break there
                          *[Paragraph(escape(f"{billing.short_months_label(r)}, per bulan".replace("–", " – ")),
                                      st["cell_bold"])
                            for r in runs], "Jumlah"]]
    grand = 0
    for number, (name, unit, *values) in enumerate(session.execute(query), start=1):
        cells, total = [], 0
        for run in runs:
            result = contributions.price_or_reason(pricer, run[0].month, *values)
            if isinstance(result, str):
                cells, total = [Paragraph(escape(f"belum dihitung: {result}"), st["cell"])] + [""] * (len(runs) - 1), None
                break
            cells.append(money.rupiah(result.total))
            total += sum(contributions.price_or_reason(pricer, m.month, *values).total for m in run)
        data.append([str(number), Paragraph(escape(name), st["cell"]), Paragraph(escape(unit), st["cell"]), *cells,
                     money.rupiah(total) if total is not None else ""])
        grand += total or 0
    data.append(["", "Jumlah", "", *[""] * len(runs), money.rupiah(grand)])
    # an amount column as wide as "Rp12.345.600" needs; the names get the rest, so that a person and
    # her lembaga ("KB Muslimat NU Tunas Bangsa Dlanggu") stay on one line: 3-line rows gave 9 a page
    money_share = 0.14 if len(runs) < 3 else 0.12
    names = 1 - 0.05 - money_share * (len(runs) + 1)
    widths = (0.05, names * 0.4, names * 0.6, *[money_share] * (len(runs) + 1))
    return [Paragraph("<b>Rincian per orang</b>", st["body"]),
            _table(data, [w * width for w in widths], numbers_from=3)]

"""The PKS annexes, generated from the DB: institutions with persons per programme, the participant
list (masked unless the branch's copy is asked for), and the contribution summary in digits and
words. Counting and grouping happen in SQL; each distinct profile is priced once."""
from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.units import mm
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop import contributions
from desktop.documents import roster_list, style
from desktop.documents.scope import Scope, institution_label, require
from desktop.domain import dates_id, money
from desktop.domain.rates import PROGRAMME_ORDER
from desktop.models import Institution, OrgUnit, Person
from desktop.progress import NO_PROGRESS, Progress


def _table(data: list[list], widths: list[float], numbers_from: int) -> Table:
    """A bordered table with a shaded header and total row; columns from `numbers_from` align right."""
    table = Table(data, colWidths=widths, repeatRows=1)
    commands = [("FONT", (0, 0), (-1, -1), style.REGULAR, 8.5), ("FONT", (0, 0), (-1, 0), style.BOLD, 8.5),
                ("GRID", (0, 0), (-1, -1), 0.4, style.RULE), ("BACKGROUND", (0, 0), (-1, 0), style.SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (numbers_from, 1), (-1, -1), "RIGHT"),
                ("FONT", (0, -1), (-1, -1), style.BOLD, 8.5), ("BACKGROUND", (0, -1), (-1, -1), style.SHADE)]
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
        .group_by(Person.institution_id).order_by(Institution.name.is_(None), OrgUnit.name, Institution.name))
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
    widths = [0.06, 0.34, 0.12, 0.2, 0.08] + [0.05] * len(PROGRAMME_ORDER)
    return [_table(data, [w * width for w in widths], numbers_from=4)]


def participant_fields(full: bool) -> tuple[str, ...]:
    return roster_list.list_fields(full) + ("birth_place", "desa_code", "occupation", "income")


def participant_list(session: Session, scope: Scope, width: float, full: bool,
                     progress: Progress = NO_PROGRESS) -> tuple[list[Flowable], int]:
    label = scope.label(session)
    ids = require(scope.person_ids(session), label)
    note = ("NIK lengkap: salinan untuk PIHAK PERTAMA." if full else
            "NIK disamarkan (salinan internal) sesuai UU 27/2022 tentang Pelindungan Data Pribadi.")
    flowables = [Paragraph(note, style.styles()["number"]), Spacer(1, 2 * mm),
                 *roster_list.person_table(session, ids, roster_list.ANNEX_COLUMNS, width, full, progress)]
    return flowables, len(ids)


def contribution_summary(session: Session, scope: Scope, month: dt.date, width: float,
                         title_case: bool = False) -> list[Flowable]:
    """Lampiran: monthly contribution per programme, digits and words, and the total."""
    query = scope.where(session, select(
        Person.segment, Person.programmes, Person.income, Institution.risk_group, Person.payer, Person.sector,
        func.count(Person.id))
        .select_from(Person).outerjoin(Institution, Institution.id == Person.institution_id)
        .group_by(Person.segment, Person.programmes, Person.income, Institution.risk_group, Person.payer,
                  Person.sector))
    pricer = contributions.pricer(session)
    persons: dict[str, int] = {}
    amounts: dict[str, int] = {}
    unpriced: dict[str, int] = {}
    for segment, programmes, income, risk_group, payer, sector, count in session.execute(query):
        result = contributions.price_or_reason(pricer, month, segment, programmes, income, risk_group, payer, sector)
        if isinstance(result, str):
            unpriced[result] = unpriced.get(result, 0) + count
            continue
        for programme, amount in result.by_programme().items():
            persons[programme] = persons.get(programme, 0) + count
            amounts[programme] = amounts.get(programme, 0) + amount * count
    st = style.styles()
    data: list[list] = [["Program", "Peserta", "Iuran per bulan", "Terbilang"]]
    for programme in sorted(amounts, key=lambda p: PROGRAMME_ORDER.index(p) if p in PROGRAMME_ORDER else 9):
        data.append([programme, money.number_id(persons[programme]), money.rupiah(amounts[programme]),
                     Paragraph(f"{money.terbilang(amounts[programme])} rupiah", st["cell"])])
    total = sum(amounts.values())
    data.append(["Jumlah", "", money.rupiah(total), Paragraph(escape(f"{money.terbilang(total)} rupiah"),
                                                               st["cell_bold"])])
    story: list[Flowable] = [
        _table(data, [w * width for w in (0.14, 0.14, 0.22, 0.5)], numbers_from=1), Spacer(1, 4 * mm),
        Paragraph(f"Jumlah iuran bulan {dates_id.month_label(month)} seluruhnya "
                  f"<b>{escape(money.rupiah_words(total, title_case))}</b>, dihitung dengan tabel tarif yang berlaku "
                  f"pada bulan tersebut, termasuk keringanan iuran bila ada.", st["body"])]
    for reason, count in sorted(unpriced.items()):
        story.append(Paragraph(f"{money.number_id(count)} orang belum dihitung iurannya: {escape(reason)}.",
                               st["body"]))
    return story

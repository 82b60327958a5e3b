"""`jamsos report summary|cost|export` and `jamsos claim add|list|summary`: the same use cases as the
window's Laporan pages."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from desktop import claims, clock, coverage
from desktop.cli import command, main
from desktop.cli.paths_param import FilePath
from desktop.cli.roster import _date  # the one date-option parser of the CLI
from desktop.domain import dates_id, money
from desktop.domain.status import Count
from desktop.errors import UserError
from desktop.operations import claims as claim_ops
from desktop.reports import content, export
from desktop.roster import persons, units


def _month(text: str | None) -> dt.date:
    if not text:
        return clock.today().replace(day=1)
    try:
        return dates_id.parse_month(text)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def _unit_id(session, name: str | None) -> int | None:  # noqa: ANN001
    return units.find_unit(session, name).id if name else None


def _echo_table(table: content.Table) -> None:
    click.echo(f"\n{table.title}")
    cells = [table.header] + [[content.cell_text(v, i in table.money).strip() if i else str(v)
                               for i, v in enumerate(row)] for row in table.rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(table.header))]
    for row in cells:
        click.echo("  " + row[0].ljust(widths[0]) + "".join(f"  {c:>{w}}" for c, w in zip(row[1:], widths[1:],
                                                                                         strict=True)))
    if table.note:
        click.echo(f"  ({table.note})")


@main.group()
def report():
    """Laporan cakupan: ringkasan, iuran bulanan, ekspor PDF/xlsx."""


unit_option = click.option("--unit", help="Nama atau id unit (PAC, Ranting); bawaan: seluruh organisasi.")


@command(report, "summary")
@unit_option
def report_summary(app, unit):
    """Jumlah orang, terdaftar, belum dan ditolak: total, per unit, per program, segmen dan pembayar."""
    with app.db.read() as session:
        unit_id = _unit_id(session, unit)
        report_ = content.build(session, _month(None), unit_id=unit_id, months=1)
        counts = coverage.person_counts(session, unit_id)
    for table in (content.summary_table(report_), content.unit_table(report_), content.group_table(report_)):
        _echo_table(table)
    click.echo(f"\n{Count.HAS_KPJ.label}: {counts.has_kpj}; {Count.WITHOUT_NIK.label}: {counts.without_nik}")


@command(report, "cost")
@unit_option
@click.option("--month", help="Bulan iuran pertama, mis. 2026-05 (bawaan: bulan ini).")
@click.option("--months", default=13, show_default=True, help="Jumlah bulan (bulan pertama dan 12 berikutnya).")
def report_cost(app, unit, month, months):
    """Perkiraan iuran per bulan menurut tabel tarif, per program dan pembayar."""
    with app.db.read() as session:
        report_ = content.build(session, _month(month), unit_id=_unit_id(session, unit), months=months)
    _echo_table(content.cost_table(report_))
    _echo_table(content.discount_table(report_))


@command(report, "export")
@unit_option
@click.option("--month", help="Bulan iuran pertama untuk tabel iuran (bawaan: bulan ini).")
@click.option("--pdf", "pdf_path", type=FilePath(dir_okay=False, path_type=Path),
              help="Tulis laporan PDF ke berkas ini.")
@click.option("--xlsx", "xlsx_path", type=FilePath(dir_okay=False, path_type=Path),
              help="Tulis tabel xlsx ke berkas ini.")
def report_export(app, unit, month, pdf_path, xlsx_path):
    """Simpan laporan (angka agregat, tanpa data pribadi) sebagai PDF dan/atau xlsx."""
    if not pdf_path and not xlsx_path:
        raise UserError("Sebutkan --pdf BERKAS dan/atau --xlsx BERKAS.")
    with app.db.read() as session:
        unit_id = _unit_id(session, unit)
    for target in (pdf_path, xlsx_path):
        if target:
            report_ = export.export_report(app.db, target, _month(month), unit_id=unit_id)
            click.echo(f"Laporan {report_.scope} disimpan: {target}")


@main.group()
def claim():
    """Register klaim (kasus) per orang dan program."""


@command(claim, "add")
@click.option("--person", "person_ref", required=True, help="Id orang atau NIK.")
@click.option("--programme", required=True, help="JKK, JKM, JHT atau JP.")
@click.option("--date", "event", required=True, help="Tanggal kejadian, mis. 03-02-2026.")
@click.option("--type", "case_type", default="", help="Jenis kasus (bawaan: jenis pertama program itu).")
@click.option("--amount", default="0", help="Jumlah dibayar, mis. Rp3.400.000.")
@click.option("--status", default="diajukan", type=click.Choice(claims.STATUSES), show_default=True)
@click.option("--paid", help="Tanggal dibayar.")
@click.option("--notes")
def claim_add(app, person_ref, programme, event, case_type, amount, status, paid, notes):
    """Catat satu klaim."""
    try:
        rupiah = money.parse_rupiah(amount)
    except ValueError as exc:
        raise UserError(f"Jumlah dibayar: {exc}") from None
    with app.db.read() as session:
        person_id = int(person_ref) if len(person_ref) < 16 and person_ref.isdigit() else persons.find_by_nik(
            session, person_ref)
    claim_id = claim_ops.add(app.db, claims.ClaimData(
        person_id, programme, _date(event, "Tanggal kejadian"), case_type, rupiah, status,
        _date(paid, "Tanggal dibayar"), notes)).value
    click.echo(f"Klaim {programme.upper()} dicatat dengan id {claim_id}.")


def _claim_filter(programme, status, start, end) -> claims.ClaimFilter:  # noqa: ANN001
    return claims.ClaimFilter(programme=programme, status=status, start=_date(start, "Mulai"),
                              end=_date(end, "Sampai"))


claim_filter_options = [
    click.option("--programme"), click.option("--status", type=click.Choice(claims.STATUSES)),
    click.option("--from", "start", help="Tanggal kejadian mulai."),
    click.option("--to", "end", help="Tanggal kejadian sampai dengan."),
]


def with_claim_filter(func):  # noqa: ANN001, ANN201
    for option in reversed(claim_filter_options):
        func = option(func)
    return func


@command(claim, "list")
@with_claim_filter
@click.option("--heirs", is_flag=True, help="Tampilkan ahli waris pada klaim JKM.")
def claim_list(app, programme, status, start, end, heirs):
    """Daftar klaim, terbaru dahulu."""
    with app.db.read() as session:
        rows = claims.list_claims(session, _claim_filter(programme, status, start, end))
        details = {r.id: claims.claim_detail(session, r.id) for r in rows if heirs and r.programme == "JKM"}
    click.echo(f"{len(rows)} klaim")
    for r in rows:
        paid = dates_id.numeric_date(r.paid_date) if r.paid_date else "-"
        click.echo(f"[{r.id}] {dates_id.numeric_date(r.event_date)} {r.programme:<3} {r.case_type:<28} "
                   f"{r.person_name:<30} {claims.STATUS_LABELS[r.status]:<9} {money.rupiah(r.amount):>16} {paid}")
        if r.id in details:
            for heir in details[r.id].heirs:
                click.echo(f"      ahli waris: {heir.name} ({heir.relation or '-'})")


@command(claim, "delete")
@click.argument("claim_id", type=int)
def claim_delete(app, claim_id):
    """Hapus satu klaim (id dari `claim list`)."""
    claim_ops.delete(app.db, claim_id)
    click.echo(f"Klaim id {claim_id} dihapus.")


@command(claim, "summary")
@with_claim_filter
@click.option("--by", type=click.Choice(["", "year", "month"]), default="", help="Per tahun atau per bulan kejadian.")
def claim_summary(app, programme, status, start, end, by):
    """Jumlah kasus dan jumlah dibayar per program (seperti angka Kantor Cabang)."""
    with app.db.read() as session:
        totals = claims.summary(session, _claim_filter(programme, status, start, end), by=by)
    for t in totals:
        period = f"{t.period:<8}" if by else ""
        click.echo(f"{period}{t.programme:<4} {money.number_id(t.cases):>7} kasus  "
                   f"{money.number_id(t.paid_cases):>7} dibayar  {money.rupiah(t.paid):>18}")

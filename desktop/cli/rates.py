"""`jamsos rates list|add` and `jamsos contribution`."""
from __future__ import annotations

import datetime as dt

import click

from desktop import contributions, rate_tables
from desktop.cli import command, main
from desktop.domain import billing, dates_id, money
from desktop.domain import rates as rate_rules
from desktop.errors import UserError
from desktop.operations import rates as rate_ops
from desktop.roster import persons


@main.group()
def rates():
    """Tabel tarif iuran (berlaku per bulan iuran)."""


@command(rates, "list")
@click.option("--programme")
@click.option("--segment", type=click.Choice(["BPU", "PU"]))
def rates_list(app, programme, segment):
    """Tampilkan baris tarif dengan masa berlakunya dan dasar hukumnya."""
    with app.db.read() as session:
        rows = contributions.rate_rows(session)
    for row in rows:
        if (programme and row.programme != programme.upper()) or (segment and row.segment != segment):
            continue
        value = money.rupiah(int(row.value)) if row.basis == "flat" else money.percent_id(row.value)
        until = dates_id.numeric_date(row.valid_to) if row.valid_to else "…"
        cap = f" batas {money.rupiah(row.cap_rupiah)}" if row.cap_rupiah else ""
        component = rate_rules.COMPONENT_LABELS.get(row.component, row.component)
        basis = rate_rules.BASIS_LABELS.get(row.basis, row.basis)
        click.echo(f"[{row.id}] {row.programme} {row.segment} {component:<13} {basis:<19} {value}{cap} "
                   f"{dates_id.numeric_date(row.valid_from)} s.d. {until} "
                   f"({rate_rules.describe_conditions(row.applies_to)}) "
                   f"[{rate_rules.CERTAINTY_LABELS.get(row.certainty, row.certainty)}]")


@command(rates, "brackets")
def rates_brackets(app):
    """Tabel golongan penghasilan BPU dengan kepastian tiap baris."""
    with app.db.read() as session:
        rows = rate_tables.brackets(session)
    for b in rows:
        high = money.rupiah(b.income_high) if b.income_high is not None else "…"
        low = money.rupiah(b.income_low) if b.income_low is not None else "?"
        click.echo(f"[{b.id}] {low} s.d. {high}: dasar {money.rupiah(b.dasar_penghasilan)}, JKK {money.rupiah(b.jkk)}, "
                   f"JKM {money.rupiah(b.jkm)}, JHT {money.rupiah(b.jht)} "
                   f"[{rate_rules.CERTAINTY_LABELS.get(b.certainty, b.certainty)}]")
    weak = sum(b.certainty != "verified" for b in rows)
    if weak:
        click.echo(f"{weak} dari {len(rows)} golongan: {rate_rules.WEAK_TABLE_NOTE}.")


@command(main, "contribution")
@click.option("--nik")
@click.option("--id", "person_id", type=int)
@click.option("--month", required=True, help="Bulan iuran, mis. 2026-05.")
def contribution(app, nik, person_id, month):
    """Hitung iuran bulanan satu orang untuk satu bulan iuran."""
    try:
        month_date = dates_id.parse_month(month)
    except ValueError as exc:
        raise UserError(f"Bulan '{month}' tidak dikenali; tulis seperti 2026-05.") from exc
    with app.db.read() as session:
        if not person_id:
            if not nik:
                raise UserError("Sebutkan --nik atau --id.")
            person_id = persons.find_by_nik(session, nik)
        result = contributions.person_contribution(session, person_id, month_date)
    click.echo(f"Iuran bulan {dates_id.month_label(month_date)}:")
    if result.bracket is not None:
        click.echo(f"  golongan penghasilan: dasar {money.rupiah(result.bracket.dasar_penghasilan)}"
                   + (f" ({rate_rules.WEAK_TABLE_NOTE})" if result.bracket.certainty != "verified" else ""))
    for line in result.lines:
        discount = f" (potongan {money.percent_id(line.discount_percent)})" if line.discount_percent else ""
        component = rate_rules.COMPONENT_LABELS.get(line.component, line.component)
        click.echo(f"  {line.programme:<4} {component:<13} {money.rupiah(line.amount):>12}{discount}")
    period = billing.PricedPeriod.of([month_date])
    period.add(result)
    for text in billing.month_lines(period.months[0]):
        click.echo(f"  {text}")


@command(rates, "add")
@click.option("--programme", required=True, help="JKK, JKM, JHT, JP (atau program baru).")
@click.option("--segment", required=True, type=click.Choice(["BPU", "PU"], case_sensitive=False))
@click.option("--component", required=True, type=click.Choice(["participant", "employer", "worker"]))
@click.option("--basis", required=True, type=click.Choice(["percent", "flat", "discount_percent"]))
@click.option("--value", required=True, help="0.24 berarti 0,24%; 6800 berarti Rp6.800; diskon 50 berarti 50%.")
@click.option("--from", "valid_from", required=True, help="Bulan iuran pertama, mis. 2027-03.")
@click.option("--to", "valid_to", default="", help="Bulan iuran terakhir (kosong: seterusnya).")
@click.option("--cap", default="", help="Batas upah (rupiah) untuk basis percent, mis. batas upah JP.")
@click.option("--applies-to", default="", help="Syarat, mis. payer!=APBN/APBD;sector=transport.")
@click.option("--legal-basis", default="", help="Dasar hukum (PP, pasal, surat).")
@click.option("--certainty", default="verified", type=click.Choice(["verified", "weak", "uncertain"]))
@click.option("--retroactive", is_flag=True, help="Izinkan mulai di bulan yang sudah lewat (peraturan berlaku surut).")
def rates_add(app, programme, segment, component, basis, value, valid_from, valid_to, cap, applies_to, legal_basis,
              certainty, retroactive):
    """Tambah baris tarif yang berlaku mulai bulannya; baris lama yang sama ditutup sehari sebelumnya."""
    row = rate_tables.rate_from_text(programme, segment, component, basis, value, valid_from, valid_to=valid_to,
                                     cap_rupiah=cap, applies_to=applies_to, legal_basis=legal_basis,
                                     certainty=certainty)
    added = rate_ops.add_rate(app.db, row, retroactive=retroactive).value
    click.echo(f"Tarif ditambahkan dengan id {added.id}, berlaku mulai {dates_id.month_label(row.valid_from)}.")
    for old in added.closed:
        click.echo(f"Baris [{old}] ditutup per {dates_id.numeric_date(row.valid_from - dt.timedelta(days=1))}.")

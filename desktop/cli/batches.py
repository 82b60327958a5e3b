"""`jamsos batch …` (registration batches for the Kantor Cabang) and `jamsos preset …` (their columns)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from desktop.batches import answer, lifecycle, presets
from desktop import clock
from desktop.cli import command, main
from desktop.domain import billing
from desktop.cli.paths_param import FilePath
from desktop.domain.dates_id import month_label, parse_month
from desktop.domain.money import rupiah
from desktop.domain.nik import mask_nik
from desktop.errors import UserError
from desktop.operations import batches as batch_ops, presets as preset_ops
from desktop.progress import Progress
from desktop.roster import institutions, persons, queries, units
from desktop.vocabulary import ITEM_STATES


def _cli_progress() -> Progress:
    return Progress(lambda done, total, message: click.echo(f"\r{message}", nl=False, err=True), min_interval=0.5)


@main.group()
def batch():
    """Batch pendaftaran untuk kantor cabang: buat, periksa, ekspor, baca jawaban."""


@command(batch, "create")
@click.option("--segment", type=click.Choice(["BPU", "PU"]), default="BPU", show_default=True)
@click.option("--programmes", default="", help='Hanya orang dengan program ini persis, mis. "JKK JKM JHT".')
@click.option("--unit", "unit_name", help="Nama atau id unit (termasuk unit di bawahnya).")
@click.option("--institution", "institution_name", help="Nama atau id lembaga.")
@click.option("--nik", "niks", multiple=True, help="Pilih orang satu per satu (boleh berulang).")
@click.option("--period", help="Bulan pertama iuran, mis. 11-2026 atau Nov 2026 (bawaan: bulan depan).")
@click.option("--months", type=click.Choice(["1", "3", "6", "12"]), default="1", show_default=True,
              help="Periode bayar (bulan).")
@click.option("--preset", help="Nama preset kolom (bawaan: preset bawaan segmen).")
@click.option("--prepared-by", help="Nama penyusun (bawaan: sekretaris di pengaturan).")
def batch_create(app, segment, programmes, unit_name, institution_name, niks, period, months, preset, prepared_by):
    """Buat batch draf dari filter (unit/lembaga) atau dari NIK yang dipilih."""
    try:
        start = parse_month(period) if period else None
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    spec = lifecycle.BatchSpec(segment=segment, programmes=programmes, period_start=start, months=int(months),
                               preset=preset, prepared_by=prepared_by)
    with app.db.read() as session:
        flt = queries.PersonFilter(
            unit_id=units.find_unit(session, unit_name).id if unit_name else None,
            institution_id=institutions.find_institution(session, institution_name).id if institution_name else None)
        ids = [persons.find_by_nik(session, nik) for nik in niks] if niks else None
    created = batch_ops.create(app.db, spec, flt=flt, person_ids=ids).value
    made = created.batch
    click.echo(f"Batch {made.number} dibuat: {created.added} orang, periode {made.period_label}, "
               f"preset {made.preset}.")
    if created.skipped:
        click.echo(f"{created.skipped} orang dilewati (sudah terdaftar, ada di batch lain, atau segmen/program lain).")


@command(batch, "check")
@click.argument("number")
def batch_check(app, number):
    """Periksa kelengkapan data setiap orang sebelum ekspor."""
    result = batch_ops.check(app.db, number).value
    click.echo(result.describe(limit=1000))
    if not result.ok:
        raise SystemExit(2)  # like bad input: something to fix before export


@command(batch, "export")
@click.argument("number")
@click.argument("target", type=FilePath(path_type=Path))
@click.option("--ask-password", is_flag=True, help="Kunci xlsx dengan kata sandi (AES), ditanyakan tanpa tampil.")
@click.option("--pdf", "with_pdf", is_flag=True, help="Buat juga daftar PDF terkunci kata sandi yang sama.")
def batch_export(app, number, target, ask_password, with_pdf):
    """Ekspor batch yang sudah diperiksa ke TARGET (folder, mis. flashdisk, atau nama berkas .xlsx)."""
    password = click.prompt("Kata sandi", hide_input=True, confirmation_prompt=True) if ask_password or with_pdf \
        else None
    result = batch_ops.export(app.db, number, target, password=password if ask_password else None,
                              pdf_password=password if with_pdf else None, progress=_cli_progress()).value
    click.echo("\r" + result.describe())


@command(batch, "answer")
@click.argument("number")
@click.argument("file", type=FilePath(exists=True, dir_okay=False, path_type=Path))
@click.option("--column", "columns", multiple=True, metavar="ISIAN=JUDUL",
              help=f"Judul kolom berkas untuk satu isian ({', '.join(answer.HEADERS)}), mis. nik=NO IDENTITAS.")
def batch_answer(app, number, file, columns):
    """Baca jawaban kantor cabang (NIK, NO KPJ, STATUS, KETERANGAN) ke batch."""
    mapping = {}
    for item in columns:
        key, sep, header = item.partition("=")
        if not sep or not header.strip():
            raise UserError(f"--column '{item}' harus ditulis ISIAN=JUDUL, mis. nik=NO IDENTITAS.")
        mapping[key.strip().lower()] = header
    report = batch_ops.answer(app.db, number, file, columns=mapping, progress=_cli_progress()).value
    click.echo("\r" + report.describe())
    click.echo(f"Cadangan sebelum membaca jawaban: {report.backup}")


@command(batch, "berita-acara")
@click.argument("number")
@click.argument("file", type=FilePath(dir_okay=False, path_type=Path))
@click.option("--date", "on", help="Tanggal serah terima (bawaan: hari ini).")
@click.option("--letter-number", default="", help="Nomor surat organisasi (bawaan: nomor berikutnya dari buku "
                                                  "agenda surat keluar).")
@click.option("--medium", default="", help="Media penyerahan (bawaan: flashdisk, berkas terenkripsi).")
def batch_berita_acara(app, number, file, on, letter_number, medium):
    """Cetak Berita Acara Serah Terima Data untuk batch yang sudah diekspor (PDF)."""
    from desktop.batches.berita_acara import DEFAULT_MEDIUM, BeritaAcaraOptions, print_berita_acara, proposal
    from desktop.cli.roster import _date
    day = _date(on, "Tanggal serah terima") or clock.today()
    if not letter_number:
        letter_number = proposal(app.db, day)
        click.echo(f"Nomor surat dari buku agenda surat keluar: {letter_number}", err=True)
    printed = print_berita_acara(app.db, number, file, options=BeritaAcaraOptions(
        on=day, number=letter_number, medium=medium or DEFAULT_MEDIUM))
    click.echo(f"Berita acara {printed.doc_id} ({printed.pages} halaman) disimpan ke {printed.path}.")


@command(batch, "list")
def batch_list(app):
    """Daftar batch dengan status dan jumlahnya."""
    with app.db.read() as session:
        rows = lifecycle.list_batches(session)
    if not rows:
        click.echo("Belum ada batch.")
    for b in rows:
        click.echo(f"{b.number}  {b.segment}  {b.period_label:<22} {b.state_label:<16} {b.persons} orang "
                   f"({b.counts_text()})")


@command(batch, "show")
@click.argument("number")
@click.option("--state", type=click.Choice(list(ITEM_STATES)),
              help="Hanya orang berstatus ini (pending = menunggu, accepted = KPJ baru, rejected = ditolak).")
def batch_show(app, number, state):
    """Orang di dalam batch (NIK disamarkan)."""
    with app.db.read() as session:
        info = lifecycle.summary(session, number)
        ids = lifecycle.item_ids(session, info.id, state)
        rows = lifecycle.item_rows(session, info.id, ids)
    click.echo(f"Batch {info.number} — {info.state_label}, {info.segment}, {info.period_label}, preset {info.preset}")
    for pid in ids:
        row = rows[pid]
        extra = " ".join(x for x in (row.kpj or "", row.reason or "") if x)
        click.echo(f"{mask_nik(row.nik):<18} {row.name:<32} {row.unit:<30} {row.state_label:<26} {extra}")


@command(batch, "remove")
@click.argument("number")
@click.option("--nik", "niks", multiple=True, required=True, help="NIK orang yang dikeluarkan (boleh berulang).")
def batch_remove(app, number, niks):
    """Keluarkan orang dari batch yang belum diekspor."""
    with app.db.read() as session:
        ids = [persons.find_by_nik(session, n) for n in niks]
    removed = batch_ops.remove_persons(app.db, number, ids).value
    click.echo(f"{removed} orang dikeluarkan dari batch {number}. Periksa batch lagi sebelum ekspor.")


@command(batch, "cancel")
@click.argument("number")
def batch_cancel(app, number):
    """Batalkan batch; orang yang belum dijawab dapat masuk batch baru."""
    batch_ops.cancel(app.db, number)
    click.echo(f"Batch {number} dibatalkan.")


@command(batch, "cost")
@click.argument("number")
def batch_cost(app, number):
    """Iuran batch per program dan per bulan menurut tabel tarif."""
    from desktop.batches.costs import batch_cost as cost_of
    with app.db.read() as session:
        cost = cost_of(session, lifecycle.get_batch(session, number))
    for programme, amounts in cost.by_programme.items():
        click.echo(f"{programme:<4} {cost.persons_by_programme.get(programme, 0):>6} orang  "
                   + "  ".join(f"{month_label(m)}: {rupiah(a)}" for m, a in amounts.items()))
    click.echo(f"Jumlah seluruh periode: {rupiah(cost.total)}")
    for line in billing.period_lines(cost.period):
        click.echo(line)


# -- presets -------------------------------------------------------------------------------
@main.group()
def preset():
    """Preset kolom ekspor batch (urutan, judul, format, kode)."""


def _ensure(app) -> None:  # noqa: ANN001
    preset_ops.ensure_builtin(app.db)


@command(preset, "list")
def preset_list(app):
    """Daftar preset."""
    _ensure(app)
    with app.db.read() as session:
        for p in presets.list_presets(session):
            click.echo(f"[{p.id}] {p.name} ({p.segment}{', bawaan' if p.builtin else ''}): {len(p.columns)} kolom")


@command(preset, "show")
@click.argument("name")
def preset_show(app, name):
    """Kolom preset secara berurutan."""
    _ensure(app)
    with app.db.read() as session:
        p = presets.get_preset(session, name)
    for index, c in enumerate(p.columns, start=1):
        codes = ", ".join(f"{k}→{v}" for k, v in c.codes.items())
        click.echo(f"{index:>2}. {c.header:<26} {c.field:<14} {c.cell_format:<8}"
                   f"{' wajib' if c.required else ''}{'  kode: ' + codes if codes else ''}")


@command(preset, "copy")
@click.argument("name")
@click.argument("new_name")
def preset_copy(app, name, new_name):
    """Salin preset untuk diubah."""
    _ensure(app)
    preset_ops.copy(app.db, name, new_name)
    click.echo(f"Preset '{new_name}' dibuat dari '{name}'.")


@command(preset, "delete")
@click.argument("name")
def preset_delete(app, name):
    """Hapus preset buatan sendiri (preset bawaan tidak dapat dihapus)."""
    preset_ops.delete(app.db, name)
    click.echo(f"Preset '{name}' dihapus.")


@command(preset, "export")
@click.argument("name")
@click.argument("file", type=FilePath(dir_okay=False, path_type=Path))
def preset_export(app, name, file):
    """Simpan preset sebagai berkas JSON (untuk PC atau organisasi lain)."""
    from desktop.files import write_text_atomic
    _ensure(app)
    with app.db.read() as session:
        write_text_atomic(file, presets.preset_json(presets.get_preset(session, name)))
    click.echo(f"Preset '{name}' disimpan ke {file}.")


@command(preset, "import")
@click.argument("file", type=FilePath(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", help="Simpan dengan nama lain.")
def preset_import(app, file, name):
    """Muat preset dari berkas JSON."""
    saved = preset_ops.import_file(app.db, file, rename=name).value
    click.echo(f"Preset '{saved.name}' dimuat ({len(saved.columns)} kolom).")

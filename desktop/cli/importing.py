"""`jamsos import persons|institutions|units FILE`, `jamsos import template OUT`, `jamsos import runs`,
`jamsos person merge` — the same use cases as the import wizard."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from desktop import clock
from desktop.cli import command, main, option_date
from desktop.cli.paths_param import FilePath
from desktop.cli.roster import person
from desktop.errors import UserError
from desktop.importing import header, merge, plan, problems_export, template
from desktop.operations import importing as import_ops
from desktop.importing.options import ImportOptions
from desktop.importing.preview import POLICIES, STATUS_LABELS
from desktop.importing.runs import list_runs, run_report
from desktop.operations import persons as person_ops
from desktop.progress import Progress
from desktop.vocabulary import ImportKind


@main.group(name="import")
def import_group():
    """Impor berkas Excel/CSV dari lapangan (orang, lembaga, unit) dan templat isian."""


def _progress(lines: bool = False) -> Progress:
    """On a terminal one line rewritten in place; with --progress (logs, scripts) a line per step."""
    if lines:
        return Progress(lambda done, total, message: click.echo(message, err=True), min_interval=0.3)
    if not sys.stderr.isatty():
        return Progress()
    return Progress(lambda done, total, message: click.echo(f"\r{message:<60}", err=True, nl=False), min_interval=0.3)


def _mappings(app, path: Path, kind: str, sheets: list[str] | None, overrides: tuple[str, ...]) -> dict:  # noqa: ANN001
    """--map 'Tgl Lahir=birth_date' or 'E=birth_date' (column letter), '-' to ignore a column."""
    if not overrides:
        return {}
    from desktop.importing.sheets import column_letter
    result = {}
    for table in plan.layout(app.db, path, kind).chosen_tables(sheets):
        mapping = dict(table.mapping)
        for item in overrides:
            column, sep, field = item.partition("=")
            field = "" if field.strip() in ("-", "") else field.strip()
            if not sep or (field and field not in header.FIELDS[kind]):
                raise UserError(f"--map '{item}' tidak dikenali. Tulis KOLOM=BIDANG; bidang yang ada: "
                                f"{', '.join(header.FIELDS[kind])}.")
            keys = [i for i, h in enumerate(table.headers)
                    if header.header_key(h) == header.header_key(column) or column_letter(i) == column.strip().upper()]
            if not keys:
                raise UserError(f"Kolom '{column}' tidak ada di baris judul lembar {table.sheet}.")
            mapping = {i: f for i, f in mapping.items() if f != field or not field}
            mapping[keys[0]] = field
        result[table.sheet] = mapping
    return result


def _run_import(app, kind: str, file: Path, sheets: tuple[str, ...], policy: str, allow_no_nik: bool,  # noqa: ANN001
                unit: str | None, dry_run: bool, problems_out: Path | None, show: int, overrides: tuple[str, ...],
                reference: str | None, progress_lines: bool = False) -> None:
    from desktop.roster.units import find_unit
    unit_id = None
    if unit:
        with app.db.read() as session:
            unit_id = find_unit(session, unit).id
    when = option_date(reference, "--reference")
    options = ImportOptions(sheets=list(sheets) or None, policy=policy, allow_no_nik=allow_no_nik, unit_id=unit_id,
                            reference=when, mappings=_mappings(app, file, kind, list(sheets) or None, overrides))
    preview = plan.prepare(app.db, file, kind, options, _progress(progress_lines))
    counts = preview.counts()
    click.echo(f"{file.name} — lembar: {', '.join(preview.sheets)}")
    click.echo("  " + ", ".join(f"{STATUS_LABELS[s]}: {counts[s]}" for s in ("new", "update", "same", "duplicate",
                                                                                "error", "warning"))
               + f", baris kosong/jumlah/tanda tangan diabaikan: {counts['skipped']}")
    findings = preview.findings()
    for finding in findings[:show]:
        click.echo(f"  - {finding.text}")
    if len(findings) > show:
        click.echo(f"  … dan {len(findings) - show} masalah lain (simpan semuanya dengan --problems-out).")
    if problems_out:
        written = problems_export.export_problems(app.db, preview, problems_out)
        click.echo(f"Daftar {written} masalah disimpan di {problems_out}.")
    if dry_run:
        click.echo("Uji coba: tidak ada yang disimpan.")
        return
    result = import_ops.run(app.db, preview, progress=_progress(progress_lines)).value
    click.echo(f"Impor selesai: {result.summary()}")


def _import_command(kind: str, helptext: str):  # noqa: ANN202
    @command(import_group, kind, help=helptext)
    @click.argument("file", type=FilePath(dir_okay=False, path_type=Path))
    @click.option("--sheet", "sheets", multiple=True, help="Lembar yang diimpor (boleh berulang; bawaan: lembar "
                  "pertama dan lembar lain dengan judul kolom yang sama).")
    @click.option("--policy", type=click.Choice(list(POLICIES)), default="skip", show_default=True,
                  help="Untuk data yang sudah ada: lewati, isi kolom kosong, atau timpa.")
    @click.option("--allow-no-nik", is_flag=True, help="Impor baris tanpa NIK sebagai 'belum ber-NIK'.")
    @click.option("--unit", help="Unit (nama atau id) untuk baris yang tidak menyebut unit.")
    @click.option("--dry-run", is_flag=True, help="Hanya periksa dan tampilkan pratinjau; tidak menyimpan.")
    @click.option("--problems-out", type=FilePath(dir_okay=False, path_type=Path),
                  help="Simpan daftar masalah sebagai .xlsx (untuk dikirim kembali ke PAC/lembaga).")
    @click.option("--show", default=20, show_default=True, help="Jumlah masalah yang ditampilkan.")
    @click.option("--map", "overrides", multiple=True, help="Koreksi pemetaan: 'Judul Kolom=bidang' atau "
                  "'E=bidang'; '-' untuk mengabaikan kolom. Diingat untuk berkas berikutnya.")
    @click.option("--reference", help="Tanggal acuan umur (dd-mm-yyyy; bawaan: hari ini).")
    @click.option("--progress", "progress_lines", is_flag=True,
                  help="Tulis kemajuan baris demi baris ke stderr (untuk log atau skrip).")
    def run(app, file, sheets, policy, allow_no_nik, unit, dry_run, problems_out, show, overrides,  # noqa: ANN001
            reference, progress_lines):
        _run_import(app, kind, file, sheets, policy, allow_no_nik, unit, dry_run, problems_out, show, overrides,
                    reference, progress_lines)
    return run


import_persons = _import_command("persons", "Impor orang (anggota, guru, pekerja) dari berkas Excel/CSV.")
import_institutions = _import_command("institutions", "Impor lembaga (KB/TK/RA/PAUD/TPQ …) dari berkas Excel/CSV.")
import_units = _import_command("units", "Impor unit organisasi (PAC, Ranting …) dari berkas Excel/CSV.")


@command(import_group, "layout")
@click.argument("file", type=FilePath(dir_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice(list(header.KINDS)), default="persons", show_default=True)
def import_layout(app, file, kind):  # noqa: ANN001
    """Tampilkan baris judul dan pemetaan kolom yang akan dipakai."""
    from desktop.importing.sheets import column_letter
    for table in plan.layout(app.db, file, kind).chosen_tables():
        source = "diingat dari impor sebelumnya" if table.remembered else "tebakan otomatis"
        click.echo(f"Lembar {table.sheet}: judul di baris {table.header_row} ({source})")
        for index, text in enumerate(table.headers):
            field = table.mapping.get(index, "")
            label = header.field_label(kind, field) if field else "(diabaikan)"
            click.echo(f"  {column_letter(index):>3} {text or '':<28} → {label}")


@command(import_group, "template")
@click.argument("out", type=FilePath(dir_okay=False, path_type=Path))
def import_template(app, out):  # noqa: ANN001
    """Buat templat isian .xlsx kosong untuk PAC dan lembaga."""
    template.write_template(app.db, out)
    click.echo(f"Templat isian disimpan di {out}.")


@command(import_group, "runs")
@click.option("--limit", default=20, show_default=True)
def import_runs(app, limit):  # noqa: ANN001
    """Riwayat impor: berkas, waktu, pengguna, jumlah."""
    with app.db.read() as session:
        runs = list_runs(session, limit)
    if not runs:
        click.echo("Belum ada impor.")
    for run in runs:
        click.echo(f"#{run.id} {run.at:%d-%m-%Y %H:%M} {run.actor} {ImportKind(run.kind).label} {run.file_name}: {run.added} baru, "
                   f"{run.updated} diperbarui, {run.skipped} dilewati (sudah ada/duplikat), {run.rejected} ditolak")


@command(import_group, "report")
@click.argument("run_id", type=int)
def import_report(app, run_id):  # noqa: ANN001
    """Daftar masalah yang dicatat pada satu impor (lihat `jamsos import runs`)."""
    with app.db.read() as session:
        lines = run_report(session, run_id)
    click.echo("\n".join(lines) if lines else "Tidak ada masalah tercatat.")


@command(person, "merge")
@click.option("--keep", "keep_id", type=int, required=True, help="Id orang yang dipertahankan.")
@click.option("--drop", "drop_id", type=int, required=True, help="Id orang yang digabungkan lalu dihapus.")
@click.option("--nik", help="NIK yang benar bila NIK kedua data berbeda (salah satu dari keduanya).")
@click.option("--dry-run", is_flag=True, help="Hanya tampilkan kedua data dan hasil gabungannya; tidak menyimpan.")
def person_merge(app, keep_id, drop_id, nik, dry_run):  # noqa: ANN001
    """Gabungkan dua data orang yang sebenarnya orang yang sama."""
    if dry_run:
        with app.db.read() as session:
            lines = merge.plan_lines(session, merge.plan_merge(session, keep_id, drop_id, nik=nik))
        click.echo(f"{'':<16} {'id ' + str(keep_id):<28} {'id ' + str(drop_id):<28} hasil")
        for line in lines:
            mark = "*" if line.filled else "!" if line.differs else " "
            click.echo(f"{mark}{line.label:<15} {line.keep:<28.28} {line.drop:<28.28} {line.result}")
        click.echo("Uji coba: tidak ada yang disimpan. (* diisi dari data kedua, ! berbeda)")
        return
    filled = person_ops.merge(app.db, keep_id, drop_id, nik=nik).value
    click.echo(f"Orang id {drop_id} digabungkan ke id {keep_id}"
               + (f"; kolom yang diisi: {', '.join(filled)}." if filled else "."))

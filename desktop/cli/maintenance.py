"""`jamsos backup …`, `jamsos db …`, `jamsos audit …`, `jamsos privacy …`: keeping data safe."""
from __future__ import annotations

from pathlib import Path

import click

from desktop import audit_log, backup, clock, integrity, paths, privacy, storage
from desktop.cli import command, main
from desktop.cli.paths_param import FilePath
from desktop.domain import dates_id
from desktop.errors import UserError
from desktop.operations import privacy as privacy_ops
from desktop.progress import Progress


def _progress() -> Progress:
    return Progress(lambda done, total, message: click.echo(f"  {message}", err=True), min_interval=0.5)


# -- backups --------------------------------------------------------------------------------
@main.group("backup")
def backup_group():
    """Cadangan: buat, lihat, pulihkan."""


@command(backup_group, "now")
@click.argument("folder", type=FilePath(file_okay=False, path_type=Path))
def backup_now(app, folder):
    """Buat cadangan seluruh basis data ke FOLDER (mis. flashdisk)."""
    info = backup.backup_now(app.db, folder)
    click.echo(f"Cadangan dibuat: {info.path} ({info.describe()}).")
    click.echo("Berkas ini memuat seluruh data pribadi anggota: simpan di tempat terkunci.")


@command(backup_group, "list")
@click.option("--folder", type=FilePath(file_okay=False, exists=True, path_type=Path),
              help="Folder cadangan lain (bawaan: cadangan otomatis).")
def backup_list(app, folder):
    """Daftar cadangan dengan tanggal dan jumlah orang."""
    infos = backup.list_backups(folder) if folder else backup.automatic_backups(app.db)
    if not infos:
        click.echo("Belum ada cadangan.")
    for info in infos:
        click.echo(f"{info.describe()} — {info.path.name}")


@command(backup_group, "restore")
@click.argument("file", type=FilePath(dir_okay=False, exists=True, path_type=Path))
@click.option("--yes", is_flag=True, help="Jangan bertanya lagi.")
def backup_restore(app, file, yes):
    """Pulihkan basis data dari cadangan FILE (keadaan sekarang dicadangkan dulu)."""
    info = backup.inspect(file)
    if not yes:
        click.confirm(f"Ganti seluruh data dengan cadangan {info.describe()}?", abort=True)
    click.echo(backup.restore(app.db, file, _progress()).describe())


# -- the database file -----------------------------------------------------------------------
@main.group("db")
def db_group():
    """Basis data: periksa, perbaiki, pindahkan ke diska lokal."""


def _unopened(app):
    """The file as it is, without migrating: a damaged DB must be checkable and repairable."""
    from desktop import dialect
    from desktop.db import Database
    location = dialect.parse_location(app.db_path or paths.default_db_path())
    if location.is_server:
        return Database(location)
    path = location.path
    if not path.exists():
        raise UserError(f"Basis data {path} tidak ditemukan.")
    return Database(path)


@command(db_group, "check")
@click.option("--quick", is_flag=True, help="Pemeriksaan cepat (quick_check).")
def db_check(app, quick):
    """Periksa keutuhan basis data."""
    database = _unopened(app)
    try:
        report = integrity.check(database, quick=quick)
    finally:
        database.close()
    click.echo(report.describe())
    if not report.ok:
        raise SystemExit(3)


@command(db_group, "repair")
@click.option("--yes", is_flag=True, help="Jangan bertanya lagi.")
def db_repair(app, yes):
    """Salin semua data yang terbaca ke berkas baru dan pakai berkas itu."""
    if not yes:
        click.confirm("Perbaiki basis data? Berkas lama disimpan di sampingnya.", abort=True)
    database = _unopened(app)
    try:
        click.echo(integrity.repair(database, _progress()).describe())
    finally:
        database.close()


@command(db_group, "move-to")
@click.argument("target")
def db_move_to(app, target):
    """Salin semua data ke TARGET (alamat server postgresql://… atau berkas .sqlite baru) dan periksa.

    Basis data sekarang tidak diubah; pakai TARGET sesudahnya dengan --db."""
    from desktop import moving
    click.echo(moving.move_to(app.db, target, _progress()).describe())


@command(db_group, "copy-local")
def db_copy_local(app):
    """Salin basis data dari flashdisk/folder jaringan ke folder data lokal."""
    from desktop import dialect
    source = dialect.parse_location(app.db_path or paths.default_db_path())
    if source.is_server:
        raise UserError(f"{source.describe()} adalah basis data di server, bukan berkas di flashdisk atau folder "
                        "jaringan. Untuk menyalinnya ke berkas: jamsos db move-to BERKAS.sqlite")
    target = storage.copy_to_local(source.path)
    click.echo(f"Basis data disalin ke {target}. Pakai mulai sekarang: jamsos --db \"{target}\" …")


# -- the record of processing -----------------------------------------------------------------
def _filter(action, since, until, search) -> audit_log.AuditFilter:
    def day(text):
        try:
            return dates_id.parse_date_id(text, reference=clock.today()) if text else None
        except ValueError as exc:
            raise UserError(f"Tanggal '{text}': {exc}") from exc
    return audit_log.AuditFilter(action=action, since=day(since), until=day(until), search=search or "")


FILTER_OPTIONS = [
    click.option("--action", help="Jenis kegiatan, mis. export, privacy_erase."),
    click.option("--since", help="Sejak tanggal (dd-mm-yyyy)."),
    click.option("--until", help="Sampai tanggal (dd-mm-yyyy)."),
    click.option("--search", help="Cari di uraian, tujuan dan kolom data."),
]


def filter_options(func):
    for option in reversed(FILTER_OPTIONS):
        func = option(func)
    return func


@main.group("audit")
def audit_group():
    """Catatan pemrosesan data pribadi (UU 27/2022 Pasal 31)."""


@command(audit_group, "list")
@filter_options
@click.option("--limit", default=50, show_default=True)
def audit_list(app, action, since, until, search, limit):
    """Tampilkan catatan terbaru."""
    flt = _filter(action, since, until, search)
    with app.db.read() as session:
        total = audit_log.count(session, flt)
        entries = audit_log.rows(session, flt, limit=limit)
    for row in entries:
        cells = row.cells()
        extra = f" → {row.target}" if row.target else ""
        click.echo(f"{cells[0]}  {row.actor:<12} {cells[2]:<26} {row.what} ({row.person_count} orang){extra}")
    click.echo(f"{len(entries)} dari {total} catatan.")


@command(audit_group, "export")
@click.argument("target", type=FilePath(dir_okay=False, path_type=Path))
@filter_options
def audit_export(app, target, action, since, until, search):
    """Ekspor catatan ke TARGET (.xlsx atau .csv)."""
    written = audit_log.export(app.db, _filter(action, since, until, search), target)
    click.echo(f"{written} catatan diekspor ke {target}.")


# -- a person's rights ------------------------------------------------------------------------
@main.group("privacy")
def privacy_group():
    """Hak subjek data: hapus, anonimkan, laporan data pribadi."""


def _act(app, key, yes, reason, fn, verb):
    with app.db.read() as session:
        person_id = privacy.find_person(session, key)
        name = privacy.person_report(session, person_id).name
    if not yes:
        click.confirm(f"{verb.capitalize()} data {name} (id {person_id})? Tindakan ini tidak dapat dibatalkan.",
                      abort=True)
    outcome = fn(app.db, person_id, reason=reason).value
    privacy.reclaim_space(app.db)
    click.echo(outcome.describe(verb))


def _person_action(name: str, fn, verb: str, help_text: str) -> None:  # noqa: ANN001
    @click.argument("key", metavar="NIK_ATAU_ID")
    @click.option("--yes", is_flag=True, help="Jangan bertanya lagi.")
    @click.option("--reason", default="permintaan yang bersangkutan", show_default=True,
                  help="Dasar tindakan (dicatat).")
    def action(app, key, yes, reason):
        _act(app, key, yes, reason, fn, verb)
    action.__doc__ = help_text
    command(privacy_group, name)(action)


_person_action("erase", privacy_ops.erase, "dihapus permanen", "Hapus permanen satu orang atas permintaannya.")
_person_action("anonymise", privacy_ops.anonymise, "dianonimkan",
               "Hapus identitas satu orang; jumlah dan nominal untuk laporan tetap.")


@command(privacy_group, "report")
@click.argument("key", metavar="NIK_ATAU_ID")
@click.option("-o", "--output", "target", required=True, type=FilePath(dir_okay=False, path_type=Path),
              help="Berkas PDF yang ditulis.")
def privacy_report(app, key, target):
    """Laporan semua data yang disimpan tentang satu orang (PDF)."""
    with app.db.read() as session:
        person_id = privacy.find_person(session, key)
    report = privacy.export_report(app.db, person_id, target)
    click.echo(f"Laporan data pribadi {report.name} ditulis ke {target}.")

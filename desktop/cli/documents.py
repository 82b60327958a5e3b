"""`jamsos print form|pks|roster …` and `jamsos document verify|template …`: the same use cases the
window's Dokumen menu calls."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from desktop import clock, settings as org_settings
from desktop.cli import command, main
from desktop.cli.paths_param import FilePath
from desktop.cli.roster import _date  # the one way the CLI reads a typed date
from desktop.documents import agreement, form, letters, paper, roster_list, templates, verification
from desktop.documents.output import Printed
from desktop.documents.scope import ORDERS, Scope
from desktop.domain import dates_id
from desktop.errors import UserError
from desktop.files import write_text_atomic
from desktop.operations import documents as document_ops
from desktop.progress import Progress
from desktop.roster import institutions, persons, queries, units


def _progress() -> Progress:
    return Progress(lambda done, total, message: click.echo(f"\r{message:<60}", nl=False, err=True), min_interval=0.5)


def _month(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dates_id.parse_month(text)
    except ValueError as exc:
        raise UserError(f"Bulan iuran: {exc}") from exc


def _scope(session, niks, unit_name, institution_name, order, *, required: bool = True) -> Scope:
    if niks:
        return Scope(ids=[persons.find_by_nik(session, n) for n in niks])
    flt = queries.PersonFilter()
    if unit_name:
        flt.unit_id = units.find_unit(session, unit_name).id
    if institution_name:
        flt.institution_id = institutions.find_institution(session, institution_name).id
    if required and flt.unit_id is None and flt.institution_id is None:
        raise UserError("Sebutkan siapa yang dicetak: --nik, --unit atau --institution.")
    return Scope(filter=flt, sort=order)


def _report(printed: Printed) -> None:
    click.echo("", err=True)
    for warning in printed.warnings[:20]:
        click.echo(f"Peringatan: {warning}", err=True)
    if len(printed.warnings) > 20:
        click.echo(f"… dan {len(printed.warnings) - 20} peringatan lain.", err=True)
    click.echo(f"{printed.path}: {printed.pages} halaman, {printed.person_count} orang. "
               f"No. dokumen {printed.doc_id}.")
    for companion in printed.companions:
        click.echo(f"{companion.path}: {companion.pages} halaman, {companion.person_count} orang. "
                   f"No. dokumen {companion.doc_id}.")


SCOPE_OPTIONS = [
    click.option("--nik", "niks", multiple=True, help="NIK orang yang dicetak (boleh berulang)."),
    click.option("--unit", "unit_name", help="Nama atau id unit (termasuk unit di bawahnya)."),
    click.option("--institution", "institution_name", help="Nama, id atau NPSN lembaga."),
    click.option("--order", type=click.Choice(list(ORDERS)), default="name", show_default=True, help="Urutan."),
]


def scope_options(func):
    for option in reversed(SCOPE_OPTIONS):
        func = option(func)
    return func


@main.group(name="print")
def print_group():
    """Cetak dokumen ke PDF: formulir pendaftaran, PKS, daftar peserta."""


@command(print_group, "form")
@scope_options
@click.option("--out", required=True, type=FilePath(dir_okay=False, path_type=Path), help="Berkas PDF tujuan.")
@click.option("--month", help="Bulan iuran yang dihitung, mis. 2026-12 (bawaan: bulan tanggal cetak).")
@click.option("--months", type=click.Choice(["1", "3", "6", "12"]), default="1",
              help="Iuran dibayar sekaligus untuk 1, 3, 6 atau 12 bulan (tiap bulan dihitung sendiri).")
@click.option("--date", "print_date", help="Tanggal pada baris tempat-tanggal (bawaan: hari ini).")
def print_form(app, niks, unit_name, institution_name, order, out, month, months, print_date):
    """Formulir pendaftaran: satu halaman per orang."""
    with app.db.read() as session:
        scope = _scope(session, niks, unit_name, institution_name, order)
    options = form.FormOptions(month=_month(month), months=int(months), print_date=_date(print_date, "Tanggal cetak"))
    _report(form.print_forms(app.db, scope, out, options, _progress()))


@command(print_group, "roster")
@scope_options
@click.option("--out", required=True, type=FilePath(dir_okay=False, path_type=Path), help="Berkas PDF tujuan.")
@click.option("--full", is_flag=True, help="NIK dan nomor HP lengkap (dicatat di log audit).")
def print_roster(app, niks, unit_name, institution_name, order, out, full):
    """Daftar peserta; NIK dan HP disamarkan kecuali --full."""
    with app.db.read() as session:
        scope = _scope(session, niks, unit_name, institution_name, order)
    _report(roster_list.print_roster(app.db, scope, out, roster_list.RosterOptions(full_identifiers=full),
                                     _progress()))


@command(print_group, "paper")
@click.argument("pdf", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--printer", default="", help="Nama pencetak (bawaan: pencetak bawaan sistem).")
def print_paper(app, pdf, printer):
    """Cetak ke kertas PDF yang dibuat Jamsos Desk (dicatat di log audit seperti cetak dari jendela)."""
    printed = paper.registered(app.db, pdf)

    def send(_progress: Progress) -> int:
        paper.send_to_system_printer(printed.path, printer or None)
        return printed.pages

    sent = document_ops.print_on_paper(app.db, printed, send, printer=printer).value
    click.echo(f"{printed.title}: {sent} halaman dikirim ke {printer or 'pencetak bawaan'}. "
               f"No. dokumen {printed.doc_id}.")


@command(print_group, "pks")
@click.option("--out", required=True, type=FilePath(dir_okay=False, path_type=Path), help="Berkas PDF tujuan.")
@click.option("--date", "signing_date", help="Tanggal penandatanganan (bawaan: hari ini).")
@click.option("--place", help="Tempat penandatanganan.")
@click.option("--number-first", default="", help="Nomor PKS dari PIHAK PERTAMA (kantor cabang).")
@click.option("--number-second", default="", help="Nomor PKS dari PIHAK KEDUA (organisasi), lengkap (bawaan: nomor "
                                                  "berikutnya dari buku agenda surat keluar).")
@click.option("--serial", help="Nomor urut surat PIHAK KEDUA: nomor lengkap disusun dengan pola nomor PKS di "
                               "pengaturan (dipakai bila --number-second kosong).")
@click.option("--term", "term_years", type=int, default=2, show_default=True, help="Jangka waktu (tahun).")
@click.option("--days", "verification_days", type=int, default=14, show_default=True,
              help="Batas hari kerja verifikasi berkas oleh kantor cabang.")
@click.option("--witness-first", default="", help="Saksi PIHAK PERTAMA.")
@click.option("--witness-second", default="", help="Saksi PIHAK KEDUA.")
@click.option("--witness-first-title", default="", help="Jabatan saksi PIHAK PERTAMA.")
@click.option("--witness-second-title", default="", help="Jabatan saksi PIHAK KEDUA.")
@click.option("--no-mechanics", is_flag=True, help="Tanpa lampiran mekanisme pendaftaran dan pembayaran.")
@click.option("--ack-title", default="", help="Mengetahui: jabatan (kosong: tanpa blok Mengetahui).")
@click.option("--ack-name", default="", help="Mengetahui: nama.")
@click.option("--meterai", type=click.Choice(["kiri", "kanan", "keduanya"]), help="Sisi meterai (bawaan: pengaturan).")
@click.option("--unit", "unit_name", help="Lampiran hanya untuk unit ini (bawaan: semua orang).")
@click.option("--institution", "institution_name", help="Lampiran hanya untuk lembaga ini.")
@click.option("--with-participants", is_flag=True, help="Sertakan lampiran daftar nama calon peserta.")
@click.option("--full", is_flag=True, help="Juga tulis daftar nama calon peserta dengan NIK lengkap untuk PIHAK "
                                           "PERTAMA sebagai dokumen RAHASIA tersendiri di samping PKS (dicatat).")
@click.option("--no-institutions", is_flag=True, help="Tanpa lampiran daftar lembaga.")
@click.option("--no-contributions", is_flag=True, help="Tanpa lampiran rincian iuran.")
@click.option("--month", help="Bulan iuran pertama pada lampiran rincian iuran (bawaan: bulan penandatanganan).")
@click.option("--contributions-per-person", is_flag=True, help="Lampiran rincian iuran juga per orang.")
def print_pks(app, out, signing_date, place, number_first, number_second, serial, term_years, verification_days,
              witness_first, witness_second, witness_first_title, witness_second_title, no_mechanics, ack_title,
              ack_name, meterai, unit_name, institution_name,
              with_participants, full, no_institutions, no_contributions, month, contributions_per_person):
    """Perjanjian Kerja Sama dengan kantor cabang, dari templat PKS yang aktif, beserta lampirannya."""
    signed = _date(signing_date, "Tanggal penandatanganan") or clock.today()
    with app.db.read() as session:
        scope = _scope(session, (), unit_name, institution_name, "name", required=False)
        if serial and not number_second:
            number_second = agreement.own_number(org_settings.load(session).pks_number_pattern, serial, signed)
        if not number_second:  # the next number of the register of outgoing letters
            number_second = letters.propose(session, signed).number
            click.echo(f"Nomor PIHAK KEDUA dari buku agenda surat keluar: {number_second}", err=True)
    options = agreement.PksOptions(
        signing_date=signed, place=place or "",
        number_first=number_first, number_second=number_second, term_years=term_years,
        verification_days=verification_days, witness_first=witness_first, witness_second=witness_second,
        witness_first_title=witness_first_title, witness_second_title=witness_second_title,
        annex_mechanics=not no_mechanics,
        acknowledged_title=ack_title, acknowledged_name=ack_name, meterai_side=meterai,
        annex_institutions=not no_institutions, annex_participants=with_participants,
        annex_contributions=not no_contributions, scope=scope, month=_month(month), full_identifiers=full,
        annex_contribution_persons=contributions_per_person)
    _report(agreement.print_pks(app.db, out, options, _progress()))


@main.group()
def document():
    """Dokumen yang sudah dicetak dan templat teksnya."""


@command(document, "verify")
@click.argument("code")
def document_verify(app, code):
    """Periksa kode dokumen (isi QR atau kode JD-… yang tertulis di bawahnya)."""
    with app.db.read() as session:
        click.echo(verification.verify(session, code).text())


@command(document, "letters")
@click.option("--year", type=int, help="Tahun (bawaan: semua).")
@click.option("--date", "on", help="Tanggal surat untuk usulan nomor berikutnya (bawaan: hari ini).")
def document_letters(app, year, on):
    """Buku agenda surat keluar: nomor yang sudah dipakai dan nomor berikutnya yang diusulkan."""
    day = _date(on, "Tanggal surat") or clock.today()
    with app.db.read() as session:
        rows = letters.register(session, year)
        proposal = letters.propose(session, day)
        for row in rows:
            click.echo(f"{row.number}\t{row.letter_date:%d-%m-%Y}\t{letters.KIND_LABELS.get(row.kind, row.kind)}\t"
                       f"{row.document_id or '-'}")
    click.echo(f"Nomor berikutnya ({day:%d-%m-%Y}): {proposal.number}")


@document.group()
def template():
    """Templat PKS yang dapat diubah (berversi)."""


@command(template, "show")
@click.option("--version", type=int, help="Versi tertentu (bawaan: yang aktif).")
def template_show(app, version):
    """Tampilkan teks templat PKS."""
    with app.db.read() as session:
        chosen = next((t for t in templates.history(session) if t.version == version), None) if version else \
            templates.current(session)
    if chosen is None:
        raise UserError(f"Templat PKS versi {version} tidak ada.")
    click.echo(chosen.body, nl=False)


@command(template, "export")
@click.argument("target", type=FilePath(dir_okay=False, path_type=Path))
def template_export(app, target):
    """Simpan templat PKS yang aktif ke berkas teks untuk disunting."""
    with app.db.read() as session:
        write_text_atomic(target, templates.current(session).body)
    click.echo(f"Templat disimpan ke {target}.")


@command(template, "import")
@click.argument("source", type=FilePath(exists=True, dir_okay=False, path_type=Path))
@click.option("--note", default="", help="Catatan versi, mis. 'draf kantor cabang Mei 2026'.")
def template_import(app, source, note):
    """Jadikan berkas teks ini templat PKS yang aktif (versi baru)."""
    body = source.read_text(encoding="utf-8")
    version = document_ops.save_template(app.db, body, note).value
    click.echo(f"Templat PKS versi {version} disimpan dan aktif.")


@command(template, "history")
def template_history(app):
    """Daftar versi templat PKS."""
    with app.db.read() as session:
        for item in templates.history(session):
            when = f"{item.created:%d-%m-%Y %H.%M}" if item.created else "bawaan"
            click.echo(f"{'*' if item.active else ' '} versi {item.version} — {when} — {item.note or '-'}")


@command(template, "activate")
@click.argument("version", type=int)
def template_activate(app, version):
    """Pakai kembali versi templat PKS yang lebih lama."""
    document_ops.activate_template(app.db, version)
    click.echo(f"Templat PKS versi {version} aktif.")

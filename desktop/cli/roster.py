"""`jamsos init`, `jamsos unit …`, `jamsos institution …`, `jamsos person …`."""
from __future__ import annotations

import datetime as dt

import click

from desktop import clock
from desktop.cli import command, main, option_date
from desktop.domain import dates_id, nik as nik_rules, phone as phone_rules
from desktop.errors import UserError
from desktop.operations import institutions as institution_ops, persons as person_ops, settings as settings_ops
from desktop.operations import units as unit_ops

# Last writes to convert to operations (their save paths are being changed for optimistic versions on
# another branch): `person add`, `person edit`, `unit edit`, `institution edit` below, and the window's
# person, unit and institution editors. tests/test_architecture.py lists them in EDITOR_SAVES.
from desktop.roster import institutions, persons, queries, units


@command(main, "init")
@click.option("--org-name", help="Nama lengkap organisasi.")
@click.option("--org-short-name", help="Nama singkat organisasi.")
def init(app, org_name, org_short_name):
    """Buat (atau perbarui) basis data dan simpan nama organisasi."""
    changes = {k: v for k, v in (("org_name", org_name), ("org_short_name", org_short_name)) if v}
    cfg = settings_ops.apply(app.db, **changes).value
    click.echo(f"Basis data siap: {app.db.describe()}")
    click.echo(f"Organisasi: {cfg.org_name}")


# -- units ---------------------------------------------------------------------------------
@main.group()
def unit():
    """Unit organisasi (PC → PAC → Ranting)."""


@command(unit, "add")
@click.argument("name")
@click.option("--parent", help="Nama atau id unit induk (kosong: unit puncak).")
@click.option("--region", "region_code", help="Kode wilayah Kemendagri, mis. 35.16.13.")
def unit_add(app, name, parent, region_code):
    """Tambah unit."""
    added = unit_ops.add(app.db, name, parent=parent, region_code=region_code).value
    click.echo(f"Unit '{name}' ditambahkan (id {added.id}).")
    if added.warning:
        click.echo(f"Peringatan: {added.warning}", err=True)


@command(unit, "list")
def unit_list(app):
    """Tampilkan pohon unit dengan jumlah orang dan peserta terdaftar."""
    from desktop import settings
    with app.db.read() as session:
        cfg = settings.load(session)
        nodes = units.flatten(units.unit_tree(session))
    if not nodes:
        click.echo("Belum ada unit.")
    for node in nodes:
        label = settings.level_name(cfg, node.level)
        click.echo(f"{'  ' * node.level}[{node.id}] {label} {node.name} — {node.persons} orang, "
                   f"{node.enrolled} terdaftar")


def _given(data, **options) -> None:  # noqa: ANN001 - a UnitData or InstitutionData
    """Set the options the user gave; the ones left out (None) keep their stored value."""
    for key, value in options.items():
        if value is not None:
            setattr(data, key, value)


@command(unit, "edit")
@click.argument("unit_name")
@click.option("--name", "new_name", help="Nama baru.")
@click.option("--parent", help="Nama atau id unit induk baru ('-' untuk menjadikannya unit puncak).")
@click.option("--region", "region_code", help="Kode wilayah Kemendagri.")
@click.option("--chair", "chair_name", help="Nama ketua.")
@click.option("--address")
def unit_edit(app, unit_name, new_name, parent, region_code, chair_name, address):
    """Ubah unit (nama, induk, wilayah, ketua, alamat); opsi yang tidak diberikan tetap."""
    with app.db.write() as session:
        unit_id = units.find_unit(session, unit_name).id
        data = units.unit_data(session, unit_id)
        if parent is not None:
            data.parent_id = None if parent == "-" else units.find_unit(session, parent).id
        _given(data, name=new_name, region_code=region_code, chair_name=chair_name, address=address)
        units.update_unit(session, unit_id, data)
        warning = units.region_warning(session, data.name, data.region_code)
    click.echo(f"Unit id {unit_id} disimpan.")
    if warning:
        click.echo(f"Peringatan: {warning}", err=True)


@command(unit, "delete")
@click.argument("unit_name")
def unit_delete(app, unit_name):
    """Hapus unit yang sudah kosong (tanpa anggota, lembaga dan unit di bawahnya)."""
    with app.db.read() as session:
        unit_id = units.find_unit(session, unit_name).id
    unit_ops.trash(app.db, unit_id)
    click.echo(f"Unit id {unit_id} dihapus.")


@command(unit, "restore")
@click.argument("unit_id", type=int)
def unit_restore(app, unit_id):
    """Pulihkan unit yang dihapus (sebutkan id-nya)."""
    unit_ops.restore(app.db, unit_id)
    click.echo(f"Unit id {unit_id} dipulihkan.")


# -- institutions --------------------------------------------------------------------------
@main.group()
def institution():
    """Lembaga (KB, TK, RA, PAUD, TPQ, Majelis Taklim)."""


@command(institution, "add")
@click.argument("name")
@click.option("--type", "kind", required=True, help="KB, TK, RA, PAUD, TPQ, Majelis Taklim.")
@click.option("--npsn")
@click.option("--unit", "unit_name", help="Nama atau id unit.")
@click.option("--head", "head_name", help="Kepala lembaga.")
@click.option("--risk-group", default="I", show_default=True)
def institution_add(app, name, kind, npsn, unit_name, head_name, risk_group):
    """Tambah lembaga."""
    inst_id = institution_ops.add(app.db, institutions.InstitutionData(
        name=name, type=kind, npsn=npsn, head_name=head_name, risk_group=risk_group), unit=unit_name).value
    click.echo(f"Lembaga '{name}' ditambahkan (id {inst_id}).")


@command(institution, "list")
@click.option("--unit", "unit_name")
@click.option("--search")
def institution_list(app, unit_name, search):
    """Daftar lembaga dengan jumlah orangnya."""
    with app.db.read() as session:
        unit_ids = units.subtree_ids(session, units.find_unit(session, unit_name).id) if unit_name else None
        rows = institutions.list_institutions(session, unit_ids=unit_ids, search=search)
    for row in rows:
        click.echo(f"[{row.id}] {row.type:<5} {row.name} — NPSN {row.npsn or '-'} — {row.staff} orang")
    click.echo(f"{len(rows)} lembaga.")


@command(institution, "edit")
@click.argument("institution_name")
@click.option("--name", "new_name", help="Nama baru.")
@click.option("--type", "kind")
@click.option("--npsn")
@click.option("--unit", "unit_name")
@click.option("--head", "head_name")
@click.option("--risk-group")
def institution_edit(app, institution_name, new_name, kind, npsn, unit_name, head_name, risk_group):
    """Ubah lembaga (pilih dengan nama, id atau NPSN); opsi yang tidak diberikan tetap."""
    with app.db.write() as session:
        inst_id = institutions.find_institution(session, institution_name).id
        data = institutions.institution_data(session, inst_id)
        if unit_name is not None:
            data.unit_id = units.find_unit(session, unit_name).id
        _given(data, name=new_name, type=kind, npsn=npsn, head_name=head_name, risk_group=risk_group)
        institutions.update_institution(session, inst_id, data)
    click.echo(f"Lembaga id {inst_id} disimpan.")


@command(institution, "delete")
@click.argument("institution_name")
def institution_delete(app, institution_name):
    """Hapus lembaga yang tidak punya orang lagi."""
    with app.db.read() as session:
        inst_id = institutions.find_institution(session, institution_name).id
    institution_ops.trash(app.db, inst_id)
    click.echo(f"Lembaga id {inst_id} dihapus.")


@command(institution, "restore")
@click.argument("inst_id", type=int)
def institution_restore(app, inst_id):
    """Pulihkan lembaga yang dihapus (sebutkan id-nya)."""
    institution_ops.restore(app.db, inst_id)
    click.echo(f"Lembaga id {inst_id} dipulihkan.")


# -- persons -------------------------------------------------------------------------------
@main.group()
def person():
    """Anggota dan pekerja."""


def _date(value: str | None, label: str) -> dt.date | None:
    return option_date(value, label)


def _print_warnings(session, data, person_id=None):
    _, problems = persons.validate(session, data, person_id=person_id)
    for problem in problems:
        if problem.severity == "warning":
            label = persons.LABELS.get(problem.field or "", "")
            click.echo(f"Peringatan{' (' + label + ')' if label else ''}: {problem.message}", err=True)


PERSON_OPTIONS = [
    click.option("--nik"), click.option("--name", help="Nama sesuai KTP-el; gelar yang ditulis (Hj., S.Pd. …) "
                                        "dipindah ke --name-with-titles."),
    click.option("--name-with-titles", help="Nama lengkap dengan gelar, untuk surat (mis. 'Hj. Siti Aminah, S.Pd.I')."),
    click.option("--sex", type=click.Choice(["L", "P"])),
    click.option("--birth-place"), click.option("--birth-date", help="dd-mm-yyyy"),
    click.option("--mother", "mother_name"), click.option("--address"), click.option("--rt"), click.option("--rw"),
    click.option("--desa", "desa_code", help="Kode desa, mis. 35.16.13.2001"), click.option("--phone"),
    click.option("--kk"), click.option("--email"), click.option("--occupation", "occupation_code"),
    click.option("--income", type=int, help="Penghasilan/upah per bulan (rupiah)."),
    click.option("--segment", type=click.Choice(["BPU", "PU"])),
    click.option("--programmes", help="mis. JKK,JKM,JHT"),
    click.option("--payer", type=click.Choice(["SELF", "ORG", "DONOR", "APBD", "APBN"])),
    click.option("--sector", type=click.Choice(["other", "transport", "padat_karya"])),
    click.option("--unit", "unit_name"), click.option("--institution", "institution_name"),
    click.option("--position"),
]


def person_options(func):
    for option in reversed(PERSON_OPTIONS):
        func = option(func)
    return func


def _merge(session, data: persons.PersonData, values: dict) -> persons.PersonData:
    """Apply the options the user gave onto `data` (options left out keep their value)."""
    for key, value in values.items():
        if value is None:
            continue
        if key == "birth_date":
            data.birth_date = _date(value, "Tanggal lahir")
        elif key == "programmes":
            data.programmes = [p for p in value.replace(" ", ",").split(",") if p]
        elif key == "unit_name":
            data.unit_id = units.find_unit(session, value).id
        elif key == "institution_name":
            data.institution_id = institutions.find_institution(session, value).id
        else:
            setattr(data, key, value)
    return data


@command(person, "add")
@person_options
def person_add(app, **values):
    """Tambah orang. NIK dicek (16 digit, kode wilayah, tanggal lahir, jenis kelamin)."""
    if not values.get("name"):
        raise UserError("Nama wajib diisi (--name).", field="name")
    with app.db.write() as session:
        from desktop import settings
        cfg = settings.load(session)
        data = persons.PersonData(segment=cfg.default_segment, programmes=list(cfg.default_programmes),
                                  payer=cfg.default_payer)
        data = _merge(session, data, values)
        _print_warnings(session, data)
        person_id = persons.add_person(session, data)
    click.echo(f"Orang ditambahkan (id {person_id}).")


def _resolve(session, nik: str | None, person_id: int | None) -> int:
    if person_id:
        return person_id
    if nik:
        return persons.find_by_nik(session, nik)
    raise UserError("Sebutkan --nik atau --id.")


@command(person, "edit")
@click.option("--id", "person_id", type=int)
@click.option("--new-nik", help="NIK baru (untuk memperbaiki NIK yang salah ketik).")
@click.option("--version", "seen_version", type=int,
              help="Versi data yang Anda baca (lihat person show): bila orang lain mengubahnya sejak itu, "
                   "simpanan ditolak dengan siapa, kapan dan isian apa yang berubah.")
@person_options
def person_edit(app, person_id, new_nik, seen_version, **values):
    """Ubah data orang (pilih dengan --nik atau --id; hanya opsi yang diberikan yang berubah)."""
    with app.db.write() as session:
        nik = values.pop("nik")
        target = _resolve(session, nik, person_id)
        data = _merge(session, persons.person_data(session, target), values)
        if seen_version is not None:
            data.version = seen_version
        if new_nik:
            data.nik = new_nik
        _print_warnings(session, data, person_id=target)
        persons.update_person(session, target, data)
    click.echo(f"Data orang id {target} disimpan.")


@command(person, "delete")
@click.option("--nik")
@click.option("--id", "person_id", type=int)
def person_delete(app, nik, person_id):
    """Pindahkan orang ke tempat sampah (dapat dipulihkan)."""
    with app.db.read() as session:
        target = _resolve(session, nik, person_id)
    person_ops.trash(app.db, [target])
    click.echo(f"Orang id {target} dipindahkan ke tempat sampah.")


@command(person, "restore")
@click.option("--nik")
@click.option("--id", "person_id", type=int)
def person_restore(app, nik, person_id):
    """Pulihkan orang dari tempat sampah."""
    with app.db.read() as session:
        target = _resolve(session, nik, person_id)
    person_ops.restore(app.db, [target])
    click.echo(f"Orang id {target} dipulihkan.")


@command(person, "show")
@click.option("--nik")
@click.option("--id", "person_id", type=int)
def person_show(app, nik, person_id):
    """Tampilkan semua data satu orang."""
    with app.db.read() as session:
        target = _resolve(session, nik, person_id)
        data = persons.person_data(session, target)
        _show(session, data)


def _show(session, data: persons.PersonData) -> None:
    for name in persons.PERSON_FIELDS:
        value = getattr(data, name)
        if value in (None, "", []):
            continue
        if name == "programmes":
            value = " ".join(value)
        elif name == "phone":
            value = phone_rules.format_phone_national(value)
        elif isinstance(value, dt.date):
            value = dates_id.long_date(value)
        elif name == "unit_id":
            value = units.find_unit(session, value).name
        elif name == "institution_id":
            value = institutions.find_institution(session, value).name
        click.echo(f"{persons.LABELS.get(name, name):<22} {value}")
    for index, heir in enumerate(data.heirs, start=1):
        click.echo(f"Ahli waris {index:<11} {heir.name} ({heir.relation or '-'})")
    click.echo(f"{'Versi data':<22} {data.version}  (untuk person edit --version)")


def _filter(session, unit_name: str | None, institution_name: str | None, **values) -> queries.PersonFilter:
    flt = queries.PersonFilter(**values)
    if unit_name:
        flt.unit_id = units.find_unit(session, unit_name).id
    if institution_name:
        flt.institution_id = institutions.find_institution(session, institution_name).id
    return flt


def _chosen_ids(session, ids: str | None, unit_name: str | None, institution_name: str | None) -> list[int]:
    """--ids 1,2,3 or everyone (alive) of --unit / --institution."""
    if ids:
        try:
            return [int(part) for part in ids.replace(" ", ",").split(",") if part]
        except ValueError as exc:
            raise UserError(f"--ids berisi nomor id dipisah koma, mis. 12,15,20 (bukan '{ids}').") from exc
    if not unit_name and not institution_name:
        raise UserError("Pilih orangnya: --ids, --unit atau --institution.")
    return queries.person_ids(session, _filter(session, unit_name, institution_name))


@command(person, "bulk-edit")
@click.option("--ids", help="Id orang dipisah koma.")
@click.option("--unit", "unit_name", help="Semua orang di unit ini (dan unit di bawahnya).")
@click.option("--institution", "institution_name", help="Semua orang di lembaga ini.")
@click.option("--occupation", help="Kode pekerjaan, mis. 101 (Guru TK/RA/KB/PAUD).")
@click.option("--segment", type=click.Choice(["BPU", "PU"]))
@click.option("--payer", help="SELF, ORG, DONOR, APBD atau APBN.")
@click.option("--programmes", help="Program dipisah koma, mis. JKK,JKM.")
def person_bulk_edit(app, ids, unit_name, institution_name, occupation, segment, payer, programmes):
    """Ubah pekerjaan, segmen, pembayar atau program banyak orang sekaligus (satu transaksi)."""
    from desktop.roster.bulk_edit import BulkChange
    change = BulkChange(occupation_code=occupation, segment=segment, payer=payer,
                        programmes=[p for p in programmes.replace(" ", ",").split(",") if p]
                        if programmes is not None else None)
    with app.db.read() as session:
        chosen = _chosen_ids(session, ids, unit_name, institution_name)
    edited = person_ops.bulk_edit(app.db, chosen, change).value
    click.echo(f"{len(chosen)} orang diubah: {edited.described}.")


@command(person, "intake-sheet")
@click.argument("target", type=click.Path(dir_okay=False))
@click.option("--ids", help="Id orang dipisah koma.")
@click.option("--unit", "unit_name")
@click.option("--institution", "institution_name")
@click.option("--preset", help="Preset ekspor (bawaan: preset segmen organisasi).")
def person_intake_sheet(app, target, ids, unit_name, institution_name, preset):
    """Lembar isian untuk PAC: NIK dan nama terisi, kolom yang masih kurang untuk batch kosong.
    Impor kembali dengan pilihan "Isi kolom yang masih kosong"."""
    with app.db.read() as session:
        chosen = _chosen_ids(session, ids, unit_name, institution_name)
    written = person_ops.intake_sheet(app.db, target, person_ids=chosen, preset=preset).value
    click.echo(f"Lembar isian untuk {written} orang disimpan ke {target}.")


@command(person, "list")
@click.option("--unit", "unit_name")
@click.option("--institution", "institution_name")
@click.option("--search", default="")
@click.option("--status")
@click.option("--segment")
@click.option("--programme")
@click.option("--problems", is_flag=True, help="Hanya yang punya masalah.")
@click.option("--trash", is_flag=True, help="Tampilkan isi tempat sampah.")
@click.option("--lacking-for", "lacking_for", is_flag=False, flag_value="", default=None, metavar="PRESET",
              help="Hanya yang belum lengkap untuk preset ekspor (tanpa nama: preset bawaan segmen).")
@click.option("--sort", default="name", type=click.Choice(sorted(queries.SORT_COLUMNS)))
@click.option("--desc", is_flag=True)
@click.option("--limit", default=50, show_default=True)
@click.option("--mask/--no-mask", default=True, show_default=True, help="Samarkan NIK dan No. HP.")
def person_list(app, unit_name, institution_name, search, status, segment, programme, problems, trash,
                lacking_for, sort, desc, limit, mask):
    """Daftar orang dengan saringan; jumlah yang cocok selalu ditampilkan."""
    with app.db.read() as session:
        flt = _filter(session, unit_name, institution_name, search=search, status=status, segment=segment,
                      programme=programme, has_problems=True if problems else None, trash=trash)
        if lacking_for is not None:
            from desktop.batches import missing
            flt.lacking = missing.lacking_columns(missing.active_preset(session, lacking_for or None))
        total = queries.count(session, flt)
        ids = queries.person_ids(session, flt, sort, desc, limit=limit)
        rows = queries.rows_for(session, ids)
    for pid in ids:
        row = rows[pid]
        nik = (nik_rules.mask_nik(row.nik) if mask else row.nik) if row.nik else "belum ber-NIK"
        phone = ""
        if row.phone:
            phone = phone_rules.mask_phone(row.phone) if mask else phone_rules.format_phone_national(row.phone)
        click.echo(f"[{row.id}] {nik:<16} {row.name:<35} {phone:<15} {row.unit or '-':<25} {row.status}")
    click.echo(f"{total} orang cocok.")

"""`jamsos settings show|set` and `jamsos profile export|import`: the organisation's set-up."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import click

from desktop import profile
from desktop import settings as org_settings
from desktop.cli import command, main
from desktop.cli.paths_param import FilePath
from desktop.errors import UserError
from desktop.operations import settings as settings_ops

TRUE_WORDS = {"ya", "y", "true", "1", "benar", "yes"}
FALSE_WORDS = {"tidak", "t", "false", "0", "salah", "no"}


def parse_value(name: str, text: str) -> Any:
    """A command-line word as the setting's type: lists as 'PC,PAC,Ranting', booleans as ya/tidak."""
    if name not in org_settings.OrgSettings.field_names():
        raise UserError(f"Pengaturan '{name}' tidak dikenal. Lihat daftarnya dengan 'jamsos settings show'.")
    default = getattr(org_settings.OrgSettings(), name)
    if isinstance(default, bool):
        word = text.strip().lower()
        if word not in TRUE_WORDS | FALSE_WORDS:
            raise UserError(f"Pengaturan '{name}' bernilai ya atau tidak.")
        return word in TRUE_WORDS
    if isinstance(default, int):
        try:
            return int(text)
        except ValueError as exc:
            raise UserError(f"Pengaturan '{name}' harus berupa angka bulat.") from exc
    if isinstance(default, list):
        if text.strip().startswith("["):
            try:
                values = json.loads(text)
            except ValueError as exc:
                raise UserError(f"Pengaturan '{name}': daftar '{text}' tidak dapat dibaca ({exc.args[0]}). Tulis "
                                "seperti PC,PAC,Ranting.") from None
            if not isinstance(values, list):
                raise UserError(f"Pengaturan '{name}' berupa daftar, mis. PC,PAC,Ranting.")
            return [str(v) for v in values]
        return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    return text


def shown(value: Any) -> str:
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)


@main.group("settings")
def settings_group():
    """Pengaturan organisasi (tersimpan di basis data)."""


@command(settings_group, "show")
@click.argument("key", required=False)
def settings_show(app, key):
    """Tampilkan semua pengaturan, atau satu KEY."""
    with app.db.read() as session:
        cfg = dataclasses.asdict(org_settings.load(session))
    if key:
        if key not in cfg:
            raise UserError(f"Pengaturan '{key}' tidak dikenal.")
        click.echo(shown(cfg[key]))
        return
    width = max(map(len, cfg))
    for name, value in cfg.items():
        click.echo(f"{name:<{width}}  {shown(value)}")


@command(settings_group, "set")
@click.argument("key")
@click.argument("value")
def settings_set(app, key, value):
    """Ubah satu pengaturan, mis. `settings set level_names "PC,PAC,Ranting"`."""
    parsed = parse_value(key, value)
    if key == "logo_path" and parsed:  # a copy in the data folder, as the window keeps it
        parsed = str(profile.copy_logo(Path(parsed)))
    cfg = settings_ops.apply(app.db, **{key: parsed}).value
    click.echo(f"{key} = {shown(getattr(cfg, key))}")


@main.group("profile")
def profile_group():
    """Profil organisasi: pengaturan, templat dokumen dan preset ekspor (tanpa data pribadi)."""


@command(profile_group, "export")
@click.argument("target", type=FilePath(dir_okay=False, path_type=Path))
def profile_export(app, target):
    """Simpan profil organisasi ke berkas JSON untuk dipakai organisasi lain."""
    summary = settings_ops.export_profile(app.db, target).value
    click.echo(f"Profil disimpan ke {target}: {summary.settings} pengaturan, {summary.templates} templat, "
               f"{summary.presets_added} preset. Berkas ini tidak berisi data pribadi.")


@command(profile_group, "import")
@click.argument("source", type=FilePath(dir_okay=False, exists=True, path_type=Path))
def profile_import(app, source):
    """Terapkan profil organisasi dari berkas JSON (cadangan dibuat dulu)."""
    summary = settings_ops.import_profile(app.db, source).value
    click.echo(f"Profil diterapkan: {summary.describe()}.")

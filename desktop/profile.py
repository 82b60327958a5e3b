"""The organisation profile: validated settings changes, and export/import of the whole set-up.

A profile is what a PW hands to each of its cabang so they start from the same set-up: the
organisation settings, the active document templates, the export presets and the logo — never
personal data. It is one JSON file, written atomically.
"""
from __future__ import annotations

import base64
import hashlib
import json
import string
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import __version__, audit, clock, paths, settings
from desktop.errors import Place, UserError
from desktop.files import write_bytes_atomic, write_text_atomic
from desktop.models import PAYERS, PROGRAMMES, SEGMENTS, DocumentTemplate, ExportPreset, Region

FORMAT = "jamsos-desk-profil"
FORMAT_VERSION = 1
# Per-installation facts that must not be copied to another organisation's PC.
NOT_IN_PROFILE = {"first_run_done", "logo_path"}
PKS_FIELDS = {"nomor", "bulan", "bulan_romawi", "tahun"}
CHOICES = {
    "rounding": ("half_up", "half_even", "truncate"),
    "meterai_side": ("kiri", "kanan", "keduanya"),
    "default_segment": SEGMENTS,
    "default_payer": PAYERS,
    "sunday_name": ("Minggu", "Ahad"),
    "paper_size": ("A4", "F4"),
}
LOGO_TYPES = {".png", ".jpg", ".jpeg"}


# -- settings, checked ----------------------------------------------------------------------
def check_settings(session: Session, changes: dict[str, Any]) -> None:
    """Refuse values the documents and checks could not use; the message says what to fix."""
    for name, value in changes.items():
        if name in CHOICES and value not in CHOICES[name]:
            raise UserError(f"Pengaturan '{name}' harus salah satu dari: {', '.join(CHOICES[name])}.", field=name)
    if "level_names" in changes:
        names = [str(n).strip() for n in changes["level_names"]]
        if not names or not all(names):
            raise UserError("Nama tingkatan tidak boleh kosong; tulis mis. PC, PAC, Ranting.", field="level_names")
    if "default_programmes" in changes:
        unknown = [p for p in changes["default_programmes"] if p not in PROGRAMMES]
        if unknown or not changes["default_programmes"]:
            raise UserError(f"Program bawaan harus dari {', '.join(PROGRAMMES)} (paling sedikit satu); "
                            f"tidak dikenal: {', '.join(unknown) or '-'}.", field="default_programmes")
    if changes.get("district_code"):
        code = changes["district_code"]
        region = session.get(Region, code)
        if region is None or region.level != "kabkota":
            raise UserError(f"Kode kabupaten/kota '{code}' tidak ada di tabel wilayah Kemendagri; "
                            "tulis seperti 35.16.", field="district_code")
    if "pks_number_pattern" in changes:
        check_pks_pattern(changes["pks_number_pattern"])
    for name in ("org_name", "org_short_name", "branch_name"):
        if name in changes and not str(changes[name]).strip():
            raise UserError(f"Pengaturan '{name}' tidak boleh kosong.", field=name)
    ages = {k: changes.get(k) for k in ("min_working_age", "max_working_age")}
    if all(isinstance(v, int) for v in ages.values()) and ages["min_working_age"] >= ages["max_working_age"]:
        raise UserError("Usia kerja terendah harus lebih kecil dari usia tertinggi.", field="min_working_age")


def check_pks_pattern(pattern: str) -> None:
    try:
        used = {name for _text, name, _spec, _conv in string.Formatter().parse(pattern) if name is not None}
    except ValueError as exc:
        raise UserError(f"Pola nomor PKS '{pattern}' tidak dapat dibaca (kurung kurawal tidak berpasangan).",
                        field="pks_number_pattern") from exc
    unknown = used - PKS_FIELDS
    if unknown or "nomor" not in used:
        raise UserError(f"Pola nomor PKS harus memuat {{nomor}} dan hanya boleh memakai "
                        f"{', '.join('{' + f + '}' for f in sorted(PKS_FIELDS))}.", field="pks_number_pattern")


def apply_settings(session: Session, **changes: Any) -> settings.OrgSettings:
    """Check then store settings (the wizard, the dialog, the CLI and profile import all use this)."""
    check_settings(session, changes)
    return settings.save(session, **changes)


def district_choices(session: Session) -> list[tuple[str, str]]:
    """(code, 'Kabupaten Jombang — Jawa Timur') for every kab/kota, for the district picker."""
    province = {code: name for code, name in session.execute(
        select(Region.code, Region.name).where(Region.level == "provinsi"))}
    rows = session.execute(select(Region.code, Region.name, Region.parent_code)
                           .where(Region.level == "kabkota").order_by(Region.code))
    return [(code, f"{name} — {province.get(parent, '')}".rstrip(" —")) for code, name, parent in rows]


# -- logo -----------------------------------------------------------------------------------
def store_logo(data: bytes, suffix: str) -> Path:
    """Keep a copy of the logo in the data folder, so moving the original does not break documents."""
    suffix = suffix.lower()
    if suffix not in LOGO_TYPES:
        raise UserError("Logo harus berupa gambar PNG atau JPG.", field="logo_path")
    if len(data) > 2_000_000:
        raise UserError("Logo lebih dari 2 MB; perkecil gambarnya dulu (mis. lebar 600 piksel).",
                        field="logo_path")
    folder = paths.data_dir() / "logo"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"logo-{hashlib.sha256(data).hexdigest()[:12]}{suffix}"
    if not target.exists():
        write_bytes_atomic(target, data)
    return target


def copy_logo(source: Path) -> Path:
    try:
        data = Path(source).read_bytes()
    except OSError as exc:
        raise UserError(f"Berkas logo {source} tidak dapat dibaca.", field="logo_path") from exc
    return store_logo(data, Path(source).suffix)


# -- export / import --------------------------------------------------------------------------
@dataclass
class ProfileSummary:
    settings: int = 0
    templates: int = 0
    presets_added: int = 0
    presets_updated: int = 0
    logo: bool = False
    ignored: list[str] = field(default_factory=list)

    def describe(self) -> str:
        text = (f"{self.settings} pengaturan, {self.templates} templat dokumen, "
                f"{self.presets_added} preset baru, {self.presets_updated} preset diperbarui"
                + (", logo" if self.logo else ""))
        if self.ignored:
            text += f" (tidak dikenal dan dilewati: {', '.join(self.ignored)})"
        return text


def profile_data(session: Session) -> dict[str, Any]:
    cfg = asdict(settings.load(session))
    logo = None
    if cfg["logo_path"] and Path(cfg["logo_path"]).is_file():
        path = Path(cfg["logo_path"])
        logo = {"suffix": path.suffix.lower(), "data": base64.b64encode(path.read_bytes()).decode("ascii")}
    templates = session.scalars(select(DocumentTemplate).where(DocumentTemplate.active.is_(True))
                                .order_by(DocumentTemplate.kind))
    presets = session.scalars(select(ExportPreset).order_by(ExportPreset.name))
    return {
        "format": FORMAT, "version": FORMAT_VERSION, "app_version": __version__,
        "exported_at": clock.now().isoformat(timespec="seconds"),
        "settings": {k: v for k, v in cfg.items() if k not in NOT_IN_PROFILE},
        "logo": logo,
        "document_templates": [{"kind": t.kind, "body": t.body, "note": t.note} for t in templates],
        "export_presets": [{"name": p.name, "segment": p.segment, "columns": json.loads(p.columns),
                            "notes": p.notes} for p in presets],
    }


def export_profile(session: Session, target: Path) -> ProfileSummary:
    data = profile_data(session)
    write_text_atomic(target, json.dumps(data, ensure_ascii=False, indent=2))
    audit.record(session, "profile_export", "Ekspor profil organisasi (tanpa data pribadi)",
                 fields=sorted(data["settings"]), target=str(target))
    return ProfileSummary(settings=len(data["settings"]), templates=len(data["document_templates"]),
                          presets_added=len(data["export_presets"]), logo=data["logo"] is not None)


def read_profile(source: Path) -> dict[str, Any]:
    where = Place(file=Path(source).name)
    try:
        data = json.loads(Path(source).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"Berkas profil {source} tidak dapat dibaca.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError("Bukan berkas profil Jamsos Desk (isinya bukan JSON yang sah). "
                        "Pilih berkas .json hasil 'Ekspor profil'.", where) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError("Bukan berkas profil Jamsos Desk. Pilih berkas .json hasil 'Ekspor profil'.", where)
    if int(data.get("version", 0)) > FORMAT_VERSION:
        raise UserError("Profil ini dibuat oleh versi Jamsos Desk yang lebih baru; perbarui aplikasi dulu.", where)
    if not isinstance(data.get("settings", {}), dict):
        raise UserError("Bagian 'settings' pada profil rusak.", where)
    return data


def import_profile(session: Session, source: Path) -> ProfileSummary:
    """Apply a profile in the caller's transaction: whole or nothing (a bad value raises UserError)."""
    data = read_profile(source)
    summary = ProfileSummary()
    known = set(settings.OrgSettings.field_names()) - NOT_IN_PROFILE
    changes = {k: v for k, v in data.get("settings", {}).items() if k in known}
    summary.ignored = sorted(set(data.get("settings", {})) - known - NOT_IN_PROFILE)
    try:
        apply_settings(session, **changes)
    except UserError as exc:
        raise UserError(f"Profil tidak diterapkan: {exc.message}", Place(file=Path(source).name)) from exc
    summary.settings = len(changes)
    if data.get("logo"):
        logo = store_logo(base64.b64decode(data["logo"]["data"]), data["logo"]["suffix"])
        settings.save(session, logo_path=str(logo))
        summary.logo = True
    for template in data.get("document_templates", []):
        summary.templates += add_template_version(session, template["kind"], template["body"], template.get("note"))
    for preset in data.get("export_presets", []):
        existing = session.scalar(select(ExportPreset).where(ExportPreset.name == preset["name"]))
        if existing is None:
            existing = ExportPreset(name=preset["name"], builtin=False)
            session.add(existing)
            summary.presets_added += 1
        else:
            summary.presets_updated += 1
        existing.segment = preset.get("segment", "BPU")
        existing.columns = json.dumps(preset["columns"], ensure_ascii=False)
        existing.notes = preset.get("notes")
    audit.record(session, "profile_import", "Impor profil organisasi (tanpa data pribadi)",
                 fields=sorted(changes), target=str(source))
    session.flush()
    return summary


def add_template_version(session: Session, kind: str, body: str, note: str | None) -> int:
    """Make `body` the active template of `kind` as a new version; 0 when it is already the active one."""
    active = session.scalars(select(DocumentTemplate).where(DocumentTemplate.kind == kind,
                                                            DocumentTemplate.active.is_(True))).all()
    if any(t.body == body for t in active):
        return 0
    for old in active:
        old.active = False
    version = (session.scalar(select(func.max(DocumentTemplate.version)).where(DocumentTemplate.kind == kind))
               or 0) + 1
    session.add(DocumentTemplate(kind=kind, version=version, body=body, active=True,
                                 note=note or "dari profil organisasi"))
    return 1

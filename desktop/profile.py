"""The organisation profile: validated settings changes, and export/import of the whole set-up.

A profile is what a PW hands to each of its cabang so they start from the same set-up: the
organisation settings, the active document templates, the export presets and the logo — never
personal data. It is one JSON file, written atomically.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import io
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
    changes = {name: settings.checked_value(name, value) for name, value in changes.items()}
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


PKS_PATTERN_MAX = 80


def check_pks_pattern(pattern: str) -> None:
    """Only the known fields, each bare: a format spec ({nomor:>900000000}) could make one number
    gigabytes long, a conversion or attribute ({nomor!r}, {nomor.x}) print Python internals."""
    if not isinstance(pattern, str) or len(pattern) > PKS_PATTERN_MAX:
        raise UserError(f"Pola nomor PKS paling banyak {PKS_PATTERN_MAX} karakter.", field="pks_number_pattern")
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError as exc:
        raise UserError(f"Pola nomor PKS '{pattern}' tidak dapat dibaca (kurung kurawal tidak berpasangan).",
                        field="pks_number_pattern") from exc
    used = {name for _text, name, _spec, _conv in parts if name is not None}
    if any(spec or conv for _text, name, spec, conv in parts if name is not None):
        raise UserError("Pola nomor PKS: tulis isian tanpa format, mis. {nomor}/PC/{bulan_romawi}/{tahun} "
                        "(bukan {nomor:05} atau {nomor!r}).", field="pks_number_pattern")
    unknown = used - PKS_FIELDS
    if unknown or "nomor" not in used:
        raise UserError(f"Pola nomor PKS harus memuat {{nomor}} dan hanya boleh memakai "
                        f"{', '.join('{' + f + '}' for f in sorted(PKS_FIELDS))}.", field="pks_number_pattern")


def apply_settings(session: Session, *, expected: dict[str, Any] | None = None, labels: dict[str, str] | None = None,
                   **changes: Any) -> settings.OrgSettings:
    """Check then store settings (the wizard, the dialog, the CLI and profile import all use this);
    `expected`: what the dialog showed (settings.save refuses a name another desk changed since)."""
    check_settings(session, changes)
    return settings.save(session, expected=expected, labels=labels, **changes)


def district_choices(session: Session) -> list[tuple[str, str]]:
    """(code, 'Kabupaten Jombang — Jawa Timur') for every kab/kota, for the district picker."""
    province = {code: name for code, name in session.execute(
        select(Region.code, Region.name).where(Region.level == "provinsi"))}
    rows = session.execute(select(Region.code, Region.name, Region.parent_code)
                           .where(Region.level == "kabkota").order_by(Region.code))
    return [(code, f"{name} — {province.get(parent, '')}".rstrip(" —")) for code, name, parent in rows]


# -- logo -----------------------------------------------------------------------------------
def check_logo(data: bytes, suffix: object) -> str:
    """The logo's suffix when `data` is a PNG or JPG picture of a sensible size (the settings and
    profile import share this); a UserError otherwise."""
    suffix = suffix.lower() if isinstance(suffix, str) else ""
    if suffix not in LOGO_TYPES:
        raise UserError("Logo harus berupa gambar PNG atau JPG.", field="logo_path")
    if len(data) > 2_000_000:
        raise UserError("Logo lebih dari 2 MB; perkecil gambarnya dulu (mis. lebar 600 piksel).",
                        field="logo_path")
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415 - only when a logo is set

    from desktop.documents.logo import MAX_PIXELS  # noqa: PLC0415
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, pixels = image.format, image.width * image.height  # the header: no full decode
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise UserError("Berkas logo bukan gambar PNG atau JPG yang utuh.", field="logo_path") from exc
    if kind not in ("PNG", "JPEG"):
        raise UserError(f"Logo harus berupa gambar PNG atau JPG (berkas ini {kind}).", field="logo_path")
    if pixels > MAX_PIXELS:
        raise UserError("Gambar logo terlalu besar (piksel); perkecil dulu (mis. lebar 600 piksel).",
                        field="logo_path")
    return suffix


def store_logo(data: bytes, suffix: str) -> Path:
    """Keep a copy of the logo in the data folder, so moving the original does not break documents."""
    suffix = check_logo(data, suffix)
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
    version = data.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise UserError(f"Versi profil '{str(version)[:20]}' bukan angka; berkas ini rusak. Ekspor ulang profilnya.",
                        where)
    if version > FORMAT_VERSION:
        raise UserError("Profil ini dibuat oleh versi Jamsos Desk yang lebih baru; perbarui aplikasi dulu.", where)
    for section, kind in (("settings", dict), ("document_templates", list), ("export_presets", list),
                          ("logo", dict)):
        if data.get(section) is not None and not isinstance(data[section], kind):
            raise UserError(f"Bagian '{section}' pada profil rusak. Ekspor ulang profilnya.", where)
    return data


def import_profile(session: Session, source: Path) -> ProfileSummary:
    """Apply a profile in the caller's transaction: whole or nothing (a bad value raises UserError)."""
    data = read_profile(source)
    try:
        return _apply_profile(session, data, source)
    except UserError as exc:
        raise UserError(f"Profil tidak diterapkan: {exc.message}", Place(file=Path(source).name)) from exc


def _apply_profile(session: Session, data: dict[str, Any], source: Path) -> ProfileSummary:
    """Everything is checked by the validator the dedicated command uses, before anything is written."""
    from desktop.batches import presets as preset_rules  # noqa: PLC0415 - batches import this module
    from desktop.documents import templates as template_rules  # noqa: PLC0415
    summary = ProfileSummary()
    known = set(settings.OrgSettings.field_names()) - NOT_IN_PROFILE
    given = data.get("settings") or {}
    changes = {k: v for k, v in given.items() if k in known}
    summary.ignored = sorted(str(k)[:40] for k in set(given) - known - NOT_IN_PROFILE)
    check_settings(session, changes)
    logo = None
    if data.get("logo"):
        try:
            raw = base64.b64decode(data["logo"].get("data") or "", validate=True)
        except (binascii.Error, ValueError, TypeError) as exc:
            raise UserError("logo di profil rusak (bukan base64); ekspor ulang profilnya.", field="logo_path") from exc
        logo = (raw, check_logo(raw, data["logo"].get("suffix")))
    templates = []
    for number, template in enumerate(data.get("document_templates") or [], start=1):
        if not isinstance(template, dict):
            raise UserError(f"templat dokumen ke-{number} rusak.")
        kind, body, note = template.get("kind"), template.get("body"), template.get("note")
        if kind is None:
            raise UserError(f"templat dokumen ke-{number} tidak menyebut jenisnya (kind).")
        template_rules.validate(kind, body)
        if note is not None and (not isinstance(note, str) or len(note) > 500):
            raise UserError(f"catatan templat dokumen ke-{number} bukan teks pendek.")
        templates.append((kind, body, note))
    presets = [preset_rules.preset_from_dict(p, where=f"preset ekspor ke-{n}")
               for n, p in enumerate(data.get("export_presets") or [], start=1)]
    # all checked: now write
    apply_settings(session, **changes)
    summary.settings = len(changes)
    if logo:
        settings.save(session, logo_path=str(store_logo(*logo)))
        summary.logo = True
    for kind, body, note in templates:
        summary.templates += add_template_version(session, kind, body, note)
    for preset in presets:
        existing = session.scalar(select(ExportPreset).where(ExportPreset.name == preset.name))
        if existing is None:
            existing = ExportPreset(name=preset.name, builtin=False)
            session.add(existing)
            summary.presets_added += 1
        else:
            summary.presets_updated += 1
        existing.segment = preset.segment
        existing.columns = json.dumps([asdict(c) for c in preset.columns], ensure_ascii=False)
        existing.notes = preset.notes
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

"""Organisation settings: typed options with defaults, stored in the DB so they travel with it.

Per-PC preferences (window layout, last folders) are not here: the window keeps them in QSettings.
Nothing organisation-specific is a constant elsewhere in the code: names, levels, the branch
office, signatories, rounding and age limits are read from here.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, dialect, versions
from desktop.errors import UserError
from desktop.models import Setting


@dataclass
class OrgSettings:
    # organisation (PIHAK KEDUA)
    org_name: str = "Pimpinan Cabang Muslimat Nahdlatul Ulama Kabupaten Mojokerto"
    org_short_name: str = "PC Muslimat NU Kab. Mojokerto"
    org_address: str = ""
    org_place: str = "Mojokerto"  # place on the place-and-date line
    org_phone: str = ""  # letterhead (kop): telephone
    org_email: str = ""  # letterhead (kop): e-mail
    org_contact: str = ""  # contact person for registration and payment (PKS Lampiran), name and phone
    level_names: list[str] = field(default_factory=lambda: ["PC", "PAC", "Ranting", "Anak Ranting"])
    district_code: str = "35.16"  # kab/kota: limits address pickers; NIK region outside it only warns
    # Muslimat, Fatayat, Aisyiyah …: a man's NIK on a member roster warns (staff of institutions may be men)
    members_women_only: bool = True
    chair_name: str = ""
    chair_title: str = "Ketua"
    secretary_name: str = ""
    secretary_title: str = "Sekretaris"
    board_decree: str = ""  # dasar kepengurusan (SK)
    dpo_contact: str = ""  # data protection contact printed on forms (UU 27/2022 Pasal 53)
    logo_path: str = ""
    # branch office (PIHAK PERTAMA)
    branch_name: str = "BPJS Ketenagakerjaan Kantor Cabang Mojokerto"
    branch_city: str = "Mojokerto"
    branch_address: str = ""
    branch_head_name: str = ""
    branch_head_title: str = "Kepala Kantor Cabang"
    # the branch head's authority to sign for BPJS Ketenagakerjaan [weak: ask the branch for the decree]
    branch_authority: str = ""  # e.g. "Keputusan Direksi BPJS Ketenagakerjaan Nomor KEP/…/2024"
    branch_contact: str = ""  # the branch's contact person for the PKS Lampiran, name and phone
    # defaults for new persons and batches
    default_segment: str = "BPU"
    default_programmes: list[str] = field(default_factory=lambda: ["JKK", "JKM"])
    default_payer: str = "SELF"
    pks_number_pattern: str = "{nomor}/PC-MSL/{bulan_romawi}/{tahun}"
    meterai_side: str = "kanan"  # kiri / kanan / keduanya
    sunday_name: str = "Minggu"  # or "Ahad"
    paper_size: str = "A4"  # A4 or F4 (Folio, 215 x 330 mm), for every printed document
    # rules marked [uncertain] in the domain notes: settings, never constants
    rounding: str = "half_up"  # half_up / half_even / truncate
    min_working_age: int = 15
    max_working_age: int = 100
    bpu_max_age: int = 65
    nsm_length: int = 12
    retention_days: int = 30  # how long backups may still hold a deleted person
    terbilang_title_case: bool = False
    first_run_done: bool = False

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in dataclasses.fields(cls)]


def load(session: Session) -> OrgSettings:
    # plain rows, not ORM objects: a value saved by an upsert in this session is read as stored
    stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    values: dict[str, Any] = {}
    for name in OrgSettings.field_names():
        if name in stored:
            try:
                values[name] = json.loads(stored[name])
            except json.JSONDecodeError:
                continue  # a damaged value falls back to its default rather than blocking the app
    return OrgSettings(**values)


MAX_TEXT = 1000  # an address or a decree number; nothing printed on a form needs more


def checked_value(name: str, value: Any) -> Any:
    """`value` as setting `name` stores it (type of its default; lists of short texts); a UserError
    naming the setting otherwise."""
    if name not in OrgSettings.field_names():
        raise UserError(f"Pengaturan '{name}' tidak dikenal.")
    expected = type(getattr(OrgSettings(), name))
    if expected is int and isinstance(value, str):
        try:
            value = int(value)
        except ValueError as exc:
            raise UserError(f"Pengaturan '{name}' harus berupa angka bulat.", field=name) from exc
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        labels = {"str": "teks", "int": "angka bulat", "list": "daftar", "bool": "ya/tidak (true/false)"}
        raise UserError(f"Pengaturan '{name}' harus berupa {labels.get(expected.__name__, expected.__name__)}.",
                        field=name)
    if expected is int and not -1_000_000 <= value <= 1_000_000:
        raise UserError(f"Pengaturan '{name}': angka {value} di luar batas yang wajar.", field=name)
    if expected is str and len(value) > MAX_TEXT:
        raise UserError(f"Pengaturan '{name}' terlalu panjang ({len(value)} karakter; paling banyak {MAX_TEXT}).",
                        field=name)
    if expected is list and (len(value) > 20 or not all(isinstance(v, str) and len(v) <= 100 for v in value)):
        raise UserError(f"Pengaturan '{name}' harus berupa daftar teks pendek (paling banyak 20).", field=name)
    return value


def save(session: Session, *, expected: dict[str, Any] | None = None, labels: dict[str, str] | None = None,
         **changes: Any) -> OrgSettings:
    """Store the given settings (only known names; types checked against the defaults).

    `expected`: the values the settings dialog showed for the changed names; a name another desk
    changed since is refused (versions.StaleRecord), the others' change is not overwritten."""
    if changes:
        dialect.serialise(session, "setting")  # compare and write as one, also with two desks at once
    if expected is not None:
        stored = load(session)
        moved = [name for name in changes if name in expected and getattr(stored, name, None) != expected[name]]
        if moved:
            raise versions.stale(session, "setting", what="Pengaturan", labels=labels or {}, fields=moved, theirs=stored,
                                 version=0)
    for name, value in changes.items():
        value = checked_value(name, value)
        # one upsert: two desks saving a setting never stored before do not collide (issue 21)
        dialect.upsert(session, Setting, {"key": name, "value": json.dumps(value, ensure_ascii=False)}, ["key"])
    session.flush()
    if changes:
        audit.record(session, "settings_save", "Pengaturan diubah", fields=sorted(changes), record="setting")
    return load(session)


def level_name(settings: OrgSettings, level: int) -> str:
    names = settings.level_names
    return names[level] if level < len(names) else f"Tingkat {level + 1}"

"""Export presets: an ordered list of columns (header → field → format, required, codes), stored in the DB.

No official bulk-upload template is known (forms-and-files.md §2), so the two shipped presets are
defaults the clerk copies and edits to match the file the Kantor Cabang asks for.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, dialect, versions
from desktop.batches.fields import FIELDS, FORMATS
from desktop.errors import NotFound, UserError
from desktop.models import SEGMENTS, ExportPreset

BPU_PRESET = "BPU kolektif"
PU_PRESET = "PU (tenaga kerja upah)"


@dataclass
class Column:
    header: str
    field: str
    format: str = ""  # "" = the field's own format
    required: bool = False
    codes: dict[str, str] = field(default_factory=dict)  # stored value → code in the file (e.g. L → 1)

    @property
    def cell_format(self) -> str:
        return self.format or FIELDS[self.field].format


@dataclass
class Preset:
    id: int | None
    name: str
    segment: str
    columns: list[Column]
    builtin: bool = False
    notes: str = ""
    version: int | None = None  # the version read (desktop.versions); None for a new preset


def _c(header: str, field_name: str, required: bool = False, **codes: str) -> Column:
    return Column(header, field_name, required=required, codes=dict(codes))


_FLAGS = {"Y": "Y"}
BUILTIN: list[Preset] = [
    Preset(None, BPU_PRESET, "BPU", [
        _c("No", "no"), _c("NIK", "nik", True), _c("Nama Lengkap", "name_ktp", True),
        _c("Tempat Lahir", "birth_place", True), _c("Tanggal Lahir", "birth_date", True),
        _c("Jenis Kelamin", "sex", True, L="L", P="P"), _c("Nama Ibu Kandung", "mother_name", True),
        _c("Alamat", "address", True), _c("RT/RW", "rt_rw"), _c("Desa/Kelurahan", "desa"),
        _c("Kecamatan", "kecamatan"), _c("Kab/Kota", "kabupaten"), _c("Kode Pos", "postal_code"),
        _c("No HP", "phone"), _c("Email", "email"), _c("Jenis Pekerjaan", "occupation", True),
        _c("Penghasilan", "income", True), _c("JKK", "jkk", **_FLAGS), _c("JKM", "jkm", **_FLAGS),
        _c("JHT", "jht", **_FLAGS), _c("Periode Bayar (bulan)", "months"), _c("Lembaga/PAC/Ranting", "unit"),
        _c("No KPJ", "kpj"),
    ], builtin=True, notes="forms-and-files.md §3.1; Nama Lengkap tanpa gelar seperti di KTP."),
    Preset(None, PU_PRESET, "PU", [
        _c("NO", "no"), _c("NIK", "nik", True), _c("NO KPJ", "kpj"), _c("NAMA LENGKAP", "name_ktp", True),
        _c("TEMPAT LAHIR", "birth_place", True), _c("TANGGAL LAHIR", "birth_date", True),
        _c("JENIS KELAMIN", "sex", True, L="L", P="P"), _c("STATUS PERKAWINAN", "blank"),
        _c("ALAMAT", "address", True), _c("KELURAHAN", "desa"), _c("KECAMATAN", "kecamatan"),
        _c("KOTA/KAB", "kabupaten"), _c("PROVINSI", "provinsi"), _c("KODE POS", "postal_code"),
        _c("NO HP", "phone"), _c("EMAIL", "email"), _c("NAMA IBU KANDUNG", "mother_name", True),
        _c("TGL MULAI BEKERJA", "blank"), _c("UPAH", "income", True), _c("STATUS KEPESERTAAN", "blank"),
        _c("JHT", "jht", **_FLAGS), _c("JKK", "jkk", **_FLAGS), _c("JKM", "jkm", **_FLAGS),
        _c("JP", "jp", **_FLAGS),
    ], builtin=True, notes="forms-and-files.md §3.2 (preset (c) tanpa kolom perusahaan) dengan lembar Rincian Iuran."),
]


def _columns_json(columns: list[Column]) -> str:
    return json.dumps([asdict(c) for c in columns], ensure_ascii=False)


def validate_columns(columns: list[Column]) -> None:
    if not columns:
        raise UserError("Preset harus punya paling sedikit satu kolom.")
    if len(columns) > 200:
        raise UserError(f"Preset berisi {len(columns)} kolom; paling banyak 200.")
    seen: set[str] = set()
    for number, column in enumerate(columns, start=1):
        header = column.header.strip()
        if not header:
            raise UserError(f"Kolom ke-{number}: judul kolom wajib diisi.")
        if len(header) > 100:
            raise UserError(f"Kolom ke-{number}: judul kolom lebih dari 100 karakter.")
        if header.casefold() in seen:
            raise UserError(f"Kolom ke-{number}: judul '{header}' dipakai dua kali.")
        seen.add(header.casefold())
        if column.field not in FIELDS:
            raise UserError(f"Kolom '{header}': isian '{column.field}' tidak dikenal. "
                            f"Pilih salah satu: {', '.join(FIELDS)}.")
        if column.format and column.format not in FORMATS:
            raise UserError(f"Kolom '{header}': format '{column.format}' tidak dikenal; pilih {', '.join(FORMATS)}.")


def column_from_dict(data: dict) -> Column:
    """A stored or imported column; unknown keys are ignored and an unknown format falls back to the field's."""
    header = str(data.get("header") or "").strip()
    field_name = str(data.get("field") or "")
    if field_name not in FIELDS:
        raise UserError(f"Kolom '{header}': isian '{field_name}' tidak dikenal. Pilih salah satu: {', '.join(FIELDS)}.")
    fmt = data.get("format") or ""
    codes = data.get("codes") or {}
    return Column(header, field_name, fmt if fmt in FORMATS else "", bool(data.get("required")),
                  {str(k): str(v) for k, v in codes.items()} if isinstance(codes, dict) else {})


def _to_preset(row: ExportPreset) -> Preset:
    try:
        columns = [column_from_dict(c) for c in json.loads(row.columns)]
    except (ValueError, TypeError, AttributeError) as exc:
        raise UserError(f"Preset '{row.name}' rusak ({exc}); hapus lalu muat ulang dari berkasnya.") from exc
    return Preset(row.id, row.name, row.segment, columns, row.builtin, row.notes or "", row.version)


def ensure_builtin_presets(session: Session) -> None:
    """Seed the shipped presets once (idempotent; an edited built-in preset is left as the user made it)."""
    have = set(session.scalars(select(ExportPreset.name)))  # usually all: a read stays a read
    # ON CONFLICT DO NOTHING: two desks creating their first batch at once both seed (issue 21)
    dialect.insert_missing(session, ExportPreset, [
        {"name": p.name, "segment": p.segment, "builtin": True, "columns": _columns_json(p.columns),
         "notes": p.notes, "version": 1} for p in BUILTIN if p.name not in have], ["name"])


def list_presets(session: Session) -> list[Preset]:
    return [_to_preset(r) for r in session.scalars(select(ExportPreset).order_by(ExportPreset.name))]


def get_preset(session: Session, name_or_id: str | int) -> Preset:
    row = (session.get(ExportPreset, int(name_or_id)) if str(name_or_id).isdigit()
           else session.scalar(select(ExportPreset).where(ExportPreset.name == str(name_or_id))))
    if row is None:
        names = ", ".join(p.name for p in list_presets(session))
        raise NotFound(f"Preset '{name_or_id}' tidak ditemukan. Yang ada: {names}.")
    return _to_preset(row)


def default_preset(session: Session, segment: str) -> Preset:
    return get_preset(session, PU_PRESET if segment == "PU" else BPU_PRESET)


def _check_name(session: Session, name: str, own_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise UserError("Nama preset wajib diisi.")
    other = session.scalar(select(ExportPreset.id).where(ExportPreset.name == name))
    if other is not None and other != own_id:
        raise UserError(f"Preset bernama '{name}' sudah ada; pilih nama lain.")
    return name


def save_preset(session: Session, preset: Preset, *, action: str = "preset_save", what: str = "") -> int:
    """Insert (id None) or update a preset: name, segment, columns in order (rename/reorder/add/remove).
    Its audit entry is written here, keyed to the row (a stale save elsewhere names who saved it):
    `action`/`what` say it otherwise (a copy)."""
    validate_columns(preset.columns)
    if preset.segment not in SEGMENTS:
        raise UserError("Segmen preset harus BPU atau PU.")
    name = _check_name(session, preset.name, preset.id)
    row = session.get(ExportPreset, preset.id) if preset.id is not None else None
    if preset.id is not None and row is None:
        raise NotFound(f"Preset id {preset.id} tidak ditemukan.")
    if row is None:
        row = ExportPreset(builtin=False)
        session.add(row)
    else:  # refused if another desk saved this preset since it was opened
        versions.claim(session, row, preset.version, what=f"Preset '{row.name}'", labels=_LABELS,
                       differences=lambda: (_differing(preset, _to_preset(row)), _to_preset(row)))
    row.name, row.segment, row.columns, row.notes = name, preset.segment, _columns_json(preset.columns), preset.notes
    session.flush()
    audit.record(session, action, what or f"Preset ekspor '{name}' disimpan", record=versions.record_key(row))
    return row.id


_LABELS = {"name": "Nama preset", "segment": "Segmen", "columns": "Kolom", "notes": "Catatan"}


def _differing(mine: Preset, theirs: Preset) -> list[str]:
    return [name for name in _LABELS if getattr(mine, name) != getattr(theirs, name)]


def copy_preset(session: Session, name_or_id: str | int, new_name: str) -> int:
    source = get_preset(session, name_or_id)
    return save_preset(session, Preset(None, new_name, source.segment, source.columns,
                                       notes=f"Salinan dari {source.name}"),
                       action="preset_copy", what=f"Preset ekspor '{new_name}' disalin dari '{source.name}'")


def delete_preset(session: Session, name_or_id: str | int) -> None:
    preset = get_preset(session, name_or_id)
    if preset.builtin:
        raise UserError(f"Preset bawaan '{preset.name}' tidak dapat dihapus; salin lalu ubah salinannya.")
    session.delete(session.get(ExportPreset, preset.id))
    session.flush()


# -- presets as files (to share a mapping with another PC or organisation) -------------------------
def preset_json(preset: Preset) -> str:
    return json.dumps({"jamsos_preset": 1, "name": preset.name, "segment": preset.segment, "notes": preset.notes,
                       "columns": [asdict(c) for c in preset.columns]}, ensure_ascii=False, indent=2)


def preset_from_dict(data: object, *, where: str = "preset", rename: str | None = None) -> Preset:
    """A preset read from a file (a preset file or a profile), checked as the editor checks it."""
    try:
        columns = [column_from_dict(c) for c in data["columns"]]
        name, segment = rename or data["name"], data.get("segment", "BPU")
        notes = data.get("notes") or ""
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UserError(f"{where} bukan preset Jamsos Desk yang utuh ({exc}).") from exc
    if not isinstance(name, str) or not isinstance(notes, str) or len(name) > 80 or len(notes) > 2000:
        raise UserError(f"{where}: nama atau catatan preset bukan teks yang wajar.")
    validate_columns(columns)
    if segment not in SEGMENTS:
        raise UserError(f"{where}: segmen preset harus BPU atau PU.")
    return Preset(None, name, segment, columns, notes=notes)


def import_preset_json(session: Session, text: str, *, file_name: str = "", rename: str | None = None) -> int:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise UserError(f"Berkas {file_name or 'preset'} bukan preset Jamsos Desk yang utuh ({exc}).") from exc
    preset = preset_from_dict(data, where=f"Berkas {file_name or 'preset'}", rename=rename)
    name = preset.name
    preset_id = save_preset(session, preset)
    audit.record(session, "preset_import", f"Preset ekspor '{name}' diimpor", target=file_name or None)
    return preset_id

"""Finding the header row and mapping its columns to fields, remembered per file layout.

Field files come with title rows, logos and merged cells above the header, and every PAC spells
the headers its own way ("Tgl Lahir", "TGL. LAHIR", "Tanggal Lahir"). Headers are compared as keys
(lower case, letters and digits only) against known variants, then fuzzily with rapidfuzz.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import ImportMapping
from desktop.vocabulary import SPREADSHEET_KINDS

IGNORE = ""  # a column the import leaves alone

# kind → field → (label shown to the clerk, header variants). The first variant is the template's header.
FIELDS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "persons": {
        "no": ("No. urut", ("No", "No.", "Nomor", "No Urut")),
        "name": ("Nama", ("Nama Lengkap", "Nama", "Nama Anggota", "Nama Peserta", "Nama Guru", "Nama Pegawai")),
        "nik": ("NIK", ("NIK", "N.I.K", "No NIK", "Nomor NIK", "No KTP", "Nomor KTP", "Nomor Induk Kependudukan")),
        "kk": ("No. KK", ("No KK", "Nomor KK", "KK", "No Kartu Keluarga")),
        "sex": ("Jenis kelamin", ("Jenis Kelamin", "L/P", "JK", "Kelamin", "Gender")),
        "birth_place": ("Tempat lahir", ("Tempat Lahir", "Tmp Lahir", "Tempat Lhr")),
        "birth_date": ("Tanggal lahir", ("Tgl Lahir", "Tanggal Lahir", "Tgl Lhr", "Tanggal Lhr")),
        "ttl": ("Tempat, tanggal lahir", ("TTL", "Tempat Tanggal Lahir", "Tempat/Tgl Lahir", "Tempat Tgl Lahir")),
        "mother_name": ("Nama ibu kandung", ("Nama Ibu Kandung", "Ibu Kandung", "Nama Ibu")),
        "address": ("Alamat", ("Alamat", "Alamat Lengkap", "Alamat Rumah", "Dusun", "Jalan")),
        "rt_rw": ("RT/RW", ("RT/RW", "RT RW")),
        "rt": ("RT", ("RT",)),
        "rw": ("RW", ("RW",)),
        "desa": ("Desa/Kelurahan", ("Desa", "Desa/Kelurahan", "Kelurahan", "Desa/Kel", "Kel/Desa")),
        "kecamatan": ("Kecamatan", ("Kecamatan", "Kec")),
        "postal_code": ("Kode pos", ("Kode Pos", "Kodepos")),
        "phone": ("No. HP", ("No HP", "HP", "No Telp", "Telepon", "No WA", "Nomor HP", "No HP/WA", "Telp")),
        "email": ("Email", ("Email", "E-mail", "Surel")),
        "occupation": ("Pekerjaan", ("Pekerjaan", "Jenis Pekerjaan", "Profesi")),
        "position": ("Jabatan", ("Jabatan", "Tugas")),
        "income": ("Penghasilan/upah", ("Penghasilan", "Honor per Bulan", "Honor", "Gaji", "Upah",
                                        "Pendapatan", "Penghasilan per Bulan")),
        "institution": ("Lembaga", ("Nama Lembaga", "Lembaga", "Sekolah", "Nama Sekolah", "Tempat Tugas",
                                    "Unit Kerja")),
        "unit_parent": ("PAC", ("PAC", "Anak Cabang", "Pimpinan Anak Cabang")),
        "unit": ("Ranting/unit", ("Ranting", "Unit", "Pimpinan Ranting")),
        "member_no": ("No. anggota", ("No Kartanu", "Kartanu", "No Anggota", "NIA", "No Kartamus")),
        "kpj": ("No. KPJ", ("No KPJ", "KPJ", "Nomor KPJ")),
        "heir_name": ("Nama ahli waris", ("Nama Ahli Waris", "Ahli Waris")),
        "heir_relation": ("Hubungan ahli waris", ("Hubungan", "Hubungan Ahli Waris", "Hubungan Keluarga")),
        "notes": ("Catatan", ("Keterangan", "Catatan", "Ket")),
    },
    "institutions": {
        "no": ("No. urut", ("No", "No.", "Nomor")),
        "name": ("Nama lembaga", ("Nama Lembaga", "Nama Sekolah", "Lembaga", "Nama")),
        "type": ("Jenis", ("Jenis", "Jenis Lembaga", "Jenjang", "Bentuk")),
        "npsn": ("NPSN", ("NPSN",)),
        "nsm": ("NSM", ("NSM",)),
        "kecamatan": ("Kecamatan", ("Kecamatan", "Kec")),
        "desa": ("Desa/Kelurahan", ("Desa", "Desa/Kelurahan", "Kelurahan")),
        "address": ("Alamat", ("Alamat", "Alamat Lembaga")),
        "head_name": ("Kepala sekolah", ("Kepala Sekolah", "Kepala", "Nama Kepala", "Kepala Lembaga")),
        "phone": ("No. HP", ("No HP", "HP", "Telepon", "No Telp")),
        "staff_count": ("Jumlah guru", ("Jumlah Guru", "Jml Guru", "Jumlah Pegawai", "Jumlah Tenaga")),
        "unit": ("Unit", ("PAC", "Unit", "Ranting")),
    },
    "units": {
        "no": ("No. urut", ("No", "No.")),
        "name": ("Nama unit", ("Nama Unit", "Nama", "Unit", "Nama PAC", "Nama Ranting")),
        "parent": ("Induk", ("Induk", "Unit Induk", "PAC", "Cabang")),
        "kecamatan": ("Kecamatan", ("Kecamatan", "Kec")),
        "desa": ("Desa/Kelurahan", ("Desa", "Desa/Kelurahan", "Kelurahan")),
        "code": ("Kode", ("Kode", "Kode Unit")),
        "address": ("Alamat", ("Alamat", "Alamat Sekretariat")),
    },
}
KINDS = {kind.value: kind.label for kind in SPREADSHEET_KINDS}  # what a spreadsheet import reads
KIND_NOUNS = {kind.value: kind.noun for kind in SPREADSHEET_KINDS}  # "daftar …", "impor …"
# Fields that must be mapped for an import to start.
REQUIRED = {"persons": ("name",), "institutions": ("name",), "units": ("name",)}
_SCAN_ROWS = 30
_CUTOFF = 86


def header_key(text: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(text or "").lower())


def _variants(kind: str) -> dict[str, str]:
    """header key → field, for exact matching."""
    return {header_key(v): name for name, (_label, variants) in FIELDS[kind].items() for v in variants}


def find_header(rows: Sequence[list], kind: str) -> int | None:
    """Index (in `rows`) of the header row: the first of the best-scoring rows among the first 30."""
    variants = _variants(kind)
    best, best_hits = None, 1
    for index, cells in enumerate(rows[:_SCAN_ROWS]):
        hits = sum(1 for cell in cells if isinstance(cell, str) and _match(header_key(cell), variants)[0])
        if hits > best_hits:
            best, best_hits = index, hits
    return best


def _match(key: str, variants: dict[str, str]) -> tuple[str | None, float]:
    if not key:
        return None, 0
    if key in variants:
        return variants[key], 100
    found = process.extractOne(key, list(variants), scorer=fuzz.ratio, score_cutoff=_CUTOFF)
    return (variants[found[0]], found[1]) if found else (None, 0)


def map_columns(headers: Sequence[object], kind: str) -> dict[int, str]:
    """Column index → field; each field goes to its best-scoring column, the rest are ignored."""
    variants = _variants(kind)
    scored = []
    for index, header in enumerate(headers):
        name, score = _match(header_key(header), variants)
        if name:
            scored.append((-score, index, name))
    mapping: dict[int, str] = {}
    for _score, index, name in sorted(scored):
        if name not in mapping.values():
            mapping[index] = name
    return mapping


def layout_key(kind: str, headers: Sequence[object]) -> str:
    keys = "|".join(header_key(h) for h in headers)
    return hashlib.sha256(f"{kind}:{keys}".encode()).hexdigest()


def remembered(session: Session, kind: str, headers: Sequence[object]) -> dict[int, str] | None:
    row = session.scalar(select(ImportMapping).where(ImportMapping.layout_key == layout_key(kind, headers)))
    if row is None:
        return None
    return {int(col): name for col, name in json.loads(row.mapping).items()}


def remember(session: Session, kind: str, headers: Sequence[object], mapping: dict[int, str]) -> None:
    """Keep the clerk's mapping for the next file with the same header row."""
    key = layout_key(kind, headers)
    row = session.scalar(select(ImportMapping).where(ImportMapping.layout_key == key))
    if row is None:
        row = ImportMapping(layout_key=key, kind=kind)
        session.add(row)
    row.headers = json.dumps([str(h or "") for h in headers], ensure_ascii=False)
    row.mapping = json.dumps({str(col): name for col, name in mapping.items() if name}, ensure_ascii=False)


def field_label(kind: str, name: str) -> str:
    return FIELDS[kind].get(name, (name, ()))[0]

"""Reading the record of processing: filter and page in SQL, export to xlsx or csv (itself logged).

`desktop.audit.record` writes entries; this module is how a clerk (or an inspector after a lost USB
stick, UU 27/2022 Pasal 46) reads them back.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from desktop import audit, clock, sheet_output
from desktop.db import Database
from desktop.errors import UserError
from desktop.files import atomic_write, sha256_file
from desktop.models import AuditEntry

ACTION_LABELS = {
    "import": "Impor", "export": "Ekspor", "print": "Cetak", "merge": "Gabung", "template": "Templat dokumen",
    "person_add": "Tambah orang", "person_edit": "Ubah orang", "person_trash": "Orang ke tempat sampah",
    "person_restore": "Orang dari tempat sampah", "person_undo_add": "Urungkan tambah orang",
    "unit_add": "Tambah unit", "unit_edit": "Ubah unit", "unit_trash": "Unit ke tempat sampah",
    "institution_add": "Tambah lembaga", "institution_edit": "Ubah lembaga",
    "institution_trash": "Lembaga ke tempat sampah", "batch_create": "Buat batch", "batch_cancel": "Batalkan batch",
    "batch_remove": "Keluarkan dari batch", "answer_import": "Jawaban Kantor Cabang", "claim_add": "Tambah klaim",
    "claim_edit": "Ubah klaim", "claim_delete": "Hapus klaim", "rate_add": "Tambah tarif",
    "bracket_add": "Tambah rentang penghasilan", "bracket_correct": "Koreksi golongan penghasilan", "preset_import": "Impor preset", "preset_save": "Simpan preset", "settings_save": "Ubah pengaturan", "profile_export": "Ekspor profil",
    "profile_import": "Impor profil", "restore": "Pemulihan cadangan", "backup_export": "Cadangan ke folder lain",
    "db_repair": "Perbaikan basis data", "db_move": "Pindah basis data", "privacy_erase": "Hapus permanen (permintaan)",
    "privacy_anonymise": "Anonimkan", "privacy_report": "Laporan data pribadi", "audit_export": "Ekspor catatan",
    "app_password": "Kata sandi aplikasi", "print_paper": "Cetak ke kertas",
    "unit_restore": "Unit dari tempat sampah", "institution_restore": "Lembaga dari tempat sampah",
    "person_bulk_edit": "Ubah banyak orang sekaligus", "intake_export": "Lembar isian data kurang",
    "settings_change": "Ubah pengaturan", "preset_save": "Simpan preset", "preset_copy": "Salin preset",
    "preset_delete": "Hapus preset", "batch_check": "Periksa batch",
}
HEADERS = ["Waktu", "Pengguna", "Kegiatan", "Uraian", "Jumlah orang", "Kolom data", "Tujuan", "Checksum SHA-256"]


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


@dataclass
class AuditFilter:
    action: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    search: str = ""  # in what, target and fields

    def apply(self, query: Select) -> Select:
        if self.action:
            query = query.where(AuditEntry.action == self.action)
        if self.since:
            query = query.where(AuditEntry.at >= dt.datetime.combine(self.since, dt.time()))
        if self.until:
            query = query.where(AuditEntry.at < dt.datetime.combine(self.until + dt.timedelta(days=1), dt.time()))
        if self.search.strip():
            like = f"%{self.search.strip()}%"
            query = query.where(or_(AuditEntry.what.ilike(like), AuditEntry.target.ilike(like),
                                    AuditEntry.fields.ilike(like)))
        return query


@dataclass(frozen=True)
class Row:
    id: int
    at: dt.datetime  # local time
    actor: str
    action: str
    what: str
    person_count: int
    fields: str
    target: str
    checksum: str

    def cells(self) -> list:
        return [self.at.strftime("%d-%m-%Y %H:%M:%S"), self.actor, action_label(self.action), self.what,
                self.person_count, field_labels(self.fields), self.target, self.checksum]


def field_labels(fields: str) -> str:
    """Stored field names as the clerk reads them ("nik,heirs" → "NIK, Ahli waris")."""
    from desktop.roster import institutions, units
    from desktop.roster.persons import LABELS
    labels = {**institutions.LABELS, **units.LABELS, **LABELS, "heirs": "Ahli waris", "body": "Teks templat"}
    return ", ".join(labels.get(name, name) for name in fields.split(",") if name)


def _local(at: dt.datetime) -> dt.datetime:
    return clock.wall(at)


def count(session: Session, flt: AuditFilter) -> int:
    return session.scalar(flt.apply(select(func.count(AuditEntry.id))))


def rows(session: Session, flt: AuditFilter, limit: int = 200, offset: int = 0) -> list[Row]:
    """Newest first; `limit=-1` for all."""
    query = flt.apply(select(AuditEntry)).order_by(AuditEntry.id.desc()).offset(offset)
    if limit >= 0:
        query = query.limit(limit)
    return [Row(e.id, _local(e.at), e.actor, e.action, e.what, e.person_count, e.fields or "", e.target or "",
                e.checksum or "") for e in session.scalars(query)]


def actions(session: Session) -> list[str]:
    return list(session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))


def export(db: Database, flt: AuditFilter, target: Path) -> int:
    """Write the filtered log to .xlsx or .csv (atomically); returns the number of entries."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UserError(f"Berkas {target.name}: pilih akhiran .xlsx atau .csv untuk ekspor catatan pemrosesan.")
    with db.read() as session:
        entries = rows(session, flt, limit=-1)
    with db.lock:  # the file is written only if its log entry can be too
        if suffix == ".csv":
            content = sheet_output.csv_text([HEADERS, *(row.cells() for row in entries)])
            with atomic_write(target) as handle:
                handle.write(content.encode("utf-8-sig"))  # BOM: Excel reads the UTF-8 right
        else:
            _write_xlsx(entries, target)
        with db.write() as session:
            audit.record(session, "audit_export", "Catatan pemrosesan diekspor", target=str(target),
                         checksum=sha256_file(target), detail={"entries": len(entries), "filter": json.loads(
                             json.dumps(flt.__dict__, default=str))})
    return len(entries)


def _write_xlsx(entries: list[Row], target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Catatan pemrosesan"
    sheet_output.append(sheet, HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in entries:
        sheet_output.append(sheet, row.cells())
    for letter, width in zip("ABCDEFGH", (20, 14, 24, 44, 13, 36, 44, 20), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    with atomic_write(target) as handle:
        book.save(handle)

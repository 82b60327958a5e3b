"""Reading the Kantor Cabang's answer back into a batch (forms-and-files.md §5).

Match by NIK. A row whose NIK is not in the batch but whose name and birth date match exactly one
person of the batch is matched too, and flagged for the clerk to confirm. DITERIMA stores the KPJ
and enrols the person from the batch's first month; DITOLAK stores the reason (and an existing KPJ
as "sudah peserta"). Persons without a row stay pending; rows that match nobody are reported,
never imported. Everything happens in one transaction after a backup.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import audit, clock
from desktop.backup import backup_before
from desktop.batches.fields import name_without_titles
from desktop.batches.lifecycle import get_batch, require_state
from desktop.db import Database
from desktop.domain import status as person_status
from desktop.domain.dates_id import excel_serial_to_date, parse_date_id
from desktop.domain.identifiers import check_kpj
from desktop.domain.nik import clean_digits, numeric_cell_message
from desktop.errors import Place, UserError
from desktop.models import Batch, BatchItem, Enrolment, ImportRun, Person
from desktop.progress import NO_PROGRESS, Progress
from desktop.roster.persons import name_key
from desktop.vocabulary import BatchAction, ImportKind

# Header spellings per field (upper case); the branch's layout is unofficial, so several are accepted.
HEADERS = {
    "nik": ("NIK", "NO NIK", "NOMOR NIK", "NO. NIK", "NIK KTP"),
    "name": ("NAMA", "NAMA LENGKAP", "NAMA PESERTA", "NAMA TK"),
    "kpj": ("NO KPJ", "KPJ", "NOMOR KPJ", "NO. KPJ", "NO PESERTA"),
    "status": ("STATUS", "HASIL", "STATUS VERIFIKASI"),
    "reason": ("KETERANGAN", "ALASAN", "KET", "CATATAN"),
    "birth_date": ("TGL LAHIR", "TANGGAL LAHIR", "TGL. LAHIR"),
}
ACCEPTED = ("DITERIMA", "TERIMA", "DISETUJUI", "BERHASIL")
REJECTED = ("DITOLAK", "TOLAK", "GAGAL")
ANSWERED_ITEM = ("pending", "accepted", "rejected")


@dataclass
class AnswerRow:
    row: int  # Excel row number
    nik: str
    name: str
    kpj: str | None
    status: str  # accepted / rejected
    reason: str
    birth_date: dt.date | None = None


@dataclass
class Unmatched:
    row: int
    nik: str
    name: str
    why: str


@dataclass
class AnswerReport:
    number: str
    rows: int = 0
    accepted: int = 0  # a new KPJ: status terdaftar
    rejected: int = 0  # refused without a KPJ: status ditolak
    existing_kpj: int = 0  # refused as "already a participant", the KPJ kept: status sudah_peserta
    pending: int = 0  # not answered: still diajukan
    flagged: list[Unmatched] = field(default_factory=list)  # matched by name + birth date: confirm
    unmatched: list[Unmatched] = field(default_factory=list)
    backup: Path | None = None

    def describe(self) -> str:
        # the labels of the persons' statuses, as on the Batch page, Daftar Orang and Laporan
        labels = person_status.ITEM_LABELS
        lines = [f"Jawaban kantor cabang untuk batch {self.number}: {self.rows} baris dibaca.",
                 f"{labels['accepted']}: {self.accepted}",
                 f"{labels['had_kpj']}: {self.existing_kpj} (No. KPJ lama disimpan)",
                 f"{labels['rejected']}: {self.rejected}",
                 f"{labels['pending']}: {self.pending} (belum dijawab)"]
        if self.flagged:
            lines.append(f"Dicocokkan lewat nama + tanggal lahir (NIK berbeda; periksa): {len(self.flagged)}")
            lines += [f"  baris {u.row}: {u.name} ({u.nik}) — {u.why}" for u in self.flagged]
        if self.unmatched:
            lines.append(f"Tidak cocok dengan orang di batch (tidak diimpor): {len(self.unmatched)}")
            lines += [f"  baris {u.row}: {u.name} ({u.nik or 'tanpa NIK'}) — {u.why}" for u in self.unmatched]
        return "\n".join(lines)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _find_columns(rows: list[list], file_name: str, sheet: str,
                  headers_by_field: dict[str, tuple[str, ...]]) -> tuple[int, dict[str, int]]:
    for index, row in enumerate(rows[:15]):
        found = {}
        headers = [" ".join(_cell_text(v).upper().split()) for v in row]
        for key, names in headers_by_field.items():
            for position, header in enumerate(headers):
                if header in names:
                    found[key] = position
                    break
        if "nik" in found and "status" in found:
            return index, found
    raise UserError("Judul kolom NIK dan STATUS tidak ditemukan di 15 baris pertama. Jawaban kantor cabang "
                    "harus punya kolom NIK, STATUS (DITERIMA/DITOLAK), dan sebaiknya NO KPJ dan KETERANGAN.",
                    Place(file=file_name, sheet=sheet))


def header_mapping(overrides: dict[str, str] | None = None) -> dict[str, tuple[str, ...]]:
    """The accepted header spellings, with the clerk's own header for a field first (e.g. nik="NO IDENTITAS")."""
    mapping = dict(HEADERS)
    for key, header in (overrides or {}).items():
        if key not in HEADERS:
            raise UserError(f"Isian jawaban '{key}' tidak dikenal; yang dikenal: {', '.join(HEADERS)}.")
        mapping[key] = (" ".join(header.upper().split()), *HEADERS[key])
    return mapping


def read_answer(path: Path, columns: dict[str, str] | None = None) -> list[AnswerRow]:
    """The rows of an answer file (xlsx/xls/ods); bad cells raise UserError naming sheet, row and column.

    `columns` names the file's header for a field when the branch uses its own (nik, name, kpj, status,
    reason, birth_date)."""
    from python_calamine import CalamineWorkbook

    from desktop.importing.extent import check_sheet, check_workbook
    path = Path(path)
    check_workbook(path)  # a far cell would make the reader build a grid of billions of cells
    try:
        book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # noqa: BLE001 - not a spreadsheet, damaged, or locked
        raise UserError(f"Berkas tidak dapat dibaca sebagai lembar kerja ({exc}). Simpan ulang sebagai .xlsx.",
                        Place(file=path.name)) from exc
    sheet = book.sheet_names[0]
    check_sheet(path, sheet)
    rows = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    header_index, columns = _find_columns(rows, path.name, sheet, header_mapping(columns))
    answers = []
    for index, row in enumerate(rows[header_index + 1:], start=header_index + 2):
        def cell(key: str, row=row):  # noqa: ANN001, ANN202
            position = columns.get(key)
            return row[position] if position is not None and position < len(row) else None

        raw_nik, status_text = cell("nik"), _cell_text(cell("status")).upper()
        if not _cell_text(raw_nik) and not status_text:
            continue  # blank row
        place = Place(file=path.name, sheet=sheet, row=index)
        if isinstance(raw_nik, float):
            raise UserError(numeric_cell_message("NIK", index), place)
        if status_text in ACCEPTED:
            status = "accepted"
        elif status_text in REJECTED:
            status = "rejected"
        else:
            raise UserError(f"STATUS '{status_text}' tidak dikenal; isi DITERIMA atau DITOLAK.",
                            Place(file=path.name, sheet=sheet, row=index, column="STATUS"))
        kpj_text = _cell_text(cell("kpj"))
        kpj = None
        if kpj_text:
            kpj, problems = check_kpj(kpj_text)
            if not kpj:
                raise UserError(f"NO KPJ '{kpj_text}' tidak sah: {problems[0].message if problems else ''}",
                                Place(file=path.name, sheet=sheet, row=index, column="NO KPJ"))
        if status == "accepted" and not kpj:
            raise UserError("Baris DITERIMA tanpa NO KPJ; minta kantor cabang melengkapinya.",
                            Place(file=path.name, sheet=sheet, row=index, column="NO KPJ"))
        answers.append(AnswerRow(index, clean_digits(raw_nik), _cell_text(cell("name")), kpj, status,
                                 _cell_text(cell("reason")), _birth(cell("birth_date"))))
    return answers


def _birth(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float):
        return excel_serial_to_date(value)
    try:
        return parse_date_id(str(value), reference=clock.today()) if value else None
    except ValueError:
        return None


def _match_key(name: str) -> str:
    return name_key(name_without_titles(name))


def apply_answer(session: Session, number_or_id: str | int, answers: list[AnswerRow], *,
                 file_name: str = "", file_sha256: str = "", progress: Progress = NO_PROGRESS) -> AnswerReport:
    batch = get_batch(session, number_or_id)
    require_state(batch, BatchAction.ANSWER)
    report = AnswerReport(batch.number, rows=len(answers))
    items = {nik: (item, person) for item, person, nik in session.execute(
        select(BatchItem, Person, Person.nik).join(Person, Person.id == BatchItem.person_id)
        .where(BatchItem.batch_id == batch.id, BatchItem.state.in_(ANSWERED_ITEM)))}
    by_name_birth: dict[tuple, list] = {}
    for item, person in items.values():
        by_name_birth.setdefault((_match_key(person.name), person.birth_date), []).append((item, person))
    now = clock.now()
    used: set[int] = set()
    for count, answer in enumerate(answers, start=1):
        progress.step(count, len(answers), "Mencocokkan jawaban…")
        pair, matched_by = items.get(answer.nik), "nik"
        if pair is None:
            candidates = by_name_birth.get((_match_key(answer.name), answer.birth_date), []) if answer.birth_date else []
            if len(candidates) != 1:
                report.unmatched.append(Unmatched(answer.row, answer.nik, answer.name, _why_unmatched(
                    session, answer.nik)))
                continue
            pair, matched_by = candidates[0], "name_birth"
            report.flagged.append(Unmatched(answer.row, answer.nik, answer.name,
                                            f"cocok dengan {pair[1].name}, NIK di daftar {pair[1].nik}"))
        item, person = pair
        if item.id in used:
            report.unmatched.append(Unmatched(answer.row, answer.nik, answer.name, "orang ini sudah dijawab di baris lain"))
            continue
        used.add(item.id)
        _apply_one(session, batch, item, person, answer, matched_by, now, report)
    report.pending = session.scalar(select(func.count(BatchItem.id)).where(
        BatchItem.batch_id == batch.id, BatchItem.state == "pending")) or 0
    batch.state = "partly_answered" if report.pending else "answered"
    batch.answered_at = now
    session.add(ImportRun(actor=audit.current_actor(), kind=ImportKind.ANSWER, file_name=file_name[:300],
                          file_sha256=file_sha256, added=report.accepted, updated=report.rejected + report.existing_kpj,
                          skipped=len(report.unmatched),
                          report=json.dumps([u.__dict__ for u in report.unmatched + report.flagged], ensure_ascii=False)))
    audit.record(session, "answer_import", f"Jawaban kantor cabang untuk batch {batch.number} dibaca",
                 person_count=report.accepted + report.rejected + report.existing_kpj, fields=["NIK", "No. KPJ", "Status", "Keterangan"],
                 target=file_name or None, checksum=file_sha256 or None)
    return report


def _why_unmatched(session: Session, nik: str) -> str:
    if not nik:
        return "NIK kosong"
    if len(nik) != 16:
        return f"NIK {len(nik)} digit, bukan 16"
    if session.scalar(select(Person.id).where(Person.nik == nik)) is not None:
        return "orangnya ada di daftar, tetapi tidak di batch ini"
    return "NIK tidak ada di daftar"


def _apply_one(session: Session, batch: Batch, item: BatchItem, person: Person, answer: AnswerRow, matched_by: str,
               now: dt.datetime, report: AnswerReport) -> None:
    item.matched_by, item.answered_at, item.kpj = matched_by, now, answer.kpj
    if answer.status == "accepted":
        item.state, item.reason = "accepted", None
        person.kpj, person.status, person.status_reason = answer.kpj, "terdaftar", None
        _enrol(session, batch, person)
        report.accepted += 1
        return
    item.state, item.reason = "rejected", answer.reason or "Ditolak tanpa keterangan"
    if answer.kpj:  # "sudah terdaftar": the branch gives the KPJ the person already has
        person.kpj, person.status = answer.kpj, "sudah_peserta"
        report.existing_kpj += 1
    else:
        person.status = "ditolak"
        report.rejected += 1
    person.status_reason = item.reason


def _enrol(session: Session, batch: Batch, person: Person) -> None:
    have = set(session.scalars(select(Enrolment.programme).where(
        Enrolment.person_id == person.id, Enrolment.start_month == batch.period_start)))
    for programme in person.programmes.split():
        if programme not in have:
            session.add(Enrolment(person_id=person.id, programme=programme, segment=person.segment,
                                  payer=person.payer, start_month=batch.period_start, status="terdaftar",
                                  batch_id=batch.id))


def import_answer(db: Database, number_or_id: str | int, path: Path, *, columns: dict[str, str] | None = None,
                  progress: Progress = NO_PROGRESS) -> AnswerReport:
    """Read the file (nothing changes if it is bad), back up the DB, then apply it in one transaction."""
    path = Path(path)
    answers = read_answer(path, columns)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    with db.read() as session:
        require_state(get_batch(session, number_or_id), BatchAction.ANSWER)
    backup = backup_before(db, "jawaban-kc")
    with db.write() as session:
        report = apply_answer(session, number_or_id, answers, file_name=str(path), file_sha256=sha,
                              progress=progress)
    report.backup = backup
    return report

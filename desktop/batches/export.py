"""Writing a batch for the Kantor Cabang: the preset's columns, a summary, a cover; verified on disk.

Identifiers and dates are text cells with the `@` format, so Excel never shows 3.516E+15 and never
turns 05-03-1975 into a serial number. The workbook is built in memory with openpyxl's write-only
mode (one reused cell per text column), optionally AES-encrypted, written atomically, then read back
from the disk and compared with what was meant to be written before success is reported.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import unescape

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select, update

from desktop import audit, clock, contributions, regions
from desktop import settings as org_settings
from desktop.batches import protection
from desktop.batches.check import person_messages, batch_preset
from desktop.batches.costs import BatchCost, batch_cost, batch_months, period_of
from desktop.batches.drives import removable_drives
from desktop.batches.fields import FIELDS, batch_rows, date_text
from desktop.batches.lifecycle import get_batch, require_state
from desktop.batches.presets import Column, Preset
from desktop.db import Database
from desktop.domain.dates_id import long_date, month_label
from desktop.domain.money import rupiah, terbilang
from desktop.domain.rates import WEAK_TABLE_NOTE
from desktop.errors import UserError
from desktop.files import write_bytes_atomic
from desktop.models import BatchItem, Person
from desktop.progress import NO_PROGRESS, Progress
from desktop.vocabulary import BatchAction
from desktop.sheet_output import set_text, text_cell

DATA_SHEET = "Data Peserta"
DETAIL_SHEET = "Rincian Iuran"
SUMMARY_SHEET = "Ringkasan"
COVER_SHEET = "Sampul"
TEXT = "@"
# Contribution columns of the PU "Rincian Iuran" sheet (forms-and-files.md §2 (c)): header → amount.
DETAIL_COLUMNS: list[tuple[str, Callable]] = [
    ("IURAN JHT TK", lambda c: c.amount("JHT", "worker")),
    ("IURAN JHT PERUSAHAAN", lambda c: c.amount("JHT", "employer")),
    ("TOTAL JHT", lambda c: c.by_programme().get("JHT", 0)),
    ("IURAN JKK", lambda c: c.by_programme().get("JKK", 0)),
    ("IURAN JKM", lambda c: c.by_programme().get("JKM", 0)),
    ("IURAN JP TK", lambda c: c.amount("JP", "worker")),
    ("IURAN JP PERUSAHAAN", lambda c: c.amount("JP", "employer")),
    ("TOTAL JP", lambda c: c.by_programme().get("JP", 0)),
    ("TOTAL IURAN TK", lambda c: c.worker + c.participant),
    ("TOTAL IURAN PERUSAHAAN", lambda c: c.employer),
    ("GRAND TOTAL", lambda c: c.total),
]


@dataclass
class ExportResult:
    number: str
    path: Path
    persons: int
    sha256: str
    encrypted: bool
    total: int  # contribution for the whole batch period, rupiah
    pdf_path: Path | None = None
    fields: list[str] = field(default_factory=list)
    removable: bool = False  # written to a USB stick


    def describe(self) -> str:
        lines = [f"Batch {self.number}: {self.persons} orang diekspor ke {self.path}",
                 f"Iuran seluruh periode: {rupiah(self.total)}.",
                 "Berkas sudah dibaca ulang dan cocok" + (" (dibuka dengan kata sandi)." if self.encrypted else ".")]
        if self.pdf_path:
            lines.append(f"Daftar PDF terkunci: {self.pdf_path}")
        if self.removable:
            lines.append("Lepaskan flashdisk dengan aman (Eject/Keluarkan) sebelum dicabut.")
        return "\n".join(lines)


class _RowWriter:
    """Turns one person's values into the preset's cells, reusing one styled cell per text column."""

    def __init__(self, sheet, columns: list[Column]):
        # resolved once: (field, kind, codes, the reused cell or None for numbers)
        self.plan = []
        self.sheet = sheet
        for column in columns:
            kind = column.cell_format
            cell = None
            if kind != "angka":
                cell = WriteOnlyCell(sheet)
                cell.number_format = TEXT
            self.plan.append((column.field, kind, column.codes, cell))

    def row(self, values: dict, number: int) -> list:
        out = []
        for field_name, kind, codes, cell in self.plan:
            value = number if field_name == "no" else values[field_name]
            if kind == "tanggal":
                value = date_text(value) if isinstance(value, dt.date) else (value or "")
            if codes and str(value) in codes:
                value = codes[str(value)]
            if cell is None:
                out.append(value if not isinstance(value, str) else text_cell(self.sheet, value) if value else None)
                continue
            out.append(set_text(cell, "" if value is None else str(value)))  # never a formula, whatever it holds
        return out


def _header(sheet, headers: list[str], widths: list[int]) -> None:
    bold = Font(bold=True)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    cells = []
    for text in headers:
        cell = text_cell(sheet, text)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cells.append(cell)
    sheet.append(cells)


def _width(column: Column) -> int:
    return {"nik": 19, "kk": 19, "kpj": 14, "name": 28, "name_ktp": 28, "address": 30, "mother_name": 24,
            "unit": 30, "phone": 15, "email": 24, "no": 6}.get(column.field, max(10, min(len(column.header) + 2, 22)))


def _title(sheet, text: str) -> None:
    cell = text_cell(sheet, text)
    cell.font = Font(bold=True, size=13)
    sheet.append([cell])


ROUNDING_LABELS = {"half_up": "setengah ke atas", "half_even": "setengah ke genap", "truncate": "dibuang"}


def _fit_width(sheet, landscape: bool = False) -> None:  # noqa: ANN001
    """Print on as many pages as needed down, but one page across."""
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.page_setup.paperSize = "9"  # A4
    if landscape:
        sheet.page_setup.orientation = "landscape"


def _summary_sheet(book: Workbook, cost: BatchCost, batch, org) -> None:  # noqa: ANN001
    sheet = book.create_sheet(SUMMARY_SHEET)
    _fit_width(sheet)
    for letter, width in zip("ABCDEFGHIJKLMNO", [34, 10] + [16] * 13, strict=False):
        sheet.column_dimensions[letter].width = width

    def money(value: int) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "#,##0"  # a number for sums; thousands shown as the reader's locale does
        return cell

    def table(title: str, header: list[str], rows: list[list]) -> None:
        _title(sheet, title)
        sheet.append([text_cell(sheet, h) for h in header])
        for row in rows:  # unit and payer names are the users' own text: text cells, never formulas
            sheet.append([money(v) if isinstance(v, int) and i >= 2 else text_cell(sheet, v)
                          for i, v in enumerate(row)])
        sheet.append([])

    _title(sheet, f"Ringkasan batch {batch.number}")
    sheet.append([text_cell(sheet, org.org_name)])
    sheet.append(["Jumlah orang", cost.persons])
    sheet.append([])
    monthly = [[p, cost.persons_by_programme.get(p, 0), *[a.get(m, 0) for m in cost.months],
                sum(a.values())] for p, a in cost.by_programme.items()]
    monthly.append(["Jumlah", cost.persons, *[cost.month_total(m) for m in cost.months], cost.total])
    table("Iuran per bulan menurut tabel tarif (rupiah)",
          ["Program", "Peserta", *[month_label(m) for m in cost.months], "Jumlah periode"], monthly)
    table("Menurut pembayar iuran", ["Pembayar", "Peserta", "Iuran seluruh periode"],
          [[payer, n, amount] for payer, (n, amount) in sorted(cost.by_payer.items())])
    table("Menurut lembaga/unit", ["Lembaga/PAC/Ranting", "Peserta", "Iuran seluruh periode"],
          [[unit, n, amount] for unit, (n, amount) in sorted(cost.by_unit.items())]
          + [["Jumlah", cost.persons, cost.total]])
    _period_table(sheet, cost, money)
    sheet.append([text_cell(sheet, "Iuran dihitung dari tabel tarif untuk setiap bulan iuran; pembulatan "
                  + ROUNDING_LABELS.get(org.rounding, org.rounding) + ".")])


def _period_table(sheet, cost: BatchCost, money) -> None:  # noqa: ANN001
    """The period said out loud: per month the normal amount, the discount with its legal basis and the
    amount to pay, then the period's total in digits and words (domain/billing.py)."""
    period = cost.period
    _title(sheet, "Iuran normal, keringanan dan yang dibayar")
    sheet.append(["Bulan iuran", "Peserta", "Iuran normal", "Keringanan", "Dibayar", "Dasar keringanan"])
    for month in period.months:
        sheet.append([month_label(month.month), month.persons, money(month.normal), money(month.discount),
                      money(month.to_pay), "; ".join(month.notes) or "-"])
    sheet.append(["Jumlah periode", cost.persons, money(period.normal), money(period.discount), money(period.total)])
    sheet.append([f"Terbilang: {terbilang(period.total)} rupiah"])
    if period.weak:
        sheet.append([f"Golongan penghasilan: {WEAK_TABLE_NOTE}."])
    for reason, count in sorted(period.unpriced.items()):
        sheet.append([f"{count} orang belum dihitung iurannya: {reason}."])
    sheet.append([])


def _cover_sheet(book: Workbook, batch, org, preset: Preset, persons: int, encrypted: bool) -> None:  # noqa: ANN001
    sheet = book.create_sheet(COVER_SHEET)
    _fit_width(sheet)
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 70
    _title(sheet, "PENGAJUAN PENDAFTARAN PESERTA BPJS KETENAGAKERJAAN")
    today = clock.today()
    personal = [c.header for c in preset.columns if FIELDS[c.field].personal]
    for label, value in [
        ("Organisasi", org.org_name), ("Kepada", org.branch_name), ("Nomor batch", batch.number),
        ("Tanggal", long_date(today)), ("Segmen", batch.segment),
        ("Bulan pertama iuran", month_label(batch.period_start)), ("Periode bayar", f"{batch.months} bulan"),
        ("Jumlah orang", persons), ("Format kolom", preset.name), ("Disiapkan oleh", batch.prepared_by or ""),
        ("Berisi data pribadi", ", ".join(personal)),
        ("Perlindungan", "Berkas terkunci kata sandi (AES)" if encrypted else "Tanpa kata sandi"),
        ("RAHASIA", "Berkas ini berisi data pribadi (UU 27/2022). Serahkan langsung kepada petugas kantor cabang "
                    "dan hapus dari flashdisk setelah diterima."),
    ]:
        cell = text_cell(sheet, str(value))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.append([label, cell])


def target_path(target: Path, number: str) -> Path:
    """A folder gets the batch's own file name; a file path is used as given (with .xlsx)."""
    target = Path(target)
    if target.is_dir():
        return target / f"batch-{number}.xlsx"
    return target if target.suffix.lower() == ".xlsx" else target.with_suffix(".xlsx")


def _build(session, batch, preset: Preset, cost: BatchCost, org, encrypted: bool, listing: list | None,  # noqa: ANN001
           progress: Progress) -> tuple[bytes, list[str]]:
    """The workbook bytes and the NIKs in order (for the read-back); fills `listing` for the PDF list."""
    book = Workbook(write_only=True)
    try:
        return _fill(session, book, batch, preset, cost, org, encrypted, listing, progress)
    except BaseException:
        for sheet in book.worksheets:  # finish the half-written sheets' temp files quietly
            with contextlib.suppress(Exception):
                sheet.close()
        raise


def _fill(session, book: Workbook, batch, preset: Preset, cost: BatchCost, org, encrypted: bool,  # noqa: ANN001
          listing: list | None, progress: Progress) -> tuple[bytes, list[str]]:
    data = book.create_sheet(DATA_SHEET)
    _fit_width(data, landscape=True)
    _header(data, [c.header for c in preset.columns], [_width(c) for c in preset.columns])
    writer = _RowWriter(data, preset.columns)
    detail = detail_writer = None
    if batch.segment == "PU":
        detail = book.create_sheet(DETAIL_SHEET)
        base = [Column("NO", "no"), Column("NO KPJ", "kpj"), Column("NIK", "nik"), Column("NAMA LENGKAP", "name_ktp"),
                Column("UPAH", "income")]
        _header(detail, [c.header for c in base] + [h for h, _ in DETAIL_COLUMNS], [6, 14, 19, 28, 12] + [14] * 11)
        detail_writer = _RowWriter(detail, base)
    pricer = contributions.pricer(session)
    known = regions.kecamatan_known(session)
    niks: list[str] = []
    problems = 0
    for number, values in enumerate(batch_rows(session, batch.id, batch.months, batch.period_start), start=1):
        if number % 1000 == 0:
            progress.step(number, cost.persons, f"Menulis {number} dari {cost.persons} orang…")
        if person_messages(values, batch, preset, pricer, known, org):
            problems += 1
            continue
        data.append(writer.row(values, number))
        niks.append(values["nik"])
        if listing is not None:
            listing.append([str(number), values["nik"], values["name"], date_text(values["birth_date"]),
                            values["programmes"], values["unit"]])
        if detail is not None:
            first = period_of(pricer, batch_months(batch), values).contributions[0]
            detail.append(detail_writer.row(values, number) + [fn(first) for _, fn in DETAIL_COLUMNS])
    if problems:
        raise UserError(f"{problems} orang di batch {batch.number} datanya berubah dan belum lengkap sejak "
                        "diperiksa. Jalankan Periksa lagi, perbaiki atau keluarkan mereka, lalu ekspor.")
    _summary_sheet(book, cost, batch, org)
    _cover_sheet(book, batch, org, preset, len(niks), encrypted)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue(), niks


def export_batch(db: Database, number_or_id: str | int, target: Path, *, password: str | None = None,
                 pdf_password: str | None = None, progress: Progress = NO_PROGRESS) -> ExportResult:
    """Write a checked batch; mark it exported and its persons 'diajukan'; log the export."""
    with db.read() as session:
        batch = get_batch(session, number_or_id)
        require_state(batch, BatchAction.EXPORT)
        preset = batch_preset(session, batch)
        org = org_settings.load(session)
        cost = batch_cost(session, batch)
        listing: list[list[str]] | None = [] if pdf_password else None
        content, niks = _build(session, batch, preset, cost, org, bool(password), listing, progress)
        number, batch_id = batch.number, batch.id
    path = target_path(target, number)
    progress.step(cost.persons, cost.persons, "Menyimpan dan membaca ulang berkas…")
    written = protection.encrypt_xlsx(content, password) if password else content
    write_bytes_atomic(path, written)
    verify_export(path, written, content, preset.columns, niks)
    pdf_path = None
    if pdf_password:
        pdf_path = path.with_suffix(".pdf")
        protection.write_pdf_list(pdf_path, f"Batch {number} — {org.org_short_name}",
                                  ["No", "NIK", "Nama", "Tgl Lahir", "Program", "Lembaga/Unit"], listing, pdf_password,
                                  paper_size=org.paper_size, author=org.org_name)
    sha = hashlib.sha256(written).hexdigest()  # the same as on disk: verify_export compared them
    fields = [c.header for c in preset.columns]
    with db.write() as session:
        batch = get_batch(session, batch_id)
        require_state(batch, BatchAction.EXPORT)  # again: another desk may have exported or cancelled it meanwhile
        batch.state, batch.exported_at, batch.export_path, batch.export_sha256 = (
            "exported", clock.now(), str(path), sha)
        pending = select(BatchItem.person_id).where(BatchItem.batch_id == batch_id, BatchItem.state == "pending")
        session.execute(update(Person).where(Person.id.in_(pending)).values(status="diajukan"))
        audit.record(session, "export", f"Ekspor batch {number} untuk kantor cabang"
                     + (" (xlsx terkunci AES)" if password else " (xlsx tanpa kata sandi)")
                     + (" + daftar PDF terkunci" if pdf_path else ""),
                     person_count=len(niks), fields=fields, target=str(path), checksum=sha)
    removable = any(drive in path.parents for drive in removable_drives())
    return ExportResult(number, path, len(niks), sha, bool(password), cost.total, pdf_path, fields, removable)


def verify_export(path: Path, written: bytes, plain: bytes, columns: list[Column], niks: list[str]) -> None:
    """Read the file back from the disk (or stick) and check it before success is reported.

    The bytes on disk must be the bytes meant (`written`, encrypted or not; an encrypted file was already
    decrypted and compared in memory); every part of the xlsx (`plain`) must pass its CRC; and the data
    sheet must hold the header and, row by row, the NIKs meant to be written as text cells. Scanning the
    sheet's XML costs a fraction of parsing 2 million cells back into Python."""
    try:
        on_disk = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Berkas {path} tidak dapat dibaca ulang setelah disimpan ({exc.strerror or exc}). Ulangi "
                        "ekspor; bila ke flashdisk, coba flashdisk lain.") from exc
    if hashlib.sha256(on_disk).digest() != hashlib.sha256(written).digest():
        raise UserError(f"Isi berkas {path} di penyimpanan berbeda dari yang ditulis. Ulangi ekspor ke tempat lain.")
    try:
        with zipfile.ZipFile(io.BytesIO(plain)) as archive:
            damaged = archive.testzip()
            sheet = archive.read("xl/worksheets/sheet1.xml")  # the data sheet is created first
    except (zipfile.BadZipFile, KeyError) as exc:
        raise UserError(f"Berkas {path} rusak ({exc}). Ulangi ekspor.") from exc
    header_row = sheet[sheet.find(b'<row r="1"'):sheet.find(b"</row>") + 6]
    headers = [unescape(t.decode()) for t in re.findall(rb"<t[^>]*>([^<]*)</t>", header_row)]
    rows = sheet.count(b"<row ") - 1
    read_niks = niks
    nik_index = next((i for i, c in enumerate(columns) if c.field == "nik"), None)
    if nik_index is not None:
        letter = get_column_letter(nik_index + 1).encode()
        read_niks = [n.decode() for n in re.findall(
            rb'<c r="' + letter + rb'\d+"[^>]*t="inlineStr"><is><t>(\d*)</t>', sheet)]
    if damaged or headers != [c.header for c in columns] or rows != len(niks) or read_niks != niks:
        raise UserError(f"Isi berkas {path} tidak sama dengan yang ditulis (dibaca {rows} baris, seharusnya "
                        f"{len(niks)}). Ulangi ekspor ke tempat lain.")

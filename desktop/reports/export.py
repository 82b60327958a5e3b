"""Exporting the coverage report to a file: written atomically, recorded in the audit log.

The PDF is a printed document like the others: it carries an id and QR code, "Halaman x dari y",
and is registered, so a paper copy handed to the branch can be checked ("Periksa dokumen").
The report holds aggregate figures only; the records say so (no personal fields)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop import audit
from desktop.db import Database
from desktop.documents import output, style, verification
from desktop.domain import dates_id, money
from desktop.errors import UserError
from desktop.files import atomic_write, sha256_file
from desktop.reports import content, pdf, xlsx

KINDS = {".pdf": "PDF", ".xlsx": "xlsx"}
AGGREGATE = "angka agregat tanpa data pribadi"


def export_report(db: Database, target: str | Path, first_month: dt.date, *, unit_id: int | None = None,
                  months: int = 13, today: dt.date | None = None) -> content.Report:
    """Write the report as PDF or xlsx (chosen by the file's extension) and record the export."""
    target = Path(target)
    kind = KINDS.get(target.suffix.lower())
    if kind is None:
        raise UserError(f"Berkas {target.name}: akhiran harus .pdf atau .xlsx.")
    with db.read() as session:
        report = content.build(session, first_month, unit_id=unit_id, months=months, today=today)
    if kind == "PDF":
        print_pdf(db, report, target)
        return report
    with atomic_write(target) as handle:
        xlsx.write_xlsx(report, handle)
    with db.write() as session:
        audit.record(session, "export", f"Laporan cakupan ({kind}): {report.scope}, {AGGREGATE}",
                     person_count=0, target=str(target), checksum=sha256_file(target))
    return report


def print_pdf(db: Database, report: content.Report, target: Path) -> output.Printed:
    """The PDF, registered with the totals it shows (what a reader of a paper copy can compare)."""
    doc_id = verification.new_document_id()
    as_of = dates_id.long_date(report.today)
    furniture = style.Furniture(doc_id=doc_id, qr_payload=verification.qr_payload(doc_id),
                                title=f"Laporan cakupan — {report.scope}", author=report.org_name,
                                subject="Laporan cakupan")
    total = report.dashboard.total
    facts = [("Cakupan", report.scope), ("Keadaan per", as_of),
             ("Iuran mulai bulan", dates_id.month_label(report.first_month)),
             ("Orang", money.number_id(total.persons)), ("Terdaftar", money.number_id(total.enrolled)),
             ("Isi", AGGREGATE)]
    return output.publish(db, target, doc_id, lambda handle: pdf.write_pdf(report, handle, furniture),
                          kind="report", title=f"{report.scope}, keadaan per {as_of}", person_count=0,
                          summary={"facts": facts})

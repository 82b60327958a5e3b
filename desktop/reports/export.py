"""Exporting the coverage report to a file: written atomically, recorded in the audit log.

The report holds aggregate figures only; the audit entry says so (no personal fields)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop import audit
from desktop.db import Database
from desktop.errors import UserError
from desktop.files import atomic_write, sha256_file
from desktop.reports import content, pdf, xlsx

KINDS = {".pdf": "PDF", ".xlsx": "xlsx"}


def export_report(db: Database, target: str | Path, first_month: dt.date, *, unit_id: int | None = None,
                  months: int = 13, today: dt.date | None = None) -> content.Report:
    """Write the report as PDF or xlsx (chosen by the file's extension) and record the export."""
    target = Path(target)
    kind = KINDS.get(target.suffix.lower())
    if kind is None:
        raise UserError(f"Berkas {target.name}: akhiran harus .pdf atau .xlsx.")
    with db.read() as session:
        report = content.build(session, first_month, unit_id=unit_id, months=months, today=today)
    with atomic_write(target) as handle:
        if kind == "PDF":
            pdf.write_pdf(report, handle)
        else:
            xlsx.write_xlsx(report, handle)
    with db.write() as session:
        audit.record(session, "export", f"Laporan cakupan ({kind}): {report.scope}, angka agregat tanpa data pribadi",
                     person_count=0, target=str(target), checksum=sha256_file(target))
    return report

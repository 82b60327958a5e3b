"""Paper copies: which registered document a PDF file is, and sending it to the system's printer
from the command line (the window prints through Qt, desktop/ui/documents/printing.py)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from desktop.db import Database
from desktop.documents.output import Printed
from desktop.errors import UserError
from desktop.files import sha256_file
from desktop.models import PrintedDocument


def registered(db: Database, path: Path) -> Printed:
    """The registered document this PDF file is (found by its checksum), or UserError."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"Berkas {path} tidak ditemukan.")
    checksum = sha256_file(path)
    with db.read() as session:
        row = session.scalar(select(PrintedDocument).where(PrintedDocument.sha256 == checksum)
                             .order_by(PrintedDocument.at.desc()).limit(1))
        if row is None:
            raise UserError(f"Berkas {path.name} bukan dokumen yang dibuat Jamsos Desk dengan basis data ini "
                            "(atau isinya sudah diubah). Cetak ulang dokumennya dari Jamsos Desk.")
        return Printed(path=path, doc_id=row.id, kind=row.kind, title=row.title, pages=row.pages,
                       person_count=row.person_count)


def send_to_system_printer(path: Path, printer: str | None = None) -> None:
    """Hand the PDF to the operating system's print service: `lp` (CUPS, Linux and macOS) or the
    program Windows uses to print PDFs (default printer only)."""
    if sys.platform == "win32":
        if printer:
            raise UserError("Di Windows dokumen dicetak ke pencetak bawaan; hapus --printer atau ganti pencetak "
                            "bawaan di Pengaturan Windows.")
        try:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]  # noqa: S606
        except OSError as exc:
            raise UserError(f"Windows tidak dapat mencetak {path.name}: {exc.strerror or exc}. Pasang "
                            "pembaca PDF, atau cetak dari jendela Jamsos Desk.") from exc
        return
    lp = shutil.which("lp")
    if lp is None:
        raise UserError("Perintah cetak sistem (lp) tidak ada di komputer ini. Cetak dari jendela Jamsos Desk.")
    command = [lp, *(["-d", printer] if printer else []), str(path)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        raise UserError(f"Pencetak menolak {path.name}: {(done.stderr or done.stdout).strip() or 'tanpa pesan'}.")

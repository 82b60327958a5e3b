"""Optional passwords on a batch export (UU 27/2022: a lost USB stick must not expose members' data).

- xlsx: ECMA-376 Agile encryption (AES-256) via msoffcrypto-tool; Excel and LibreOffice open it
  with the password. Protects the whole file if the stick is lost or passed around.
- PDF list: reportlab's standard encryption (RC4 128-bit, the strongest reportlab offers without
  an extra AES package). A read/print list for the branch; weaker than the xlsx, never for upload.
The password is never stored; tell it to the branch by phone, not on the stick.
"""
from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from desktop.errors import UserError
from desktop.files import atomic_write

MIN_PASSWORD = 8


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"Kata sandi minimal {MIN_PASSWORD} karakter.")


def encrypt_xlsx(content: bytes, password: str) -> bytes:
    """Encrypt an xlsx and prove it: decrypt the result and compare before returning it."""
    from msoffcrypto.format.ooxml import OOXMLFile

    check_password(password)
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(content)).encrypt(password, out)
    encrypted = out.getvalue()
    if decrypt_xlsx(encrypted, password) != content:
        raise UserError("Enkripsi berkas gagal diperiksa (hasil dekripsi berbeda). Berkas tidak disimpan.")
    return encrypted


def decrypt_xlsx(content: bytes, password: str) -> bytes:
    import msoffcrypto

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(content))
        office.load_key(password=password)
        out = io.BytesIO()
        office.decrypt(out)
    except Exception as exc:  # noqa: BLE001 - msoffcrypto raises several types for a wrong password
        raise UserError("Berkas tidak dapat dibuka dengan kata sandi itu.") from exc
    return out.getvalue()


def write_pdf_list(path: Path, title: str, header: list[str], rows: list[list[str]], password: str) -> Path:
    """A landscape A4 table of the batch's persons, locked with a password (printing allowed)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from desktop.documents import style

    check_password(password)
    styles = style.styles()  # the documents' embedded fonts: every name prints as typed
    table = Table([header, *rows], repeatRows=1, colWidths=[12 * mm, 38 * mm, 70 * mm, 24 * mm, 32 * mm, 80 * mm])
    table.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 8), ("FONTNAME", (0, 0), (-1, -1), style.REGULAR),
                               ("FONTNAME", (0, 0), (-1, 0), style.BOLD),
                               ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3"))]))

    def page_number(canvas, doc):  # noqa: ANN001
        canvas.setFont(style.REGULAR, 8)
        canvas.drawRightString(landscape(A4)[0] - 15 * mm, 10 * mm, f"Halaman {doc.page} — RAHASIA: data pribadi")

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=title,
                            encrypt=StandardEncryption(password, canModify=0, canCopy=0, strength=128))
    doc.build([Paragraph(escape(title), styles["title"]), table], onFirstPage=page_number, onLaterPages=page_number)
    with atomic_write(path) as handle:
        handle.write(buffer.getvalue())
    return path

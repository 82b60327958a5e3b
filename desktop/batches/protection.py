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


def write_pdf_list(path: Path, title: str, header: list[str], rows: list[list[str]], password: str, *,
                   paper_size: str = "A4", author: str = "") -> Path:
    """A landscape table of the batch's persons, locked with a password (printing allowed): the
    documents' filing margins, embedded fonts, 9 pt cells, and "RAHASIA" with the page count on
    every page (desktop.documents.style)."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from desktop.documents import style

    check_password(password)
    styles = style.styles()  # the documents' embedded fonts: every name prints as typed
    pagesize = style.paper(paper_size, landscape=True)
    shares = (0.05, 0.15, 0.27, 0.09, 0.13, 0.31)  # No, NIK, Nama, Tgl Lahir, Program, Lembaga/Unit
    width = style.text_width(pagesize)
    data = [[Paragraph(f"<b>{escape(text)}</b>", styles["cell"]) for text in header]]
    data += [[Paragraph(escape(str(value)), styles["cell"]) for value in row] for row in rows]
    table = Table(data, repeatRows=1, colWidths=[share * width for share in shares[:len(header)]])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), style.NARROW, style.CELL_SIZE),  # not Helvetica
                               ("GRID", (0, 0), (-1, -1), 0.4, style.RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), style.SHADE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    furniture = style.Furniture(title=title, author=author, subject="Daftar peserta batch (RAHASIA)", secret=True)
    buffer = io.BytesIO()
    doc = style.doc_template(buffer, pagesize, furniture,
                             encrypt=StandardEncryption(password, canModify=0, canCopy=0, strength=128))
    doc.build([Paragraph(escape(title), styles["title"]), Spacer(1, 3 * mm), table],
              canvasmaker=style.canvas_maker(furniture))
    with atomic_write(path) as handle:
        handle.write(buffer.getvalue())
    return path

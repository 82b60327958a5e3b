"""Outgoing letter numbers (nomor surat keluar) from the register: the next number of the year in
the settings' numbering pattern, shown and editable before printing, recorded when the letter is
printed, never given twice.

The PKS and the Berita Acara take their numbers here; the window's dialogs and the CLI show the
proposal (`propose`) and the clerk may type another one (the branch may have asked for it), which
`check_free` refuses if it was used before.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import dialect
from desktop import settings as org_settings
from desktop.errors import UserError
from desktop.models import OutgoingLetter

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
KIND_LABELS = {"pks": "Perjanjian Kerja Sama", "berita_acara": "Berita Acara Serah Terima Data"}


def format_number(pattern: str, serial: int | str, on: dt.date) -> str:
    """The number from the settings' pattern, e.g. "{nomor}/PC-MSL/{bulan_romawi}/{tahun}" → "045/PC-MSL/V/2017"."""
    from desktop.profile import check_pks_pattern  # noqa: PLC0415 - the settings' own rule, also for old values
    check_pks_pattern(pattern)  # a format spec ({nomor:>900000000}) would make one number gigabytes long
    text = f"{serial:03d}" if isinstance(serial, int) else serial
    try:
        return pattern.format(nomor=text, bulan=f"{on.month:02d}", bulan_romawi=ROMAN_MONTHS[on.month - 1],
                              tahun=on.year)
    except (KeyError, IndexError, ValueError) as exc:
        raise UserError(f"Pola nomor surat '{pattern}' tidak dapat dipakai; perbaiki di Pengaturan.") from exc


def _serial_of(pattern: str, number: str, on: dt.date) -> int | None:
    """The running number inside a typed number, when it follows the pattern."""
    marker = "\x00"
    shape = format_number(pattern, marker, on)
    regex = re.escape(shape).replace(re.escape(marker), r"(\d+)")
    match = re.fullmatch(regex, number.strip())
    return int(match.group(1)) if match else None


@dataclass
class Proposal:
    number: str
    serial: int
    year: int


def propose(session: Session, on: dt.date) -> Proposal:
    """The next free number of `on`'s year: one more than the highest recorded serial."""
    cfg = org_settings.load(session)
    last = session.scalar(select(func.max(OutgoingLetter.serial)).where(OutgoingLetter.year == on.year)) or 0
    serial = last + 1
    number = format_number(cfg.pks_number_pattern, serial, on)
    while session.scalar(select(OutgoingLetter.id).where(OutgoingLetter.number == number)) is not None:
        serial += 1  # a number typed by hand took it
        number = format_number(cfg.pks_number_pattern, serial, on)
    return Proposal(number, serial, on.year)


def check_free(session: Session, number: str, kind: str, on: dt.date) -> OutgoingLetter | None:
    """Refuse a number the register holds for another letter (a letter number is never reused).
    The same letter printed again (same kind and date, e.g. after correcting a typo before signing)
    keeps its number: that entry is returned."""
    used = session.scalar(select(OutgoingLetter).where(OutgoingLetter.number == number.strip()))
    if used is not None and (used.kind != kind or used.letter_date != on):
        raise UserError(f"Nomor surat {number} sudah dipakai untuk {KIND_LABELS.get(used.kind, used.kind)} "
                        f"tanggal {used.letter_date:%d-%m-%Y} ({used.subject}); nomor surat keluar tidak boleh "
                        f"dipakai ulang. Pakai nomor berikutnya yang diusulkan.")
    return used


def record(session: Session, number: str, *, kind: str, subject: str, on: dt.date, document_id: str | None) -> None:
    """Enter a printed letter's number in the register (in the caller's transaction); a reprint of
    the same letter points the entry at the newest print."""
    number = number.strip()
    if not number:
        return
    # one desk at a time checks and enters a number: a second desk printing the same number at the
    # same moment waits, then is told the number is taken (not a database error)
    dialect.serialise(session, "outgoing_letter")
    used = check_free(session, number, kind, on)
    if used is not None:
        used.document_id = document_id
    else:
        cfg = org_settings.load(session)
        session.add(OutgoingLetter(number=number, year=on.year, kind=kind, subject=subject[:300], letter_date=on,
                                   serial=_serial_of(cfg.pks_number_pattern, number, on), document_id=document_id))
    session.flush()


def register(session: Session, year: int | None = None) -> list[OutgoingLetter]:
    query = select(OutgoingLetter).order_by(OutgoingLetter.year.desc(), OutgoingLetter.serial.desc(),
                                            OutgoingLetter.id.desc())
    if year is not None:
        query = query.where(OutgoingLetter.year == year)
    return list(session.scalars(query))

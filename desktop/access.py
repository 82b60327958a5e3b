"""The optional app password: a gate at the window's start for a shared office PC.

It is not encryption (docs/keamanan-data.md says why the DB file is not encrypted): it keeps a
colleague from opening the window and browsing; the file itself is protected by the PC's user
account and disk encryption. Stored as a scrypt hash in the `setting` table (outside the
organisation settings, so it never travels in a profile export).
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from sqlalchemy.orm import Session

from desktop import audit
from desktop.errors import UserError
from desktop.models import Setting

KEY = "app_password"
MIN_LENGTH = 6
_N, _R, _P = 2**14, 8, 1


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)


def has_password(session: Session) -> bool:
    return session.get(Setting, KEY) is not None


def verify(session: Session, attempt: str) -> bool:
    row = session.get(Setting, KEY)
    if row is None:
        return True
    stored = json.loads(row.value)
    return hmac.compare_digest(_hash(attempt, bytes.fromhex(stored["salt"])), bytes.fromhex(stored["hash"]))


def set_password(session: Session, new: str | None, *, current: str = "") -> None:
    """Set (or with `new=None` remove) the password; the current one must be given if there is one."""
    if not verify(session, current):
        raise UserError("Kata sandi lama salah; kata sandi aplikasi tidak diubah.")
    row = session.get(Setting, KEY)
    if new is None:
        if row is not None:
            session.delete(row)
        audit.record(session, "app_password", "Kata sandi aplikasi dihapus")
        return
    if len(new) < MIN_LENGTH:
        raise UserError(f"Kata sandi aplikasi minimal {MIN_LENGTH} karakter.")
    salt = os.urandom(16)
    session.merge(Setting(key=KEY, value=json.dumps({"salt": salt.hex(), "hash": _hash(new, salt).hex()})))
    audit.record(session, "app_password", "Kata sandi aplikasi diatur")

"""Operations on the window's password."""
from __future__ import annotations

from desktop import access
from desktop.db import Database
from desktop.operations import Changes, OpResult, one_write


def set_password(db: Database, new: str | None, *, current: str = "") -> OpResult[None]:
    """Set, change (`current` must match) or remove (`new` None) the password asked when the window opens."""
    with one_write(db) as session:
        access.set_password(session, new, current=current)
    return OpResult(None, Changes(settings=True, audit=True))

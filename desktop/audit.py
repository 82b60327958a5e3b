"""The record of processing (UU 27/2022 Pasal 31): who did what with how many persons' data, where.

Entries never contain the personal data itself, only counts, field names, targets and checksums.
"""
from __future__ import annotations

import getpass
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEntry


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some Windows service accounts
        return "pengguna"


def record(session: Session, action: str, what: str, *, person_count: int = 0,
           fields: Iterable[str] = (), target: str | None = None, checksum: str | None = None,
           detail: dict[str, Any] | None = None, actor: str | None = None, record: str | None = None) -> AuditEntry:
    """`record`: the one record the entry is about ("person:12", desktop.versions.record_key)."""
    entry = AuditEntry(actor=actor or current_actor(), action=action, what=what[:250], record=record,
                       person_count=person_count, fields=",".join(fields) or None, target=target,
                       checksum=checksum, detail=json.dumps(detail, ensure_ascii=False) if detail else None)
    session.add(entry)
    session.flush()
    return entry


def recent(session: Session, limit: int = 200, action: str | None = None) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if action:
        query = query.where(AuditEntry.action == action)
    return list(session.scalars(query))

"""The record of past imports (file, hash, who, when, counts), for review."""
from __future__ import annotations

import json
from dataclasses import dataclass
import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import NotFound
from desktop.models import ImportRun, Institution, Person


@dataclass
class RunSummary:
    id: int
    at: dt.datetime
    actor: str
    kind: str
    file_name: str
    file_sha256: str
    added: int
    updated: int
    skipped: int
    rejected: int
    rows_linked: int  # persons/institutions that still point at this run


def list_runs(session: Session, limit: int = 50) -> list[RunSummary]:
    runs = list(session.scalars(select(ImportRun).order_by(ImportRun.id.desc()).limit(limit)))
    linked = dict(session.execute(select(Person.import_run_id, func.count()).where(
        Person.import_run_id.in_([r.id for r in runs])).group_by(Person.import_run_id)).all())
    linked_inst = dict(session.execute(select(Institution.import_run_id, func.count()).where(
        Institution.import_run_id.in_([r.id for r in runs])).group_by(Institution.import_run_id)).all())
    return [RunSummary(r.id, r.at, r.actor, r.kind, r.file_name, r.file_sha256, r.added, r.updated, r.skipped,
                       r.rejected, linked.get(r.id, 0) + linked_inst.get(r.id, 0)) for r in runs]


def run_report(session: Session, run_id: int) -> list[str]:
    """The problem messages kept with a run."""
    run = session.get(ImportRun, run_id)
    if run is None:
        raise NotFound(f"Impor #{run_id} tidak ditemukan.")
    return json.loads(run.report or "[]")

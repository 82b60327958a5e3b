"""The record of past imports (file, hash, who, when, counts), for review; and taking an erased
or anonymised person out of the problem lists kept with them (UU 27/2022)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
import datetime as dt

from sqlalchemy import func, or_, select
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


# -- an erased person leaves the problem lists --------------------------------------------------------
REMOVED = "(dihapus)"
_PLACE = re.compile(r"^((?:berkas|lembar|baris|kolom) .*?): ")  # Place.describe(): kept as it is
_SEPARATOR = r"[\s.\-]?"  # NIK, KK and phones are written with spaces, dots or dashes in the files
_QUOTED = re.compile(r"'[^']*'")  # a value from the file, quoted in a message


def _digits(value: str, *, last_any: bool = False, prefix: str = "") -> str:
    """A number as it may appear in a message: separators between digits allowed; `last_any`: Excel
    turned the 16-digit NIK into a float and zeroed its last digit."""
    digits = [re.escape(d) for d in value]
    if last_any:
        digits[-1] = r"\d"
    return r"(?<!\d)" + prefix + _SEPARATOR.join(digits) + r"(?!\d)"


def _words(value: str) -> str:
    return r"(?<!\w)" + r"\s+".join(re.escape(word) for word in value.split()) + r"(?!\w)"


def _personal(person: Person) -> re.Pattern | None:
    """One pattern for what identifies `person` in a message: names (theirs, their mother's, their
    heirs'), NIK, KK, KPJ, phone, birth date."""
    parts = [_words(name) for name in (person.name, person.mother_name, *(h.name for h in person.heirs))
             if name and len(name.strip()) >= 3]
    numbers = [person.kk, person.kpj, *(h.nik for h in person.heirs)]
    parts += [_digits(n) for n in numbers if n and len(n) >= 6]
    if person.nik and len(person.nik) == 16:
        parts.append(_digits(person.nik, last_any=True))
    for phone in (person.phone, *(h.phone for h in person.heirs)):
        if phone and len(phone) >= 9:  # "62812…": found as 0812…, +62 812…, or 812… (the 0 lost in Excel)
            parts.append(_digits(phone[2:] if phone.startswith("62") else phone, prefix=r"(?:\+?62[\s.\-]?|0)?"))
    if person.birth_date:
        born = person.birth_date
        parts.append(rf"(?<!\d)0?{born.day}[-/.]0?{born.month}[-/.]{born.year}(?!\d)")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def scrub_line(line: str, pattern: re.Pattern) -> str:
    """The line with what identifies the person replaced by "(dihapus)", and in a line about them any
    other value quoted from the file (a misspelt name: 'Rini Yulianaa'); the place stays."""
    place = _PLACE.match(line)
    head = place.group(0) if place else ""
    message, found = pattern.subn(REMOVED, line[len(head):])
    return head + (_QUOTED.sub(f"'{REMOVED}'", message) if found else message)


def scrub_person(session: Session, person: Person) -> list[int]:
    """Before `person` is erased or anonymised: take them out of the problem lists of the import that
    brought them and of any import whose list names their NIK or name. Returns the runs changed."""
    pattern = _personal(person)
    if pattern is None:
        return []
    mentions = [ImportRun.report.contains(value, autoescape=True) for value in (person.nik, person.name) if value]
    query = select(ImportRun).where(or_(ImportRun.id == person.import_run_id, *mentions))
    changed = []
    for run in session.scalars(query.order_by(ImportRun.id)):
        lines = json.loads(run.report or "[]")
        scrubbed = [scrub_line(line, pattern) for line in lines]
        if scrubbed != lines:
            run.report = json.dumps(scrubbed, ensure_ascii=False)
            changed.append(run.id)
    return changed

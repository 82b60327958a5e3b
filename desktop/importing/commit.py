"""Writing a preview: one transaction, all accepted rows or nothing, the run recorded.

A backup is taken first. New rows go in with executemany, matched rows get the changes their
policy allows, the import run keeps file name, hash, counts and the problem list, and every
written row points at its run. Cancel (progress.Cancelled) or any failure rolls everything back.
"""
from __future__ import annotations

import json
from contextlib import nullcontext
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop import audit, dialect, heap
from desktop.backup import backup_before
from desktop.db import Database
from desktop.errors import UserError
from desktop.importing import header
from desktop.importing.persons import warnings_json
from desktop.importing.preview import ERROR, NEW, UPDATE, Preview
from desktop.models import Heir, ImportRun, Institution, OrgUnit, Person
from desktop.progress import NO_PROGRESS, Progress
from desktop.roster.bulk import indexes_set_aside, insert_persons
from desktop.roster.persons import name_key
from desktop.vocabulary import ImportKind

PERSON_FIELDS = ("nik", "name", "birth_date", "phone", "address", "desa_code", "income", "occupation_code",
                 "institution_id", "heirs")
_REPORT_LIMIT = 5000  # problems kept on the run (the full list goes to the xlsx export)
_IMPORT_CACHE_KIB = -65536  # negative: KiB, i.e. 64 MiB
# Rebuilding person's indexes once beats updating them row by row from about a quarter of the
# table's size (bench: 12 µs/row plain insert + 11 µs/row per rebuild, vs 65 µs/row indexed).
_REBUILD_MIN_ROWS, _REBUILD_SHARE = 5000, 4


@dataclass
class ImportResult:
    run_id: int
    added: int
    updated: int
    skipped: int
    rejected: int
    added_meanwhile: int = 0  # new in the preview, but another desk added the same NIK before this commit

    def summary(self) -> str:
        meanwhile = (f"; {self.added_meanwhile} di antaranya baru saja ditambahkan di meja lain (NIK sudah ada), "
                     f"impor lagi untuk memperbaruinya" if self.added_meanwhile else "")
        return (f"{self.added} baru, {self.updated} diperbarui, {self.skipped} dilewati (sudah ada/duplikat{meanwhile}), "
                f"{self.rejected} ditolak (impor #{self.run_id}).")


def commit(db: Database, preview: Preview, *, progress: Progress = NO_PROGRESS,
           backup: bool = True) -> ImportResult:
    new = [o for o in preview.rows if o.status == NEW]
    updates = [o for o in preview.rows if o.status == UPDATE]
    rejected = sum(1 for o in preview.rows if o.status == ERROR)
    skipped = len(preview.rows) - len(new) - len(updates) - rejected
    if backup and (new or updates):
        progress.step(0, 0, "Membuat cadangan sebelum impor…")
        backup_before(db, "impor")
    late = 0
    try:
        with heap.long_lived(), db.write() as session:
            heap.keep()  # the preview: read, not changed, by the writing below
            if preview.kind == "persons":
                new, late = _without_niks_taken(session, new)
                skipped += late
            total = len(new) + len(updates)
            run = ImportRun(actor=audit.current_actor(), kind=preview.kind, file_name=preview.file_name[:300],
                            file_sha256=preview.file_sha256, sheets=", ".join(preview.sheets)[:300],
                            added=len(new), updated=len(updates), skipped=skipped, rejected=rejected,
                            mapping=json.dumps({s: {str(k): v for k, v in m.items()}
                                                for s, m in preview.mappings.items()}, ensure_ascii=False),
                            report=json.dumps([f.text for f in preview.findings()[:_REPORT_LIMIT]],
                                              ensure_ascii=False))
            session.add(run)
            session.flush()
            # 15 indexes on person: with SQLite's default 2 MB page cache a 100k-row insert thrashes (2× slower)
            dialect.set_cache_size(session, _IMPORT_CACHE_KIB)
            try:
                WRITERS[preview.kind](session, preview, new, updates, run.id,
                                      lambda done: progress.step(done, total, f"Menyimpan {done} dari {total}…"))
            finally:
                dialect.set_cache_size(session, None)  # back to SQLite's default for this connection
            progress.step(total, total, "Menyelesaikan impor…")  # a Cancel pressed during the last chunk counts
            for sheet, mapping in preview.mappings.items():
                header.remember(session, preview.kind, preview.headers.get(sheet, []), mapping)
            count = len(new) + len(updates) if preview.kind == "persons" else 0
            audit.record(session, "import", f"Impor {ImportKind(preview.kind).noun} dari {preview.file_name}", person_count=count,
                         fields=PERSON_FIELDS if count else (), target=preview.file_name,
                         checksum=preview.file_sha256,
                         detail={"run": run.id, "added": len(new), "updated": len(updates), "skipped": skipped,
                                 "rejected": rejected, "policy": preview.policy})
            run_id = run.id
    except IntegrityError as exc:
        raise UserError("Data di basis data berubah sejak pratinjau dibuat (misalnya NIK yang sama baru saja "
                        "ditambahkan). Tidak ada yang disimpan; buat pratinjau lagi lalu ulangi impor.") from exc
    return ImportResult(run_id, len(new), len(updates), skipped, rejected, late)


def _without_niks_taken(session: Session, new: list) -> tuple[list, int]:
    """The NIKs are checked again at commit: another desk may have imported or typed the same person
    since the preview was made. Imports take turns here (the lock is held until this one commits),
    so two desks importing overlapping files add each NIK once; the rows another desk added
    meanwhile are skipped and counted, not refused with the whole file."""
    dialect.serialise(session, "person_import")
    niks = [o.values.get("nik") for o in new if o.values.get("nik")]
    taken: set[str] = set()
    for start in range(0, len(niks), 1000):  # bounded IN lists
        taken.update(session.scalars(select(Person.nik).where(Person.nik.in_(niks[start:start + 1000]))))
    if not taken:
        return new, 0
    kept = [o for o in new if o.values.get("nik") not in taken]
    return kept, len(new) - len(kept)


def _write_persons(session: Session, preview: Preview, new: list, updates: list, run_id: int, step) -> None:  # noqa: ANN001
    def records():
        for outcome in new:
            problems = warnings_json(outcome)
            yield {**outcome.values, "heirs": outcome.heirs, "problems": problems, "has_problems": bool(problems)}
    existing = session.scalar(select(func.count()).select_from(Person)) or 0
    big = len(new) >= max(_REBUILD_MIN_ROWS, existing // _REBUILD_SHARE)
    with indexes_set_aside(session, "person") if big else nullcontext():
        insert_persons(session, records(), import_run_id=run_id, on_chunk=step)
    for done, outcome in enumerate(updates, start=len(new) + 1):
        changes = dict(outcome.changes)
        heirs = changes.pop("_heirs", None)
        if "name" in changes:
            changes["name_key"] = name_key(changes["name"])
        # the version moves on: an editor that opened this person before the import is told, not overwritten
        session.execute(update(Person).where(Person.id == outcome.existing_id)
                        .values(**changes, version=Person.version + 1))
        if heirs is not None:
            session.execute(delete(Heir).where(Heir.person_id == outcome.existing_id))
            session.execute(insert(Heir), [{"person_id": outcome.existing_id, "position": i, **h}
                                           for i, h in enumerate(heirs)])
        if done % 1000 == 0:
            step(done)


def _write_simple(model):  # noqa: ANN001, ANN202
    """Institutions and units: few rows, plain ORM inserts in file order."""
    def write(session: Session, preview: Preview, new: list, updates: list, run_id: int, step) -> None:  # noqa: ANN001
        created: dict[str, int] = {}
        for done, outcome in enumerate(new, start=1):
            values = {k: v for k, v in outcome.values.items() if not k.startswith("_")}
            if model is OrgUnit:
                parent = outcome.values.get("_parent_name")
                values["parent_id"] = created.get(parent, values.get("parent_id"))
                parent_row = session.get(OrgUnit, values["parent_id"]) if values["parent_id"] else None
                values["level"] = parent_row.level + 1 if parent_row else 0
            else:
                values["import_run_id"] = run_id
            row = model(**values)
            session.add(row)
            session.flush()
            created[(outcome.values.get("name") or "").casefold()] = row.id
            step(done)
        for outcome in updates:
            session.execute(update(model).where(model.id == outcome.existing_id).values(**outcome.changes))
    return write


WRITERS = {"persons": _write_persons, "institutions": _write_simple(Institution), "units": _write_simple(OrgUnit)}

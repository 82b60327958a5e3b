"""Soak: several desks on one PostgreSQL server for a while, counting what a clerk would notice (issue 21).

`workers` processes (default 4) each act as one desk for `seconds` (default 300): open a person and
save an edit (most of the time), create a small batch from a few persons, or cancel an open batch.
Every edit appends a unique token to the person's notes, saved with the version it read; a save
refused because another desk saved first (desktop.versions.StaleRecord) is counted, its message
checked (names who and what), and the edit is merged onto the stored record and saved again.

At the end: every token a desk was told was saved must be in the person's notes (a missing one is a
lost update), batch numbers are distinct, and no person is pending in two open batches.

`python3 -m bench.soak --seconds 60` (or `run.py bench soak`); needs JAMSOS_BENCH_PG=postgresql://user@host:port/
(a login with CREATEDB). A database jamsos_soak_<pid> is created and dropped afterwards.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import time
from collections import Counter

from bench.harness import Result

PERSONS = 400
HOT = 25  # edits go to these few persons, so that desks often meet on one person (as on a busy morning)


def _desk(url: str, index: int, seconds: float, barrier, results) -> None:  # noqa: ANN001
    os.environ["LOGNAME"] = f"meja_{index + 1}"
    from sqlalchemy import select

    from desktop.batches import lifecycle
    from desktop.db import open_database
    from desktop.errors import UserError
    from desktop.models import Batch, Person
    from desktop.roster import persons
    from desktop.versions import StaleRecord
    rng = random.Random(index)
    db = open_database(url)
    with db.read() as session:
        ids = list(session.scalars(select(Person.id).order_by(Person.id)))
    counts: Counter = Counter()
    saved: list[tuple[int, str]] = []  # (person id, token) a save reported as written
    barrier.wait(timeout=60)
    deadline = time.monotonic() + seconds
    serial = 0
    while time.monotonic() < deadline:
        roll = rng.random()
        counts["operations"] += 1
        try:
            if roll < 0.75:
                person_id = rng.choice(ids[:HOT])
                with db.read() as session:
                    data = persons.person_data(session, person_id)
                time.sleep(rng.uniform(0, 0.05))  # the clerk types
                serial += 1
                token = f"[{index + 1}.{serial}]"
                data.notes = (data.notes or "") + token
                while True:
                    try:
                        with db.write() as session:
                            persons.update_person(session, person_id, data)
                        saved.append((person_id, token))
                        counts["edits saved"] += 1
                        break
                    except StaleRecord as refusal:
                        counts["conflicts detected"] += 1
                        if "sudah diubah oleh meja_" in refusal.message and "Catatan" in refusal.message:
                            counts["refusals naming who and what"] += 1
                        merged = refusal.theirs  # take theirs, keep my note: the dialog's "merge"
                        merged.notes = (merged.notes or "") + token
                        data = merged
            elif roll < 0.95:
                chosen = rng.sample(ids, 3)
                with db.write() as session:
                    batch_id, added, _ = lifecycle.create_batch(session, lifecycle.BatchSpec(segment="BPU"),
                                                                person_ids=chosen)
                    counts["batches created"] += 1
                    counts["persons batched"] += added
            else:
                with db.read() as session:
                    open_ids = list(session.scalars(select(Batch.id).where(Batch.state == "draft")))
                if open_ids:
                    with db.write() as session:
                        lifecycle.cancel_batch(session, rng.choice(open_ids))
                    counts["batches cancelled"] += 1
        except StaleRecord:
            counts["errors"] += 1
        except UserError as exc:
            counts["refusals (other)"] += 1
            counts[f"refused: {exc.message[:60]}"] += 1
        except Exception as exc:  # noqa: BLE001 - counted: a soak must not stop at the first failure
            counts["errors"] += 1
            counts[f"error: {type(exc).__name__}: {str(exc)[:80]}"] += 1
    db.close()
    results.put((index, dict(counts), saved))


def soak(url: str, seconds: float, workers: int) -> dict:
    from sqlalchemy import func, select

    from bench.data import make_units, person_rows
    from desktop.db import open_database
    from desktop.models import Batch, BatchItem, Person
    from desktop.roster import bulk
    from desktop.vocabulary import OPEN_BATCH_STATES
    db = open_database(url)
    with db.write() as session:
        ranting = make_units(session)
        rows = person_rows(PERSONS, ranting, seed=21)
        for row in rows:
            row.update(status="belum", kpj=None)
        bulk.insert_persons(session, rows)
    context = multiprocessing.get_context("spawn")
    barrier, queue = context.Barrier(workers), context.Queue()
    desks = [context.Process(target=_desk, args=(url, i, seconds, barrier, queue)) for i in range(workers)]
    for desk in desks:
        desk.start()
    totals: Counter = Counter()
    saved: list[tuple[int, str]] = []
    for _ in desks:
        _index, counts, desk_saved = queue.get(timeout=seconds + 300)
        totals.update(counts)
        saved.extend(desk_saved)
    for desk in desks:
        desk.join(timeout=60)
    with db.read() as session:
        notes = dict(session.execute(select(Person.id, Person.notes)).all())
        numbers = list(session.scalars(select(Batch.number)))
        twice = session.scalar(select(func.count()).select_from(
            select(BatchItem.person_id).join(Batch, Batch.id == BatchItem.batch_id)
            .where(Batch.state.in_(OPEN_BATCH_STATES), BatchItem.state == "pending")
            .group_by(BatchItem.person_id).having(func.count() > 1).subquery()))
    db.close()
    totals["lost updates"] = sum(1 for person_id, token in saved if token not in (notes[person_id] or ""))
    totals["duplicate batch numbers"] = len(numbers) - len(set(numbers))
    totals["persons in two open batches"] = twice
    return dict(totals)


def run(seconds: float = 300, workers: int = 4, quick: bool = False) -> list[Result]:
    base = os.environ.get("JAMSOS_BENCH_PG", "").strip()
    if not base:
        print("soak: set JAMSOS_BENCH_PG=postgresql://user@host:port/ to run it")
        return []
    from bench.server import _admin
    from sqlalchemy.engine import make_url

    from desktop import dialect
    seconds = 30 if quick else seconds
    url = make_url(base).set(drivername=dialect.SERVER_DRIVER, database=f"jamsos_soak_{os.getpid()}")
    _admin(url, f"CREATE DATABASE {url.database}")
    try:
        totals = soak(url.render_as_string(hide_password=False), seconds, workers)
    finally:
        _admin(url, f"DROP DATABASE IF EXISTS {url.database} WITH (FORCE)")
    for key in sorted(totals):
        print(f"  {key}: {totals[key]}")
    note = (f"{workers} desks × {seconds:.0f} s: {totals.get('operations', 0)} operations, "
            f"{totals.get('conflicts detected', 0)} conflicts detected, {totals.get('errors', 0)} errors")
    return [Result("soak: lost updates", totals["lost updates"], goal="= 0", limit=0, unit="", note=note,
                   extra=totals),
            Result("soak: duplicate batch numbers + persons in two open batches",
                   totals["duplicate batch numbers"] + totals["persons in two open batches"], goal="= 0", limit=0,
                   unit="")]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="bench.soak")
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    results = run(args.seconds, args.workers)
    sys.exit(0 if all(r.ok is not False for r in results) else 1)

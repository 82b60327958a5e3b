"""Fault injection: run a multi-row write in a child process and SIGKILL it at a random moment.

After each kill the database must pass `integrity_check` and hold exactly the state from before
the write or the state after it — never a mix. The suite (tests/use_cases/test_faults.py) runs
at least 50 trials; `python -m bench faults` runs many more.

Children come from a forkserver that has the app's modules preloaded, so a trial costs tens of
milliseconds instead of an interpreter start.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import random
import shutil
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.harness import Result

PRELOAD = ["desktop.db", "desktop.backup", "desktop.privacy", "desktop.roster.bulk", "desktop.models",
           "desktop.batches.answer", "desktop.importing.commit", "desktop.importing.plan", "alembic.command",
           "openpyxl"]


# -- what is written, and how a state is summarised -------------------------------------------
def _open(path: Path):
    from desktop.db import Database
    return Database(path)


def _bulk_rows(start: int, n: int) -> list[dict]:
    return [{"name": f"Anggota {i}", "name_key": f"anggota {i}", "nik": f"3516{i:012d}", "income": 1_000_000 + i,
             "heirs": [{"name": f"Anak {i}", "relation": "Anak"}]} for i in range(start, start + n)]


def write_bulk(path: Path) -> None:
    """An import-sized write: 800 persons with heirs and their audit entry, one transaction."""
    from desktop import audit
    from desktop.roster import bulk
    db = _open(path)
    with db.write() as session:
        bulk.insert_persons(session, _bulk_rows(10_000, 800))
        audit.record(session, "import", "Impor uji", person_count=800)


def write_migration(path: Path) -> None:
    from desktop.db import migrate
    migrate(_open(path))


def write_restore(path: Path) -> None:
    from desktop import backup
    backup.restore(_open(path), path.parent.parent / "cadangan-lama.sqlite")  # beside the trial folder


def write_erase(path: Path) -> None:
    """Erase on request, for 60 persons in one transaction (each with heirs and batch items)."""
    from desktop import privacy
    db = _open(path)
    with db.write() as session:
        for person_id in range(1, 61):
            privacy.erase_person(session, person_id)


def write_answer(path: Path) -> None:
    """The branch office's answer for a 200-person batch (desktop.batches.answer), backup first."""
    from desktop.batches import answer
    answer.import_answer(_open(path), "B-1", path.parent.parent / "jawaban.xlsx")


def write_import(path: Path) -> None:
    """The import wizard's last step on the PAC Sooko sample (desktop.importing), backup first."""
    from desktop.importing import commit, plan
    db = _open(path)
    commit.commit(db, plan.prepare(db, path.parent.parent / "anggota.xlsx", "persons"))


def observe(path: Path) -> tuple:
    """What a user could notice: schema revision, persons, heirs, audit entries — as a digest."""
    conn = sqlite3.connect(path)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)]:
            return ("RUSAK", str(check[:3]))
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        digest = hashlib.sha256()
        for query in ("SELECT id, nik, name, income, kpj, status FROM person ORDER BY id",
                      "SELECT person_id, name FROM heir ORDER BY id", "SELECT action FROM audit_log ORDER BY id",
                      "SELECT COUNT(*) FROM region", "SELECT id, state, kpj FROM batch_item ORDER BY id",
                      "SELECT person_id, programme FROM enrolment ORDER BY id"):
            digest.update(repr(conn.execute(query).fetchall()).encode())
        persons = conn.execute("SELECT COUNT(*) FROM person").fetchone()[0]
        return (revision, persons, digest.hexdigest()[:16])
    finally:
        conn.close()


_EMPTY: dict[str, Path] = {}  # revision → an empty migrated DB, built once per process (migrating is slow)
_EMPTY_DIR = tempfile.TemporaryDirectory(prefix="jamsos-faults-empty-")


def _empty(revision: str) -> Path:
    from desktop.db import Database, migrate
    if revision not in _EMPTY:
        path = Path(_EMPTY_DIR.name) / f"kosong-{revision}.sqlite"
        db = Database(path)
        migrate(db, target=revision)
        db.checkpoint()
        db.close()
        _EMPTY[revision] = path
    return _EMPTY[revision]


def _prepare_base(folder: Path, persons: int, *, revision: str = "head") -> Path:
    from desktop import audit
    from desktop.db import Database
    from desktop.roster import bulk
    path = folder / "basis.sqlite"
    shutil.copyfile(_empty(revision), path)
    db = Database(path)
    if revision == "head":
        with db.write() as session:
            bulk.insert_persons(session, _bulk_rows(0, persons))
            audit.record(session, "import", "Data awal", person_count=persons)
    else:  # an old schema: raw rows, the models may not match it
        with sqlite3.connect(path) as conn:
            conn.executemany("INSERT INTO person (name, name_key, nik, segment, programmes, payer, sector, status,"
                             " has_problems, anonymised) VALUES (?, ?, ?, 'BPU', 'JKK JKM', 'SELF', 'other', 'belum',"
                             " 0, 0)", [(f"Anggota {i}", f"anggota {i}", f"3516{i:012d}") for i in range(persons)])
    db.checkpoint()
    db.close()
    return path


def prepare_bulk(folder: Path) -> Path:
    return _prepare_base(folder, 500)


def prepare_migration(folder: Path) -> Path:
    return _prepare_base(folder, 200, revision="0001")


def prepare_restore(folder: Path) -> Path:
    from desktop.db import backup_to
    path = _prepare_base(folder, 300)
    older = folder / "lebih-sedikit"
    older.mkdir()
    backup_to(_prepare_base(older, 120), folder / "cadangan-lama.sqlite")
    return path


def _prepare_batch(folder: Path, state: str) -> Path:
    """200 persons in batch B-1 (in `state`)."""
    import datetime as dt

    from desktop.models import Batch, BatchItem
    path = _prepare_base(folder, 200)
    db = _open(path)
    with db.write() as session:
        batch = Batch(number="B-1", period_start=dt.date(2026, 1, 1), state=state)
        session.add(batch)
        session.flush()
        session.add_all([BatchItem(batch_id=batch.id, person_id=i) for i in range(1, 201)])
    db.checkpoint()
    db.close()
    return path


def prepare_erase(folder: Path) -> Path:
    return _prepare_batch(folder, "draft")


def prepare_answer(folder: Path) -> Path:
    from openpyxl import Workbook
    book = Workbook()
    book.active.append(["NIK", "NAMA", "NO KPJ", "STATUS", "KETERANGAN"])
    for i in range(200):
        accepted = i % 5 != 0
        book.active.append([f"3516{i:012d}", f"Anggota {i}", f"26{i:09d}" if accepted else "",
                            "DITERIMA" if accepted else "DITOLAK", "" if accepted else "Data ganda"])
    book.save(folder / "jawaban.xlsx")
    return _prepare_batch(folder, "exported")


SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "pac-sooko-anggota.xlsx"


def prepare_import(folder: Path) -> Path:
    shutil.copyfile(SAMPLE, folder / "anggota.xlsx")
    return _prepare_base(folder, 50)


@dataclass
class Scenario:
    name: str
    prepare: Callable[[Path], Path]
    write: Callable[[Path], None]


SCENARIOS = {s.name: s for s in (
    Scenario("impor massal", prepare_bulk, write_bulk),
    Scenario("migrasi 0001→head", prepare_migration, write_migration),
    Scenario("pemulihan cadangan", prepare_restore, write_restore),
    Scenario("hapus permanen 60 orang", prepare_erase, write_erase),
    Scenario("jawaban Kantor Cabang", prepare_answer, write_answer),
    *([Scenario("impor berkas anggota", prepare_import, write_import)] if SAMPLE.exists() else []),
)}


# -- the child and the trials ------------------------------------------------------------------
def _child(name: str, path: str, conn) -> None:  # noqa: ANN001 - a multiprocessing Connection
    conn.send("ready")
    SCENARIOS[name].write(Path(path))
    conn.send("done")


def _context():
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def _fresh_copy(template: Path, folder: Path) -> Path:
    """A trial's own copy of the DB, one folder below the template (shared inputs sit beside that)."""
    folder.mkdir()
    live = folder / template.name
    shutil.copyfile(template, live)
    return live


def _run_child(ctx, name: str, path: Path, kill_after: float | None) -> float:  # noqa: ANN001
    """Run the write in a child; kill it after `kill_after` s (None: let it finish). Returns its run time."""
    parent_end, child_end = ctx.Pipe()
    proc = ctx.Process(target=_child, args=(name, str(path), child_end), daemon=True)
    proc.start()
    child_end.close()
    assert parent_end.poll(60) and parent_end.recv() == "ready"
    start = time.perf_counter()
    if kill_after is None:
        assert parent_end.poll(120), f"{name}: the write did not finish"
        parent_end.recv()
        elapsed = time.perf_counter() - start
        proc.join()
    else:
        time.sleep(kill_after)
        proc.kill()  # SIGKILL: no cleanup, no atexit, no rollback by Python
        proc.join()
        elapsed = time.perf_counter() - start
    parent_end.close()
    return elapsed


@dataclass
class Outcome:
    scenario: str
    trials: int
    before: int = 0
    after: int = 0
    mixed: list[tuple] = field(default_factory=list)  # any state that is neither: the failure
    write_seconds: float = 0.0


def run_trials(name: str, trials: int, seed: int = 9) -> Outcome:
    """`trials` kills at random moments spread over the write's own duration (measured first)."""
    scenario = SCENARIOS[name]
    ctx = _context()
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="jamsos-faults-") as tmp:
        folder = Path(tmp)
        template = scenario.prepare(folder)
        before = observe(template)
        done = _fresh_copy(template, folder / "selesai")
        duration = _run_child(ctx, name, done, None)
        after = observe(done)
        outcome = Outcome(name, trials, write_seconds=duration)
        assert before != after, f"{name}: the write changes nothing observable"
        for trial in range(trials):
            live = _fresh_copy(template, folder / f"uji-{trial}")
            _run_child(ctx, name, live, rng.uniform(0, duration * 1.1))
            state = observe(live)
            if state == before:
                outcome.before += 1
            elif state == after:
                outcome.after += 1
            else:
                outcome.mixed.append(state)
            shutil.rmtree(live.parent)
    return outcome


def run(n: int = 100_000, quick: bool = False) -> list[Result]:
    trials = 20 if quick else 100
    results = []
    for name in SCENARIOS:
        start = time.perf_counter()
        outcome = run_trials(name, trials)
        tally = Counter(before=outcome.before, after=outcome.after)
        results.append(Result(
            f"faults: {name}", len(outcome.mixed), goal="0 mixed/corrupt", limit=0, unit="states",
            note=f"{trials} SIGKILLs: {tally['before']} before, {tally['after']} after; write "
                 f"{outcome.write_seconds * 1000:.0f} ms; {time.perf_counter() - start:.0f} s in all"))
    return results + backup_timings(10_000 if quick else n)


def backup_timings(n: int) -> list[Result]:
    """What a clerk waits for at close (check + verified backup + rotation) and for a restore, at n persons,
    against SQLite's bare backup API (no check, no fsync): the price of verifying."""
    from bench.data import make_database
    from bench.harness import best_of
    from desktop import backup, integrity
    with tempfile.TemporaryDirectory(prefix="jamsos-backup-") as tmp:
        db = make_database(Path(tmp) / "jamsos.sqlite", n)
        db.checkpoint()
        size = db.path.stat().st_size / 1e6
        def bare() -> None:
            with sqlite3.connect(db.path) as src, sqlite3.connect(Path(tmp) / "salinan.sqlite") as dst:
                src.backup(dst)
        plain = best_of(bare)

        def close_session() -> None:
            assert integrity.check(db, quick=True).ok
            backup.session_backup(db, "tutup")
        at_close = best_of(close_session)
        saved = backup.backup_now(db, Path(tmp) / "usb").path
        restore = best_of(lambda: backup.restore(db, saved), repeat=1)
        db.close()
    label = f"{n // 1000}k persons, {size:.0f} MB"
    return [Result(f"close: quick_check + verified backup + rotation ({label})", at_close, plain,
                   goal="≤ 5× bare backup API", limit=5, note="runs when the window closes"),
            Result(f"restore from backup ({label})", restore, goal="≤ 20 s", limit=20,
                   note="safety copy first, then one transaction")]

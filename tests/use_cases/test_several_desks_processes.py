"""Two desks in two processes on one PostgreSQL server, acting at the same moment (issue 21): one
person edited on both (the second save refused with the other's change named, nothing lost), batches
created on both (two batches, distinct numbers, nobody in both), overlapping files imported on both
(each NIK once). Run with JAMSOS_TEST_PG; on SQLite one writer at a time is the file lock's job and
the stale-save refusal is tested in test_several_desks.py."""
from __future__ import annotations

import multiprocessing

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.batches import lifecycle
from desktop.models import Batch, BatchItem, Person
from desktop.roster import bulk, persons

from ..conftest import TEST_PG
from . import desk_child

pytestmark = pytest.mark.skipif(not TEST_PG, reason="needs a PostgreSQL server (JAMSOS_TEST_PG)")
SITI = "3516135205750003"


def _desks(db_path, first: list[list[str]], second: list[list[str]]) -> dict[str, list[tuple[int, str]]]:
    """Two processes that start together, each running its CLI commands in turn;
    {actor: [(exit code, output) per command]}."""
    context = multiprocessing.get_context("spawn")  # a clean interpreter per desk, as on two PCs
    barrier, results = context.Barrier(2), context.Queue()
    desks = [context.Process(target=desk_child.run, args=([["--db", str(db_path), *a] for a in commands], actor,
                                                          barrier, results))
             for actor, commands in (("desk_a", first), ("desk_b", second))]
    for desk in desks:
        desk.start()
    got = dict(results.get(timeout=180) for _ in desks)
    for desk in desks:
        desk.join(timeout=30)
    return got


def _two_desks(db_path, first: list[str], second: list[str]) -> dict[str, tuple[int, str]]:
    """One command per desk: {actor: (exit code, output)}."""
    return {actor: done[0] for actor, done in _desks(db_path, [first], [second]).items()}


def test_two_desks_saving_one_person_at_once_one_is_refused_and_nothing_is_lost(db, db_path, mojokerto):
    with db.write() as session:
        person_id = persons.add_person(session, persons.PersonData(name="Siti Aminah", nik=SITI,
                                                                   unit_id=mojokerto["sooko"]))
    # both opened version 1; both save at once
    got = _two_desks(db_path, ["person", "edit", "--id", str(person_id), "--phone", "085711112222", "--version", "1"],
                     ["person", "edit", "--id", str(person_id), "--address", "Dusun Japan", "--version", "1"])
    codes = sorted(code for code, _ in got.values())
    assert codes == [0, 2], got
    winner = next(actor for actor, (code, _) in got.items() if code == 0)
    loser = "desk_b" if winner == "desk_a" else "desk_a"
    refusal = got[loser][1]
    assert f"sudah diubah oleh {winner}" in refusal and "tidak ada yang hilang" in refusal
    assert ("yang diubahnya: No. HP" if winner == "desk_a" else "yang diubahnya: Alamat") in refusal
    with db.read() as session:
        stored = persons.person_data(session, person_id)
    assert stored.version == 2
    assert (stored.phone, stored.address) == (("6285711112222", None) if winner == "desk_a" else (None, "Dusun Japan"))


def _members(db, unit_id: int, count: int, first_day: int) -> None:
    with db.write() as session:
        bulk.insert_persons(session, [{"name": f"Anggota {unit_id}-{i}", "nik": f"351613{(first_day + i) % 28 + 41:02d}"
                                       f"0575{unit_id:02d}{i:02d}", "unit_id": unit_id, "income": 1_000_000}
                                      for i in range(count)])


def test_two_desks_creating_batches_at_once_get_two_numbers_and_nobody_is_in_both(db, db_path, mojokerto):
    _members(db, mojokerto["sooko"], 12, 0)
    _members(db, mojokerto["mojosari"], 12, 3)
    with db.read() as session:
        niks = {unit: list(session.scalars(select(Person.nik).where(Person.unit_id == unit).order_by(Person.id)))
                for unit in (mojokerto["sooko"], mojokerto["mojosari"])}

    def rounds(unit: int) -> list[list[str]]:  # six batches of two persons each, one after another
        return [["batch", "create", "--nik", niks[unit][i], "--nik", niks[unit][i + 1]] for i in range(0, 12, 2)]
    got = _desks(db_path, rounds(mojokerto["sooko"]), rounds(mojokerto["mojosari"]))
    assert all(code == 0 for done in got.values() for code, _ in done), got
    with db.read() as session:
        numbers = list(session.scalars(select(Batch.number).order_by(Batch.number)))
        sizes = set(session.scalars(select(func.count()).select_from(BatchItem).group_by(BatchItem.batch_id)))
    assert len(numbers) == 12 and len(set(numbers)) == 12, numbers
    assert sizes == {2}
    # the same persons asked for on both desks at once: one batch takes them, the other is refused
    _members(db, mojokerto["pc"], 10, 7)
    got = _two_desks(db_path, ["batch", "create", "--unit", str(mojokerto["pc"])],
                     ["batch", "create", "--unit", str(mojokerto["pc"])])
    assert sorted(code for code, _ in got.values()) == [0, 2], got
    assert any("sudah ada di batch lain yang masih terbuka" in output for _, output in got.values())
    with db.read() as session:
        in_two = session.scalar(select(func.count()).select_from(
            select(BatchItem.person_id).group_by(BatchItem.person_id).having(func.count() > 1).subquery()))
        numbers = list(session.scalars(select(Batch.number)))
    assert in_two == 0 and len(numbers) == len(set(numbers)) == 13


def _sheet(path, rows) -> str:
    book = openpyxl.Workbook()
    book.active.append(["Nama", "NIK", "Tgl Lahir", "L/P"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return str(path)


def test_two_desks_importing_overlapping_files_at_once_add_each_nik_once(db, db_path, mojokerto, tmp_path):
    people = [(f"Anggota {i}", f"351613{i % 28 + 41:02d}0778{i + 1:04d}", f"{i % 28 + 1:02d}-07-1978", "P")
              for i in range(40)]
    first = _sheet(tmp_path / "pac-sooko.xlsx", people[:30])
    second = _sheet(tmp_path / "pac-mojosari.xlsx", people[10:])  # 20 persons in both files
    got = _two_desks(db_path, ["import", "persons", first, "--unit", "PAC Muslimat NU Sooko"],
                     ["import", "persons", second, "--unit", "PAC Muslimat NU Sooko"])
    assert all(code == 0 for code, _ in got.values()), got
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(Person))
        twice = session.scalar(select(func.count()).select_from(
            select(Person.nik).group_by(Person.nik).having(func.count() > 1).subquery()))
    assert (total, twice) == (40, 0), got
    assert any("di antaranya baru saja ditambahkan di meja lain" in output for _, output in got.values()), got

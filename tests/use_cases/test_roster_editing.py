"""Roster edits shared by the window and the CLI: undo of this session's edits, units and institutions
edited and moved, the persons query in every sort and filter."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.errors import UserError
from desktop.models import OrgUnit, Person
from desktop.roster import history, institutions, persons, queries, units

NIK_P = "3516135205750003"  # born 12-05-1975, female (day + 40)


def _add(db, name, nik=None, **extra):
    with db.write() as session:
        return persons.add_person(session, persons.PersonData(name=name, nik=nik, **extra))


def test_undo_takes_back_add_edit_and_trash_in_reverse_order(db, mojokerto):
    log = history.History()
    with db.write() as session:
        person_id, step = history.save_person(session, None, persons.PersonData(name="Siti", nik=NIK_P))
        log.push(step)
    with db.write() as session:
        data = persons.person_data(session, person_id)
        data.name = "Siti Aminah"
        log.push(history.save_person(session, person_id, data)[1])
    with db.write() as session:
        log.push(history.trash_persons(session, [person_id]))
    assert log.last_label() == "hapus 1 orang"

    assert log.undo(db) == "hapus 1 orang"
    with db.read() as session:
        person = session.get(Person, person_id)
        assert person.deleted_at is None and person.name == "Siti Aminah"
    log.undo(db)
    with db.read() as session:
        assert session.get(Person, person_id).name == "Siti"
    log.undo(db)
    with db.read() as session:
        assert session.get(Person, person_id) is None  # the add itself is gone, NIK free again
    with pytest.raises(UserError, match="Tidak ada perubahan"):
        log.undo(db)


def test_a_failed_undo_keeps_the_step(db, mojokerto):
    log = history.History()
    first = _add(db, "Siti", NIK_P)
    with db.write() as session:
        log.push(history.trash_persons(session, [first]))
    with db.write() as session:
        persons.restore_person(session, first)  # restored elsewhere (e.g. the CLI) meanwhile
    with pytest.raises(UserError):
        log.undo(db)
    assert log.last_label() == "hapus 1 orang"


def test_moving_a_unit_moves_its_levels_and_refuses_a_cycle(db, mojokerto):
    with db.write() as session:
        ranting = units.add_unit(session, "Ranting Japan", parent_id=mojokerto["sooko"])
        data = units.unit_data(session, mojokerto["sooko"])
        data.parent_id = mojokerto["mojosari"]
        data.chair_name = "Hj. Umi Kulsum"
        units.update_unit(session, mojokerto["sooko"], data)
    with db.read() as session:
        assert session.get(OrgUnit, mojokerto["sooko"]).level == 2
        assert session.get(OrgUnit, ranting).level == 3
        assert session.get(OrgUnit, mojokerto["sooko"]).chair_name == "Hj. Umi Kulsum"
    with pytest.raises(UserError, match="tidak boleh unit itu sendiri"), db.write() as session:
        data = units.unit_data(session, mojokerto["mojosari"])
        data.parent_id = ranting
        units.update_unit(session, mojokerto["mojosari"], data)


def test_a_unit_with_members_or_children_is_not_deleted(db, mojokerto):
    _add(db, "Siti", unit_id=mojokerto["mojosari"])
    with pytest.raises(UserError, match="masih punya anggota"), db.write() as session:
        units.delete_unit(session, mojokerto["mojosari"])
    with pytest.raises(UserError, match="unit di bawahnya"), db.write() as session:
        units.delete_unit(session, mojokerto["pc"])
    with db.write() as session:
        empty = units.add_unit(session, "Ranting Kosong", parent_id=mojokerto["sooko"])
    log = history.History()
    with db.write() as session:
        log.push(history.trash_unit(session, empty))
    with db.read() as session:
        assert [n.name for n in units.flatten(units.unit_tree(session))] == [
            "PC Muslimat NU Kab. Mojokerto", "PAC Muslimat NU Mojosari", "PAC Muslimat NU Sooko"]
    assert log.undo(db) == "hapus unit Ranting Kosong"
    with db.read() as session:
        assert units.find_unit(session, "Ranting Kosong").id == empty


def test_institution_edit_checks_npsn_and_keeps_staff(db, mojokerto):
    with db.write() as session:
        other = institutions.add_institution(session, institutions.InstitutionData(
            name="RA Muslimat NU 12", type="RA", npsn="20598765"))
    _add(db, "Siti", institution_id=mojokerto["tk"])
    with pytest.raises(UserError, match="sudah dipakai") as caught, db.write() as session:
        data = institutions.institution_data(session, other)
        data.npsn = "20512345"
        institutions.update_institution(session, other, data)
    assert caught.value.field == "npsn"
    with db.write() as session:
        data = institutions.institution_data(session, mojokerto["tk"])
        data.name, data.head_name = "TK Muslimat NU 05 Japan Sooko", "Ibu Khotimah"
        institutions.update_institution(session, mojokerto["tk"], data)
    with db.read() as session:
        row = institutions.list_institutions(session, search="Japan Sooko")[0]
        assert (row.type, row.npsn, row.staff) == ("TK", "20512345", 1)
    with pytest.raises(UserError, match="masih punya 1 orang"), db.write() as session:
        institutions.delete_institution(session, mojokerto["tk"])


@pytest.fixture
def roster(db, mojokerto):
    from bench.data import person_rows
    from desktop.roster import bulk
    rows = person_rows(600, [mojokerto["sooko"], mojokerto["mojosari"]], seed=7)
    for index, row in enumerate(rows[:40]):
        row["income"] = 1_000_000 + index  # distinct incomes to sort on
    with db.write() as session:
        bulk.insert_persons(session, rows)
        victims = list(session.scalars(select(Person.id).order_by(Person.id).limit(5)))
        for person_id in victims:
            persons.delete_person(session, person_id)
    return {"victims": victims, **mojokerto}


@pytest.mark.parametrize("flt", [
    queries.PersonFilter(), queries.PersonFilter(search="ami"), queries.PersonFilter(search="3516"),
    queries.PersonFilter(status="terdaftar"), queries.PersonFilter(unit_id=1),
    queries.PersonFilter(programme="JHT"), queries.PersonFilter(trash=True)], ids=str)
def test_ids_match_the_filter_in_every_sort_order(db, roster, flt):
    """However SQLite is steered onto an index, the rows and their order are what the filter says."""
    with db.read() as session:
        everyone = {p.id: p for p in session.scalars(select(Person))}
        unit_names = {u.id: u.name for u in session.scalars(select(OrgUnit))}
        for sort, column in queries.SORT_COLUMNS.items():
            got = queries.person_ids(session, flt, sort)
            assert len(got) == queries.count(session, flt)
            assert list(reversed(queries.person_ids(session, flt, sort, descending=True))) == got, sort
            assert queries.person_ids(session, flt, sort, limit=7) == got[:7], sort  # a first page agrees
            value = ((lambda p: unit_names.get(p.unit_id)) if sort == "unit" else
                     (lambda p: None) if sort == "institution" else (lambda p, key=column.key: getattr(p, key)))
            for before, after in zip(got, got[1:]):
                a, b = value(everyone[before]), value(everyone[after])
                assert a is None or (b is not None and a <= b), sort
    assert all((everyone[i].deleted_at is not None) == flt.trash for i in got)
    if flt.search == "ami":
        assert got and all("ami" in everyone[i].name_key for i in got)
    if flt.programme:
        assert set(got) == {i for i, p in everyone.items() if "JHT" in p.programmes and p.deleted_at is None}
    if flt.trash:
        assert sorted(got) == sorted(roster["victims"])
    else:
        assert not set(got) & set(roster["victims"])


@pytest.mark.parametrize("flt", [
    queries.PersonFilter(), queries.PersonFilter(search="ami"), queries.PersonFilter(status="terdaftar"),
    queries.PersonFilter(unit_id=1), queries.PersonFilter(trash=True)], ids=str)
def test_keyset_pages_walk_the_same_ids_in_the_same_order_in_every_sort(db, roster, flt):
    """Server mode pages the roster by key (never every id per keystroke): page after page gives
    exactly the ids person_ids gives, none skipped or repeated — NULLs (no NIK, no phone, no unit),
    ties (same status, same programmes) and both directions included."""
    with db.read() as session:
        for sort in queries.SORT_COLUMNS:
            for descending in (False, True):
                expected = queries.person_ids(session, flt, sort, descending)
                walked, after = [], None
                while True:
                    page, after = queries.person_ids_page(session, flt, sort, descending, after=after, limit=37)
                    walked += page
                    if len(page) < 37:
                        break
                assert walked == expected, (sort, descending)

"""Merging two records of one person: the plan the window shows is what merge_persons does."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.errors import UserError
from desktop.importing.merge import duplicate_ids, merge_persons, plan_lines, plan_merge
from desktop.models import AuditEntry, Person

NIK_A, NIK_B = "3516134505800001", "3516134505800002"


def _warning(other_id: int) -> str:
    return json.dumps([{"field": "NIK", "code": "possible_duplicate_db",
                        "message": f"Mungkin sudah ada di daftar (id {other_id}): nama dan tanggal lahir sama."},
                       {"field": "No HP", "code": "phone_repaired", "message": "Nol di depan ditambahkan."}])


@pytest.fixture
def pair(db, mojokerto):
    with db.write() as session:
        old = Person(name="Siti Aminah", name_key="siti aminah", nik=NIK_A, unit_id=mojokerto["sooko"])
        session.add(old)
        session.flush()
        new = Person(name="Siti Aminah", name_key="siti aminah", nik=NIK_B, phone="6281234567890",
                     kk="3516130101080001", has_problems=True, problems=_warning(old.id))
        session.add(new)
        session.flush()
        return old.id, new.id


def test_the_plan_shows_what_differs_and_what_is_filled(db, pair):
    old, new = pair
    with db.read() as session:
        plan = plan_merge(session, old, new)
        lines = {line.label: line for line in plan_lines(session, plan, masked=True)}
    assert plan.nik_conflict and plan.filled == ["kk", "phone"]
    assert lines["NIK"].keep == "3516••••••••0001" and lines["NIK"].differs
    assert (lines["No. HP"].keep, lines["No. HP"].result, lines["No. HP"].filled) == ("", "0812-••••-7890", True)
    assert lines["Unit"].result == "PAC Muslimat NU Sooko" and not lines["Unit"].filled
    assert lines["No. KK"].filled  # shown because one of the two holds it
    assert "Email" not in lines  # neither does


def test_differing_niks_need_the_clerks_choice(db, pair):
    old, new = pair
    with db.write() as session, pytest.raises(UserError, match="Pilih NIK yang benar"):
        merge_persons(session, old, new)
    with db.write() as session, pytest.raises(UserError, match="bukan salah satu"):
        merge_persons(session, old, new, nik="3516134505800009")
    with db.write() as session:
        assert merge_persons(session, new, old, nik=NIK_B) == ["unit_id"]  # keep the imported one
    with db.read() as session:
        kept = session.get(Person, new)
        assert kept.nik == NIK_B and session.get(Person, old) is None
        # the warning about the merged record is gone, the other stays
        assert [w["code"] for w in json.loads(kept.problems)] == ["phone_repaired"] and kept.has_problems
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "merge"))
        assert entry.person_count == 2


def test_the_last_warning_cleared_clears_the_flag(db, pair):
    old, new = pair
    with db.write() as session:
        session.get(Person, new).problems = json.dumps(json.loads(_warning(old))[:1])
    with db.read() as session:
        assert duplicate_ids(session.get(Person, new).problems) == [old]
    with db.write() as session:
        merge_persons(session, new, old, nik=NIK_A)
    with db.read() as session:
        kept = session.get(Person, new)
        assert (kept.nik, kept.problems, kept.has_problems, kept.unit_id is not None) == (NIK_A, None, False, True)


def test_a_person_in_the_trash_is_not_merged(db, pair):
    import datetime as dt
    old, new = pair
    with db.write() as session:
        session.get(Person, new).deleted_at = dt.datetime.now()
    with db.read() as session, pytest.raises(UserError, match="tempat sampah"):
        plan_merge(session, old, new)


def test_two_rows_of_one_file_are_each_others_candidates(db, mojokerto, tmp_path):
    """Within one file the warning names a row, not a record: the other record is found by name and
    birth date, and the merge clears the warning because both came with the same import."""
    import openpyxl

    from desktop.importing import plan
    from desktop.importing.commit import commit
    from desktop.importing.merge import duplicate_candidates
    path = tmp_path / "pac.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Nama", "NIK", "Tanggal Lahir", "No HP"])
    book.active.append(["Siti Aminah", NIK_A, "05-05-1980", None])
    book.active.append(["SITI AMINAH", NIK_B, "05-05-1980", "081234567890"])
    book.save(path)
    commit(db, plan.prepare(db, path, "persons"), backup=False)
    with db.read() as session:
        first, second = session.scalars(select(Person.id).order_by(Person.id)).all()
        assert "possible_duplicate" in session.get(Person, second).problems
        assert duplicate_candidates(session, second) == [first]
        assert duplicate_candidates(session, first) == [second]
    with db.write() as session:
        merge_persons(session, second, first, nik=NIK_A)
    with db.read() as session:
        kept = session.get(Person, second)
        assert (kept.nik, kept.phone, kept.has_problems) == (NIK_A, "6281234567890", False)
        assert duplicate_candidates(session, second) == []


def test_the_cli_shows_the_plan_then_merges_with_the_chosen_nik(db, pair, cli):
    old, new = pair
    shown = cli("person", "merge", "--keep", str(old), "--drop", str(new), "--dry-run")
    assert shown.exit_code == 0, shown.output
    assert "Uji coba: tidak ada yang disimpan" in shown.output
    phone = next(line for line in shown.output.splitlines() if "No. HP" in line)
    assert phone.startswith("*") and phone.rstrip().endswith("0812-3456-7890")  # filled from the other record
    refused = cli("person", "merge", "--keep", str(old), "--drop", str(new))
    assert refused.exit_code == 2 and "Pilih NIK yang benar" in refused.output
    done = cli("person", "merge", "--keep", str(old), "--drop", str(new), "--nik", NIK_B)
    assert done.exit_code == 0, done.output
    with db.read() as session:
        kept = session.get(Person, old)
        assert kept.nik == NIK_B and kept.phone == "6281234567890" and session.get(Person, new) is None


def test_an_edit_keeps_the_warning_about_the_other_record_until_the_merge(db, pair):
    from desktop.roster import persons
    old, new = pair
    with db.write() as session:
        data = persons.person_data(session, new)
        data.phone = "081234567891"
        persons.update_person(session, new, data)
    with db.read() as session:
        kept = session.get(Person, new)
        codes = [w["code"] for w in json.loads(kept.problems)]
        assert codes == ["possible_duplicate_db"] and kept.has_problems  # the repaired-phone note went
    with db.write() as session:
        merge_persons(session, new, old, nik=NIK_B)
    with db.read() as session:
        kept = session.get(Person, new)
        assert kept.problems is None and not kept.has_problems

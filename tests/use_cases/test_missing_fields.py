"""What a batch needs that the roster lacks: named at import, found by a roster filter, asked of the
PAC in an intake sheet that imports back filling only the empty fields; bulk edit of occupation,
segment, payer and programmes in one transaction."""
from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.batches import missing
from desktop.errors import UserError
from desktop.importing.commit import commit
from desktop.importing.options import ImportOptions
from desktop.importing.plan import layout, prepare
from desktop.models import AuditEntry, Occupation, Person
from desktop.roster import queries
from desktop.roster.bulk_edit import BulkChange, bulk_edit


@pytest.fixture
def sooko(db, mojokerto, samples):
    path = samples / "pac-sooko-anggota.xlsx"
    commit(db, prepare(db, path, "persons", ImportOptions()), backup=False)
    return path


def _lacking(db) -> int:
    with db.read() as session:
        preset = missing.active_preset(session)
        return queries.count(session, queries.PersonFilter(lacking=missing.lacking_columns(preset)))


def test_the_shipped_bpu_preset_requires_occupation(db):
    with db.read() as session:
        needed = [n.label for n in missing.needs(missing.active_preset(session, "BPU kolektif"))]
    assert "Pekerjaan" in needed and "Nama ibu kandung" in needed


def test_the_mapping_names_what_the_file_lacks(db, mojokerto, samples):
    opened = layout(db, samples / "pac-sooko-anggota.xlsx", "persons")
    mapped = set(opened.tables[opened.chosen[0]].mapping.values())
    with db.read() as session:
        lacking = missing.missing_in_file(missing.active_preset(session), mapped)
    assert lacking == ["Nama ibu kandung"]  # sex and birth date come from the NIK; Pekerjaan is a column
    assert missing.missing_in_file(_preset(db), mapped - {"occupation"}) == ["Nama ibu kandung", "Pekerjaan"]


def _preset(db):
    with db.read() as session:
        return missing.active_preset(session)


def test_intake_sheet_round_trip_fills_only_the_empty_fields(db, sooko, tmp_path):
    assert _lacking(db) == 138  # nobody has a mother's name
    with db.write() as session:
        ids = queries.person_ids(session, queries.PersonFilter(lacking=missing.lacking_columns(
            missing.active_preset(session))))
        sheet_path = tmp_path / "isian.xlsx"
        assert missing.write_intake_sheet(session, missing.active_preset(session), ids, sheet_path) == 138
    book = openpyxl.load_workbook(sheet_path)
    sheet = book.active
    head = [c.value for c in sheet[1]]
    assert head[:3] == ["NIK", "Nama Lengkap", "Nama Ibu Kandung"]
    with db.read() as session:
        before = dict(session.execute(select(Person.nik, Person.name)).all())
    for row in range(2, sheet.max_row + 1):  # the PAC types the mothers' names
        nik = sheet.cell(row, 1).value
        assert len(nik) == 16 and before[nik] == sheet.cell(row, 2).value
        sheet.cell(row, 3).value = f"Ibu {row}"
        for column in range(4, len(head) + 1):
            sheet.cell(row, column).value = "Guru TK/RA/KB/PAUD" if head[column - 1] == "Pekerjaan" else None
    book.save(sheet_path)
    preview = prepare(db, sheet_path, "persons", ImportOptions(policy="fill"))
    changed = [o for o in preview.rows if o.changes]
    assert len(changed) == 138 and all("mother_name" in o.changes for o in changed)
    assert all("name" not in o.changes for o in changed)  # only empty fields are filled
    commit(db, preview, backup=False)
    assert _lacking(db) == 0
    with db.read() as session:
        assert dict(session.execute(select(Person.nik, Person.name)).all()) == before
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "intake_export")).one()
        assert entry.person_count == 138 and entry.fields == "nik,name"


def test_bulk_edit_sets_occupation_for_many_in_one_entry(db, sooko):
    with db.write() as session:
        ids = queries.person_ids(session, queries.PersonFilter(), limit=20)
        teacher = session.scalar(select(Occupation.code).where(Occupation.name == "Guru TK/RA/KB/PAUD"))
        bulk_edit(session, ids, BulkChange(occupation_code=teacher, payer="ORG", programmes=["JKK", "JKM"]))
    with db.read() as session:
        rows = session.execute(select(Person.occupation_code, Person.payer, Person.programmes)
                               .where(Person.id.in_(ids))).all()
        assert set(rows) == {(teacher, "ORG", "JKK JKM")}
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "person_bulk_edit")).all()
        assert len(entries) == 1 and entries[0].person_count == 20 and "Guru TK/RA/KB/PAUD" in entries[0].what


def test_bulk_edit_changes_nothing_when_one_person_fails(db, sooko):
    with db.write() as session:
        ids = queries.person_ids(session, queries.PersonFilter(), limit=5)
        before = session.scalar(select(func.count()).where(Person.segment == "PU"))
    with pytest.raises(UserError, match="tidak ada di daftar pekerjaan"):
        with db.write() as session:
            bulk_edit(session, ids, BulkChange(occupation_code="999999"))
    with pytest.raises(UserError, match="JP"):  # JP is only for PU: every person refuses, nothing changes
        with db.write() as session:
            bulk_edit(session, ids, BulkChange(programmes=["JKK", "JKM", "JP"]))
    with db.read() as session:
        assert session.scalar(select(func.count()).where(Person.segment == "PU")) == before
        assert not session.scalars(select(Person.programmes).where(Person.programmes.like("%JP%"))).all()


def test_cli_bulk_edit_and_intake_sheet(cli, db, sooko, tmp_path):
    result = cli("person", "list", "--lacking-for", "--limit", "1")
    assert result.exit_code == 0 and "138 orang cocok" in result.output
    result = cli("person", "bulk-edit", "--unit", "PAC Muslimat NU Sooko", "--occupation", "101")
    assert result.exit_code == 0, result.output
    assert "orang diubah: Pekerjaan → Guru TK/RA/KB/PAUD" in result.output
    result = cli("person", "intake-sheet", str(tmp_path / "isian.xlsx"), "--unit", "PAC Muslimat NU Sooko")
    assert result.exit_code == 0 and "138 orang" in result.output
    assert "Pekerjaan" not in [c.value for c in openpyxl.load_workbook(tmp_path / "isian.xlsx").active[1]]
    assert cli("person", "bulk-edit", "--ids", "1,2", "--payer", "NEGARA").exit_code == 2

"""Batches: creating from a filter or a selection, one open batch per person, checking before export.

`sooko_roster` builds the PAC Sooko members the branch answered for (the NIKs of
jawaban-kantor-cabang.xlsx) plus 18 members still without an answer: 138 persons, as samples §4 expects.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest

from desktop.batches import check, lifecycle, presets
from desktop.domain.nik import decode_nik
from desktop.errors import UserError
from desktop.models import Batch, BpuBracket, Person
from desktop.roster import bulk, queries

PERIOD = dt.date(2026, 11, 1)  # the month of the branch's answer (samples README reference date)
INCOMES = [1_000_000, 1_500_000, 2_000_000]


def answer_rows(samples) -> list[list]:  # noqa: ANN001
    from python_calamine import CalamineWorkbook
    book = CalamineWorkbook.from_path(str(samples / "jawaban-kantor-cabang.xlsx"))
    return book.get_sheet_by_name("Hasil Verifikasi").to_python()[1:]


def person_dict(nik: str, name: str, index: int, unit_id: int) -> dict:
    birth, sex = decode_nik(nik, reference=PERIOD)
    return {"nik": nik, "name": ("Hj. " if index % 10 == 0 else "") + name.title(), "sex": sex,
            "birth_date": birth, "birth_place": "Mojokerto", "mother_name": f"Ibu {index}",
            "address": f"Dusun Krajan {index}", "rt": "001", "rw": "002", "phone": f"6281234{index:06d}",
            "income": INCOMES[index % 3], "programmes": "JKK JKM JHT" if index % 4 == 0 else "JKK JKM",
            "occupation_code": "101", "unit_id": unit_id}


def sooko_roster(db, samples, unit_id: int) -> list[str]:  # noqa: ANN001
    """Insert the 120 answered persons and 18 unanswered ones; returns all 138 NIKs."""
    rows = [person_dict(r[0], r[1], i, unit_id) for i, r in enumerate(answer_rows(samples))]
    for extra in range(18):  # women born 1980-1997 in Sooko, serials the answer file does not use
        nik = f"351613{41 + extra % 28:02d}{1 + extra % 12:02d}{80 + extra:02d}{9001 + extra:04d}"
        rows.append(person_dict(nik, f"Anggota Tunggu {extra + 1}", 200 + extra, unit_id))
    with db.write() as session:
        bulk.insert_persons(session, rows)
    return [r["nik"] for r in rows]


def allow_older_bpu(db) -> None:  # noqa: ANN001
    """The sample batch went to the branch with 6 members over 65 (the branch rejected them):
    the organisation raised its BPU age limit setting to send them anyway."""
    from desktop import settings
    with db.write() as session:
        settings.save(session, bpu_max_age=100)


def make_sooko_batch(db, samples, mojokerto) -> str:  # noqa: ANN001
    sooko_roster(db, samples, mojokerto["sooko"])
    allow_older_bpu(db)
    with db.write() as session:
        batch_id, added, _ = lifecycle.create_batch(
            session, lifecycle.BatchSpec(segment="BPU", period_start=PERIOD, prepared_by="Sekretaris"),
            flt=queries.PersonFilter(unit_id=mojokerto["sooko"]))
        assert added == 138
        result = check.check_batch(session, batch_id)
        assert result.ok, result.describe()
        return session.get(Batch, batch_id).number


def test_a_batch_takes_the_filtered_persons_once(db, samples, mojokerto):
    sooko_roster(db, samples, mojokerto["sooko"])
    spec = lifecycle.BatchSpec(segment="BPU", period_start=PERIOD)
    with db.write() as session:
        first, added, skipped = lifecycle.create_batch(session, spec, flt=queries.PersonFilter(unit_id=mojokerto["pc"]))
        assert (added, skipped) == (138, 0)
    with db.write() as session:
        # the same persons are in an open batch: nobody is left to batch again
        with pytest.raises(UserError, match="sudah ada di batch lain"):
            lifecycle.create_batch(session, spec, flt=queries.PersonFilter(unit_id=mojokerto["sooko"]))
    with db.read() as session:
        listed = lifecycle.list_batches(session)
        assert [(b.number, b.state, b.persons, b.pending) for b in listed] == [(listed[0].number, "draft", 138, 138)]
        assert listed[0].preset == presets.BPU_PRESET


def test_a_selection_skips_enrolled_persons_and_other_segments(db, samples, mojokerto):
    niks = sooko_roster(db, samples, mojokerto["sooko"])
    with db.write() as session:
        ids = [session.query(Person.id).filter(Person.nik == nik).scalar() for nik in niks[:5]]
        session.get(Person, ids[0]).status = "terdaftar"
        session.get(Person, ids[1]).segment = "PU"
    with db.write() as session:
        _, added, skipped = lifecycle.create_batch(session, lifecycle.BatchSpec(period_start=PERIOD), person_ids=ids)
    assert (added, skipped) == (3, 2)


def test_jp_is_refused_for_a_bpu_batch(db, mojokerto):
    with db.write() as session, pytest.raises(UserError, match="JP hanya untuk"):
        lifecycle.create_batch(session, lifecycle.BatchSpec(segment="BPU", programmes="JKK JKM JP"))


def test_check_lists_what_to_fix_per_person_and_blocks_until_fixed(db, samples, mojokerto):
    niks = sooko_roster(db, samples, mojokerto["sooko"])
    with db.write() as session:
        person = session.query(Person).filter(Person.nik == niks[1]).one()
        person.mother_name = None
        person.income = None
        batch_id, _, _ = lifecycle.create_batch(session, lifecycle.BatchSpec(period_start=PERIOD),
                                                flt=queries.PersonFilter(unit_id=mojokerto["sooko"]))
        result = check.check_batch(session, batch_id)
        by_nik = {p.nik: p.messages for p in result.problems}
    assert not result.ok
    assert any("Nama Ibu Kandung belum diisi" in m for m in by_nik[niks[1]])
    assert any("penghasilan/upah belum diisi" in m.lower() for m in by_nik[niks[1]])
    # the six members the branch rejected for age are caught by the BPU age rule before export
    over_65 = {nik for nik, messages in by_nik.items() if any("BPU hanya untuk umur di bawah 65" in m for m in messages)}
    rejected_for_age = {r[0] for r in answer_rows(samples) if r[4] == "Usia melebihi 65 tahun"}
    assert len(rejected_for_age) == 6 and rejected_for_age <= over_65
    with db.read() as session:
        assert session.get(Batch, batch_id).state == "draft"
    allow_older_bpu(db)
    with db.write() as session:
        session.query(Person).filter(Person.nik == niks[1]).update({"mother_name": "Siti", "income": 1_000_000})
        result = check.check_batch(session, batch_id)
        assert result.ok and result.persons == 138
        assert session.get(Batch, batch_id).state == "checked"
        # taking a person out sends the batch back to draft: it must be checked again
        assert lifecycle.remove_persons(session, batch_id, [person.id]) == 1
        assert session.get(Batch, batch_id).state == "draft"


def test_cli_creates_checks_and_lists_batches(db, cli, samples, mojokerto):
    sooko_roster(db, samples, mojokerto["sooko"])
    allow_older_bpu(db)
    made = cli("batch", "create", "--unit", "PAC Muslimat NU Sooko", "--period", "11-2026")
    assert made.exit_code == 0, made.output
    assert "138 orang" in made.output
    number = re.search(r"Batch (B\d{4}-\d{4}) dibuat", made.output)[1]
    checked = cli("batch", "check", number)
    assert checked.exit_code == 0, checked.output
    assert "siap diekspor" in checked.output
    listed = cli("batch", "list")
    assert number in listed.output and "Sudah diperiksa" in listed.output
    cost = cli("batch", "cost", number)
    # by hand, Nov 2026 (PP 50/2025 halves JKK and JKM): each income priced at its bracket's dasar
    # (500.000–1.000.000 → 1.000.000, 1.500.000 → 1.600.000, 2.500.000 → 2.600.000, 3.000.000 → 2.950.000),
    # JKK dasar/100/2 + JKM 3.400 + JHT 2% of dasar for the 35 with JHT; 1% of the income gave 2.554.200
    assert "JKK     138 orang" in cost.output and "Jumlah seluruh periode: Rp2.599.200" in cost.output


def test_check_names_an_income_the_bracket_table_cannot_place_and_prices_a_low_one_at_the_floor(db, samples, mojokerto):
    niks = sooko_roster(db, samples, mojokerto["sooko"])
    allow_older_bpu(db)
    with db.write() as session:
        low = session.query(Person).filter(Person.nik == niks[0]).one()
        low.income = 300_000  # an honorarium below the floor: priced at the floor bracket, not a problem
        high = session.query(Person).filter(Person.nik == niks[2]).one()
        high.income = 25_000_000
        # the clerk closed the open top row at Rp21.199.000 (as the Kantor Cabang told her): 25.000.000 has no row
        top = session.query(BpuBracket).filter(BpuBracket.dasar_penghasilan == 20_700_000).one()
        top.income_high = 21_199_000
        batch_id, _, _ = lifecycle.create_batch(session, lifecycle.BatchSpec(period_start=PERIOD),
                                                flt=queries.PersonFilter(unit_id=mojokerto["sooko"]))
        result = check.check_batch(session, batch_id)
        by_nik = {p.nik: p.messages for p in result.problems}
    assert niks[0] not in by_nik
    assert any("tidak masuk golongan" in m for m in by_nik[niks[2]]), by_nik.get(niks[2])

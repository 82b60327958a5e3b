"""The bulk path writes exactly what it is given, heirs attached to the right person."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.models import Heir, Person
from desktop.roster import bulk, queries


def test_bulk_insert_with_heirs_keeps_them_with_their_person(db, mojokerto):
    rows = [
        {"nik": "3516135205750003", "name": "Siti Aminah", "birth_date": dt.date(1975, 5, 12), "sex": "P",
         "unit_id": mojokerto["sooko"], "heirs": [{"name": "Ahmad", "relation": "Suami"}]},
        {"nik": None, "name": "Nur Hidayah", "unit_id": mojokerto["sooko"]},
        {"nik": "3516084107800001", "name": "Umi Kulsum", "unit_id": mojokerto["mojosari"],
         "heirs": [{"name": "Rina", "relation": "Anak"}, {"name": "Dewi", "relation": "Anak"}]},
    ]
    with db.write() as session:
        assert bulk.insert_persons(session, rows) == 3
    with db.read() as session:
        heirs = {(p, h) for p, h in session.execute(
            select(Person.name, Heir.name).join(Heir, Heir.person_id == Person.id))}
        assert heirs == {("Siti Aminah", "Ahmad"), ("Umi Kulsum", "Rina"), ("Umi Kulsum", "Dewi")}
        assert session.scalar(select(Person.birth_date).where(Person.nik == "3516135205750003")) == dt.date(1975, 5, 12)
        assert queries.count(session, queries.PersonFilter(unit_id=mojokerto["pc"])) == 3
        assert queries.count(session, queries.PersonFilter(search="hidayah")) == 1
        assert queries.count(session, queries.PersonFilter(without_nik=True)) == 1
        assert queries.count(session, queries.PersonFilter(search="3516 08")) == 1

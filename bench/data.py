"""Generated rosters for benchmarks and large tests: valid, deterministic, fictitious persons.

`make_database(path, n)` builds a DB with the PC, 18 PACs (one per kecamatan of Kab. Mojokerto),
3 Ranting each, and n persons spread over them, through our own bulk insert.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

FIRST = ["Siti", "Nur", "Sri", "Dewi", "Lilik", "Umi", "Anik", "Endang", "Lailatul", "Khusnul", "Nurul", "Ika",
         "Tutik", "Eni", "Yuli", "Luluk", "Ainun", "Rina", "Wiwik", "Titik", "Fitri", "Novi", "Rini", "Isnaini"]
SECOND = ["Aminah", "Hidayah", "Kulsum", "Masruroh", "Wahyuni", "Nur Aini", "Mahmudah", "Sulistyowati",
          "Fitriyah", "Khotimah", "Fadilah", "Yuliana", "Handayani", "Susanti", "Maslahah", "Musyarofah"]
KECAMATAN = ["Jatirejo", "Gondang", "Pacet", "Trawas", "Ngoro", "Pungging", "Kutorejo", "Mojosari", "Dlanggu",
             "Bangsal", "Puri", "Trowulan", "Sooko", "Gedeg", "Kemlagi", "Jetis", "Dawarblandong", "Mojoanyar"]
STATUSES = ["belum"] * 6 + ["diajukan", "terdaftar", "terdaftar", "ditolak"]


def person_rows(n: int, unit_ids: list[int], seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        kec = rng.randrange(18)
        birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 55))
        nik = f"3516{kec + 1:02d}{birth.day + 40:02d}{birth.month:02d}{birth.year % 100:02d}{i % 9999 + 1:04d}"
        status = rng.choice(STATUSES)
        rows.append({
            "nik": nik, "name": f"{rng.choice(FIRST)} {rng.choice(SECOND)}", "sex": "P", "birth_date": birth,
            "birth_place": "Mojokerto", "phone": f"628{rng.randrange(10**9, 10**10)}",
            "income": rng.choice([1_000_000, 1_500_000, 2_000_000]), "unit_id": rng.choice(unit_ids),
            "programmes": rng.choice(["JKK JKM", "JKK JKM JHT"]), "status": status,
            "kpj": f"26{rng.randrange(10**7, 10**8)}{i % 10}" if status == "terdaftar" else None,  # 11 digits, as the column
        })
    # NIK must be unique: the serial part collides for large n, so make the tail unique
    seen: set[str] = set()
    for row in rows:
        while row["nik"] in seen:
            serial = (int(row["nik"][12:]) % 9999) + 1
            row["nik"] = row["nik"][:12] + f"{serial:04d}"
        seen.add(row["nik"])
    return rows


def make_units(session) -> list[int]:  # noqa: ANN001
    """The PC, a PAC per kecamatan and three Ranting under each; returns the Ranting ids."""
    from desktop.roster import units
    pc = units.add_unit(session, "PC Muslimat NU Kab. Mojokerto")
    ranting = []
    for index, kec in enumerate(KECAMATAN, start=1):
        pac = units.add_unit(session, f"PAC Muslimat NU {kec}", parent_id=pc, region_code=f"35.16.{index:02d}")
        for r in range(1, 4):
            ranting.append(units.add_unit(session, f"Ranting {kec} {r}", parent_id=pac))
    return ranting


def make_database(path: Path, n: int, seed: int = 1):
    from desktop.db import open_database
    from desktop.roster import bulk
    db = open_database(path)
    with db.write() as session:
        ranting = make_units(session)
        bulk.insert_persons(session, person_rows(n, ranting, seed))
    return db

"""The person fields an export column can show, and how one person's values are read in SQL.

A preset column names one of these fields; `batch_rows` streams the values of a batch's persons
in chunks (one query per chunk), so a 100,000-person export never holds all rows at once.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.domain.phone import format_phone_national
from desktop.models import BatchItem, Institution, Occupation, OrgUnit, Person, Region

FORMATS = {"teks": "Teks", "angka": "Angka", "tanggal": "Tanggal dd-mm-yyyy (teks)"}


@dataclass(frozen=True)
class FieldSpec:
    label: str
    format: str = "teks"
    personal: bool = False  # personal data (UU 27/2022): named in the export's audit entry


FIELDS: dict[str, FieldSpec] = {
    "no": FieldSpec("Nomor urut", "angka"),
    "nik": FieldSpec("NIK", personal=True),
    "kk": FieldSpec("No. KK", personal=True),
    "kpj": FieldSpec("No. KPJ", personal=True),
    "name": FieldSpec("Nama (seperti tercatat)", personal=True),
    "name_ktp": FieldSpec("Nama tanpa gelar (seperti KTP)", personal=True),
    "birth_place": FieldSpec("Tempat lahir", personal=True),
    "birth_date": FieldSpec("Tanggal lahir", "tanggal", personal=True),
    "sex": FieldSpec("Jenis kelamin (L/P)", personal=True),
    "mother_name": FieldSpec("Nama ibu kandung", personal=True),
    "address": FieldSpec("Alamat", personal=True),
    "rt_rw": FieldSpec("RT/RW", personal=True),
    "desa": FieldSpec("Desa/Kelurahan"),
    "kecamatan": FieldSpec("Kecamatan"),
    "kabupaten": FieldSpec("Kabupaten/Kota"),
    "provinsi": FieldSpec("Provinsi"),
    "postal_code": FieldSpec("Kode pos"),
    "phone": FieldSpec("No. HP (08…)", personal=True),
    "email": FieldSpec("Email", personal=True),
    "occupation": FieldSpec("Jenis pekerjaan (nama)"),
    "occupation_code": FieldSpec("Jenis pekerjaan (kode)"),
    "position": FieldSpec("Jabatan"),
    "income": FieldSpec("Penghasilan/upah (rupiah)", "angka", personal=True),
    "jkk": FieldSpec("Ikut JKK (Y/kosong)"),
    "jkm": FieldSpec("Ikut JKM (Y/kosong)"),
    "jht": FieldSpec("Ikut JHT (Y/kosong)"),
    "jp": FieldSpec("Ikut JP (Y/kosong)"),
    "months": FieldSpec("Periode bayar (bulan)", "angka"),
    "period_start": FieldSpec("Bulan pertama iuran", "tanggal"),
    "unit": FieldSpec("Lembaga/PAC/Ranting"),
    "member_no": FieldSpec("No. anggota"),
    "payer": FieldSpec("Pembayar iuran"),
    "blank": FieldSpec("(kolom kosong, diisi kantor cabang)"),
}

# Titles the branch leaves out of a name: before it (Hj., Dra.) and academic ones after a comma.
_PREFIX_TITLES = re.compile(r"^(?:(?:hj|h|dra|drs|dr|ir|ny|nyai)\.?\s+)+", re.IGNORECASE)


def name_without_titles(name: str) -> str:
    """"Hj. Siti Aminah, S.Pd." → "Siti Aminah" (the name as on the KTP)."""
    plain = name.split(",")[0]
    return " ".join(_PREFIX_TITLES.sub("", plain.strip()).split())


def date_text(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


_desa = aliased(Region)
_kec = aliased(Region)
_kab = aliased(Region)
_prov = aliased(Region)
_COLUMNS = (Person.id, Person.nik, Person.kk, Person.kpj, Person.name, Person.birth_place, Person.birth_date,
            Person.sex, Person.mother_name, Person.address, Person.rt, Person.rw, _desa.name, _kec.name,
            _kab.name, _prov.name, Person.postal_code, Person.phone, Person.email, Occupation.name,
            Person.occupation_code, Person.position, Person.income, Person.programmes, Institution.name,
            OrgUnit.name, Person.member_no, Person.payer, Person.segment, Person.sector,
            Institution.risk_group, Person.deleted_at)


def _person_query():
    return (select(*_COLUMNS)
            .outerjoin(_desa, _desa.code == Person.desa_code)
            .outerjoin(_kec, _kec.code == _desa.parent_code)
            .outerjoin(_kab, _kab.code == _kec.parent_code)
            .outerjoin(_prov, _prov.code == _kab.parent_code)
            .outerjoin(Occupation, Occupation.code == Person.occupation_code)
            .outerjoin(Institution, Institution.id == Person.institution_id)
            .outerjoin(OrgUnit, OrgUnit.id == Person.unit_id))


def _values(row, months: int, period_start: dt.date) -> dict[str, object]:  # noqa: ANN001 - a SQL row
    (pid, nik, kk, kpj, name, birth_place, birth_date, sex, mother, address, rt, rw, desa, kec, kab, prov,
     postal, phone, email, occupation, occupation_code, position, income, programmes, institution, unit,
     member_no, payer, segment, sector, risk_group, deleted_at) = row
    chosen = programmes.split()
    return {
        "id": pid, "nik": nik or "", "kk": kk or "", "kpj": kpj or "", "name": name,
        "name_ktp": name_without_titles(name), "birth_place": birth_place or "", "birth_date": birth_date,
        "sex": sex or "", "mother_name": mother or "", "address": address or "",
        "rt_rw": f"{rt}/{rw}" if rt and rw else (rt or ""), "desa": desa or "", "kecamatan": kec or "",
        "kabupaten": kab or "", "provinsi": prov or "", "postal_code": postal or "",
        "phone": format_phone_national(phone), "email": email or "", "occupation": occupation or "",
        "occupation_code": occupation_code or "", "position": position or "", "income": income,
        "jkk": "Y" if "JKK" in chosen else "", "jkm": "Y" if "JKM" in chosen else "",
        "jht": "Y" if "JHT" in chosen else "", "jp": "Y" if "JP" in chosen else "", "months": months,
        "period_start": period_start, "unit": institution or unit or "", "member_no": member_no or "",
        "payer": payer or "", "blank": "",
        # not columns: what the check and the contribution need
        "programmes": programmes, "segment": segment, "sector": sector, "risk_group": risk_group or "I",
        "deleted": deleted_at is not None,
    }


def batch_rows(session: Session, batch_id: int, months: int, period_start: dt.date, *, states=("pending",),
               chunk: int = 5000) -> Iterator[dict[str, object]]:
    """Every person of the batch (items in `states`), ordered by unit then name, as field → raw value."""
    ids = list(session.scalars(
        select(Person.id).join(BatchItem, BatchItem.person_id == Person.id)
        .where(BatchItem.batch_id == batch_id, BatchItem.state.in_(states))
        .order_by(Person.unit_id, Person.name_key, Person.id)))
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        by_id = {row[0]: row for row in session.execute(_person_query().where(Person.id.in_(part)))}
        for pid in part:
            yield _values(by_id[pid], months, period_start)

"""Broken files and random cells: no exception escapes, the DB is unchanged, a message names the place.
And an import killed midway (SIGKILL) leaves the DB exactly as it was and intact."""
from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import func, select, text

from desktop.db import open_database
from desktop.errors import UserError
from desktop.importing.commit import commit
from desktop.importing.options import ImportOptions
from desktop.importing.plan import prepare
from desktop.models import Person

ROOT = Path(__file__).resolve().parents[2]
CELLS = st.one_of(
    st.none(), st.text(max_size=40), st.integers(-10**17, 10**17), st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(), st.dates(min_value=dt.date(1900, 1, 2)),
    st.sampled_from(["=1+1", "=SUM(A1:A2)", "#N/A", "3.51613E+15", "x" * 32_000, "12/13/99", "Rp", "0", " ",
                     "31-02-1980", "35161345058000011", "JUMLAH", "+62", "\x00", "١٢٣"]),
)


def _count(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Person))


def _try_import(db, path: Path) -> str | None:
    """Prepare and commit; returns the message of a UserError, None when it went through."""
    try:
        commit(db, prepare(db, path, "persons", ImportOptions(reference=dt.date(2026, 11, 2))), backup=False)
    except UserError as exc:
        return exc.full_message()
    return None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELLS, min_size=0, max_size=8), max_size=6))
def test_random_cells_never_crash_and_every_finding_names_its_place(db, tmp_path, rows):
    path = tmp_path / "acak.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nama", "NIK", "Tgl Lahir", "No HP", "Penghasilan", "Desa", "RT/RW", "Nama Lembaga"])
    for row in rows:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", c) if isinstance(c, str) else c for c in row])
    book.save(path)
    before = _count(db)
    preview = prepare(db, path, "persons", ImportOptions(reference=dt.date(2026, 11, 2)))
    for outcome in preview.rows:
        for finding in outcome.findings:
            assert finding.text.startswith(f"berkas acak.xlsx, lembar Sheet, baris {outcome.row}")
    assert all(o.status != "new" or o.values.get("nik") for o in preview.rows)  # never a placeholder NIK
    assert _count(db) == before


@pytest.mark.parametrize("content", [
    b"",  # empty file
    b"PK\x03\x04 not really a zip",  # truncated zip
    b"\xff\xfe\x00garbage" * 50,
])
def test_broken_files_are_refused_with_the_file_name(db, tmp_path, content):
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(content)
    message = _try_import(db, path)
    assert message and message.startswith("berkas rusak.xlsx") and _count(db) == 0


def test_truncated_real_file_and_empty_sheet(db, tmp_path, samples):
    data = (samples / "pac-sooko-anggota.xlsx").read_bytes()
    cut = tmp_path / "terpotong.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    assert "terpotong.xlsx" in _try_import(db, cut)
    empty = tmp_path / "kosong.xlsx"
    openpyxl.Workbook().save(empty)
    assert _try_import(db, empty).startswith("berkas kosong.xlsx: Tidak ada lembar dengan baris judul")
    wrong = tmp_path / "data.docx"
    with zipfile.ZipFile(wrong, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    assert "tidak didukung" in _try_import(db, wrong)
    assert _count(db) == 0


def test_an_import_killed_midway_leaves_the_database_unchanged(db_path, tmp_path, data_dir):
    sys.path.insert(0, str(ROOT))
    from bench.data import person_rows  # noqa: PLC0415 - the bench's deterministic rows
    big = tmp_path / "besar.csv"  # written fast; read by the same importer as xlsx
    lines = ["Nama;NIK;Tgl Lahir;Alamat;No HP"]
    lines += [f"{r['name']};{r['nik']};{r['birth_date']:%d-%m-%Y};Dsn. Kauman;081234567890"
              for r in person_rows(25_000, [None])]
    big.write_text("\n".join(lines), encoding="utf-8")
    db = open_database(db_path)
    with db.write() as session:
        session.add(Person(name="Sudah Ada", name_key="sudah ada", nik="3516134505800001"))
    db.close()
    env = {**os.environ, "JAMSOS_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "desktop.cli", "--db", str(db_path), "import", "persons",
                                str(big), "--progress"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    # kill inside the write transaction: "Menyimpan …" is reported between inserted chunks, before
    # the indexes are rebuilt and the transaction commits
    for line in process.stderr:
        if line.startswith("Menyimpan"):
            process.send_signal(signal.SIGKILL)
            break
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the import finished before it could be killed"
    db = open_database(db_path)
    try:
        from desktop import integrity
        assert integrity.check(db).ok  # the file's pages (SQLite) or the server's constraints
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 1
            assert session.scalar(text("SELECT count(*) FROM import_run")) == 0
    finally:
        db.close()

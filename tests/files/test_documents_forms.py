"""Enrolment forms read back from the PDF: what the member sees on the page she signs."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from desktop import contributions
from desktop.documents import form, verification
from desktop.documents.scope import Scope
from desktop.domain import money
from desktop.errors import UserError
from desktop.models import AuditEntry
from desktop.roster import persons, queries

PRINT_DATE = dt.date(2026, 11, 25)
MONTH = dt.date(2026, 11, 1)


def pages_text(path) -> list[str]:
    """The text of each page, whitespace collapsed (what a reader sees, line breaks aside)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def add(session, name, nik, unit_id, *, heirs=0, income=1_500_000, programmes=("JKK", "JKM"), institution_id=None,
        phone="081234567890", birth=dt.date(1980, 4, 20), segment="BPU"):
    return persons.add_person(session, persons.PersonData(
        name=name, nik=nik, sex="P", birth_place="Mojokerto", birth_date=birth, mother_name="Aminah",
        address="Dusun Japan RT 1", rt="001", rw="002", desa_code="35.16.13.2001", phone=phone, income=income,
        segment=segment, programmes=list(programmes), unit_id=unit_id, institution_id=institution_id,
        heirs=[persons.HeirData(f"Ahli Waris {name.split()[0]} {i + 1}", "Anak", dt.date(2005, 1, i + 1), sex="L")
               for i in range(heirs)]), reference=PRINT_DATE)


@pytest.fixture
def members(db, mojokerto):
    """Four members in two PACs, one with six heirs (two pages), one at the TK."""
    with db.write() as session:
        ids = {
            "siti": add(session, "Siti Aminah", "3516136004800001", mojokerto["sooko"], heirs=6,
                        programmes=("JKK", "JKM", "JHT")),
            "nur": add(session, "Nur Hidayah", "3516135204800002", mojokerto["sooko"], heirs=1,
                       institution_id=mojokerto["tk"], income=1_000_000),
            "anik": add(session, "Anik Wahyuni", "3516084507800003", mojokerto["mojosari"]),
            "dewi": add(session, "Dewi Kulsum", "3516134103800004", mojokerto["sooko"]),
        }
    return ids


@pytest.fixture(scope="module")
def migrated_db(tmp_path_factory):
    """One migrated, seeded database file per module, copied for each test (opening a new DB
    seeds the regions and takes seconds)."""
    from desktop.db import open_database
    folder = tmp_path_factory.mktemp("template")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JAMSOS_DATA_DIR", str(folder))
        open_database(folder / "template.sqlite").close()
    return folder / "template.sqlite"


@pytest.fixture
def db_path(tmp_path, migrated_db):
    target = tmp_path / "jamsos.sqlite"
    shutil.copyfile(migrated_db, target)
    return target


def print_unit(db, unit_id, tmp_path, **scope):
    return form.print_forms(db, Scope(filter=queries.PersonFilter(unit_id=unit_id), **scope), tmp_path / "f.pdf",
                            form.FormOptions(month=MONTH, print_date=PRINT_DATE))


def test_a_form_shows_identity_contribution_in_words_and_the_date_line(db, mojokerto, members, tmp_path):
    printed = form.print_forms(db, Scope(ids=[members["nur"]]), tmp_path / "nur.pdf",
                               form.FormOptions(month=MONTH, print_date=PRINT_DATE))
    [text] = pages_text(printed.path)
    with db.read() as session:
        expected = contributions.person_contribution(session, members["nur"], MONTH)
    assert "FORMULIR PENDAFTARAN PESERTA BUKAN PENERIMA UPAH (BPU)" in text
    assert "PIMPINAN CABANG MUSLIMAT NAHDLATUL ULAMA KABUPATEN MOJOKERTO" in text  # the kop
    assert "Kepada Yth. Kepala BPJS Ketenagakerjaan Kantor Cabang Mojokerto" in text
    assert "Nur Hidayah" in text and "3516135204800002" in text  # the form itself shows the full NIK
    assert "Mojokerto, 20 April 1980" in text
    assert "Japan" in text and "Sooko" in text  # desa and kecamatan names from the region table
    assert "0812-3456-7890" in text
    assert "TK Muslimat NU 05 Japan" in text
    assert money.rupiah(expected.total) in text
    assert f"({money.terbilang(expected.total)} rupiah) untuk bulan November 2026" in text
    assert "Mojokerto, 25 November 2026" in text
    assert "Undang-Undang Nomor 27 Tahun 2022" in text
    assert "Calon peserta" in text and "Petugas unit" in text
    assert "Ahli Waris Nur 1" in text


def test_heirs_that_do_not_fit_continue_on_a_second_page(db, mojokerto, members, tmp_path):
    printed = form.print_forms(db, Scope(ids=[members["siti"]]), tmp_path / "siti.pdf",
                               form.FormOptions(month=MONTH, print_date=PRINT_DATE))
    first, second = pages_text(printed.path)
    assert printed.pages == 2
    assert "Ahli Waris Siti 3" in first and "Ahli Waris Siti 4" not in first
    assert "Ahli Waris Siti 4" in second and "Ahli Waris Siti 6" in second
    assert "lanjutan" in second and "Siti Aminah" in second


def test_bulk_forms_for_a_unit_in_the_chosen_order_are_registered_and_verifiable(db, mojokerto, members, tmp_path):
    printed = print_unit(db, mojokerto["sooko"], tmp_path, sort="nik")
    texts = pages_text(printed.path)
    assert printed.person_count == 3 and printed.pages == 4  # Siti takes two pages
    firsts = [t for t in texts if "lanjutan" not in t]
    order = [next(n for n in ("Siti Aminah", "Nur Hidayah", "Dewi Kulsum") if n in t) for t in firsts]
    assert order == ["Dewi Kulsum", "Nur Hidayah", "Siti Aminah"]  # NIK …4103…, …5204…, …6004…
    assert "Anik Wahyuni" not in " ".join(texts)  # another PAC
    assert all(printed.doc_id in t for t in texts)
    assert f"Formulir 1 dari 3 (kode periksa {printed.doc_id}/1)" in texts[0]
    with db.read() as session:
        checked = verification.verify(session, verification.qr_payload(printed.doc_id, 2))
        entry = session.query(AuditEntry).filter_by(action="print").one()
    assert "Formulir ke-2: Nur Hidayah" in checked.text()
    assert checked.pages == 4 and checked.kind == "form"
    assert entry.person_count == 3 and "nik" in entry.fields.split(",")
    assert json.loads(entry.detail)["document"] == printed.doc_id


def test_a_form_without_rates_for_the_month_says_so_instead_of_printing_zero(db, mojokerto, members, tmp_path):
    printed = form.print_forms(db, Scope(ids=[members["anik"]]), tmp_path / "old.pdf",
                               form.FormOptions(month=dt.date(2001, 1, 1), print_date=PRINT_DATE))
    [text] = pages_text(printed.path)
    assert "belum dapat dihitung" in text and "Rp0" not in text
    assert printed.warnings and "Anik Wahyuni" in printed.warnings[0]


def test_an_empty_scope_is_a_clear_error_and_writes_nothing(db, mojokerto, tmp_path):
    with pytest.raises(UserError, match="Tidak ada orang"):
        print_unit(db, mojokerto["mojosari"], tmp_path)
    assert not (tmp_path / "f.pdf").exists()


def embedded_fonts(path) -> list[tuple[str, bool]]:
    """(font name, embedded?) of every font in the PDF, as poppler's pdffonts lists them."""
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    return [(line.split()[0], line.split()[-5] == "yes") for line in lines[2:]]


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_fonts_are_embedded_and_metadata_is_set(db, mojokerto, members, tmp_path):
    printed = print_unit(db, mojokerto["mojosari"], tmp_path)
    fonts = embedded_fonts(printed.path)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert any("DejaVuSans" in name for name, _ in fonts)
    reader = PdfReader(str(printed.path))
    assert reader.metadata.title.startswith("Formulir pendaftaran peserta")
    assert reader.metadata.author == "Pimpinan Cabang Muslimat Nahdlatul Ulama Kabupaten Mojokerto"


def test_cli_prints_forms_by_nik_and_verifies_the_code(cli, db, mojokerto, members, tmp_path):
    out = tmp_path / "cli.pdf"
    result = cli("print", "form", "--nik", "3516084507800003", "--out", str(out), "--date", "25-11-2026")
    assert result.exit_code == 0, result.output
    assert "1 halaman" in result.output
    code = re.search(r"JD-[0-9A-Z]{4}-[0-9A-Z]{4}", result.output).group(0)
    assert "Anik Wahyuni" in pages_text(out)[0]
    checked = cli("document", "verify", f"JAMSOS-DOC:{code}/1")
    assert checked.exit_code == 0 and "Formulir ke-1: Anik Wahyuni" in checked.output
    unknown = cli("document", "verify", "JD-AAAA-BBBB")
    assert unknown.exit_code == 2 and "tidak tercatat" in unknown.output
    missing = cli("print", "form", "--out", str(out))
    assert missing.exit_code == 2 and "--unit" in missing.output


def test_cancelling_a_bulk_print_leaves_no_file_and_no_record(db, mojokerto, members, tmp_path):
    from desktop.models import PrintedDocument
    from desktop.progress import Cancelled, Progress
    progress = Progress()
    progress.cancel()  # as if the clerk pressed Batal at the first progress step
    with pytest.raises(Cancelled):
        form.print_forms(db, Scope(filter=queries.PersonFilter(unit_id=mojokerto["pc"])), tmp_path / "x.pdf",
                         progress=progress)
    assert list(tmp_path.glob("*x.pdf*")) == []
    with db.read() as session:
        assert session.query(PrintedDocument).count() == 0
        assert session.query(AuditEntry).filter_by(action="print").count() == 0


def test_an_honorarium_below_the_floor_paid_for_three_months_says_discount_and_period_total(db, mojokerto, tmp_path):
    """Rp300.000 is priced at the floor bracket (JKK 10.000 + JKM 6.800), halved by PP 50/2025 in Nov and
    Dec 2026, full in Jan 2027: 8.400 + 8.400 + 16.800 = 33.600, never 1% of 300.000 (Rp4.900 a month)."""
    with db.write() as session:
        pid = add(session, "Umi Kulsum", "3516135204800009", mojokerto["sooko"], income=300_000)
    printed = form.print_forms(db, Scope(ids=[pid]), tmp_path / "umi.pdf",
                               form.FormOptions(month=MONTH, months=3, print_date=PRINT_DATE))
    [text] = pages_text(printed.path)
    assert "November–Desember 2026: Rp8.400/bln (normal Rp16.800); Januari 2027: Rp16.800/bln" in text
    assert "Jumlah 3 bulan Rp33.600 (tiga puluh tiga ribu enam ratus rupiah)" in text
    assert "Keringanan 50% JKK dan JKM, PP 50/2025, s.d. Desember 2026" in text
    assert "Rp4.900" not in text and "Rp1.500" not in text
    one = form.print_forms(db, Scope(ids=[pid]), tmp_path / "umi1.pdf",
                           form.FormOptions(month=MONTH, print_date=PRINT_DATE))
    [text] = pages_text(one.path)
    assert "JKK Rp5.000 + JKM Rp3.400 = Rp8.400 (normal Rp16.800)" in text
    assert "Potongan Rp8.400: keringanan 50% JKK dan JKM, PP 50/2025, s.d. Desember 2026" in text
    assert "…" not in text  # nothing cut short in the money block

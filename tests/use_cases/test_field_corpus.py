"""Issue #18: a corpus of generated roster files unlike the shared samples, each with the outcome a
clerk should see written beside it: how many rows are new, rejected, duplicate and skipped, and
what the summary must (and must not) say. The files are made by tests/field_files.py."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop.importing.options import ImportOptions
from desktop.importing.plan import prepare
from tests import field_files as ff
from tests.field_files import MEMBER_HEADER, Formula, SheetSpec, member_rows, people, person

REFERENCE = dt.date(2026, 11, 2)


@dataclass
class Case:
    name: str
    make: Callable[[Path], Path]  # writes the file into the folder, returns its path
    counts: tuple[int, int, int, int]  # new, rejected, duplicate, skipped
    says: tuple[str, ...] = ()  # texts the findings and notes must contain
    never: tuple[str, ...] = ()  # texts no finding may contain
    check: Callable | None = None  # further assertions on the preview
    options: dict = field(default_factory=dict)
    needs_soffice: bool = False


def _all_text(preview) -> str:  # noqa: ANN001
    return "\n".join(f.text for f in preview.findings())


def _values(preview, column: str) -> list:  # noqa: ANN001
    return [o.values.get(column) for o in preview.rows]


# ---------------------------------------------------------------- the files

def signature_block(folder: Path) -> Path:
    rows = [["DAFTAR ANGGOTA PR MUSLIMAT NU TROWULAN"], MEMBER_HEADER, *member_rows(people(12))]
    return ff.write_xlsx(folder / "ttd.xlsx", [SheetSpec("Anggota", rows + ff.signature_block())])


def signature_after_footer(folder: Path) -> Path:
    """JUMLAH footer, then straight into 'Mengetahui,' / 'Ketua PAC' / '( … )' in two columns."""
    rows = [MEMBER_HEADER, *member_rows(people(8)), ["JUMLAH", "8 orang"],
            [None, "Mengetahui,", None, None, None, None, "Mojosari, 03-11-2026"],
            [None, "Ketua PAC", None, None, None, None, "Sekretaris"],
            [None, "( Hj. Siti Mahmudah, S.Pd.I )", None, None, None, None, "( Nur Hidayah )"],
            [None, "Lampiran: daftar hadir"]]
    return ff.write_openpyxl(folder / "ttd-jumlah.xlsx", [SheetSpec("Sheet1", rows)], text_columns=(2, 6))


def people_below_the_signature(folder: Path) -> Path:
    """A Hijri date line and signers, then a second list of board members with NIKs: they are read."""
    pad = [None] * 6
    rows = [MEMBER_HEADER, *member_rows(people(5)), [], [*pad, "Mojokerto, 20 Rabiul Akhir 1448 H"],
            [*pad, "Ketua Ranting"], [], [*pad, "( Nur Hidayah )"], [], ["DAFTAR PENGURUS"], MEMBER_HEADER,
            *member_rows(people(2, start=30))]
    return ff.write_openpyxl(folder / "ttd-pengurus.xlsx", [SheetSpec("Anggota", rows)], text_columns=(2, 6))


def hidden_rows_xlsx(folder: Path) -> Path:
    rows = [MEMBER_HEADER, *member_rows(people(20))]
    return ff.write_xlsx(folder / "tersaring.xlsx", [SheetSpec("Anggota", rows, hidden=frozenset({3, 4, 5, 9, 10, 15}),
                                                               filter_range="A1:H21")])


def hidden_rows_openpyxl(folder: Path) -> Path:
    rows = [MEMBER_HEADER, *member_rows(people(20))]
    return ff.write_openpyxl(folder / "tersembunyi.xlsx", [SheetSpec("Anggota", rows, hidden=frozenset({7, 8}))],
                             text_columns=(2, 6))


def inline_strings_without_coordinates(folder: Path) -> Path:
    """A generator that writes inline strings and leaves out every r="…" coordinate."""
    rows = [MEMBER_HEADER, *member_rows(people(15))]
    return ff.write_xlsx(folder / "tanpa-koordinat.xlsx", [SheetSpec("Data", rows, coordinates=False)])


def formulas_with_stored_results(folder: Path) -> Path:
    """No = ROW()-1 and the name through PROPER(), as Excel saved them (formula plus cached result)."""
    persons = people(10)
    rows = [MEMBER_HEADER] + [[Formula("ROW()-1", i), Formula(f'PROPER("{p.name.upper()}")', p.name), p.nik,
                               p.place, p.birth, "Dusun Krajan", p.phone, Formula("1500000*1", 1500000)]
                              for i, p in enumerate(persons, start=1)]
    return ff.write_xlsx(folder / "rumus.xlsx", [SheetSpec("Anggota", rows)])


def csv_cp1252_semicolon(folder: Path) -> Path:
    """Excel on an Indonesian Windows: ';' between cells, cp1252, 'Rp 1.500.000,00', ’ in names."""
    persons = people(10)
    rows = [MEMBER_HEADER] + [[i, p.name.replace("Umi", "Mas’udah"), p.nik, p.place, p.birth.strftime("%d/%m/%Y"),
                               "Dsn. Krajan", p.phone, "Rp " + f"{p.income:,}".replace(",", ".") + ",00"]
                              for i, p in enumerate(persons, start=1)]
    return ff.write_csv(folder / "anggota-cp1252.csv", rows, encoding="cp1252", delimiter=";")


def csv_utf8_bom_tabs(folder: Path) -> Path:
    persons = people(9)
    rows = [MEMBER_HEADER] + [[i, p.name, p.nik, p.place, p.birth.strftime("%d-%m-%Y"), "Jl. Raya", p.phone, p.income]
                              for i, p in enumerate(persons, start=1)]
    return ff.write_csv(folder / "anggota-tab.csv", rows, encoding="utf-8-sig", delimiter="\t")


def serials_as_text(folder: Path) -> Path:
    """A date column formatted as Text after another program: "27526" instead of 12-05-1975. Row 9's
    serial disagrees with its NIK (the NIK was kept when the birth date was corrected)."""
    persons = people(8)
    rows = [MEMBER_HEADER, *member_rows(persons, date=lambda p: str((p.birth - dt.date(1899, 12, 30)).days))]
    rows[8][4] = str((persons[7].birth - dt.date(1899, 12, 30)).days + 3)
    return ff.write_openpyxl(folder / "serial-teks.xlsx", [SheetSpec("Anggota", rows)], text_columns=(2, 4, 6))


def places_in_capitals(folder: Path) -> Path:
    persons = people(6)
    places = ["MOJOKERTO", "SIDOARJO", "Jombang", "KAB. MOJOKERTO", "DKI JAKARTA", "surabaya"]
    rows = [MEMBER_HEADER, *member_rows(persons, place=lambda p: places[persons.index(p)])]
    return ff.write_openpyxl(folder / "tempat-kapital.xlsx", [SheetSpec("Anggota", rows)], text_columns=(2, 6))


def pasted_from_chat_and_web(folder: Path) -> Path:
    """Copied out of WhatsApp and a web table: no-break spaces, zero-width spaces, direction marks
    around phone numbers, '+62 0812…', NIK in groups of four with no-break spaces."""
    persons = people(7)
    rows = [MEMBER_HEADER, *member_rows(
        persons, name=lambda p: p.name.replace(" ", "\u00a0") + "\u200b",
        nik=lambda p: " ".join(p.nik[i:i + 4] for i in range(0, 16, 4)).replace(" ", "\u00a0"),
        phone=lambda p: "\u202a+62 0" + p.phone[1:4] + "-" + p.phone[4:8] + "-" + p.phone[8:] + "\u202c")]
    return ff.write_xlsx(folder / "tempelan-wa.xlsx", [SheetSpec("Anggota", rows)])


def other_locales_dates(folder: Path) -> Path:
    """Dates typed in other locales' forms: ISO 1975-05-12 and German 12.05.1975 are read; the
    English 'May 12, 1975' is not (the NIK gives the date, with a warning)."""
    persons = people(6)
    forms = [lambda d: d.isoformat(), lambda d: d.strftime("%d.%m.%Y"), lambda d: d.strftime("%B %d, %Y"),
             lambda d: d.strftime("%d-%m-%Y"), lambda d: d.strftime("%d/%m/%y"), lambda d: d.strftime("%d %b %Y")]
    rows = [MEMBER_HEADER, *member_rows(persons, date=lambda p: forms[persons.index(p)](p.birth))]
    return ff.write_openpyxl(folder / "tanggal-lokal.xlsx", [SheetSpec("Anggota", rows)], text_columns=(2, 4, 6))


def man_on_member_roster(folder: Path) -> Path:
    """A member list with no sex column: two men's NIKs among the women."""
    persons = people(6) + [person(40, man=True), person(41, man=True)]
    rows = [MEMBER_HEADER, *member_rows(persons)]
    return ff.write_openpyxl(folder / "anggota-laki.xlsx", [SheetSpec("Anggota", rows)], text_columns=(2, 6))


WORKER_HEADER = ["No", "Nama", "NIK", "Tgl Lahir", "Jabatan", "Nama Lembaga", "No HP"]


def men_on_worker_roster(folder: Path) -> Path:
    """Teachers and staff: a man as caretaker is normal, no warning."""
    persons = people(4) + [person(42, man=True)]
    rows = [WORKER_HEADER] + [[i, p.name, p.nik, p.birth, "Guru" if p.sex == "P" else "Penjaga",
                               "TK Muslimat NU 05 Japan", p.phone] for i, p in enumerate(persons, start=1)]
    return ff.write_openpyxl(folder / "guru-laki.xlsx", [SheetSpec("Guru", rows)], text_columns=(2, 6))


def several_sheets(folder: Path) -> Path:
    """Two kecamatan sheets alike, a recap sheet, and a TK teachers sheet with other columns."""
    rekap = [["REKAP ANGGOTA"], ["Ranting", "Jumlah"], ["Japan", 12], ["Sooko", 9], ["Total", 21]]
    tk = [WORKER_HEADER] + [[i, p.name, p.nik, p.birth, "Guru", "TK Muslimat NU 05 Japan", p.phone]
                            for i, p in enumerate(people(3, start=60), start=1)]
    return ff.write_openpyxl(folder / "banyak-lembar.xlsx", [
        SheetSpec("Japan", [MEMBER_HEADER, *member_rows(people(12))]),
        SheetSpec("Rekap", rekap),
        SheetSpec("Sooko", [MEMBER_HEADER, *member_rows(people(9, start=20))]),
        SheetSpec("TK", tk)], text_columns=(2, 6))


TITLED = ["Hj. {}", "{}, S.Pd.I", "Dra. Hj. {}, M.Pd.", "{}", "HJ. {}, S.PD.", "{} A.Ma."]


def names_with_titles(folder: Path) -> Path:
    persons = people(6)
    rows = [MEMBER_HEADER, *member_rows(persons, name=lambda p: TITLED[persons.index(p)].format(p.name))]
    return ff.write_openpyxl(folder / "bergelar.xlsx", [SheetSpec("Anggota", rows)], text_columns=(2, 6))


def _libreoffice(source: Path, fmt: str) -> Path:
    """The file saved again by LibreOffice (its own xlsx/ods/xls internals), in a private profile so
    that a LibreOffice already open on the machine does not swallow the conversion."""
    out = source.parent / fmt
    out.mkdir(exist_ok=True)
    profile = (source.parent / "lo-profile").as_uri()
    subprocess.run([_soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt, "--outdir",
                    str(out), str(source)], check=True, capture_output=True, timeout=180)
    return out / f"{source.stem}.{fmt}"


def _through_libreoffice(fmt: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        persons = people(10) + [person(50, man=True)]
        rows = [["DAFTAR ANGGOTA"], [], MEMBER_HEADER, *member_rows(persons), ["JUMLAH", "11 orang"]]
        source = ff.write_openpyxl(folder / "asal.xlsx", [SheetSpec("Anggota", rows, hidden=frozenset({5})),
                                                          SheetSpec("Rekap", [["Jumlah", 11]])], text_columns=(2, 6))
        return _libreoffice(source, fmt)
    return make


def two_header_rows(folder: Path) -> Path:
    """Title rows, then a row of group headings above the real header (DATA DIRI | KONTAK), TTL in one column."""
    persons = people(9)
    rows = [["PIMPINAN RANTING MUSLIMAT NU JAPAN"], ["KECAMATAN SOOKO"], [],
            [None, "DATA DIRI", None, None, "KONTAK"],
            ["No", "Nama", "NIK", "Tempat, Tanggal Lahir", "No HP"]]
    rows += [[i, p.name, p.nik, f"{p.place.upper()}, {p.birth:%d-%m-%Y}", p.phone] for i, p in enumerate(persons, 1)]
    return ff.write_openpyxl(folder / "dua-judul.xlsx", [SheetSpec("Data", rows)], text_columns=(2, 4))


def table_off_the_corner(folder: Path) -> Path:
    """A logo row and two empty columns before the table (the sheet's data starts at C5)."""
    persons = people(7)
    rows = [[], [None, None, "[logo]"], [], [], [None, None, *MEMBER_HEADER]]
    rows += [[None, None, *r] for r in member_rows(persons)]
    return ff.write_xlsx(folder / "bergeser.xlsx", [SheetSpec("Sheet1", rows)])


def pre_numbered_template(folder: Path) -> Path:
    """A template numbered 1–50 in advance; only the first 10 rows were filled in."""
    persons = people(10)
    rows = [MEMBER_HEADER, *member_rows(persons)] + [[i] for i in range(11, 51)]
    return ff.write_openpyxl(folder / "templat-bernomor.xlsx", [SheetSpec("Isian", rows)], text_columns=(2, 6))


def csv_with_line_breaks_in_cells(folder: Path) -> Path:
    """A CSV from a web form export: quoted cells with line breaks in the address, comma separator."""
    persons = people(5)
    rows = [MEMBER_HEADER] + [[i, p.name, p.nik, p.place, p.birth.strftime("%d/%m/%Y"), "Dusun Krajan\nRT 01 RW 02",
                               p.phone, p.income] for i, p in enumerate(persons, start=1)]
    return ff.write_csv(folder / "formulir-web.csv", rows)


def phones_of_every_kind(folder: Path) -> Path:
    """Phones as typed in the field: lost 0 in a number cell, '+62 0812…', a landline, a 9-digit, an
    unallocated prefix, a 14-digit one."""
    persons = people(8)
    phones = [81234567890, "+62 0812 3456 7890", "0321-391234", "081234567", "0840 1234 5678",
              "08123456789012", "0878.1234.5678", "62 857 1234 5678"]
    rows = [MEMBER_HEADER, *member_rows(persons, phone=lambda p: phones[persons.index(p)])]
    return ff.write_openpyxl(folder / "nomor-hp.xlsx", [SheetSpec("Anggota", rows)], text_columns=(2,))


def niks_other_validators_reject(folder: Path) -> Path:
    """NIKs whose province does not exist (a mistyped first digit), and a regency not in the list."""
    persons = people(6)
    niks = {1: "99" + persons[1].nik[2:], 2: "20" + persons[2].nik[2:], 3: "3569" + persons[3].nik[4:]}
    rows = [MEMBER_HEADER, *member_rows(persons, nik=lambda p: niks.get(persons.index(p), p.nik))]
    return ff.write_openpyxl(folder / "nik-provinsi.xlsx", [SheetSpec("Anggota", rows)], text_columns=(2, 6))


def sex_column_with_a_man(folder: Path) -> Path:
    persons = people(4) + [person(44, man=True)]
    rows = [["No", "Nama", "NIK", "L/P", "Tgl Lahir"]] + [
        [i, p.name, p.nik, "Laki-laki" if p.sex == "L" else "Perempuan", p.birth] for i, p in enumerate(persons, 1)]
    return ff.write_openpyxl(folder / "anggota-jk.xlsx", [SheetSpec("Anggota", rows)], text_columns=(2,))


# ---------------------------------------------------------------- the corpus

CORPUS = [
    Case("signature block under the table is not three people", signature_block, (12, 0, 0, 7),
         never=("Nama kosong", "Sekretaris PAC", "Umi Kulsum", "Trowulan, 20 Oktober")),
    Case("signature block straight after the JUMLAH footer, two signers", signature_after_footer, (8, 0, 0, 5),
         never=("Nama kosong", "Mengetahui", "Ketua PAC", "Lampiran")),
    Case("people with a NIK below a signature block are not dropped", people_below_the_signature, (7, 0, 0, 8),
         never=("Nama kosong", "Rabiul", "Nur Hidayah )")),
    Case("hidden and filtered rows are imported and said once", hidden_rows_xlsx, (20, 0, 0, 0),
         says=("6 baris tersembunyi/tersaring ikut diimpor",)),
    Case("rows hidden in Excel (openpyxl's row_dimensions)", hidden_rows_openpyxl, (20, 0, 0, 0),
         says=("2 baris tersembunyi/tersaring ikut diimpor",)),
    Case("inline strings and no cell coordinates", inline_strings_without_coordinates, (15, 0, 0, 0),
         never=("tersembunyi",)),
    Case("formulas with stored results", formulas_with_stored_results, (10, 0, 0, 0),
         check=lambda p: _values(p, "income") == [1_500_000] * 10 and _values(p, "name")[0] == person(0).name),
    Case("CSV from Excel on Windows: cp1252, semicolons, Rp with decimals", csv_cp1252_semicolon, (10, 0, 0, 0),
         check=lambda p: "Mas’udah" in " ".join(_values(p, "name")) and set(_values(p, "income")) >= {1_000_000}),
    Case("CSV in UTF-8 with BOM and tabs", csv_utf8_bom_tabs, (9, 0, 0, 0)),
    Case("Excel serial numbers as text in the date column", serials_as_text, (8, 0, 0, 0),
         says=("baris 9, kolom Tgl Lahir: Tanggal lahir di NIK",), never=("tidak dikenali",),
         check=lambda p: [o.values["birth_date"] for o in p.rows[:7]] == [x.birth for x in people(7)]),
    Case("place names in capitals get the others' case", places_in_capitals, (6, 0, 0, 0),
         check=lambda p: _values(p, "birth_place") == ["Mojokerto", "Sidoarjo", "Jombang", "Kab. Mojokerto",
                                                       "DKI Jakarta", "Surabaya"]),
    Case("text pasted from a chat app and a web page", pasted_from_chat_and_web, (7, 0, 0, 0),
         never=("bukan nomor HP", "hanya boleh berisi angka"),
         check=lambda p: _values(p, "name") == [x.name for x in people(7)]
         and _values(p, "nik") == [x.nik for x in people(7)]
         and all(v.startswith("628") for v in _values(p, "phone"))),
    Case("dates in other locales' forms", other_locales_dates, (6, 0, 0, 0),
         says=("baris 4, kolom Tgl Lahir: Tanggal 'March 15, 1962' tidak dikenali",),
         check=lambda p: _values(p, "birth_date") == [x.birth for x in people(6)]),
    Case("a man's NIK on a member roster without a sex column", man_on_member_roster, (8, 0, 0, 0),
         says=("baris 8, kolom NIK: Menurut NIK orang ini laki-laki", "baris 9, kolom NIK: Menurut NIK orang ini "
               "laki-laki", "anggota organisasi ini perempuan semua"),
         check=lambda p: sum(f.code == "member_male_nik" for f in p.findings()) == 2),
    Case("a man on a roster of teachers and staff is no surprise", men_on_worker_roster, (5, 0, 0, 0),
         never=("laki-laki",)),
    Case("names with Hj. and degrees: the KTP name and the name with titles", names_with_titles, (6, 0, 0, 0),
         says=("5 nama ditulis dengan gelar (Hj., S.Pd. …): nama sesuai KTP disimpan tanpa gelar",),
         check=lambda p: _values(p, "name") == [x.name for x in people(6)]
         and _values(p, "name_with_titles")[:3] == [t.format(x.name) for t, x in zip(TITLED, people(3))]
         and _values(p, "name_with_titles")[3] is None
         and _values(p, "name_with_titles")[4] == f"Hj. {people(5)[4].name}, S.Pd."),
    Case("saved again by LibreOffice as xlsx", _through_libreoffice("xlsx"), (11, 0, 0, 1), needs_soffice=True,
         says=("1 baris tersembunyi/tersaring ikut diimpor", "Menurut NIK orang ini laki-laki",
               "Lembar Rekap dilewati")),
    Case("saved by LibreOffice as ods", _through_libreoffice("ods"), (11, 0, 0, 1), needs_soffice=True,
         says=("1 baris tersembunyi/tersaring ikut diimpor", "Menurut NIK orang ini laki-laki",
               "Lembar Rekap dilewati")),
    Case("saved by LibreOffice as old-style xls", _through_libreoffice("xls"), (11, 0, 0, 1), needs_soffice=True,
         says=("Menurut NIK orang ini laki-laki",)),
    Case("title rows and a row of group headings above the header; TTL in one column", two_header_rows,
         (9, 0, 0, 0), check=lambda p: _values(p, "birth_date") == [x.birth for x in people(9)]
         and set(_values(p, "birth_place")) == {"Mojokerto", "Sidoarjo", "Jombang", "Surabaya", "Pasuruan"}),
    Case("a table that starts at C5 after a logo", table_off_the_corner, (7, 0, 0, 0),
         check=lambda p: p.rows[0].row == 6 and _values(p, "nik") == [x.nik for x in people(7)]),
    Case("a template numbered in advance, partly filled", pre_numbered_template, (10, 0, 0, 40)),
    Case("CSV from a web form with line breaks inside cells", csv_with_line_breaks_in_cells, (5, 0, 0, 0),
         check=lambda p: _values(p, "address")[0] == "Dusun Krajan RT 01 RW 02"),
    Case("phone numbers of every kind", phones_of_every_kind, (8, 0, 0, 0),
         says=("baris 2, kolom No HP: Nomor HP 81234567890 kehilangan angka 0",
               "'0321-391234' bukan nomor HP Indonesia yang dikenali (nomor HP diawali 08)",
               "'081234567' bukan nomor HP Indonesia yang dikenali (9 digit; nomor HP 10–13 digit)",
               "'0840 1234 5678' bukan nomor HP Indonesia yang dikenali (awalan 0840",
               "'08123456789012' bukan nomor HP Indonesia yang dikenali (14 digit"),
         check=lambda p: _values(p, "phone") == ["6281234567890", "6281234567890", "0321-391234", "081234567",
                                                 "0840 1234 5678", "08123456789012", "6287812345678",
                                                 "6285712345678"]),
    Case("NIKs with a province that does not exist", niks_other_validators_reject, (4, 2, 0, 0),
         says=("baris 3, kolom NIK: Dua digit pertama NIK (99) bukan kode provinsi yang ada",
               "baris 4, kolom NIK: Dua digit pertama NIK (20) bukan kode provinsi",
               "baris 5, kolom NIK: Kode kabupaten/kota 35.69 dari NIK tidak ada di daftar wilayah")),
    Case("a sex column saying Laki-laki on a member roster", sex_column_with_a_man, (5, 0, 0, 0),
         says=("baris 6, kolom NIK: Menurut NIK orang ini laki-laki",)),
    Case("every sheet of a workbook is accounted for", several_sheets, (21, 0, 0, 0),
         says=("lembar Japan: Lembar Japan dibaca sebagai daftar orang.",
               "lembar Rekap: Lembar Rekap dilewati: bukan daftar orang",
               "lembar Sooko: Lembar Sooko dibaca sebagai daftar orang.",
               "lembar TK: Lembar TK tidak dibaca: kolomnya berbeda dengan lembar Japan — pilih lembar ini untuk "
               "mengimpornya.")),
    Case("a sheet chosen by hand: the others are named too", several_sheets, (3, 0, 0, 0),
         options={"sheets": ["TK"]},
         says=("Lembar TK dibaca sebagai daftar orang.", "Lembar Japan tidak dibaca: kolomnya berbeda dengan lembar TK",
               "Lembar Sooko tidak dibaca", "Lembar Rekap dilewati")),
]


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
def test_field_file(db, mojokerto, tmp_path, case):
    if case.needs_soffice and not _soffice():
        pytest.skip("LibreOffice is not installed")
    path = case.make(tmp_path)
    preview = prepare(db, path, "persons", ImportOptions(reference=REFERENCE, **case.options))
    counts = preview.counts()
    text = _all_text(preview)
    assert (counts["new"], counts["error"], counts["duplicate"], counts["skipped"]) == case.counts, text
    for expected in case.says:
        assert expected in text
    for unwanted in case.never:
        assert unwanted not in text
    if case.check is not None:
        assert case.check(preview), text


def test_members_women_only_is_a_setting(db, mojokerto, tmp_path):
    from desktop import settings
    with db.write() as session:
        settings.save(session, members_women_only=False)
    preview = prepare(db, man_on_member_roster(tmp_path), "persons", ImportOptions(reference=REFERENCE))
    assert not any(f.code == "member_male_nik" for f in preview.findings())


def test_the_corpus_is_big_enough():
    assert len({case.make for case in CORPUS}) >= 20

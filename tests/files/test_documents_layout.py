"""Documents fit for the signing table and the branch counter: read back from the PDF as a reader
sees it — nothing printed over anything else whatever the settings hold, the binding margin, every
font embedded, the paper the settings name."""
from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from desktop.documents import form, style
from desktop.documents.scope import Scope
from tests.files.pdf_layout import assert_fit_for_filing, long_settings, needs_poppler, words
from tests.files.test_documents_forms import (MONTH, PRINT_DATE, add, db_path, members,  # noqa: F401
                                              migrated_db, pages_text)


def print_form(db, ids, tmp_path, name="f.pdf"):
    return form.print_forms(db, Scope(ids=ids), tmp_path / name, form.FormOptions(month=MONTH, print_date=PRINT_DATE))


@needs_poppler
def test_the_form_kop_with_a_long_address_overlaps_nothing_and_keeps_the_binding_margin(db, mojokerto, members,
                                                                                        tmp_path):
    long_settings(db)
    printed = print_form(db, [members["siti"], members["nur"]], tmp_path)
    assert_fit_for_filing(printed.path, tmp_path)
    first = pages_text(printed.path)[0]
    # the kop: name, address, telephone and e-mail, then the addressee on its own line
    assert "Jl. Raya Brangkal No. 127" in first and "sekretariat.pcmuslimatnu.kabmojokerto@gmail.com" in first
    page = words(printed.path)[0]
    kepada = next(w for w in page if w.text == "Kepada")
    assert all(w.y1 < kepada.y0 for w in page if w.text in ("Brangkal,", "(0321)"))


def test_a_bpu_form_is_titled_so_and_has_no_jp_box_a_pu_form_has_one(db, mojokerto, members, tmp_path):
    with db.write() as session:
        pu = add(session, "Rina Susanti", "3516134103800009", mojokerto["sooko"], segment="PU",
                 programmes=("JKK", "JKM", "JHT", "JP"))
    bpu_text, pu_text = pages_text(print_form(db, [members["anik"], pu], tmp_path).path)
    assert "FORMULIR PENDAFTARAN PESERTA BUKAN PENERIMA UPAH (BPU)" in bpu_text
    assert "JP Pensiun" not in bpu_text
    assert "FORMULIR PENDAFTARAN PESERTA PENERIMA UPAH (PU)" in pu_text and "JP Pensiun" in pu_text


def test_each_form_carries_its_own_qr_code_and_a_receipt_with_its_number(db, mojokerto, members, tmp_path,
                                                                         monkeypatch):
    encoded = []
    real = style.qr_path
    monkeypatch.setattr(style, "qr_path", lambda canvas, payload: encoded.append(payload) or real(canvas, payload))
    printed = print_form(db, [members["anik"], members["dewi"]], tmp_path)
    assert encoded == [f"JAMSOS-DOC:{printed.doc_id}/1", f"JAMSOS-DOC:{printed.doc_id}/2"]
    first, second = pages_text(printed.path)
    assert "TANDA TERIMA FORMULIR PENDAFTARAN" in first
    assert f"Nomor formulir {printed.doc_id}/1" in first and f"Nomor formulir {printed.doc_id}/2" in second
    assert "Fotokopi KTP-el" in first and "Fotokopi Kartu Keluarga (KK)" in first
    assert "Belum kawin" in first and "Kawin" in first


def test_a_long_name_under_the_signature_wraps_instead_of_being_cut(db, mojokerto, tmp_path):
    name = "Hj. Siti Nur Lailatul Khusnul Khotimah Maslahatul Ummah Fitriyah Handayani"
    with db.write() as session:
        person = add(session, name, "3516134103800019", mojokerto["sooko"])
    [text] = pages_text(print_form(db, [person], tmp_path).path)
    assert "…" not in text.split("Calon peserta")[1].split("TANDA TERIMA")[0]
    assert "Handayani)" in text


def test_forms_print_on_f4_when_the_settings_say_so(db, mojokerto, members, tmp_path):
    long_settings(db, paper_size="F4")
    printed = print_form(db, [members["anik"]], tmp_path)
    page = PdfReader(str(printed.path)).pages[0]
    assert round(float(page.mediabox.width) / (72 / 25.4)) == 215
    assert round(float(page.mediabox.height) / (72 / 25.4)) == 330


# -- the PKS -------------------------------------------------------------------------------------
def pks_options(**changes):
    from desktop.documents import agreement
    values = dict(signing_date=dt.date(2026, 12, 21), number_first="PKS/123/KC-MJK/122026",
                  number_second="045/PC-MSL/XII/2026", witness_first="Ahmad Fauzi Rahman, S.H.",
                  witness_second="Hj. Nurul Hidayah, S.Pd.", annex_participants=True,
                  acknowledged_title="Ketua Pimpinan Cabang Nahdlatul Ulama Kabupaten Mojokerto",
                  acknowledged_name="KH. Abdul Adzim Alwi")
    values.update(changes)
    return agreement.PksOptions(**values)


@pytest.fixture
def crowd(db, mojokerto):
    """60 candidates with long names and places in two PACs, and the persons the annex must leave out."""
    names = ["Hj. Lailatul Khusnul Khotimah", "Sri Wahyuningsih Handayani", "Nur Aini Musyarofah Maslahah"]
    with db.write() as session:
        for i in range(60):
            add(session, f"{names[i % 3]} {i}", f"35161341038{i + 10:05d}", mojokerto["sooko" if i % 2 else "mojosari"],
                institution_id=mojokerto["tk"] if i % 5 == 0 else None)
        left_out = {
            "old": add(session, "Mbah Sumiati Tua", "3516134103500001", mojokerto["sooko"], birth=dt.date(1955, 1, 2)),
            "kpj": add(session, "Umi Sudah Punya", "3516134103800101", mojokerto["sooko"]),
            "accepted": add(session, "Rini Diterima", "3516134103800102", mojokerto["sooko"]),
            "rejected": add(session, "Tutik Ditolak", "3516134103800103", mojokerto["sooko"]),
        }
        from desktop.models import Person
        session.get(Person, left_out["kpj"]).kpj = "26012345678"
        session.get(Person, left_out["accepted"]).status = "terdaftar"
        session.get(Person, left_out["rejected"]).status = "ditolak"
    return left_out


@needs_poppler
def test_the_pks_with_long_settings_overlaps_nothing_keeps_margins_and_embeds_every_font(db, mojokerto, crowd,
                                                                                         tmp_path):
    from desktop.documents import agreement
    long_settings(db)
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", pks_options())
    assert_fit_for_filing(printed.path, tmp_path)
    reader = PdfReader(str(printed.path))
    assert reader.metadata.title.startswith("Perjanjian Kerja Sama")
    landscape = [p for p in reader.pages if float(p.mediabox.width) > float(p.mediabox.height)]
    assert len(landscape) == 3  # 60 candidates, about 28 rows a page


def test_the_annex_lists_only_candidates_who_can_still_be_registered(db, mojokerto, crowd, tmp_path):
    from desktop.documents import agreement
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", pks_options(annex_contributions=False))
    whole = " ".join(pages_text(printed.path))
    assert printed.person_count == 60
    for name in ("Mbah Sumiati Tua", "Umi Sudah Punya", "Rini Diterima", "Tutik Ditolak"):
        assert name not in whole
    assert "JUMLAH SELURUHNYA: 60 orang" in whole
    assert "Jumlah PAC Muslimat NU Sooko: 36 orang" in whole and "Jumlah TK Muslimat NU 05 Japan" in whole


@needs_poppler
def test_no_word_of_the_data_breaks_inside_a_cell_of_the_annex(db, mojokerto, crowd, tmp_path):
    from desktop.documents import agreement
    long_settings(db)
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", pks_options())
    printed_words = {w.text for page in words(printed.path) for w in page}
    for source in ("Hj. Lailatul Khusnul Khotimah", "Sri Wahyuningsih Handayani", "Nur Aini Musyarofah Maslahah",
                   "Mojokerto, 20-04-1980", "Penghasilan", "Pekerjaan", "Anggota perorangan (tanpa lembaga)"):
        for word in source.split():
            assert word in printed_words, word


def test_a_lampiran_ii_page_holds_about_28_persons_with_the_common_occupations_on_one_line(db, mojokerto, tmp_path):
    """Seen on a 536-person PKS: "Mengurus Rumah Tangga" wrapped in the Pekerjaan column, every row
    took two lines and a landscape page held 11 to 13 persons (22 pages to initial instead of 10)."""
    import re
    from desktop.documents import agreement
    from desktop.models import Person
    long_settings(db)
    with db.write() as session:
        for i in range(90):
            person = session.get(Person, add(session, f"Siti Nur Aini Handayani {i}", f"35161341038{i + 10:05d}",
                                             mojokerto["sooko" if i < 45 else "mojosari"]))
            person.occupation_code = "02" if i % 2 else "101"  # Mengurus Rumah Tangga, Guru TK/RA/KB/PAUD
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", pks_options(annex_contributions=False))
    reader = PdfReader(str(printed.path))
    per_page = [len(re.findall(r"3516•+\d{4}", page.extract_text())) for page in reader.pages
                if float(page.mediabox.width) > float(page.mediabox.height)]
    assert sum(per_page) == 90 and len(per_page) == 4, per_page
    assert min(per_page[1:-1]) >= 25, per_page  # the first page also holds the heading


# -- outgoing letter numbers ---------------------------------------------------------------------
def test_the_pks_takes_the_next_number_of_the_register_and_a_number_is_never_given_twice(db, mojokerto, members,
                                                                                         cli, tmp_path):
    from desktop.documents import agreement, letters
    from desktop.errors import UserError
    long_settings(db)
    first = agreement.print_pks(db, tmp_path / "a.pdf", pks_options(number_second="", annex_participants=False))
    text = " ".join(pages_text(first.path))
    assert "NOMOR: 001/PC-MSL/XII/2026" in text and "…/PC-MSL" not in text
    again = agreement.print_pks(db, tmp_path / "b.pdf", pks_options(number_second="", annex_participants=False,
                                                                     signing_date=dt.date(2026, 12, 22)))
    assert "NOMOR: 002/PC-MSL/XII/2026" in " ".join(pages_text(again.path))
    with pytest.raises(UserError, match="tidak boleh dipakai ulang"):
        agreement.print_pks(db, tmp_path / "c.pdf", pks_options(number_second="001/PC-MSL/XII/2026",
                                                                signing_date=dt.date(2026, 12, 23)))
    with db.read() as session:
        assert letters.propose(session, dt.date(2026, 12, 30)).number == "003/PC-MSL/XII/2026"
        assert letters.propose(session, dt.date(2027, 1, 4)).number == "001/PC-MSL/I/2027"  # a new year
    listed = cli("document", "letters", "--date", "30-12-2026")
    assert listed.exit_code == 0, listed.output
    assert "001/PC-MSL/XII/2026" in listed.output and "Nomor berikutnya (30-12-2026): 003/PC-MSL/XII/2026" in listed.output


@needs_poppler
def test_the_title_block_breaks_phrase_by_phrase_without_a_lone_word_or_abbreviation(db, mojokerto, tmp_path):
    import subprocess
    from desktop.documents import agreement
    long_settings(db)
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", pks_options(annex_participants=False))
    lines = subprocess.run(["pdftotext", "-l", "1", str(printed.path), "-"], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    title = lines[:lines.index(next(line for line in lines if line.startswith("NOMOR:")))]
    assert title[0] == "PERJANJIAN KERJA SAMA"
    for line in title:
        assert len(line.split()) > 1 or line in ("ANTARA", "DENGAN", "TENTANG"), title
        assert not line.endswith(("KABUPATEN", "KAB.", "KOTA")), title
        assert "KAB." not in line and " PC " not in f" {line} " and " NU " not in f" {line} ", title


# -- every other kind ----------------------------------------------------------------------------
@needs_poppler
def test_the_berita_acara_the_report_and_the_lists_are_fit_for_filing_and_titled(db, mojokerto, samples, tmp_path):
    from desktop.batches import export as batch_export
    from desktop.batches.berita_acara import BeritaAcaraOptions, print_berita_acara
    from desktop.documents import roster_list
    from desktop.reports import export as report_export
    from desktop.roster import queries
    from tests.use_cases.test_batch_lifecycle import make_sooko_batch
    long_settings(db)
    number = make_sooko_batch(db, samples, mojokerto)
    batch_export.export_batch(db, number, tmp_path)
    documents = {
        "ba": print_berita_acara(db, number, tmp_path / "ba.pdf", options=BeritaAcaraOptions(
            on=dt.date(2026, 12, 3), medium="flashdisk (USB)")).path,
        "roster": roster_list.print_roster(db, Scope(filter=queries.PersonFilter(unit_id=mojokerto["pc"])),
                                           tmp_path / "daftar.pdf",
                                           roster_list.RosterOptions(full_identifiers=True)).path,
        "report": tmp_path / "laporan.pdf",
    }
    report_export.export_report(db, documents["report"], dt.date(2026, 1, 1), months=3, today=dt.date(2026, 12, 3))
    titles = {"ba": "Berita acara serah terima data nomor 001/PC-MSL/XII/2026", "roster": "Daftar peserta",
              "report": "Laporan cakupan"}
    for name, path in documents.items():
        folder = tmp_path / name
        folder.mkdir()
        assert_fit_for_filing(path, folder)
        assert PdfReader(str(path)).metadata.title.startswith(titles[name]), name
    import re
    # each number in its own cell: no NIK runs into the next column's text
    first = words(documents["roster"])[0]
    sex_column = next(w for w in first if w.text == "L/P")
    niks = [w for w in first if re.fullmatch(r"\d{16}\S*", w.text)]
    assert niks and all(w.text.isdigit() and w.x1 < sex_column.x0 - 2 for w in niks)
    roster_pages = pages_text(documents["roster"])
    assert all("RAHASIA" in t for t in roster_pages) and "No. KPJ" in roster_pages[0]
    report = " ".join(pages_text(documents["report"]))
    assert "Dr. Hj. Siti Maslakhah Nur Hidayati" in report and "Hj. Umi Kulsum Fadilah, S.Pd.I." in report
    assert "Sekretaris" in report


def test_the_pks_on_f4_paper_keeps_its_landscape_annex_on_f4_too(db, mojokerto, crowd, tmp_path):
    from desktop.documents import agreement
    long_settings(db, paper_size="F4")
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", pks_options())
    sizes = {(round(float(p.mediabox.width) / (72 / 25.4)), round(float(p.mediabox.height) / (72 / 25.4)))
             for p in PdfReader(str(printed.path)).pages}
    assert sizes == {(215, 330), (330, 215)}


# -- what the member reads on her form: never cut, never under 9 pt ------------------------------
def text_sizes(path, page: int = 0) -> list[tuple[str, float]]:
    """(text run, its font size in points) of a page, as the PDF draws them (form XObjects too)."""
    runs: list[tuple[str, float]] = []

    def visit(text, cm, tm, font, size):  # noqa: ANN001
        if text.strip():
            runs.append((text, round(size * (tm[3] or 1) * (cm[3] or 1), 1)))

    PdfReader(str(path)).pages[page].extract_text(visitor_text=visit)
    return runs


@needs_poppler
def test_the_consent_text_stays_at_9_pt_with_long_settings_and_the_page_still_fits(db, mojokerto, members,
                                                                                  tmp_path):
    """It printed at 8 pt with the shipped settings and shrank towards 7 pt with long real ones."""
    long_settings(db, branch_name="BPJS Ketenagakerjaan Kantor Cabang Perintis Mojokerto Wilayah Jawa Timur",
                  org_short_name="PC Muslimat NU Kabupaten Mojokerto")
    printed = print_form(db, [members["siti"]], tmp_path)
    consent = [size for text, size in text_sizes(printed.path) if "Pelindungan" in text or "menghimpun" in text]
    assert consent and min(consent) >= 9, consent
    assert_fit_for_filing(printed.path, tmp_path)
    page = words(printed.path)[0]
    height = float(PdfReader(str(printed.path)).pages[0].mediabox.height)
    paraf = next(w for w in page if w.text == "Paraf:")  # the receipt's last line, above the bottom margin
    assert paraf.y1 <= height - 25 * 72 / 25.4 + 0.5


def test_a_period_whose_discount_ends_inside_it_prints_both_amounts_whole(db, mojokerto, tmp_path):
    """Three months from December 2026 with JHT: 'Januari–Februari 2027: Rp36.800/…' was cut."""
    with db.write() as session:
        person = add(session, "Umi Kulsum", "3516135705790002", mojokerto["sooko"], income=300_000,
                     programmes=("JKK", "JKM", "JHT"))
    printed = form.print_forms(db, Scope(ids=[person]), tmp_path / "f.pdf",
                               form.FormOptions(month=dt.date(2026, 12, 1), months=3, print_date=PRINT_DATE))
    [text] = pages_text(printed.path)
    assert "…" not in text
    assert "Desember 2026: Rp28.400/bln (normal Rp36.800); Januari–Februari 2027: Rp36.800/bln" in text
    assert "Keringanan 50% JKK dan JKM, PP 50/2025, s.d. Desember 2026" in text
    assert "Jumlah 3 bulan Rp102.000 (seratus dua ribu rupiah)" in text
    assert all(size >= 9 for run, size in text_sizes(printed.path) if "Rp" in run)


def test_the_receipt_keeps_the_whole_nik_and_name_of_a_long_name(db, mojokerto, tmp_path):
    name = "Hj. Siti Nur Lailatul Khusnul Khotimah Maslahatul Ummah, S.Pd.I."
    with db.write() as session:
        person = add(session, name, "3516135705790001", mojokerto["sooko"])
    printed = print_form(db, [person], tmp_path)
    [text] = pages_text(printed.path)
    receipt = text.split("TANDA TERIMA FORMULIR PENDAFTARAN")[1]
    assert "…" not in receipt
    assert "NIK 3516135705790001" in receipt and f"No. {printed.doc_id}/1" in receipt
    assert "Siti Nur Lailatul Khusnul Khotimah Maslahatul Ummah" in receipt


# -- the privacy report and the batch's locked list: the documents' margins, fonts and sizes -------
@needs_poppler
def test_the_data_saya_report_and_the_locked_batch_list_keep_the_filing_margin_and_embedded_fonts(tmp_path):
    """Both were laid out on their own (Helvetica, not embedded, 15-20 mm margins, 8 pt)."""
    from pypdf import PdfWriter

    from desktop import privacy
    from desktop.batches import protection
    report = privacy.PersonReport(1, "Siti Aminah", ["NIK"], [
        privacy.Section("Identitas", [["NIK", "3516136004800001"], ["Nama", "Siti Aminah"]]),
        privacy.Section("Ahli waris", [["Ahmad Fauzi", "Anak"]], ["Nama", "Hubungan"])])
    mine = privacy.write_report_pdf(report, tmp_path / "data.pdf", org_name="PC Muslimat NU Kab. Mojokerto",
                                    dpo_contact="sekretariat@example.org", paper_size="F4")
    assert_fit_for_filing(mine, tmp_path)
    assert round(float(PdfReader(str(mine)).pages[0].mediabox.height) / (72 / 25.4)) == 330
    assert all(size >= 9 for run, size in text_sizes(mine) if "Halaman" not in run), text_sizes(mine)
    locked = protection.write_pdf_list(tmp_path / "batch.pdf", "Batch B2026-0001 — PC Muslimat NU",
                                       ["No", "NIK", "Nama", "Tgl Lahir", "Program", "Lembaga/Unit"],
                                       [["1", "3516136004800001", "Siti Aminah", "20-04-1980", "JKK JKM",
                                         "TK Muslimat NU 05 Japan"]], "rahasia-123")
    reader = PdfReader(str(locked))
    reader.decrypt("rahasia-123")
    opened = PdfWriter(clone_from=reader)
    with open(tmp_path / "opened.pdf", "wb") as handle:
        opened.write(handle)
    assert_fit_for_filing(tmp_path / "opened.pdf", tmp_path)
    assert "RAHASIA" in pages_text(tmp_path / "opened.pdf")[0]
    assert all(size >= 9 for run, size in text_sizes(tmp_path / "opened.pdf") if "Halaman" not in run)


@needs_poppler
def test_the_per_person_contributions_keep_a_person_and_her_lembaga_on_one_line(db, mojokerto, tmp_path):
    """Lampiran III per person: the lembaga wrapped over three lines, nine persons a page."""
    from desktop.documents import agreement
    from desktop.roster import institutions
    with db.write() as session:
        kb = institutions.add_institution(session, institutions.InstitutionData(
            name="KB Muslimat NU Tunas Bangsa Dlanggu", type="KB", unit_id=mojokerto["sooko"]))
        for i in range(30):
            add(session, f"Lailatul Khusnul Khotimah {i}", f"35161341038{i + 10:05d}", mojokerto["sooko"],
                institution_id=kb)
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", pks_options(
        annex_participants=False, annex_institutions=False, annex_contribution_persons=True,
        month=dt.date(2027, 1, 1)))
    lines = 0
    for page in words(printed.path):
        # the header of the month column stays inside it ("2027–Desember" ran into "Jumlah")
        if any(w.text == "Januari" for w in page):
            jumlah = max((w for w in page if w.text == "Jumlah"), key=lambda w: w.x0)  # the last column's header
            header = [w for w in page if w.x0 < jumlah.x0 and abs(w.y0 - jumlah.y0) < 30]
            assert all(w.x1 <= jumlah.x0 + 0.5 for w in header), [w for w in header if w.x1 > jumlah.x0 + 0.5]
        for dlanggu in (w for w in page if w.text == "Dlanggu"):
            same_line = {w.text for w in page if abs(w.y0 - dlanggu.y0) < 2}
            if "Tunas" in same_line and "Khotimah" in same_line:
                lines += 1
    assert lines == 30


@needs_poppler
def test_a_lampiran_ii_page_never_ends_on_a_group_heading_nor_starts_with_a_subtotal(db, mojokerto, tmp_path):
    """Seen on the 536-person PKS: 'Jumlah PAC Muslimat NU Bangsal: 9 orang' alone at the top of a
    page, and 'PAC … / KB …' headings at the foot of one with their persons overleaf. The first group
    grows one person at a time, so that every row kind meets the page's end once."""
    import re
    from desktop.documents import agreement
    from desktop.roster import institutions
    nik = iter(range(10, 10_000))
    with db.write() as session:
        places = [institutions.add_institution(session, institutions.InstitutionData(
            name=f"TK Muslimat NU {n:02d} Sumber", type="T.K.", unit_id=mojokerto[unit]))
            for n, unit in ((1, "mojosari"), (2, "mojosari"), (3, "sooko"))]
        for place, size in zip(places, (8, 3, 3)):
            for i in range(size):
                add(session, f"Siti Aminah {i}", f"35161341038{next(nik):05d}", mojokerto["sooko"],
                    institution_id=place)
    for _ in range(10):
        with db.write() as session:
            add(session, "Siti Aminah", f"35161341038{next(nik):05d}", mojokerto["mojosari"], institution_id=places[0])
        printed = agreement.print_pks(db, tmp_path / "pks.pdf", pks_options(annex_contributions=False,
                                                                            annex_institutions=False))
        reader = PdfReader(str(printed.path))
        pages = words(printed.path)
        for index, page in enumerate(reader.pages):
            if float(page.mediabox.width) < float(page.mediabox.height):
                continue
            rows: dict[int, list[str]] = {}
            header = next(w for w in pages[index] if w.text == "NIK").y0
            for w in pages[index]:
                if header + 3 < w.y0 < float(page.mediabox.height) - 25 * 72 / 25.4:
                    rows.setdefault(round(w.y0), []).append(w.text)
            lines = [rows[y] for y in sorted(rows)]
            assert lines[0][0] not in ("Jumlah", "JUMLAH"), (index, lines[0])
            last = " ".join(lines[-1])
            assert re.search(r"3516•+\d{4}", last) or last.startswith(("Jumlah", "JUMLAH")), (index, last)


def test_the_two_signatories_names_stand_on_one_line(db, mojokerto, members, tmp_path):
    """PIHAK KEDUA's office takes three lines, PIHAK PERTAMA's two: the names were 2 lines apart."""
    from desktop.documents import agreement
    long_settings(db)
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", pks_options(annex_participants=False))
    page = next(p for p in words(printed.path) if any(w.text == "SAKSI-SAKSI:" for w in p))
    first = [w for w in page if w.text == "Muhammad"][-1]
    second = [w for w in page if w.text == "Maslakhah"][-1]
    assert abs(first.y0 - second.y0) < 1, (first, second)


@needs_poppler
def test_a_lampiran_heading_beside_the_logo_leaves_no_word_alone_on_a_line(db, mojokerto, members, tmp_path):
    """'… DENGAN PIMPINAN / CABANG MUSLIMAT NAHDLATUL ULAMA KABUPATEN / MOJOKERTO' beside the logo."""
    from PIL import Image, ImageDraw

    from desktop.documents import agreement
    image = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((4, 4, 116, 116), fill=(31, 111, 67, 255))
    image.save(tmp_path / "logo.png")
    long_settings(db, logo_path=str(tmp_path / "logo.png"))
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", pks_options(annex_participants=False))
    headings = 0
    for page in words(printed.path):
        if not any(w.text == "LAMPIRAN" for w in page):
            continue
        headings += 1
        top = [w for w in page if w.y0 < next(w for w in page if w.text == "TANGGAL:").y1]
        lines: dict[int, list[str]] = {}
        for w in top:
            lines.setdefault(round(w.y0), []).append(w.text)
        assert all(len(line) > 1 for line in lines.values()), lines
    assert headings >= 3

"""The PKS read back from the PDF: opening sentence, paraf boxes, signature block, annexes, template."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop import contributions, settings
from desktop.documents import agreement, templates
from desktop.documents.scope import Scope
from desktop.domain import money
from desktop.domain.rates import months_between
from desktop.errors import UserError
from desktop.models import AuditEntry
from desktop.roster import queries
from tests.files.test_documents_forms import db_path, members, migrated_db, pages_text  # noqa: F401

SIGNING = dt.date(2017, 5, 21)


@pytest.fixture
def signatories(db):
    with db.write() as session:
        settings.save(session, branch_head_name="Budi Santoso", chair_name="Hj. Siti Fatimah",
                      secretary_name="Nur Laila", org_address="Jl. Raya Sooko 1, Mojokerto",
                      branch_address="Jl. Gajah Mada 100, Mojokerto", board_decree="SK PW Muslimat NU Nomor 12/2024",
                      branch_authority="Keputusan Direksi BPJS Ketenagakerjaan Nomor KEP/45/2024")


def options(**changes) -> agreement.PksOptions:
    values = dict(signing_date=SIGNING, number_first="B/123/052017", number_second="045/PC-MSL/V/2017",
                  annex_institutions=False, annex_contributions=False, annex_mechanics=False)
    values.update(changes)
    return agreement.PksOptions(**values)


def test_opening_parties_articles_and_page_numbers(db, signatories, tmp_path):
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", options())
    texts = pages_text(printed.path)
    whole = " ".join(texts)
    assert texts[0].startswith("PERJANJIAN KERJA SAMA ANTARA BPJS KETENAGAKERJAAN KANTOR CABANG MOJOKERTO")
    assert "NOMOR: B/123/052017 NOMOR: 045/PC-MSL/V/2017" in texts[0]  # the first party's number first
    assert ("Pada hari ini Minggu tanggal dua puluh satu bulan Mei tahun dua ribu tujuh belas (21-05-2017), "
            "bertempat di Mojokerto") in whole
    # the branch is named as in the settings everywhere; its head's authority and both signatories of PIHAK KEDUA
    assert ("Budi Santoso, Kepala BPJS Ketenagakerjaan Kantor Cabang Mojokerto, berdasarkan Keputusan Direksi BPJS "
            "Ketenagakerjaan Nomor KEP/45/2024") in whole
    assert "Hj. Siti Fatimah, Ketua, dan Nur Laila, Sekretaris Pimpinan Cabang Muslimat" in whole
    assert ("Peraturan Badan Penyelenggara Jaminan Sosial Ketenagakerjaan Nomor 1 Tahun 2023 tentang Kerja Sama "
            "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan dengan Wadah") in whole
    assert "WANPRESTASI" in whole and "PENGAKHIRAN PERJANJIAN" in whole
    assert "Demikian Perjanjian ini dibuat dan ditandatangani oleh PARA PIHAK" in whole
    assert "berdasarkan SK PW Muslimat NU Nomor 12/2024" in whole
    assert "Pasal 1 PENGERTIAN" in whole and "Pasal 19 PENUTUP" in whole
    assert "ditanggung sesuai Pasal 7." in whole  # the {pasal:iuran} reference
    assert "paling lambat 14 (empat belas) hari kerja" in whole
    assert "selama 2 (dua) tahun" in whole
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari {len(texts)}" in text
        assert printed.doc_id in text
    assert printed.warnings == []


def test_paraf_boxes_on_every_page_but_the_signature_page_which_holds_the_whole_block(db, signatories, tmp_path):
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", options(witness_first="Ahmad Fauzi",
                                                                    witness_second="Khotimah",
                                                                    acknowledged_title="Ketua PCNU Kab. Mojokerto",
                                                                    acknowledged_name="KH. Abdul Adzim"))
    texts = pages_text(printed.path)
    with_paraf = [t for t in texts if "Paraf PIHAK PERTAMA" in t and "Paraf PIHAK KEDUA" in t]
    assert len(texts) > 2 and len(with_paraf) == len(texts) - 1
    [signature_page] = [t for t in texts if "Paraf PIHAK PERTAMA" not in t]
    assert signature_page is texts[-1]
    for expected in ("PIHAK PERTAMA,", "PIHAK KEDUA,", "Budi Santoso", "Kepala Kantor Cabang", "Hj. Siti Fatimah",
                     "Ketua", "Nur Laila", "Sekretaris", "Meterai Rp10.000", "SAKSI-SAKSI", "Ahmad Fauzi",
                     "Khotimah", "Mengetahui,", "Ketua PCNU Kab. Mojokerto", "KH. Abdul Adzim",
                     "rangkap 2 (dua) asli"):
        assert expected in signature_page, expected
    assert signature_page.count("Meterai") == 1  # settings: meterai on the right side only


def test_meterai_on_both_sides_when_asked(db, signatories, tmp_path):
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", options(meterai_side="keduanya"))
    assert pages_text(printed.path)[-1].count("Meterai Rp10.000") == 2


def test_missing_signatories_print_as_blanks_and_are_reported(db, tmp_path):
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", options(number_first=""))
    assert any("Kepala Kantor Cabang" in w for w in printed.warnings)
    assert any("nomor PKS dari PIHAK PERTAMA" in w for w in printed.warnings)
    assert "NOMOR: …………………………" in pages_text(printed.path)[0]


def test_annexes_count_institutions_mask_participants_and_sum_contributions_in_words(db, mojokerto, members,
                                                                                      signatories, tmp_path):
    month = dt.date(2026, 11, 1)
    scope = Scope(filter=queries.PersonFilter(unit_id=mojokerto["pc"]))
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", options(
        annex_institutions=True, annex_participants=True, annex_contributions=True, scope=scope, month=month))
    texts = pages_text(printed.path)
    whole = " ".join(texts)
    assert "LAMPIRAN I" in whole and "LAMPIRAN II" in whole and "LAMPIRAN III" in whole
    assert "DAFTAR LEMBAGA DAN JUMLAH CALON PESERTA PER PROGRAM" in whole
    assert "TK Muslimat NU 05 Japan" in whole and "TK TK" not in whole and "20512345" in whole
    assert "Anggota perorangan (tanpa lembaga)" in whole
    assert "3516••••••••0001" in whole and "3516136004800001" not in whole
    assert "Siti Aminah" in whole and "Anik Wahyuni" in whole
    with db.read() as session:  # the agreement's 2 years from Nov 2026, each month priced alone
        total = sum(contributions.person_contribution(session, pid, m).total for pid in members.values()
                    for m in months_between(month, 24))
    assert money.rupiah_words(total) in whole
    assert "RINCIAN IURAN SELAMA JANGKA WAKTU PERJANJIAN" in whole
    annex_pages = [t for t in texts if "LAMPIRAN" in t]
    assert all("Paraf PIHAK KEDUA" in t for t in annex_pages)  # every annex sheet is initialled
    with db.read() as session:
        entry = session.query(AuditEntry).filter_by(action="print").one()
    assert entry.person_count == 4 and "nik_masked" in entry.fields


def test_the_full_nik_list_is_its_own_secret_document_and_the_pks_stays_one_for_both_originals(
        db, mojokerto, members, signatories, tmp_path):
    masked = agreement.print_pks(db, tmp_path / "a.pdf", options(annex_participants=True))
    with_list = agreement.print_pks(db, tmp_path / "b.pdf", options(annex_participants=True, full_identifiers=True))
    # the PKS is the same document whether or not the branch's list is asked for: same pages and text
    same = [t.replace(with_list.doc_id, masked.doc_id) for t in pages_text(with_list.path)]
    assert same == pages_text(masked.path)
    assert "3516136004800001" not in " ".join(same) and "salinan internal" not in " ".join(same)
    [full] = with_list.companions
    texts = pages_text(full.path)
    assert "3516136004800001" in " ".join(texts)
    assert all("RAHASIA" in t for t in texts) and full.path.name.endswith("RAHASIA.pdf")
    assert any(full.path.name in w for w in with_list.warnings)
    with db.read() as session:
        entries = session.query(AuditEntry).filter_by(action="print").all()
    assert ["nik" in e.fields.split(",") for e in entries] == [False, False, True]


def test_an_edited_template_version_changes_the_words_and_old_versions_stay(db, signatories, tmp_path):
    with db.read() as session:
        body = templates.current(session).body
    edited = body.replace("## PENUTUP", "## PENUTUP DAN PERUBAHAN {#penutup}").replace(
        "rangkap 2 (dua) asli", "rangkap 3 (tiga) asli, sebagaimana {pasal:penutup} ini")
    with db.write() as session:
        version = templates.save(session, "pks", edited, "draf kantor cabang")
    assert version == 2
    text = " ".join(pages_text(agreement.print_pks(db, tmp_path / "v2.pdf", options()).path))
    assert "rangkap 3 (tiga) asli, sebagaimana Pasal 19 ini" in text and "PENUTUP DAN PERUBAHAN" in text
    with db.write() as session:
        assert [v.version for v in templates.history(session)] == [2, 1]
        templates.activate(session, "pks", 1)
    text = " ".join(pages_text(agreement.print_pks(db, tmp_path / "v1.pdf", options()).path))
    assert "rangkap 2 (dua) asli" in text


def test_a_template_with_an_unknown_placeholder_is_refused_with_its_line(db):
    with db.read() as session:
        body = templates.current(session).body
    broken = body.replace("bertempat di {tempat_penandatanganan}", "bertempat di {tempat}")
    line = next(n for n, text in enumerate(broken.splitlines(), start=1) if "{tempat}" in text)
    with db.write() as session, pytest.raises(UserError, match=f"baris {line}: isian {{tempat}} tidak dikenal"):
        templates.save(session, "pks", broken)
    with db.read() as session:
        assert templates.current(session).version == 1


def test_the_weekday_is_computed_from_the_date_and_sunday_can_be_ahad(db, signatories, tmp_path):
    wednesday = agreement.print_pks(db, tmp_path / "a.pdf", options(signing_date=dt.date(2026, 11, 25),
                                                                    number_second="046/PC-MSL/XI/2026"))
    assert "Pada hari ini Rabu tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam (25-11-2026)" \
        in " ".join(pages_text(wednesday.path))
    with db.write() as session:
        settings.save(session, sunday_name="Ahad")
    sunday = agreement.print_pks(db, tmp_path / "b.pdf", options())
    assert "Pada hari ini Ahad tanggal dua puluh satu" in " ".join(pages_text(sunday.path))


def test_cli_prints_the_pks_and_manages_template_versions(cli, db, signatories, tmp_path):
    out = tmp_path / "pks.pdf"
    result = cli("print", "pks", "--out", str(out), "--date", "21-05-2017", "--number-first", "B/1",
                 "--serial", "045", "--no-contributions", "--no-institutions")
    assert result.exit_code == 0, result.output
    assert "NOMOR: B/1 NOMOR: 045/PC-MSL/V/2017" in pages_text(out)[0]  # the settings' number pattern
    exported = tmp_path / "pks.txt"
    assert cli("document", "template", "export", str(exported)).exit_code == 0
    exported.write_text(exported.read_text(encoding="utf-8").replace("Surat-menyurat", "Korespondensi resmi"),
                        encoding="utf-8")
    assert cli("document", "template", "import", str(exported), "--note", "uji").exit_code == 0
    history = cli("document", "template", "history").output
    assert "* versi 2" in history and "uji" in history
    assert "Korespondensi resmi" in cli("document", "template", "show").output


def test_lampiran_iii_covers_the_term_month_by_price_change_with_discount_and_total(db, mojokerto, members,
                                                                                    signatories, tmp_path):
    """Two years from Nov 2026. By hand, per month: Siti 1.500.000 +JHT → dasar 1.600.000: 16.000 + 6.800 + 32.000
    = 54.800 (43.400 with PP 50/2025); Nur 1.000.000: 16.800 (8.400); Anik and Dewi 1.500.000: 22.800 (11.400).
    Nov–Dec 2026: 74.600 a month (normal 117.200); Jan 2027–Oct 2028: 117.200. Term: 2 × 74.600 + 22 × 117.200."""
    printed = agreement.print_pks(db, tmp_path / "pks.pdf", options(
        annex_contributions=True, month=dt.date(2026, 11, 1), annex_contribution_persons=True,
        scope=Scope(filter=queries.PersonFilter(unit_id=mojokerto["pc"]))))
    whole = " ".join(pages_text(printed.path))
    assert "24 bulan (November 2026 s.d. Oktober 2028)" in whole
    assert "November–Desember 2026 (2 bulan), per bulan:" in whole
    assert "Januari 2027–Oktober 2028 (22 bulan), per bulan:" in whole
    assert "Jumlah 4 Rp117.200 Rp42.600 Rp74.600" in whole
    assert "Jumlah 4 Rp117.200 Rp0 Rp117.200" in whole
    assert "Keringanan 50% JKK dan JKM, PP 50/2025, s.d. Desember 2026." in whole
    assert money.rupiah_words(2 * 74_600 + 22 * 117_200) in whole  # Rp2.727.600,00 (dua juta …)
    assert "Rincian per orang" in whole and "Siti Aminah" in whole
    assert "Rp43.400 Rp54.800 Rp1.292.400" in whole  # Siti: 2 × 43.400 + 22 × 54.800
    assert "Golongan penghasilan: tabel dari sumber tidak resmi — cocokkan dengan Kantor Cabang." in whole

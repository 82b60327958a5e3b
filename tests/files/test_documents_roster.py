"""The daftar peserta read back: masked NIK and phone by default, full only on request and logged."""
from __future__ import annotations

from desktop.documents import roster_list
from desktop.documents.scope import Scope
from desktop.models import AuditEntry
from desktop.roster import queries
from tests.files.test_documents_forms import db_path, members, migrated_db, pages_text  # noqa: F401


def test_the_list_of_an_institution_masks_nik_and_phone(db, mojokerto, members, tmp_path):
    scope = Scope(filter=queries.PersonFilter(institution_id=mojokerto["tk"]))
    printed = roster_list.print_roster(db, scope, tmp_path / "tk.pdf")
    [text] = pages_text(printed.path)
    assert "DAFTAR PESERTA TK MUSLIMAT NU 05 JAPAN" in text  # the institution's registered name
    assert "Nur Hidayah" in text and "Siti Aminah" not in text
    assert "3516••••••••0002" in text and "3516135204800002" not in text
    assert "0812-••••-7890" in text and "0812-3456-7890" not in text
    assert "disamarkan" in text
    with db.read() as session:
        entry = session.query(AuditEntry).filter_by(action="print").one()
    assert "nik_masked" in entry.fields and "nik," not in entry.fields + ","


def test_the_list_of_a_unit_includes_the_units_below_in_name_order(db, mojokerto, members, tmp_path):
    printed = roster_list.print_roster(db, Scope(filter=queries.PersonFilter(unit_id=mojokerto["pc"])),
                                       tmp_path / "pc.pdf")
    text = " ".join(pages_text(printed.path))
    assert "DAFTAR PESERTA PIMPINAN CABANG MUSLIMAT NAHDLATUL ULAMA KABUPATEN MOJOKERTO" in text  # title in full
    names = ["Anik Wahyuni", "Dewi Kulsum", "Nur Hidayah", "Siti Aminah"]
    assert [text.index(n) for n in names] == sorted(text.index(n) for n in names)
    assert "4 orang" in text


def test_full_identifiers_only_on_request_and_the_print_is_logged(cli, db, mojokerto, members, tmp_path):
    out = tmp_path / "full.pdf"
    result = cli("print", "roster", "--unit", "PAC Muslimat NU Mojosari", "--out", str(out), "--full")
    assert result.exit_code == 0, result.output
    text = pages_text(out)[0]
    assert "3516084507800003" in text and "0812-3456-7890" in text
    assert "LENGKAP" in text
    with db.read() as session:
        entry = session.query(AuditEntry).filter_by(action="print").one()
    assert {"nik", "phone"} <= set(entry.fields.split(",")) and entry.person_count == 1
    assert entry.target == str(out)


def test_a_cancelled_list_stops_while_pages_are_laid_out_and_leaves_nothing(db, mojokerto, tmp_path):
    import pytest

    from bench.data import person_rows
    from desktop.models import PrintedDocument
    from desktop.progress import Cancelled, Progress
    from desktop.roster import bulk
    with db.write() as session:
        bulk.insert_persons(session, person_rows(150, [mojokerto["sooko"]]))  # several pages
    seen: list[str] = []

    def report(done, total, message):
        seen.append(message)
        if message.startswith("Halaman 1 "):
            progress.cancel()  # the clerk presses Batal while page 2 is laid out
    progress = Progress(report, min_interval=0)
    scope = Scope(filter=queries.PersonFilter(unit_id=mojokerto["sooko"]))
    with pytest.raises(Cancelled):
        roster_list.print_roster(db, scope, tmp_path / "x.pdf", progress=progress)
    assert "Halaman 1 selesai disusun" in seen and not any(m.startswith("Halaman 3") for m in seen)
    assert list(tmp_path.glob("*x.pdf*")) == []
    with db.read() as session:
        assert session.query(PrintedDocument).count() == 0


def test_every_cell_of_the_list_stays_inside_the_table_and_the_right_margin(db, mojokerto, members, tmp_path):
    """An 11-digit KPJ ran past the table's right edge into the margin; a waiting person's status took
    three lines."""
    from pypdf import PdfReader

    from desktop.models import Person
    from tests.files.pdf_layout import words
    with db.write() as session:
        for key in ("siti", "nur"):
            person = session.get(Person, members[key])
            person.kpj, person.status = "26654109265", "terdaftar"
        session.get(Person, members["anik"]).status = "diajukan"
    printed = roster_list.print_roster(db, Scope(filter=queries.PersonFilter(unit_id=mojokerto["pc"])),
                                       tmp_path / "all.pdf", roster_list.RosterOptions(full_identifiers=True))
    page = PdfReader(str(printed.path)).pages[0]
    right = float(page.mediabox.width) - 20 * 72 / 25.4
    printed_words = words(printed.path)[0]
    assert all(w.x1 <= right + 0.3 for w in printed_words), [w for w in printed_words if w.x1 > right + 0.3]
    assert sum(w.text == "26654109265" for w in printed_words) == 2
    menunggu = next(w for w in printed_words if w.text == "menunggu")
    assert any(w.text == "Diajukan," and abs(w.y0 - menunggu.y0) < 1 for w in printed_words)  # two lines, not three

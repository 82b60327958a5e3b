"""The Laporan pages in the window: the dashboard shows the figures, exports the report; the claims
register records a claim and shows the heirs of a JKM claim; the rates screen adds a row."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.roster import persons
from tests.use_cases.test_coverage import add_roster


# screenshots for a human to look at (the note); a temp folder unless JAMSOS_SCREENSHOTS says where
SCREENSHOTS = Path(os.environ.get("JAMSOS_SCREENSHOTS", "/tmp"))


@pytest.fixture
def window(open_window, db, mojokerto):
    add_roster(db, mojokerto)
    return open_window(db)


@pytest.fixture
def ask_answers(monkeypatch):
    from desktop.ui.batches import ask
    answers: list[object] = []
    monkeypatch.setattr(ask, "answers", answers)
    return answers


def open_dashboard(window, qtbot):
    page = window.show_page("laporan")
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    return page


def test_the_dashboard_shows_totals_units_and_cost(window, qtbot, mojokerto):
    page = open_dashboard(window, qtbot)
    assert page.cards["persons"].text() == "12"
    assert page.cards["enrolled"].text() == "8"
    assert page.cards["share"].text() == "66,7%"
    pc = page.unit_tree.topLevelItem(0)
    rows = {pc.child(i).text(0): [pc.child(i).text(c) for c in range(1, 6)] for i in range(pc.childCount())}
    assert rows == {"PAC Muslimat NU Mojosari": ["3", "2", "1", "0", "0"],
                    "PAC Muslimat NU Sooko": ["9", "6", "0", "2", "1"]}
    # on 10 May 2026, PAC Sooko: the discounted month, Sooko's persons only
    page.today = dt.date(2026, 5, 10)
    page.select_month(dt.date(2026, 5, 1))
    sooko = next(pc.child(i) for i in range(pc.childCount()) if pc.child(i).text(0) == "PAC Muslimat NU Sooko")
    page.loaded = None
    page.unit_tree.itemDoubleClicked.emit(sooko, 0)  # drill down
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    assert page.cards["persons"].text() == "9"
    assert page.scope.currentData() == mojokerto["sooko"]
    # Sooko in May 2026: A1–A3 3 × 8.400, A4 28.400, A5 (APBD) 16.800, B2 277.200
    assert page.cards["cost"].text() == "Rp347.600"
    assert page.captions["cost"].text() == "Iuran Mei 2026"  # the next month the organisation pays for
    assert "normal Rp381.200" in page.cost_detail.text()  # 3 × 16.800 + 36.800 + 16.800 + 277.200
    assert "keringanan 50% JKK dan JKM, PP 50/2025, s.d. Desember 2026: −Rp33.600" in page.cost_detail.text()
    cost = page.tables["cost"]
    assert cost.item(0, 0).text() == "Mei 2026" and cost.item(0, cost.columnCount() - 1).text() == "Rp347.600"


def test_export_pdf_from_the_dashboard(window, qtbot, ask_answers, tmp_path):
    page = open_dashboard(window, qtbot)
    target = tmp_path / "laporan"
    ask_answers.append(str(target))
    page.export(".pdf")
    qtbot.waitUntil(lambda: (tmp_path / "laporan.pdf").exists() and not window.jobs.jobs, timeout=15_000)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "laporan.pdf").pages).split())
    assert "PC Muslimat NU Kab. Mojokerto 12 8 1 2 1 66,7%" in text


def test_save_charts_as_png_for_a_slide(window, qtbot, ask_answers, tmp_path):
    page = open_dashboard(window, qtbot)
    ask_answers.append(str(tmp_path / "grafik.png"))
    page.save_charts()
    saved = sorted(p.name for p in tmp_path.glob("grafik-*.png"))
    assert saved == ["grafik-cakupan-per-unit.png", "grafik-komposisi-program.png", "grafik-pendaftaran.png"]
    assert (tmp_path / "grafik-cakupan-per-unit.png").read_bytes()[:4] == b"\x89PNG"


def test_record_a_jkm_claim_and_see_the_heirs(window, qtbot, db, mojokerto):
    with db.write() as session:
        persons.add_person(session, persons.PersonData(
            name="Siti Aminah", unit_id=mojokerto["sooko"], heirs=[persons.HeirData("Ahmad Fauzi", "Suami")]))
    page = window.show_page("klaim")
    page.refresh()
    page.new_claim()
    dialog = page.dialog
    dialog.picker.search.setText("siti am")
    assert dialog.picker.choice.currentText().startswith("Siti Aminah")
    dialog.inputs["programme"].setCurrentIndex(dialog.inputs["programme"].findData("JKM"))
    assert dialog.case_type.currentText() == "Meninggal dunia"
    dialog.inputs["event_date"].setText("09-09-2026")
    dialog.inputs["status"].setCurrentIndex(dialog.inputs["status"].findData("dibayar"))
    dialog.inputs["amount"].setText("Rp42.000.000")
    dialog.save()
    assert dialog.notes["paid_date"].isVisible() and "tanggal dibayar" in dialog.notes["paid_date"].text()
    dialog.inputs["paid_date"].setText("01-10-2026")
    dialog.save()
    assert not dialog.isVisible()
    assert page.table.rowCount() == 1 and page.table.item(0, 3).text() == "Siti Aminah"
    assert "JKM</b> 1 kasus, Rp42.000.000" in page.totals.text()
    assert "Ahli waris" in page.detail.text() and "Ahmad Fauzi (Suami)" in page.detail.text()


def test_add_a_jp_cap_row_in_the_rates_screen(window, qtbot):
    from desktop.ui.coverage.rates_page import RateDialog
    page = window.show_page("tarif")
    page.refresh()
    jp = page.tabs.widget(3)
    before = jp.rowCount()
    page.open_dialog(RateDialog)
    dialog = page.dialog
    dialog.inputs["programme"].setCurrentText("JP")
    dialog.inputs["segment"].setCurrentIndex(dialog.inputs["segment"].findData("PU"))
    dialog.inputs["component"].setCurrentIndex(dialog.inputs["component"].findData("employer"))
    dialog.inputs["value"].setText("2")
    dialog.inputs["cap_rupiah"].setText("99.000.000")
    dialog.inputs["valid_from"].setText("2020-03")
    dialog.save()
    assert "sudah lewat" in dialog.notes["valid_from"].text()
    dialog.inputs["valid_from"].setText("2099-03")
    dialog.save()
    assert not dialog.isVisible()
    jp = page.tabs.widget(3)
    assert jp.rowCount() == before + 1
    ends = {(jp.item(r, 2).text(), jp.item(r, 5).text()): jp.item(r, 7).text() for r in range(jp.rowCount())}
    assert ends[("pemberi kerja", "Rp99.000.000")] == "…"
    assert ends[("pemberi kerja", "Rp11.086.300")] == "28-02-2099"  # closed the day before
    assert ends[("pekerja", "Rp11.086.300")] == "…"


def test_bar_labels_drop_the_words_every_unit_shares_but_never_to_a_bare_number():
    from desktop.ui.coverage.charts import short_names
    assert short_names(["PAC Muslimat NU Sooko", "PAC Muslimat NU Mojosari"]) == ["Sooko", "Mojosari"]
    assert short_names(["Ranting Pacet 1", "Ranting Pacet 2"]) == ["Pacet 1", "Pacet 2"]
    assert short_names(["PC Muslimat NU Kab. Mojokerto"]) == ["PC Muslimat NU Kab. Mojokerto"]


def _roster_starting(db, units, start: dt.date) -> None:
    """Three members enrolled from `start` (their first enrolment month): 300.000, 999.999, 1.500.000."""
    from desktop.models import Enrolment, Person
    from desktop.roster import bulk
    bpu = {"segment": "BPU", "programmes": "JKK JKM", "payer": "SELF", "sector": "other", "unit_id": units["sooko"],
           "status": "terdaftar"}
    with db.write() as session:
        bulk.insert_persons(session, [{"name": f"Anggota {i}", **bpu, "income": income}
                                      for i, income in enumerate((300_000, 999_999, 1_500_000))])
        for pid in session.scalars(select(Person.id)):
            session.add(Enrolment(person_id=pid, programme="JKK", start_month=start))


def test_headline_is_the_next_month_to_pay_when_coverage_starts_next_month(open_window, db, mojokerto, qtbot):
    today = dt.date(2026, 11, 20)
    _roster_starting(db, mojokerto, dt.date(2026, 12, 1))
    window = open_window(db)
    page = window.show_page("laporan")
    page.today = today
    page.loaded = None
    page.refresh()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    # December 2026 (PP 50/2025): floor bracket 8.400 twice; 1.500.000 → dasar 1.600.000: 8.000 + 3.400 = 11.400
    assert page.captions["cost"].text() == "Iuran Desember 2026"
    assert page.cards["cost"].text() == "Rp28.200"
    assert "normal Rp56.400" in page.cost_detail.text()  # 16.800 + 16.800 + 22.800
    assert "tabel dari sumber tidak resmi — cocokkan dengan Kantor Cabang" in page.cost_detail.text()
    home = window.show_page("beranda")
    home.today = today
    home.refresh()
    qtbot.waitUntil(lambda: home.values["next_payment"].text().startswith("Rp"), timeout=10_000)
    assert home.labels["next_payment"].text() == "Iuran Desember 2026:" and home.values["next_payment"].text() == \
        "Rp28.200"
    # one month of enrolment: no line on a years-long axis
    assert page.loaded.report.dashboard.enrolment_series is None
    page.grab().save(str(SCREENSHOTS / "laporan-iuran-berikutnya.png"))
    home.grab().save(str(SCREENSHOTS / "beranda-iuran-berikutnya.png"))


def test_with_nobody_enrolled_the_headline_says_there_is_nothing_to_pay(open_window, db, mojokerto, qtbot):
    window = open_window(db)
    page = window.show_page("laporan")
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    assert page.cards["cost"].text() == "Belum ada" and "belum ada iuran" in page.cost_detail.text()
    assert "Rp0" not in page.cards["cost"].text()

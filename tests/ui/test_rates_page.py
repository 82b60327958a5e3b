"""The Tarif Iuran page speaks Indonesian, shows each bracket row's certainty, says when the table
comes from an unofficial source, and lets the clerk correct a weak bracket row."""
from __future__ import annotations

import pytest

from desktop import rate_tables


@pytest.fixture
def page(open_window, db):
    window = open_window(db)
    page = window.show_page("tarif")
    page.refresh()
    return page


def _cells(table) -> list[str]:
    return [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())]


def test_every_code_on_the_rates_page_has_an_indonesian_label(page):
    texts = [t for i in range(page.tabs.count()) for t in _cells(page.tabs.widget(i))]
    for english in ("verified", "weak", "uncertain", "payer", "sector", "!=", "outside", "relief", "letter",
                    "Floor bracket", "discount_percent", "participant", "employer"):
        assert not [t for t in texts if english in t], english
    discounts = page.tabs.widget(4)
    assert "pembayar bukan APBN atau APBD; sektor bukan transportasi" in _cells(discounts)
    assert "PP 50/2025 (BPU di luar transportasi)" in _cells(discounts)


def test_bracket_rows_show_their_certainty_and_the_weak_table_is_said(page, qtbot):
    brackets = page.tabs.widget(1)
    assert page.tabs.tabText(1) == "Golongan penghasilan BPU" and brackets.rowCount() == 33
    certainty = [h for h in range(brackets.columnCount()) if brackets.horizontalHeaderItem(h).text() == "Kepastian"][0]
    assert brackets.item(0, 0).text() == "Rp1.000.000" and brackets.item(0, certainty).text() == "pasti"
    assert brackets.item(1, certainty).text() == "lemah (sumber tidak resmi)"
    assert page.weak_note.isVisibleTo(page)
    assert "32 dari 33 golongan" in page.weak_note.text()
    assert "tabel dari sumber tidak resmi — cocokkan dengan Kantor Cabang" in page.weak_note.text()


def test_a_weak_bracket_row_is_corrected_as_the_kantor_cabang_says(page, db):
    brackets = page.tabs.widget(1)
    page.correct_bracket(1)  # 1.100.000–1.299.000 → 1.200.000, weak
    dialog = page.dialog
    assert dialog.inputs["dasar_penghasilan"].text() == "1.200.000"
    dialog.inputs["jkk"].setText("13.000")  # not 1% of the dasar: refused, nothing changes
    dialog.save()
    assert "seharusnya 12000" in dialog.notes["jkk"].text()
    dialog.inputs["jkk"].setText("12.000")
    dialog.inputs["certainty"].setCurrentIndex(dialog.inputs["certainty"].findData("verified"))
    dialog.inputs["note"].setText("Dicocokkan dengan Kantor Cabang Mojokerto")
    dialog.save()
    assert not dialog.isVisible()
    with db.read() as session:
        row = next(b for b in rate_tables.brackets(session) if b.dasar_penghasilan == 1_200_000)
    assert row.certainty == "verified" and row.note == "Dicocokkan dengan Kantor Cabang Mojokerto"
    page.refresh()
    assert "31 dari 33 golongan" in page.weak_note.text()
    assert brackets is not page.tabs.widget(1)


def test_a_correction_that_makes_two_ranges_overlap_is_refused(page, db):
    page.correct_bracket(1)  # 1.100.000–1.299.000
    dialog = page.dialog
    dialog.inputs["income_high"].setText("1.400.000")  # into the next row's 1.300.000–1.499.000
    dialog.save()
    assert "bertumpang tindih" in dialog.notes["income_low"].text() and dialog.isVisible()
    with db.read() as session:
        row = next(b for b in rate_tables.brackets(session) if b.dasar_penghasilan == 1_200_000)
    assert row.income_high == 1_299_000

"""One figure for one fact: after the branch office's answer, Beranda, the roster's unit tree, Daftar Orang,
Laporan, the Batch page and the CLI report the same enrolled / rejected / waiting counts with the same
labels, read from the widgets. The sample answer: 104 new KPJ, 3 "already a participant" (their old KPJ
kept), 13 refused, 18 not answered, of 138 PAC Sooko members."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from desktop.batches import answer, export
from tests.use_cases.test_batch_lifecycle import make_sooko_batch

pytest.importorskip("PySide6")

ENROLLED, REJECTED, WAITING = "107", "13", "18"  # 104 + 3; 13; 18


@pytest.fixture
def answered(db, samples, mojokerto, tmp_path):
    number = make_sooko_batch(db, samples, mojokerto)
    export.export_batch(db, number, tmp_path)
    answer.import_answer(db, number, samples / "jawaban-kantor-cabang.xlsx")
    return number


def _wait(qtbot, window, condition=lambda: True) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.jobs.jobs and condition(), timeout=30_000)


def test_every_screen_and_the_cli_agree_after_a_batch_answer(open_window, db, cli, answered, qtbot):
    window = open_window(db)
    _wait(qtbot, window)

    home = window.show_page("beranda")
    home.refresh()
    _wait(qtbot, window, lambda: home.values["enrolled"].text() != "…")
    assert home.labels["enrolled"].text() == "Terdaftar:" and home.values["enrolled"].text() == ENROLLED
    assert home.labels["rejected"].text() == "Ditolak:" and home.values["rejected"].text() == REJECTED
    assert home.labels["submitted"].text() == "Diajukan, menunggu jawaban:"
    assert home.values["submitted"].text() == WAITING
    assert home.values["has_kpj"].text() == ENROLLED  # every enrolled person has a KPJ here, nobody else

    roster = window.show_page("orang")
    _wait(qtbot, window)
    tree = roster.tree
    assert tree.headerItem().text(2) == "Terdaftar" and tree.topLevelItem(0).text(2) == ENROLLED
    model = roster.model
    from PySide6.QtCore import Qt
    status = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Status")
    _wait(qtbot, window, lambda: model.rowCount() == 138 and model.data(model.index(137, status)) is not None)
    labels = Counter(model.data(model.index(r, status)) for r in range(model.rowCount()))
    assert labels == {"Terdaftar (KPJ baru)": 104, "Sudah peserta (KPJ lama)": 3, "Ditolak": 13,
                      "Diajukan, menunggu jawaban": 18}

    report = window.show_page("laporan")
    _wait(qtbot, window, lambda: report.loaded is not None)
    assert report.captions["enrolled"].text() == "Terdaftar" and report.cards["enrolled"].text() == ENROLLED
    assert report.captions["rejected"].text() == "Ditolak" and report.cards["rejected"].text() == REJECTED
    assert report.captions["submitted"].text() == "Diajukan, menunggu jawaban"
    assert report.cards["submitted"].text() == WAITING
    assert "107 = 104 Terdaftar (KPJ baru) + 3 Sudah peserta (KPJ lama)" in report.cards["enrolled"].toolTip()
    header = [report.unit_tree.headerItem().text(c) for c in range(report.unit_tree.columnCount())]
    top = report.unit_tree.topLevelItem(0)
    assert top.text(header.index("Terdaftar")) == ENROLLED and top.text(header.index("Ditolak")) == REJECTED
    assert top.text(header.index("Diajukan, menunggu jawaban")) == WAITING

    batches = window.show_page("batch")
    batches.refresh()
    columns = [batches.batches.horizontalHeaderItem(c).text() for c in range(batches.batches.columnCount())]
    row = {title: batches.batches.item(0, c).text() for c, title in enumerate(columns)}
    assert row["Diajukan, menunggu jawaban"] == WAITING and row["Ditolak"] == REJECTED
    # two facts, both labelled: new KPJ in this batch and the KPJ they already had; together the enrolled
    assert int(row["Terdaftar (KPJ baru)"]) + int(row["Sudah peserta (KPJ lama)"]) == int(ENROLLED)

    summary = cli("report", "summary").output
    line = next(l for l in summary.splitlines() if l.startswith("PC Muslimat") or "Mojokerto" in l)
    assert re.search(rf"\b138\b.*\b{ENROLLED}\b.*\b{WAITING}\b.*\b0\b.*\b{REJECTED}\b", line), summary
    assert "Terdaftar" in summary and "Diajukan, menunggu jawaban" in summary
    assert f"Ber-KPJ: {ENROLLED}; Belum ber-NIK: 0" in summary  # the same as Beranda
    listed = cli("batch", "list").output
    assert f"diajukan, menunggu jawaban {WAITING}" in listed and f"ditolak {REJECTED}" in listed
    assert "terdaftar (KPJ baru) 104" in listed and "sudah peserta (KPJ lama) 3" in listed

"""A first-day clerk finishes the whole task in the window: import a PAC's file → told what the batch
needs and the file lacks → intake sheet to the PAC, re-imported filling only empty fields → batch,
check, take out the flagged persons → export → read the branch office's answer."""
from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.domain.status import ITEM_LABELS

from tests.ui.test_batches import _wait_jobs, files  # noqa: F401 - the batch page's file answers
from tests.use_cases.test_batch_lifecycle import PERIOD, allow_older_bpu

pytest.importorskip("PySide6")

STILL_MISSING = 3  # persons the PAC did not answer for in the intake sheet


@pytest.fixture
def window(open_window, db, mojokerto):
    allow_older_bpu(db)
    return open_window(db)


def _import(window, qtbot, path, policy: str | None = None):  # noqa: ANN001
    window.findChild(type(window.menus["data"].actions()[0]), "act_import").trigger()
    wizard = window.import_wizard
    qtbot.addWidget(wizard)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=20_000)
    mapping_note = wizard.mapping_page.batch_needs.text() if wizard.mapping_page.batch_needs.isVisibleTo(wizard) \
        else ""
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None, timeout=20_000)
    page = wizard.preview_page
    if policy:
        page.policy.setCurrentIndex(page.policy.findData(policy))
    return wizard, mapping_note


def _lacking(window, qtbot) -> int:  # noqa: ANN001
    roster = window.roster
    roster.filters.lacking.setChecked(True)
    qtbot.wait(50)
    _wait_jobs(qtbot, window)
    return roster.model.total


def test_import_fill_batch_export_answer(window, qtbot, db, samples, tmp_path, files, answer_dialogs):  # noqa: F811
    from desktop.models import Person
    from desktop.ui import messages

    # 1. the PAC's file: the mapping step says what the batch needs and the file lacks
    wizard, note = _import(window, qtbot, samples / "pac-sooko-anggota.xlsx")
    assert "Kolom wajib untuk batch tidak ada di berkas: Nama ibu kandung" in note
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=20_000)
    assert wizard.result_.added == 138

    # 2. the roster finds who lacks it; the intake sheet goes to the PAC with NIK and name filled in
    assert _lacking(window, qtbot) == 138
    sheet_path = tmp_path / "isian-sooko.xlsx"
    files.append(str(sheet_path))
    window.findChild(type(window.menus["data"].actions()[0]), "act_intake_sheet").trigger()
    _wait_jobs(qtbot, window)
    assert "138 orang" in messages.shown[-1][1]
    book = openpyxl.load_workbook(sheet_path)
    sheet = book.active
    head = [c.value for c in sheet[1]]
    assert head[:3] == ["NIK", "Nama Lengkap", "Nama Ibu Kandung"]
    flagged = set()
    for row in range(2, sheet.max_row + 1):  # the PAC fills in the mothers' names, all but three
        if row < 2 + STILL_MISSING:
            flagged.add(sheet.cell(row, 1).value)
            continue
        sheet.cell(row, 3).value = f"Ibu Kandung {row}"
    book.save(sheet_path)

    # 3. imported back in "fill empty fields" mode: the preview says what changes, per person
    wizard, _note = _import(window, qtbot, sheet_path, policy="fill")
    page = wizard.preview_page
    changes = [page.model.index(r, 4).data() for r in range(page.model.rowCount())]
    assert sum("Nama ibu kandung: (kosong) → Ibu Kandung" in text for text in changes) == 138 - STILL_MISSING
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=20_000)
    assert _lacking(window, qtbot) == STILL_MISSING
    window.roster.filters.lacking.setChecked(False)
    with db.read() as session:
        assert session.scalar(select(func.count()).where(Person.mother_name.is_not(None))) == 138 - STILL_MISSING

    # 4. a batch of everyone; the check lists the three; they are taken out at once; the batch passes
    batches = window.show_page("batch")
    from PySide6.QtCore import QDate
    batches.new_batch()
    batches.dialog.period.setDate(QDate(PERIOD.year, PERIOD.month, 1))
    batches.dialog.accept()
    _wait_jobs(qtbot, window)
    batches.buttons["check"].click()
    _wait_jobs(qtbot, window)
    kind, text = messages.shown[-1]
    assert kind == "report" and f"{STILL_MISSING} dari 138 orang" in text
    assert not any(nik in text for nik in flagged)  # NIKs masked, as on the table
    batches.only_problems.setChecked(True)
    assert batches.model.rowCount() == STILL_MISSING
    batches.buttons["remove_flagged"].click()
    assert batches.model.rowCount() == 138 - STILL_MISSING and not batches.only_problems.isChecked()
    batches.buttons["check"].click()
    _wait_jobs(qtbot, window)
    assert batches.batches.item(0, 1).text() == "Sudah diperiksa"

    # 5. exported to a folder, then the branch office's answer is read back
    batches.buttons["export"].click()
    dialog = batches.dialog
    dialog.target.setEditText(str(tmp_path))
    dialog.lock.setChecked(False)
    dialog._confirm()
    _wait_jobs(qtbot, window)
    exported = next(tmp_path.glob("batch-*.xlsx"))
    assert openpyxl.load_workbook(exported)["Data Peserta"].max_row == 1 + 138 - STILL_MISSING
    files.append(str(samples / "jawaban-kantor-cabang.xlsx"))
    batches.buttons["answer"].click()
    _wait_jobs(qtbot, window)
    assert f"{ITEM_LABELS['accepted']}:" in messages.shown[-1][1]  # the answer said with the one label
    with db.read() as session:
        assert session.scalar(select(func.count()).where(Person.kpj.is_not(None))) > 90

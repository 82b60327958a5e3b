"""The import wizard guides a first-day clerk: example values per column, the wrong kind of list
noticed, and file questions that start in Documents (or the folder last used), never the program's."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")


@pytest.fixture
def window(open_window, db, mojokerto):
    return open_window(db)


def _to_mapping(window, qtbot, path, kind="persons"):  # noqa: ANN001
    window.findChild(type(window.menus["data"].actions()[0]), "act_import").trigger()
    wizard = window.import_wizard
    qtbot.addWidget(wizard)
    wizard.file_page.path.setText(str(path))
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData(kind))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=20_000)
    return wizard


def test_mapping_shows_example_values(window, qtbot, samples):
    wizard = _to_mapping(window, qtbot, samples / "pac-sooko-anggota.xlsx")
    table = wizard.mapping_page.table
    examples = {table.item(r, 1).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    assert examples["No"] == "1 · 2 · 3"  # as typed, not 1.0
    assert examples["Nama Lengkap"].count(" · ") == 2
    assert examples["Tgl Lahir"].split(" · ")[0].count("-") == 2  # dd-mm-yyyy
    wizard.reject()


def test_an_institution_list_chosen_as_persons_is_noticed(window, qtbot, samples, answer_dialogs):
    from desktop.ui import messages
    answer_dialogs.append(True)  # "impor sebagai Lembaga?" → yes
    wizard = _to_mapping(window, qtbot, samples / "lembaga-tk-ra.xlsx", kind="persons")
    question = next(text for kind, text in messages.shown if kind == "question")
    assert question.startswith("Berkas ini tampaknya daftar lembaga — impor sebagai Lembaga?")
    assert wizard.kind() == "institutions"
    wizard.reject()


def test_file_questions_start_in_documents_then_the_last_folder(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui import folders
    from desktop.ui.batches import ask
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, start, _filters: (asked.append(start) or str(tmp_path / "a.xlsx"), ""))
    ask.save_file(None, "Simpan", "Excel (*.xlsx)", "lembar.xlsx", key="intake_sheet")
    assert Path(asked[0]) == Path(folders.documents()) / "lembar.xlsx"
    assert Path(asked[0]).parent != Path.cwd() or Path.cwd() == Path(folders.documents())
    ask.save_file(None, "Simpan", "Excel (*.xlsx)", "lembar.xlsx", key="intake_sheet")
    assert Path(asked[1]) == tmp_path / "lembar.xlsx"  # the folder used last time for this task


def test_fill_preview_names_the_occupation_not_its_code(window, qtbot, tmp_path):
    import openpyxl
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for path, head, row in ((first, ["Nama", "NIK"], ["Siti Aminah", "3516135205750003"]),
                            (second, ["Nama", "NIK", "Pekerjaan"], ["Siti Aminah", "3516135205750003",
                                                                    "Guru TK/RA/KB/PAUD"])):
        book = openpyxl.Workbook()
        book.active.append(head)
        book.active.append(row)
        book.save(path)
    for path, policy in ((first, None), (second, "fill")):
        wizard = _to_mapping(window, qtbot, path)
        wizard.next()
        qtbot.waitUntil(lambda w=wizard: w.preview_page.preview is not None, timeout=20_000)
        page = wizard.preview_page
        if policy:
            page.policy.setCurrentIndex(page.policy.findData(policy))
            assert page.model.index(0, 4).data() == "Pekerjaan: (kosong) → Guru TK/RA/KB/PAUD"
            wizard.reject()
        else:
            wizard.accept()
            qtbot.waitUntil(lambda w=wizard: w.result_ is not None, timeout=20_000)

"""The import wizard: file → mapping → preview with status filter and policy → import, through the
window's job runner, with the same use cases as the CLI."""
from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import func, select

pytest.importorskip("PySide6")


@pytest.fixture
def window(open_window, db, mojokerto):
    return open_window(db)


def _open_wizard(window, qtbot, path, kind="persons"):
    window.findChild(type(window.menus["data"].actions()[0]), "act_import").trigger()
    wizard = window.import_wizard
    qtbot.addWidget(wizard)
    wizard.file_page.path.setText(str(path))
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData(kind))
    wizard.next()  # the header rows are read off the UI thread, then the wizard moves on
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=20_000)
    return wizard


def _to_preview(wizard, qtbot):
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None, timeout=20_000)
    return wizard.preview_page


def _count_persons(db):
    from desktop.models import Person
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_pac_file_from_preview_to_import(window, qtbot, db, samples, tmp_path, answer_dialogs):
    wizard = _open_wizard(window, qtbot, samples / "pac-sooko-anggota.xlsx")
    mapping = wizard.mapping_page
    assert mapping.chosen_sheets() == ["Anggota"]
    assert mapping.mapping()[2] == "nik" and mapping.mapping()[4] == "birth_date"
    assert "baris 3" in mapping.source.text()
    page = _to_preview(wizard, qtbot)
    assert "Baru: 138" in page.summary.text() and "Ditolak: 9" in page.summary.text()
    assert "Duplikat: 3" in page.summary.text()
    assert _count_persons(db) == 0  # nothing written by the preview
    page.status.setCurrentIndex(page.status.findData("error"))
    assert page.model.rowCount() == 9
    first = page.model.index(0, 4).data()
    assert first.startswith("NIK: Kolom NIK berisi angka, bukan teks; Excel sudah memotong digit ke-16.")
    assert page.model.index(0, 2).data() == 14
    window.resize(1200, 780)
    wizard.resize(1100, 700)
    wizard.grab().save(str(tmp_path / "pratinjau.png"))
    target = tmp_path / "masalah.xlsx"
    page.save_problems(str(target))
    assert openpyxl.load_workbook(target).active.max_row > 10
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=20_000)
    assert wizard.result_.added == 138
    assert _count_persons(db) == 138


def test_corrected_mapping_and_policy_in_the_wizard(window, qtbot, db, tmp_path):
    path = tmp_path / "data.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nama", "NIK", "Asal"])
    sheet.append(["Siti Aminah", "3516134505800001", "Jombang"])
    book.save(path)
    wizard = _open_wizard(window, qtbot, path)
    assert 2 not in wizard.mapping_page.mapping()
    wizard.mapping_page.set_field(2, "birth_place")
    page = _to_preview(wizard, qtbot)
    assert page.preview.rows[0].values["birth_place"] == "Jombang"
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=20_000)
    again = _open_wizard(window, qtbot, path)
    assert "diingat" in again.mapping_page.source.text()
    assert again.mapping_page.mapping()[2] == "birth_place"
    page = _to_preview(again, qtbot)
    assert "Sudah ada: 1" in page.summary.text()
    page.policy.setCurrentIndex(page.policy.findData("overwrite"))
    assert "Sudah ada: 1" in page.summary.text()  # same values: nothing to overwrite
    page.status.setCurrentIndex(page.status.findData("same"))
    assert page.model.rowCount() == 1
    again.reject()


def test_a_broken_file_is_explained_and_the_wizard_stays(window, qtbot, tmp_path, answer_dialogs):
    from desktop.ui import messages
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(b"PK\x03\x04 broken")
    window.findChild(type(window.menus["data"].actions()[0]), "act_import").trigger()
    wizard = window.import_wizard
    qtbot.addWidget(wizard)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: bool(messages.shown) and messages.shown[-1][0] == "error", timeout=20_000)
    assert messages.shown[-1][1].startswith("berkas rusak.xlsx")
    assert wizard.currentPage() is wizard.file_page
    wizard.reject()


def test_template_and_history_from_the_data_menu(window, qtbot, tmp_path, monkeypatch, samples):
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui import messages
    from desktop.ui.importing.dialogs import RunsDialog
    target = tmp_path / "templat.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.findChild(type(window.menus["data"].actions()[0]), "act_import_template").trigger()
    assert openpyxl.load_workbook(target).sheetnames == ["Petunjuk", "Data Anggota", "Daftar"]
    assert messages.shown[-1] == ("info", f"Templat disimpan di {target}.")
    wizard = _open_wizard(window, qtbot, samples / "lembaga-tk-ra.xlsx", kind="institutions")
    _to_preview(wizard, qtbot)
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=20_000)
    history = RunsDialog(window)
    qtbot.addWidget(history)
    assert history.table.rowCount() == 1 and history.table.item(0, 2).text() == "Lembaga"
    assert history.table.item(0, 4).text() == "130 baru, 0 diperbarui, 0 dilewati (sudah ada/duplikat), 0 ditolak"


@pytest.fixture(scope="module")
def big_roster(tmp_path_factory):
    """20,000 plain rows (valid NIKs, Kec. Sooko): the import takes long enough to be cancelled midway."""
    import datetime as dt
    path = tmp_path_factory.mktemp("besar") / "roster-20k.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Anggota")
    sheet.append(["Nama", "NIK", "Tanggal Lahir", "No HP", "Alamat"])
    for i in range(20_000):
        born = dt.date(1960 + i % 40, 1 + i // 40 % 12, 1 + i // 480 % 28)
        nik = f"351613{born.day + 40:02d}{born.month:02d}{born.year % 100:02d}{i % 9000 + 1:04d}"
        sheet.append([f"Anggota Nomor {i}", nik, born, f"0812{i:08d}", f"Dsn. Japan RT {i % 9 + 1}"])
    book.save(path)
    return path


def _person_indexes(db):
    from sqlalchemy import inspect
    with db.engine.connect() as conn:
        return sorted(index["name"] for index in inspect(conn).get_indexes("person"))


@pytest.fixture
def pause_while_saving(monkeypatch):
    """The wizard's commit halts after its first 'Menyimpan …' step until the test has pressed Batal:
    the click lands while rows are being saved however fast the machine is."""
    import threading

    from desktop.operations import importing as import_ops  # the wizard runs this operation
    paused, pressed = threading.Event(), threading.Event()
    real = import_ops.commit

    def commit(db, preview, *, progress):  # noqa: ANN001
        step = progress.step

        def halting_step(done, total=0, message=""):  # noqa: ANN001
            step(done, total, message)
            if message.startswith("Menyimpan") and not paused.is_set():
                paused.set()
                pressed.wait(20)
        progress.step = halting_step
        return real(db, preview, progress=progress)
    monkeypatch.setattr(import_ops, "commit", commit)
    return paused, pressed


def test_cancel_while_saving_leaves_the_list_as_it_was(window, qtbot, db, big_roster, answer_dialogs,
                                                       pause_while_saving):
    from PySide6.QtWidgets import QPushButton

    from desktop.models import ImportRun
    from desktop.roster import persons
    from desktop.ui import messages
    paused, pressed = pause_while_saving
    with db.write() as session:
        persons.add_person(session, persons.PersonData(name="Siti Aminah", nik="3516134505800001"))
    indexes = _person_indexes(db)
    wizard = _open_wizard(window, qtbot, big_roster)
    page = _to_preview(wizard, qtbot)
    new = page.preview.counts()["new"]
    assert new > 19_000
    wizard.accept()
    [job] = window.jobs.jobs
    qtbot.waitUntil(lambda: paused.is_set() and job.dialog.labelText().startswith("Menyimpan"), timeout=20_000)
    job.dialog.findChild(QPushButton).click()  # the progress dialog's Batal
    pressed.set()
    qtbot.waitUntil(lambda: not window.jobs.jobs, timeout=20_000)
    assert job.was_cancelled
    assert messages.shown[-1] == ("info", "Dibatalkan. Tidak ada data yang diubah.")
    assert _count_persons(db) == 1
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(ImportRun)) == 0
    assert _person_indexes(db) == indexes  # set aside for the bulk insert, back after the rollback
    # the wizard is still open on its preview and imports when asked again
    assert wizard.isVisible() and wizard.currentPage() is page and wizard.result_ is None
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=30_000)
    assert wizard.result_.added == new and _count_persons(db) == 1 + new
    assert _person_indexes(db) == indexes
    model = window.roster.model  # the roster loads the rest of its ids in the background: let it finish here
    # (on a server past 20,000 persons it reads pages as it scrolls instead: nothing to wait for)
    qtbot.waitUntil(lambda: (model.paged or len(model.ids) == model.total) and not window.jobs.jobs, timeout=10_000)

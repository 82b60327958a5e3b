"""One operation per user action (issue 15): the CLI and the window call the same operation for
a person merge, a profile import, a new batch and a paper print, and leave the same record."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.models import AuditEntry, Batch, Person
from desktop.roster import persons
from tests.use_cases.test_batch_lifecycle import PERIOD, allow_older_bpu, sooko_roster

pytest.importorskip("PySide6")


@pytest.fixture
def calls(monkeypatch):
    """Names of the operations called, in order; each call goes through to the real operation."""
    from desktop.operations import batches, documents, settings
    from desktop.operations import persons as person_ops
    seen: list[str] = []
    for module, name in ((person_ops, "merge"), (settings, "import_profile"), (batches, "create"),
                         (documents, "print_on_paper")):
        def spy(*args, _real=getattr(module, name), _name=f"{module.__name__.rsplit('.', 1)[1]}.{name}", **kwargs):
            seen.append(_name)
            return _real(*args, **kwargs)
        monkeypatch.setattr(module, name, spy)
    return seen


def _pair(db, nik: str) -> tuple[int, int]:
    with db.write() as session:
        keep = persons.add_person(session, persons.PersonData(name="Siti Aminah", nik=nik))
        drop = persons.add_person(session, persons.PersonData(name="Siti Aminah", phone="081234567890"))
    return keep, drop


def _last_audit(db, action: str) -> AuditEntry:
    with db.read() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id.desc()))
        session.expunge(entry)
    return entry


def test_merge_is_one_operation_for_both(open_window, db, mojokerto, cli, calls, qtbot):
    keep, drop = _pair(db, "3516134505800001")
    assert cli("person", "merge", "--keep", str(keep), "--drop", str(drop)).exit_code == 0
    keep, drop = _pair(db, "3516134505800002")
    window = open_window(db)
    from desktop.ui.importing.dialogs import MergeDialog
    dialog = MergeDialog(window, keep, drop)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=10_000)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: not window.jobs.jobs, timeout=30_000)
    assert calls == ["persons.merge", "persons.merge"]
    with db.read() as session:
        assert session.scalar(select(Person.phone).where(Person.id == keep)) == "6281234567890"


def test_profile_import_is_one_operation_for_both(open_window, db, cli, calls, tmp_path):
    source = tmp_path / "profil.json"
    source.write_text(json.dumps({"format": "jamsos-desk-profil", "version": 1,
                                  "settings": {"org_short_name": "PC Fatayat NU"}}), encoding="utf-8")
    assert cli("profile", "import", str(source)).exit_code == 0
    window = open_window(db)
    from desktop.ui.preferences.profile_files import ProfileFiles
    assert ProfileFiles(db, window, lambda: None).import_from(source)
    assert calls == ["settings.import_profile", "settings.import_profile"]


def test_a_new_batch_is_one_operation_for_both(open_window, db, mojokerto, samples, cli, calls, qtbot):
    from PySide6.QtCore import QDate
    sooko_roster(db, samples, mojokerto["sooko"])
    allow_older_bpu(db)
    made = cli("batch", "create", "--unit", "PAC Muslimat NU Sooko", "--period", "11-2026")
    assert made.exit_code == 0, made.output
    assert cli("batch", "cancel", made.output.split()[1]).exit_code == 0  # the window takes the same persons
    window = open_window(db)
    page = window.show_page("batch")
    page.new_batch()
    page.dialog.period.setDate(QDate(PERIOD.year, PERIOD.month, 1))
    page.dialog.accept()
    qtbot.waitUntil(lambda: not window.jobs.jobs, timeout=30_000)
    assert calls == ["batches.create", "batches.create"]
    with db.read() as session:
        assert session.scalar(select(Batch.state).order_by(Batch.id.desc()).limit(1)) == "draft"


def test_a_paper_print_leaves_the_same_record_from_the_cli_and_the_window(open_window, db, mojokerto, cli, calls,
                                                                          qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from desktop.documents import paper
    from desktop.ui.documents import preview as preview_module
    with db.write() as session:
        persons.add_person(session, persons.PersonData(name="Siti Aminah", nik="3516134505800001",
                                                       unit_id=mojokerto["sooko"]))
    pdf = tmp_path / "daftar.pdf"
    assert cli("print", "roster", "--unit", "PAC Muslimat NU Sooko", "--out", str(pdf)).exit_code == 0
    sent_to_os = []
    monkeypatch.setattr(paper, "send_to_system_printer", lambda path, printer=None: sent_to_os.append(printer))
    result = cli("print", "paper", str(pdf), "--printer", "Epson-L3110")
    assert result.exit_code == 0, result.output
    assert sent_to_os == ["Epson-L3110"] and "dikirim ke Epson-L3110" in result.output
    from_cli = _last_audit(db, "print_paper")

    window = open_window(db)
    page = window.documents.preview
    page.printed = paper.registered(db, pdf)
    monkeypatch.setattr(preview_module, "print_pdf", lambda path, printer, progress: 1)
    page.send_to_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
    qtbot.waitUntil(lambda: not window.jobs.jobs, timeout=30_000)
    from_window = _last_audit(db, "print_paper")
    assert calls == ["documents.print_on_paper", "documents.print_on_paper"]
    assert from_window.id != from_cli.id
    assert (from_cli.what, from_cli.person_count, from_cli.target) == (from_window.what, 1, "Epson-L3110")
    assert from_window.person_count == 1 and from_window.target  # the window's printer, or "pencetak"
    assert json.loads(from_cli.detail)["document"] == json.loads(from_window.detail)["document"]


def test_a_file_that_is_not_a_registered_document_is_refused(cli, db, tmp_path):
    stranger = tmp_path / "lain.pdf"
    stranger.write_bytes(b"%PDF-1.4 bukan dari Jamsos Desk")
    result = cli("print", "paper", str(stranger))
    assert result.exit_code == 2 and "bukan dokumen yang dibuat Jamsos Desk" in result.output
    with db.read() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "print_paper")) is None


def test_the_batch_buttons_follow_the_rule_the_core_checks(open_window, db, mojokerto, samples, cli):
    from desktop.vocabulary import BatchAction, batch_allows
    sooko_roster(db, samples, mojokerto["sooko"])
    allow_older_bpu(db)
    number = cli("batch", "create", "--unit", "PAC Muslimat NU Sooko", "--period", "11-2026").output.split()[1]
    page = open_window(db).show_page("batch")
    for state in ("draft", "cancelled"):
        if state == "cancelled":
            cli("batch", "cancel", number)
            page.refresh()
        page.select_batch(number)
        enabled = {action for action in BatchAction if page.buttons[action.value].isEnabled()}
        assert enabled == {action for action in BatchAction if batch_allows(state, action)}, state

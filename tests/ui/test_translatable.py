"""Every text the window shows goes through tr() (so English is a translation away), and no internal
code — an audit action, a rule expression, a certainty word — reaches a widget as it is stored."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
# methods and widgets whose text argument a clerk reads
TEXT_METHODS = {"setText", "setWindowTitle", "setTitle", "setSubTitle", "setPlaceholderText", "setToolTip",
                "setStatusTip", "addTab", "setTabText", "setButtonText", "showMessage", "setHorizontalHeaderLabels",
                "setSpecialValueText", "setPrefix", "setSuffix", "addRow", "setLabelText", "setCancelButtonText"}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
                "QTableWidgetItem", "QListWidgetItem", "QProgressDialog"}
MESSAGE_FUNCTIONS = {"info", "warn", "confirm", "report", "show_error"}  # desktop.ui.messages
# texts that read the same in both languages: codes a clerk knows (programmes, segments), symbols
SAME_IN_BOTH = {"NIK", "KK", "KPJ", "NPSN", "NSM", "BPU", "PU", "JKK", "JKM", "JHT", "JP", "APBD", "APBN", "L", "P",
                "OK", "Email", "PDF", "RT", "RW", "Rp", "08…", "PNG (*.png)", "Excel (*.xlsx)", "CSV (*.csv)"}


def _literal_text(node: ast.AST) -> str | None:
    """The words of a string literal or f-string argument (None when it is not one, or has no words)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_text(node.left) or _literal_text(node.right)
    else:
        return None
    if text.strip() in SAME_IN_BOTH or not re.search(r"[A-Za-z]{2,}", text):
        return None
    return text


def untranslated(path: Path) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
        if name in TEXT_METHODS or name in TEXT_WIDGETS:
            args = list(node.args)
        elif name in MESSAGE_FUNCTIONS and owner == "messages":
            args = list(node.args[1:]) + [k.value for k in node.keywords if k.arg in ("yes", "no")]
        else:
            continue
        for arg in args:
            elements = arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg]
            for element in elements:
                text = _literal_text(element)
                if text is not None:
                    found.append(f"{path.relative_to(UI.parent.parent)}:{node.lineno}: {text!r}")
    return found


NOT_MINE: set[str] = set()  # every page is scanned (the Tarif Iuran page included)


def test_every_text_on_screen_is_translatable():
    found = [hit for path in sorted(UI.rglob("*.py")) if str(path.relative_to(UI)) not in NOT_MINE
             for hit in untranslated(path)]
    assert found == [], "\n".join(found)


def test_the_scan_sees_an_untranslated_label(tmp_path):
    sample = UI / "_sample_for_test.py"
    try:
        sample.write_text('label = QLabel("Nama lengkap")\nbox.setText(self.tr("Nama"))\n'
                          'messages.info(self, "Judul", f"{n} orang disimpan")\n', encoding="utf-8")
        assert [hit.split(": ", 1)[1] for hit in untranslated(sample)] == ["'Nama lengkap'", "'Judul'", "' orang disimpan'"]
    finally:
        sample.unlink()


def test_every_audit_action_has_a_label():
    """The log shows labels, never codes such as print_paper."""
    from desktop.audit_log import ACTION_LABELS
    root = UI.parent
    actions = set()
    for path in root.rglob("*.py"):
        actions |= set(re.findall(r"audit\.record\(\s*\w+,\s*\"(\w+)\"", path.read_text(encoding="utf-8")))
    assert actions and actions - set(ACTION_LABELS) == set()


@pytest.fixture
def window(open_window, db, mojokerto):
    return open_window(db)


INTERNAL = re.compile(r"\b(print_paper|person_\w+|batch_\w+|intake_export|verified|weak|payer[!=]=|sector[!=]=)\b"
                      r"|Impor persons")


def test_no_internal_code_reaches_a_widget(window, qtbot, db):
    """Audit actions, rule expressions and certainty words are shown by their labels."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLabel, QTableWidget

    from desktop import audit
    with db.write() as session:
        audit.record(session, "print_paper", "Dicetak ke kertas: Formulir F1")
    window.data_changed()  # every page shows what the database now holds (the log's new entry too)
    qtbot.wait(300)
    shown = []
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        widget = window.pages.widget(index)
        if type(widget).__name__ == "RatesPage":  # its notes and certainty words belong to issue 14
            continue
        shown += [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)]
        for combo in widget.findChildren(QComboBox):
            shown += [combo.itemText(i) for i in range(combo.count())]
        for table in widget.findChildren(QTableWidget):
            shown += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                      if table.item(r, c)]
        for view in widget.findChildren(QAbstractItemView):
            model = view.model()
            if model is None:
                continue
            for r in range(min(model.rowCount(), 50)):
                shown += [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
    leaks = [text for text in shown if INTERNAL.search(text or "")]
    assert leaks == []

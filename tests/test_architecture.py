"""Layering rules that code review alone would let slip."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_is_imported_only_under_desktop_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or relative == Path("app.py"):
            continue  # app.py is the window's entry point and only hands over to desktop.ui
        for name in imported_modules(path):
            if name.startswith(("PySide6", "shiboken6", "desktop.ui")):
                offenders.append(f"{relative}: {name}")
    assert offenders == []


def test_domain_rules_use_no_database_and_no_qt():
    for path in (PACKAGE / "domain").rglob("*.py"):
        for name in imported_modules(path):
            assert not name.startswith(("sqlalchemy", "PySide6", "desktop.models", "desktop.db")), (path, name)


def test_only_the_clock_module_reads_the_time():
    """One clock (desktop/clock.py): stored times are UTC and shown in the PC's zone only if nobody
    reads the time another way; tests freeze it in one place."""
    banned = {("datetime", "now"), ("datetime", "utcnow"), ("date", "today"), ("datetime", "today")}
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "clock.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
                if (owner_name, node.func.attr) in banned:
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {owner_name}.{node.func.attr}()")
    assert offenders == []


def test_operations_take_the_database_not_a_session():
    """An operation owns its transaction: its first parameter is the Database (desktop/operations)."""
    for path in (PACKAGE / "operations").glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_") and path.name != "__init__.py":
                first = node.args.args[0]
                assert ast.unparse(first.annotation) == "Database", (path.name, node.name)


def test_the_window_and_the_cli_leave_these_actions_to_their_operation():
    """Merge, profile import, batch creation and the paper-print record are written once, in
    desktop/operations; the window and the CLI call the operation instead of the session helpers."""
    session_level = ("merge_persons(", "import_profile(session", "create_batch(", '"print_paper"')
    offenders = [f"{path.relative_to(PACKAGE)}: {call}"
                 for folder in ("ui", "cli") for path in (PACKAGE / folder).rglob("*.py")
                 for call in session_level if call in path.read_text(encoding="utf-8")]
    assert offenders == []

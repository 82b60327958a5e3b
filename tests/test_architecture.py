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


# The save paths of the three roster editors are being changed for optimistic versions (another
# branch); they are the last writes to move into desktop/operations. Nothing else may open a write.
EDITOR_SAVES = {
    ("cli/roster.py", "person_add"): "person editor save path (optimistic versions, other branch)",
    ("cli/roster.py", "person_edit"): "person editor save path (optimistic versions, other branch)",
    ("cli/roster.py", "unit_edit"): "unit editor save path (optimistic versions, other branch)",
    ("cli/roster.py", "institution_edit"): "institution editor save path (optimistic versions, other branch)",
    ("ui/roster/person_editor.py", "save"): "person editor save path (optimistic versions, other branch)",
    ("ui/roster/unit_editor.py", "write"): "unit editor save path (optimistic versions, other branch)",
    ("ui/roster/institution_editor.py", "write"): "institution editor save path (optimistic versions, other branch)",
}


def _window_and_cli_files() -> list[Path]:
    return sorted(path for folder in ("ui", "cli") for path in (PACKAGE / folder).rglob("*.py"))


def _calls_in_functions(path: Path) -> list[tuple[str, ast.Call]]:
    """(name of the innermost enclosing function, call) for every call in the file."""
    found: list[tuple[str, ast.Call]] = []

    def visit(node: ast.AST, owner: str) -> None:
        for child in ast.iter_child_nodes(node):
            name = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else owner
            if isinstance(child, ast.Call):
                found.append((owner, child))
            visit(child, name)
    visit(ast.parse(path.read_text(encoding="utf-8")), "<module>")
    return found


def test_the_window_and_the_cli_open_no_write_transaction():
    """Every user action that writes is one operation in desktop/operations (its backup, its one
    transaction, its audit entry); the window and the CLI call it and never `db.write()` themselves."""
    offenders, allowed_seen = [], set()
    for path in _window_and_cli_files():
        relative = path.relative_to(PACKAGE).as_posix()
        for owner, call in _calls_in_functions(path):
            func = call.func
            if isinstance(func, ast.Attribute) and func.attr == "write" and ast.unparse(func.value).endswith("db"):
                if (relative, owner) in EDITOR_SAVES:
                    allowed_seen.add((relative, owner))
                else:
                    offenders.append(f"{relative}:{call.lineno} in {owner}()")
    assert offenders == []
    assert allowed_seen == set(EDITOR_SAVES), "an editor save was converted: shrink EDITOR_SAVES"


# What the window and the CLI may still import of the tables and SQLAlchemy, each with its reason.
TABLE_IMPORTS = {
    ("ui/roster/person_editor.py", "desktop.models"): "Occupation for the picker; the person editor is being "
                                                      "changed on another branch (use roster.lookups.occupations)",
}


def test_the_window_and_the_cli_build_no_queries():
    """Reads go through core query functions (desktop/roster/queries.py, lookups.py, …): the window and
    the CLI import neither sqlalchemy nor the tables of desktop.models."""
    offenders, allowed_seen = [], set()
    for path in _window_and_cli_files():
        relative = path.relative_to(PACKAGE).as_posix()
        for name in imported_modules(path):
            root = "desktop.models" if name.startswith("desktop.models") else name.split(".")[0]
            if root in ("sqlalchemy", "desktop.models"):
                if (relative, root) in TABLE_IMPORTS:
                    allowed_seen.add((relative, root))
                else:
                    offenders.append(f"{relative}: {name}")
    assert offenders == []
    assert allowed_seen == set(TABLE_IMPORTS), "an allowed import is gone: shrink TABLE_IMPORTS"

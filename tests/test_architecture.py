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

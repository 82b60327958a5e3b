"""One operation per user action, for both front ends (issue 15): walk the CLI's command table and
the window's code and find every operation in desktop/operations used by both, or listed below as
one-sided with its reason. A new operation that only one side calls fails here until the other side
calls it or the list says why not."""
from __future__ import annotations

import ast
import inspect
from pathlib import Path

import click

PACKAGE = Path(__file__).resolve().parents[1] / "desktop"

CLI_ONLY = {
    "units.add": "the window adds a unit in the unit editor, whose save is the last to convert (other branch)",
    "institutions.add": "the window adds an institution in its editor, whose save is the last to convert",
    "units.restore": "the window takes a deleted unit back with Urungkan (Ctrl+Z), the undo step of units.trash",
    "institutions.restore": "the window takes a deleted institution back with Urungkan, the undo step of "
                            "institutions.trash",
}
WINDOW_ONLY = {
    "access.set_password": "the password guards the window when it opens; the CLI has no password command yet",
    "claims.update": "a claim is corrected in the window's claim form; no `claim edit` command yet",
    "documents.save_pdf_copy": "the CLI's print commands write the PDF where the user names it (-o) and record "
                               "it there; the preview's 'Simpan sebagai PDF' copies an already printed one",
    "presets.save": "columns are edited in the window's preset editor; on the CLI a preset is exported, edited "
                    "as JSON and imported (presets.import_file)",
    "rates.add_bracket": "a BPU bracket row has nine figures, typed in the window's form; no CLI command yet",
    "rates.correct_bracket": "corrections of a bracket row are made in the window's form; no CLI command yet",
}


def operations() -> set[str]:
    found = set()
    for path in (PACKAGE / "operations").glob("*.py"):
        if path.name != "__init__.py":
            found |= {f"{path.stem}.{node.name}" for node in ast.parse(path.read_text(encoding="utf-8")).body
                      if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")}
    return found


def used_operations(path: Path) -> set[str]:
    """The operations a module calls (`from desktop.operations import batches as batch_ops` … `batch_ops.create`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = {alias.asname or alias.name: alias.name for node in ast.walk(tree)
               if isinstance(node, ast.ImportFrom) and node.module == "desktop.operations" for alias in node.names}
    return {f"{modules[node.value.id]}.{node.attr}" for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules}


def cli_command_modules() -> set[Path]:
    """The modules that define the `jamsos` commands, found by walking the command table."""
    from desktop.cli import main
    modules: set[Path] = set()

    def walk(cmd: click.Command, ctx: click.Context) -> None:
        if cmd.callback is not None:
            modules.add(Path(inspect.getfile(inspect.unwrap(cmd.callback))).resolve())
        if isinstance(cmd, click.Group):  # the top group imports its modules lazily: ask it, not .commands
            for name in cmd.list_commands(ctx):
                walk(cmd.get_command(ctx, name), click.Context(cmd, parent=ctx, info_name=name))
    walk(main, click.Context(main, info_name="jamsos"))
    return modules


def window_modules() -> set[Path]:
    return set((PACKAGE / "ui").rglob("*.py"))


def test_every_operation_is_used_by_the_cli_and_the_window():
    cli = set().union(*(used_operations(path) for path in cli_command_modules()))
    window = set().union(*(used_operations(path) for path in window_modules()))
    every = operations()
    assert cli | window >= every - set(CLI_ONLY) - set(WINDOW_ONLY), "an operation nobody calls"
    one_sided = {name: "only the CLI" for name in every if name in cli and name not in window}
    one_sided |= {name: "only the window" for name in every if name in window and name not in cli}
    one_sided |= {name: "nobody" for name in every if name not in cli and name not in window}
    declared = {name: "only the CLI" for name in CLI_ONLY} | {name: "only the window" for name in WINDOW_ONLY}
    assert one_sided == declared


def test_the_command_table_is_walked():
    """The walk reaches the command modules (a broken walk would make the test above pass vacuously)."""
    names = {path.name for path in cli_command_modules()}
    assert {"roster.py", "batches.py", "documents.py", "settings.py", "maintenance.py"} <= names
    assert len(operations()) >= 30

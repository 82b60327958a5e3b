"""The `jamsos` command line: one sub-command per use case, the same functions the window calls.

Bad input prints an Indonesian message and exits 2; a bug prints a short apology with the log's
location and exits 1 — never a traceback in the user's face.
"""
from __future__ import annotations

import functools
import importlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path

import click

from desktop import logs
from desktop.cli.paths_param import FilePath
from desktop.errors import UserError


class AppContext:
    """Opens the database lazily, once, for the commands that need it."""

    def __init__(self, db_path: Path | str | None):
        self.db_path = db_path
        self._db = None

    @property
    def db(self):
        if self._db is None:
            from desktop.db import open_database
            self._db = open_database(self.db_path)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def handle_errors(func: Callable) -> Callable:
    """Turn UserError into exit 2 with its message, and anything else into a logged bug (exit 1)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except UserError as exc:
            click.echo(f"Kesalahan: {exc.full_message()}", err=True)
            sys.exit(2)
        except BrokenPipeError:  # output piped into `head` and closed: not an error
            sys.exit(0)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except Exception:  # noqa: BLE001 - the last line of defence
            logging.getLogger("desktop").exception("unexpected error in CLI")
            click.echo(f"Maaf, terjadi kesalahan yang tidak terduga. Rinciannya dicatat di {logs.log_file()}.",
                       err=True)
            sys.exit(1)
    return wrapper


def option_date(text: str | None, label: str):
    """A date typed on the command line (dd-mm-yyyy …): a value that is no date is the user's error."""
    from desktop import clock
    from desktop.domain.dates_id import parse_date_id
    if not text:
        return None
    try:
        return parse_date_id(text, reference=clock.today())
    except ValueError as exc:
        raise UserError(f"{label}: {exc}") from None


def command(group: click.Group, *args, **kwargs):
    """`@command(group, "name")`: a sub-command with the shared error handling and the AppContext."""
    def decorate(func: Callable) -> click.Command:
        return group.command(*args, **kwargs)(click.pass_obj(handle_errors(func)))
    return decorate


# Top-level command → the modules that define it (`person merge` comes from importing). Modules are
# imported only when their command is used, so `jamsos person list` does not load openpyxl and
# reportlab first; tests/use_cases/test_cli_commands.py keeps this table complete.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "init": ("roster",), "unit": ("roster",), "institution": ("roster",), "person": ("roster", "importing"),
    "rates": ("rates",), "contribution": ("rates",), "import": ("importing",),
    "print": ("documents",), "document": ("documents",), "batch": ("batches",), "preset": ("batches",),
    "report": ("reports",), "claim": ("reports",), "settings": ("settings",), "profile": ("settings",),
    "backup": ("maintenance",), "db": ("maintenance",), "audit": ("maintenance",), "privacy": ("maintenance",),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        for module in COMMAND_MODULES.get(name, ()):
            importlib.import_module(f"desktop.cli.{module}")
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_path", type=str, envvar="JAMSOS_DB",  # str: a URL through Path loses its "//"
              help="Berkas basis data atau alamat server postgresql://pengguna@server/nama "
                   "(bawaan: folder data aplikasi).")
@click.pass_context
def main(ctx: click.Context, db_path: str | None) -> None:
    """Jamsos Desk — baris perintah."""
    logs.setup()
    ctx.obj = AppContext(db_path)
    ctx.call_on_close(ctx.obj.close)


def register_all() -> None:
    """Import every command module (for listings and tests; normal calls load only what they use)."""
    for modules in COMMAND_MODULES.values():
        for module in modules:
            importlib.import_module(f"desktop.cli.{module}")

if __name__ == "__main__":
    main(prog_name="jamsos")

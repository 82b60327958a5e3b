"""The `jamsos` command line: one sub-command per use case, the same functions the window calls.

Bad input prints an Indonesian message and exits 2; a bug prints a short apology with the log's
location and exits 1 — never a traceback in the user's face.
"""
from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from pathlib import Path

import click

from desktop import logs
from desktop.errors import UserError


class AppContext:
    """Opens the database lazily, once, for the commands that need it."""

    def __init__(self, db_path: Path | None):
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


def command(group: click.Group, *args, **kwargs):
    """`@command(group, "name")`: a sub-command with the shared error handling and the AppContext."""
    def decorate(func: Callable) -> click.Command:
        return group.command(*args, **kwargs)(click.pass_obj(handle_errors(func)))
    return decorate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), envvar="JAMSOS_DB",
              help="Berkas basis data (bawaan: folder data aplikasi).")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None) -> None:
    """Jamsos Desk — baris perintah."""
    logs.setup()
    ctx.obj = AppContext(db_path)
    ctx.call_on_close(ctx.obj.close)


def register_all() -> None:
    # Each capability registers its own commands; add one line per new module.
    from desktop.cli import (batches, documents, importing, maintenance, rates, reports, roster,  # noqa: F401
                             settings)


register_all()

if __name__ == "__main__":
    main(prog_name="jamsos")

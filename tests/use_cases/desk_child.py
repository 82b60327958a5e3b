"""A desk in its own process, for test_several_desks_processes: waits at the barrier so that both
desks act at the same moment, runs its CLI commands one after another as `actor`, and reports each
exit code and output."""
from __future__ import annotations

import os


def run(commands: list[list[str]], actor: str, barrier, results) -> None:  # noqa: ANN001 - multiprocessing objects
    os.environ["LOGNAME"] = actor  # the audit log's actor (getpass reads LOGNAME first)
    from click.testing import CliRunner

    from desktop.cli import main
    runner = CliRunner()
    barrier.wait(timeout=60)
    done = []
    for args in commands:
        result = runner.invoke(main, args)
        unexpected = repr(result.exception) if result.exit_code not in (0, 2) else ""
        done.append((result.exit_code, result.output + unexpected))
    results.put((actor, done))

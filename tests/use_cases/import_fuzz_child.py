"""Run by test_import_fuzz in a child process: import each file given, report what happened as JSON.

A child, so that its peak memory can be measured and a runaway reader cannot take the test run down
with it."""
from __future__ import annotations

import json
import sqlite3
import sys
import traceback

from click.testing import CliRunner

from desktop.cli import main


def persons(db_path: str) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        conn.close()


def run(db_path: str, files: list[str]) -> list[dict]:
    runner = CliRunner()
    runner.invoke(main, ["--db", db_path, "settings", "show"], catch_exceptions=False)  # create and migrate
    results = []
    for path in files:
        before = persons(db_path)
        result = runner.invoke(main, ["--db", db_path, "import", "persons", path, "--allow-no-nik"])
        results.append({"file": path, "exit": result.exit_code, "output": result.output[-3000:],
                        "before": before, "after": persons(db_path),
                        "exception": "".join(traceback.format_exception(*result.exc_info))[-3000:]
                        if result.exception and result.exit_code not in (0, 2) and result.exc_info else None})
    return results


if __name__ == "__main__":
    print(json.dumps(run(sys.argv[1], sys.argv[2:])))

"""Smoke test of the built bundle: the window starts offscreen on a new database, shows itself,
exits 0; the bundled command line reads and writes a setting in that database.

    python packaging/smoke_test.py [dist/jamsos-desk]

Exit code 0 when all is well, 1 with the reasons otherwise. Standard library only, so it runs
from any Python (CI, or a clerk's PC with the bundle copied next to it).
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "jamsos-desk"
SUFFIX = ".exe" if os.name == "nt" else ""


def executable(bundle: Path, name: str) -> Path:
    return bundle / f"{name}{SUFFIX}"


def check(bundle: Path) -> list[str]:
    problems: list[str] = []
    window, cli = executable(bundle, "jamsos-desk"), executable(bundle, "jamsos")
    for exe in (window, cli):
        if not exe.exists():
            problems.append(f"{exe} is missing; build with: pyinstaller --noconfirm packaging/jamsos.spec")
    if problems:
        return problems
    with tempfile.TemporaryDirectory(prefix="jamsos-smoke-") as folder:
        tmp = Path(folder)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JAMSOS_DATA_DIR=str(tmp / "data"))
        env.pop("JAMSOS_DB", None)
        db, shot = tmp / "smoke.sqlite", tmp / "window.png"
        try:
            started = subprocess.run([str(window), "--db", str(db), "--screenshot", str(shot)], env=env,
                                     capture_output=True, text=True, timeout=180)
            if started.returncode != 0:
                problems.append(f"window exited {started.returncode}: {started.stderr[-2000:]}")
        except subprocess.TimeoutExpired:
            problems.append("the window did not close within 180 s (an error message may be waiting)")
        for log in (tmp / "data" / "log").glob("*.log"):
            if "Traceback" in log.read_text(encoding="utf-8", errors="replace"):
                problems.append(f"errors in {log.name}:\n{log.read_text(encoding='utf-8', errors='replace')[-3000:]}")
        if not shot.exists() or shot.stat().st_size < 2000:
            problems.append("the window did not show (no screenshot)")
        if not db.exists():
            problems.append("the database was not created")
        else:
            with sqlite3.connect(db) as con:
                regions = con.execute("SELECT count(*) FROM region WHERE level = 'kabkota'").fetchone()[0]
            if regions < 500:
                problems.append(f"reference data missing in the new database ({regions} kab/kota)")
        for args, expected in ((["settings", "set", "org_short_name", "PC Uji Paket"], "PC Uji Paket"),
                               (["settings", "show", "org_short_name"], "PC Uji Paket")):
            done = subprocess.run([str(cli), "--db", str(db), *args], env=env, capture_output=True, text=True,
                                  timeout=120)
            if done.returncode != 0 or expected not in done.stdout:
                problems.append(f"jamsos {' '.join(args)} → {done.returncode}: {done.stdout} {done.stderr[-2000:]}")
    return problems


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else DEFAULT_BUNDLE
    problems = check(bundle)
    for problem in problems:
        print(f"SMOKE TEST FAILED: {problem}", file=sys.stderr)
    if not problems:
        print(f"smoke test passed: {bundle}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

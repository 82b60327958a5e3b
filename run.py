#!/usr/bin/env python3
"""Bootstrap for Jamsos Desk, standard library only.

    python3 run.py            start the window (creates .venv and installs on first use)
    python3 run.py test [...] run the whole test suite headless (arguments go to pytest)
    python3 run.py cli ...    run the command line (same as the installed `jamsos`)
    python3 run.py bench      run the benchmarks in bench/

Works the same on Windows (`py run.py`): no shell scripts on this path.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".jamsos-installed"
# every package's exact version (packaging/update_constraints.py writes it; see README)
CONSTRAINTS = ROOT / "constraints.txt"
MIN_PYTHON = (3, 11)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def wanted_stamp() -> str:
    """The install is redone when pyproject.toml or constraints.txt changes."""
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", CONSTRAINTS):
        digest.update(path.read_bytes() if path.exists() else b"")
    return f"{digest.hexdigest()} {sys.version_info[:2]}"


def pip_install(python: Path, *args: str) -> None:
    """pip install with every version pinned by constraints.txt: a fresh machine gets what the tests
    passed with."""
    pins = ["-c", str(CONSTRAINTS)] if CONSTRAINTS.exists() else []
    subprocess.check_call([str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", *pins, *args],
                          cwd=ROOT)


def ensure_env() -> Path:
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"Jamsos Desk memerlukan Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} atau lebih baru; "
                 f"yang dipakai sekarang {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print("Menyiapkan lingkungan Python (.venv) untuk pertama kali…", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    if not STAMP.exists() or STAMP.read_text(encoding="utf-8") != wanted_stamp():
        print("Memasang paket yang diperlukan…", flush=True)
        pip_install(python, "--upgrade", "pip")
        pip_install(python, "-e", ".[test]")
        STAMP.write_text(wanted_stamp(), encoding="utf-8")
    build_translations(python)
    return python


def build_translations(python: Path) -> None:
    """Compile resources/translations/*.ts to .qm when missing or older (the .qm are not committed)."""
    folder = ROOT / "resources" / "translations"
    sources = sorted(folder.glob("*.ts")) if folder.exists() else []
    stale = [ts for ts in sources
             if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if not stale:
        return
    code = ("import sys, subprocess, PySide6, pathlib;"
            "exe = pathlib.Path(PySide6.__file__).parent / ('lrelease.exe' if sys.platform == 'win32' else 'lrelease');"
            "[subprocess.check_call([str(exe), '-silent', ts, '-qm', ts[:-3] + '.qm']) for ts in sys.argv[1:]]")
    subprocess.call([str(python), "-c", code, *map(str, stale)], cwd=ROOT)


def main(argv: list[str]) -> int:
    python = ensure_env()
    env = dict(os.environ)
    if not argv or argv[0].startswith("-"):
        argv = ["app", *argv]  # `python3 run.py --db FILE` opens the window on that file
    command, rest = argv[0], argv[1:]
    if command == "test":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        args = [str(python), "-m", "pytest", *rest]
    elif command == "cli":
        args = [str(python), "-m", "desktop.cli", *rest]
    elif command == "bench":
        args = [str(python), "-m", "bench", *rest]
    elif command == "app":
        args = [str(python), "-m", "desktop.app", *rest]
    else:
        print(__doc__)
        return 2
    return subprocess.call(args, cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

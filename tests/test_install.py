"""Reproducible installs (issue 15): run.py installs with constraints.txt, which pins every package."""
from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import run  # noqa: E402 - the bootstrap script at the top of the checkout


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split(";")[0].strip().split("==")
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    return pins


def test_every_package_pyproject_asks_for_is_pinned_to_one_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["test"]
    names = {re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.-]+", spec)[0]).lower() for spec in wanted}
    assert names - _pins().keys() == set()
    assert "pip" in _pins()


def test_a_changed_constraints_file_means_a_new_install(tmp_path, monkeypatch):
    before = run.wanted_stamp()
    changed = tmp_path / "constraints.txt"
    changed.write_text((ROOT / "constraints.txt").read_text(encoding="utf-8").replace("click==", "click==0"),
                       encoding="utf-8")
    monkeypatch.setattr(run, "CONSTRAINTS", changed)
    assert run.wanted_stamp() != before


def test_pip_installs_with_the_constraints(monkeypatch):
    calls = []
    monkeypatch.setattr(run.subprocess, "check_call", lambda args, cwd: calls.append(args))
    run.pip_install(Path("python"), "-e", ".[test]")
    assert calls[0][-4:] == ["-c", str(run.CONSTRAINTS), "-e", ".[test]"]

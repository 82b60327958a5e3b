"""The PyInstaller bundle starts and works (only when it was built: .ci/run builds it after the suite)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "jamsos-desk"


def load_smoke_test():
    spec = importlib.util.spec_from_file_location("smoke_test", ROOT / "packaging" / "smoke_test.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bundle_state() -> str | None:
    """Why the bundle cannot be tested now (None when it is there and newer than the sources)."""
    executables = list(BUNDLE.glob("jamsos-desk*"))
    if not executables:
        return "bundle not built (pyinstaller packaging/jamsos.spec)"
    newest_source = max(path.stat().st_mtime for path in (ROOT / "desktop").rglob("*.py"))
    if executables[0].stat().st_mtime < newest_source:
        return "bundle older than the sources; rebuild it (CI always does)"
    return None


@pytest.mark.skipif(bundle_state() is not None, reason=str(bundle_state()))
def test_bundle_starts_offscreen_and_opens_a_database():
    assert load_smoke_test().check(BUNDLE) == []


def test_smoke_test_reports_a_missing_bundle(tmp_path):
    problems = load_smoke_test().check(tmp_path)
    assert len(problems) == 2 and "jamsos-desk" in problems[0]

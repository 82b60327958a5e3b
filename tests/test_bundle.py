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


@pytest.mark.skipif(not BUNDLE.exists(), reason="bundle not built (pyinstaller packaging/jamsos.spec)")
def test_bundle_starts_offscreen_and_opens_a_database():
    assert load_smoke_test().check(BUNDLE) == []


def test_smoke_test_reports_a_missing_bundle(tmp_path):
    problems = load_smoke_test().check(tmp_path)
    assert len(problems) == 2 and "jamsos-desk" in problems[0]

"""Shared fixtures: every test gets its own data folder and database file."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("JAMSOS_DATA_DIR", str(folder))
    monkeypatch.delenv("JAMSOS_DB", raising=False)
    return folder


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "jamsos.sqlite"


@pytest.fixture
def db(db_path):
    from desktop.db import open_database
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def cli(db_path):
    """Run the CLI against the test DB: cli("person", "list") → click Result."""
    from click.testing import CliRunner

    from desktop.cli import main

    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, ["--db", str(db_path), *args], catch_exceptions=False)
    return invoke


@pytest.fixture
def samples() -> Path:
    folder = SHARED / "samples"
    if not folder.exists():
        pytest.skip("../shared/samples is not beside this checkout")
    return folder


@pytest.fixture
def mojokerto(db):
    """A small organisation: the PC, PAC Sooko and PAC Mojosari, one TK under Sooko."""
    from desktop.roster import institutions, units
    with db.write() as session:
        pc = units.add_unit(session, "PC Muslimat NU Kab. Mojokerto")
        sooko = units.add_unit(session, "PAC Muslimat NU Sooko", parent_id=pc, region_code="35.16.13")
        mojosari = units.add_unit(session, "PAC Muslimat NU Mojosari", parent_id=pc, region_code="35.16.08")
        tk = institutions.add_institution(session, institutions.InstitutionData(
            name="TK Muslimat NU 05 Japan", type="T.K.", npsn="20512345", unit_id=sooko))
    return {"pc": pc, "sooko": sooko, "mojosari": mojosari, "tk": tk}

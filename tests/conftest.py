"""Shared fixtures: every test gets its own data folder and database.

The schema is migrated ONCE per session into a template; each test gets a copy of it (a file copy
on SQLite, `CREATE DATABASE … TEMPLATE …` on PostgreSQL). The suite runs on SQLite by default and on
a PostgreSQL server when JAMSOS_TEST_PG names one, e.g.
`JAMSOS_TEST_PG=postgresql+psycopg://postgres@127.0.0.1:55420/ python3 run.py test`
(the user needs CREATEDB; each test database is dropped afterwards). Tests of what only a SQLite file
has (file backups, integrity check and repair, the lock file, kills mid-write) are marked
`@pytest.mark.sqlite_only(reason=…)` and skipped there.
"""
from __future__ import annotations

import itertools
import os
import shutil
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEST_PG = os.environ.get("JAMSOS_TEST_PG", "").strip()


def pytest_configure(config):  # noqa: ANN001
    config.addinivalue_line("markers", "sqlite_only(reason): a feature only the SQLite file has; "
                                       "skipped when the suite runs on PostgreSQL (JAMSOS_TEST_PG)")


def pytest_collection_modifyitems(config, items):  # noqa: ANN001
    if not TEST_PG:
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "SQLite only")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


def _server_url(database: str) -> str:
    from sqlalchemy.engine import make_url

    from desktop.dialect import SERVER_DRIVER
    url = make_url(TEST_PG).set(drivername=SERVER_DRIVER, database=database)
    return url.render_as_string(hide_password=False)


def _admin(statement: str) -> None:
    """Run CREATE/DROP DATABASE on the server's maintenance database (autocommit)."""
    from sqlalchemy import create_engine
    engine = create_engine(_server_url("postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """The migrated, seeded, empty database every test's copy starts from: a file, or a server DB name."""
    from desktop.db import open_database
    if TEST_PG:
        name = f"jamsos_tpl_{os.getpid()}"
        _admin(f"DROP DATABASE IF EXISTS {name}")
        _admin(f"CREATE DATABASE {name}")
        open_database(_server_url(name)).close()
        yield name
        _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        return
    path = tmp_path_factory.mktemp("template") / "jamsos.sqlite"
    open_database(path).close()  # the last close checkpoints the WAL into the file
    yield path


_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("JAMSOS_DATA_DIR", str(folder))
    monkeypatch.delenv("JAMSOS_DB", raising=False)
    return folder


@pytest.fixture
def db_path(tmp_path, migrated_template):
    """The test's database: a file path (not yet created) on SQLite; on PostgreSQL the URL of a fresh
    clone of the template (a str: it is not a file)."""
    if not TEST_PG:
        yield tmp_path / "jamsos.sqlite"
        return
    name = f"jamsos_t{os.getpid()}_{next(_numbers)}"
    _admin(f"CREATE DATABASE {name} TEMPLATE {migrated_template}")
    yield _server_url(name)
    _quiet_background_jobs()
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _quiet_background_jobs() -> None:
    """A window's background job still loading ids must not meet a dropped database in the next test."""
    if "desktop.ui.jobs" in sys.modules:
        sys.modules["desktop.ui.jobs"].wait_for_all()


@pytest.fixture
def empty_location(tmp_path):
    """Where a new, empty database may be made: on PostgreSQL an empty server database (URL), else a
    file path that does not exist yet."""
    if not TEST_PG:
        yield str(tmp_path / "baru" / "jamsos.sqlite")
        return
    name = f"jamsos_e{os.getpid()}_{next(_numbers)}"
    _admin(f"CREATE DATABASE {name}")
    yield _server_url(name)
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _from_template(db_path, migrated_template) -> None:  # noqa: ANN001
    """On SQLite, copy the migrated template into place unless the test made its file already."""
    if not TEST_PG and not Path(db_path).exists():
        shutil.copyfile(migrated_template, db_path)


@pytest.fixture
def db(db_path, migrated_template):
    from desktop.db import open_database
    _from_template(db_path, migrated_template)
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def cli(db_path, migrated_template):
    """Run the CLI against the test DB: cli("person", "list") → click Result."""
    from click.testing import CliRunner

    from desktop.cli import main

    runner = CliRunner()
    _from_template(db_path, migrated_template)

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

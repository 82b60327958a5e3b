"""An old revision inserts what it inserted when it was written (issue 15): migration 0002 reads its
frozen seed (desktop/migrations/seed/0002_*.csv), not today's resources/data."""
from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

from desktop import db as dbmod
from desktop import paths

SEED = Path(dbmod.__file__).resolve().parent / "migrations" / "seed"


def _seed(table: str) -> list[dict]:
    with open(SEED / f"0002_{table}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _rates(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT programme, segment, component, value, valid_from FROM rate ORDER BY id").fetchall()


def test_revision_0002_inserts_the_same_rows_when_the_resources_change(tmp_path, monkeypatch):
    before = dbmod.Database(tmp_path / "before.sqlite")
    dbmod.migrate(before, target="0002")
    # a regulation change arrives as an edited rates.csv, and the region list is cut down
    changed = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), changed, ignore=shutil.ignore_patterns("fonts", "translations"))
    rates = (changed / "data" / "rates.csv").read_text(encoding="utf-8").splitlines()
    rates[1] = rates[1].replace(",0.24,", ",9.99,")
    (changed / "data" / "rates.csv").write_text("\n".join(rates) + "\n", encoding="utf-8")
    regions = (changed / "data" / "regions.csv").read_text(encoding="utf-8").splitlines()
    (changed / "data" / "regions.csv").write_text("\n".join(regions[:10]) + "\n", encoding="utf-8")
    monkeypatch.setenv("JAMSOS_RESOURCES", str(changed))
    assert paths.resource("data", "rates.csv") == changed / "data" / "rates.csv"
    after = dbmod.Database(tmp_path / "after.sqlite")
    dbmod.migrate(after, target="0002")
    assert _rates(after.path) == _rates(before.path)
    assert [float(rate[3]) for rate in _rates(after.path)] == [float(row["value"]) for row in _seed("rate")]
    with sqlite3.connect(after.path) as raw:
        assert raw.execute("SELECT count(*) FROM region").fetchone()[0] == len(_seed("region")) == 16331
        assert raw.execute("SELECT count(*) FROM occupation").fetchone()[0] == len(_seed("occupation"))
        assert raw.execute("SELECT count(*) FROM bpu_bracket").fetchone()[0] == len(_seed("bpu_bracket"))
    before.close()
    after.close()

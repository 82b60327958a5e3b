"""Proof that a crash never leaves half a write: SIGKILL a child process mid-write, ≥ 50 times.

Each trial copies a prepared database, runs a multi-row write in a child process (import-sized
bulk insert, schema migration, restore from a backup, erasure of many persons, the branch
office's answer to a batch, the import of a sample roster file) and kills it at a
random moment within the write's measured duration. Afterwards the file must pass
`integrity_check` and equal the state before the write or after it, never something in between.
More trials: `python -m bench faults`.
"""
from __future__ import annotations

import pytest

from bench import faults

TRIALS = {"impor massal": 16, "migrasi 0001→head": 8, "pemulihan cadangan": 10, "hapus permanen 60 orang": 10,
          "jawaban Kantor Cabang": 6, "impor berkas anggota": 6}  # the last needs ../shared/samples


def test_the_suite_kills_at_least_50_times():
    assert set(faults.SCENARIOS) <= set(TRIALS)
    assert sum(TRIALS[name] for name in faults.SCENARIOS) >= 50


@pytest.mark.parametrize("name", list(TRIALS))
def test_a_killed_write_leaves_the_before_or_the_after_state(name):
    if name not in faults.SCENARIOS:
        pytest.skip("../shared/samples is not beside this checkout")
    outcome = faults.run_trials(name, TRIALS[name])
    assert outcome.mixed == []
    assert outcome.before + outcome.after == TRIALS[name]
    assert outcome.before > 0  # the kills really landed before the commit, not all after it

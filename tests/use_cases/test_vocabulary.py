"""One vocabulary (issue 15): batch states and what they allow, import kinds, each said once in
Indonesian — the checks and the buttons use the same rule, and no English code reaches the log."""
from __future__ import annotations

import openpyxl
import pytest

from desktop.batches import lifecycle
from desktop.errors import UserError
from desktop.models import Batch
from desktop.vocabulary import BatchAction, BatchState, ImportKind, batch_allows


@pytest.mark.parametrize("state", list(BatchState))
@pytest.mark.parametrize("action", list(BatchAction))
def test_the_core_refuses_exactly_what_the_rule_does_not_allow(state, action):
    batch = Batch(number="B2026-0001", state=state.value)
    if batch_allows(state, action):
        lifecycle.require_state(batch, action)
    else:
        with pytest.raises(UserError, match=f"berstatus '{state.label}'; {action.label} hanya dapat"):
            lifecycle.require_state(batch, action)


def test_every_state_and_kind_has_an_indonesian_label():
    assert [s.label for s in BatchState] == ["Draf", "Sudah diperiksa", "Sudah diekspor", "Dijawab sebagian",
                                             "Sudah dijawab", "Dibatalkan"]
    assert {k.noun for k in ImportKind} == {"orang", "lembaga", "unit organisasi", "jawaban kantor cabang"}


def test_an_import_is_logged_in_indonesian(cli, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Nama", "NIK"])
    book.active.append(["Siti Aminah", "3516134505800001"])
    book.save(tmp_path / "guru.xlsx")
    assert cli("import", "persons", str(tmp_path / "guru.xlsx")).exit_code == 0
    log = cli("audit", "list", "--action", "import").output
    assert "Impor orang dari guru.xlsx" in log and "persons" not in log
    runs = cli("import", "runs").output
    assert "Orang (anggota/pekerja) guru.xlsx" in runs and "persons" not in runs

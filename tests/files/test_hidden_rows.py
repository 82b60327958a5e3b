"""Hidden and filtered rows read from the sheet XML (calamine does not expose them): row numbers right
across chunk borders, with and without r="…", and nothing at all for other files or broken ones."""
from __future__ import annotations

import pytest

from desktop.importing import hidden_rows as module
from tests.field_files import SheetSpec, write_openpyxl, write_xlsx


@pytest.mark.parametrize("coordinates", [True, False])
@pytest.mark.parametrize("chunk", [64, 1 << 22])  # 64 bytes: every tag crosses a chunk border somewhere
def test_hidden_rows_are_found(tmp_path, monkeypatch, coordinates, chunk):
    monkeypatch.setattr(module, "_CHUNK", chunk)
    rows = [["No", "Nama"]] + [[i, f"Orang {i}"] for i in range(1, 300)]
    path = write_xlsx(tmp_path / "a.xlsx", [SheetSpec("Lain", [["x"]]),
                                            SheetSpec("Data", rows, hidden=frozenset({3, 150, 299}),
                                                      coordinates=coordinates)])
    assert module.hidden_rows(path, "Data") == {3, 150, 299}
    assert module.hidden_rows(path, "Lain") == frozenset()
    assert module.hidden_rows(path, "Tidak ada") == frozenset()


def test_openpyxl_hidden_rows(tmp_path):
    path = write_openpyxl(tmp_path / "b.xlsx", [SheetSpec("S", [["a"], ["b"], ["c"]], hidden=frozenset({2}))])
    assert module.hidden_rows(path, "S") == {2}


def test_other_and_broken_files_give_nothing(tmp_path):
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert module.hidden_rows(broken, "S") == frozenset()
    assert module.hidden_rows(tmp_path / "a.csv", "a") == frozenset()

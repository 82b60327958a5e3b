"""Pages refresh from what an operation reports (issue 15): a write that changes claims requeries the
claims page in front, not the roster, the batches or the home page; a hidden page that shows what
changed is refreshed when the clerk opens it, not before."""
from __future__ import annotations

import pytest

from desktop.operations import Changes

pytest.importorskip("PySide6")


def _count_refreshes(window, monkeypatch) -> dict[str, int]:
    counts: dict[str, int] = {}
    for index in range(window.pages.count()):
        page = window.pages.widget(index)
        real = getattr(page, "refresh", None)
        if callable(real):
            key = page.objectName().removeprefix("page_")
            counts[key] = 0

            def spy(_real=real, _key=key) -> None:
                counts[_key] += 1
                _real()
            monkeypatch.setattr(page, "refresh", spy)
    return counts


def test_a_claim_change_refreshes_the_claims_page_only(open_window, db, monkeypatch, qtbot):
    window = open_window(db)
    window.show_page("klaim")
    counts = _count_refreshes(window, monkeypatch)
    window.data_changed(Changes(claims=True, audit=True))
    assert counts["klaim"] == 1
    assert counts["orang"] == counts["batch"] == counts["beranda"] == counts["tarif"] == 0
    assert counts["catatan"] == 0  # hidden: only marked stale
    window.show_page("catatan")
    assert counts["catatan"] == 1  # the audit log is fresh when the clerk opens it
    window.show_page("klaim")
    window.show_page("catatan")
    assert counts["catatan"] == 1  # and not requeried again without a new write
    window.jobs.wait(10_000)


def test_a_write_that_does_not_say_refreshes_every_page_once_shown(open_window, db, monkeypatch):
    window = open_window(db)
    window.show_page("orang")
    counts = _count_refreshes(window, monkeypatch)
    window.data_changed()
    assert counts["orang"] == 1 and counts["batch"] == 0
    window.show_page("batch")
    assert counts["batch"] == 1
    window.jobs.wait(10_000)

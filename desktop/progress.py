"""Progress and cancel for long use cases, without Qt: the window and the CLI each adapt it.

A use case calls `progress.step(done, total, message)` now and then; when the user pressed
Cancel that call raises `Cancelled`, which unwinds the open transaction (so nothing is written).
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled; the transaction in progress is rolled back."""


class Progress:
    def __init__(self, report: Callable[[int, int, str], None] | None = None,
                 cancel_event: threading.Event | None = None, min_interval: float = 0.05):
        self._report = report
        self.cancel_event = cancel_event or threading.Event()
        self._min_interval = min_interval
        self._last = 0.0

    def step(self, done: int, total: int = 0, message: str = "") -> None:
        if self.cancel_event.is_set():
            raise Cancelled()
        now = time.monotonic()
        if self._report and (now - self._last >= self._min_interval or (total and done >= total)):
            self._last = now
            self._report(done, total, message)

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


NO_PROGRESS = Progress()

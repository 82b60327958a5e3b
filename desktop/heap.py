"""Big in-memory jobs and Python's cycle collector.

Every full collection walks every tracked object. While an import builds a 100k-row preview
(a dict and lists per row), that is most of the heap, walked again and again: a quarter of the
import's time. What such a job has built so far lives until the job ends, so `keep()` moves it
out of the collector's sight (gc.freeze) and `long_lived()` gives it back at the end. Objects are
still freed by reference counting; only cycles among kept objects wait until then.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived() -> Iterator[None]:
    try:
        yield
    finally:
        gc.unfreeze()


def keep() -> None:
    """Everything made so far lives until the job ends (call inside `long_lived`)."""
    gc.freeze()

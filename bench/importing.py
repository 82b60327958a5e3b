"""Benchmark: importing (filled by its issue)."""
from __future__ import annotations

from bench.harness import Result


def run(n: int = 100_000) -> list[Result]:
    return []

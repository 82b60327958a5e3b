"""The shared bench runner pieces: timing, a result row, and the results table (Markdown + JSON)."""
from __future__ import annotations

import json
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

RESULTS_DIR = Path(__file__).resolve().parent / "results"


@dataclass
class Result:
    name: str
    ours: float  # seconds (or the measured figure)
    baseline: float | None = None  # same-run baseline in the same unit; None for absolute goals
    goal: str = ""  # e.g. "≤ 2×" or "≤ 50 ms"
    limit: float | None = None  # ratio limit, or absolute limit in the unit of `ours`
    unit: str = "s"
    note: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        return self.ours / self.baseline if self.baseline else None

    @property
    def ok(self) -> bool | None:
        if self.limit is None:
            return None
        value = self.ratio if self.baseline else self.ours
        return value is not None and value <= self.limit


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    return min(timed(fn) for _ in range(repeat))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.3g} {unit}"


def write_table(results: list[Result], path_stem: str = "latest") -> str:
    RESULTS_DIR.mkdir(exist_ok=True)
    lines = ["| benchmark | ours | baseline | ratio | goal | ok | note |", "|---|---|---|---|---|---|---|"]
    for r in results:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "–"
        ok = {True: "yes", False: "**no**", None: "–"}[r.ok]
        lines.append(f"| {r.name} | {fmt(r.ours, r.unit)} | {fmt(r.baseline, r.unit)} | {ratio} | {r.goal} | {ok} "
                     f"| {r.note} |")
    header = f"Machine: {platform.platform()}, Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}\n\n"
    table = header + "\n".join(lines) + "\n"
    (RESULTS_DIR / f"{path_stem}.md").write_text(table, encoding="utf-8")
    (RESULTS_DIR / f"{path_stem}.json").write_text(json.dumps(
        [asdict(r) | {"ratio": r.ratio, "ok": r.ok} for r in results], indent=2, default=str), encoding="utf-8")
    return table

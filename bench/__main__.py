"""Run the benchmarks: `python3 run.py bench [name …] [--quick]`. Writes bench/results/latest.{md,json}.

Each module in BENCHES has `run(...) -> list[Result]`; figures are ratios against a baseline
measured in the same run, or absolute limits for interactive latency on this 2-core machine.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from bench.harness import write_table

# name → module; add one line per benchmark module.
BENCHES = {
    "insert": "bench.insert",          # foundation
    "roster_ui": "bench.roster_ui",    # persons table at 100k
    "importing": "bench.importing",    # messy 10k/100k import vs bare calamine read
    "documents": "bench.documents",    # 1,000 enrolment forms
    "batches": "bench.batches",        # 100k-person batch export vs bare openpyxl
    "coverage": "bench.coverage",      # dashboard at 100k
    "faults": "bench.faults",          # SIGKILL fault injection, more trials than the suite
    "language": "bench.language",      # main window in English vs Indonesian
    "server": "bench.server",          # PostgreSQL at 1M persons (needs JAMSOS_BENCH_PG)
    "soak": "bench.soak",              # 4 desks editing and batching on one server (needs JAMSOS_BENCH_PG)
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("names", nargs="*", help=f"which to run (default all): {', '.join(BENCHES)}")
    parser.add_argument("--quick", action="store_true", help="10× smaller inputs, for a smoke run")
    args = parser.parse_args(argv)
    results = []
    for name in args.names or list(BENCHES):
        module = importlib.import_module(BENCHES[name])
        print(f"… {name}", flush=True)
        kwargs = {"quick": True} if args.quick and "quick" in module.run.__code__.co_varnames else {}
        if args.quick and not kwargs and "n" in module.run.__code__.co_varnames:
            kwargs = {"n": 10_000}
        results.extend(module.run(**kwargs))
    print(write_table(results))
    return 0 if all(r.ok is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

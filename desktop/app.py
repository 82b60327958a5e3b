"""Entry point of the window (`python3 run.py`, `jamsos-desk`). The window itself is desktop.ui."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desktop.ui.application import run
    return run(sys.argv if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())

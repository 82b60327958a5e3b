"""The lazy command table lists exactly the commands the modules define, and each loads on its own."""
from __future__ import annotations

import subprocess
import sys

from desktop.cli import COMMAND_MODULES, main, register_all


def test_the_command_table_matches_the_modules():
    register_all()
    assert set(main.commands) == set(COMMAND_MODULES)
    assert "merge" in main.commands["person"].commands


def test_a_command_runs_without_loading_the_others(tmp_path):
    code = ("import sys; from desktop.cli import main\n"
            "try:\n    main(['--db', sys.argv[1], 'unit', 'list'], prog_name='jamsos')\n"
            "except SystemExit:\n    pass\n"
            "print('openpyxl' in sys.modules, 'reportlab' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "x.sqlite")], capture_output=True,
                         text=True, check=True).stdout
    assert "Belum ada unit." in out
    assert out.strip().splitlines()[-1] == "False False"

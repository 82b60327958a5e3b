"""Fuzzing the import door (issue 19): spreadsheets and csv files with extreme extents, control
characters, formula-like text, overlong values and odd encodings. Whatever the file, the import ends
cleanly (exit 0) or is refused (exit 2) with an Indonesian message naming the file and the database
unchanged, and the reader's peak memory stays under 500 MB.

The files of one example are imported by one child process, whose peak memory is read with
getrusage(RUSAGE_CHILDREN) (run_measured); a few examples keep the test near 30 s."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.importing.sheets import column_letter
from tests.use_cases.test_hostile_input import MEMORY_LIMIT_MB, run_measured

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("import_fuzz_child.py")

HOSTILE_TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["=HYPERLINK(\"http://x\",\"klik\")", "=cmd|' /C calc'!A0", "+62812(3)", "-1+1", "@SUM(A1)",
                     "Siti\x00Nul", "\x07\x1b[31mmerah", "Ani\tTab", "Ba\rris", "_x0000_", "Siti_x0007_",
                     "\ufeffBOM", "\u202eterbalik", "ＳＩＴＩ", "١٢٣٤", "3516134505800001", "05-05-1980"]),
    st.integers(1, 5000).map(lambda n: "A" * n),
)
FAR_CELLS = st.one_of(st.none(), st.tuples(st.integers(1, 1_048_576), st.integers(1, 16_384)))


@st.composite
def hostile_file(draw):
    kind = draw(st.sampled_from(["xlsx", "csv"]))
    rows = draw(st.lists(st.lists(HOSTILE_TEXT, min_size=3, max_size=5), max_size=6))
    spec = {"kind": kind, "rows": rows, "far": draw(FAR_CELLS)}
    if kind == "csv":
        spec["encoding"] = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]))
        spec["width"] = draw(st.sampled_from([0, 0, 300, 3000]))  # empty columns to the right
    return spec


def write(spec: dict, path: Path) -> Path:
    header = ["Nama", "NIK", "Tgl Lahir", "Alamat", "No HP"]
    if spec["kind"] == "xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(header)
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # Excel cannot store them either
        for row in spec["rows"]:
            sheet.append([ILLEGAL_CHARACTERS_RE.sub("", value) for value in row])
        if spec["far"]:
            row, column = spec["far"]
            sheet[f"{column_letter(column - 1)}{max(row, 2)}"] = "jauh"
        book.save(path)
        return path
    separator = ";"
    pad = separator * spec["width"]
    lines = [separator.join(header) + pad]
    for row in spec["rows"]:
        lines.append(separator.join(v.replace(";", ",").replace("\n", " ") for v in row) + pad)
    if spec["far"]:
        lines.extend([""] * min(spec["far"][0], 2000))  # a csv has no far cells: trailing blank lines
        lines.append("jauh")
    path.write_bytes("\r\n".join(lines).encode(spec["encoding"], errors="replace"))
    return path


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow, HealthCheck.data_too_large])
@given(specs=st.lists(hostile_file(), min_size=6, max_size=6))
def test_hostile_files_end_cleanly_or_are_refused_in_bounded_memory(tmp_path_factory, specs):
    folder = tmp_path_factory.mktemp("fuzz")
    files = [str(write(spec, folder / f"berkas-{n}.{spec['kind']}")) for n, spec in enumerate(specs)]
    env = {**os.environ, "JAMSOS_DATA_DIR": str(folder / "data"), "PYTHONPATH": str(ROOT)}
    done, peak = run_measured([sys.executable, str(CHILD), str(folder / "db.sqlite"), *files], env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert peak < MEMORY_LIMIT_MB, f"peak memory {peak:.0f} MB"
    for result, spec in zip(json.loads(done.stdout), specs, strict=True):
        name = Path(result["file"]).name
        assert result["exit"] in (0, 2), (result["exception"], result["output"], spec)
        assert "Traceback" not in result["output"] and "tidak terduga" not in result["output"], (spec, result)
        if result["exit"] == 2:
            assert name in result["output"], (spec, result)
            assert "Kesalahan" in result["output"] and "Error" not in result["output"], (spec, result)
            assert result["after"] == result["before"], (spec, result)

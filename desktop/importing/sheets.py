"""One way to read a spreadsheet: python-calamine for xlsx/xls/ods, the csv module for csv.

Rows come as lists of raw cell values with their Excel row numbers (1-based, as the user sees
them). The raw type is kept on purpose: a NIK or phone in a number cell (float) has already been
damaged by Excel, and the importer must know it. Text cells are `str`, empty cells "" or None,
date cells `datetime.date`/`datetime.datetime`.
"""
from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import Place, UnreadableSheet, UserError
from desktop.importing.extent import check_sheet, check_workbook

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
SUFFIXES = SPREADSHEET_SUFFIXES + (".csv",)
_CSV_SEPARATORS = ";,\t|"


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Workbook:
    path: Path
    sheet_names: list[str]
    _book: object = None  # CalamineWorkbook, or None for csv
    _csv_rows: list[list[str]] = field(default_factory=list)
    _parsed: dict = field(default_factory=dict)
    empty_formulas: dict = field(default_factory=dict)  # sheet → {(row, column index)} of formulas without a result
    stamp: tuple = ()  # (modified, size) when opened

    @property
    def file_name(self) -> str:
        return self.path.name

    def is_current(self) -> bool:
        """The file on disk is still the one read (not saved again from Excel meanwhile)."""
        return bool(self.stamp) and self.stamp == _stamp(self.path)

    def rows(self, sheet: str) -> Iterator[tuple[int, list]]:
        """(Excel row number, cells) for every row of `sheet`, blank rows included."""
        if self._book is None:
            yield from enumerate(self._csv_rows, start=1)
            return
        try:
            if sheet not in self._parsed:  # calamine parses a whole sheet per call: once is enough
                # before calamine builds its grid: a far cell would exhaust memory
                extent = check_sheet(self.path, sheet)
                self.empty_formulas[sheet] = extent.empty_formulas if extent else set()
                self._parsed[sheet] = self._book.get_sheet_by_name(sheet)
            data = self._parsed[sheet]
            # calamine yields rows from row 1 (leading blank rows included) but cells from the first
            # used column: pad the columns only, or every row number is off by the blank rows above
            _first_row, first_col = data.start or (0, 0)
            pad = [""] * first_col
            if pad:
                for number, cells in enumerate(data.iter_rows(), start=1):
                    yield number, pad + cells
            else:  # calamine gives each row as a fresh list already
                yield from enumerate(data.iter_rows(), start=1)
            self._parsed.pop(sheet, None)  # read to the end: free the parsed cells before the next step
        except UserError:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged sheet is the user's file, not our bug
            raise UnreadableSheet(f"Lembar ini tidak dapat dibaca ({exc}). Buka berkas di Excel atau LibreOffice, "
                            "simpan ulang sebagai .xlsx, lalu coba lagi.", Place(self.file_name, sheet)) from exc


def open_workbook(path: str | Path) -> Workbook:
    """Open any supported file; a file we cannot read is a UserError naming it."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(f"Jenis berkas {suffix or '(tanpa akhiran)'} tidak didukung. Gunakan .xlsx, .xls, .ods "
                        "atau .csv.", Place(path.name))
    if not path.is_file():
        raise UserError("Berkas tidak ditemukan.", Place(str(path)))
    stamp = _stamp(path)
    if suffix == ".csv":
        return Workbook(path, [path.stem], None, _read_csv(path), stamp=stamp)
    from python_calamine import CalamineWorkbook
    check_workbook(path)  # an ods is parsed whole on opening: a far cell must be refused before
    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
    except Exception as exc:  # noqa: BLE001
        raise UserError(f"Berkas tidak dapat dibaca sebagai lembar kerja ({exc}). Mungkin rusak, terkunci "
                        "kata sandi, atau bukan berkas Excel; buka dan simpan ulang sebagai .xlsx.",
                        Place(path.name)) from exc
    if not names:
        raise UserError("Berkas tidak berisi lembar kerja.", Place(path.name))
    return Workbook(path, names, book, stamp=stamp)


def _stamp(path: Path) -> tuple:
    try:
        status = path.stat()
    except OSError:
        return ()
    return status.st_mtime_ns, status.st_size


def _decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM) first; Excel on Windows saves CSV as Windows-1252. Excel's
    "Unicode text" and some exports are UTF-16: known by their BOM, or by a NUL beside every ASCII
    character (read as cp1252 the headers would come out as "T g l   L a h i r")."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    sample = raw[:4000]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):
        odd_nuls = sample[1::2].count(0)
        even_nuls = sample[0::2].count(0)
        if max(odd_nuls, even_nuls) * 2 >= len(sample) // 2:
            return raw.decode("utf-16-le" if odd_nuls > even_nuls else "utf-16-be", errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def sniff_separator(text: str) -> str:
    """The separator that splits the first lines most consistently (Indonesian Excel writes ';')."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1
    for sep in _CSV_SEPARATORS:
        counts = [line.count(sep) for line in lines]
        score = min(counts) * 1000 + sum(counts) if counts and max(counts) else -1
        if score > best_score:
            best, best_score = sep, score
    return best


def _read_csv(path: Path) -> list[list[str]]:
    try:
        text = _decode(path.read_bytes())
    except OSError as exc:
        raise UserError(f"Berkas tidak dapat dibuka ({exc.strerror or exc}).", Place(path.name)) from exc
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_separator(text))
    try:
        return [row for row in reader]
    except csv.Error as exc:
        raise UserError(f"Isi CSV tidak dapat dibaca ({exc}). Simpan ulang dari Excel sebagai CSV.",
                        Place(path.name, row=reader.line_num)) from exc

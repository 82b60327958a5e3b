"""Reading a printed PDF back as a reader sees it: word boxes (poppler's pdftotext -bbox), the left
edge of the ink (pdftoppm), the fonts (pdffonts). Shared by the document tests."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest

POPPLER = shutil.which("pdftotext") and shutil.which("pdftoppm") and shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed")
MM = 72 / 25.4
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float  # from the top of the page, in points
    x1: float
    y1: float

    def overlaps(self, other: "Word", slack: float = 1.2) -> bool:
        """Ink on ink: the boxes intersect by more than `slack` points both ways (font boxes of
        neighbouring lines touch; text printed over text covers far more)."""
        return (min(self.x1, other.x1) - max(self.x0, other.x0) > slack and
                min(self.y1, other.y1) - max(self.y0, other.y0) > slack + 1.5)


def words(path: Path) -> list[list[Word]]:
    """The words of each page with their boxes."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        pages.append([Word(unescape(m.group(5)), *(float(m.group(i)) for i in range(1, 5)))
                      for m in _WORD.finditer(page)])
    return pages


def overlapping(path: Path) -> list[tuple[int, str, str]]:
    """(page, word, word) of every pair of words printed over each other."""
    found = []
    for number, page in enumerate(words(path), start=1):
        ordered = sorted(page, key=lambda w: w.y0)
        for index, word in enumerate(ordered):
            for other in ordered[index + 1:]:
                if other.y0 > word.y1:
                    break
                if word.overlaps(other):
                    found.append((number, word.text, other.text))
    return found


def left_ink_edges(path: Path, tmp: Path, dpi: int = 50) -> list[float]:
    """Per page, the distance in mm from the left paper edge to the first dark pixel."""
    from PIL import Image
    prefix = tmp / "ink"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(path), str(prefix)], check=True)
    edges = []
    for png in sorted(tmp.glob("ink-*.png"), key=lambda p: int(p.stem.split("-")[-1])):
        image = Image.open(png).point(lambda v: 255 if v < 200 else 0)
        box = image.getbbox()
        edges.append(box[0] * 25.4 / dpi if box else 999.0)
        png.unlink()
    return edges


def fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded?) of every font, as pdffonts lists them."""
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    return [(line.split()[0], line.split()[-5] == "yes") for line in lines[2:]]


def assert_fit_for_filing(path: Path, tmp: Path) -> None:
    """What every printed document promises: nothing printed over anything else, the binding margin
    (left ink ≥ 3 cm, measured on the rendered pages) and every font embedded."""
    assert overlapping(path) == []
    edges = left_ink_edges(path, tmp)
    assert edges and min(edges) >= 29.5, edges  # 3 cm, less half a 50-dpi pixel
    listed = fonts(path)
    assert listed and all(embedded for _, embedded in listed), listed


# Long, real setting values: the documents must stay readable and unoverlapped with them.
LONG_SETTINGS = dict(
    org_address="Jl. Raya Brangkal No. 127, Kelurahan Brangkal, Kecamatan Sooko, Kabupaten Mojokerto, "
                "Jawa Timur 61361",
    org_phone="(0321) 5891234 / 0812-3456-7890", org_email="sekretariat.pcmuslimatnu.kabmojokerto@gmail.com",
    chair_name="Dr. Hj. Siti Maslakhah Nur Hidayati, S.Ag., M.Pd.I.",
    secretary_name="Hj. Umi Kulsum Fadilah, S.Pd.I.",
    board_decree="Surat Keputusan Pimpinan Wilayah Muslimat Nahdlatul Ulama Jawa Timur Nomor "
                 "127/SK/PW-MSL/VIII/2023 tanggal 14 Agustus 2023",
    branch_head_name="Muhammad Fathurrahman Wicaksono, S.E., M.M.",
    branch_address="Jl. Gajah Mada No. 145, Kelurahan Mentikan, Kecamatan Prajurit Kulon, Kota Mojokerto 61321",
    branch_authority="Keputusan Direksi BPJS Ketenagakerjaan Nomor KEP/123/DIR/2024 tentang Pelimpahan "
                     "Kewenangan Penandatanganan Perjanjian Kerja Sama",
    org_contact="Hj. Lailatul Fitriyah (0812-3300-4455)",
    branch_contact="Rizky Ananda Putra, Penata Madya Kepesertaan (0321-321456)",
    dpo_contact="Sekretariat PC Muslimat NU Kab. Mojokerto, sekretariat.pcmuslimatnu.kabmojokerto@gmail.com",
)


def long_settings(db, **more) -> None:
    from desktop import settings
    with db.write() as session:
        settings.save(session, **{**LONG_SETTINGS, **more})

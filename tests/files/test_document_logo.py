"""The organisation's logo in the letterhead: on the first page of every document when set, embedded
once, and never a reason for a print to fail (missing, broken or huge files print without it)."""
from __future__ import annotations

import datetime as dt
import logging

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from reportlab.lib.units import mm

from desktop import settings
from desktop.documents import agreement, form, roster_list
from desktop.documents.logo import load_logo
from desktop.documents.scope import Scope
from desktop.reports import export
from tests.files.test_documents_forms import (MONTH, PRINT_DATE, db_path, members, migrated_db,  # noqa: F401
                                              pages_text)


@pytest.fixture
def logo_png(tmp_path):
    """A round green emblem on a transparent background, 120 × 120 pixels."""
    image = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((4, 4, 116, 116), fill=(31, 111, 67, 255))
    path = tmp_path / "logo.png"
    image.save(path)
    return path


def set_logo(db, path) -> None:
    with db.write() as session:
        settings.save(session, logo_path=str(path))


def print_form(db, ids, tmp_path):
    return form.print_forms(db, Scope(ids=ids), tmp_path / "formulir.pdf",
                            form.FormOptions(month=MONTH, print_date=PRINT_DATE)).path


def print_pks(db, ids, tmp_path):
    options = agreement.PksOptions(signing_date=PRINT_DATE, annex_participants=True, scope=Scope(ids=ids))
    return agreement.print_pks(db, tmp_path / "pks.pdf", options).path


def print_roster(db, ids, tmp_path):
    return roster_list.print_roster(db, Scope(ids=ids), tmp_path / "daftar.pdf").path


def print_report(db, ids, tmp_path):
    export.export_report(db, tmp_path / "laporan.pdf", MONTH, today=PRINT_DATE)
    return tmp_path / "laporan.pdf"


DOCUMENTS = {"formulir": print_form, "pks": print_pks, "daftar peserta": print_roster, "laporan": print_report}


def images_per_page(path) -> list[int]:
    return [len(page.images) for page in PdfReader(str(path)).pages]


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_the_logo_is_on_the_first_page_only_when_one_is_set(db, mojokerto, members, logo_png, tmp_path, kind):
    ids = list(members.values())
    plain = DOCUMENTS[kind](db, ids, tmp_path)
    assert sum(images_per_page(plain)) == 0
    plain_text = pages_text(plain)
    set_logo(db, logo_png)
    with_logo = DOCUMENTS[kind](db, ids, tmp_path)
    assert images_per_page(with_logo)[0] == 1
    # the letterhead adds the picture, not words: the first page reads the same
    assert pages_text(with_logo)[0].replace(" ", "")[:200] == plain_text[0].replace(" ", "")[:200]


def test_every_pks_annex_starts_with_the_logo(db, mojokerto, members, logo_png, tmp_path):
    set_logo(db, logo_png)
    path = print_pks(db, list(members.values()), tmp_path)
    texts, images = pages_text(path), images_per_page(path)
    annex_pages = [i for i, text in enumerate(texts) if text.startswith("LAMPIRAN")]
    assert len(annex_pages) == 4  # institutions, participants, contributions, mechanics
    assert [images[i] for i in annex_pages] == [1, 1, 1, 1]


def test_a_thousand_forms_share_one_embedded_logo(db, mojokerto, members, logo_png, tmp_path):
    set_logo(db, logo_png)
    one = print_form(db, [members["anik"]], tmp_path).read_bytes().count(b"/Subtype /Image")
    # four forms, Siti's with a second page for her heirs: still the one image (and its transparency mask)
    path = print_form(db, list(members.values()), tmp_path)
    assert images_per_page(path) == [1, 1, 1, 1, 1]
    assert path.read_bytes().count(b"/Subtype /Image") == one == 2


def test_a_jpeg_logo_keeps_its_proportions_within_the_header(tmp_path):
    path = tmp_path / "kop.jpg"
    Image.new("RGB", (900, 300), (40, 80, 160)).save(path)
    logo = load_logo(path)
    assert logo is not None
    width, height = logo.size(10 * mm, 40 * mm)
    assert (width / mm, height / mm) == (pytest.approx(30, abs=0.2), 10)  # scaled down to 400 px: 3:1 still
    width, height = logo.size(10 * mm, 20 * mm)  # too wide for its place: smaller, same shape
    assert (width / mm, height / mm) == (20, pytest.approx(6.67, abs=0.05))


@pytest.mark.parametrize("problem", ["missing", "broken", "huge"])
def test_a_bad_logo_file_prints_without_a_logo_and_says_why_in_the_log(db, mojokerto, members, tmp_path, caplog,
                                                                         problem):
    path = tmp_path / "logo.png"
    if problem == "broken":
        path.write_bytes(b"\x89PNG\r\n\x1a\n this is not an image")
    elif problem == "huge":
        Image.new("L", (7000, 7000), 255).save(path)  # 49 million pixels
    set_logo(db, path)
    with caplog.at_level(logging.WARNING, logger="desktop.documents.logo"):
        printed = print_form(db, [members["anik"]], tmp_path)
    assert images_per_page(printed) == [0]
    text = pages_text(printed)[0]
    assert "FORMULIR PENDAFTARAN PESERTA" in text and "logo" not in text.lower()
    assert "dicetak tanpa logo" in caplog.text and str(path) in caplog.text


def test_an_unset_logo_is_no_logo_and_no_warning(caplog):
    with caplog.at_level(logging.WARNING):
        assert load_logo("") is None
    assert caplog.text == ""


def test_the_pks_title_keeps_its_line_breaks_beside_the_logo(db, logo_png, tmp_path):
    lines = PdfReader(str(_pks_without_annexes(db, tmp_path))).pages[0].extract_text().splitlines()[:6]
    set_logo(db, logo_png)
    with_logo = PdfReader(str(_pks_without_annexes(db, tmp_path)))
    assert with_logo.pages[0].extract_text().splitlines()[:6] == lines
    assert len(with_logo.pages[0].images) == 1


def _pks_without_annexes(db, tmp_path):
    options = agreement.PksOptions(signing_date=dt.date(2017, 5, 21), annex_institutions=False,
                                   annex_contributions=False)
    return agreement.print_pks(db, tmp_path / "pks-body.pdf", options).path

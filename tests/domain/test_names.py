"""The name as on the KTP-el and the name with titles (issue #18, moved from #16)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.names import split_titles


@pytest.mark.parametrize("written, ktp, full", [
    ("Hj. Siti Aminah, S.Pd.I", "Siti Aminah", "Hj. Siti Aminah, S.Pd.I"),
    ("Dewi Masruroh, S.Pd.", "Dewi Masruroh", "Dewi Masruroh, S.Pd."),
    ("Dra. Hj. Umi Kulsum M.Pd.", "Umi Kulsum", "Dra. Hj. Umi Kulsum M.Pd."),
    ("Ulfa Rahmawati, S.Pd.AUD", "Ulfa Rahmawati", "Ulfa Rahmawati, S.Pd.AUD"),
    ("Rina Chasanah, A.Ma.", "Rina Chasanah", "Rina Chasanah, A.Ma."),
    ("Drs. H. Ahmad Hadi, S.Ag., M.Pd.I", "Ahmad Hadi", "Drs. H. Ahmad Hadi, S.Ag., M.Pd.I"),
    ("HJ. Lilik Masruroh, S.PD.", "Lilik Masruroh", "Hj. Lilik Masruroh, S.Pd."),
    ("Hajjah  Nur   Hidayah", "Nur Hidayah", "Hajjah Nur Hidayah"),
    ("Siti N. Aminah", "Siti N. Aminah", None),  # an initial is no title
    ("Siti Aminah", "Siti Aminah", None),
    ("Hj.", "Hj.", None),  # nothing but a title: kept as written
    ("", "", None),
])
def test_split_titles(written, ktp, full):
    assert split_titles(written) == (ktp, full)


@given(st.text())
def test_split_never_raises_and_the_ktp_name_is_inside_the_full_one(text):
    ktp, full = split_titles(text)
    assert "," not in ktp or full is None
    if full is not None:
        assert ktp and ktp.casefold() in full.casefold()

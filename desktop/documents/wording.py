"""Words for titles: a title names things in full ("no abbreviations in a title", Tata Naskah
Dinas), so the short forms a roster uses ("PAC Muslimat NU Sooko") are written out there.

The list holds the NU family's usual short forms; another organisation adds its own here.
"""
from __future__ import annotations

import re

ABBREVIATIONS = {
    "PW": "Pimpinan Wilayah", "PC": "Pimpinan Cabang", "PAC": "Pimpinan Anak Cabang", "PR": "Pimpinan Ranting",
    "PAR": "Pimpinan Anak Ranting", "NU": "Nahdlatul Ulama", "Kab.": "Kabupaten", "Kec.": "Kecamatan",
    "Ds.": "Desa", "Kel.": "Kelurahan", "Prov.": "Provinsi",
}
_TOKEN = re.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in sorted(ABBREVIATIONS, key=len, reverse=True))
                    + r")(?![\w])")


def in_full(text: str) -> str:
    """"PAC Muslimat NU Sooko" → "Pimpinan Anak Cabang Muslimat Nahdlatul Ulama Sooko"."""
    return _TOKEN.sub(lambda m: ABBREVIATIONS[m.group(1)], text)

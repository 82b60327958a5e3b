"""The BPU income bracket table: 33 rows (PP 44/2015 Lampiran II), so an income is priced from its bracket.

Until now the database held only the floor bracket without its range, and the calculator priced a
declared income of Rp300.000 at 1% of 300.000. The floor row now covers every income up to
Rp1.099.000 (verified) and 32 further rows from one unofficial 2017 table are added marked weak
(shared/domain/programmes-and-rates.md §3, §10.2). The rows are frozen here, not read from
resources/ at migration time, so this revision means the same thing forever.

The shipped rate rows' legal bases are put into Indonesian (the Tarif Iuran page shows them).

Rows the clerk already entered are kept: a frozen row is added only when no row with the same
dasar penghasilan and start month exists; the old seeded floor row without a range gets its range.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

VALID_FROM = dt.date(2015, 7, 1)

bracket = sa.table("bpu_bracket", sa.column("id", sa.Integer), sa.column("valid_from", sa.Date),
                   sa.column("valid_to", sa.Date), sa.column("income_low", sa.Integer),
                   sa.column("income_high", sa.Integer), sa.column("dasar_penghasilan", sa.Integer),
                   sa.column("jkk", sa.Integer), sa.column("jkm", sa.Integer), sa.column("jht", sa.Integer),
                   sa.column("legal_basis", sa.Text), sa.column("certainty", sa.String),
                   sa.column("note", sa.Text))

# (income_low, income_high, dasar_penghasilan, jkk, jkm, jht, certainty, legal_basis, note), valid from 2015-07-01
ROWS = [
    (0, 1099000, 1000000, 10000, 6800, 20000, 'verified',
     'PP 44/2015 Lampiran II sebagaimana diubah dengan PP 49/2023',
     'Golongan terendah. Penghasilan yang dilaporkan di bawah Rp1.000.000 dihitung pada golongan ini (tidak pernah 1% dari penghasilan yang lebih rendah): lara_bpjs memulainya dari 0; JKK paling sedikit Rp10.000 menurut berita daerah; Rp36.800 dengan JHT menurut contoh data pembayaran publik. Jumlah sebelum keringanan.'),
    (1100000, 1299000, 1200000, 12000, 6800, 24000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (1300000, 1499000, 1400000, 14000, 6800, 28000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (1500000, 1699000, 1600000, 16000, 6800, 32000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (1700000, 1899000, 1800000, 18000, 6800, 36000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (1900000, 2099000, 2000000, 20000, 6800, 40000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (2100000, 2299000, 2200000, 22000, 6800, 44000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (2300000, 2499000, 2400000, 24000, 6800, 48000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (2500000, 2699000, 2600000, 26000, 6800, 52000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (2700000, 3199000, 2950000, 29500, 6800, 59000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (3200000, 3699000, 3450000, 34500, 6800, 69000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (3700000, 4199000, 3950000, 39500, 6800, 79000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (4200000, 4699000, 4450000, 44500, 6800, 89000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (4700000, 5199000, 4950000, 49500, 6800, 99000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (5200000, 5699000, 5450000, 54500, 6800, 109000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (5700000, 6199000, 5950000, 59500, 6800, 119000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (6200000, 6699000, 6450000, 64500, 6800, 129000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (6700000, 7199000, 6950000, 69500, 6800, 139000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (7200000, 7699000, 7450000, 74500, 6800, 149000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (7700000, 8199000, 7950000, 79500, 6800, 159000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (8200000, 9199000, 8700000, 87000, 6800, 174000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (9200000, 10199000, 9700000, 97000, 6800, 194000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (10200000, 11199000, 10700000, 107000, 6800, 214000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (11200000, 12199000, 11700000, 117000, 6800, 234000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (12200000, 13199000, 12700000, 127000, 6800, 254000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (13200000, 14199000, 13700000, 137000, 6800, 274000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (14200000, 15199000, 14700000, 147000, 6800, 294000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (15200000, 16199000, 15700000, 157000, 6800, 314000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (16200000, 17199000, 16700000, 167000, 6800, 334000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (17200000, 18199000, 17700000, 177000, 6800, 354000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi'),
    (18200000, 19199000, 18200000, 182000, 6800, 364000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi; dasar sama dengan batas bawah, tidak seperti aturan titik tengah di baris lain: kemungkinan salah ketik di sumber (18.700.000 / 19.700.000?)'),
    (19200000, 20199000, 19200000, 192000, 6800, 384000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     'lara_bpjs tbl_master_dasar_penghasilan.csv (github brillianmusyafa/lara_bpjs @43d18c6, 2017); satu sumber tidak resmi; dasar sama dengan batas bawah, tidak seperti aturan titik tengah di baris lain: kemungkinan salah ketik di sumber (18.700.000 / 19.700.000?)'),
    (20200000, None, 20700000, 207000, 6800, 414000, 'weak',
     'PP 44/2015 Lampiran II (tabelnya tidak terlihat dalam naskah peraturan)',
     "Golongan tertinggi disimpulkan: tidak ada di lara_bpjs; 'JKK paling banyak Rp207.000' (berita daerah) = 1% dari 20.700.000. Batas atas terbuka."),
]


# The rate rows' legal bases as 0002 shipped them (English) and in Indonesian, for the Tarif Iuran page.
RATE_LEGAL_BASIS = {
    "PP 36/2025 Pasal 10A (extends PP 7/2025 'sampai dengan Iuran JKK bulan Januari 2026'; PP 7/2025 ended Jul 2025; settle by 2026-06-30)":
        "PP 36/2025 Pasal 10A (memperpanjang PP 7/2025 'sampai dengan Iuran JKK bulan Januari 2026'; PP 7/2025 berakhir Juli 2025; dilunasi paling lambat 30-06-2026)",
    'PP 44/2015 Lampiran II (1% of the bracket income; brackets in bpu-income-brackets.csv); amended by PP 49/2023':
        'PP 44/2015 Lampiran II (1% dari dasar penghasilan golongan; tabel golongan penghasilan BPU); diubah dengan PP 49/2023',
    'PP 44/2015 Pasal 16(1); Lampiran I as revised by PP 82/2019':
        'PP 44/2015 Pasal 16(1); Lampiran I sebagaimana diubah dengan PP 82/2019',
    'PP 44/2015 as amended (flat Rp6.800)':
        'PP 44/2015 beserta perubahannya (tetap Rp6.800)',
    'PP 45/2015 Pasal 28(3); PP 45/2015 Pasal 29(2) (base cap; end date not known)':
        'PP 45/2015 Pasal 28(3); PP 45/2015 Pasal 29(2) (batas upah awal; tanggal berakhir tidak diketahui)',
    'PP 45/2015 Pasal 28(3); PP 45/2015 Pasal 29; 2022 cap as cited in BPJS TK letter B/77/022023 (start month assumed)':
        'PP 45/2015 Pasal 28(3); PP 45/2015 Pasal 29; batas upah 2022 sebagaimana dikutip surat BPJS TK B/77/022023 (bulan mulai diperkirakan)',
    'PP 45/2015 Pasal 28(3); PP 45/2015 Pasal 29; BPJS TK letter B/1226/022026':
        'PP 45/2015 Pasal 28(3); PP 45/2015 Pasal 29; surat BPJS TK B/1226/022026',
    'PP 45/2015 Pasal 28(3); PP 45/2015 Pasal 29; BPJS TK letter B/1387/022024':
        'PP 45/2015 Pasal 28(3); PP 45/2015 Pasal 29; surat BPJS TK B/1387/022024',
    'PP 45/2015 Pasal 28(3); PP 45/2015 Pasal 29; BPJS TK letter B/726/022025':
        'PP 45/2015 Pasal 28(3); PP 45/2015 Pasal 29; surat BPJS TK B/726/022025',
    'PP 45/2015 Pasal 28(3); PP 45/2015 Pasal 29; BPJS TK letter B/77/022023':
        'PP 45/2015 Pasal 28(3); PP 45/2015 Pasal 29; surat BPJS TK B/77/022023',
    'PP 46/2015 (2% of the bracket income; optional for BPU)':
        'PP 46/2015 (2% dari dasar penghasilan golongan; pilihan bagi BPU)',
    'PP 49/2020 (COVID-19 relief; months as stated by the Minister of Manpower: voi.id 9 Sep 2020)':
        'PP 49/2020 (keringanan COVID-19; bulan menurut Menteri Ketenagakerjaan: voi.id 9 Sep 2020)',
    "PP 49/2020 (COVID-19 relief; only 'certain' BPU - criteria not collected; months as stated by the Minister of Manpower: voi.id 9 Sep 2020)":
        "PP 49/2020 (keringanan COVID-19; hanya BPU 'tertentu' - kriterianya belum terkumpul; bulan menurut Menteri Ketenagakerjaan: voi.id 9 Sep 2020)",
    'PP 50/2025 (BPU outside transport)':
        'PP 50/2025 (BPU di luar transportasi)',
    'PP 50/2025 (transport BPU)':
        'PP 50/2025 (BPU transportasi)',
}

rate = sa.table("rate", sa.column("legal_basis", sa.Text))


def _as_dict(row: tuple) -> dict:
    low, high, dasar, jkk, jkm, jht, certainty, legal_basis, note = row
    return {"valid_from": VALID_FROM, "valid_to": None, "income_low": low, "income_high": high,
            "dasar_penghasilan": dasar, "jkk": jkk, "jkm": jkm, "jht": jht, "certainty": certainty,
            "legal_basis": legal_basis, "note": note}


def upgrade() -> None:
    conn = op.get_bind()
    existing = {(dasar, str(start)[:10]): (rid, low)
                for rid, dasar, start, low in conn.execute(sa.select(
                    bracket.c.id, bracket.c.dasar_penghasilan, bracket.c.valid_from, bracket.c.income_low))}
    new = []
    for row in map(_as_dict, ROWS):
        found = existing.get((row["dasar_penghasilan"], VALID_FROM.isoformat()))
        if found is None:
            new.append(row)
        elif found[1] is None:  # the seeded floor row of 0002, which had no range
            conn.execute(bracket.update().where(bracket.c.id == found[0]).values(
                income_low=row["income_low"], income_high=row["income_high"], legal_basis=row["legal_basis"],
                note=row["note"], certainty=row["certainty"]))
    if new:
        op.bulk_insert(bracket, new)
    for english, indonesian in RATE_LEGAL_BASIS.items():  # a row the clerk wrote herself is left alone
        conn.execute(rate.update().where(rate.c.legal_basis == english).values(legal_basis=indonesian))


def downgrade() -> None:
    conn = op.get_bind()
    for row in map(_as_dict, ROWS[1:]):
        conn.execute(bracket.delete().where(bracket.c.dasar_penghasilan == row["dasar_penghasilan"],
                                            bracket.c.valid_from == VALID_FROM,
                                            bracket.c.income_low == row["income_low"]))
    conn.execute(bracket.update().where(bracket.c.dasar_penghasilan == 1_000_000, bracket.c.valid_from == VALID_FROM)
                 .values(income_low=None, income_high=None))

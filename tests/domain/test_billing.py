"""A priced period said out loud: normal amount, discount line with its legal basis, amount to pay,
and the period's total in digits and words, for 1, 3, 6 or 12 months with the discount ending inside."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.domain import billing
from desktop.domain.rates import Pricer, Profile, load_brackets_csv, load_rates_csv, months_between

DATA = Path(__file__).resolve().parents[2] / "resources" / "data"
PRICER = Pricer(load_rates_csv(DATA / "rates.csv"), load_brackets_csv(DATA / "bpu-income-brackets.csv"))
HONORARIUM = Profile("BPU", frozenset({"JKK", "JKM"}), income=300_000)


def period(start: date, n: int, profile: Profile = HONORARIUM, count: int = 1) -> billing.PricedPeriod:
    result = billing.PricedPeriod.of(months_between(start, n))
    for month in months_between(start, n):
        result.add(PRICER.price(profile, month), count)
    return result


def test_one_discounted_month_says_normal_discount_and_pay():
    lines = billing.period_lines(period(date(2026, 5, 1), 1))
    assert lines == ["Mei 2026: Iuran normal Rp16.800; Keringanan 50% JKK dan JKM, PP 50/2025, s.d. Desember 2026: "
                     "−Rp8.400; Dibayar Rp8.400",
                     "Jumlah: Rp8.400 (delapan ribu empat ratus rupiah)"]


@pytest.mark.parametrize("n, total, runs", [
    (1, 8_400, 1),
    (3, 8_400 + 8_400 + 16_800, 2),  # Nov, Dec discounted; Jan 2027 full
    (6, 2 * 8_400 + 4 * 16_800, 2),
    (12, 2 * 8_400 + 10 * 16_800, 2),
])
def test_a_period_where_the_discount_ends_inside(n, total, runs):
    priced = period(date(2026, 11, 1), n)
    assert priced.total == total and len(priced.runs()) == runs
    lines = billing.period_lines(priced)
    assert lines[0].startswith("November") and "PP 50/2025, s.d. Desember 2026" in lines[0]
    if n > 1:
        assert lines[1].startswith("Januari") and "2027" in lines[1] and lines[1].endswith("Iuran Rp16.800")
        assert [m.month for m in priced.changes()] == [date(2026, 11, 1), date(2027, 1, 1)]
    assert lines[-1].endswith(f"({billing.money.terbilang(total)} rupiah)")


def test_three_months_across_the_start_of_the_discount_is_33_600():  # §11.1
    priced = period(date(2026, 3, 1), 3)
    assert priced.total == 33_600 and priced.normal == 50_400 and priced.discount == 16_800
    assert billing.period_lines(priced)[-1] == "Jumlah 3 bulan: Rp33.600 (tiga puluh tiga ribu enam ratus rupiah)"


def test_a_weak_bracket_is_said_and_problems_are_counted():
    priced = period(date(2026, 3, 1), 1, Profile("BPU", frozenset({"JKK", "JKM"}), income=1_500_000), count=2)
    priced.add_problem("Penghasilan/upah belum diisi", 3)
    lines = billing.period_lines(priced)
    assert lines[0] == "Maret 2026: Iuran Rp45.600"  # 2 × (16.000 + 6.800)
    assert "Golongan penghasilan: tabel dari sumber tidak resmi — cocokkan dengan Kantor Cabang." in lines
    assert lines[-1] == "3 orang belum dihitung iurannya: Penghasilan/upah belum diisi."

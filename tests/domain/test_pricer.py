"""The one pricer: the grouped cost of a generated roster equals pricing every person alone."""
from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.rates import Pricer, Profile, contribution, load_brackets_csv, load_rates_csv
from desktop.errors import UserError

DATA = Path(__file__).resolve().parents[2] / "resources" / "data"
ROWS = load_rates_csv(DATA / "rates.csv")
BRACKETS = load_brackets_csv(DATA / "bpu-income-brackets.csv")

bpu = st.builds(
    lambda programmes, income, payer, sector: Profile("BPU", frozenset(programmes), income=income, payer=payer,
                                                      sector=sector),
    st.sampled_from([("JKK", "JKM"), ("JKK", "JKM", "JHT")]),
    st.one_of(st.integers(0, 25_000_000), st.sampled_from([300_000, 999_999, 1_099_000, 1_099_500, 1_100_000])),
    st.sampled_from(["SELF", "ORG", "DONOR", "APBD", "APBN"]),
    st.sampled_from(["other", "transport"]),
)
pu = st.builds(
    lambda programmes, wage, group: Profile("PU", frozenset(programmes), wage=wage, risk_group=group),
    st.sampled_from([("JKK", "JKM"), ("JKK", "JKM", "JHT"), ("JKK", "JKM", "JHT", "JP")]),
    st.integers(1, 20_000_000),
    st.sampled_from(["I", "II", "III", "IV", "V"]),
)
months = st.sampled_from([date(2019, 6, 1), date(2025, 12, 1), date(2026, 3, 1), date(2026, 4, 1),
                          date(2026, 12, 1), date(2027, 1, 1), date(2027, 4, 1)])


def _alone(profile: Profile, month: date) -> int | str:
    try:
        return contribution(ROWS, profile, month, brackets=BRACKETS).total
    except UserError as exc:
        return exc.message


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(bpu, pu), min_size=1, max_size=40), months)
def test_grouped_cost_equals_every_person_priced_alone(roster, month):
    pricer = Pricer(ROWS, BRACKETS)
    grouped, problems = 0, Counter()
    for profile, count in Counter(roster).items():  # as the SQL GROUP BY hands them over
        try:
            grouped += pricer.price(profile, month).total * count
        except UserError as exc:
            problems[exc.message] += count
    alone = [_alone(p, month) for p in roster]
    assert grouped == sum(a for a in alone if isinstance(a, int))
    assert problems == Counter(a for a in alone if isinstance(a, str))

"""Phone numbers (identity-numbers.md §6 and §9)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.phone import display_phone, format_phone_national, mask_phone, normalise_phone


@pytest.mark.parametrize(
    "raw, canonical, display",
    [
        ("081234567890", "6281234567890", "0812-3456-7890"),
        ("0812-3456-7890", "6281234567890", "0812-3456-7890"),
        ("0812 3456 7890", "6281234567890", "0812-3456-7890"),
        ("(0812) 3456.7890", "6281234567890", "0812-3456-7890"),
        ("+62 812-3456-7890", "6281234567890", "0812-3456-7890"),
        ("6281234567890", "6281234567890", "0812-3456-7890"),
        ("08123456789", "628123456789", "0812-3456-789"),
        ("0812345678", "62812345678", "0812-3456-78"),  # shortest: 10 digits national
        ("0812345678901", "62812345678901", "0812-3456-78901"),  # longest: 13 digits national
    ],
)
def test_mobiles(raw, canonical, display):
    check = normalise_phone(raw)
    assert (check.value, check.display, check.repaired, check.problems) == (canonical, display, False, [])


@pytest.mark.parametrize("raw", [81234567890, 81234567890.0, "81234567890", "8123 4567 890"])
def test_lost_leading_zero_is_repaired(raw):
    check = normalise_phone(raw, was_text=isinstance(raw, str))
    assert check.value == "6281234567890" and check.repaired
    assert check.display == "0812-3456-7890"
    assert [p.code for p in check.problems] == ["phone_repaired"]
    assert check.problems[0].severity == "warning" and "dipulihkan" in check.problems[0].message


@pytest.mark.parametrize("raw", ["0321-123456", "+60 12-345 6789", "12345", "0800123456", "081", "0812345678901234", "abc"])
def test_others_are_kept_as_entered_with_a_warning(raw):
    check = normalise_phone(raw)
    assert check.value == raw.strip() and not check.repaired
    assert [p.code for p in check.problems] == ["phone_not_mobile"]
    assert check.problems[0].severity == "warning"


def test_empty():
    for raw in (None, "", "   "):
        check = normalise_phone(raw)
        assert check.value is None and check.problems == [] and check.display == ""


def test_national_display_and_mask():
    assert format_phone_national("6281234567890") == "081234567890"
    assert format_phone_national("628123456789") == "08123456789"
    assert format_phone_national("0321-123456") == "0321-123456"
    assert format_phone_national(None) == ""
    assert display_phone("6281234567890") == "0812-3456-7890"
    assert display_phone("0321-123456") == "0321-123456"
    assert mask_phone("6281234567890") == "0812-••••-7890"
    assert mask_phone("628123456789") == "0812-••••-6789"
    assert mask_phone(None) == ""


@given(st.one_of(st.text(), st.integers(), st.from_regex(r"(\+62|62|0)?8[1-9][0-9 \-]{6,14}", fullmatch=True)))
def test_normalisation_is_idempotent(raw):
    first = normalise_phone(raw)
    if first.value is None:
        return
    second = normalise_phone(first.value)
    assert second.value == first.value
    assert not second.repaired
    if first.value.startswith("62") and not [p for p in first.problems if p.code == "phone_not_mobile"]:
        assert second.problems == []

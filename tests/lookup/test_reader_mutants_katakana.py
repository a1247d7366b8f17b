"""A place's name inside Japanese text written without spaces: read where it stands apart from other
katakana (before a particle, after kanji, at the very start or end), never as part of a longer katakana
word ("スパリゾート", a spa resort, holds "パリ" but is not Paris)."""

from __future__ import annotations

import pytest

from amexhelp.lookup._query import parse

APART = [
    ("ローマでなくしたカード", "ローマ", "IT"),  # at the start of a text that ends in katakana
    ("昨日パリでカードをなくした", "パリ", "FR"),  # after kanji, in the middle
    ("カードをなくした場所はパリ", "パリ", "FR"),  # at the very end
]


@pytest.mark.parametrize(("text", "name", "country"), APART)
def test_a_name_apart_from_other_katakana_is_the_place(text: str, name: str, country: str) -> None:
    parsed = parse(text, ("lost-card",))
    assert (parsed.country, parsed.place) == (country, name)


def test_a_name_inside_a_longer_katakana_word_is_no_place() -> None:
    assert parse("スパリゾートでカードをなくした", ("lost-card",)).country is None

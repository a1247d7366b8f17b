"""Airport codes in text typed all in capitals, where capitals say nothing: a code counts only right
after a place word ("AT", "IN"), wherever that pair stands in the sentence. Heathrow (LHR) is in
London, GB; Charles de Gaulle (CDG) serves Paris, FR."""

from __future__ import annotations

import pytest

from amexhelp.lookup._query import parse

AFTER_A_PLACE_WORD = [
    ("AT LHR CARD LOST", "LHR", "GB"),  # the place word first in the sentence
    ("LOST MY CARD AT LHR", "LHR", "GB"),  # the code last in the sentence
    ("CARD STOLEN IN CDG", "CDG", "FR"),
]


@pytest.mark.parametrize(("text", "code", "country"), AFTER_A_PLACE_WORD)
def test_a_code_after_a_place_word_is_the_airport(text: str, code: str, country: str) -> None:
    parsed = parse(text, ("lost-card",))
    assert (parsed.country, parsed.place) == (country, code)


def test_a_code_in_capitals_with_no_place_word_is_not_read() -> None:
    # All capitals: "LHR" could be any acronym, and no word says it is a place.
    assert parse("LOST CARD LHR", ("lost-card",)).country is None

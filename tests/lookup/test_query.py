from __future__ import annotations

import pytest

from amexhelp.directory.model import Directory
from amexhelp.errors import InputError
from amexhelp.lookup._query import parse
from amexhelp.render._notices import word
from amexhelp.sanitize import MAX_QUERY


@pytest.mark.parametrize(
    ("text", "need", "country"),
    [
        ("lost card in Japan", "lost-card", "JP"),
        ("I'm in Peru and my card was stolen", "lost-card", "PE"),
        ("help me with my rewards points", "rewards", None),
        ("my flight was cancelled", "travel", None),
        ("lost luggage in Mexico", "travel", "MX"),
        ("someone used my card in the UK", "fraud", "GB"),
        ("a charge looks wrong", "dispute", None),
        ("business card expenses, USA", "business", "US"),
        ("Centurion concierge in Hong Kong", "premium", "HK"),
        ("billing question", "general", None),
        ("LOST CARD IN JAPAN", "lost-card", "JP"),
        ("card stolen in South Korea", "lost-card", "KR"),
        ("lost card in the US", "lost-card", "US"),
    ],
)
def test_finds_need_and_country(text: str, need: str | None, country: str | None, directory: Directory) -> None:
    parsed = parse(text, directory.need_ids)
    assert (parsed.need, parsed.country) == (need, country)


@pytest.mark.parametrize(
    "text",
    [
        "help me",
        "is it in my account",
        "can you help us",
        "i am at the airport, no card",
        "be quick, I need to talk to someone",
        "my flight at 8 AM",
        "LOST IN THE AIRPORT",
    ],
)
def test_ordinary_words_that_are_codes_are_not_countries(text: str, directory: Directory) -> None:
    assert parse(text, directory.need_ids).country is None


def test_capitalised_code_in_mixed_text_is_a_country(directory: Directory) -> None:
    assert parse("card stolen, I'm in JP", directory.need_ids).country == "JP"


def test_longest_name_wins(directory: Directory) -> None:
    assert parse("stuck in Papua New Guinea", directory.need_ids).country == "PG"


def test_no_need_words_gives_no_need(directory: Directory) -> None:
    assert parse("Japan", directory.need_ids).need is None


def test_ties_go_to_the_earlier_need(directory: Directory) -> None:
    # "stolen" (lost-card) and "platinum" (premium) weigh the same; lost-card comes first.
    assert parse("stolen platinum", directory.need_ids).need == "lost-card"


def test_too_long_a_query_is_an_input_error(directory: Directory) -> None:
    with pytest.raises(InputError):
        parse("x" * (MAX_QUERY + 1), directory.need_ids)


@pytest.mark.parametrize(
    ("text", "country", "notice"),
    [
        ("lost card in Paris FRA", "FR", "Read 'FRA' as the country code of France."),  # was a KeyError
        ("lost card in Berlin DEU", "DE", "Read 'DEU' as the country code of Germany."),
        ("lost card in Paris, FR", "FR", "Read 'FR' as the country code of France."),
        (
            "lost card in Los Angeles, CA",
            "US",
            "Read 'CA' as California, United States, not as the country code of Canada.",
        ),
        ("lost card in Toronto, ON", "CA", "Read 'ON' as Ontario, Canada."),
        (
            "lost card in Adelaide, SA",
            "AU",
            "Read 'SA' as South Australia, Australia, not as the country code of Saudi Arabia.",
        ),
    ],
)
def test_a_code_after_a_place_is_said_as_read(text: str, country: str, notice: str, directory: Directory) -> None:
    parsed = parse(text, directory.need_ids)
    assert (parsed.country, tuple(word(n) for n in parsed.notices)) == (country, (notice,))

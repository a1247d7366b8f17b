"""The classes of phrasing read since the corpus's last confident-wrong readings: codes in capitals that
are another language's word, airports of territories, landing words and "at home" as roles, case endings,
one-syllable Korean names, countries' short forms, slips for countries' names, and everyday country names
by the sentence's language. Each with a case that must stay as it was."""

from __future__ import annotations

import pytest

from amexhelp.lookup._query import parse


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("someone used my card after I landed at IST", "TR"),  # "ist" is German, not English
        ("card stolen at SJU", "PR"),  # filed under the US by the airport data, in Puerto Rico
        ("card stolen at STT", "VI"),
        ("just landed at DPS and my amex is gone", "ID"),  # an international airport of a city not listed
        ("lost card in the DR", "DO"),
        ("lost my card in the US Virgin Islands", "VI"),  # the longer name wins over "US"
        ("lost my amex in the BVI", "VG"),
        ("괌에서 카드를 잃어버렸어요", "GU"),  # one syllable before a particle
        ("빈에서 카드를 잃어버렸어요", "AT"),
        ("lompakkoni varastettiin Barcelonassa", "ES"),  # a Finnish case ending
        ("kadotin korttini Madridissa", "ES"),
        ("we left Sydney, had a stopover in Dubai, and landed in Athens this morning", "GR"),
        ("gelandet in Wien nach einem Umstieg in Zürich, Karte gestohlen", "AT"),
        ("I'm at home in Sydney and lost my card", "AU"),  # the place said to be home stays
        ("rimborso mai arrivato da un negozio di Milano", "IT"),  # a refund "arrived": no landing word
        ("LHR", "GB"),  # a code typed alone: the place
        ("CDG 💳❌", "FR"),
        ("JP 💳❌", "JP"),  # a country code alone beside signs, as a code alone is
    ],
)
def test_the_place_is_read(text: str, country: str) -> None:
    assert parse(text, ()).country == country


@pytest.mark.parametrize(
    "text",
    [
        "my dr said my card was stolen",  # "dr" in lower case is a doctor
        "my jersey got ruined and I lost my card",
        "perdí la tarjeta en la fiesta de Jordán",  # Spanish calls the country Jordania
        "ho perso la carta alla festa di Jordan",
        "fly to LA tomorrow, lost my card, I'm still at home",  # where you go, not where you are
        "ATM",  # alone, an acronym is still no airport (Altamira)
        "PIN",  # (Parintins)
        "lhr",  # a code in lower case, with no word for an airport beside it
    ],
)
def test_no_place_is_read(text: str) -> None:
    assert parse(text, ()).country is None


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("lost my amex in Turky", "TR"),  # an inflected name of a small Polish town, one slip from Turkey
        ("lost card in Honk Kong", "HK"),  # "Kong" inside is no place
    ],
)
def test_a_slip_for_a_country_is_a_guess_said_as_one(text: str, guess: str) -> None:
    parsed = parse(text, ())
    assert (parsed.country, parsed.guess) == (None, guess)
    assert parsed.unknown_place is not None


def test_a_place_that_is_an_english_word_in_french_text_is_a_guess() -> None:
    parsed = parse("carte volee nice svp", ())
    assert (parsed.country, parsed.unknown_place, parsed.guess) == (None, "nice", "FR")


def test_an_english_word_in_english_text_is_no_place() -> None:
    assert parse("have a nice day, my card was stolen", ()).unknown_place is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("lost my card in Jordan", "JO"),  # English calls it so
        ("perdí la tarjeta en Chile", "CL"),
        ("lost my card in Jersey", "JE"),
        ("lost card in Turkey", "TR"),  # an English word for the country, though CLDR says Türkiye
    ],
)
def test_an_everyday_name_is_the_country_in_a_language_that_calls_it_so(text: str, country: str) -> None:
    assert parse(text, ()).country == country

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


@pytest.mark.parametrize(
    "text",
    [
        "ztratil jsem kartu na Hořejší Lhotce",  # a Czech locative and a name no table holds
        "någon stal mitt kort på Öland",  # a Swedish preposition, in a sentence of no language read
        "la carta è stata rubata a Vernazza",  # Italian "a"
        "w Pcimiu Dolnym ukradli mi kartę",  # Polish "w"
    ],
)
def test_a_name_after_a_locative_of_the_sentence_is_a_place_not_recognised(text: str) -> None:
    parsed = parse(text, ())
    assert parsed.country is None
    assert parsed.unknown_place is not None


@pytest.mark.parametrize(
    "text",
    [
        "I had a Big Mac and lost my card",  # English "a" is an article
        "lost my card, a Platinum one",
        "v pondělí mi ukradli kartu",  # a weekday after "v" is a word of the sentence
    ],
)
def test_a_word_after_an_article_is_no_place(text: str) -> None:
    parsed = parse(text, ())
    assert (parsed.country, parsed.unknown_place) == (None, None)


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("j'ai perdu ma carte a toulouze", "FR"),  # a city of 400,000 one slip away, after French "a"
        ("card stolen in Edinbrugh", "GB"),  # two letters swapped
    ],
)
def test_a_slip_for_a_city_is_a_guess_said_as_one(text: str, guess: str) -> None:
    parsed = parse(text, ())
    assert (parsed.country, parsed.guess) == (None, guess)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("my card got stolen in Phnom last week", "KH"),  # a city's first word, no other city's
        ("我在LAX丢了卡", "US"),  # a code in capitals inside text written without spaces
        ("NRTでカードをなくしました", "JP"),
        ("ICN에서 카드를 잃어버렸어요", "KR"),  # a code before a Korean particle
        ("at FCO now, my flight to Athens is cancelled", "IT"),  # where the flight goes is not where you are
        ("je suis à Genève, mon vol pour Nice est annulé", "CH"),
        ("estoy en Madrid, mi vuelo a Lima sale mañana", "ES"),
        ("bin in Wien, mein Flug nach Berlin wurde gestrichen", "AT"),
        ("я потерял карту в Того", "TG"),  # capitalised after a place word, the country
        ("потерял карту в Чаде", "TD"),
        ("lost my card in Chad", "TD"),
    ],
)
def test_the_place_is_read_by_its_role(text: str, country: str) -> None:
    assert parse(text, ()).country == country


@pytest.mark.parametrize(
    "text",
    [
        "после того как я снял деньги, карту украли",  # "того": a pronoun, Togo's name in Russian
        "в баре был такой чад, что я не заметил, как украли карту",  # "чад": fumes
        "я в кафе, карту не принимают",  # "кафе" is a café, not another name of a town in Zambia
        "ATM吞卡了",  # an acronym in capitals is no airport's code
        "my flight to Tokyo got cancelled, what do I do",  # the one place named is where you are going
    ],
)
def test_a_word_of_the_sentence_or_a_destination_is_no_place(text: str) -> None:
    assert parse(text, ()).country is None

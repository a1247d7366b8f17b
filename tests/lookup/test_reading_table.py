"""How the reader reads places as travellers type them: airports, short forms, names in the case a
sentence puts them in, and whose home or card a place is.

Every expected value is written from the world (where the airport or the city is, what the person
said of their card), never from the tool's output. "ZZ" is the answer for a place the text names but
that cannot be read (the worldwide number).
"""

from __future__ import annotations

import pytest

from amexhelp.directory.model import Directory
from amexhelp.lookup._reading import read
from amexhelp.lookup.answer import Settings, answer

AIRPORTS = [
    ("card stolen at HND", "JP"),  # Tokyo Haneda, not Honduras (HND is also its code)
    ("lost card at dxb airport", "AE"),  # beside the word for an airport, in lower case too
    ("lost my amex at LAX", "US"),
    ("wallet gone at JFK", "US"),
    ("card stolen at CDG", "FR"),
    ("lost card at LHR this morning", "GB"),
    ("stuck at BKK, card blocked", "TH"),
    ("flight cancelled at FRA, need help rebooking", "DE"),  # Frankfurt
    ("lost my card at the sin airport", "SG"),
    ("at the airport in ams, my card is missing", "NL"),
    ("perdí mi tarjeta en el aeropuerto MAD", "ES"),
    ("Karte verloren am Flughafen MUC", "DE"),
    ("lost my card at Heathrow", "GB"),
    ("card stolen at Charles de Gaulle", "FR"),
    ("lost card at Suvarnabhumi", "TH"),
]

NOT_AIRPORTS = [
    # Letters that are an airport's code but an acronym or a word here: no place is read.
    ("the ATM ate my card", None),
    ("forgot my PIN", None),
    ("card stolen and I need help", None),
    ("lost card in the USA", "US"),  # the country's code people write, not Concord's airport
]

SHORT_FORMS = [
    ("lost amex in LA", "US"),  # Los Angeles, not Laos
    ("double charge on my amex, im in LA", "US"),
    ("lost card in KL", "MY"),
    ("card stolen in NYC", "US"),
    ("lost card in nyc", "US"),
    ("lost my card in SF", "US"),
    ("card stolen in DC", "US"),
    ("lost card in Vegas", "US"),
    ("lost amex in KSA", "SA"),  # the Kingdom of Saudi Arabia, not Kosrae's airport
    ("JP", "JP"),  # a code typed alone
    ("perdí la tarjeta en la estación de Madrid", "ES"),  # "la" is a word, not Los Angeles
]

INFLECTED = [
    ("karta zgubiona w Polsce", "PL"),
    ("zgubiłem kartę w Niemczech", "DE"),
    ("zgubiłem kartę w Japonii", "JP"),
    ("ukradli mi kartę w Londynie", "GB"),
    ("zgubiłam kartę w Warszawie", "PL"),
    ("ztratil jsem kartu v Praze", "CZ"),
    ("ztratil jsem kartu v Německu", "DE"),
    ("ztratil jsem kartu ve Vídni", "AT"),
    ("kadotin korttini Helsingissä", "FI"),
    ("kadotin korttini Lontoossa", "GB"),
    ("korttini varastettiin Tukholmassa", "SE"),
    ("потерял карту в Париже", "FR"),
    ("украли карту в Лондоне", "GB"),
    ("потерял карту в москве", "RU"),
    ("потерял карту в Японии", "JP"),
]


@pytest.mark.parametrize(
    ("phrase", "country"),
    [*AIRPORTS, *NOT_AIRPORTS, *SHORT_FORMS, *INFLECTED],
    ids=[p for p, _ in [*AIRPORTS, *NOT_AIRPORTS, *SHORT_FORMS, *INFLECTED]],
)
def test_where_the_words_say_you_are(phrase: str, country: str | None, directory: Directory) -> None:
    found = answer(directory, phrase, settings=Settings(locale="C.UTF-8"))
    if country is None:
        assert found.country_source == "default"
    else:
        assert (found.country.code, found.country_source) == (country, "query")


def test_an_airport_code_is_said_as_read(directory: Directory) -> None:
    found = answer(directory, "card stolen at HND")
    assert [(n.code, dict(n.values)) for n in found.notices if n.code == "place-read"] == [
        ("place-read", {"place": "HND", "country": "JP"})
    ]


SEVERAL_PLACES = [
    # Of several places, the one said to be where you are now; never the one you came from.
    ("Trip from Dubai to Muscat by car, now in Muscat. Card blocked at the hotel.", "OM"),
    ("Flew Frankfurt to Delhi, then drove to Jaipur. Now in Jaipur and the card is gone.", "IN"),
    ("I was in Brazil in July, a charge from Sao Paulo I don't know. I'm back home in Lisbon now.", "PT"),
    ("Ich war letzte Woche in Prag, jetzt bin ich in Budapest.", "HU"),
    ("from Chicago, visiting Berlin, card stolen", "DE"),
]


@pytest.mark.parametrize(("phrase", "country"), SEVERAL_PLACES, ids=[p for p, _ in SEVERAL_PLACES])
def test_of_several_places_the_one_you_are_in_now(phrase: str, country: str, directory: Directory) -> None:
    assert answer(directory, phrase).country.code == country


def test_a_code_in_text_all_in_capitals_is_no_card_market(directory: Directory) -> None:
    found = answer(directory, "HO PERSO LA CARTA A ROMA AIUTO")
    assert found.card_market is None  # "LA CARTA" is "the card", not a card from Laos
    assert found.country.code == "IT"


ROLES = [
    # (phrase, where you are, the card's market)
    ("I'm from Toronto, card stolen in Lisbon", "PT", "CA"),
    ("card stolen in Lisbon, I'm from Toronto", "PT", "CA"),
    ("we live in Zürich, lost the card in Paris", "FR", "CH"),
    ("je viens de Montréal, carte perdue à Cancún", "MX", "CA"),
    ("vivo a Milano e ho perso la carta a Tokyo", "JP", "IT"),
    ("live in Hong Kong, lost my card in Seoul", "KR", "HK"),
    ("us amex lost in tokyo", "JP", "US"),
    ("us card fraud while in london", "GB", "US"),
    ("my card is french, lost it in Rome", "IT", "FR"),
    ("my card is a UK one, lost in Istanbul", "TR", "GB"),
    ("mieszkam w Niemczech, zgubiłem kartę w Amsterdamie", "NL", "DE"),
]


@pytest.mark.parametrize(("phrase", "where", "card"), ROLES, ids=[p for p, _, _ in ROLES])
def test_a_home_or_card_is_not_where_you_are(phrase: str, where: str, card: str, directory: Directory) -> None:
    found = answer(directory, phrase)
    assert found.country.code == where
    assert found.card_market is not None
    assert found.card_market.code == card


def test_a_home_city_alone_is_where_you_are_and_says_so(directory: Directory) -> None:
    found = answer(directory, "I'm from Toronto and lost my card")
    assert (found.country.code, found.country_source) == ("CA", "home")
    assert "location-from-home" in {n.code for n in found.notices}


def test_the_words_are_read_once_and_cut_without_reading_again() -> None:
    reading = read("My UK card, stolen in Lisbon")
    assert reading.originals == ("My", "UK", "card", "stolen", "in", "Lisbon")
    assert reading.folded == ("my", "uk", "card", "stolen", "in", "lisbon")
    assert reading.mixed
    assert not reading.shouting
    assert not reading.joined(3)  # a comma stands between "card" and "stolen"
    rest = reading.without(1, 3)
    assert rest.originals == ("My", "stolen", "in", "Lisbon")
    assert rest.folded == ("my", "stolen", "in", "lisbon")
    assert read("LOST CARD IN PARIS").shouting
    assert not read("lost card in paris").mixed


def test_an_ordinary_word_is_never_a_country_mistyped(directory: Directory) -> None:
    found = answer(directory, "meine Karte wurde gestohlen", settings=Settings(locale="de_DE.UTF-8"))
    assert (found.country.code, found.country_source) == ("DE", "locale")  # "wurde" is German, not Sweden
    assert "place-guessed" not in {n.code for n in found.notices}


def test_a_place_not_understood_is_said_and_nothing_is_assumed(directory: Directory) -> None:
    found = answer(directory, "lost card in Xyzzyville", settings=Settings(locale="de_DE.UTF-8"))
    assert (found.country.code, found.country_source) == ("ZZ", "unrecognised")
    assert [dict(n.values) for n in found.notices if n.code == "place-unrecognised"] == [
        {"place": "Xyzzyville", "country": None}
    ]
    assert "country-assumed" not in {n.code for n in found.notices}
    assert found.first is not None
    assert found.first.line.id == "worldwide"


def test_a_place_not_understood_with_a_known_card_leads_with_a_line_that_rings_from_anywhere(
    directory: Directory,
) -> None:
    found = answer(directory, "my UK card was stolen in Xyzzyville")
    assert (found.country.code, found.country_source) == ("ZZ", "unrecognised")
    assert found.card_market is not None
    assert found.card_market.code == "GB"
    assert found.first is not None
    assert found.first.line.country == "GB"  # the UK line printed for callers abroad
    assert found.first.dial.reachable

"""Places as people type them: a table of real phrases with the country each must give.

The expected countries are written from what the places are in the world, not computed with the code
under test. "ZZ" is the answer to a place the text names but that cannot be recognised (the worldwide
number); "US" with no place at all is the default country.
"""

from __future__ import annotations

import json

import pytest

from amexhelp.directory import index
from amexhelp.directory.gazetteer import Table, table
from amexhelp.directory.model import Directory
from amexhelp.lookup.answer import answer
from amexhelp.lookup.places import resolve_country
from harness import RunCli, messages, worded

US_CANADA_AUSTRALIA = [
    ("lost card in Los Angeles, CA", "US"),  # CA is California here, not Canada
    ("Chicago IL, card stolen", "US"),  # IL: Illinois, not Israel
    ("lost my card in Atlanta GA", "US"),  # GA: Georgia, not Gabon
    ("card stolen in Portland, OR", "US"),
    ("lost card in Portland, ME", "US"),
    ("Seattle, WA lost wallet", "US"),
    ("stolen card Austin TX", "US"),
    ("lost card in Miami, FL", "US"),
    ("lost card in Boston, MA", "US"),  # MA: Massachusetts, not Morocco
    ("card stolen in Denver CO", "US"),  # CO: Colorado, not Colombia
    ("lost card in New Orleans, LA", "US"),  # LA: Louisiana, not Laos
    ("lost card in Nashville, TN", "US"),  # TN: Tennessee, not Tunisia
    ("lost card in Phoenix, AZ", "US"),  # AZ: Arizona, not Azerbaijan
    ("lost card in Salt Lake City, UT", "US"),
    ("lost card in Las Vegas, NV", "US"),
    ("lost card in Honolulu, HI", "US"),
    ("lost card in Anchorage, AK", "US"),
    ("lost card in Albany, NY", "US"),
    ("lost card in Columbus, OH", "US"),
    ("lost card in Charlotte, NC", "US"),
    ("lost card in Springfield, IL", "US"),
    ("lost card in Springfield, MO", "US"),  # MO: Missouri, not Macao
    ("lost card in Kansas City, MO", "US"),
    ("lost card in Birmingham, AL", "US"),  # AL: Alabama, not Albania; Birmingham alone is England's
    ("lost card in Athens, GA", "US"),
    ("lost card in Santa Fe, NM", "US"),
    ("lost card in Richmond, VA", "US"),
    ("lost card in Cambridge, MA", "US"),
    ("lost card in Manchester, NH", "US"),
    ("lost card in Dover, DE", "US"),  # DE: Delaware, not Germany
    ("lost card in Providence RI", "US"),
    ("lost card in Hartford, CT", "US"),
    ("lost card in San Jose, CA", "US"),
    ("chicago il stolen card", "US"),
    ("lost card in Lebanon, PA", "US"),  # a town in Pennsylvania, not the country
    ("lost card in San Juan, PR", "PR"),  # Puerto Rico: answered with the US lines
    ("lost card in Toronto ON", "CA"),
    ("lost card in Vancouver, BC", "CA"),
    ("lost card in Montreal QC", "CA"),
    ("lost card in Calgary, AB", "CA"),
    ("lost card in Halifax, NS", "CA"),  # Halifax alone is in England
    ("lost card in London, ON", "CA"),
    ("lost card in Victoria, BC", "CA"),
    ("lost card in Winnipeg MB", "CA"),
    ("lost card in Regina SK", "CA"),
    ("lost card in Kingston, ON", "CA"),
    ("lost card in Perth WA", "AU"),
    ("lost card in Sydney NSW", "AU"),
    ("lost card in Melbourne VIC", "AU"),
    ("lost card in Brisbane QLD", "AU"),
    ("lost card in Adelaide SA", "AU"),  # SA: South Australia, not Saudi Arabia
    ("lost card in Darwin NT", "AU"),
    ("lost card in Hobart TAS", "AU"),
    ("lost card in Canberra ACT", "AU"),
    ("lost card in Newcastle, NSW", "AU"),
]

CAPITALS = [
    ("lost card in Tokyo", "JP"),
    ("lost card in London", "GB"),
    ("lost card in Paris", "FR"),
    ("lost card in Berlin", "DE"),
    ("lost card in Madrid", "ES"),
    ("lost card in Rome", "IT"),
    ("lost card in Lisbon", "PT"),
    ("lost card in Dublin", "IE"),
    ("lost card in Amsterdam", "NL"),
    ("lost card in Brussels", "BE"),
    ("lost card in Vienna", "AT"),
    ("lost card in Bern", "CH"),
    ("lost card in Prague", "CZ"),
    ("lost card in Warsaw", "PL"),
    ("lost card in Budapest", "HU"),
    ("lost card in Athens", "GR"),
    ("lost card in Stockholm", "SE"),
    ("lost card in Oslo", "NO"),
    ("lost card in Copenhagen", "DK"),
    ("lost card in Helsinki", "FI"),
    ("lost card in Reykjavik", "IS"),
    ("lost card in Tallinn", "EE"),
    ("lost card in Riga", "LV"),
    ("lost card in Vilnius", "LT"),
    ("lost card in Bucharest", "RO"),
    ("lost card in Sofia", "BG"),
    ("lost card in Belgrade", "RS"),
    ("lost card in Zagreb", "HR"),
    ("lost card in Ljubljana", "SI"),
    ("lost card in Bratislava", "SK"),
    ("lost card in Kyiv", "UA"),
    ("lost card in Moscow", "RU"),
    ("lost card in Ankara", "TR"),
    ("lost card in Cairo", "EG"),
    ("lost card in Nairobi", "KE"),
    ("lost card in Pretoria", "ZA"),
    ("lost card in Rabat", "MA"),
    ("lost card in Accra", "GH"),
    ("lost card in Addis Ababa", "ET"),
    ("lost card in Riyadh", "SA"),
    ("lost card in Doha", "QA"),
    ("lost card in Muscat", "OM"),
    ("lost card in Amman", "JO"),
    ("lost card in Beirut", "LB"),
    ("lost card in Tehran", "IR"),
    ("lost card in New Delhi", "IN"),
    ("lost card in Islamabad", "PK"),
    ("lost card in Dhaka", "BD"),
    ("lost card in Kathmandu", "NP"),
    ("lost card in Hanoi", "VN"),
    ("lost card in Manila", "PH"),
    ("lost card in Seoul", "KR"),
    ("lost card in Canberra", "AU"),
    ("lost card in Wellington", "NZ"),
    ("lost card in Ottawa", "CA"),
    ("lost card in Washington, D.C.", "US"),
    ("lost card in Havana", "CU"),
    ("lost card in Bogota", "CO"),
    ("lost card in Quito", "EC"),
    ("lost card in Montevideo", "UY"),
    ("lost card in Brasília", "BR"),
    ("lost card in Caracas", "VE"),
    ("lost card in La Paz", "BO"),
    ("lost card in Asunción", "PY"),
    ("lost card in Pristina", "XK"),
    ("lost card in Nicosia", "CY"),
]

# The hundred cities that receive the most international visitors (Euromonitor's ranking), and resorts.
DESTINATIONS = [
    ("lost card in Hong Kong", "HK"),
    ("lost card in Bangkok", "TH"),
    ("lost card in Macau", "MO"),
    ("lost card in Singapore", "SG"),
    ("lost card in Dubai", "AE"),
    ("lost card in New York City", "US"),
    ("lost card in New York", "US"),
    ("lost card in Kuala Lumpur", "MY"),
    ("lost card in Istanbul", "TR"),
    ("lost card in Delhi", "IN"),
    ("lost card in Antalya", "TR"),
    ("lost card in Shenzhen", "CN"),
    ("lost card in Mumbai", "IN"),
    ("lost card in Phuket", "TH"),
    ("lost card in Pattaya", "TH"),
    ("lost card in Taipei", "TW"),
    ("lost card in Mecca", "SA"),
    ("lost card in Guangzhou", "CN"),
    ("lost card in Medina", "SA"),
    ("lost card in Agra", "IN"),
    ("lost card in Miami", "US"),
    ("lost card in Osaka", "JP"),
    ("lost card in Los Angeles", "US"),
    ("lost card in Shanghai", "CN"),
    ("lost card in Ho Chi Minh City", "VN"),
    ("lost card in Denpasar", "ID"),
    ("lost card in Bali", "ID"),
    ("lost card in Barcelona", "ES"),
    ("lost card in Las Vegas", "US"),
    ("lost card in Milan", "IT"),
    ("lost card in Chennai", "IN"),
    ("lost card in Johor Bahru", "MY"),
    ("lost card in Jaipur", "IN"),
    ("lost card in Cancún", "MX"),
    ("lost card in Cancun", "MX"),
    ("lost card in Orlando", "US"),
    ("lost card in Venice", "IT"),
    ("lost card in Ha Long", "VN"),
    ("lost card in Florence", "IT"),
    ("lost card in Jerusalem", "IL"),
    ("lost card in Toronto", "CA"),
    ("lost card in Johannesburg", "ZA"),
    ("lost card in Sydney", "AU"),
    ("lost card in Munich", "DE"),
    ("lost card in Jakarta", "ID"),
    ("lost card in Beijing", "CN"),
    ("lost card in Saint Petersburg", "RU"),
    ("lost card in Dammam", "SA"),
    ("lost card in Penang", "MY"),
    ("lost card in Heraklion", "GR"),
    ("lost card in Kyoto", "JP"),
    ("lost card in Zhuhai", "CN"),
    ("lost card in Vancouver", "CA"),
    ("lost card in Chiang Mai", "TH"),
    ("lost card in San Francisco", "US"),
    ("lost card in Melbourne", "AU"),
    ("lost card in Krakow", "PL"),
    ("lost card in Marrakech", "MA"),
    ("lost card in Kolkata", "IN"),
    ("lost card in Cebu", "PH"),
    ("lost card in Auckland", "NZ"),
    ("lost card in Tel Aviv", "IL"),
    ("lost card in Guilin", "CN"),
    ("lost card in Honolulu", "US"),
    ("lost card in Hurghada", "EG"),
    ("lost card in Muğla", "TR"),
    ("lost card in Buenos Aires", "AR"),
    ("lost card in Chiba", "JP"),
    ("lost card in Frankfurt", "DE"),
    ("lost card in Lima", "PE"),
    ("lost card in Da Nang", "VN"),
    ("lost card in Batam", "ID"),
    ("lost card in Nice", "FR"),
    ("lost card in Fukuoka", "JP"),
    ("lost card in Abu Dhabi", "AE"),
    ("lost card in Jeju", "KR"),
    ("lost card in Porto", "PT"),
    ("lost card in Rhodes", "GR"),
    ("lost card in Rio de Janeiro", "BR"),
    ("lost card in Krabi", "TH"),
    ("lost card in Bangalore", "IN"),
    ("lost card in Mexico City", "MX"),
    ("lost card in Punta Cana", "DO"),
    ("lost card in São Paulo", "BR"),
    ("lost card in Zurich", "CH"),
    ("lost card in Montreal", "CA"),
    ("lost card in Chicago", "US"),
    ("lost card in Düsseldorf", "DE"),
    ("lost card in Edinburgh", "GB"),
    ("lost card in Tbilisi", "GE"),
    ("lost card in Seville", "ES"),
    ("lost card in Sharjah", "AE"),
    ("lost card in Mykonos", "GR"),
    ("lost card in Santorini", "GR"),
    ("lost card in Ibiza", "ES"),
    ("lost card in Mallorca", "ES"),
    ("lost card in Maui", "US"),
    ("lost card in Tulum", "MX"),
    ("lost card in Cabo San Lucas", "MX"),
    ("lost card in Queenstown", "NZ"),
    ("lost card in Cusco", "PE"),
    ("lost card in Zanzibar", "TZ"),
    ("lost card in Bavaria", "DE"),
    ("lost card in Tuscany", "IT"),
    ("lost card in Cologne", "DE"),
]

AMBIGUOUS = [
    ("lost card in Paris, Texas", "US"),
    ("lost card in Paris TX", "US"),
    ("lost card in Paris, France", "FR"),
    ("lost card in Santiago", "CL"),
    ("lost card in Santiago de Compostela", "ES"),
    ("lost card in Santiago de Cuba", "CU"),
    ("lost card in Portland", "US"),  # Oregon's, the most populous
    ("lost card in Portland, Maine", "US"),
    ("lost card in Portland, Jamaica", "JM"),
    ("lost card in Córdoba", "AR"),
    ("lost card in Córdoba, Spain", "ES"),
    ("lost card in Cordoba, Argentina", "AR"),
    ("lost card in Valencia", "VE"),  # Valencia, Venezuela: 1.6 million; Valencia, Spain: 0.8 million
    ("lost card in Valencia, Spain", "ES"),
    ("lost card in Birmingham", "GB"),
    ("lost card in London, Ontario", "CA"),
    ("lost card in Kingston", "JM"),
    ("lost card in Kingston, Ontario", "CA"),
    ("lost card in San José, Costa Rica", "CR"),
    ("lost card in San Jose", "US"),
    ("lost card in Athens, Georgia", "US"),
    ("lost card in Athens, Ohio", "US"),
    ("lost card in Florence, SC", "US"),
    ("lost card in Alexandria", "EG"),
    ("lost card in Alexandria, VA", "US"),
    ("lost card in Naples", "IT"),
    ("lost card in Naples, FL", "US"),
    ("lost card in Rome, GA", "US"),
    ("lost card in Moscow, Idaho", "US"),
    ("lost card in Toledo", "US"),  # Toledo, Ohio is larger than Toledo, Spain
    ("lost card in Toledo, Spain", "ES"),
    ("lost card in Hyderabad", "IN"),
    ("lost card in Tripoli", "LY"),
    ("lost card in Manchester", "GB"),
    ("lost card in Perth", "AU"),
    ("lost card in Perth, Scotland", "GB"),
    ("lost card in Jersey City", "US"),
    ("lost card in Panama City", "PA"),
    ("lost card in Georgetown, Guyana", "GY"),
]

TYPOS_AND_UNKNOWN = [
    ("lost card in Japna", "JP"),
    ("card stolen in Frnace", "FR"),
    ("card stolen in Germnay", "DE"),
    ("I'm in Itlay and lost my card", "IT"),
    ("lost my card in Spian", "ES"),
    ("lost card in Mexcio", "MX"),
    ("stolen in Austrailia", "AU"),
    ("lost card in Londn", "GB"),
    ("lost card in Tokoyo", "JP"),
    ("lost card in Portgual", "PT"),
    ("lost card in japna", "JP"),
    ("stolen in Xyzzyville", "ZZ"),
    ("lost card in Qwertyland", "ZZ"),
]

EVERYDAY_WORDS = [
    ("eating turkey in Paris, lost my card", "FR"),
    ("lost card in turkey", "TR"),
    ("Lost card in Turkey", "TR"),
    ("i broke some china and my card was stolen", "US"),
    ("jordan stole my card", "US"),
    ("card stolen while I was in chad", "TD"),
    ("a nice hotel charged me twice", "US"),
    ("reading my statement i found a wrong charge", "US"),
    ("card stolen in Reading", "GB"),
    ("great sale but my card was declined", "US"),
    ("we split the bill and I was charged twice", "US"),
    ("police report for a stolen card", "US"),
    ("orange juice charge I don't recognize", "US"),
    ("how to deal with fraud", "US"),
    ("bath towel refund", "US"),
    ("perdí la tarjeta, como hago", "US"),
    ("perdí mi tarjeta para el viaje", "US"),
    ("the guinea pig food was charged twice", "US"),
    ("a japan lacquer box was charged twice", "US"),
    ("I'm in trouble, lost my card", "US"),
    ("my card was stolen in the train", "US"),
]

OTHER_LANGUAGES = [
    ("perdí mi tarjeta en Londres", "GB"),
    ("carte volée à Londres", "GB"),
    ("Karte verloren in München", "DE"),
    ("carta rubata a Firenze", "IT"),
    ("cartão roubado em Lisboa", "PT"),
    ("東京でカードをなくした", "JP"),
    ("在巴黎丢了信用卡", "FR"),
    ("서울에서 카드를 잃어버렸어요", "KR"),
    ("فقدت بطاقتي في باريس", "FR"),
    ("मुंबई में कार्ड चोरी हो गया", "IN"),
    ("потерял карту, Москва", "RU"),
    ("perdí mi tarjeta en Nueva York", "US"),
]

TABLE = [
    *US_CANADA_AUSTRALIA,
    *CAPITALS,
    *DESTINATIONS,
    *AMBIGUOUS,
    *TYPOS_AND_UNKNOWN,
    *EVERYDAY_WORDS,
    *OTHER_LANGUAGES,
]


def test_the_table_is_as_large_as_promised() -> None:
    assert len(TABLE) >= 150
    assert len({phrase for phrase, _ in TABLE}) == len(TABLE)


@pytest.mark.parametrize(("phrase", "country"), TABLE, ids=[phrase for phrase, _ in TABLE])
def test_phrase_gives_the_country(
    phrase: str, country: str, monkeypatch: pytest.MonkeyPatch, directory: Directory
) -> None:
    monkeypatch.delenv("AMEXHELP_COUNTRY", raising=False)
    monkeypatch.delenv("AMEXHELP_FROM", raising=False)
    assert answer(directory, phrase).country.code == country


def _json(cli: RunCli, *args: str) -> dict[str, object]:
    result = cli("lookup", *args, "--json")
    assert result.code == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_an_ambiguous_place_says_which_it_read_and_that_others_exist(cli: RunCli) -> None:
    data = _json(cli, "lost card in Portland")
    assert data["country_source"] == "query"
    notices = " ".join(messages(data))
    assert "Oregon" in notices
    assert "Maine" in notices


def test_a_two_letter_code_is_said_either_way(cli: RunCli) -> None:
    as_state = " ".join(messages(_json(cli, "lost card in Los Angeles, CA")))
    assert "California" in as_state
    assert "Canada" in as_state
    as_country = " ".join(messages(_json(cli, "card stolen, I'm in JP")))
    assert "'JP'" in as_country
    assert "Japan" in as_country


def test_a_close_match_is_used_and_said(cli: RunCli) -> None:
    data = _json(cli, "lost card in Japna")
    assert data["country"] == {"code": "JP", "name": "Japan"}
    assert data["country_source"] == "guess"
    assert any("Japna" in str(notice) for notice in messages(data))


def test_an_unknown_place_is_said_and_answered_with_the_worldwide_number(cli: RunCli, directory: Directory) -> None:
    data = _json(cli, "stolen in Xyzzyville")
    assert data["country_source"] == "unrecognised"
    lines = data["lines"]
    assert [line["id"] for line in lines if line["scope"] != "elsewhere"] == [directory.fallback.id]  # type: ignore[index]
    # Then the numbers for callers abroad of each market: they work from anywhere too.
    assert all(line["callable_from_abroad"] for line in lines)  # type: ignore[index]
    assert any("Did not recognise 'Xyzzyville'" in str(notice) for notice in messages(data))


def test_an_unknown_place_with_a_caller_is_answered_for_where_the_caller_is(cli: RunCli) -> None:
    data = _json(cli, "stolen in Xyzzyville", "--from", "FR")
    assert data["country_source"] == "from"
    assert data["country"] == {"code": "FR", "name": "France"}
    assert any("Xyzzyville" in str(notice) for notice in messages(data))


def test_the_default_country_applies_only_when_no_place_is_named(cli: RunCli) -> None:
    data = _json(cli, "lost my card")
    assert data["country_source"] == "default"
    data = cli("lookup", "lost my card", "--json", env={"AMEXHELP_COUNTRY": "JP"}).json()
    assert data["country"]["code"] == "JP"
    data = cli("lookup", "lost card in Xyzzyville", "--json", env={"AMEXHELP_COUNTRY": "JP"}).json()
    assert data["country_source"] == "unrecognised"


def test_an_unquoted_query_is_the_rest_of_the_words(cli: RunCli) -> None:
    data = _json(cli, "lost", "card", "in", "Japan")
    assert data["query"] == "lost card in Japan"
    assert data["country"]["code"] == "JP"  # type: ignore[index]
    assert data["need"] == "lost-card"


@pytest.mark.parametrize("territory", ["PR", "GU", "VI", "MP", "AS"])
def test_us_territories_are_served_by_the_us_lines(territory: str, directory: Directory) -> None:
    result = answer(directory, "lost card", country_option=territory)
    assert not result.fallback
    # Its own lines are the US lines (other markets' lines for callers abroad may follow, for other cards).
    assert {entry.line.country for entry in result.entries if entry.scope != "elsewhere"} == {"US"}
    assert any("served by" in notice for notice in worded(result))


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Tokyo", "JP"), ("Bayern", "DE"), ("Bavaria", "DE"), ("Kosovo", "XK"), ("XK", "XK"), ("Nice", "FR")],
)
def test_country_option_takes_what_free_text_takes(typed: str, code: str) -> None:
    assert resolve_country(typed).code == code


def test_kosovo_is_answered_with_the_worldwide_number_not_an_error(cli: RunCli, directory: Directory) -> None:
    data = _json(cli, "--country", "Kosovo")
    assert data["country"] == {"code": "XK", "name": "Kosovo"}
    assert data["fallback"] is True
    assert directory.fallback.id in [line["id"] for line in data["lines"]]  # type: ignore[attr-defined]


def test_completion_is_case_insensitive_and_offers_names() -> None:
    from amexhelp.cli._options import complete_country as _complete_country
    from amexhelp.cli._options import complete_lang as _complete_lang

    assert "JP" in _complete_country("J")
    assert "jp" in _complete_country("j")
    assert "japan" in _complete_country("ja")
    assert "Japan" in _complete_country("Ja")
    assert "mexico" in _complete_country("mex")
    assert "ZZ" not in _complete_country("Z")  # named for answers, but not a code to type
    assert _complete_lang("Z") == ["Zh", "Zh-TW"]
    assert "en" in _complete_lang("")


def test_the_table_searches_like_a_dict() -> None:
    rows = {"a": "US", "a b": "FR", "ab": "DE", "b": "~ GB", "東京": "JP"}
    searched = Table("".join(f"{k}\t{v}\n" for k, v in sorted(rows.items())).encode())
    for name, value in rows.items():
        entry, _ = searched.find(name)
        assert entry is not None
        assert [place.token for place in entry.places] == value.replace("~ ", "").split()
        assert entry.weak == value.startswith("~")
    assert searched.find("a") == (searched.find("a")[0], True)  # "a b" follows
    assert searched.find("a", "")[1]  # "ab" follows
    assert searched.find("c") == (None, False)
    assert searched.find("")[0] is None
    assert searched.find("東") == (None, False)
    assert searched.find("東", "")[1]


def test_every_gazetteer_name_is_found() -> None:
    places = table()
    text = index.read_package_data("places.tsv").decode()
    for line in text.splitlines()[::97]:  # a sample across the whole table
        name = line.split("\t", 1)[0]
        assert places.find(name)[0] is not None, name

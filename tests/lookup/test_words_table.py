"""Reading the words: a table of phrasings as a new user and a traveller type them, each with the country
where you are, the card's market and the need, written by hand from what the words say (issue: "Read the
words right"). A change that fixes one phrasing must keep the whole table green.
"""

from __future__ import annotations

import pytest

from amexhelp.directory import index
from amexhelp.directory.loading import load_directory
from amexhelp.directory.model import Directory
from amexhelp.errors import InputError
from amexhelp.lookup.answer import Settings, answer, locale_territory
from amexhelp.lookup.places import resolve_country
from harness import RunCli

L, F, D, T, G, N = "lost-card", "fraud", "dispute", "travel", "general", None

# (text, where you are, card's market or None, need or None)
PHRASINGS = [
    # one-word countries in lower case, and with a need
    ("japan", "JP", N, N),
    ("china", "CN", N, N),
    ("turkey", "TR", N, N),
    ("jordan", "JO", N, N),
    ("chile", "CL", N, N),
    ("chad", "TD", N, N),
    ("georgia", "GE", N, N),
    ("panama", "PA", N, N),
    ("guinea", "GN", N, N),
    ("jersey", "JE", N, N),
    ("guernsey", "GG", N, N),
    ("france", "FR", N, N),
    ("germany", "DE", N, N),
    ("spain", "ES", N, N),
    ("italy", "IT", N, N),
    ("mexico", "MX", N, N),
    ("canada", "CA", N, N),
    ("brazil", "BR", N, N),
    ("india", "IN", N, N),
    ("australia", "AU", N, N),
    ("japan lost card", "JP", N, L),
    ("china stolen card", "CN", N, L),
    ("turkey card declined", "TR", "TR", F),
    ("chile lost card", "CL", N, L),
    ("jordan lost my card", "JO", N, L),
    ("lost card japan", "JP", N, L),
    ("stolen card china", "CN", N, L),
    ("lost card turkey", "TR", N, L),
    ("panama stolen card", "PA", N, L),
    ("georgia lost card", "GE", N, L),
    ("JAPAN LOST CARD", "JP", N, L),
    ("Japan", "JP", N, N),
    ("CHINA", "CN", N, N),
    ("lost card in turkey", "TR", N, L),
    ("in turkey, amex declined", "TR", N, F),
    ("stuck in china, card stolen", "CN", N, L),
    ("visiting japan, lost my card", "JP", N, L),
    ("lost my card while visiting chile", "CL", N, L),
    ("card stolen while I was in chad", "TD", N, L),
    ("in jordan and my card was stolen", "JO", N, L),
    # everyday words that are not the country
    ("turkey sandwich charge", "US", N, N),
    ("i broke some china and my card was stolen", "US", N, L),
    ("jordan stole my card", "US", N, L),
    ("a japan lacquer box was charged twice", "US", N, D),
    ("the guinea pig food was charged twice", "US", N, D),
    ("chile sauce refund", "US", N, D),
    ("eating turkey in Paris, lost my card", "FR", N, L),
    ("china was charged twice", "US", N, D),
    # own-language names alone
    ("Россия", "RU", N, N),
    ("Polska", "PL", N, N),
    ("Ελλάδα", "GR", N, N),
    ("ประเทศไทย", "TH", N, N),
    ("Nippon", "JP", N, N),
    ("Sverige", "SE", N, N),
    ("Suomi", "FI", N, N),
    ("Norge", "NO", N, N),
    ("Danmark", "DK", N, N),
    ("Česko", "CZ", N, N),
    ("Hrvatska", "HR", N, N),
    ("Україна", "UA", N, N),
    ("Éire", "IE", N, N),
    ("Nederland", "NL", N, N),
    ("Deutschland", "DE", N, N),
    ("España", "ES", N, N),
    ("Italia", "IT", N, N),
    ("Österreich", "AT", N, N),
    ("Schweiz", "CH", N, N),
    ("Suisse", "CH", N, N),
    ("Magyarország", "HU", N, N),
    ("România", "RO", N, N),
    ("Türkiye", "TR", N, N),
    ("Eesti", "EE", N, N),
    ("Latvija", "LV", N, N),
    ("Lietuva", "LT", N, N),
    ("Slovensko", "SK", N, N),
    ("Slovenija", "SI", N, N),
    ("Srbija", "RS", N, N),
    ("Србија", "RS", N, N),
    ("България", "BG", N, N),
    ("Беларусь", "BY", N, N),
    ("ישראל", "IL", N, N),
    ("مصر", "EG", N, N),
    ("المغرب", "MA", N, N),
    ("ایران", "IR", N, N),
    ("भारत", "IN", N, N),
    ("中国", "CN", N, N),
    ("日本", "JP", N, N),
    ("대한민국", "KR", N, N),
    ("Việt Nam", "VN", N, N),
    ("Brasil", "BR", N, N),
    ("México", "MX", N, N),
    ("Perú", "PE", N, N),
    ("Belgique", "BE", N, N),
    ("België", "BE", N, N),
    ("россия", "RU", N, N),
    ("polska", "PL", N, N),
    ("sverige", "SE", N, N),
    ("nederland", "NL", N, N),
    ("deutschland", "DE", N, N),
    ("éire", "IE", N, N),
    ("nippon", "JP", N, N),
    ("norge", "NO", N, N),
    # own-language names in sentences
    ("Karte gestohlen in Österreich", "AT", N, L),
    ("Polska, karta skradziona", "PL", N, L),  # Polish need words are read (answered in English)
    ("Россия украли карту", "RU", N, L),
    ("kort stulet i Sverige", "SE", N, N),
    ("Sverige kort stulet", "SE", "SE", N),
    ("Nederland pas gestolen", "NL", N, L),  # so are Dutch ones; Swedish and Danish are not
    ("Danmark kort stjålet", "DK", "DK", N),
    # one country with a card word and no place: where you are too
    ("España tarjeta robada", "ES", "ES", L),
    ("Italia carta rubata", "IT", "IT", L),
    ("日本 カード 紛失", "JP", "JP", L),
    ("Deutschland Karte gestohlen", "DE", "DE", L),
    ("my German card was stolen", "DE", "DE", L),
    ("my french card is blocked", "FR", "FR", F),
    ("Mexico card stolen", "MX", "MX", L),
    ("lost my UK Amex", "GB", "GB", L),
    ("my Canadian card was declined", "CA", "CA", F),
    ("tarjeta mexicana robada", "MX", "MX", L),
    ("carte française volée", "FR", "FR", L),
    ("my Australian Amex was stolen", "AU", "AU", L),
    ("Japanese card lost", "JP", "JP", L),
    ("card issued in Japan was stolen", "JP", "JP", L),
    ("my card is from Ireland, it was stolen", "IE", "IE", L),
    ("日本のカードをなくした", "JP", "JP", L),
    ("my US card was stolen", "US", "US", L),
    # the issuer's name is no country
    ("tarjeta american express", "US", N, N),
    ("carte american express perdue", "US", N, L),
    ("Karte american express gestohlen", "US", N, L),
    ("American Express card stolen in Madrid", "ES", N, L),
    ("lost my american express card in Rome", "IT", N, L),
    ("tarjeta american express robada en México", "MX", N, L),
    # capitals: two-letter words are no codes
    ("HELP MY AMEX WAS STOLEN IN PARIS", "FR", N, L),
    ("MY CARD IS LOST IN TOKYO", "JP", N, L),
    ("IN JAPAN, LOST MY CARD", "JP", N, L),
    ("LOST MY AMEX IN ROME", "IT", N, L),
    ("I LOST MY CARD TO A SCAM", "US", N, L),
    ("help my amex was stolen in paris", "FR", N, L),
    # both where and whose card
    ("my US card was stolen in Japan", "JP", "US", L),
    ("Australian in Japan, card stolen", "JP", "AU", L),
    ("in Japan, card stolen, it's a US card", "JP", "US", L),
    ("stolen in Spain, card is from Ireland", "ES", "IE", L),
    ("I'm British and lost my Amex in Spain", "ES", "GB", L),
    ("lost my us amex in paris", "FR", "US", L),
    ("im canadian and in cancun", "MX", "CA", N),
    ("I'm from the US, card stolen in Japan", "JP", "US", L),
    ("I'm from Australia, lost card in Tokyo", "JP", "AU", L),
    ("German tourist, card stolen in Rome", "IT", "DE", L),
    ("British traveller in Thailand, card stolen", "TH", "GB", L),
    ("I am Canadian, lost my card in London", "GB", "CA", L),
    ("we're American, card stolen in Paris", "FR", "US", L),
    ("my UK Amex was stolen in Madrid", "ES", "GB", L),
    ("my Mexican card was declined in Texas", "US", "MX", F),
    ("lost my French card in Italy", "IT", "FR", L),
    ("card stolen in Berlin, it's a Canadian card", "DE", "CA", L),
    ("in Paris with a Japanese card, stolen", "FR", "JP", L),
    ("Spanish card stolen in London", "GB", "ES", L),
    ("lost my Indian card in Dubai", "AE", "IN", L),
    ("I live in Canada and my card was stolen in Mexico", "MX", "CA", L),
    ("I'm Irish, lost my card in Boston", "US", "IE", L),
    ("soy mexicano, me robaron la tarjeta en Madrid", "ES", "MX", L),
    ("ich bin Deutscher, Karte in Rom gestohlen", "IT", "DE", L),
    ("je suis français, carte volée à Londres", "GB", "FR", L),
    ("Aussie in Bali, card stolen", "ID", "AU", L),
    ("Swiss card stolen in Paris", "FR", "CH", L),
    ("my Dutch card was stolen in Spain", "ES", "NL", L),
    ("card from Singapore stolen in Tokyo", "JP", "SG", L),
    ("card issued in Brazil, lost in Lisbon", "PT", "BR", L),
    ("my card (UK) was stolen in Italy", "IT", "GB", L),
    ("I am a US citizen in Canada and lost my card", "CA", "US", L),
    ("lost my card, i'm from the states, now in london", "GB", "US", L),
    ("my mexican amex doesnt work in the us", "US", "MX", F),  # a card that does not work: declined
    ("UK tourist, card stolen in Rome", "IT", "GB", L),
    ("card blocked, amex from india, currently in singapore", "SG", "IN", F),
    ("Japanese tourist lost card in Paris", "FR", "JP", L),
    ("lost card, I'm Japanese, in Seoul", "KR", "JP", L),
    ("i'm in germany with a us card", "DE", "US", N),
    ("we live in australia, card stolen in fiji", "FJ", "AU", L),
    ("meu cartão dos EUA foi roubado em Lisboa", "PT", "US", L),
    ("mi tarjeta del Reino Unido fue robada en Madrid", "ES", "GB", L),
    ("la mia carta del Regno Unito è stata rubata a Roma", "IT", "GB", L),
    ("la mia carta statunitense rubata a Roma", "IT", "US", L),
    ("ma carte des États-Unis volée à Paris", "FR", "US", L),
    ("tarjeta de crédito robada en Madrid", "ES", N, L),
    ("британская карта украдена во Франции", "FR", "GB", L),
    ("بطاقتي الأمريكية سرقت في باريس", "FR", "US", L),
    ("अमेरिकी कार्ड चोरी हो गया पेरिस में", "FR", "US", L),
    ("моя американская карта потеряна в Германии", "DE", "US", L),
    # Russian: a country's name in another case
    ("потерял карту в россии", "RU", N, L),
    ("украли карту в германии", "DE", N, L),
    ("потерял карту в китае", "CN", N, L),
    ("потерял карту во франции", "FR", N, L),
    # a home or nationality alone: where you are
    ("dispute a charge, I live in Canada", "CA", N, D),
    ("I'm British, lost my card", "GB", N, L),
    ("I live in Germany and my card was stolen", "DE", N, L),
    ("I'm from Japan, card lost", "JP", N, L),
    ("im canadian, card stolen", "CA", N, L),
    ("I am Australian and lost my card", "AU", N, L),
    ("soy de México, perdí mi tarjeta", "MX", N, L),
    ("ich wohne in Österreich, Karte verloren", "AT", N, L),
    ("je vis en France, carte perdue", "FR", N, L),
    # typos of country names
    ("germnay", "DE", N, N),
    ("germnay lost card", "DE", N, L),
    ("lost card in Germnay", "DE", N, L),
    ("Japna", "JP", N, N),
    ("frnace", "FR", N, N),
    ("lost card in Itlay", "IT", N, L),
    ("Spian lost card", "ES", N, L),
    ("austrailia", "AU", N, N),
    ("lost card in mexcio", "MX", N, L),
    ("portgual", "PT", N, N),
    # places and cities
    ("lost card in Paris", "FR", N, L),
    ("card stolen in Tokyo", "JP", N, L),
    ("lost card in Chicago IL", "US", N, L),
    ("stolen in Rome", "IT", N, L),
    ("lost my card in Cancun", "MX", N, L),
    ("card declined in Istanbul", "TR", N, F),
    ("lost card in Portland, Maine", "US", N, L),
    ("lost card in Kingston, Jamaica", "JM", N, L),
    ("dispute a charge from London", "GB", N, D),
    ("travel emergency in Bangkok", "TH", N, T),
    # a need alone: nothing says where
    ("lost card", "US", N, L),
    ("card stolen", "US", N, L),
    ("dispute a charge", "US", N, D),
    ("fraud", "US", N, F),
    ("I was charged twice", "US", N, D),
    ("help", "US", N, G),
]


def _read(directory: Directory, text: str, settings: Settings | None = None) -> tuple[str, str | None, str | None]:
    result = answer(directory, text, settings=settings or Settings())
    card = result.card_market.code if result.card_market else None
    return result.country.code, card, result.need.id if result.need else None


def test_the_table_is_large_enough() -> None:
    assert len(PHRASINGS) >= 200
    assert len({text for text, *_ in PHRASINGS}) == len(PHRASINGS)


@pytest.mark.parametrize(("text", "where", "card", "need"), PHRASINGS)
def test_phrasing(text: str, where: str, card: str | None, need: str | None, directory: Directory) -> None:
    assert _read(directory, text) == (where, card, need)


@pytest.fixture(scope="module")
def bundled() -> Directory:
    return load_directory(None)


@pytest.mark.exhaustive
def test_every_country_name_alone_and_in_lower_case_is_that_country(bundled: Directory) -> None:
    """Every name in the country-name tables (English, translations, own-language names, aliases), typed
    alone in lower case, resolves to its country, as a query and as --country."""
    wrong = []
    for name, code in index.names().items():
        if code not in index.country_names():
            continue
        typed = name.casefold()
        got = answer(bundled, typed, settings=Settings()).country.code
        if got != code or resolve_country(typed).code != code:
            wrong.append((typed, code, got))
    assert wrong == []
    assert len(index.names()) > 2000


NOTICES = [
    # (text, settings, the codes the answer's notices carry, in order)
    ("japan", Settings(), ["no-issuer-line", "local-cards-only"]),
    ("España tarjeta robada", Settings(), ["card-from-words", "location-from-card"]),
    ("dispute a charge, I live in Canada", Settings(), ["location-from-home", "local-cards-only"]),
    ("Australian in Japan, card stolen", Settings(), ["home-as-card"]),
    ("turkey sandwich charge", Settings(), ["word-not-country", "country-assumed"]),
    ("germnay", Settings(), ["place-guessed", "local-cards-only"]),
    ("lost card", Settings(), ["country-assumed"]),
    ("lost card", Settings(locale="de_DE.UTF-8"), ["country-assumed"]),
    ("lost card", Settings(country="FR"), ["country-assumed"]),
]


@pytest.mark.parametrize(("text", "settings", "codes"), NOTICES)
def test_every_assumption_has_a_notice_with_a_code(
    text: str, settings: Settings, codes: list[str], directory: Directory
) -> None:
    assert [notice.code for notice in answer(directory, text, settings=settings).notices] == codes


def test_notice_values_are_codes_and_the_words_as_written(directory: Directory) -> None:
    notices = answer(directory, "germnay lost card", settings=Settings()).notices
    assert dict(notices[0].values) == {"place": "germnay", "country": "DE"}
    said = answer(directory, "I'm British, lost my card", settings=Settings()).notices
    assert (said[0].code, dict(said[0].values)) == ("location-from-home", {"country": "GB", "words": "I m British"})


WHERE_WHEN_NOTHING_SAYS = [
    # (settings, where you are, basis)
    (Settings(), "US", "default"),
    (Settings(locale="de_DE.UTF-8"), "DE", "locale"),
    (Settings(locale="pt_BR"), "BR", "locale"),
    (Settings(locale="sr_RS@latin"), "RS", "locale"),
    (Settings(locale="C.UTF-8"), "US", "default"),
    (Settings(locale="POSIX"), "US", "default"),
    (Settings(locale="en"), "US", "default"),
    (Settings(country="JP", locale="de_DE.UTF-8"), "JP", "environment"),
]


@pytest.mark.parametrize(("settings", "where", "basis"), WHERE_WHEN_NOTHING_SAYS)
def test_where_you_are_when_nothing_says(settings: Settings, where: str, basis: str, directory: Directory) -> None:
    result = answer(directory, "lost card", settings=settings)
    assumed = [n for n in result.notices if n.code == "country-assumed"]
    assert (result.country.code, assumed[0].values["basis"]) == (where, basis)


def test_the_words_win_over_the_locale(directory: Directory) -> None:
    assert _read(directory, "lost card in Japan", Settings(locale="de_DE.UTF-8"))[0] == "JP"
    assert _read(directory, "my Spanish card was stolen", Settings(locale="de_DE.UTF-8"))[:2] == ("ES", "ES")


@pytest.mark.parametrize(
    ("locale", "code"),
    [("de_DE.UTF-8", "DE"), ("fr_CA", "CA"), ("zh_Hant_TW", "TW"), ("en_GB.utf8", "GB"), ("C", None), ("", None),
     (None, None), ("xx_ZZ", None), ("en_QQ", None), ("de_DEU", None)],
)  # fmt: skip
def test_locale_territory(locale: str | None, code: str | None) -> None:
    found = locale_territory(locale)
    assert (found.code if found else None) == code


STRICT = [
    # (value, the start of the error line)
    ("[red]JP[/red]", "unexpected character '[' in --country"),
    ("<b>Japan</b>", "unexpected character '<' in --country"),
    ("J\x1bP", "unexpected character '\\x1b' in --country"),
    ("lost in Japan", "unknown country for --country: 'lost in Japan'"),
    ("japan card", "unknown country for --country: 'japan card'"),
    ("germnay", "unknown country for --country: 'germnay' (did you mean Germany?)"),
    ("Qwertyland", "unknown country for --country: 'Qwertyland'"),
]


@pytest.mark.parametrize(("value", "error"), STRICT)
@pytest.mark.parametrize("option", ["--country", "--from", "--card"])
def test_options_are_strict(value: str, error: str, option: str, cli: RunCli) -> None:
    value = value.replace("\\x1b", "\x1b")
    result = cli("lookup", option, value, "--json")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"amexhelp: error: {error.replace('--country', option)}")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("value", "code"),
    [("Россия", "RU"), ("россия", "RU"), ("Nederland", "NL"), ("Éire", "IE"), ("JP", "JP"), ("jpn", "JP"),
     ("Portland, Maine", "US"), ("Chicago IL", "US"), ("東京", "JP"), ("St. John's", "CA"), ("Bayern", "DE"),
     ("Trinidad & Tobago", "TT"), ("Guinea-Bissau", "GW")],
)  # fmt: skip
def test_options_take_codes_names_in_any_language_and_places(value: str, code: str) -> None:
    assert resolve_country(value).code == code


def test_a_close_typo_is_suggested_never_taken() -> None:
    with pytest.raises(InputError) as caught:
        resolve_country("Frnace")
    assert caught.value.suggestion == "did you mean France?"


def test_every_notice_code_is_documented_in_the_json_reference() -> None:
    from pathlib import Path

    from amexhelp.lookup.notices import CODES

    readme = (Path(__file__).resolve().parents[2] / "docs" / "json.md").read_text(encoding="utf-8")
    documented = [line.split("`")[1] for line in readme.splitlines() if line.startswith("| `") and "` | " in line]
    assert [code for code in CODES if code not in documented] == []


def test_a_market_whose_only_lines_are_suspect_says_so(directory: Directory) -> None:
    from amexhelp.render._notices import word

    notices = answer(directory, country_option="AR", settings=Settings()).notices
    own = [notice for notice in notices if notice.code == "no-own-line"]
    assert dict(own[0].values) == {"country": "AR", "area": None, "suspect": "yes"}
    assert word(own[0]).startswith("Argentina has no line in the directory that can be offered (its only lines")

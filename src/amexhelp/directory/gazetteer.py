"""The gazetteer: cities, divisions and hand-kept places by folded name, read from ``data/places.tsv``;
airports by their codes (``data/airports.tsv``); countries' names in the cases sentences put them in
(``data/forms.tsv``).

The table is generated at build time (``tools.placegen``: every GeoNames city of 15,000 people or
more, pycountry's subdivisions, the hand-kept places) as one sorted line per name. It is searched in
place by bisection over its bytes, so loading it is reading a file, not parsing 75,000 entries (see the
README, Performance); it is read only when a text needs places.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

from amexhelp.directory import index
from amexhelp.directory.index import Table as _Bisected


class Place(NamedTuple):
    """One place a name can mean: ``US-OR`` (a city in Oregon), ``JP.40`` (a city in GeoNames' division
    40 of Japan), ``*DE-BY`` (the division Bayern itself) or ``GR`` (somewhere in Greece)."""

    token: str

    @property
    def country(self) -> str:
        return self.token.lstrip("*")[:2]

    @property
    def division(self) -> str | None:
        """The ISO 3166-2 division the place is in (or is), when known."""
        code = self.token.lstrip("*")
        return code if "-" in code else None

    @property
    def is_division(self) -> bool:
        return self.token.startswith("*")


class Entry(NamedTuple):
    places: tuple[Place, ...]  # best first: hand-kept, then by population
    weak: bool  # also an everyday word: counts only capitalised in mixed-case text or after a place word
    capitals: bool = False  # a short form that is also an ordinary word ("LA"): counts only typed in capitals


class Table(_Bisected):
    """The gazetteer's table: each name's places (see ``Entry``)."""

    def find(self, name: str, separator: str = " ") -> tuple[Entry | None, bool]:
        """The entry for ``name``, and whether some longer name starts with ``name + separator``."""
        value, position = self.value(name)
        entry = _entry(value.split()) if value is not None else None
        return entry, self.continues(name + separator, position)


def _entry(tokens: list[str]) -> Entry:
    mark = tokens[0] in ("~", "^")
    return Entry(tuple(Place(token) for token in tokens[mark:]), tokens[0] == "~", tokens[0] == "^")


@cache
def table() -> Table:
    return Table(index.read_package_data("places.tsv"))


@cache
def _airports() -> _Bisected:
    return _Bisected(index.read_package_data("airports.tsv"))


def airport(code: str) -> tuple[Place, str] | None:
    """The place (a city) of the airport whose IATA code this is ("hnd": Tokyo, JP), and the city's name."""
    value, _ = _airports().value(code.casefold())
    if value is None:
        return None
    token, city = value.split("\t")
    return Place(token), city


@cache
def _forms() -> _Bisected:
    return _Bisected(index.read_package_data("forms.tsv"))


def country_form(word: str) -> str | None:
    """The country a name in another case than the tables' is of ("polsce": PL, "японии": JP), if any."""
    value, _ = _forms().value(word)
    return value


def airport_words() -> frozenset[str]:
    """The folded words for an airport in the languages read ("airport", "aeropuerto", "空港")."""
    return frozenset(_companion()["airport_words"])


@cache
def _companion() -> Mapping[str, Any]:
    return index.Sections(index.read_package_data("places.json"))


def place_markers() -> dict[str, list[str]]:
    """The words that say a place stands beside them, besides the place words before it: ``after`` (a
    word after the place: "में"), ``glued_before`` and ``glued_after`` (inside text written without
    spaces: "在", "で", "에서")."""
    markers: dict[str, list[str]] = _companion()["place_markers"]
    return markers


def inflecting_languages() -> frozenset[str]:
    """The languages whose sentences put names in other cases (the forms of ``country_form``)."""
    return frozenset(_companion()["inflecting_languages"])


def official_languages() -> dict[str, list[str]]:
    """The official languages of each country (CLDR, ISO 639-1 codes): which of two places of one name a
    sentence in a language more likely means."""
    languages: dict[str, list[str]] = _companion()["official_languages"]
    return languages


def division_codes(country: str) -> frozenset[str]:
    """The division codes typed after a city ("IL", "ON", "WA") of the countries read so (US, CA, AU)."""
    codes: dict[str, list[str]] = _companion()["division_codes"]
    return frozenset(codes.get(country, ()))


def division_name(code: str) -> str | None:
    """The English name of an ISO 3166-2 division cities are filed under ("US-OR": "Oregon")."""
    names: dict[str, str] = _companion()["division_names"]
    return names.get(code)


def guess_names() -> dict[str, str]:
    """Folded names of well-known places, to their countries, for suggesting a close match to a typo."""
    names: dict[str, str] = _companion()["guess_names"]
    return names


def guess_cities() -> dict[str, str]:
    """Folded names of big cities that are not well-known places, to their countries: compared with a
    long typo that no well-known place is close to ("bordeau")."""
    names: dict[str, str] = _companion()["guess_cities"]
    return names

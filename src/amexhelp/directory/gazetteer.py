"""The gazetteer: cities, divisions and hand-kept places by folded name, read from ``data/places.tsv``;
airports by their codes (``data/airports.tsv``); countries' names in the cases sentences put them in
(``data/forms.tsv``).

The table is generated at build time (``tools.placegen``: every GeoNames city of 15,000 people or
more, pycountry's subdivisions, the hand-kept places) as one sorted line per name. It is searched in
place by bisection over its bytes, so loading it is reading a file, not parsing 75,000 entries (see the
README, Performance); it is read only when a text needs places.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

from amexhelp.directory import index


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


class Table:
    """A sorted ``name<TAB>value`` table, searched by bisection over its bytes."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def _line_at(self, start: int) -> tuple[bytes, int]:
        """The name of the line starting at ``start``, and where the next line starts."""
        data = self._data
        tab = data.find(b"\t", start)
        end = data.find(b"\n", tab)
        return data[start:tab], (len(data) if end < 0 else end + 1)

    def _seek(self, name: bytes) -> int:
        """Where the first line whose name is not less than ``name`` starts."""
        data = self._data
        low, high = 0, len(data)
        while low < high:
            newline = data.rfind(b"\n", low, (low + high) // 2)
            start = low if newline < 0 else newline + 1
            found, after = self._line_at(start)
            if found < name:
                low = after
            else:
                high = start
        return low

    def value(self, name: str) -> tuple[str | None, int]:
        """The value of ``name``'s line (None if there is none), and where the line after it starts."""
        wanted = name.encode()
        data = self._data
        position = self._seek(wanted)
        if position < len(data):
            found, after = self._line_at(position)
            if found == wanted:
                return data[position + len(found) + 1 : after].decode().rstrip("\n"), after
        return None, position

    def find(self, name: str, separator: str = " ") -> tuple[Entry | None, bool]:
        """The entry for ``name``, and whether some longer name starts with ``name + separator``."""
        value, position = self.value(name)
        entry = _entry(value.split()) if value is not None else None
        longer = (name + separator).encode()
        return entry, position < len(self._data) and self._data.startswith(longer, position)


def _entry(tokens: list[str]) -> Entry:
    mark = tokens[0] in ("~", "^")
    return Entry(tuple(Place(token) for token in tokens[mark:]), tokens[0] == "~", tokens[0] == "^")


@cache
def table() -> Table:
    return Table(index.read_package_data("places.tsv"))


@cache
def _airports() -> Table:
    return Table(index.read_package_data("airports.tsv"))


def airport(code: str) -> tuple[Place, str] | None:
    """The place (a city) of the airport whose IATA code this is ("hnd": Tokyo, JP), and the city's name."""
    value, _ = _airports().value(code.casefold())
    if value is None:
        return None
    token, city = value.split("\t")
    return Place(token), city


@cache
def _forms() -> Table:
    return Table(index.read_package_data("forms.tsv"))


def country_form(word: str) -> str | None:
    """The country a name in another case than the tables' is of ("polsce": PL, "японии": JP), if any."""
    value, _ = _forms().value(word)
    return value


def airport_words() -> frozenset[str]:
    """The folded words for an airport in the languages read ("airport", "aeropuerto", "空港")."""
    return frozenset(_companion()["airport_words"])


@cache
def _companion() -> dict[str, Any]:
    import json

    data: dict[str, Any] = json.loads(index.read_package_data("places.json"))
    return data


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

"""The precomputed lookup indexes (``data/index.json``, ``data/words.json``), loaded once per process
(the gazetteer, ``data/places.tsv``, is read by ``amexhelp.directory.gazetteer``).

Generated from pycountry, phonenumbers, aliases.json and words/*.json by ``python -m
tools.datagen``, so that resolving a country or a need word is a dict hit and never imports
pycountry or phonenumbers.
"""

from __future__ import annotations

import json
import os
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from functools import cache, cached_property
from typing import Any


def read_package_data(name: str) -> bytes:
    """A file of the package's data/ folder, through the package's own loader."""
    return read_package_file("data", name)


def read_package_file(*parts: str) -> bytes:
    """A file of the package (``"locale", "ja", …``), through the package's own loader.

    This is what importlib.resources does for a package on disk or in a zip, without importing
    importlib.resources (which imports tempfile, random and hashlib): measured on 2026-12-07 at 15.5 M
    instructions of each run (6.4 % of `import typer`; about 4.4 ms at `import typer`'s 69 ms), so
    bringing it back would take `lookup --country JP --json` 0.064 further from its budget (1.20×).
    """
    # The package's folder is this module's folder's parent; the loader of this module reads any file of
    # the package (a folder or a zip). Not the root package's own: importing it would reach the layers above.
    loader = __spec__.loader
    path = os.path.join(os.path.dirname(os.path.dirname(__file__)), *parts)
    data: bytes = loader.get_data(path)  # type: ignore[union-attr]
    return data


# Sorted ``name<TAB>value`` tables shipped as bytes and searched in place by bisection: loading one is
# reading a file, not parsing it (a dict of the 12,000 country names costs more to build than a whole
# ``--country`` lookup spends on its own work), and a lookup reads the few lines it needs.


class Table:
    """A sorted ``name<TAB>value`` table (names sorted by code point, which is UTF-8's byte order).

    A name is found by ``bisect`` over the table's bytes, keyed by the name of the line each byte is in
    (the same for every byte of a line, so the first byte whose name is not less than the one wanted
    starts its line), and each name's answer is kept: a reading asks for the same name several times
    ("japan" for the card's market, the place and the language). A hand-written bisection with the same
    steps, and no answers kept, cost 2.5 M instructions of `lookup "lost card in Japan"` more (callgrind)."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._found: dict[str, tuple[str | None, int]] = {}

    def _name_at(self, at: int) -> bytes:
        """The name of the line that byte ``at`` is in."""
        data = self._data
        start = data.rfind(b"\n", 0, at) + 1
        return data[start : data.find(b"\t", start)]

    def value(self, name: str) -> tuple[str | None, int]:
        """The value of ``name``'s line (None if there is none), and where the line after it starts."""
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = self._search(name)
        return found

    def _search(self, name: str) -> tuple[str | None, int]:
        wanted = name.encode()
        data = self._data
        position = bisect_left(range(len(data)), wanted, key=self._name_at)
        if position < len(data):
            tab = data.find(b"\t", position)
            if data[position:tab] == wanted:
                end = data.find(b"\n", tab)
                after = len(data) if end < 0 else end + 1
                return data[tab + 1 : after].decode().rstrip("\n"), after
        return None, position

    def continues(self, name: str, position: int) -> bool:
        """Whether the line at ``position`` (as ``value`` returns it) starts with ``name``: some longer
        name starts so."""
        return position < len(self._data) and self._data.startswith(name.encode(), position)

    def lines(self) -> Iterator[tuple[str, str]]:
        """Every (name, value), in order."""
        for line in self._data.decode().splitlines():
            name, _, value = line.partition("\t")
            yield name, value


class Lookup(Mapping[str, str]):
    """A table read as a mapping: a key is found by bisection; iterating parses the whole table once."""

    def __init__(self, data: bytes) -> None:
        self.table = Table(data)

    def __getitem__(self, name: str) -> str:
        value, _ = self.table.value(name)
        if value is None:
            raise KeyError(name)
        return value

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.table.value(name)[0] is not None

    def get(self, name: str, default: Any = None) -> Any:  # most names looked up are not there: no KeyError raised
        value = self.table.value(name)[0] if isinstance(name, str) else None
        return default if value is None else value

    @cached_property
    def _whole(self) -> dict[str, str]:
        return dict(self.table.lines())

    def __iter__(self) -> Iterator[str]:
        return iter(self._whole)

    def __len__(self) -> int:
        return len(self._whole)


class Sections(Mapping[str, Any]):
    """A JSON object as the build writes its tables (tools.datagen's ``_dump_lines``): every top-level field
    starts a line, the rest of a line (or the lines of a large table) indented. Each field is parsed when
    first read: a run reads a few of the fields of words.json and places.json (the names for guessing a
    typo, 18 KB and 29 KB of them, only for a word no table knows), and parsing a file whole cost every
    reading of words 7 M instructions (3 % of `import typer`) for fields it did not read."""

    def __init__(self, data: bytes) -> None:
        self._raw: dict[str, bytes] = {}
        self._parsed: dict[str, Any] = {}
        # A field starts at a line's first byte with its quoted name; the object's own "{" and "}" stand alone.
        for piece in data.split(b'\n"')[1:]:
            name, _, value = piece.partition(b'": ')
            field = name.decode() if b"\\" not in name else json.loads(b'"' + name + b'"')  # names are plain words
            self._raw[field] = value.removesuffix(b"\n}\n").removesuffix(b",")

    def __getitem__(self, name: str) -> Any:
        if name not in self._parsed:
            self._parsed[name] = json.loads(self._raw[name])
        return self._parsed[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


@cache
def load() -> Mapping[str, Any]:
    return Sections(read_package_data("index.json"))


@cache
def load_words() -> Mapping[str, Any]:
    """The index for reading words (country names in many languages, need words): only free text
    and country names need it."""
    return Sections(read_package_data("words.json"))


@cache
def load_display_names(lang: str) -> dict[str, Any]:
    """Country and language names in one language (``data/names/LANG.json``), for --lang."""
    data: dict[str, Any] = json.loads(read_package_data(f"names/{lang}.json"))
    return data


def display_languages() -> tuple[str, ...]:
    """The languages --lang can show names in, besides English (those data/names/ has a file for)."""
    return tuple(load()["display_languages"])


def country_names() -> dict[str, str]:
    """Every ISO 3166-1 alpha-2 code with its English display name."""
    names: dict[str, str] = load()["countries"]
    return names


def language_names() -> dict[str, str]:
    """Every ISO 639-1 code with its English name."""
    names: dict[str, str] = load()["languages"]
    return names


def calling_codes() -> dict[str, int]:
    """The country calling code of every country that has one (JP -> 81, CA -> 1)."""
    found: dict[str, int] = load()["calling_codes"]
    return found


def exit_prefixes() -> dict[str, str]:
    """The international prefix dialled from each region (US -> 011), where phonenumbers writes one."""
    found: dict[str, str] = load()["exit_prefixes"]
    return found


@cache
def names() -> Lookup:
    """Folded country names and aliases ("united kingdom", "uk") to alpha-2 codes (``data/names.tsv``,
    searched in place: parsing its 12,000 names was a third of what reading a query cost)."""
    return Lookup(read_package_data("names.tsv"))


@cache
def codes() -> Lookup:
    """Folded alpha-2 and alpha-3 codes to alpha-2 codes (``data/codes.tsv``, searched in place: a lookup
    reads one or two of its 500 codes)."""
    return Lookup(read_package_data("codes.tsv"))


@cache
def code_stopwords() -> frozenset[str]:
    """Upper-case words that are codes but mostly mean something else in text ("8 AM", "IT")."""
    return frozenset(load_words()["code_stopwords"])


@cache
def need_words() -> Lookup:
    """Folded words and phrases that name a need, to need ids (``data/needs.tsv``, searched in place):
    the hand-kept phrases and the inflected forms of the needs' verbs ("robaron", "gestohlen", "украли")."""
    return Lookup(read_package_data("needs.tsv"))


def subdivisions_named_like_countries() -> dict[str, str]:
    """Country names that are also subdivisions elsewhere ("georgia" -> "US"): space-separated codes."""
    found: dict[str, str] = load_words()["subdivisions_named_like_countries"]
    return found


def everyday_names() -> frozenset[str]:
    """Country names that are also everyday words ("turkey", "china"): they count only capitalised in
    mixed-case text or after a place word."""
    return frozenset(load_words()["everyday_names"])


@cache
def names_in_places() -> frozenset[str]:
    """Country names that are part of a longer place name elsewhere ("jersey" in "Jersey City")."""
    return frozenset(load_words()["names_in_places"])


@cache
def place_words() -> frozenset[str]:
    """Words after which a name is a place ("in", "at", "à", "nach"), case-folded but with their accents."""
    return frozenset(load_words()["place_words"])


@cache
def stopwords() -> frozenset[str]:
    """Folded words too common to search the FAQ by ("the", "how", "my")."""
    return frozenset(load_words()["stopwords"])


# The words of the languages read (data/language.tsv, language.json) --------------------------------------------


@cache
def load_language() -> Mapping[str, Any]:
    """The characters of one form of written Chinese only (``data/language.json``): only Chinese text
    needs them."""
    return Sections(read_package_data("language.json"))


@cache
def _languages() -> Table:
    """Each word of the languages read, with the languages it is a word of in code order (none for an
    ordinary word of no one language): ``data/language.tsv``, searched in place. Parsing the languages'
    143 KB of words, and searching them all for each word, was 4 M instructions of every reading of words."""
    return Table(read_package_data("language.tsv"))


def languages_of(word: str) -> tuple[str, ...]:
    """The languages a folded word is a word of (function, everyday or need word), in code order."""
    languages, _ = _languages().value(word) if word and " " not in word else (None, 0)
    return tuple(languages.split()) if languages else ()


def is_ordinary(word: str) -> bool:
    """Whether a folded word is a word of a language the tool reads: a function word (stopwords-iso),
    an everyday or need word of tools/data/words/ or an inflected form of one, a card word, a place
    word. Such a word is never a mistyped place ("wurde" is German, not a slip for a country's name)."""
    return bool(word) and " " not in word and _languages().value(word)[0] is not None


def need_objects() -> dict[str, str]:
    """Folded words for things that say the need more than a verb beside them does ("passport",
    "luggage": travel; "points": rewards), to need ids: "my passport was stolen" is travel."""
    found: dict[str, str] = load_words()["need_objects"]
    return found

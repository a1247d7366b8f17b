"""The precomputed lookup indexes (``data/index.json``, ``data/words.json``), loaded once per process
(the gazetteer, ``data/places.tsv``, is read by ``amexhelp.directory.gazetteer``).

Generated from pycountry, phonenumbers, aliases.json and words/*.json by ``python -m
tools.datagen``, so that resolving a country or a need word is a dict hit and never imports
pycountry or phonenumbers.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from amexhelp.directory.table import Lookup


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
            self._raw[json.loads(b'"' + name + b'"')] = value.removesuffix(b"\n}\n").removesuffix(b",")

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
    from amexhelp.directory.table import Lookup

    return Lookup(read_package_data("names.tsv"))


@cache
def codes() -> Lookup:
    """Folded alpha-2 and alpha-3 codes to alpha-2 codes (``data/codes.tsv``, searched in place: a lookup
    reads one or two of its 500 codes)."""
    from amexhelp.directory.table import Lookup

    return Lookup(read_package_data("codes.tsv"))


@cache
def code_stopwords() -> frozenset[str]:
    """Upper-case words that are codes but mostly mean something else in text ("8 AM", "IT")."""
    return frozenset(load_words()["code_stopwords"])


@cache
def need_words() -> Lookup:
    """Folded words and phrases that name a need, to need ids (``data/needs.tsv``, searched in place):
    the hand-kept phrases and the inflected forms of the needs' verbs ("robaron", "gestohlen", "украли")."""
    from amexhelp.directory.table import Lookup

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


# The words of the languages read (data/language.json) --------------------------------------------


@cache
def load_language() -> dict[str, Any]:
    """The words of each language read, and the characters of one form of written Chinese only
    (``data/language.json``): only free text needs them."""
    data: dict[str, Any] = json.loads(read_package_data("language.json"))
    return data


@cache
def _spaced() -> tuple[dict[str, str], str]:
    """Each language's words, and the ordinary words of no one language, each between spaces."""
    data = load_language()
    return {lang: f" {words} " for lang, words in data["words"].items()}, f" {data['ordinary']} "


def languages_of(word: str) -> tuple[str, ...]:
    """The languages a folded word is a word of (function, everyday or need word), in code order."""
    spaced, _ = _spaced()
    wanted = f" {word} "
    return tuple(lang for lang, words in spaced.items() if wanted in words) if " " not in word else ()


def is_ordinary(word: str) -> bool:
    """Whether a folded word is a word of a language the tool reads: a function word (stopwords-iso),
    an everyday or need word of tools/data/words/ or an inflected form of one, a card word, a place
    word. Such a word is never a mistyped place ("wurde" is German, not a slip for a country's name)."""
    spaced, ordinary = _spaced()
    wanted = f" {word} "
    return bool(word) and " " not in word and (wanted in ordinary or any(wanted in words for words in spaced.values()))


def need_objects() -> dict[str, str]:
    """Folded words for things that say the need more than a verb beside them does ("passport",
    "luggage": travel; "points": rewards), to need ids: "my passport was stolen" is travel."""
    found: dict[str, str] = load_words()["need_objects"]
    return found

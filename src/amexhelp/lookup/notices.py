"""What an answer wants the reader to know beside the numbers, as data: a code and its values.

The core says *what* happened (``Notice("place-guessed", place="Japna", country="JP")``); only the
renderers turn a notice into a sentence (``amexhelp.render._notices``), in the reader's language, and
JSON carries the code and the values as they are, so that a script never has to match prose.
Country values are ISO 3166-1 alpha-2 codes; ``place``, ``words`` and ``code`` values are the text as
the user wrote it. The codes are documented in the README (JSON shape) and pinned by tests.
"""

from __future__ import annotations

from collections.abc import Mapping

# Every code a notice can have, in the order a reader meets them.
CODES = (
    # country, product[, need]: no issuer page in the directory prints a line for this need and card of that
    # market: the number on the card, the statement or the issuer's app comes first, then the best-graded lines
    "no-issuer-line",
    "data-override",  # path: the directory file in use is not the bundled one
    "option-clash",  # option, words, chosen: an option and the words disagree; the option wins
    "card-from-words",  # card: the words name the card's market
    "home-as-card",  # home: a home or nationality, with another place named, taken as the card's market
    "place-read",  # place, country: a place name read as being in that country
    "place-ambiguous",  # place, country, others: several places have that name; the first was taken
    "code-read",  # code, country[, division][, not_country]: letters read as a country's or a division's code
    "place-guessed",  # place, country: an unknown place read as its closest name
    "place-unrecognised",  # place[, country]: a place not recognised; answered for country, or from anywhere
    "word-not-country",  # word, country: a country's name read as an everyday word ("turkey sandwich")
    "location-from-card",  # country: no place named, so you are taken to be where the card is from
    "location-from-home",  # country: a home or nationality, with no place named, taken as where you are
    "country-assumed",  # country, basis: nothing said where you are ("environment", "locale", "default")
    "served-by",  # country, market: a place served by another market's lines
    "product-not-listed",  # product, country: no line for that product; the general lines are shown
    "card-lines-unreachable",  # card, caller: none of the card market's lines rings from where you call
    "no-travel-line",  # card, caller: no travel-assistance line for the card's market from there
    "lines-unreachable",  # country, caller: none of the market's lines rings from where you call
    "no-own-line",  # country, area, suspect: no line of its own to offer (a regional one shown; only suspect ones)
    "nothing-reachable",  # caller: no line in the answer rings from where you call
    "card-unknown",  # no market given for the card: say which for its own line
    "local-cards-only",  # country: these lines are for cards issued there; say --card otherwise
)
_KNOWN = frozenset(CODES)


class Notice:
    """One notice: a code from CODES and its values (strings, or None where a value does not apply)."""

    __slots__ = ("code", "values")

    def __init__(self, code: str, /, **values: str | None) -> None:
        if code not in _KNOWN:
            raise ValueError(f"unknown notice code {code!r}")
        self.code = code
        self.values: Mapping[str, str | None] = values

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Notice) and (self.code, dict(self.values)) == (other.code, dict(other.values))

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.values.items(), key=lambda item: item[0]))))

    def __repr__(self) -> str:
        values = ", ".join(f"{k}={v!r}" for k, v in self.values.items())
        return f"Notice({self.code!r}{', ' if values else ''}{values})"


# Notices that say the place was not understood (guessed, or not recognised): `lookup --brief` exits 1 on them.
NOT_UNDERSTOOD = frozenset({"place-guessed", "place-unrecognised"})

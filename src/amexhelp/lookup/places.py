"""Country resolution for options: codes, names, aliases and places to ISO 3166-1 alpha-2."""

from __future__ import annotations

from typing import NamedTuple

from amexhelp.directory import index
from amexhelp.errors import InputError
from amexhelp.sanitize import bounded

# CLDR's code for an unknown region: where an answer is for when the place a query names was not
# recognised (named in the index, never read as a code).
UNKNOWN_REGION = "ZZ"


# The functional form: a class's annotations are strings here, and NamedTuple compiles each one.
Country = NamedTuple("Country", [("code", str), ("name", str)])  # noqa: UP014 (the reason above)


def country(code: str) -> Country:
    return Country(code, index.country_names()[code])


# Characters no country, place or code is written with: markup ("[red]JP[/red]", "<b>") and the
# like. A value holding one is refused, not cleaned up; so is one with a control or format character.
_NOT_IN_NAMES = frozenset('[]{}<>\\|/*=#$%^~`@!?;"+_')


def resolve_country(text: str, *, option: str = "--country") -> Country:
    """A country from what a user typed for an option: a code, a name in any language the tool reads,
    an alias or a place (Tokyo, Bayern, "Portland, Maine"), in any case, and nothing else: a value
    that only contains a country ("[red]JP[/red]") or is close to one ("Germnay") is refused, with
    the closest names as a suggestion, never taken."""
    bounded(text, option)
    # Codes first, without folding: "JP" is most of what is typed, and the folding import can wait.
    code = index.codes().get(text.strip().casefold())
    if code is not None:
        return country(code)
    _refuse_odd_characters(text, option)
    from amexhelp.directory.folding import key

    folded = key(text)
    code = index.codes().get(folded) or index.names().get(folded) or _place(text, folded)
    if code is None:
        raise InputError("unknown-country", option=option, value=text, close=_close(folded), blank=not folded)
    return country(code)


def _refuse_odd_characters(text: str, option: str) -> None:
    import unicodedata

    for ch in text:
        if ch in _NOT_IN_NAMES or unicodedata.category(ch).startswith("C"):
            raise InputError("odd-character", option=option, value=text, char=ch)


def _place(text: str, folded: str) -> str | None:
    """The country of a place, read as free text is, when the place is the whole value; a name that
    is also an everyday word ("Nice") is a place here, since it was given as one."""
    if not folded:
        return None
    from amexhelp.directory.folding import tokens
    from amexhelp.directory.gazetteer import table
    from amexhelp.lookup._query import parse

    parsed = parse(text, ())
    if parsed.country is not None and parsed.span == (0, len(tokens(text))):
        return parsed.country
    entry, _ = table().find(folded)
    return entry.places[0].country if entry is not None else None


def _close(folded: str) -> tuple[str, ...]:
    """The codes of up to three countries whose names are close to what was typed, closest first."""
    import difflib

    if not folded:
        return ()
    names = index.names()
    close: list[str] = []
    for name in difflib.get_close_matches(folded, list(names), n=6, cutoff=0.75):
        if names[name] not in close:
            close.append(names[name])
    return tuple(close[:3])

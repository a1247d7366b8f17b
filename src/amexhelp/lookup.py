"""Answering a lookup: which lines to call, best first, for a country and a need."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, NamedTuple

from amexhelp import index
from amexhelp.errors import InputError
from amexhelp.model import Directory, Line, Need
from amexhelp.places import Country, country, resolve_country
from amexhelp.sanitize import bounded, shorten

if TYPE_CHECKING:
    from amexhelp.dialing import Dial
    from amexhelp.query import ParsedQuery

COUNTRY_ENV = "AMEXHELP_COUNTRY"
FROM_ENV = "AMEXHELP_FROM"
DEFAULT_COUNTRY = "US"
# Lines that take documents, not calls, are never offered as a number to call.
NOT_CALLABLE = frozenset({"fax"})


class Answer(NamedTuple):
    query: str | None
    country: Country
    country_source: str  # "option", "query", "guess", "from", "unrecognised", "environment" or "default"
    need: Need | None
    fallback: bool
    lines: tuple[Line, ...]
    advice: tuple[str, ...]
    notices: tuple[str, ...]
    caller: Country | None = None  # where the caller is (--from), when given
    dials: tuple[Dial, ...] | None = None  # one per line, when the caller is known


def resolve_need(directory: Directory, text: str) -> Need:
    wanted = bounded(text, "--need").strip().casefold()
    for need in directory.needs:
        if need.id == wanted:
            return need
    import difflib

    close = difflib.get_close_matches(wanted, directory.need_ids, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]}?" if close else f"one of: {', '.join(directory.need_ids)}"
    raise InputError(f"unknown need for --need: {shorten(text)}", suggestion=hint)


def resolve_caller(from_option: str | None) -> Country | None:
    """Where the caller is: --from, else AMEXHELP_FROM, else unknown."""
    if from_option is not None:
        return resolve_country(from_option, option="--from")
    if os.environ.get(FROM_ENV):
        return resolve_country(os.environ[FROM_ENV], option=FROM_ENV)
    return None


def answer(
    directory: Directory,
    query: str | None = None,
    *,
    country_option: str | None = None,
    need_option: str | None = None,
    from_option: str | None = None,
) -> Answer:
    """Resolve what was asked (options win over the query's words) and choose the lines.

    The country answered for is, in order: --country, a country or place in the query, a close match
    to a place the query names but that is unknown, where the caller is (--from or AMEXHELP_FROM); then,
    if the query names a place that is unknown, none (the worldwide number), else AMEXHELP_COUNTRY and
    the United States.
    """
    parsed = None
    if query:
        from amexhelp.query import parse  # only free text needs the parser and its word index

        parsed = parse(query, directory.need_ids)
    notices: list[str] = []
    caller = resolve_caller(from_option)
    if not directory.origin.bundled:
        notices.append(f"Using directory data from {directory.origin.path}, not the bundled directory.")
    if country_option is not None:
        where, source = resolve_country(country_option), "option"
    elif parsed is not None and parsed.country is not None:
        where, source = country(parsed.country), "query"
        said = f"Read {parsed.place!r} " if parsed.place is not None else None
        if said is not None and not any(notice.startswith(said) for notice in parsed.notices):
            notices.append(f"{said}as a place in {where.name}.")
        notices.extend(parsed.notices)  # which of several places, or how a code was read
    elif parsed is not None and (found := _unknown_place(parsed, caller, notices)) is not None:
        where, source = found
    elif caller is not None:
        where, source = caller, "from"
    elif os.environ.get(COUNTRY_ENV):
        where, source = resolve_country(os.environ[COUNTRY_ENV], option=COUNTRY_ENV), "environment"
        notices.append(f"No country given: assumed {where.name} from {COUNTRY_ENV}.")
    else:
        where, source = country(DEFAULT_COUNTRY), "default"
        notices.append(f"No country given: assumed {where.name} (use --country, or set {COUNTRY_ENV}).")

    if need_option is not None:
        need: Need | None = resolve_need(directory, need_option)
    elif parsed is not None and parsed.need is not None:
        need = directory.need(parsed.need)
    else:
        need = None

    lines, fallback = choose_lines(directory, where.code, need)
    if fallback and source != "unrecognised":
        areas = [area.name for area in directory.areas_of(where.code)]
        notices.append(
            f"{where.name} has no line of its own in the directory: "
            + (f"the {' and '.join(areas)} line comes first, then " if areas and lines[0] != directory.fallback else "")
            + "the worldwide fallback number for countries not listed; international calling charges may apply."
        )
    if where.code in index.served_by() and not fallback:
        served = country(index.served_by()[where.code])
        notices.append(f"{where.name} is served by the lines for {served.name} ({served.code}).")
    dials = None
    if caller is not None:
        from amexhelp.dialing import for_caller

        lines, dials, added = for_caller(lines, caller.code, directory.fallback)
        if added:
            notices.append(
                f"None of {where.name}'s lines can be dialled from {caller.name}: the worldwide number comes first;"
                " international calling charges may apply."
            )
    advice = need.advice if need is not None else directory.safety
    return Answer(query, where, source, need, fallback, lines, advice, tuple(notices), caller, dials)


def choose_lines(directory: Directory, country_code: str, need: Need | None) -> tuple[tuple[Line, ...], bool]:
    """The lines to call, best first, and whether they are the fallback for a country not listed.

    A need's services are tried in its order (a lost card: the fraud line, then the general line);
    a country with no line for any of them gets its general lines; a territory served by another
    country's lines (Puerto Rico by the United States') gets those; a country not in the directory gets
    any line for an area it belongs to (the Europe line), then the worldwide number.
    """
    own = [line for line in directory.lines_for_country(country_code) if line.service not in NOT_CALLABLE]
    if not own and country_code in index.served_by():  # a US territory: the US lines serve it
        served = directory.lines_for_country(index.served_by()[country_code])
        own = [line for line in served if line.service not in NOT_CALLABLE]
    if not own:
        # A line for an area the country is in (the Europe line) before the worldwide number.
        area_lines = [line for area in directory.areas_of(country_code) for line in directory.lines_for_area(area.id)]
        return _distinct([*area_lines, directory.fallback]), True
    if need is None:
        return _distinct(own), False
    rank = {service: i for i, service in enumerate(need.services)}
    chosen = sorted((line for line in own if line.service in rank), key=lambda line: rank[line.service])
    if not chosen:
        chosen = [line for line in own if line.service == "general"] or own
    return _distinct(chosen), False


def _distinct(lines: list[Line]) -> tuple[Line, ...]:
    """Drop a line whose number is already offered (the US premium line is the general number)."""
    seen: set[str] = set()
    kept = []
    for line in lines:
        if line.e164 not in seen:
            seen.add(line.e164)
            kept.append(line)
    return tuple(kept)


# A place the query names but that is not known ----------------------------------------------------

# Where an answer is for when the query names a place that could not be recognised (CLDR's code for
# an unknown region, named in the index but not read as a code): only the numbers that work from anywhere.
UNRECOGNISED = "ZZ"


def _unknown_place(parsed: ParsedQuery, caller: Country | None, notices: list[str]) -> tuple[Country, str] | None:
    """Where to answer for when the query names a place that is not known: its close match ("Japna":
    Japan), else where the caller is, else nowhere (the worldwide number). None when it names none."""
    if parsed.unknown_place is None:
        return None
    if parsed.guess is not None:
        where = country(parsed.guess)
        notices.append(
            f"Did not recognise {parsed.unknown_place!r}: read it as {where.name}, the closest name;"
            " name the country (--country) if that is wrong."
        )
        return where, "guess"
    if caller is not None:
        notices.append(
            f"Did not recognise {parsed.unknown_place!r} as a place: answered for {caller.name},"
            " where you are calling from."
        )
        return caller, "from"
    notices.append(
        f"Did not recognise {parsed.unknown_place!r} as a place: these are the numbers that work from anywhere;"
        " name the country (--country) for its own lines."
    )
    return country(UNRECOGNISED), "unrecognised"

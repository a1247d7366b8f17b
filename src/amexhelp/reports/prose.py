"""Phone numbers inside text from a source (FAQ answers, channel texts, advice), each matched to the
directory with its standing. phonenumbers is imported only here, and only when text is read."""

from __future__ import annotations

from typing import NamedTuple

from amexhelp.directory.model import SUSPECT, Channel, Directory, Line

UNLISTED = "unlisted"
# Where a number without + in a text that names no market is read as dialled: the guide's market.
DEFAULT_MARKET = "US"
# Best first: the line a number stands for when several lines share it.
_RANK = {"confirmed": 0, "corroborated": 1, "guide-only": 2, "disputed": 3, "unsourced": 4, SUSPECT: 5}
# Standings that send the reader to a confirmed number instead.
DOUBTFUL = frozenset({"disputed", "unsourced", SUSPECT, UNLISTED})
# Purposes too broad to offer another number for (a fax is not a line to call).
_NOT_COMPARED = frozenset({"fax"})


class ProseNumber(NamedTuple):
    text: str  # as written in the text
    start: int  # where in the text
    e164: str
    status: str  # the status of the directory line with this number, or "unlisted"
    lines: tuple[str, ...]  # ids of the directory lines with this number, best status first
    instead: tuple[str, ...]  # for a doubtful number: the E.164 of confirmed numbers for the same purpose


def numbers_in(text: str, region: str, directory: Directory) -> tuple[ProseNumber, ...]:
    """Every phone number in ``text`` (read as written in ``region`` when it has no +), in order."""
    import phonenumbers

    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, region):
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        lines = sorted(directory.lines_with_number(e164), key=lambda line: _RANK.get(line.status, 2))
        status = lines[0].status if lines else UNLISTED
        instead = _instead(lines, region, directory) if status in DOUBTFUL else ()
        raw = match.raw_string
        if raw.startswith("(") and ")" not in raw:  # the matcher keeps an opening bracket of the text
            raw = raw[1:]
        found.append(ProseNumber(raw, match.start, e164, status, tuple(x.id for x in lines), instead))
    return tuple(found)


def channel_numbers(channel: Channel, directory: Directory) -> tuple[ProseNumber, ...]:
    """The numbers in a channel's description and details, read as written in the guide's market."""
    texts = [channel.description, *channel.details.values()]
    first: dict[str, ProseNumber] = {}  # a number both described and in the details counts once
    for text in texts:
        for number in numbers_in(text, DEFAULT_MARKET, directory):
            first.setdefault(number.e164, number)
    return tuple(first.values())


def confirmed_lines(directory: Directory, market: str, services: set[str]) -> tuple[Line, ...]:
    """A market's confirmed lines for personal cards and callers at home that serve one of ``services``
    (any purpose when it is empty), in data order."""
    lines = directory.lines_for_country(directory.market_for(market))
    return tuple(
        line
        for line in lines
        if line.status == "confirmed"
        and (not line.products or "personal" in line.products)
        and not line.from_abroad
        and (not services or set(line.services) & services)
    )


def _market(lines: list[Line], region: str) -> str:
    """The card market the numbers are for: the first line's, or the region's when it has none."""
    return lines[0].country if lines and lines[0].country else region


def _instead(lines: list[Line], region: str, directory: Directory) -> tuple[str, ...]:
    disputed_by = tuple(dict.fromkeys(number for line in lines for number in line.disputed_by))
    if disputed_by:
        return disputed_by
    services = {service for line in lines for service in line.services} - _NOT_COMPARED
    if lines and not services:
        return ()
    confirmed = confirmed_lines(directory, _market(lines, region), services or {"general"})
    return tuple(dict.fromkeys(line.e164 for line in confirmed if line.e164 is not None))

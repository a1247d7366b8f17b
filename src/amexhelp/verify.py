"""Is this number really American Express? Matching any written form of a number to the directory."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

import phonenumbers

from amexhelp.errors import InputError
from amexhelp.model import Directory, Line
from amexhelp.sanitize import bounded, shorten

# International call prefixes people copy along with a number: 00 (most of the world), 011 (North America).
_EXIT_PREFIXES = ("011", "00")


class Verdict(NamedTuple):
    input: str
    e164: str | None  # the number as read (the first reading, when it can be read several ways)
    readings: tuple[str, ...]  # every E.164 reading that was tried and is a valid number
    matches: tuple[Line, ...]

    @property
    def international(self) -> str | None:
        """The number as read, in international format for reading."""
        if self.e164 is None:
            return None
        number = phonenumbers.parse(self.e164)
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    @property
    def official(self) -> bool:
        return bool(self.matches)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def normalise(text: str) -> str:
    """A number as typed or pasted, reduced to what phonenumbers reads: full-width digits folded,
    a tel: prefix and URI parameters dropped, separators kept (phonenumbers ignores them)."""
    value = unicodedata.normalize("NFKC", text).strip()
    if value.casefold().startswith("tel:"):
        value = value[4:].split(";", 1)[0]
    return value


def verify(directory: Directory, text: str, caller: str | None = None) -> Verdict:
    """Which directory lines, if any, a written number is. ``caller`` is the region a number
    without a country prefix is read in; without it, every country of the directory is tried.

    Raises InputError when the text is not a phone number at all.
    """
    value = normalise(bounded(text, "phone number"))
    digits = _digits(value)
    not_a_number = InputError(f"not a phone number: {shorten(text)}", suggestion="give digits, e.g. +1 800 528 4800")
    if len(digits) < 3:
        raise not_a_number

    readings: list[str] = []  # valid numbers, in the order the readings were tried
    unchecked: str | None = None  # the first reading phonenumbers parsed, valid or not
    for candidate, region in _candidates(value, digits, caller, directory):
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        unchecked = unchecked or e164
        if phonenumbers.is_valid_number(number) and e164 not in readings:
            readings.append(e164)

    matches: list[Line] = []
    for e164 in readings:
        matches.extend(line for line in directory.lines_with_number(e164) if line not in matches)
    # The forms the source itself prints, outdated ones included (Mexico's 01-800-...), where they are dialled.
    matches.extend(
        line
        for line in directory.lines
        if _digits(line.display) == digits
        and line not in matches
        and (caller is None or caller in (line.country, line.number_region))
    )
    if not matches and unchecked is None:
        raise not_a_number
    first = matches[0].e164 if matches else (readings[0] if readings else unchecked)
    return Verdict(text, first, tuple(readings), tuple(matches))


def _candidates(value: str, digits: str, caller: str | None, directory: Directory) -> list[tuple[str, str | None]]:
    """The ways to read a number: as international, with an exit prefix turned into +, and as
    national in the caller's region or in every region the directory serves or dials."""
    if value.startswith("+"):
        return [(value, None)]
    found: list[tuple[str, str | None]] = []
    for prefix in _EXIT_PREFIXES:
        if digits.startswith(prefix):
            found.append(("+" + digits[len(prefix) :], None))
            break
    if caller is not None:
        regions = [caller]
    else:
        regions = list(dict.fromkeys([*directory.countries, *(line.number_region for line in directory.lines)]))
    found.extend((value, region) for region in regions)
    return found

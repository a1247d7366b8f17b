"""The readings of a number: each way its digits can be dialled (as written with +, after an
international prefix, as a national number somewhere, or in a form the directory's source prints),
and what the number is read that way: valid or in a fictional range, its type and region, the
directory's lines with it. Or, when a reading is none, why (one of errors.REASONS)."""

from __future__ import annotations

from typing import NamedTuple

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from amexhelp.directory.evidence import fictional
from amexhelp.directory.model import Line
from amexhelp.verify._fastpath import fast_international, number_facts
from amexhelp.verify._written import ascii_digits

# How a reading came about.
INTERNATIONAL = "international"  # written with +: the same number from anywhere
PREFIX = "prefix"  # after an international prefix (00, 011…) dialled in ``regions``
NATIONAL = "national"  # a national form, dialled inside ``regions``
PRINTED = "printed"  # a form the directory's source prints, dialled where its line serves

TYPE_NAMES = {v: k for k, v in vars(PhoneNumberType).items() if isinstance(v, int)}
_E164 = phonenumbers.PhoneNumberFormat.E164


class Reading(NamedTuple):
    """One way to read the written number, and what it is read that way."""

    e164: str | None  # None only for a listed number with no international form (Korea's 00798)
    how: str  # INTERNATIONAL, PREFIX, NATIONAL or PRINTED
    regions: tuple[str, ...]  # where dialling the digits reaches this number; () when written with +
    valid: bool  # a number phonenumbers knows to exist (a fictional-range reading may not be)
    number_type: str  # phonenumbers' type name, e.g. TOLL_FREE
    number_region: str  # the number's own region
    lines: tuple[Line, ...] = ()  # the directory's lines with this number
    international: str | None = None  # in international format, for reading

    @property
    def listed(self) -> bool:
        return bool(self.lines)


def international(reading: Reading) -> str | None:
    """A reading in international format for reading (spaces where the numbering plan puts them)."""
    if reading.international is not None:
        return reading.international
    return _format(phonenumbers.parse(reading.e164)) if reading.e164 is not None else None


def parse(value: str, digits: str, region: str | None) -> tuple[phonenumbers.PhoneNumber, str] | str:
    """The number ``value`` is when dialled in ``region``, and its E.164 form; or why it is none."""
    fast = fast_international(value, digits) if region is None else None
    if fast is not None:  # read as written: country code and national number, no prefix
        return fast, "+" + digits
    try:
        number = phonenumbers.parse(value, region, keep_raw_input=True)
    except NumberParseException as error:
        return _PARSE_FAILURES.get(error.error_type, "not-a-number")
    return number, phonenumbers.format_number(number, _E164)


def how_read(number: phonenumbers.PhoneNumber, region: str | None) -> str:
    """How a parsed number was read: as written with +, after an international prefix, or national."""
    if region is None:
        return INTERNATIONAL
    source = number.country_code_source
    return _HOW.get(source, NATIONAL) if source is not None else NATIONAL


def unlisted_reading(number: phonenumbers.PhoneNumber, e164: str, how: str, where: tuple[str, ...]) -> Reading | str:
    """A number the directory does not list, as a reading if it is one (valid, or in a fictional
    range); else why it is none."""
    kind, own = number_facts(number)
    if kind != PhoneNumberType.UNKNOWN:
        return Reading(e164, how, where, True, TYPE_NAMES[kind], own, (), _format(number))
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible == phonenumbers.ValidationResult.IS_POSSIBLE and fictional(e164):
        return Reading(e164, how, where, False, "UNKNOWN", "", (), _format(number))
    return _LENGTH_FAILURES.get(possible, "not-valid")


def length_failure(number: phonenumbers.PhoneNumber) -> str:
    """Why a number is none: too short, too long, or not valid."""
    return _LENGTH_FAILURES.get(phonenumbers.is_possible_number_with_reason(number), "not-valid")


def listed_reading(e164: str | None, how: str, regions: tuple[str, ...], lines: tuple[Line, ...]) -> Reading:
    first = lines[0]
    return Reading(
        e164, how, regions, True, first.number_type or "", first.number_region or (first.country or ""), lines,
        first.international or None,
    )  # fmt: skip


def merge(found: dict[str, Reading], reading: Reading, key: str | None = None) -> None:
    """``reading`` added to ``found`` (by E.164), its regions joined to a reading of the same number."""
    key = key or reading.e164 or ""
    known = found.get(key)
    if known is None:
        found[key] = reading
    elif reading.regions:
        regions = tuple(dict.fromkeys((*known.regions, *reading.regions)))
        found[key] = known._replace(regions=regions)


def why_none(failures: list[str], caller: str | None, several: bool) -> str:
    """Why no reading was found (one of errors.REASONS), from each group's failure (``caller``: the
    region a national form was read in, if one was given)."""
    if failures and all(why == "too-short" for why in failures):
        return "too-short"
    if failures and all(why == "too-long" for why in failures):
        return "too-long"
    if caller is not None:
        return "not-valid-there"
    return "no-valid-reading" if several else "not-valid"


def dialled_there(number: phonenumbers.PhoneNumber, digits: str, region: str | None) -> bool:
    """Whether someone in ``region`` dials these digits, trunk prefix and all, for this number.

    phonenumbers forgives a missing trunk prefix ("20 7264 1777" is London to it); a person in the UK
    dialling those digits reaches nothing of the kind. When the region is not known, only readings
    written the way they are dialled there count (900 814 500 in Spain, not in Ireland, where it
    would be 0900…).
    """
    national = ascii_digits(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    if digits == national:
        return True
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region or "")
    prefix = metadata.national_prefix if metadata is not None else None
    return bool(prefix) and digits == f"{prefix}{national}"


def _format(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


_PARSE_FAILURES = {
    NumberParseException.TOO_SHORT_NSN: "too-short",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too-short",
    NumberParseException.TOO_LONG: "too-long",
}
_LENGTH_FAILURES = {
    phonenumbers.ValidationResult.TOO_SHORT: "too-short",
    phonenumbers.ValidationResult.TOO_LONG: "too-long",
}
_HOW = {
    phonenumbers.CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN: INTERNATIONAL,
    phonenumbers.CountryCodeSource.FROM_NUMBER_WITH_IDD: PREFIX,
}

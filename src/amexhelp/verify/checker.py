"""Is this number really American Express? Three honest verdicts on a number written any way.

- ``listed``: the number is in this directory; the verdict says which line and its status (confirmed
  on an issuer page, only in a third-party guide, or disputed by the issuer's own page).
- ``unlisted``: it is not in this directory. That is not proof of fraud: the directory is small.
- ``suspicious``: red flags, each with a stable code: a look-alike of a listed number, a number type no
  support line uses (premium rate, personal, mobile…), a range kept for fiction, letters written
  where digits belong.

A number is read every way it can be dialled (amexhelp.verify.readings): as written when it starts
with +; else in the caller's country (``--from``), or, when that is unknown, in every country of the
directory, each reading judged and none headlined on its own. Text that is no complete number under
any reading is an InputError ("incomplete-number", with why one of errors.REASONS), never a verdict.
A batch of lines is read by amexhelp.verify.batch; a number written with + and digits only takes the fast
path (amexhelp.verify._fastpath).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import NamedTuple

import phonenumbers
from phonenumbers import PhoneNumberType

from amexhelp.directory import index
from amexhelp.directory.evidence import fictional
from amexhelp.directory.model import Directory, Line
from amexhelp.errors import InputError
from amexhelp.lookup.answer import STATUS_RANK
from amexhelp.sanitize import MAX_VALUE
from amexhelp.verify._fastpath import fast_international
from amexhelp.verify._lookalike import NearIndex
from amexhelp.verify._written import IMITATIONS, PLAIN, ascii_digits, dialled_forms, normalise
from amexhelp.verify.readings import (
    INTERNATIONAL,
    NATIONAL,
    PRINTED,
    Reading,
    dialled_there,
    how_read,
    international,
    length_failure,
    listed_reading,
    merge,
    parse,
    unlisted_reading,
    why_none,
)
from amexhelp.verify.redflags import FICTIONAL, LETTERS, LOOK_ALIKE, PERSONAL, PREMIUM, UNUSUAL, WITHDRAWN, Flag
from amexhelp.verify.redflags import Value as FlagValue

LISTED = "listed"
UNLISTED = "unlisted"
SUSPICIOUS = "suspicious"
VERDICTS = (LISTED, UNLISTED, SUSPICIOUS)

# Number types no card issuer's support line uses, and the red flag each is.
_RED_TYPES = {
    PhoneNumberType.PREMIUM_RATE: PREMIUM,
    PhoneNumberType.PERSONAL_NUMBER: PERSONAL,
    PhoneNumberType.MOBILE: UNUSUAL,
    PhoneNumberType.VOIP: UNUSUAL,
    PhoneNumberType.PAGER: UNUSUAL,
    PhoneNumberType.VOICEMAIL: UNUSUAL,
}


class Verdict(NamedTuple):
    input: str
    verdict: str  # LISTED, UNLISTED or SUSPICIOUS
    readings: tuple[Reading, ...]  # listed readings first
    warnings: tuple[Flag, ...]
    caller: str | None = None  # the region national forms were read in, if one was given

    @property
    def matches(self) -> tuple[Line, ...]:
        """Every listed line the number is, best status first (confirmed, guide-only, disputed)."""
        found: dict[str, Line] = {}  # by id: hashing a whole line costs more than the rest of a verdict
        for reading in self.readings:
            for line in reading.lines:
                found.setdefault(line.id, line)
        return tuple(sorted(found.values(), key=lambda line: STATUS_RANK.get(line.status, 1)))

    @property
    def line(self) -> Line | None:
        matches = self.matches
        return matches[0] if matches else None

    @property
    def listed(self) -> bool:
        return any(reading.listed for reading in self.readings)

    @property
    def official(self) -> bool:
        """Listed, and printed on an issuer page (status confirmed)."""
        return self.verdict == LISTED and any(line.status == "confirmed" for line in self.matches)

    @property
    def status(self) -> str | None:
        line = self.line
        return line.status if line is not None else None

    @property
    def reading(self) -> Reading | None:
        """The reading to headline: the listed one, or the only one; None when several readings are
        equally plausible (then none is singled out)."""
        listed = [reading for reading in self.readings if reading.listed]
        if listed:
            return listed[0]
        return self.readings[0] if len(self.readings) == 1 else None

    @property
    def e164(self) -> str | None:
        reading = self.reading
        return reading.e164 if reading is not None else None


def verify(directory: Directory, text: str, caller: str | None = None) -> Verdict:
    """The verdict on a written number. ``caller`` is the region national forms are read in; without
    it, every country of the directory. Raises InputError when the text is no complete number."""
    return checker(directory).check(text, caller)


@cache
def checker(directory: Directory) -> Checker:
    """The directory's checker, built once per directory (indexes of its numbers and forms)."""
    return Checker(directory)


class Checker:
    """The directory's numbers indexed for checking: by E.164, by printed national form, and by their
    one-slip neighbourhoods; and the regions a national form is read in, grouped by calling code."""

    def __init__(self, directory: Directory) -> None:
        self.directory = directory
        listed: dict[str, list[Line]] = {}
        printed: dict[str, list[Line]] = {}
        for line in directory.lines:
            if line.e164 is not None:
                listed.setdefault(line.e164, []).append(line)
            if "+" not in line.display:  # a form as the source prints it: Mexico's 01-800-…, Korea's 00798-…
                printed.setdefault(ascii_digits(line.display), []).append(line)
            elif line.domestic_dial is not None:  # printed in some other way: the digits dialled at home
                printed.setdefault(line.domestic_dial, []).append(line)
        self._listed = {number: tuple(lines) for number, lines in listed.items()}
        self._printed = {digits: tuple(lines) for digits, lines in printed.items()}
        self._near = NearIndex(self._listed)
        self._withdrawn = {withdrawn.prefix: withdrawn for withdrawn in directory.withdrawn_ranges}
        codes = index.calling_codes()
        plausible = dict.fromkeys([*directory.countries, *(line.number_region for line in directory.lines)])
        groups: dict[int | str, list[str]] = {}
        for region in plausible:
            if region:
                groups.setdefault(codes.get(region, region), []).append(region)
        # One parse per calling code: the regions sharing one (US and CA) read national forms alike.
        self._groups: list[tuple[str | None, tuple[str, ...]]] = [
            (regions[0], tuple(regions)) for regions in groups.values()
        ]

    def check(self, text: str, caller: str | None = None) -> Verdict:
        if len(text) > MAX_VALUE:
            raise InputError("number-too-long", length=len(text), limit=MAX_VALUE)
        value = normalise(text)
        if value[:1] == "+" and PLAIN.issuperset(value):
            quick = self._plain_international(text, value, caller)
            if quick is not None:
                return quick
        return self._full(text, value, caller)

    def _plain_international(self, text: str, value: str, caller: str | None) -> Verdict | None:
        """The verdict on a number written with + and digits only (what batches mostly hold), as _full
        gives it, without its general machinery (a reading per region, printed forms, merging); None
        when it might differ (_full then decides). Tests compare the two on thousands of numbers."""
        digits = ascii_digits(value)
        if len(digits) < 3:
            return None
        e164 = "+" + digits
        lines = self._listed.get(e164)
        if lines is not None:
            listed = (listed_reading(e164, INTERNATIONAL, (), lines),)
            flags = self._suspect_flags(listed)
            return Verdict(text, SUSPICIOUS if flags else LISTED, listed, flags, caller)
        number = fast_international(value, digits)
        if number is None:
            return None
        reading = unlisted_reading(number, e164, INTERNATIONAL, ())
        if isinstance(reading, str):  # why it is no number: too short, too long or not valid
            raise InputError("incomplete-number", value=text, why=reading, region=None, elsewhere=False)
        warnings = tuple(self._red_flags([reading]))
        return Verdict(text, SUSPICIOUS if warnings else UNLISTED, (reading,), warnings, caller)

    def _full(self, text: str, value: str, caller: str | None) -> Verdict:
        dialled, imitated, letters = dialled_forms(value)
        readings, why = self._read(dialled, caller) if dialled else ([], "no-digits")
        imitated_readings = self._read(imitated, caller)[0] if imitated is not None else []
        if not readings and not imitated_readings:
            raise self._no_number(text, dialled, why, caller)
        warnings: list[Flag] = []
        if imitated is not None:
            warnings.append(self._letters_flag(letters, dialled, imitated_readings))
        listed = any(reading.listed for reading in readings)
        warnings.extend(self._suspect_flags(readings) if listed else self._red_flags(readings))
        verdict = SUSPICIOUS if warnings else LISTED if listed else UNLISTED
        return Verdict(text, verdict, tuple(readings), tuple(warnings), caller)

    def _no_number(self, text: str, dialled: str, why: str, caller: str | None) -> InputError:
        """The error of a text that is no number under any reading: no digits at all, or why not (with
        whether the digits are a number when read as dialled from elsewhere than ``caller``)."""
        if why == "no-digits":
            return InputError("not-a-number", value=text)
        elsewhere = False
        if caller is not None and dialled and not dialled.startswith("+"):
            elsewhere = bool(self._read(dialled, None)[0])
        region = caller if why == "not-valid-there" else None
        return InputError("incomplete-number", value=text, why=why, region=region, elsewhere=elsewhere)

    def _read(self, value: str, caller: str | None) -> tuple[list[Reading], str]:
        """Every valid (or fictional-range) reading of ``value``, listed ones first; and, when there is
        none, why (one of errors.REASONS)."""
        digits = ascii_digits(value) if value.isascii() else phonenumbers.normalize_digits_only(value)
        if len(digits) < 3:
            return [], "too-short"
        groups = self._groups_for(value, caller)
        several = len(groups) > 1
        found: dict[str, Reading] = {}
        failures: list[str] = []
        for region, regions in groups:
            reading = self._read_in(value, digits, region, regions, several)
            if isinstance(reading, str):
                failures.append(reading)
            else:
                merge(found, reading)
        if not value.startswith("+"):  # a form written with + is read as written, never as a printed form
            self._add_printed(found, digits, caller)
        readings = sorted(found.values(), key=lambda reading: not reading.listed)
        if readings:
            return readings, ""
        return [], why_none(failures, caller if not value.startswith("+") else None, several)

    def _groups_for(self, value: str, caller: str | None) -> list[tuple[str | None, tuple[str, ...]]]:
        """The regions to read ``value`` in, one parse per group: none for a number written with +, the
        caller's region when it is known, else one per calling code of the directory."""
        if value.startswith("+"):
            return [(None, ())]
        if caller is not None:
            return [(caller, (caller,))]
        return self._groups

    def _read_in(
        self, value: str, digits: str, region: str | None, regions: tuple[str, ...], several: bool
    ) -> Reading | str:
        """``value`` read as dialled in ``region`` (None: written with +), or why it is no number there."""
        if region is None and PLAIN.issuperset(value):
            lines = self._listed.get("+" + digits)
            if lines is not None:  # a listed number in + form: the data knows all about it
                return listed_reading("+" + digits, INTERNATIONAL, (), lines)
        parsed = parse(value, digits, region)
        if isinstance(parsed, str):
            return parsed
        number, e164 = parsed
        how = how_read(number, region)
        where = regions if how != INTERNATIONAL else ()
        lines = self._listed.get(e164)
        if lines is not None:
            return listed_reading(e164, how, where, lines)
        if several and how == NATIONAL and not dialled_there(number, digits, region):
            return length_failure(number)
        return unlisted_reading(number, e164, how, where)

    def _add_printed(self, found: dict[str, Reading], digits: str, caller: str | None) -> None:
        """The listed lines whose printed form (Mexico's 01-800-…, Korea's 00798-…) these digits are,
        merged into ``found`` in place of the same digits read as a national number there."""
        for key, lines_printed in self._printed_as(digits, caller).items():
            if key in found:
                continue
            where = tuple(dict.fromkeys(line.country for line in lines_printed if line.country))
            # The same digits read as a national number there are this printed number, not another one
            # (Korea's 00798-800-1111 is no +82 0079… number to dial from elsewhere).
            for other in [k for k, r in found.items() if r.how == NATIONAL and not r.listed and r.regions == where]:
                del found[other]
            merge(found, listed_reading(lines_printed[0].e164, PRINTED, where, tuple(lines_printed)), key)

    def _printed_as(self, digits: str, caller: str | None) -> dict[str, list[Line]]:
        """The listed lines printed as these digits (where ``caller`` is, if known), by number."""
        printed: dict[str, list[Line]] = {}
        for line in self._printed.get(digits, ()):
            if caller is None or caller in (line.country, line.number_region):
                printed.setdefault(line.e164 or f"dial:{line.domestic_dial}", []).append(line)
        return printed

    def _red_flags(self, readings: list[Reading]) -> list[Flag]:
        """The red flags of an unlisted number's readings. A look-alike or a fictional range counts in
        any reading; a number type only when every reading has one (a number read in twenty countries
        is a mobile number in some of them, and that says nothing about the one it was written for)."""
        return [
            *self._look_alikes(readings),
            *_type_flags(readings),
            *_fictional_flags(readings),
            *self._withdrawn_flags(readings),
        ]

    def _withdrawn_flags(self, readings: list[Reading]) -> list[Flag]:
        """A flag for the first reading in a range its numbering plan has withdrawn (the data's
        ``withdrawn_ranges``): such a number no longer rings, so no support line has it."""
        from amexhelp.directory.evidence import withdrawn_prefix

        ranges = self._withdrawn
        for reading in readings:
            prefix = withdrawn_prefix(reading.e164, ranges) if reading.e164 is not None else None
            if prefix is not None:
                withdrawn = ranges[prefix]
                values = {"country": withdrawn.country, "range": withdrawn.name, "withdrawn": withdrawn.withdrawn}
                return [Flag(WITHDRAWN, {**_about(reading, len(readings)), **values})]
        return []

    def _suspect_flags(self, readings: Iterable[Reading]) -> tuple[Flag, ...]:
        """The red flags of a listed number the directory holds as suspect (every line with it is): a
        number kept only as evidence is suspicious, whatever prints it."""
        from amexhelp.directory.evidence import flags_of
        from amexhelp.directory.model import SUSPECT

        listed = [reading for reading in readings if reading.listed]
        if not listed or any(line.status != SUSPECT for reading in listed for line in reading.lines):
            return ()
        flags: list[Flag] = []
        for reading in listed:
            for _code, withdrawn in flags_of(reading.lines[0], self.directory.withdrawn_ranges):
                about = _about(reading, len(listed))
                if withdrawn is None:
                    flags.append(Flag(FICTIONAL, {**about, "others": 0}))
                else:
                    values = {"country": withdrawn.country, "range": withdrawn.name, "withdrawn": withdrawn.withdrawn}
                    flags.append(Flag(WITHDRAWN, {**about, **values}))
        return tuple(flags)

    def _look_alikes(self, readings: list[Reading]) -> Iterator[Flag]:
        """A flag for each listed number any reading is one slip away from."""
        for reading in readings:
            if reading.e164 is None:
                continue
            for near in self._near.near(reading.e164):
                target = self._listed[near.listed][0]
                yield Flag(
                    LOOK_ALIKE,
                    {
                        **_about(reading, len(readings)),
                        "imitated": target.international or near.listed,
                        "change": near.how,
                        "line": target.id,
                    },
                    near.listed,
                )

    def _letters_flag(self, letters: str, dialled: str, imitated: list[Reading]) -> Flag:
        written = sorted(set(letters))
        listed = [reading for reading in imitated if reading.listed]
        target = listed[0].lines[0] if listed else None
        values: dict[str, FlagValue] = {
            "letters": tuple(written),
            "digits": tuple(IMITATIONS[letter] for letter in written),
            "dialled": dialled,
            "readable": bool(imitated),
            # A line with no international form (Korea's 00798) is named as printed.
            "imitated": (target.international or target.display) if target is not None else None,
            "line": target.id if target is not None else None,
        }
        return Flag(LETTERS, values, listed[0].e164 if listed else None)


def _about(reading: Reading, readings: int) -> dict[str, FlagValue]:
    """The values that name the reading a flag is about (amexhelp.verify.redflags)."""
    return {
        "number": international(reading) or "",
        "how": reading.how,
        "dialled_in": reading.regions,
        "readings": readings,
    }


def _type_flags(readings: list[Reading]) -> list[Flag]:
    """A flag per reading of a number type no support line uses, when every reading is of one."""
    codes = [_RED_TYPES.get(getattr(PhoneNumberType, reading.number_type, -1)) for reading in readings]
    if not readings or any(code is None for code in codes):
        return []
    return [
        Flag(code, {**_about(reading, len(readings)), "number_type": reading.number_type})
        for reading, code in zip(readings, codes, strict=True)
        if code is not None
    ]


def _fictional_flags(readings: list[Reading]) -> list[Flag]:
    """One flag when any reading is in a range kept for fiction, naming one of them."""
    made_up = [reading for reading in readings if reading.e164 is not None and fictional(reading.e164)]
    if not made_up:
        return []
    # Name a reading that is a number in service, a North American one first (555-01xx is that plan's).
    made_up.sort(key=lambda reading: (not reading.valid, not (reading.e164 or "").startswith("+1")))
    return [Flag(FICTIONAL, {**_about(made_up[0], len(readings)), "others": len(made_up) - 1})]

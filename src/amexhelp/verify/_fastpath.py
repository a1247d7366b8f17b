"""The fast path of a batch: a number written with + and digits only read without phonenumbers.parse's
general text handling, and its type and region found in one pass instead of two. Each gives what the
public calls give (tests compare them on thousands of numbers); each stays for its measured saving.

Measured on 2026-12-07 (`python benchmarks/verify_batch.py --stand-ins --lines 50000`: the same lines judged
in one process with each stand-in and with the public calls instead, CPU time, best of 3, on a machine with
a load average near 10 on 2 cores): of the standard mix (two thirds +1 numbers), judged in 1.83 s,
number_facts saves 1.41 s (28 µs a number) and fast_international 1.37 s; of numbers of every region in +
form (judged in 4.45 s), fast_international saves 2.51 s (50 µs a number), and number_facts nothing
measurable (-0.18 s, within the noise: most of those calling codes have one region, the case it does not
speed up). Both savings are far above the 5 ms a stand-in must save to stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import phonenumbers
from phonenumbers import PhoneNumberType

from amexhelp.verify._written import PLAIN


def keep_patterns() -> None:
    """Keep phonenumbers' compiled metadata patterns for the rest of the run. A batch with numbers from
    many regions otherwise recompiles them once re's own cache (512 patterns) is full: measured at
    about 1,000 numbers a second instead of tens of thousands (benchmarks/verify_batch.py). Public
    API of phonenumbers 9 (its README); older releases simply go without."""
    enable = getattr(phonenumbers, "enable_pattern_cache", None)
    if enable is not None:
        enable()


def fast_international(value: str, digits: str) -> phonenumbers.PhoneNumber | None:
    """``value`` (+ and digits with separators only) as phonenumbers.parse reads it, without its
    general text handling: the country code is the first 1-3 digits that are one, the rest is the
    national number. None whenever parse might do more (strip a national prefix written after the
    country code, as in +44 (0)20…), so the caller falls back to parse; tests compare the two.
    Batches of numbers in + form run about a third faster (benchmarks/verify_batch.py)."""
    if not value.startswith("+") or not PLAIN.issuperset(value) or value.count("+") != 1:
        return None
    code = _calling_code(digits)
    if code is None:
        return None
    national = digits[len(str(code)) :]
    if not 2 <= len(national) <= 17 or national.startswith("0"):
        return None
    prefix = _national_prefix(code)
    if prefix is not None and prefix.match(national):
        return None
    return phonenumbers.PhoneNumber(
        country_code=code,
        national_number=int(national),
        country_code_source=phonenumbers.CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN,
    )


def _calling_code(digits: str) -> int | None:
    """The calling code the digits start with (its first 1-3 digits, with more after them), if any;
    none starts with 0 ("+0120" is no number at all)."""
    if digits.startswith("0"):
        return None
    for size in (1, 2, 3):
        if len(digits) > size and int(digits[:size]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return int(digits[:size])
    return None


@cache
def _national_prefix(code: int) -> re.Pattern[str] | None:
    """The pattern of the national prefix parse would strip after ``code`` (its main region's), if any."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(code, regions[0])
    pattern = metadata.national_prefix_for_parsing if metadata is not None else None
    return re.compile(pattern) if pattern else None


# phonenumbers' own step of number_type, given the region's metadata (private: see number_facts);
# a phonenumbers without it gets the public calls instead.
_type_in: Callable[[str, phonenumbers.PhoneMetadata], int] | None = getattr(
    phonenumbers.phonenumberutil, "_number_type_helper", None
)

# How each calling code's regions are told apart, in phonenumbers' order: a region without leading
# digits by the number's type there, a run of regions with leading digits by one combined pattern.
# A step: (None, [region]) for a type, (pattern, [regions its groups stand for]) for leading digits.
_Step = tuple[re.Pattern[str] | None, list[tuple[str, phonenumbers.PhoneMetadata]]]


def number_facts(number: phonenumbers.PhoneNumber) -> tuple[int, str]:
    """The number's type and its own region ("" when it has none), as phonenumbers.number_type and
    region_code_for_number give them, in one pass instead of two.

    Both calls look for the region first, trying each region of the calling code in turn (a number
    type for a region without leading digits, such as the US for +1; a pattern each for the others);
    number_type then computes the type again. Here the type found while looking is kept, and the
    patterns of consecutive regions are tried as one: the two calls took 60 % of a batch of +1
    numbers (benchmarks/verify_batch.py). A test compares the two on thousands of numbers.
    """
    if _type_in is None:
        return _public_facts(number)
    code = number.country_code or 0
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ())
    national = phonenumbers.national_significant_number(number)
    if len(regions) == 1:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(code, regions[0])
        return (_type_in(national, metadata) if metadata is not None else PhoneNumberType.UNKNOWN), regions[0]
    return _facts_by_plan(_type_in, _plan(regions), national)


def _public_facts(number: phonenumbers.PhoneNumber) -> tuple[int, str]:
    """number_facts by phonenumbers' public calls (two passes)."""
    return phonenumbers.number_type(number), phonenumbers.region_code_for_number(number) or ""


def _facts_by_plan(
    type_in: Callable[[str, phonenumbers.PhoneMetadata], int], plan: list[_Step], national: str
) -> tuple[int, str]:
    for pattern, members in plan:
        if pattern is None:
            region, metadata = members[0]
            kind = type_in(national, metadata)
            if kind != PhoneNumberType.UNKNOWN:
                return kind, region
            continue
        match = pattern.match(national)
        if match is not None:
            region, metadata = members[(match.lastindex or 1) - 1]
            return type_in(national, metadata), region
    return PhoneNumberType.UNKNOWN, ""


@cache
def _plan(regions: tuple[str, ...]) -> list[_Step]:
    """How the regions of one calling code are told apart (built once per calling code)."""
    plan: list[_Step] = []
    run: list[tuple[str, phonenumbers.PhoneMetadata]] = []

    def close_run() -> None:
        if run:
            # Each region's pattern in a group of its own, in order: the first that matches wins, as
            # when they are tried one by one (the patterns hold no groups of their own: a test checks).
            combined = "|".join(f"({metadata.leading_digits})" for _, metadata in run)
            plan.append((re.compile(combined), list(run)))
            run.clear()

    for region in regions:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
        if metadata is None:
            continue
        if metadata.leading_digits is not None:
            run.append((region, metadata))
        else:
            close_run()
            plan.append((None, [(region, metadata)]))
    close_run()
    return plan

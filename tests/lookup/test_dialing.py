"""Dialing judgement, checked against what phonenumbers itself says (no copied expectations).

The run-time dialler (amexhelp.lookup.dialing) never imports phonenumbers; these tests hold it to
phonenumbers' own format_out_of_country_calling_number for every line and many callers.
"""

from __future__ import annotations

import phonenumbers
import pytest

from amexhelp.directory.model import Directory
from amexhelp.directory.numbers import from_abroad
from amexhelp.lookup.dialing import dial_from

CALLERS = ["US", "CA", "PR", "GB", "JP", "DE", "MX", "KR", "AU", "PE", "IE", "BR", "RU", "SG", "HK", "CN", "IN", "AE"]


@pytest.mark.parametrize("caller", CALLERS)
def test_every_reachable_line_dials_as_phonenumbers_formats_it(directory: Directory, caller: str) -> None:
    for line in directory.lines:
        dial = dial_from(line, caller)
        if line.e164 is None:
            assert dial.reachable == (line.country == caller), line.id
            continue
        parsed = phonenumbers.parse(line.e164)
        expected = phonenumbers.format_out_of_country_calling_number(parsed, caller)
        if parsed.country_code == phonenumbers.country_code_for_region(caller):
            assert dial.reachable, line.id
            assert not dial.abroad
            assert dial.dial == expected, line.id
        elif dial.reachable:
            assert dial.abroad
            # A mobile dials the + form; a landline the caller's international prefix.
            assert dial.dial == phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            assert dial.landline == expected, line.id
            assert dial.reason is None
        else:
            assert dial.dial is None
            assert dial.reason


def test_toll_free_and_shared_cost_lines_are_local_unless_the_data_says_otherwise(directory: Directory) -> None:
    for line in directory.lines:
        reachable, _ = from_abroad(line)
        assert line.abroad_ok == reachable, line.id  # the stored, derived fact agrees with phonenumbers now
        if line.e164 is None:
            assert not reachable
            continue
        kind = phonenumbers.number_type(phonenumbers.parse(line.e164))
        if line.reachable_from_abroad is not None:
            assert reachable == line.reachable_from_abroad
        elif kind in (phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST):
            assert not reachable, line.id


# Literal expectations, written out by hand (not computed with the code under test).
DIAL_TABLE = [
    ("us-general", "US", True, "1 (800) 528-4800", "1 (800) 528-4800"),
    ("us-general", "CA", True, "1 (800) 528-4800", "1 (800) 528-4800"),
    ("us-general", "GB", False, None, None),
    ("worldwide", "GB", True, "+1 602-785-5000", "00 1 602-785-5000"),
    ("worldwide", "JP", True, "+1 602-785-5000", "010 1 602-785-5000"),
    ("worldwide", "AU", True, "+1 602-785-5000", "0011 1 602-785-5000"),
    ("worldwide", "BR", True, "+1 602-785-5000", "+1 602-785-5000"),
    ("jp-general", "JP", True, "0120-099-818", "0120-099-818"),
    ("jp-general", "US", False, None, None),
    ("kr-general", "KR", True, "00798-800-1111", "00798-800-1111"),
    ("kr-general", "US", False, None, None),
    ("de-general", "DE", True, "+44 20 7264 1777", "00 44 20 7264 1777"),
]


@pytest.mark.parametrize(("line_id", "caller", "reachable", "dial", "landline"), DIAL_TABLE)
def test_dial_strings(
    directory: Directory, line_id: str, caller: str, reachable: bool, dial: str | None, landline: str | None
) -> None:
    result = dial_from(directory.line(line_id), caller)
    assert (result.reachable, result.dial, result.landline) == (reachable, dial, landline)


def test_a_us_800_line_is_not_reachable_from_the_uk_though_phonenumbers_says_it_can_be_dialled(
    directory: Directory,
) -> None:
    line = directory.line("us-general")
    assert phonenumbers.can_be_internationally_dialled(phonenumbers.parse(line.e164 or ""))
    dial = dial_from(line, "GB")
    assert not dial.reachable
    assert dial.reason == "a North American toll-free number: it rings only in the United States and Canada"


def test_korean_00798_number_has_no_international_form(directory: Directory) -> None:
    korea = directory.line("kr-general")
    assert korea.e164 is None
    assert korea.domestic_dial == "007988001111"
    assert "only from inside South Korea" in (dial_from(korea, "JP").reason or "")


def test_singapore_international_line_is_reachable_from_abroad_by_the_data(directory: Directory) -> None:
    assert dial_from(directory.line("sg-international"), "US").reachable
    assert not dial_from(directory.line("sg-general"), "US").reachable


def test_why_a_line_does_not_ring_from_abroad_is_data(directory: Directory) -> None:
    from amexhelp.lookup.dialing import Unreachable, why_unreachable

    assert why_unreachable(directory.line("ae-general")) == Unreachable("toll-free-at-home", ("AE",))
    # +61 is shared by Australia and its islands: the calling code, not one country
    assert why_unreachable(directory.line("au-general")) == Unreachable("toll-free-at-home", (), 61)
    assert why_unreachable(directory.line("de-lost-116116")) == Unreachable("no-international-form", ("DE",))
    nanp = next(line for line in directory.lines if line.e164 and line.e164.startswith("+1800") and not line.abroad_ok)
    assert why_unreachable(nanp) == Unreachable("nanp-toll-free", ("US", "CA"))


def test_why_a_shared_cost_or_national_number_does_not_ring_from_abroad(directory: Directory) -> None:
    from amexhelp.lookup.dialing import Unreachable, why_unreachable

    # China's 400 numbers are shared-cost numbers; Turkey's 444 numbers are its universal access numbers,
    # callable only inside Turkey: each calling code (+86, +90) is one country's.
    assert why_unreachable(directory.line("cn-general")) == Unreachable("shared-cost-at-home", ("CN",))
    assert why_unreachable(directory.line("tr-lost")) == Unreachable("not-international", ("TR",))


def test_a_line_the_data_marks_unreachable_says_so(directory: Directory) -> None:
    from amexhelp.lookup.dialing import Unreachable, why_unreachable

    marked = directory.line("sg-international")._replace(reachable_from_abroad=False)
    assert why_unreachable(marked) == Unreachable("marked-unreachable")


def test_a_number_without_international_form_names_no_country_it_does_not_know(directory: Directory) -> None:
    from amexhelp.lookup.dialing import Unreachable, rings_in, why_unreachable

    unknown = directory.line("de-lost-116116")._replace(country="XZ")
    assert why_unreachable(unknown) == Unreachable("no-international-form", ())
    nowhere = directory.line("europe-multilingual")._replace(e164=None, number_region="")
    assert rings_in(nowhere) == ()


def test_a_north_american_toll_free_line_does_not_ring_in_the_caribbean(directory: Directory) -> None:
    from amexhelp.lookup.dialing import NANP_TOLL_FREE_REASON, Dial

    # Jamaica and the Bahamas share the +1 plan, but a US 800 number is not a call to count on there.
    for caller in ("JM", "BS"):
        assert dial_from(directory.line("us-general"), caller) == Dial(
            caller, False, None, NANP_TOLL_FREE_REASON, None, True
        )
    # Puerto Rico is in the United States' toll-free area: dialled as at home.
    assert dial_from(directory.line("us-general"), "PR") == Dial(
        "PR", True, "1 (800) 528-4800", None, "1 (800) 528-4800"
    )


def test_the_whole_dial_at_home_from_abroad_and_out_of_reach(directory: Directory) -> None:
    from amexhelp.lookup.dialing import NANP_TOLL_FREE_REASON, Dial

    london = directory.line("europe-multilingual")  # +44 20 7264 1777
    assert dial_from(london, "GB") == Dial("GB", True, "020 7264 1777", None, "020 7264 1777", False)
    assert dial_from(london, "US") == Dial("US", True, "+44 20 7264 1777", None, "011 44 20 7264 1777", True)
    toll_free = "a toll-free number that works only from inside the +61 calling area"
    assert dial_from(directory.line("au-general"), "GB") == Dial("GB", False, None, toll_free, None, True)
    assert dial_from(directory.line("us-general"), "GB") == Dial("GB", False, None, NANP_TOLL_FREE_REASON, None, True)

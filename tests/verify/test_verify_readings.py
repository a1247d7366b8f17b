"""verify: readings and red flags in full where the table of tests/verify/test_verify.py checks only codes.

Each expectation is written from the numbering plans and the directory's data: a + form is dialled as
written (never as a national form printed somewhere); Ireland's 1850 range was withdrawn on 2022-01-01;
0900 is the premium-rate range of both Austria and Germany; a North American exchange or area code never
starts with 1 and 300 is no area code, while 130 starts a Chinese mobile number; Korea's 00798-800-1111
has no international form.
"""

from __future__ import annotations

import pytest

from amexhelp.directory.model import Directory
from amexhelp.errors import InputError
from amexhelp.render._flags import word
from amexhelp.verify.checker import verify


def test_a_plus_form_is_read_as_written_never_as_a_national_form_printed_somewhere(directory: Directory) -> None:
    """1800 103 3000 is India's number as printed there; +1 800 103 3000 dials North America, where no
    exchange starts with 1: no number at all, and surely not India's line."""
    (india,) = verify(directory, "1800 103 3000", "IN").matches
    assert india.id == "in-general"
    for written in ("+1 800 103 3000", "+18001033000", "+1 (800) 103-3000"):
        with pytest.raises(InputError) as caught:
            verify(directory, written)
        assert caught.value.message == f"not a complete phone number: {written!r} (not a valid number)"
    # Korea's 00798 number, printed with no international form, is read as printed, and only without a +.
    assert verify(directory, "00798-800-1111").verdict == "listed"
    with pytest.raises(InputError, match="not a valid number"):
        verify(directory, "+00798 800 1111")


def test_a_listed_number_written_with_plus_is_read_in_full(directory: Directory) -> None:
    result = verify(directory, "+44 1273 696 933", "FR")
    (reading,) = result.readings
    assert (reading.e164, reading.how, reading.regions, reading.valid) == ("+441273696933", "international", (), True)
    assert (reading.number_type, reading.number_region) == ("FIXED_LINE", "GB")
    assert [line.id for line in reading.lines] == ["gb-lost-abroad-2"]
    assert (result.verdict, result.e164, result.caller) == ("listed", "+441273696933", "FR")


def test_an_unlisted_number_written_with_plus_keeps_where_it_was_read_from(directory: Directory) -> None:
    result = verify(directory, "+1 800 950 5114", "JP")
    assert (result.verdict, result.e164, result.caller) == ("unlisted", "+18009505114", "JP")


@pytest.mark.parametrize(
    ("written", "caller", "why"),
    [
        ("+1 800 123 4567", None, "not a valid number"),  # no North American exchange starts with 1
        ("+1 800 123 4567", "US", "not a valid number"),
        ("12345", "US", "too short"),  # a national number of the United States has ten digits
    ],
)
def test_why_no_number_whatever_road_it_takes(directory: Directory, written: str, caller: str | None, why: str) -> None:
    with pytest.raises(InputError) as caught:
        verify(directory, written, caller)
    assert caught.value.message == f"not a complete phone number: {written!r} ({why})"


WITHDRAWN_TAIL = (
    " is in Ireland's 1850 range, withdrawn on 2022-01-01: it no longer rings, so no real support line has it."
)


@pytest.mark.parametrize(
    ("written", "caller", "subject"),
    [
        ("+353 1850 123 456", None, "+353 1850 123 456"),
        ("1850 123 456", "IE", "+353 1850 123 456"),
        # Also a Brazilian number (18 5012-3456): the Irish reading is named with where it is dialled.
        ("1850 123 456", None, "+353 1850 123 456 (as dialled in Ireland)"),
    ],
)
def test_an_unlisted_number_in_a_withdrawn_range(
    directory: Directory, written: str, caller: str | None, subject: str
) -> None:
    result = verify(directory, written, caller)
    assert result.verdict == "suspicious"
    assert [(flag.code, word(flag, directory)) for flag in result.warnings] == [
        ("withdrawn-range", subject + WITHDRAWN_TAIL)
    ]
    (flag,) = result.warnings
    assert (flag.values["country"], flag.values["range"], flag.values["withdrawn"]) == ("IE", "1850", "2022-01-01")


def test_a_number_of_a_red_type_in_every_reading_names_each(directory: Directory) -> None:
    tail = " is a premium-rate number, charged at a high rate per minute: card issuers' support lines never are."
    result = verify(directory, "0900 9 1234567")
    assert result.verdict == "suspicious"
    assert [(flag.code, word(flag, directory)) for flag in result.warnings] == [
        ("premium-rate", "+43 900 91234567 (as dialled in Austria)" + tail),
        ("premium-rate", "+49 900 9 1234567 (as dialled in Germany)" + tail),
    ]


def test_a_fictional_range_names_a_number_in_service_first(directory: Directory) -> None:
    """1300 555 0123 ends in 555-0123; +1 300… is no North American number (300 is no area code), while
    +86 130 0555 0123 is a Chinese mobile number: that one is named."""
    (flag,) = verify(directory, "1300 555 0123").warnings
    assert flag.code == "fictional-pattern"
    assert word(flag, directory).startswith("+86 130 0555 0123 (as dialled in China) (and ")


def test_letters_imitating_a_number_with_no_international_form_name_it_as_printed(directory: Directory) -> None:
    (flag,) = verify(directory, "OO798-8OO-1111").warnings
    assert word(flag, directory) == (
        "Letters are written where digits belong (O for 0): a disguise to pass a glance. Read as digits it would"
        " be 00798-800-1111, the number of American Express South Korea: Customer Service, but a phone dials the"
        " letters as 66798-866-1111 instead."
    )
    assert (flag.values["line"], flag.similar_to) == ("kr-general", None)


@pytest.mark.parametrize(
    ("e164", "region"),
    [
        ("+1 876 926 1234", "JM"),  # area code 876: Jamaica
        ("+1 787 722 1234", "PR"),  # 787: Puerto Rico
        ("+1 649 946 1234", "TC"),  # 649: the Turks and Caicos Islands
        ("+44 1624 612345", "IM"),  # 01624: the Isle of Man
        ("+7 727 258 1234", "KZ"),  # 727: Almaty, Kazakhstan
        ("+47 79 02 12 34", "SJ"),  # 79: Svalbard
        ("+599 9 461 1234", "CW"),  # 9: Curaçao
    ],
)
def test_a_number_of_a_shared_calling_code_is_told_to_its_own_region(e164: str, region: str) -> None:
    """The batch's one-pass type and region (amexhelp.verify._fastpath) find a region told apart by its
    leading digits, past the main region of the code and the others tried before it."""
    import phonenumbers

    from amexhelp.verify._fastpath import number_facts

    kind, own = number_facts(phonenumbers.parse(e164))
    assert own == region
    assert kind != phonenumbers.PhoneNumberType.UNKNOWN

from __future__ import annotations

import phonenumbers
import pytest

from amexhelp.directory import load_directory
from amexhelp.errors import InputError
from amexhelp.verify import verify

DIRECTORY = load_directory()


def ids(text: str, caller: str | None = None) -> list[str]:
    return [line.id for line in verify(DIRECTORY, text, caller).matches]


@pytest.mark.parametrize(
    "written",
    [
        "+1 800-528-4800",
        "1-800-528-4800",
        "1.800.528.4800",
        "(800) 528-4800",
        "+18005284800",
        "tel:+1-800-528-4800",
        "TEL:+1-800-528-4800;ext=1",
        "001 800 528 4800",
        "011 1 800 528 4800",
        "１－８００－５２８－４８００",
    ],
)
def test_any_common_writing_of_the_us_number_is_official(written: str) -> None:
    result = verify(DIRECTORY, written)
    assert result.official
    assert result.e164 == "+18005284800"
    assert "us-general" in ids(written)


def test_national_forms_are_tried_in_every_directory_country() -> None:
    assert ids("0120-099-818") == ["jp-general"]
    assert ids("00798-800-1111") == ["kr-general"]
    assert set(ids("020 7264 1777")) >= {"de-general", "fr-general", "europe-multilingual"}


def test_outdated_form_the_source_prints_is_recognised() -> None:
    assert ids("01-800-005-2221") == ["mx-general"]
    assert ids("800 005 2221", "MX") == ["mx-general"]


def test_from_reads_national_numbers_in_that_country_only() -> None:
    assert ids("0120-099-818", "JP") == ["jp-general"]
    result = verify(DIRECTORY, "0120-099-818", "US")
    assert not result.official


def test_unknown_number_is_not_official_and_reports_its_e164() -> None:
    result = verify(DIRECTORY, "+1 900 555 0100")
    assert not result.official
    assert result.e164 == phonenumbers.format_number(
        phonenumbers.parse("+1 900 555 0100"), phonenumbers.PhoneNumberFormat.E164
    )
    assert result.matches == ()


@pytest.mark.parametrize("text", ["hello", "12", "", "   ", "call me maybe", "x" * 101])
def test_not_a_phone_number_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError):
        verify(DIRECTORY, text)

"""What the numbering plans say of a line's number (directory/numbers.py, used by the data generator, audit
and a data file that leaves the derived fields out): its forms, its type, and why it does not ring from
abroad. Expected values are the numbers as each country writes them."""

from __future__ import annotations

import pytest

from amexhelp.directory.model import Directory
from amexhelp.directory.numbers import calling_area, exit_prefixes, from_abroad, line_facts, number_facts
from amexhelp.errors import DataError


def test_a_north_american_toll_free_number() -> None:
    assert number_facts("+18005284800") == {
        "international": "+1 800-528-4800",
        "national": "(800) 528-4800",
        "number_region": "US",
        "number_type": "TOLL_FREE",
        # Inside the plan, phonenumbers writes the country code before the national form (its documented way).
        "home_dial": "1 (800) 528-4800",
    }


def test_a_london_number() -> None:
    assert number_facts("+442072641777") == {
        "international": "+44 20 7264 1777",
        "national": "020 7264 1777",
        "number_region": "GB",
        "number_type": "FIXED_LINE",
        "home_dial": "020 7264 1777",
    }


def test_a_number_of_no_region_has_no_home_form() -> None:
    # 999 is no area code of the North American plan: the number is no region's.
    facts = number_facts("+19995550100")
    assert (facts["number_region"], facts["number_type"], facts["home_dial"]) == ("", "UNKNOWN", "")


def test_a_number_that_is_not_one_is_a_data_error() -> None:
    with pytest.raises(DataError) as raised:
        number_facts("+44 call us")
    assert raised.value.code == "data-not-a-number"
    # The message names the text and says why, in phonenumbers' words.
    assert str(raised.value).startswith("'+44 call us' is not a phone number: (")
    assert raised.value.values["detail"] not in ("None", None)


def test_the_international_prefix_dialled_from_a_region() -> None:
    prefixes = exit_prefixes()
    assert prefixes["US"] == "011"
    assert prefixes["CA"] == "011"
    assert prefixes["GB"] == "00"
    assert prefixes["JP"] == "010"
    assert prefixes["AU"] == "0011"
    assert prefixes["DE"] == "00"
    # Singapore and Brazil have several international prefixes (one per carrier) and no usual one: none
    # is named, and the + form is dialled.
    assert "SG" not in prefixes
    assert "BR" not in prefixes
    # Digits, and in Russia "8~10": 8, wait for the tone, then 10.
    assert prefixes["RU"] == "8~10"
    assert all(set(prefix) <= set("0123456789~") for prefix in prefixes.values())


@pytest.mark.parametrize(
    ("code", "words"),
    [(81, "Japan"), (1, "the +1 calling area"), (7, "the +7 calling area"), (61, "the +61 calling area")],
)
def test_a_calling_area_in_words(code: int, words: str) -> None:
    assert calling_area(code) == words


def test_why_a_line_does_not_ring_from_abroad(directory: Directory) -> None:
    assert from_abroad(directory.line("de-lost-116116")) == (
        False,
        "a number with no international form: it is dialled only from inside Germany",
    )
    unknown = directory.line("de-lost-116116")._replace(country="XZ")
    assert from_abroad(unknown)[1] == "a number with no international form: it is dialled only from inside its country"
    nowhere = directory.line("de-lost-116116")._replace(country=None)
    assert from_abroad(nowhere)[1] == "a number with no international form: it is dialled only from inside its country"
    assert from_abroad(directory.line("cn-general")) == (
        False,
        "a shared-cost number that works only from inside China",
    )
    assert from_abroad(directory.line("au-general")) == (
        False,
        "a toll-free number that works only from inside the +61 calling area",
    )
    # Türkiye's 444 numbers cannot be dialled from outside it (its ISO name).
    assert from_abroad(directory.line("tr-lost")) == (False, "a number that cannot be dialled from outside Türkiye")
    assert from_abroad(directory.line("europe-multilingual")) == (True, None)


def test_the_data_s_word_on_reaching_a_line_from_abroad_wins(directory: Directory) -> None:
    toll_free = directory.line("au-general")
    assert from_abroad(toll_free._replace(reachable_from_abroad=True)) == (True, None)
    assert from_abroad(directory.line("europe-multilingual")._replace(reachable_from_abroad=False)) == (
        False,
        "the directory marks this line as not reachable from abroad",
    )


def test_the_derived_fields_of_a_line(directory: Directory) -> None:
    assert line_facts(directory.line("de-lost-116116")) == {
        "abroad_ok": False,
        "abroad_reason": "a number with no international form: it is dialled only from inside Germany",
    }
    assert line_facts(directory.line("europe-multilingual")) == {
        "international": "+44 20 7264 1777",
        "national": "020 7264 1777",
        "number_region": "GB",
        "number_type": "FIXED_LINE",
        "home_dial": "020 7264 1777",
        "abroad_ok": True,
        "abroad_reason": None,
    }

"""verify - : one number per stdin line, one result per line, in order, the run going on past bad lines."""

from __future__ import annotations

import json
import random

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from amexhelp.directory.loading import load_directory
from amexhelp.verify.checker import fast_international, verify_lines
from conftest import RunCli

LINES = [
    ("+1 336 393 1111", "listed", []),
    ("900 814 500", "listed", []),
    ("", None, []),
    ("hello", None, []),
    ("+1 800 582 4800", "suspicious", ["look-alike"]),
    ("1-800-935-9935", "unlisted", []),
    ("+1 800 528 480", None, []),
    ("1-800-528-48OO", "suspicious", ["letters-for-digits"]),
    ("  tel:+44-1273-696-933  ", "listed", []),
    ("x" * 500, None, []),
]


def test_json_lines_one_object_per_input_line_in_order(cli: RunCli) -> None:
    stdin = "\r\n".join(text for text, _, _ in LINES) + "\n"
    result = cli("verify", "-", "--json", input=stdin)
    records = [json.loads(row) for row in result.stdout.splitlines()]
    assert len(records) == len(LINES)
    for record, (text, verdict, codes) in zip(records, LINES, strict=True):
        assert record["input"] == text
        assert record["verdict"] == verdict
        if verdict is None:
            assert record["error"]
        else:
            assert [warning["code"] for warning in record["warnings"]] == codes
            assert "source" not in record  # said once by the single-number form, not on every line
    assert records[1]["line"]["id"] == "es-general-2"
    assert result.code == 2  # the highest per-line code: a line was not a phone number


def test_exit_code_is_the_highest_of_the_lines(cli: RunCli) -> None:
    assert cli("verify", "-", input="+1 336 393 1111\n900 814 500\n").code == 0
    assert cli("verify", "-", input="+1 336 393 1111\n1-800-935-9935\n").code == 1
    assert cli("verify", "-", input="+1 336 393 1111\n12\n").code == 2
    assert cli("verify", "-", input="").code == 0


def test_plain_batch_is_one_tab_separated_line_each(cli: RunCli) -> None:
    result = cli("verify", "-", input="+1 336 393 1111\n12\n+1 800 582 4800\n")
    rows = [row.split("\t") for row in result.stdout.splitlines()]
    assert rows == [
        ["listed", "+1 336 393 1111", "us-lost-abroad (confirmed)"],
        ["error", "12", rows[1][2]],
        ["suspicious", "+1 800 582 4800", "look-alike"],
    ]
    assert rows[1][2].startswith("not a complete phone number")


def test_batch_reads_lazily() -> None:
    """verify_lines pulls one line at a time: a generator that never ends still yields."""

    def endless() -> object:
        while True:
            yield "+1 336 393 1111\n"

    results = verify_lines(load_directory(), endless())  # type: ignore[arg-type]
    assert [next(results).verdict for _ in range(3)] == ["listed"] * 3


def test_fast_international_agrees_with_parse() -> None:
    """The batch fast path for + numbers gives what phonenumbers.parse gives, or steps aside."""
    rng = random.Random(7)
    checked = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            digits = str(example.national_number)
            for _ in range(3):
                national = digits[:-2] + f"{rng.randrange(100):02d}"
                for text in (f"+{example.country_code} {national}", f"+{example.country_code}-0{national}"):
                    fast = fast_international(text, "".join(ch for ch in text if ch.isdigit()))
                    if fast is None:
                        continue
                    checked += 1
                    slow = phonenumbers.parse(text)
                    assert phonenumbers.format_number(fast, 0) == phonenumbers.format_number(slow, 0), text
                    assert phonenumbers.number_type(fast) == phonenumbers.number_type(slow), text
    assert checked > 500


@example(text="+0120")  # a country code cannot start with 0: found by this test once
@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="+0123456789 -().", max_size=20))
def test_fast_international_never_disagrees(text: str) -> None:
    digits = "".join(ch for ch in text if ch.isdigit())
    fast = fast_international(text, digits)
    if fast is None:
        return
    slow = phonenumbers.parse(text)
    assert phonenumbers.format_number(fast, 0) == phonenumbers.format_number(slow, 0)


def test_batch_reads_national_numbers_where_from_says_and_keeps_a_trailing_letter(cli: RunCli) -> None:
    result = cli("verify", "-", "--from", "GB", input="020 7264 1777\r\n1-800-SAY-AMEX\n")
    rows = [row.split("\t") for row in result.stdout.splitlines()]
    assert rows[0] == ["listed", "020 7264 1777", "de-general (guide-only)"]
    assert rows[1][1] == "1-800-SAY-AMEX"  # only the line end is taken off, never a letter of the number


PLUS_FORMS = [
    ("+1 800 528 4800", (1, 8005284800)),  # a one-digit country code
    ("+44 20 7264 1777", (44, 2072641777)),  # two digits
    ("+353 1 234 5678", (353, 12345678)),  # three digits
    ("+262 262 12 34 56", (262, 262123456)),
    ("+7 495 123 4567", (7, 4951234567)),
    ("+44 12", (44, 12)),  # the shortest national number taken
    ("+44" + "1" * 17, (44, 11111111111111111)),  # the longest
    ("+44 1", None),
    ("+44" + "1" * 18, None),
    ("+44 (0)20 7264 1777", None),  # a national prefix after the country code: parse's work
    ("+39 06 1234 5678", None),  # a leading zero kept in the national number: parse's work
    ("+7 8 495 123 4567", None),  # a national prefix for parsing
    ("+1 800 528+4800", None),  # two plus signs
    ("+0120", None),  # no country code starts with 0
    ("+44 20 7264 1777 ext 1", None),  # letters: parse's work
    ("1 800 528 4800", None),  # no plus sign
]


@pytest.mark.parametrize(("text", "read"), PLUS_FORMS, ids=[text for text, _ in PLUS_FORMS])
def test_fast_path_takes_plain_plus_forms_and_steps_aside_for_the_rest(text: str, read: tuple[int, int] | None) -> None:
    fast = fast_international(text, "".join(ch for ch in text if ch.isdigit()))
    assert (None if fast is None else (fast.country_code, fast.national_number)) == read


def test_keep_patterns_turns_on_phonenumbers_pattern_cache() -> None:
    """Without it a batch of numbers from many regions recompiles patterns (benchmarks/verify_batch.py)."""
    import sys

    from amexhelp.verify.checker import keep_patterns

    module = sys.modules[phonenumbers.enable_pattern_cache.__module__]
    keep_patterns()
    assert module._COMPILED_PATTERNS is not None

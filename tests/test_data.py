"""The data is the product: every number, country and language checked against the libraries."""

from __future__ import annotations

import re
from typing import Any

import phonenumbers
import pycountry
import pytest

from amexhelp import datagen
from amexhelp.directory import load_directory
from conftest import SOURCE_TEXT

DIRECTORY = load_directory()
LINES = DIRECTORY.lines
# ISO 639-3 languages the source names that belong to an ISO 639-1 macrolanguage.
# (pycountry calls ISO 639-1 "ms" "Malay (macrolanguage)".)
MACROLANGUAGE = {"Mandarin": "zh", "Cantonese": "zh", "Malay": "ms"}


@pytest.mark.parametrize("line", LINES, ids=lambda line: line.id)
def test_number_is_valid_and_its_e164_matches_the_printed_form(line: Any) -> None:
    number = phonenumbers.parse(line.e164)
    assert phonenumbers.is_valid_number(number), line.e164
    assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == line.e164
    printed = phonenumbers.parse(line.display, line.number_region)
    if line.correction is None:
        assert phonenumbers.format_number(printed, phonenumbers.PhoneNumberFormat.E164) == line.e164
    else:
        # An outdated printed form is kept as printed: it must no longer be valid, and say why.
        assert not phonenumbers.is_valid_number(printed)
        assert line.correction


@pytest.mark.parametrize("line", LINES, ids=lambda line: line.id)
def test_toll_free_flag_agrees_with_phonenumbers(line: Any) -> None:
    kind = phonenumbers.number_type(phonenumbers.parse(line.e164))
    assert line.toll_free == (kind == phonenumbers.PhoneNumberType.TOLL_FREE)


@pytest.mark.parametrize("line", LINES, ids=lambda line: line.id)
def test_countries_and_languages_exist_in_pycountry(line: Any) -> None:
    if line.country is not None:
        assert pycountry.countries.get(alpha_2=line.country) is not None
    assert pycountry.countries.get(alpha_2=line.number_region) is not None
    for code in line.languages:
        assert pycountry.languages.get(alpha_2=code) is not None, code
    named = {MACROLANGUAGE.get(name) or pycountry.languages.lookup(name).alpha_2 for name in line.languages_as_printed}
    assert named == set(line.languages)


def test_a_line_served_from_another_country_says_so() -> None:
    served_from_abroad = []
    for line in LINES:
        number = phonenumbers.parse(line.e164)
        if line.country is not None and number.country_code != phonenumbers.country_code_for_region(line.country):
            served_from_abroad.append(line.id)
            assert any("London" in note or "United Kingdom" in note for note in line.notes), line.id
    assert sorted(served_from_abroad) == ["de-general", "es-general", "fr-general", "ie-general", "it-general"]


def test_precomputed_data_equals_what_the_libraries_compute_now() -> None:
    for path, text in datagen.generated_files().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run python -m amexhelp.datagen"


def test_expected_lines_are_present() -> None:
    ids = {line.id for line in LINES}
    for wanted in ("us-general", "us-premium", "us-business", "us-fraud", "us-travel", "us-fax", "ca-general"):
        assert wanted in ids
    table = [
        "US",
        "CA",
        "GB",
        "DE",
        "FR",
        "IT",
        "ES",
        "AU",
        "NZ",
        "JP",
        "CN",
        "IN",
        "SG",
        "HK",
        "MX",
        "BR",
        "AR",
        "ZA",
        "SA",
        "AE",
        "KR",
        "TW",
    ]
    assert set(table) <= set(DIRECTORY.countries)
    assert DIRECTORY.fallback.e164 == "+16027855000"


def test_mexico_keeps_the_printed_form_and_dials_the_corrected_number() -> None:
    mexico = DIRECTORY.line("mx-general")
    assert mexico.display == "01-800-005-2221"
    assert mexico.e164 == "+528000052221"
    assert "2019" in (mexico.correction or "")


def _all_text(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _all_text(v)]
    if isinstance(value, list):
        return [t for v in value for t in _all_text(v)]
    return []


DAMAGE = [
    r"convenienceits",
    r"\byoure\b",
    r"\bAmexs\b",
    r"\bdoesnt\b",
    r"\bcompanys\b",
    r"problemsit",
    r"questionsall",
    r"repyoure",
    r"callbefore",
    r"overnightall",
    r"feethese",
    r"\b(?:2448|2472|35|12|38)\s+(?:hours|business days|days|minutes)\b",
    r"\(12 days\)",
    r"\b\w+s\s(?:reputation)\b",
]


def test_no_typesetting_damage_is_left(bundled_document: dict[str, Any]) -> None:
    for text in _all_text(bundled_document):
        for pattern in DAMAGE:
            assert not re.search(pattern, text), f"{pattern!r} in {text!r}"


def test_damage_patterns_do_catch_the_source_text() -> None:
    """The damage check must be able to fail: it does on the unrepaired source."""
    if not SOURCE_TEXT.exists():
        pytest.skip("shared/source is not beside this checkout")
    source = SOURCE_TEXT.read_text(encoding="utf-8")
    assert re.search(DAMAGE[11], source)
    assert re.search(DAMAGE[0], source)


def test_every_number_printed_in_the_source_is_in_the_directory() -> None:
    if not SOURCE_TEXT.exists():
        pytest.skip("shared/source is not beside this checkout")
    source = SOURCE_TEXT.read_text(encoding="utf-8")
    printed = set(re.findall(r"\+?\d[\d -]{5,}\d", source))
    numbers = {p.strip() for p in printed if len(re.sub(r"\D", "", p)) >= 7}
    numbers.discard("79998-1540")  # the P.O. box ZIP+4 code, not a phone number
    displays = {line.display for line in LINES}
    assert numbers, "no number found in the source: the pattern is wrong"
    assert numbers <= displays, sorted(numbers - displays)

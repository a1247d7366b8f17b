"""Dialing judgement, checked against what phonenumbers itself says (no copied expectations)."""

from __future__ import annotations

import phonenumbers
import pytest

from amexhelp.dialing import dial_from, for_caller, from_abroad
from amexhelp.directory import load_directory
from amexhelp.lookup import answer

DIRECTORY = load_directory()
CALLERS = ["US", "GB", "JP", "DE", "CA", "MX", "KR", "AU", "PE", "IE"]


def number(line_id: str) -> phonenumbers.PhoneNumber:
    return phonenumbers.parse(DIRECTORY.line(line_id).e164)


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("line", DIRECTORY.lines, ids=lambda line: line.id)
def test_reachable_lines_dial_with_phonenumbers_out_of_country_form(line: object, caller: str) -> None:
    dial = dial_from(line, caller)  # type: ignore[arg-type]
    parsed = phonenumbers.parse(line.e164)  # type: ignore[attr-defined]
    same_area = parsed.country_code == phonenumbers.country_code_for_region(caller)
    if same_area:
        assert dial.reachable
    if dial.reachable:
        assert dial.dial == phonenumbers.format_out_of_country_calling_number(parsed, caller)
        assert dial.reason is None
    else:
        assert dial.dial is None
        assert dial.reason


@pytest.mark.parametrize("line", DIRECTORY.lines, ids=lambda line: line.id)
def test_toll_free_and_shared_cost_lines_are_local_unless_the_data_says_otherwise(line: object) -> None:
    reachable, _ = from_abroad(line)  # type: ignore[arg-type]
    parsed = phonenumbers.parse(line.e164)  # type: ignore[attr-defined]
    kind = phonenumbers.number_type(parsed)
    if line.reachable_from_abroad is not None:  # type: ignore[attr-defined]
        assert reachable == line.reachable_from_abroad  # type: ignore[attr-defined]
    elif kind in (phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST):
        assert not reachable
    else:
        assert reachable == phonenumbers.can_be_internationally_dialled(parsed)


def test_us_800_is_not_reachable_from_the_uk_though_phonenumbers_says_it_can_be_dialled() -> None:
    assert phonenumbers.can_be_internationally_dialled(number("us-general"))
    dial = dial_from(DIRECTORY.line("us-general"), "GB")
    assert not dial.reachable
    assert "North America" in (dial.reason or "") or "+1" in (dial.reason or "")


def test_japan_from_the_us_and_the_uk_uses_the_exit_codes() -> None:
    japan = DIRECTORY.line("jp-general")
    local = dial_from(japan, "JP")
    assert local.reachable
    assert local.dial == phonenumbers.format_out_of_country_calling_number(number("jp-general"), "JP")
    assert local.dial is not None
    assert local.dial.startswith("0120")
    # The toll-free line is unreachable from abroad; the worldwide line is dialled with each exit code.
    worldwide = DIRECTORY.fallback
    assert dial_from(worldwide, "GB").dial == phonenumbers.format_out_of_country_calling_number(
        phonenumbers.parse(worldwide.e164), "GB"
    )
    assert (dial_from(worldwide, "GB").dial or "").startswith("00 1")


def test_canada_reaches_us_800_lines_in_the_same_calling_area() -> None:
    assert dial_from(DIRECTORY.line("us-fraud"), "CA").reachable


def test_korean_00798_number_works_only_inside_korea() -> None:
    korea = DIRECTORY.line("kr-general")
    assert dial_from(korea, "KR").reachable
    assert not dial_from(korea, "US").reachable


def test_singapore_international_line_is_reachable_from_abroad_by_the_data() -> None:
    assert dial_from(DIRECTORY.line("sg-international"), "US").reachable
    assert not dial_from(DIRECTORY.line("sg-general"), "US").reachable


def test_reachable_lines_come_first_and_the_fallback_is_added_when_none_is() -> None:
    lines = DIRECTORY.lines_for_country("SG")
    ordered, dials, added = for_caller(lines, "US", DIRECTORY.fallback)
    assert [line.id for line in ordered] == ["sg-international", "sg-general"]
    assert [d.reachable for d in dials] == [True, False]
    assert not added
    ordered, dials, added = for_caller(DIRECTORY.lines_for_country("JP"), "US", DIRECTORY.fallback)
    assert added
    assert ordered[0].id == "worldwide"
    assert dials[0].reachable


def test_lookup_from_defaults_the_country_to_where_the_caller_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AMEXHELP_COUNTRY", raising=False)
    result = answer(DIRECTORY, "lost card", from_option="Japan")
    assert result.country.code == "JP"
    assert result.country_source == "from"
    assert result.dials is not None
    assert result.dials[0].dial is not None
    assert result.dials[0].dial.startswith("0120")


def test_amexhelp_from_is_the_default_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMEXHELP_FROM", "GB")
    result = answer(DIRECTORY, country_option="US", need_option="lost-card")
    assert result.caller is not None
    assert result.caller.code == "GB"
    assert result.lines[0].id == "worldwide"

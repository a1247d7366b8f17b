from __future__ import annotations

import pytest

from amexhelp.directory import load_directory
from amexhelp.errors import InputError
from amexhelp.lookup import answer

DIRECTORY = load_directory()


def ids(result: object) -> list[str]:
    return [line.id for line in result.lines]  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _no_default_country(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AMEXHELP_COUNTRY", raising=False)


def test_lost_card_in_japan_gives_the_0120_number() -> None:
    result = answer(DIRECTORY, "lost card in Japan")
    assert result.country.code == "JP"
    assert result.need is not None
    assert result.need.id == "lost-card"
    assert [line.display for line in result.lines] == ["0120-099-818"]
    assert not result.fallback


def test_us_lost_card_goes_to_the_fraud_line_first_then_general() -> None:
    assert ids(answer(DIRECTORY, country_option="US", need_option="lost-card")) == ["us-fraud", "us-general"]


def test_travel_goes_to_global_assist_where_the_country_has_it() -> None:
    assert ids(answer(DIRECTORY, country_option="CA", need_option="travel")) == ["ca-travel", "ca-general"]
    assert ids(answer(DIRECTORY, country_option="JP", need_option="travel")) == ["jp-general"]


def test_premium_line_shares_the_general_number_and_is_offered_once() -> None:
    result = answer(DIRECTORY, country_option="US", need_option="premium")
    assert ids(result) == ["us-premium", "us-travel"]
    assert len({line.e164 for line in result.lines}) == len(result.lines)


def test_fax_is_never_offered_as_a_number_to_call() -> None:
    for need in DIRECTORY.needs:
        assert "us-fax" not in ids(answer(DIRECTORY, country_option="US", need_option=need.id))
    assert "us-fax" not in ids(answer(DIRECTORY, country_option="US"))


def test_country_not_listed_gets_the_worldwide_number_as_a_fallback() -> None:
    result = answer(DIRECTORY, "I'm in Peru and my card was stolen")
    assert result.country.code == "PE"
    assert result.fallback
    assert ids(result) == ["worldwide"]
    assert any("fallback" in notice for notice in result.notices)


def test_european_country_not_listed_gets_the_europe_line_before_the_worldwide_number() -> None:
    result = answer(DIRECTORY, country_option="NL")
    assert ids(result) == ["europe-multilingual", "worldwide"]
    assert result.fallback
    assert any("Europe" in notice for notice in result.notices)


def test_country_with_lines_has_no_fallback() -> None:
    result = answer(DIRECTORY, country_option="DE")
    assert not result.fallback
    assert ids(result) == ["de-general"]


def test_options_win_over_the_query() -> None:
    result = answer(DIRECTORY, "lost card in Japan", country_option="FR", need_option="travel")
    assert result.country.code == "FR"
    assert result.need is not None
    assert result.need.id == "travel"


def test_no_country_assumes_the_environment_then_the_united_states(monkeypatch: pytest.MonkeyPatch) -> None:
    result = answer(DIRECTORY, "my flight was cancelled")
    assert (result.country.code, result.country_source) == ("US", "default")
    assert any("assumed United States" in notice for notice in result.notices)
    monkeypatch.setenv("AMEXHELP_COUNTRY", "Australia")
    result = answer(DIRECTORY, "my flight was cancelled")
    assert (result.country.code, result.country_source) == ("AU", "environment")
    assert ids(result) == ["au-general", "au-mobile"]


def test_bad_environment_country_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    # Not "Atlantis": that is a town in South Africa, and so a place --country accepts.
    monkeypatch.setenv("AMEXHELP_COUNTRY", "Narnia")
    with pytest.raises(InputError, match="AMEXHELP_COUNTRY"):
        answer(DIRECTORY, "help")


def test_unknown_need_suggests_the_closest() -> None:
    with pytest.raises(InputError) as caught:
        answer(DIRECTORY, need_option="lost")
    assert caught.value.suggestion == "did you mean lost-card?"


def test_advice_is_the_needs_own_and_safety_without_a_need() -> None:
    assert answer(DIRECTORY, country_option="US", need_option="dispute").advice == DIRECTORY.need("dispute").advice
    assert answer(DIRECTORY, country_option="US").advice == DIRECTORY.safety

from __future__ import annotations

import pycountry
import pytest

from amexhelp.directory import index
from amexhelp.errors import InputError
from amexhelp.lookup.places import resolve_country


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("JP", "JP"),
        ("jp", "JP"),
        ("JPN", "JP"),
        ("Japan", "JP"),
        ("JAPAN", "JP"),
        ("UK", "GB"),
        ("Britain", "GB"),
        ("united kingdom", "GB"),
        ("USA", "US"),
        ("us", "US"),
        ("United States", "US"),
        ("South Korea", "KR"),
        ("Korea", "KR"),
        ("Republic of Korea", "KR"),
        ("UAE", "AE"),
        ("Hong Kong", "HK"),
        ("Taiwan", "TW"),
        ("méxico", "MX"),
        ("  Peru ", "PE"),
        ("Viet Nam", "VN"),
    ],
)
def test_resolves_codes_names_and_common_short_names(typed: str, code: str) -> None:
    assert resolve_country(typed).code == code


def test_every_pycountry_code_and_name_resolves_to_itself() -> None:
    for country in pycountry.countries:
        assert resolve_country(country.alpha_2).code == country.alpha_2
        assert resolve_country(country.alpha_3).code == country.alpha_2
        assert resolve_country(country.name).code == country.alpha_2


def test_unknown_country_suggests_a_close_name() -> None:
    with pytest.raises(InputError) as caught:
        resolve_country("Jpan")
    assert "Jpan" in caught.value.message
    assert caught.value.suggestion == "did you mean Japan?"


def test_unknown_country_with_nothing_close_still_says_what_to_give() -> None:
    with pytest.raises(InputError) as caught:
        resolve_country("qqqqqq")
    assert caught.value.suggestion is not None
    assert "JP" in caught.value.suggestion


def test_index_display_names_come_from_pycountry() -> None:
    names = index.country_names()
    # User-assigned: XK (Kosovo) and ZZ (an unknown region, for a place the query names but is not known).
    assert set(names) - {"XK", "ZZ"} == {country.alpha_2 for country in pycountry.countries}
    assert names["KR"] == pycountry.countries.get(alpha_2="KR").common_name
    assert names["JP"] == pycountry.countries.get(alpha_2="JP").name

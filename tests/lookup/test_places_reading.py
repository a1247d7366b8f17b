"""Where the person is, as people write it in every script: names in the other form of written Chinese,
Russian names in their cases, places beside markers in scripts without spaces, a place named but not
known (never an assumed country), ordinary words that are no place, and a name two places share."""

from __future__ import annotations

import pytest

from amexhelp.directory.index import Lookup
from amexhelp.lookup._query import parse
from tools.inflection import declined


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("在溫哥華弄丟了卡", "CA"),  # Traditional
        ("在温哥华丢了卡", "CA"),  # Simplified
        ("在韓國遺失信用卡", "KR"),  # a country's name in the other form
        ("在日內瓦弄丟了卡", "CH"),
        ("후쿠오카에서 카드를 잃어버렸어요", "JP"),  # a name GeoNames gives with "시" (city) after it
        ("потерял карту в Лиссабоне", "PT"),  # Лиссабон, in the prepositional case
        ("украли карту в Дубае", "AE"),  # Дубай
        ("потерял карту в Нью-Йорке", "US"),  # the last part of a compound declines
        ("فقدت بطاقتي في جنيف", "CH"),  # a city under 300,000 people, in Arabic
        ("टोरंटो में कार्ड खो गया", "CA"),  # CLDR's exemplar city
    ],
)
def test_names_in_other_scripts_are_read(text: str, country: str) -> None:
    assert parse(text, ()).country == country


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("roubaram meu cartão em Pindorama do Zé", "Pindorama do Zé"),  # "Zé" inside is no place
        ("me robaron la tarjeta en San Pedro de los Zorbales", "San Pedro de los Zorbales"),
        ("فقدت بطاقتي في زوربانيا", "زوربانيا"),
        ("ज़ोर्बानिया में कार्ड खो गया", "ज़ोर्बानिया"),
        ("在佐爾巴尼亞弄丟了卡", "佐爾巴尼亞"),
        ("조르바니아에서 카드를 잃어버렸어요", "조르바니아"),
    ],
)
def test_a_place_named_but_not_known_is_said(text: str, unknown: str) -> None:
    parsed = parse(text, ())
    assert (parsed.country, parsed.unknown_place) == (None, unknown)


@pytest.mark.parametrize(
    "text",
    [
        "charged twice at the Indian restaurant",  # an English adjective is no Finnish form of India
        "amex stolen at the Thai massage place",  # after an article, no town called Thai
        "chad from work found my card",
        "perdi o cartão comendo peru",  # turkey, in Portuguese
        "lost card, no idea where",
    ],
)
def test_ordinary_words_are_no_place(text: str) -> None:
    parsed = parse(text, ())
    assert (parsed.country, parsed.unknown_place) == (None, None)


@pytest.mark.parametrize(
    ("text", "country"),
    [("não acho meu cartão, estou em Salvador", "BR"), ("perdí mi tarjeta, estoy en Salvador", "SV")],
)
def test_a_name_two_places_share_is_read_by_the_language_and_said(text: str, country: str) -> None:
    parsed = parse(text, ())
    assert parsed.country == country
    assert [n.code for n in parsed.notices] == ["place-ambiguous"]


def test_russian_names_are_declined_by_their_ending() -> None:
    assert {"дубае", "дубая"} <= declined("дубаи")  # Дубай, folded: the breve of "й" is an accent
    assert {"англии"} <= declined("англия")
    assert {"лиссабоне", "лиссабона"} <= declined("лиссабон")
    assert declined("бали") == set()  # indeclinable
    assert declined("рим") == set()  # too short: its forms are too often words
    assert declined("paris") == set()


def test_a_table_read_as_a_mapping() -> None:
    table = Lookup(b"a b\tX\nb\tY\nc\tZ\n")
    assert "b" in table
    assert "a b" in table
    assert "a" not in table
    assert table["c"] == "Z"
    assert table.get("d") is None
    with pytest.raises(KeyError):
        table["d"]
    assert dict(table) == {"a b": "X", "b": "Y", "c": "Z"}

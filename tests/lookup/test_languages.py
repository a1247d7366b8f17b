"""Travellers in their own words: real phrases per language, with the country and need each must give."""

from __future__ import annotations

import gettext

import pycountry
import pytest

from amexhelp.directory import index
from amexhelp.directory.folding import key
from amexhelp.directory.model import Directory
from amexhelp.lookup._query import parse
from amexhelp.lookup.places import resolve_country
from amexhelp.render.naming import Naming, resolve_lang
from harness import RunCli, messages, worded
from tools import datagen

PHRASES = {
    "en": [
        ("lost card in Japan", "JP", "lost-card"),
        ("my wallet was stolen in Tokyo", "JP", "lost-card"),
        ("flight cancelled, stuck in New York", "US", "travel"),
        ("someone used my card in Ontario", "CA", "fraud"),
    ],
    "es": [
        ("tarjeta robada en México", "MX", "lost-card"),
        ("perdí mi tarjeta en Madrid", "ES", "lost-card"),
        ("mi vuelo fue cancelado en Japón", "JP", "travel"),
        ("cargo no autorizado en Estados Unidos", "US", "fraud"),
    ],
    "fr": [
        ("carte perdue à Paris", "FR", "lost-card"),
        ("on m'a volé ma carte en Espagne", "ES", "lost-card"),
        ("vol annulé à Londres", "GB", "travel"),
        ("CARTE VOLÉE AU MEXIQUE", "MX", "lost-card"),
    ],
    "de": [
        ("Karte gestohlen in Deutschland", "DE", "lost-card"),
        ("Karte verloren in München", "DE", "lost-card"),
        ("Flug annulliert in Bayern", "DE", "travel"),
        ("verdächtiger Anruf aus Südkorea", "KR", "fraud"),
    ],
    "it": [
        ("carta rubata a Roma", "IT", "lost-card"),
        ("ho perso la carta in Giappone", "JP", "lost-card"),
        ("volo cancellato in Spagna", "ES", "travel"),
    ],
    "pt": [
        ("cartão perdido no Brasil", "BR", "lost-card"),
        ("cartão roubado em Portugal", "PT", "lost-card"),
        ("voo cancelado no México", "MX", "travel"),
        ("cobrança indevida nos Estados Unidos", "US", "dispute"),
    ],
    "ja": [
        ("東京でカードをなくした", "JP", "lost-card"),
        ("日本でカードを落としました", "JP", "lost-card"),
        ("アメリカでカードが盗まれた", "US", "lost-card"),
        ("韓国で不正利用されました", "KR", "fraud"),
        ("身に覚えのない請求があります、ドイツ", "DE", "dispute"),
    ],
    "zh": [
        ("在上海丢了信用卡", "CN", "lost-card"),
        ("我的卡在香港被盗了", "HK", "lost-card"),
        ("我在日本，航班取消了", "JP", "travel"),
        ("在台灣信用卡被盜刷", "TW", "fraud"),
    ],
    "ko": [
        ("서울에서 카드를 잃어버렸어요", "KR", "lost-card"),
        ("일본에서 카드 분실", "JP", "lost-card"),
        ("미국에서 항공편이 결항됐어요", "US", "travel"),
    ],
    "ar": [
        ("فقدت بطاقتي في دبي", "AE", "lost-card"),
        ("سرقت بطاقتي في السعودية", "SA", "lost-card"),
        ("رحلة ملغاة في مصر", "EG", "travel"),
    ],
    "hi": [
        ("भारत में मेरा कार्ड खो गया", "IN", "lost-card"),
        ("मुंबई में कार्ड चोरी हो गया", "IN", "lost-card"),
        ("जापान में उड़ान रद्द", "JP", "travel"),
    ],
}


@pytest.mark.parametrize(
    ("text", "country", "need"),
    [row for rows in PHRASES.values() for row in rows],
    ids=[f"{lang}:{row[0]}" for lang, rows in PHRASES.items() for row in rows],
)
def test_phrase_gives_country_and_need(text: str, country: str, need: str, directory: Directory) -> None:
    parsed = parse(text, directory.need_ids)
    assert (parsed.country, parsed.need) == (country, need)


def test_every_support_language_has_its_word_list() -> None:
    languages = {path.stem for path in (datagen.SOURCES / "words").glob("*.json")}
    assert {"en", "es", "fr", "de", "it", "pt", "ja", "zh", "ko", "ar", "hi"} <= languages
    assert set(PHRASES) <= languages


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("México", "MX"),
        ("Mexico", "MX"),
        ("MEXIQUE", "MX"),
        ("Mexiko", "MX"),
        ("Japón", "JP"),
        ("日本", "JP"),
        ("일본", "JP"),
        ("اليابان", "JP"),
        ("जापान", "JP"),
        ("Deutschland", "DE"),
        ("Allemagne", "DE"),
        ("Royaume-Uni", "GB"),
        ("Reino Unido", "GB"),
        ("Corée du Sud", "KR"),
        ("韓国", "KR"),
        ("Vereinigte Staaten", "US"),
        ("Estados Unidos", "US"),
    ],
)
def test_country_option_takes_names_in_many_languages(typed: str, code: str) -> None:
    assert resolve_country(typed).code == code


@pytest.mark.parametrize("locale", ["es", "fr", "de", "it", "pt", "ja", "zh_CN", "ko", "ar", "hi"])
def test_translated_names_resolve_as_pycountry_translates_them(locale: str) -> None:
    """Every country's translated name (where it is not shared or too short) resolves to that country."""
    catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
    names = index.names()
    checked = 0
    for country in pycountry.countries:
        folded = key(catalogue.gettext(country.name))
        if folded in names and names[folded] == country.alpha_2:
            assert resolve_country(catalogue.gettext(country.name)).code == country.alpha_2
            checked += 1
    assert checked > 150


def test_places_map_to_their_country_and_ambiguous_ones_go_to_the_first_of_their_name(directory: Directory) -> None:
    assert parse("lost card in Bayern", directory.need_ids).country == "DE"
    assert parse("lost card in Ontario", directory.need_ids).country == "CA"
    assert parse("東京で", directory.need_ids).country == "JP"
    for city in ("New York", "Los Angeles", "Chicago", "London", "Sydney", "Mumbai", "Tokyo", "Paris", "El Paso"):
        assert parse(f"lost card in {city}", directory.need_ids).country is not None, city
    ambiguous = parse("lost card in Córdoba", directory.need_ids)
    assert ambiguous.country == "AR"  # Córdoba, Argentina: 2.1 million people; Córdoba, Spain: 0.3 million
    assert any("Spain" in notice for notice in worded(ambiguous))
    assert parse("lost card in Córdoba, Spain", directory.need_ids).country == "ES"


def test_a_country_name_wins_over_a_subdivision_unless_the_text_says_otherwise(directory: Directory) -> None:
    assert parse("lost card in Georgia", directory.need_ids).country == "GE"
    assert parse("lost card in Atlanta, Georgia, USA", directory.need_ids).country == "US"
    assert parse("lost card in New Jersey", directory.need_ids).country == "US"
    assert parse("lost my card in New South Wales", directory.need_ids).country == "AU"


def test_short_place_names_count_only_capitalised(directory: Directory) -> None:
    assert parse("lost card in Lot", directory.need_ids).country == "FR"
    assert parse("a lot of fraud", directory.need_ids).country is None


def test_ambiguous_place_is_said_in_the_answer(cli: RunCli) -> None:
    data = cli("lookup", "lost card in Córdoba", "--json").json()
    assert data["country"]["code"] == "AR"
    assert data["country_source"] == "query"
    assert any("Córdoba" in notice and "Spain" in notice for notice in messages(data))


def test_lang_shows_names_in_that_language_and_json_is_unchanged(cli: RunCli) -> None:
    text = cli("lookup", "-c", "JP", "--lang", "ja", "--format", "plain").stdout
    japanese = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ja"])
    # The summary: the country's name from pycountry's catalogue, "any need" from the tool's own (ja.po).
    assert f"{japanese.gettext('Japan')} (JP) · 用件の指定なし" in text
    languages = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=["ja"])
    assert languages.gettext("Japanese") in text
    data = cli("lookup", "-c", "JP", "--lang", "ja", "--json").json()
    assert data["country"]["name"] == "Japan"
    general = next(line for line in data["lines"] if line["id"] == "jp-general")
    assert general["languages"] == ["ja", "en"]


def test_locale_is_the_default_language(cli: RunCli) -> None:
    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    text = cli("countries", "--format", "plain", env={"LANG": "de_DE.UTF-8"}).stdout
    assert german.gettext("Japan") in text
    assert german.gettext("Argentina") in text
    assert "Argentina (AR)" in cli("countries", "--format", "plain", env={"LANG": "C.UTF-8"}).stdout


def test_unknown_lang_is_exit_2(cli: RunCli) -> None:
    result = cli("lookup", "-c", "JP", "--lang", "xx")
    assert result.code == 2
    assert result.stdout == ""
    assert "--lang" in result.stderr


def test_locale_forms() -> None:
    assert resolve_lang("ja_JP") == "ja"
    assert resolve_lang("zh-HK") == "zh-TW"
    assert resolve_lang("zh_CN") == "zh"
    assert resolve_lang("pt_BR") == "pt"
    assert resolve_lang("en") == "en"
    assert Naming("fr").country("DE") == gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]
    ).gettext("Germany")


def test_display_languages_match_the_generated_files() -> None:
    assert set(index.display_languages()) == set(datagen.DISPLAY_LOCALES)  # generated from it
    for lang in index.display_languages():
        assert (datagen.DATA_DIR / "names" / f"{lang}.json").exists()

"""The language of a whole sentence, written by hand from what the sentence is: its script first, then
its words, whether or not its need words are known; the issuer's name in any script is no place, no
card market and no language."""

from __future__ import annotations

import pytest

from amexhelp.directory import index
from amexhelp.directory.model import Directory
from amexhelp.lookup._brand import shortened
from amexhelp.lookup._cardmarket import read_card
from amexhelp.lookup._language import language_of, script_of
from amexhelp.lookup._query import parse
from amexhelp.lookup._reading import read
from amexhelp.lookup.answer import answer

LANGUAGES = [
    # Latin script, told by the function words (need words new or absent)
    ("meine Karte wurde gestohlen", "de"),
    ("ich bin in der Schweiz und brauche die Nummer", "de"),
    ("se me perdió la tarjeta en Madrid", "es"),
    ("no sé dónde la dejé, estoy en el centro", "es"),
    ("j'ai oublié ma carte dans le train", "fr"),
    ("je ne sais pas quoi faire, je suis à Lyon", "fr"),
    ("è stata clonata ieri sera", "it"),
    ("non so cosa fare, sono a Roma", "it"),
    ("levaram o cartão no ônibus", "pt"),
    ("não sei o que fazer, estou em Lisboa", "pt"),
    ("my card got nicked at the pub", "en"),
    ("what do I do now", "en"),
    ("mera card kho gaya", "hi"),
    # languages read but not answered in: their own code (the answer is in English)
    ("ik ben mijn kaart kwijt", "nl"),
    ("zgubiłem kartę w Paryżu", "pl"),
    ("ztratil jsem kartu v Praze", "cs"),
    ("kadotin korttini", "fi"),
    ("kartımı kaybettim", "tr"),
    # other scripts
    ("украли карту в Москве", "ru"),
    ("що мені робити, картку вкрали", "uk"),
    ("سرقت بطاقتي في دبي", "ar"),
    ("मेरा कार्ड खो गया", "hi"),
    ("カードをなくしました", "ja"),
    ("紛失しました、東京駅で", "ja"),
    ("잃어버림", "ko"),
    ("我的卡丢了", "zh"),
    ("我的卡丟了", "zh-TW"),
    ("在澳門卡被偷了", "zh-TW"),
    ("ATM吞卡了", "zh"),
    # nothing says
    ("Madrid", None),
    ("12345", None),
    # the brand tells no language
    ("アメリカン・エキスプレス card gone", "en"),
    ("American Express カードをなくした", "ja"),
]


@pytest.mark.parametrize(("text", "language"), LANGUAGES, ids=[text for text, _ in LANGUAGES])
def test_the_language_of_the_sentence(text: str, language: str | None) -> None:
    assert language_of(text) == language


@pytest.mark.parametrize(("text", "language"), LANGUAGES[:13], ids=[text for text, _ in LANGUAGES[:13]])
def test_parse_carries_the_sentence_language(text: str, language: str, directory: Directory) -> None:
    assert parse(text, directory.need_ids).language == language


def test_the_whole_query_tells_the_language_with_the_card_market_cut_out(directory: Directory) -> None:
    """美國 names the card's market and is cut from the text; its 國 still says Traditional Chinese."""
    assert answer(directory, "美國的卡在台北被偷了").language == "zh-TW"
    assert answer(directory, "美国的卡在上海被偷了").language == "zh"


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("lost card in 東京", "Latn"),
        ("ATM吞卡了", "Hani"),
        ("東京でカード", "Kana"),
        ("카드 분실", "Hang"),
        ("123", None),
    ],
)
def test_the_script_most_letters_are_written_in(text: str, script: str | None) -> None:
    assert script_of(text) == script


BRAND = [
    ("我的美国运通卡丢了", "我的运通卡丢了"),
    ("我的美國運通卡丟了", "我的運通卡丟了"),
    ("アメリカン・エキスプレスのカード", "アメックスのカード"),
    ("アメリカンエキスプレスのカード", "アメックスのカード"),
    ("아메리칸 익스프레스 카드", "아멕스 카드"),
    ("بطاقة أمريكان إكسبريس", "بطاقة أمكس"),
    ("अमेरिकन एक्सप्रेस कार्ड", "अमेक्स कार्ड"),
    ("карта Американ Экспресс", "карта амекс"),
    ("карта американский экспресс", "карта амекс"),
    ("lost my American Express card", "lost my amex card"),
    ("lost my american-express", "lost my amex"),
    ("AmEx stolen", "amex stolen"),
    ("I am exhausted", "I am exhausted"),
    ("American tourist", "American tourist"),
]


@pytest.mark.parametrize(("text", "short"), BRAND, ids=[text for text, _ in BRAND])
def test_the_brand_is_written_as_its_short_name(text: str, short: str) -> None:
    assert shortened(text) == short


BRAND_QUERIES = [
    "我的美国运通卡丢了",
    "我的美國運通卡丟了",
    "アメリカン・エキスプレスのカードをなくした",
    "아메리칸 익스프레스 카드 분실",
    "أمريكان إكسبريس بطاقة مفقودة",
    "अमेरिकन एक्सप्रेस कार्ड खो गया",
    "Американ Экспресс карта потеряна",
    "lost my American Express card",
]


@pytest.mark.parametrize("text", BRAND_QUERIES)
def test_the_brand_is_no_place_and_no_card_market(text: str, directory: Directory) -> None:
    assert read_card(read(text)).market is None
    parsed = parse(text, directory.need_ids)
    assert (parsed.country, parsed.need) == (None, "lost-card")


@pytest.mark.parametrize(
    ("word", "ordinary"),
    [("wurde", True), ("gestohlen", True), ("robaron", True), ("the", True), ("украли", True), ("karte", True),
     ("germnay", False), ("itlay", False), ("xyzzyville", False)],
)  # fmt: skip
def test_ordinary_words_are_words_of_the_languages_read(word: str, ordinary: bool) -> None:
    assert index.is_ordinary(word) is ordinary


def test_an_ordinary_word_is_never_read_as_a_mistyped_country(directory: Directory) -> None:
    parsed = parse("meine Karte wurde gestohlen", directory.need_ids)
    assert (parsed.country, parsed.guess) == (None, None)

"""Whose card, where the holder lives and where they are, and what they need, as people write it in each
language the tool reads.

Every expected value is written from what the words mean (where the city is, which country the person
said they live in or come from, what happened to the card), never from the tool's output.
"""

from __future__ import annotations

import pytest

from amexhelp.directory.model import Directory
from amexhelp.lookup._cardmarket import CARD, HOME, read_card
from amexhelp.lookup._reading import read
from amexhelp.lookup.answer import Settings, answer

HOMES = [
    # (phrase, where you are, the home: the card's market when another place is named)
    ("I'm from Vancouver and my card was stolen in Rome", "IT", "CA"),
    ("originally from Dublin, card got swiped in Prague", "CZ", "IE"),
    ("visiting Vancouver from Seattle, lost my card", "CA", "US"),
    ("I'm visiting my sister from Boston and my card was stolen in Madrid", "ES", "US"),
    ("My wife and I are from Perth, card refused in Singapore", "SG", "AU"),
    ("we are Kiwis in Tokyo and lost the card", "JP", "NZ"),
    ("soy de Monterrey y me robaron la tarjeta en Madrid", "ES", "MX"),
    ("somos do Rio, estamos em Santiago e perdemos o cartão", "CL", "BR"),
    ("sono svizzero, in vacanza in Sardegna, carta persa", "IT", "CH"),
    ("Siamo italiani, carta rifiutata a Lisbona", "PT", "IT"),
    ("nous sommes québécois, carte volée à Naples", "IT", "CA"),
    ("أنا من الكويت وفقدت بطاقتي في باريس", "FR", "KW"),
    ("أعيش في دبي وفقدت بطاقتي في القاهرة", "EG", "AE"),
    ("main mumbai se hoon, dubai mein card chori ho gaya", "AE", "IN"),
    ("मैं मुंबई से हूं, दुबई में कार्ड चोरी हो गया", "AE", "IN"),
    ("서울에 사는데 도쿄에서 카드를 잃어버렸어요", "JP", "KR"),
    ("한국 사람인데 런던에서 지갑을 잃어버렸어요", "GB", "KR"),
    ("Almanya'da yaşıyorum, kartım İstanbul'da çalındı", "TR", "DE"),
    ("İzmirliyim, kartımı Münih'te kaybettim", "DE", "TR"),
    ("olen Helsingistä, kadotin korttini Madridissa", "ES", "FI"),
    ("jestem z Polski, zgubiłem kartę w Londynie", "GB", "PL"),
    ("我住在上海，在纽约丢了卡", "US", "CN"),
    ("我住在香港，在倫敦弄丟了卡", "GB", "HK"),
    ("我是新加坡人，在伦敦卡被偷了", "GB", "SG"),
    ("東京に住んでいて、ハワイでカードをなくしました", "US", "JP"),
    ("日本人です。ロンドンでカードを盗まれました", "GB", "JP"),
]

CARD_MARKETS = [
    # (phrase, where you are, the card's market)
    ("carte émise en France, perdue au Sénégal", "SN", "FR"),
    ("carta emessa in Italia, rubata a New York", "US", "IT"),
    ("mi tarjeta la emitieron en México, estoy en Bogotá", "CO", "MX"),
    ("meine Karte wurde in Deutschland ausgestellt, ich bin in Paris", "FR", "DE"),
    ("Hi, I'm a UK cardholder and my card was stolen in Porto", "PT", "GB"),
    ("mera card india ka hai, london mein kho gaya", "GB", "IN"),
    ("मेरा कार्ड भारत का है, सिंगापुर में खो गया", "SG", "IN"),
    ("한국 카드인데 파리에서 도난당했어요", "FR", "KR"),
    ("미국 카드를 서울에서 잃어버렸어요", "KR", "US"),
    ("Amerikan kartım Antalya'da çalındı", "TR", "US"),
    ("بطاقتي سعودية وسرقت في لندن", "GB", "SA"),
]


@pytest.mark.parametrize(
    ("phrase", "where", "card"), [*HOMES, *CARD_MARKETS], ids=[p for p, *_ in [*HOMES, *CARD_MARKETS]]
)
def test_the_home_or_the_card_is_the_market_and_the_other_place_is_where_you_are(
    phrase: str, where: str, card: str, directory: Directory
) -> None:
    found = answer(directory, phrase, settings=Settings(locale="C.UTF-8"))
    assert found.country.code == where
    assert found.card_market is not None
    assert found.card_market.code == card


ROLES = [
    ("I live in Canada", "CA", HOME),
    ("main delhi se hoon", "IN", HOME),
    ("日本人です", "JP", HOME),
    ("我住在上海", "CN", HOME),
    ("日本のカード", "JP", CARD),
    ("我的卡是台灣發的", "TW", CARD),
    ("한국 카드", "KR", CARD),
    ("mera card india ka hai", "IN", CARD),
]


@pytest.mark.parametrize(("phrase", "market", "role"), ROLES, ids=[p for p, *_ in ROLES])
def test_the_role_of_a_mention(phrase: str, market: str, role: str) -> None:
    found = read_card(read(phrase))
    assert (found.market, found.role) == (market, role)


NOT_A_HOME = [
    # A nationality that speaks of a thing, and a place where something happened, say nothing of whose card.
    "charged twice at a Mexican restaurant",
    "lost my card while eating french fries",
    "dubai mein card chori ho gaya",  # "in Dubai", not "Dubai, my card"
    "파리에서 사람이 카드를 훔쳤어요",  # "in Paris someone stole my card"
    "left Paris yesterday and lost my card",
]


@pytest.mark.parametrize("phrase", NOT_A_HOME)
def test_no_home_and_no_card_market(phrase: str) -> None:
    assert read_card(read(phrase)).market is None


NEEDS = [
    # Everyday words, slang, typos and SMS style.
    ("crd stln", "lost-card"),
    ("my card got stolne at the station", "lost-card"),
    ("someone yoinked my wallet", "lost-card"),
    ("card swallowed by the ATM", "lost-card"),
    ("j'ai paumé ma carte", "lost-card"),
    ("me birlaron la tarjeta", "lost-card"),
    ("kartımı çaldılar", "lost-card"),
    ("أعيش في قطر وضاعت بطاقتي", "lost-card"),
    ("me clonaron la tarjeta", "fraud"),
    ("la mia carta è stata clonata", "fraud"),
]


@pytest.mark.parametrize(("phrase", "need"), NEEDS, ids=[p for p, _ in NEEDS])
def test_needs_in_everyday_words(phrase: str, need: str, directory: Directory) -> None:
    found = answer(directory, phrase, settings=Settings(locale="C.UTF-8"))
    assert found.need is not None
    assert found.need.id == need


def test_a_word_of_a_language_read_is_never_taken_for_a_mistyped_need(directory: Directory) -> None:
    # "close" is one letter from "clone" (a fraud word), but it is an English word: closing an account.
    found = answer(directory, "close my account")
    assert found.need is None or found.need.id != "fraud"

"""Whose card is it? Reading the card's home market and product from plain words.

A country named beside a word for the card ("my US card", "UK Amex", "tarjeta mexicana", "card issued
in Japan", "card is from Ireland", "it's a US card") is the card's market (role ``card``). A home or a
nationality said without a card word ("I'm from Australia", "I live in Canada", "I'm British",
"Australian in Japan", "German tourist") is the person's home (role ``home``): the caller decides
whether that is the card's market (another place is named) or where the person is (none is).

What was read is cut out of the text, so that the rest ("stolen in Japan") says where you are. A
country right after a place word, or cut from the card word by a comma ("in Japan, card stolen"), is
where you are, not the card's; the issuer's name ("American Express") is never a nationality; a code
that is also a word ("MY", "IN") counts only right after a possessive ("my IT card"), and a code typed
in lower case only between a possessive and a card word ("my us amex").
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any, NamedTuple

from amexhelp.directory import index
from amexhelp.directory.folding import fold
from amexhelp.lookup._reading import Reading

# Words that may stand between a country and the card word ("my US-issued Amex card").
_FILLER = frozenset({"the", "my", "a", "an", "issued", "ma", "mi", "mon", "meine", "mein", "la", "el", "le", "il"})
_LONGEST = 4  # words in the longest phrase of cards.json

CARD = "card"  # a country named as the card's market
HOME = "home"  # a home or nationality, said without a card word


class CardWords(NamedTuple):
    market: str | None  # ISO alpha-2 of the card's home market (or the person's home, see role)
    product: str | None
    rest: Reading  # the reading without the words that named the market
    role: str | None = None  # CARD or HOME when market is set
    said: str | None = None  # the words that named it, as written ("I m British")


@cache
def _table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(index.read_package_data("cards.json"))

    def phrases(name: str) -> set[str]:
        return {" ".join(_normal(w).split()) for w in data[name]}

    folded = {
        "card": phrases("card_words"),
        "issued": {fold(w) for w in data["issued_words"]},
        "from": phrases("from_phrases"),
        "be": phrases("be_phrases"),
        "possessives": phrases("possessives"),
        "links": phrases("links"),
        "travellers": phrases("traveller_words"),
        "here": phrases("here_words"),
        "origin": phrases("origin_words"),
        "adjectives": {fold(w): code for code, words in data["adjectives"].items() for w in words},
        "products": {fold(w): product for product, words in data["products"].items() for w in words},
    }
    return folded


def card_words() -> frozenset[str]:
    """The words and phrases for the card ("card", "tarjeta", "american express"), folded."""
    return frozenset(_table()["card"])


def here_and_origin_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that say a place is where you are now ("now", "jetzt", "сейчас"), and those that say
    it is where you came from ("from", "из"), folded."""
    table = _table()
    return frozenset(table["here"]), frozenset(table["origin"])


def _normal(word: str) -> str:
    return fold(word).replace("'", " ").replace("’", " ")


def read_card(words: Reading) -> CardWords:
    """The card market and product the words name, if any, and the reading without the market's words."""
    table = _table()
    product = _product(words.folded, table["products"])
    found = _market(words, table)
    if found is None:
        return _glued(words, product, table)
    code, start, end, role = found
    return CardWords(code, product, words.without(start, end), role, " ".join(words.originals[start:end]))


# In text written without spaces, a country then (optionally) a possessive particle then the card:
# 日本のカード, アメリカのカード, 美国的卡.
_LINKS = ("の", "的", "发行的", "發行的", "")


def _glued(words: Reading, product: str | None, table: dict[str, Any]) -> CardWords:
    """The card market in text without spaces ("日本のカードをなくした"), cut out of the text."""
    from amexhelp.directory.folding import is_glued

    names = index.names()
    cards = [word for word in table["card"] if is_glued(word)]
    for i, (token, folded) in enumerate(zip(words.originals, words.folded, strict=True)):
        if not is_glued(token):
            continue
        for start in range(len(folded)):
            for end in range(min(len(folded), start + 8), start, -1):
                name = folded[start:end]
                code = table["adjectives"].get(name) or names.get(name)
                if code is None or not is_glued(name):
                    continue
                for link in _LINKS:
                    after = folded[end : end + len(link)]
                    if after == link and any(folded.startswith(card, end + len(link)) for card in cards):
                        cut = token[:start] + token[end + len(link) :]
                        return CardWords(code, product, words.replacing(i, cut), CARD)
    return CardWords(None, product, words)


def _product(words: tuple[str, ...], products: dict[str, str]) -> str | None:
    for n in range(_LONGEST, 0, -1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            if phrase in products:
                return products[phrase]
    return None


def _phrase_at(words: tuple[str, ...], i: int, phrases: set[str]) -> int:
    """How many words from ``i`` on are one of ``phrases`` (0: none), longest first."""
    for n in range(min(_LONGEST, len(words) - i), 0, -1):
        if " ".join(words[i : i + n]) in phrases:
            return n
    return 0


def _country_at(words: Reading, i: int, table: dict[str, Any]) -> tuple[str, int, bool] | None:
    """A country named by the words starting at ``i``: (code, end, is a code), longest first. The
    issuer's own name ("American Express") names no country."""
    folded, names, codes = words.folded, index.names(), index.codes()
    if _phrase_at(folded, i, table["card"]) > 1:
        return None
    adjectives = table["adjectives"]
    for n in range(min(_LONGEST, len(folded) - i), 0, -1):
        phrase = " ".join(folded[i : i + n])
        if phrase in adjectives:
            return adjectives[phrase], i + n, False
        if phrase in names:
            return names[phrase], i + n, False
    word = words.originals[i]
    if word.isalpha() and len(word) in (2, 3) and word.casefold() in codes:
        return codes[word.casefold()], i + 1, True
    if word.isalpha() and len(word) > 3:  # "jestem z Polski": a name in another case
        from amexhelp.directory.gazetteer import country_form

        code = country_form(folded[i])
        if code is not None:
            return code, i + 1, False
    if word.casefold() == "uk":
        return "GB", i + 1, False
    return None


def _code_counts(words: Reading, i: int, card_follows: bool, table: dict[str, Any]) -> bool:
    """Whether letters that are a country code are meant as one here: in capitals ("US", "UK"), and
    if they are also a word ("MY", "IN"), right after a possessive; in lower case only between a
    possessive and a card word ("my us amex")."""
    word = words.originals[i]
    after_possessive = i > 0 and words.folded[i - 1] in table["possessives"]
    if not word.isupper():  # "my us amex", or "us amex lost in tokyo" (at the start of a sentence)
        starts = (i == 0 or not words.joined(i)) and word.upper() not in index.code_stopwords()
        return (after_possessive or (starts and words.folded[i] not in table["possessives"])) and card_follows
    # In text all in capitals ("HO PERSO LA CARTA"), a code is one only after a possessive.
    return (word not in index.code_stopwords() and not words.shouting) or after_possessive


def _skip(words: tuple[str, ...], j: int, allowed: frozenset[str] | set[str]) -> int:
    while j < len(words) and words[j] in allowed:
        j += 1
    return j


def _market(words: Reading, table: dict[str, Any]) -> tuple[str, int, int, str] | None:
    """The first country named as the card's market; else the first home or nationality."""
    home: tuple[str, int, int, str] | None = None
    for i in range(len(words.folded)):
        found = _card_at(words, i, table)
        if found is not None:
            return found
        if home is None:
            home = _home_at(words, i, table)
    return home


def _card_at(words: Reading, i: int, table: dict[str, Any]) -> tuple[str, int, int, str] | None:
    folded, cards = words.folded, table["card"]
    hit = _country_at(words, i, table)
    if hit is not None:
        # "US card", "UK Amex", "Canadian-issued card": the card word follows, in the same phrase.
        code, end, is_code = hit
        j = _skip(folded, end, _FILLER)
        in_one_phrase = all(words.joined(k) for k in range(end, j + 1) if k < len(folded))
        after_place_word = i > 0 and words.originals[i - 1].casefold() in index.place_words()
        beside_card = j < len(folded) and _phrase_at(folded, j, cards) and in_one_phrase and not after_place_word
        if beside_card and (not is_code or _code_counts(words, i, j == end, table)):
            return code, i, end, CARD
    n = _phrase_at(folded, i, cards)
    if not n:
        return None
    # "tarjeta mexicana" (an adjective right after), "card (UK)", "card issued in Japan", "card is from Ireland"
    j = i + n
    if j < len(folded) and folded[j] in table["adjectives"] and not _phrase_at(folded, j, cards):
        return table["adjectives"][folded[j]], j, j + 1, CARD
    bracketed = _country_at(words, j, table) if j < len(folded) and "(" in words.gaps[j] else None
    if bracketed is not None and (not bracketed[2] or words.originals[j].isupper()):
        return bracketed[0], j, bracketed[1], CARD
    k = _skip(folded, j, _FILLER | table["issued"] | table["links"] | {"in", "by"})
    linked = any(word in table["issued"] or word == "issued" for word in folded[j:k])
    hit = _country_at(words, k, table) if linked and k < len(folded) else None
    if hit is not None and (not hit[2] or words.originals[k].isupper()):
        return hit[0], j, hit[1], CARD
    # "my card is French", "the card is a UK one": a link word, then a nationality or a code in capitals.
    k = _skip(folded, j, _FILLER | table["links"])
    is_a = k > j and any(word in table["links"] for word in folded[j:k])
    hit = _country_at(words, k, table) if is_a and k < len(folded) else None
    if hit is None:
        return None
    code = words.originals[k]
    capitals = code.isupper() and code not in index.code_stopwords() and hit[1] == k + 1
    return (hit[0], j, hit[1], CARD) if folded[k] in table["adjectives"] or capitals else None


def _place_at(words: Reading, i: int) -> tuple[str, int] | None:
    """The country of the place the words starting at ``i`` name in the gazetteer (the longest name; an
    everyday word only capitalised), and where the name ends."""
    from amexhelp.directory.gazetteer import table

    places = table()
    found = None
    span = ""
    for j in range(i, min(len(words.folded), i + _LONGEST)):
        span = words.folded[j] if j == i else f"{span} {words.folded[j]}"
        entry, longer = places.find(span)
        capitalised = words.originals[i][:1].isupper()
        if entry is not None and (capitalised or not (entry.weak or entry.capitals)):
            found = entry.places[0].country, j + 1
        if not longer:
            break
    return found


def _home_at(words: Reading, i: int, table: dict[str, Any]) -> tuple[str, int, int, str] | None:
    """A home or nationality starting at ``i``: "I'm from Australia", "I live in Canada", "I'm
    British", "Australian in Japan", "German tourist"."""
    folded = words.folded
    n = _phrase_at(folded, i, table["from"])
    if n:
        # "I'm from the States": the country's name may hold the article the filler would skip.
        for j in dict.fromkeys((i + n, _skip(folded, i + n, _FILLER))):
            hit = _country_at(words, j, table) if j < len(folded) else None
            if hit is not None and (not hit[2] or words.originals[j].isupper()):
                return hit[0], i, hit[1], HOME
        # "I'm from Toronto", "we live in Zürich": a home named by a city is in that city's country.
        place = _place_at(words, i + n)
        if place is not None:
            return place[0], i, place[1], HOME
    n = _phrase_at(folded, i, table["be"])
    if n:
        j = _skip(folded, i + n, _FILLER)
        if j < len(folded) and folded[j] in table["adjectives"]:
            return table["adjectives"][folded[j]], i, j + 1, HOME
    if folded[i] in table["adjectives"]:
        after = i + 1
        place_word = after < len(folded) and words.originals[after].casefold() in index.place_words()
        if place_word or _phrase_at(folded, after, table["travellers"]):
            return table["adjectives"][folded[i]], i, i + 1, HOME
    # "a US citizen", "UK tourist": a country's name or code (in capitals) before a traveller word.
    hit = _country_at(words, i, table)
    if (
        hit is not None
        and (not hit[2] or words.originals[i].isupper())
        and _phrase_at(folded, hit[1], table["travellers"])
    ):
        return hit[0], i, hit[1], HOME
    return None

"""Whose card is it? Reading the card's home market and product from plain words.

"my US card", "UK Amex", "Canadian card", "I'm from Australia", "tarjeta mexicana", "card issued in
Japan": a country named right next to a word for the card, or after "I'm from" and the like. What
was read is cut out of the text, so that the rest ("stolen in Japan") says where you are.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any, NamedTuple

from amexhelp import index
from amexhelp.folding import fold, tokens

# Words that may stand between a country and the card word ("my US-issued Amex card").
_FILLER = frozenset({"the", "my", "a", "an", "issued", "ma", "mi", "mon", "meine", "mein", "la", "el", "le", "il"})
_LONGEST = 4  # words in the longest phrase of cards.json


class CardWords(NamedTuple):
    market: str | None  # ISO alpha-2 of the card's home market
    product: str | None
    rest: str  # the text without the words that named the market


@cache
def _table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(index.read_package_data("cards.json"))
    folded = {
        "card": {" ".join(fold(w).split()) for w in data["card_words"]},
        "issued": {fold(w) for w in data["issued_words"]},
        "from": {fold(w) for w in data["from_phrases"]},
        "adjectives": {fold(w): code for code, words in data["adjectives"].items() for w in words},
        "products": {fold(w): product for product, words in data["products"].items() for w in words},
    }
    return folded


def _normal(word: str) -> str:
    return fold(word).replace("'", " ").replace("’", " ")


def read_card(text: str) -> CardWords:
    """The card market and product the words name, if any, and the text without the market's words."""
    originals = tokens(text)
    words = [_normal(word) for word in originals]
    table = _table()
    product = _product(words, table["products"])
    found = _market(originals, words, table)
    if found is None:
        return _glued(text, product, table)
    code, start, end = found
    rest = " ".join(originals[:start] + originals[end:])
    return CardWords(code, product, rest)


# In text written without spaces, a country then (optionally) a possessive particle then the card:
# 日本のカード, アメリカのカード, 美国的卡.
_LINKS = ("の", "的", "发行的", "發行的", "")


def _glued(text: str, product: str | None, table: dict[str, Any]) -> CardWords:
    """The card market in text without spaces ("日本のカードをなくした"), cut out of the text."""
    from amexhelp.folding import is_glued

    names = index.names()
    cards = [word for word in table["card"] if is_glued(word)]
    for token in tokens(text):
        if not is_glued(token):
            continue
        folded = fold(token)
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
                        return CardWords(code, product, text.replace(token, cut, 1))
    return CardWords(None, product, text)


def _product(words: list[str], products: dict[str, str]) -> str | None:
    for n in range(_LONGEST, 0, -1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            if phrase in products:
                return products[phrase]
    return None


def _country_at(originals: list[str], words: list[str], i: int, table: dict[str, Any]) -> tuple[str, int] | None:
    """A country named by the words starting at ``i``: (code, end), longest first."""
    names, codes = index.names(), index.codes()
    adjectives = table["adjectives"]
    for n in range(min(_LONGEST, len(words) - i), 0, -1):
        phrase = " ".join(words[i : i + n])
        if phrase in adjectives:
            return adjectives[phrase], i + n
        if phrase in names:
            return names[phrase], i + n
    word = originals[i]
    # A code counts when typed in capitals ("US", "UK"), as the query parser reads codes.
    if word.isupper() and word.isalpha() and len(word) in (2, 3) and word.casefold() in codes:
        return codes[word.casefold()], i + 1
    if word.casefold() == "uk":
        return "GB", i + 1
    return None


def _is_card_word(words: list[str], i: int, cards: set[str]) -> int:
    """How many words from ``i`` on are a word for the card (0: none)."""
    for n in range(min(3, len(words) - i), 0, -1):
        if " ".join(words[i : i + n]) in cards:
            return n
    return 0


def _market(originals: list[str], words: list[str], table: dict[str, Any]) -> tuple[str, int, int] | None:
    cards, issued, from_phrases = table["card"], table["issued"], table["from"]
    for i in range(len(words)):
        # "I'm from Australia", "soy de México"
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            if " ".join(words[i : i + n]) in from_phrases:
                j = i + n
                while j < len(words) and words[j] in _FILLER:
                    j += 1
                if j < len(words) and (hit := _country_at(originals, words, j, table)) is not None:
                    return hit[0], i, hit[1]
        hit = _country_at(originals, words, i, table)
        if hit is not None:
            # "US card", "UK Amex", "Canadian-issued card": the card word follows.
            j = hit[1]
            while j < len(words) and words[j] in _FILLER:
                j += 1
            if j < len(words) and _is_card_word(words, j, cards):
                return hit[0], i, hit[1]
        n = _is_card_word(words, i, cards)
        if n:
            # "tarjeta mexicana" (an adjective right after), "card issued in Japan", "card from the US"
            j = i + n
            if j < len(words) and words[j] in table["adjectives"]:
                return table["adjectives"][words[j]], j, j + 1
            k = j
            while k < len(words) and (words[k] in _FILLER or words[k] in issued or words[k] in ("in", "by")):
                k += 1
            linked = any(word in issued or word == "issued" for word in words[j:k])
            if linked and k < len(words) and (hit := _country_at(originals, words, k, table)) is not None:
                return hit[0], j, hit[1]
    return None

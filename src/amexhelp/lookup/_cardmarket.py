"""Whose card is it, and where does its holder live? Reading the card's market and a home from plain words.

A country named beside a word for the card ("my US card", "UK Amex", "tarjeta mexicana", "card issued
in Japan", "card is from Ireland", "mera card india ka hai", "한국 카드", "美国的卡") is the card's market
(role ``card``). A home or a nationality said without a card word ("I'm from Toronto", "we live in
Canada", "I'm British", "Siamo italiani", "main mumbai se hoon", "서울에 사는데", "Almanya'da
yaşıyorum", "我住在上海", "日本人です") is the person's home (role ``home``): the caller decides whether
that is the card's market (another place is named) or where the person is (none is). Every word that
says so comes from cards.json, for each language the tool reads.

What was read is cut out of the text, so that the rest ("stolen in Japan") says where you are. A
country right after a place word, or cut from the card word by a comma ("in Japan, card stolen"), is
where you are, not the card's; the issuer's name ("American Express") is never a nationality; a code
that is also a word ("MY", "IN") counts only right after a possessive ("my IT card"), and a code typed
in lower case only between a possessive and a card word ("my us amex").
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from functools import cache
from typing import Any, TypeAlias

from amexhelp.directory import index
from amexhelp.directory.folding import is_glued, is_hangul
from amexhelp.directory.model import _Record
from amexhelp.lookup._reading import Reading

# Words that may stand between a country and the card word, or after "I'm from" ("the States").
_FILLER = frozenset({"the", "my", "a", "an", "issued", "ma", "mi", "mon", "meine", "mein", "la", "el", "le", "il"})
# Between a country and the card word only these ("US-issued card"): "Dubai mein card" is Hindi for
# "the card in Dubai", not German for "Dubai my card".
_BETWEEN = frozenset({"issued", "the"})
_LONGEST = 4  # words in the longest phrase of cards.json
_GLUED_NAME = 8  # characters in the longest name looked for inside text written without spaces
_HANGUL_STEM = 2  # characters of a Korean noun before its particles, at least

CARD = "card"  # a country named as the card's market
HOME = "home"  # a home or nationality, said without a card word


class CardWords(_Record):
    """What the words say of the card. The records here are plain slotted classes, not NamedTuples:
    with its five NamedTuples (41 fields, their string annotations compiled one by one), importing this
    module cost 8.4 M instructions of every reading of words, 1.4 M without (callgrind)."""

    # market: ISO alpha-2 of the card's home market (or the person's home, see role); rest: the reading
    # without the words that named the market; role: CARD or HOME when market is set; said: the words
    # that named it, as written ("I m British")
    __slots__ = ("market", "product", "rest", "role", "said")

    def __init__(
        self, market: str | None, product: str | None, rest: Reading, role: str | None = None, said: str | None = None
    ) -> None:
        self.market, self.product, self.rest, self.role, self.said = market, product, rest, role, said


class _Found(_Record):
    """A country named in a role by the words start..end."""

    __slots__ = ("code", "end", "role", "start")

    def __init__(self, code: str, start: int, end: int, role: str) -> None:
        self.code, self.start, self.end, self.role = code, start, end, role


class _Hit(_Record):
    """A country named by words that end before ``end``; ``is_code``: by the letters of a country code, not a name."""

    __slots__ = ("code", "end", "is_code")

    def __init__(self, code: str, end: int, is_code: bool) -> None:
        self.code, self.end, self.is_code = code, end, is_code


class _Words(_Record):
    """cards.json, folded: one field for each of its tables (tools.cardgen writes them, field for field)."""

    __slots__ = (
        "adjectives",
        "be",
        "card",
        "event_endings",
        "from_alone",
        "from_phrases",
        "glued_after",
        "glued_before",
        "glued_card_links",
        "glued_links",
        "glued_people",
        "here",
        "home_after",
        "home_suffixes",
        "issued",
        "issued_after",
        "issued_marks",
        "links",
        "of_country",
        "origin",
        "possessives",
        "products",
        "travellers",
        "visit",
    )  # fmt: skip

    card: frozenset[str]
    issued: frozenset[str]  # every word of the phrases that say where a card was issued ("issued", "in")
    issued_marks: frozenset[str]  # the words among them that say it ("issued", "emitida", "de")
    issued_after: frozenset[str]  # the verbs that say it after the country ("Karte in Deutschland ausgestellt")
    from_phrases: dict[str, tuple[str, ...]]  # "i m from" -> the endings the place may have ("olen": "sta", "lta")
    be: frozenset[str]
    possessives: frozenset[str]
    links: frozenset[str]
    travellers: frozenset[str]
    here: frozenset[str]
    origin: frozenset[str]
    visit: frozenset[str]  # "visiting": a place after "from" then is a home ("visiting Rome from Boston")
    from_alone: frozenset[str]  # "from" without "I'm": a home at the start of the text or after "visiting"
    home_after: frozenset[str]  # after a place: "se hoon", "사는데", "da yasıyorum"
    home_suffixes: tuple[str, ...]  # glued to a place: "İzmirliyim"
    event_endings: tuple[str, ...]  # a place with this ending is where something happened (파리에서), no home
    of_country: frozenset[str]  # after a country after the card: "card india ka hai"
    adjectives: dict[str, str]
    products: dict[str, str]
    glued_before: tuple[str, ...]  # in text without spaces, before a place: 住在, 来自
    glued_after: tuple[str, ...]  # after a place: に住んで, 出身
    glued_people: tuple[str, ...]  # after a place, ending the word: 人, 人です
    glued_links: tuple[str, ...]  # between a country and the card: の, 的
    glued_card_links: tuple[str, ...]  # between the card and a country: 是, は

    def __init__(self, fields: dict[str, Any]) -> None:
        """The table from each of its fields by name (every field must be there)."""
        for name in self.__slots__:
            object.__setattr__(self, name, fields[name])


# The fields of _Words kept in order (longest first), and the one that maps to tuples; the rest are sets.
_ORDERED = frozenset(
    {"home_suffixes", "event_endings", "glued_before", "glued_after", "glued_people", "glued_links", "glued_card_links"}
)


@cache
def _table() -> _Words:
    """cards.json as the build folded it (``tools.cardgen``): folding its 1,100 phrases on every run cost
    6 M instructions of every reading of words."""
    data = json.loads(index.read_package_data("cards.json"))
    return _Words({name: _kind(name, data[name]) for name in _Words.__slots__})


def _kind(name: str, value: Any) -> Any:
    if name == "from_phrases":
        return {phrase: tuple(endings) for phrase, endings in value.items()}
    if isinstance(value, list):
        return tuple(value) if name in _ORDERED else frozenset(value)
    return value


def card_words() -> frozenset[str]:
    """The words and phrases for the card ("card", "tarjeta", "american express"), folded."""
    return _table().card


def here_and_origin_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that say a place is where you are now ("now", "jetzt", "сейчас"), and those that say
    it is where you came from ("from", "из"), folded."""
    table = _table()
    return table.here, table.origin


def read_card(words: Reading) -> CardWords:
    """The card market and product the words name, if any, and the reading without the market's words:
    a card's market anywhere in the text first, else a home."""
    table = _table()
    product = _product(words.folded, table.products)
    for spaced, glued, places in ((_card_at, _glued_card, False), (_home_at, _glued_home, True)):
        found = next((f for i in range(len(words.folded)) if (f := spaced(words, i, table)) is not None), None)
        if found is not None:
            said = " ".join(words.originals[found.start : found.end])
            return CardWords(found.code, product, words.without(found.start, found.end), found.role, said)
        cut = _glued(words, table, glued, places)
        if cut is not None:
            return cut._replace(product=product)
    return CardWords(None, product, words)


def _product(words: tuple[str, ...], products: dict[str, str]) -> str | None:
    for n in range(_LONGEST, 0, -1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            if phrase in products:
                return products[phrase]
    return None


def _phrase_at(words: tuple[str, ...], i: int, phrases: Collection[str]) -> int:
    """How many words from ``i`` on are one of ``phrases`` (0: none), longest first. A Korean word
    counts when it starts with a one-word phrase (the particle follows: 카드를, 사는데요)."""
    for n in range(min(_LONGEST, len(words) - i), 0, -1):
        if " ".join(words[i : i + n]) in phrases:
            return n
    if i < len(words) and is_hangul(words[i]):
        word = words[i]
        return int(any(word[:b] in phrases for b in range(len(word) - 1, _HANGUL_STEM - 1, -1)))
    return 0


def _skip(words: tuple[str, ...], j: int, allowed: frozenset[str]) -> int:
    while j < len(words) and words[j] in allowed:
        j += 1
    return j


# Countries and places ------------------------------------------------------------------------------


def _named(phrase: str, table: _Words) -> str | None:
    """The country a folded phrase names: a nationality or a country's name."""
    return table.adjectives.get(phrase) or index.names().get(phrase)


def _country_at(words: Reading, i: int, table: _Words) -> _Hit | None:
    """A country named by the words starting at ``i``, longest first. The issuer's own name ("American
    Express") names no country."""
    folded = words.folded
    if _phrase_at(folded, i, table.card) > 1:
        return None
    for n in range(min(_LONGEST, len(folded) - i), 0, -1):
        code = _named(" ".join(folded[i : i + n]), table)
        if code is not None:
            return _Hit(code, i + n, False)
    return _code_or_form(words, i)


def _code_or_form(words: Reading, i: int) -> _Hit | None:
    """A country code ("US", "uk"), or a country's name in another case ("jestem z Polski")."""
    word = words.originals[i]
    codes = index.codes()
    if word.isalpha() and len(word) in (2, 3) and word.casefold() in codes:
        return _Hit(codes[word.casefold()], i + 1, True)
    if word.isalpha() and len(word) > 3:
        from amexhelp.directory.gazetteer import country_form

        code = country_form(words.folded[i])
        if code is not None:
            return _Hit(code, i + 1, False)
    return _Hit("GB", i + 1, False) if word.casefold() == "uk" else None


def _typed(hit: _Hit | None, words: Reading, i: int) -> _Hit | None:
    """The hit, when it is a name, or a code typed in capitals."""
    return hit if hit is not None and (not hit.is_code or words.originals[i].isupper()) else None


def _place_at(words: Reading, i: int, table: _Words) -> _Hit | None:
    """A country, or the country of a place in the gazetteer, named by the words starting at ``i`` (a
    Korean word by its stem: 서울에)."""
    hit = _typed(_country_at(words, i, table), words, i)
    if hit is not None:
        return hit
    if is_hangul(words.folded[i]):
        word = words.folded[i]
        code = next((c for b in range(len(word), 1, -1) if (c := _named_or_place(word[:b], table))), None)
        return _Hit(code, i + 1, False) if code is not None else None
    return _gazetteer_at(words, i)


def _named_or_place(name: str, table: _Words) -> str | None:
    from amexhelp.directory.gazetteer import table as places

    code = _named(name, table)
    if code is not None:
        return code
    entry, _ = places().find(name, "")
    return entry.places[0].country if entry is not None else None


def _gazetteer_at(words: Reading, i: int) -> _Hit | None:
    """The country of the place the words starting at ``i`` name in the gazetteer (the longest name; an
    everyday word only capitalised)."""
    from amexhelp.directory.gazetteer import table

    places = table()
    found = None
    span = ""
    capitalised = words.originals[i][:1].isupper()
    for j in range(i, min(len(words.folded), i + _LONGEST)):
        span = words.folded[j] if j == i else f"{span} {words.folded[j]}"
        entry, longer = places.find(span)
        if entry is not None and (capitalised or not (entry.weak or entry.capitals)):
            found = _Hit(entry.places[0].country, j + 1, False)
        if not longer:
            break
    return found


# The card's market ----------------------------------------------------------------------------------


def _card_at(words: Reading, i: int, table: _Words) -> _Found | None:
    """A country named as the card's market at ``i``: before the card word, or after it."""
    return _country_then_card(words, i, table) or _card_then_country(words, i, table)


def _country_then_card(words: Reading, i: int, table: _Words) -> _Found | None:
    """ "US card", "UK Amex", "Canadian-issued card", "미국 카드를": the card word follows, in the same phrase."""
    hit = _country_at(words, i, table)
    if hit is None or _after_place_word(words, i):
        return None
    j = _skip(words.folded, hit.end, _BETWEEN)
    one_phrase = all(words.joined(k) for k in range(hit.end, min(j + 1, len(words.folded))))
    if not one_phrase or not _phrase_at(words.folded, j, table.card):
        return None
    if hit.is_code and not _code_counts(words, i, j == hit.end, table):
        return None
    return _Found(hit.code, i, hit.end, CARD)


def _after_place_word(words: Reading, i: int) -> bool:
    return i > 0 and words.originals[i - 1].casefold() in index.place_words()


def _code_counts(words: Reading, i: int, card_follows: bool, table: _Words) -> bool:
    """Whether letters that are a country code are meant as one here: in capitals ("US", "UK"), and
    if they are also a word ("MY", "IN"), right after a possessive; in lower case only between a
    possessive and a card word ("my us amex")."""
    word = words.originals[i]
    after_possessive = i > 0 and words.folded[i - 1] in table.possessives
    if not word.isupper():  # "my us amex", or "us amex lost in tokyo" (at the start of a sentence)
        starts = (i == 0 or not words.joined(i)) and word.upper() not in index.code_stopwords()
        return (after_possessive or (starts and words.folded[i] not in table.possessives)) and card_follows
    # In text all in capitals ("HO PERSO LA CARTA"), a code is one only after a possessive.
    return (word not in index.code_stopwords() and not words.shouting) or after_possessive


def _card_then_country(words: Reading, i: int, table: _Words) -> _Found | None:
    """ "tarjeta mexicana", "card (UK)", "card issued in Japan", "card is from Ireland", "my card is
    French", "mera card india ka hai": the card word, then the country."""
    n = _phrase_at(words.folded, i, table.card)
    j = i + n
    if not n or j >= len(words.folded):
        return None
    for after in (_adjective_after, _bracketed, _issued_in, _is_a, _of_country, _issued_after):
        found = after(words, j, table)
        if found is not None:
            return found
    return None


def _adjective_after(words: Reading, j: int, table: _Words) -> _Found | None:
    folded = words.folded
    if folded[j] in table.adjectives and not _phrase_at(folded, j, table.card):
        return _Found(table.adjectives[folded[j]], j, j + 1, CARD)
    return None


def _bracketed(words: Reading, j: int, table: _Words) -> _Found | None:
    if "(" not in words.gaps[j]:
        return None
    hit = _typed(_country_at(words, j, table), words, j)
    return _Found(hit.code, j, hit.end, CARD) if hit is not None else None


def _issued_in(words: Reading, j: int, table: _Words) -> _Found | None:
    """ "card issued in Japan", "carte émise en France", "mi tarjeta la emitieron en México"."""
    folded = words.folded
    k = _skip(folded, j, _FILLER | table.issued | table.links | {"in", "by"})
    if k >= len(folded) or not any(word in table.issued_marks for word in folded[j:k]):
        return None
    hit = _typed(_country_at(words, k, table), words, k)
    return _Found(hit.code, j, hit.end, CARD) if hit is not None else None


def _is_a(words: Reading, j: int, table: _Words) -> _Found | None:
    """ "my card is French", "the card is a UK one": a link word, then a nationality or a code in capitals."""
    folded = words.folded
    k = _skip(folded, j, _FILLER | table.links)
    if k == j or k >= len(folded) or not any(word in table.links for word in folded[j:k]):
        return None
    hit = _country_at(words, k, table)
    if hit is None:
        return None
    code = words.originals[k]
    capitals = code.isupper() and code not in index.code_stopwords() and hit.end == k + 1
    return _Found(hit.code, j, hit.end, CARD) if folded[k] in table.adjectives or capitals else None


def _of_country(words: Reading, j: int, table: _Words) -> _Found | None:
    """ "mera card india ka hai", "मेरा कार्ड भारत का है": the country, then a word that makes it the card's."""
    k = _skip(words.folded, j, _FILLER | table.links)
    hit = _country_at(words, k, table) if k < len(words.folded) else None
    if hit is None or hit.is_code:
        return None
    n = _phrase_at(words.folded, hit.end, table.of_country)
    return _Found(hit.code, k, hit.end + n, CARD) if n else None


def _issued_after(words: Reading, j: int, table: _Words) -> _Found | None:
    """ "meine Karte wurde in Deutschland ausgestellt": the country, then the verb that says it issued the card."""
    k = _skip(words.folded, j, _FILLER | table.links | {"in", "en", "em", "no", "na", "w", "v"})
    hit = _country_at(words, k, table) if k < len(words.folded) else None
    if hit is None or hit.is_code or hit.end >= len(words.folded) or words.folded[hit.end] not in table.issued_after:
        return None
    return _Found(hit.code, k, hit.end + 1, CARD)


# A home ------------------------------------------------------------------------------------------------


def _home_at(words: Reading, i: int, table: _Words) -> _Found | None:
    """A home or nationality starting at ``i``."""
    for reader in (_from_place, _be_nationality, _nationality_travelling, _place_then_home, _suffixed_home):
        found = reader(words, i, table)
        if found is not None:
            return found
    return None


def _from_phrase(words: Reading, i: int, table: _Words) -> tuple[int, tuple[str, ...]]:
    """How many words from ``i`` on say "I'm from", "we live in" (0: none), and the ending the place
    must have. "from" alone says it at the start of the text ("from Chicago, visiting Berlin") or after
    a word for visiting ("visiting Vancouver from Seattle")."""
    folded = words.folded
    n = _phrase_at(folded, i, table.from_phrases)
    if n:
        return n, table.from_phrases[" ".join(folded[i : i + n])]
    if folded[i] in table.from_alone and (i == 0 or any(word in table.visit for word in folded[max(0, i - 4) : i])):
        return 1, ()
    return 0, ()


def _from_place(words: Reading, i: int, table: _Words) -> _Found | None:
    """ "I'm from Australia", "I live in Toronto", "أنا من الكويت", "olen Helsingistä"."""
    n, endings = _from_phrase(words, i, table)
    if not n:
        return None
    # "I'm from the States": the country's name may hold the article the filler would skip.
    for j in dict.fromkeys((i + n, _skip(words.folded, i + n, _FILLER))):
        hit = _place_at(words, j, table) if j < len(words.folded) else None
        if hit is not None and (not endings or words.folded[hit.end - 1].endswith(endings)):
            return _Found(hit.code, i, hit.end, HOME)
    return None


def _be_nationality(words: Reading, i: int, table: _Words) -> _Found | None:
    """ "I'm British", "Siamo italiani", "nous sommes québécois"."""
    n = _phrase_at(words.folded, i, table.be)
    j = _skip(words.folded, i + n, _FILLER) if n else len(words.folded)
    if j < len(words.folded) and words.folded[j] in table.adjectives:
        return _Found(table.adjectives[words.folded[j]], i, j + 1, HOME)
    return None


def _nationality_travelling(words: Reading, i: int, table: _Words) -> _Found | None:
    """ "Australian in Japan", "German tourist", "a US citizen", "UK tourist". A longer country's name
    wins over a nationality it starts with ("turks en caicoseilanden" is a place, not Turks in one)."""
    folded = words.folded
    hit = _typed(_country_at(words, i, table), words, i)
    if hit is None:
        return None
    nationality = folded[i] in table.adjectives and hit.end == i + 1
    place_word = nationality and hit.end < len(folded) and words.originals[hit.end].casefold() in index.place_words()
    if place_word or _phrase_at(folded, hit.end, table.travellers):
        return _Found(hit.code, i, hit.end, HOME)
    return None


def _place_then_home(words: Reading, i: int, table: _Words) -> _Found | None:
    """ "main mumbai se hoon", "서울에 사는데", "Almanya'da yaşıyorum", "한국 사람": a place, then words
    that make it a home."""
    folded = words.folded
    if not any(_phrase_at(folded, k, table.home_after) for k in range(i + 1, min(len(folded), i + 1 + _LONGEST))):
        return None  # no word for a home follows: the gazetteer is not needed
    hit = _place_at(words, i, table)
    n = _phrase_at(folded, hit.end, table.home_after) if hit is not None else 0
    # A Korean place "at" which something happens (파리에서) is no home: "파리에서 사람이…" is "in Paris, someone…".
    where = hit is not None and folded[hit.end - 1].endswith(table.event_endings)
    return _Found(hit.code, i, hit.end + n, HOME) if hit is not None and n and not where else None


def _suffixed_home(words: Reading, i: int, table: _Words) -> _Found | None:
    """ "İzmirliyim" (Turkish: "I am from İzmir"): a place with an ending that makes it a home."""
    word = words.folded[i]
    for suffix in table.home_suffixes:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) > 2 and (code := _named_or_place(stem, table)) is not None:
            return _Found(code, i, i + 1, HOME)
    return None


# Text written without spaces -----------------------------------------------------------------------------


class _Span(_Record):
    """A part (start..end) of glued word ``token`` that names country ``code``."""

    __slots__ = ("code", "end", "start", "token")

    def __init__(self, token: int, start: int, end: int, code: str) -> None:
        self.token, self.start, self.end, self.code = token, start, end, code


# Of a span in a glued word: what to cut from it (start, end) and the role, or None.
_GluedFinder: TypeAlias = "Callable[[str, _Span, _Words], tuple[int, int, str] | None]"


def _glued(words: Reading, table: _Words, finder: _GluedFinder, places: bool) -> CardWords | None:
    """The card's market or a home inside a word of text without spaces (日本のカード, 我住在上海), cut out;
    ``places``: cities too (a home), not only countries (a card's market)."""
    for i, token in enumerate(words.originals):
        if not is_glued(token):
            continue
        for span in _spans(words.folded[i], i, table, places):
            found = finder(words.folded[i], span, table)
            if found is not None:
                cut_from, cut_to, role = found
                cut = token[:cut_from] + token[cut_to:]
                return CardWords(span.code, None, words.replacing(i, cut), role, token[cut_from:cut_to])
    return None


def _spans(word: str, i: int, table: _Words, places: bool) -> list[_Span]:
    """Every part of a glued word that names a country or a nationality (or, with ``places``, a place in
    the gazetteer), the longest at each start."""
    named = _named_or_place if places else _named
    found = []
    for start in range(len(word)):
        for end in range(min(len(word), start + _GLUED_NAME), start + 1, -1):
            code = named(word[start:end], table)
            if code is not None and is_glued(word[start:end]):
                found.append(_Span(i, start, end, code))
                break
    return found


def _glued_card(word: str, span: _Span, table: _Words) -> tuple[int, int, str] | None:
    """日本のカード, 美国的卡 (a country, a particle, the card); 我的卡是台灣發的 (the card, a link, a country)."""
    if _named(word[span.start : span.end], table) is None:
        return None  # a city is no card's market
    cards = [card for card in table.card if is_glued(card)]
    for link in table.glued_links:
        after = span.end + len(link)
        if word[span.end : after] == link and any(word.startswith(card, after) for card in cards):
            return span.start, after, CARD
    before = word[: span.start]
    if any(before.endswith(card + link) for card in cards for link in table.glued_card_links):
        return span.start, span.end, CARD
    return None


def _glued_home(word: str, span: _Span, table: _Words) -> tuple[int, int, str] | None:
    """我住在上海, 来自香港 (a word before the place); 東京に住んでいて, 大阪出身 (after it); 日本人です,
    我是新加坡人 (a word for a person of the place, ending the word)."""
    before, after = word[: span.start], word[span.end :]
    if any(before.endswith(marker) for marker in table.glued_before):
        return span.start, span.end, HOME
    marker = next((m for m in table.glued_after if after.startswith(m)), None)
    if marker is not None:
        return span.start, span.end + len(marker), HOME
    if after in table.glued_people:
        return span.start, len(word), HOME
    return None

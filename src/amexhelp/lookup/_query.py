"""Understanding a plain-words query: which need, and which country, it speaks of.

The query is read once (``_reading.read``); the card's market and a home are cut out of that reading
first (``_cardmarket``), and what is left is read here. Words are folded (case, accents) and looked up
in the generated indexes as word n-grams; text in scripts written without spaces (Japanese, Chinese)
is searched by substring, and Korean words by prefix (particles follow the noun: 일본에서, "in Japan").

Where the text is, in order: a place narrowed by what follows it ("Paris, Texas", "Chicago IL",
"Perth WA", "Kingston, Jamaica"); a country it names ("Japan", "JP"); a place in the gazetteer, the
first of its name (the most populous, or a hand-kept traveller's place) with a notice when others
share the name. A country name that is an everyday word ("turkey", "china") is the country when
capitalised in mixed-case text, right after a place word ("in", "à", "nach"), or when nothing around
it makes it a thing or a person: alone, or beside words for a need or the card ("japan lost card"),
not in "turkey sandwich", "a japan lacquer box" or "jordan stole my card" (a notice says so). Other
everyday words ("nice") count as places only when capitalised or after a place word. Airports are
read by name and by code (three letters in capitals or beside a word for an airport), short forms
("LA", "NYC") before a country's code, and names in other cases ("w Polsce") from a table built from
lemma dictionaries. Of several places, one a word beside says is where you are now ("now in Muscat")
wins, and one you came from ("flew from Frankfurt") or are going to ("flight to Bogotá", "vuelo a",
"vol pour") does not; the one place named, when you are going there, is not where you are. Airport
codes in capitals are read inside text written without spaces too ("LHR航班", "CDG에서"). A place the
text names but that cannot be found is reported (``unknown_place``): after a place word or a locative
of the sentence's language (Czech "v", Polish "w", Swedish "på", French and Italian "a"), with a close
match when one is clear (``guess``: a country or a well-known place, or for a long name a big city);
so is a lone unknown word close to a country's name ("germnay"). A word of any language the tool
reads is never taken for a mistyped place ("wurde"), and a country's name that is a word of the
sentence's language (Russian "того", "чад") is that country only where an everyday name is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, NamedTuple, TypeAlias, TypeVar

from amexhelp.directory import index
from amexhelp.directory.folding import fold, is_glued, is_hangul
from amexhelp.lookup._language import ENGLISH, language_of
from amexhelp.lookup._reading import Reading, read
from amexhelp.lookup.notices import Notice

if TYPE_CHECKING:
    from amexhelp.directory.gazetteer import Entry, Place, Table


class Mention(NamedTuple):
    """A span of the query that names something: where it starts and ends, and what it names."""

    start: int  # word position
    end: int  # word position after the span (for glued text: the same word)
    length: int  # how much text it covers (characters), for "the longest wins"
    text: str  # the folded key that matched
    value: str
    code: bool = False  # a country code typed in capitals ("JP"), not a name
    at: int = 0  # inside glued text: where in the word the match starts


class ParsedQuery(NamedTuple):
    text: str
    need: str | None
    country: str | None
    place: str | None = None  # the place name the country was read from ("tokyo"), if any
    notices: tuple[Notice, ...] = ()  # how the place or code was read, when it could be read otherwise
    unknown_place: str | None = None  # a place the text names that was not recognised ("Xyzzyville")
    guess: str | None = None  # the country of a clear close match to unknown_place ("Japna": JP)
    span: tuple[int, int] | None = None  # the words (start, end) that said where, when country is set
    language: str | None = None  # the language the sentence is written in, when its script or words say ("es")


def parse(text: str | Reading, need_ids: tuple[str, ...]) -> ParsedQuery:
    """Find the need and the country a query (or its reading) speaks of; either may be None.

    ``need_ids`` are the needs the directory knows, in priority order: ties go to the earlier one.
    """
    words = read(text) if isinstance(text, str) else text
    text = words.text
    need = _need(words.folded, need_ids)
    language = language_of(text)
    countries, things = _country_mentions(words, language)
    airports = list(_airport_mentions(words, language))
    countries, airports = _by_role(words, countries), _by_role(words, airports)
    if countries and not airports and not _needs_places(words, countries) and not _says_now(words):
        parsed = _from_country(text, need, words, _choose_country(countries))
    else:
        parsed = _read_places(text, need, words, countries, airports, things, language)
    if parsed.span is not None and _elsewhere(words, parsed.span):
        parsed = ParsedQuery(text, need, None)  # "I'm still at home": the place named is not where you are
    # Say it when a country's name was read as an everyday word, and no country was read from it.
    said = tuple(
        Notice("word-not-country", word=words.originals[m.start], country=m.value)
        for m in things
        if m.value != parsed.country
    )
    return parsed._replace(notices=parsed.notices + said, language=language)


def _mentions(folded: tuple[str, ...], table: Mapping[str, str], spans: Mapping[str, int]) -> Iterator[Mention]:
    """Every span of the words that is a key of ``table``; ``spans`` bounds the search
    (``max_words`` words, ``max_glued`` characters of glued text)."""
    longest, glued = spans["max_words"], spans["max_glued"]
    for i in range(len(folded)):
        for n in range(1, min(longest, len(folded) - i) + 1):
            span = " ".join(folded[i : i + n])
            if span in table:
                yield Mention(i, i + n, len(span), span, table[span])
        for a, b in _parts(folded[i], glued):
            if folded[i][a:b] in table:
                yield Mention(i, i + 1, b - a, folded[i][a:b], table[folded[i][a:b]], at=a)


def _parts(word: str, glued: int) -> Iterator[tuple[int, int]]:
    """Where names may stand inside a word, as (start, end), shorter than the word: in Korean its
    prefixes (the noun before its particles), in other glued text anywhere (up to ``glued`` characters)."""
    if len(word) < 2 or not is_glued(word):
        return
    starts = range(1) if is_hangul(word) else range(len(word))
    shortest = _shortest_inside(word)
    for a in starts:
        for b in range(a + shortest, min(len(word), a + glued) + 1):
            if b - a < len(word):
                yield a, b


def _shortest_inside(word: str) -> int:
    """The fewest characters of a name inside a word of glued text: two, or in Korean one when a particle
    that follows places comes right after it ("괌에서": in Guam)."""
    if not is_hangul(word):
        return 2
    from amexhelp.directory.gazetteer import place_markers

    return 1 if any(word.startswith(marker, 1) for marker in place_markers()["glued_after"]) else 2


def _need(folded: tuple[str, ...], need_ids: tuple[str, ...]) -> str | None:
    """The need the words name: the thing lost when it says the need more than a verb ("on m'a volé mon
    passeport" is travel), else the need most words name."""
    found = [m for m in _need_mentions(folded) if m.value in need_ids]
    return _thing_lost(folded, found) or _most_named(found, need_ids)


def _need_mentions(folded: tuple[str, ...]) -> list[Mention]:
    """The need words and phrases of the text, and its words that can only be one mistyped ("stolne")
    or written without vowels ("crd stln")."""
    found = list(_mentions(folded, index.need_words(), index.load_words()))
    named = {i for m in found for i in range(m.start, m.end)}
    for i, word in enumerate(folded):
        need = None if i in named else _mistyped_need(word)
        if need is not None:
            found.append(Mention(i, i + 1, len(word), word, need))
    return found


def _thing_lost(folded: tuple[str, ...], found: list[Mention]) -> str | None:
    """The need of the thing lost, when one is named and the card is not ("points not showing after my
    flight" is rewards)."""
    objects = index.need_objects()
    things = {objects[m.text] for m in found if m.text in objects}
    return next(iter(things)) if len(things) == 1 and not _names_a_card(folded) else None


def _most_named(found: list[Mention], need_ids: tuple[str, ...]) -> str | None:
    """The need its words name most (a phrase counts its words), the earlier need on a tie. A phrase
    hides the shorter words it contains: 二重請求 is a dispute, not a bill, and "activate my new card"
    is about activation, not a new card after a loss."""
    kept = [m for m in found if not any(_inside(m, other) for other in found)]
    scores: dict[str, int] = {}
    for m in kept:
        scores[m.value] = scores.get(m.value, 0) + max(1, len(m.text.split()))
    if not scores:
        return None
    priority = {need: i for i, need in enumerate(need_ids)}
    return min(scores, key=lambda need: (-scores[need], priority[need]))


# A mistyped need word is this long at least ("stolne"); one written without vowels, this ("stln").
_SHORTEST_TYPO, _SHORTEST_SKELETON = 6, 3
_VOWELS = frozenset("aeiouy")


def _mistyped_need(word: str) -> str | None:
    """The need of a word that is no word of any language the tool reads but one need word mistyped
    (one letter wrong, missing, extra or swapped: "stolne", "stollen") or written without its vowels
    ("stln"); None when it is none, or could be several needs' words."""
    if len(word) < _SHORTEST_SKELETON or not (word.isascii() and word.isalpha()):
        return None
    if not _VOWELS.intersection(word):
        need = _need_skeletons().get(word)
    else:
        need = _near_need(word) if len(word) >= _SHORTEST_TYPO else None
    # Whether the word is a word of its own is asked last: the list of every word is costly to build.
    return need if need is not None and word not in index.names() and not _ordinary(word) else None


def _near_need(word: str) -> str | None:
    """The one need of the need words one edit from ``word``."""
    from amexhelp.directory.folding import distance

    deletes = _typo_deletes()
    candidates = {*deletes.get(word, ()), *(pair for i in range(len(word)) for pair in deletes.get(_cut(word, i), ()))}
    needs = {need for known, need in candidates if distance(word, known) == 1}
    return next(iter(needs)) if len(needs) == 1 else None


def _cut(word: str, i: int) -> str:
    return word[:i] + word[i + 1 :]


@cache
def _typo_deletes() -> dict[str, frozenset[tuple[str, str]]]:
    """The one-word need words by themselves and by each of them with one letter left out: a word one
    edit from a need word shares one of these keys with it (a quick way to its few candidates)."""
    found: dict[str, set[tuple[str, str]]] = {}
    for known, need in _typo_words():
        for variant in {known, *(_cut(known, i) for i in range(len(known)))}:
            found.setdefault(variant, set()).add((known, need))
    return {variant: frozenset(pairs) for variant, pairs in found.items()}


@cache
def _typo_words() -> tuple[tuple[str, str], ...]:
    """The one-word need words in Latin letters a mistyped word may be (the hand-kept ones)."""
    words: dict[str, str] = index.load_words()["typo_words"]
    return tuple((w, need) for w, need in words.items() if w.isascii() and w.isalpha() and len(w) >= _SHORTEST_SKELETON)


@cache
def _need_skeletons() -> dict[str, str]:
    """The one-word need words without their vowels ("stln": stolen), each to its need; a skeleton two
    needs share, or that is itself a word, is left out."""
    found: dict[str, str | None] = {}
    for word, need in _typo_words():
        skeleton = "".join(ch for ch in word if ch not in _VOWELS)
        if len(skeleton) >= _SHORTEST_SKELETON and skeleton != word:
            found[skeleton] = need if found.get(skeleton, need) == need else None
    return {skeleton: need for skeleton, need in found.items() if need is not None}


def _names_a_card(folded: tuple[str, ...]) -> bool:
    """Whether the words name the card ("card", "tarjeta", "カード", "卡"; the issuer's name alone does
    not: "my amex points" are points)."""
    from amexhelp.lookup._cardmarket import card_words

    cards = card_words() - set(index.load_words()["brand"])
    return any(word in cards or (is_glued(word) and any(c in word for c in cards if is_glued(c))) for word in folded)


def _inside(small: Mention, big: Mention) -> bool:
    """Whether ``small`` is part of a longer mention ``big`` of the same words."""
    if small is big or big.length <= small.length:
        return False
    if big.start == big.end - 1 == small.start == small.end - 1 and is_glued(big.text):
        return big.at <= small.at and small.at + small.length <= big.at + big.length
    return big.start <= small.start and small.end <= big.end and (big.end - big.start) > (small.end - small.start)


# A place word that also marks a verb ("how to deal with", "to split the bill"): after it, only a
# country's name counts as a place, not a city's that is an everyday word.
_INFINITIVE = "to"


def _counts(words: Reading, position: int, *, country: bool = False) -> bool:
    """Whether a weak name (an everyday word) at ``position`` is meant as a place: capitalised in
    mixed-case text, or right after a place word; never right after an article or a possessive ("at the
    Thai massage place", "my jersey")."""
    before = words.originals[position - 1].casefold() if position > 0 else ""
    if before in _OWNED:
        return False
    if words.mixed and words.originals[position][:1].isupper():
        return True
    return before in index.place_words() and (country or before != _INFINITIVE)


# Words before an everyday name that make it a thing ("a japan lacquer box", "some china"), and words
# after it that make it a person or a thing doing something ("jordan stole my card", "china was").
_DETERMINERS = frozenset({"a", "an", "the", "some", "my", "our", "your", "his", "her", "their", "this", "that"})
# Of those, the ones no other language read writes as a place word ("a" is Italian's "at", "an" German's).
_OWNED = _DETERMINERS - {"a", "an"}
_AFTER_A_SUBJECT = frozenset(
    {"stole", "took", "used", "charged", "has", "had", "is", "was", "were", "are", "said", "called", "sent",
     "bought", "paid", "asked", "gave", "got", "s", "and", "or"}
)  # fmt: skip


@cache
def _known_words() -> frozenset[str]:
    """Words that say nothing about a thing or a person: those of the needs, the stopwords, the place
    words, the card words."""
    from amexhelp.lookup._cardmarket import card_words

    need_words = {word for phrase in index.need_words() for word in phrase.split()}
    cards = {word for phrase in card_words() for word in phrase.split()}
    return frozenset(need_words | index.stopwords() | index.place_words() | cards)


def _ordinary(word: str) -> bool:
    """Whether a folded word is a word of a language the tool reads (a need, card or place word, a
    function or everyday word): never a place's name mistyped, an airport's code in lower case, or a
    name in another case."""
    return word in _known_words() or index.is_ordinary(word)


def _ordinary_in(word: str, language: str | None) -> bool:
    """Whether a folded word is a word of the sentence's language ("fra" is Italian, not German), or of
    any language read when the sentence's is not known."""
    if language is None:
        return _ordinary(word)
    # A function or need word is a word of its own language only: "ist" is German, "IST" in English an airport.
    return word in index.place_words() or language in index.languages_of(word)


def _alone(words: Reading, start: int, end: int) -> bool:
    """Whether the words start..end stand alone: nothing around them but words for a need, the card
    or a place, and no article before them nor a verb after them."""
    known = _known_words()
    before = words.folded[start - 1] if start > 0 else None
    after = words.folded[end] if end < len(words.folded) else None
    if before is not None and (before in _DETERMINERS or before not in known):
        return False
    # A place word after it makes it a person or a thing ("chad from work found my card").
    return after is None or (after not in _AFTER_A_SUBJECT and after in known and after not in index.place_words())


@cache
def _cyrillic_stems() -> dict[str, str]:
    """One-word country names in Cyrillic without their last letter, for the names' other cases
    ("в России", "в Германии", "в Китае": Россия, Германия, Китай); a stem two countries share is left out."""
    stems: dict[str, str | None] = {}
    for name, code in index.names().items():
        if " " not in name and len(name) >= 5 and all("\u0400" <= ch <= "\u04ff" for ch in name):
            stem = name[:-1]
            stems[stem] = code if stems.get(stem, code) == code else None
    return {stem: code for stem, code in stems.items() if code is not None}


def _inflected(words: Reading, found: list[Mention]) -> Iterator[Mention]:
    """Country names in Cyrillic in another case than the one the tables hold (the last letter changed)."""
    if not any("\u0400" <= ch <= "\u04ff" for word in words.folded for ch in word):
        return  # no Cyrillic: the stems (built from every name) are not needed
    named = {m.start for m in found}
    stems = _cyrillic_stems()
    for i, word in enumerate(words.folded):
        if i not in named and len(word) >= 5 and (code := stems.get(word[:-1])) is not None:
            yield Mention(i, i + 1, len(word), word, code)


# Names in another case are this long at least (tools.inflection).
_SHORTEST_FORM = 4


def _in_other_cases(words: Reading, found: list[Mention], language: str | None) -> Iterator[Mention]:
    """Country names in the case a sentence puts them in ("w Polsce", "v Německu"), for the words that
    are no other name and no ordinary word, in a sentence of a language that inflects names or of none
    known (not "the Indian restaurant": English puts no name in a case)."""
    from amexhelp.directory.gazetteer import inflecting_languages

    if language is not None and language not in inflecting_languages():
        return
    named = {i for m in found for i in range(m.start, m.end)}
    for i, word in enumerate(words.folded):
        if i in named or len(word) < _SHORTEST_FORM or is_glued(word) or not word.isalpha():
            continue
        from amexhelp.directory.gazetteer import country_form

        code = country_form(word)  # a bisection: cheaper than loading the words of every language first
        if code is not None and not _ordinary(word):
            yield Mention(i, i + 1, len(word), word, code)


def _country_mentions(words: Reading, language: str | None) -> tuple[list[Mention], list[Mention]]:
    """The countries the words name, and the everyday names among them read as words instead."""
    everyday = index.everyday_names()
    mentions, things = [], []
    found = list(_mentions(words.folded, index.names(), index.load_words()))
    for m in [*found, *_inflected(words, found), *_in_other_cases(words, found, language)]:
        if m.text not in everyday or (_said_in(m.text, language) and _everyday_counts(words, m)):
            mentions.append(m)
        else:
            things.append(m)
    # Codes count only where typed in capitals in text that is not all capitals ("in the US", not "us").
    if not words.shouting or _one_word(words):  # "JP" alone is a code
        codes, stop = index.codes(), index.code_stopwords()
        for i, word in enumerate(words.originals):
            if word.isupper() and word.isalpha() and word not in stop and word.casefold() in codes:
                mentions.append(Mention(i, i + 1, len(word), word.casefold(), codes[word.casefold()], code=True))
    return mentions, things


def _everyday_counts(words: Reading, m: Mention) -> bool:
    return _counts(words, m.start, country=True) or _alone(words, m.start, m.end)


def _said_in(name: str, language: str | None) -> bool:
    """Whether an everyday country name may be the country in a sentence of this language: the
    language calls the country so, or is not known ("Jordan" in English; in Spanish the country is
    Jordania, and "la fiesta de Jordán" a person's)."""
    said: dict[str, str] = index.load_words()["everyday_name_languages"]
    if language is None or language not in index.load_words()["sentence_languages"]:
        return True
    return language in said.get(name, "").split()


def _needs_places(words: Reading, mentions: list[Mention]) -> bool:
    """Whether the countries named could be read otherwise by the gazetteer: a code that may be a
    state ("CA"), a name that is also a division ("Georgia") or part of a longer place ("Jersey
    City"), or a division code after a place ("Lebanon, PA")."""
    inside, also = index.names_in_places(), index.subdivisions_named_like_countries()
    if any(m.code or m.text in inside or m.text in also or _also_a_city(m) for m in mentions):
        return True
    return words.mixed and any(word.isalpha() and word.isupper() and 2 <= len(word) <= 3 for word in words.originals)


def _also_a_city(mention: Mention) -> bool:
    """Whether a country's name is also the name of the one city of that name, in another country
    ("Salvador"; not "Lebanon", a name of several small towns, nor "Mexico", first its own country's)."""
    from amexhelp.directory.gazetteer import table

    entry, _ = table().find(mention.text)
    if entry is None or entry.weak or len(entry.places) != 1:
        return False
    return entry.places[0].country != mention.value and not entry.places[0].is_division


def _choose_country(mentions: list[Mention]) -> Mention:
    # A country name that is also a subdivision of another country named in the text is that
    # subdivision ("Atlanta, Georgia, USA" is in the United States).
    named = {m.value for m in mentions}
    also = index.subdivisions_named_like_countries()
    mentions = [m for m in mentions if not (set(also.get(m.text, "").split()) & (named - {m.value}))] or mentions
    return _best(mentions)


def _best(mentions: list[Mention]) -> Mention:
    """The longest mention wins ("United States Virgin Islands" over "United States"), then the first."""
    return min(mentions, key=lambda m: (-m.length, m.start))


def _from_country(text: str, need: str | None, words: Reading, chosen: Mention) -> ParsedQuery:
    notices: tuple[Notice, ...] = ()
    if chosen.code:
        notices = (Notice("code-read", code=words.originals[chosen.start], country=chosen.value),)
    return ParsedQuery(text, need, chosen.value, notices=notices, span=(chosen.start, chosen.end))


# Places --------------------------------------------------------------------------------------------

# How many words before an airport word its code may stand ("the airport in ams").
_AIRPORT_REACH = 3


def _airport_mentions(words: Reading, language: str | None) -> Iterator[tuple[Mention, Entry]]:
    """Three letters that are an airport's IATA code: near a word for an airport in any case ("dxb
    airport", "the airport in ams"), or typed in capitals ("HND") where they are no acronym ("ATM") and, in
    text all in capitals, after a place word. An ordinary word ("the", "los") is a code only typed in
    capitals right beside a word for an airport ("LOS airport")."""
    originals = words.originals
    candidates = [i for i, word in enumerate(originals) if len(word) == _CODE and word.isascii() and word.isalpha()]
    if candidates:
        from amexhelp.directory.gazetteer import Entry, airport, airport_words

        near = airport_words()
        for i in candidates:
            if _is_airport_code(words, i, language, near) and (found := airport(words.folded[i])) is not None:
                place, _ = found
                yield Mention(i, i + 1, _CODE, words.folded[i], place.country), Entry((place,), weak=False)
    yield from _glued_airports(words)


def _glued_airports(words: Reading) -> Iterator[tuple[Mention, Entry]]:
    """Airports' codes typed in capitals inside text written without spaces (``_glued_codes``)."""
    glued = [(i, at) for i, word in enumerate(words.originals) for at in _glued_codes(word)]
    if not glued:
        return
    from amexhelp.directory.gazetteer import Entry, airport

    for i, at in glued:
        code = words.originals[i][at : at + _CODE].casefold()
        if (found := airport(code)) is not None:
            yield Mention(i, i + 1, _CODE, code, found[0].country, at=at), Entry((found[0],), weak=False)


# An airport's IATA code has three letters: in glued text, three capitals with no Latin letter or digit beside.
_CODE = 3
_CAPITALS = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3}(?![A-Za-z0-9])")


def _glued_codes(word: str) -> list[int]:
    """Where three capitals stand in text written without spaces, no acronym ("LHR航班", "CDG에서",
    "在LAX丢了卡"; not "ATM吞卡了"): an airport's code typed in capitals, as beside a space."""
    if not is_glued(word):
        return []
    return [m.start() for m in _CAPITALS.finditer(word) if m.group() not in index.code_stopwords()]


def _is_airport_code(words: Reading, i: int, language: str | None, near: frozenset[str]) -> bool:
    """Whether the three letters at ``i`` are meant as an airport's code (see ``_airport_mentions``)."""
    word = words.originals[i]
    beside = any(w in near for w in words.folded[i + 1 : i + 2]) or (i > 0 and words.folded[i - 1] in near)
    # Only in text not all in capitals do capitals make an ordinary word a code ("LOS airport").
    if beside and word.isupper() and not words.shouting:
        return True
    return (beside or _airport_cue(words, i, near)) and not _ordinary_in(words.folded[i], language)


def _airport_cue(words: Reading, i: int, near: frozenset[str]) -> bool:
    """Whether a word for an airport stands a little before word ``i``, or the word is typed in capitals
    (no acronym) where capitals mean something: mixed-case text, after a place word, or alone."""
    if any(w in near for w in words.folded[max(0, i - _AIRPORT_REACH) : i]):
        return True
    word = words.originals[i]
    typed = word.isupper() and word not in index.code_stopwords()
    return typed and (words.mixed or _after_place_word(words, i) or _one_word(words))


def _one_word(words: Reading) -> bool:
    """Whether the text holds one word and nothing else but signs ("JP", "LHR", "CDG 💳❌"): a code typed
    alone means the place."""
    return sum(word.isalpha() for word in words.originals) == 1


# How far from a place a word saying "now" ("now in Muscat", "in Paris now") or "from" may stand.
_CUE_BEFORE, _CUE_AFTER = 3, 2
# How many characters before a name inside glued text such a word may end.
_GLUED_CUE = 4

_Found = TypeVar("_Found", Mention, "tuple[Mention, Entry]")


def _mention(found: Mention | tuple[Mention, Entry]) -> Mention:
    return found if isinstance(found, Mention) else found[0]


def _cued(words: Reading, found: Sequence[Mention | tuple[Mention, Entry]]) -> bool:
    """Whether a word beside one of the places says it is where you are now."""
    return any(_is_here(words, _mention(f)) for f in found)


def _says_now(words: Reading) -> bool:
    """Whether a word of the text says where you are now: places besides the countries may then matter."""
    from amexhelp.lookup._cardmarket import here_and_origin_words

    here, _ = here_and_origin_words()
    arrivals = _arrival_words()
    return any(word in here or word in arrivals for word in words.folded)


@cache
def _arrival_words() -> frozenset[str]:
    """The words before a place that say you arrived there ("landed in Athens", "gelandet in")."""
    return frozenset(index.load_words()["arrival_words"])


def _arrived(words: Reading, start: int) -> bool:
    """Whether a word saying you landed stands right before the place, or before a place word before it
    ("landed in Athens", "landed at IST"; never after it: "Dubai, and landed in")."""
    arrivals = _arrival_words()
    before = words.folded[max(0, start - 2) : start]
    if before and before[-1] in arrivals:
        return True
    return len(before) == 2 and before[0] in arrivals and before[1] in index.place_words()


def _is_here(words: Reading, m: Mention) -> bool:
    from amexhelp.lookup._cardmarket import here_and_origin_words

    here, _ = here_and_origin_words()
    near = words.folded[max(0, m.start - _CUE_BEFORE) : m.start] + words.folded[m.end : m.end + _CUE_AFTER]
    if any(word in here for word in near) or _arrived(words, m.start):
        return True
    # In glued text the word may stand just before the name inside the same run ("现在在首尔").
    before = words.folded[m.start][max(0, m.at - _GLUED_CUE) : m.at] if m.at else ""
    return any(cue in before for cue in here if is_glued(cue))


def _by_role(words: Reading, found: list[_Found]) -> list[_Found]:
    """Of several places, the ones said to be where you are now; else all but those said to be where you
    came from ("flew from Frankfurt to Delhi"); one place is kept whatever its role."""
    if len({_mention(f).start for f in found}) < 2:
        return found
    from amexhelp.lookup._cardmarket import here_and_origin_words

    _, origin = here_and_origin_words()
    kept = [f for f in found if not _came_from(words, _mention(f), origin)] or found
    kept = [f for f in kept if not _going_to(words, _mention(f).start, _mention(f).at)] or kept
    return [f for f in kept if _is_here(words, _mention(f))] or kept


def _came_from(words: Reading, m: Mention, origin: frozenset[str]) -> bool:
    """Whether a word right before a place says you came from there ("flew from Frankfurt")."""
    return m.start > 0 and words.folded[m.start - 1] in origin


# The most words a phrase saying you are going to a place has ("on my way to").
_LONGEST_DESTINATION = 3


@cache
def _destination_words() -> frozenset[str]:
    return frozenset(index.load_words()["destination_words"])


def _going_to(words: Reading, start: int, at: int = 0) -> bool:
    """Whether a phrase right before the place at word ``start`` says you are going there ("flight to
    Bogotá", "vuelo a", "vol pour"): where you are not. A name inside a word (``at``) has no phrase before it."""
    destinations = _destination_words()
    before = words.folded[max(0, start - _LONGEST_DESTINATION) : start]
    return not at and any(" ".join(before[-n:]) in destinations for n in range(1, len(before) + 1))


def _after_place_word(words: Reading, i: int) -> bool:
    return i > 0 and words.originals[i - 1].casefold() in index.place_words()


def _same(a: Mention, b: Mention) -> bool:
    """Whether two mentions are of the same words."""
    return (a.start, a.end, a.at, a.length) == (b.start, b.end, b.at, b.length)


def _place_mentions(words: Reading) -> list[tuple[Mention, Entry]]:
    """Every span of the words that names a place in the gazetteer, weak names only where they count."""
    from amexhelp.directory.gazetteer import table

    places = table()
    found: list[tuple[Mention, Entry]] = []
    for i in range(len(words.folded)):
        found += _places_from(words, i, places)
        found += _places_inside(words.folded[i], i, places)
    phrase = _in_airport_phrases(words)  # "हवाई अड्डे" is an airport, not Hawaii's airport
    return [(m, e) for m, e in found if m.start not in phrase or m.at]


def _in_airport_phrases(words: Reading) -> set[int]:
    """The words that are part of a word for an airport written in several words ("हवाई अड्डा")."""
    from amexhelp.directory.gazetteer import airport_words

    covered: set[int] = set()
    for phrase in (w.split() for w in airport_words() if " " in w):
        for i in range(len(words.folded) - len(phrase) + 1):
            if list(words.folded[i : i + len(phrase)]) == phrase:
                covered.update(range(i, i + len(phrase)))
    return covered


def _places_from(words: Reading, i: int, places: Table) -> Iterator[tuple[Mention, Entry]]:
    """The places named by the words from ``i`` on (one word, two, … while a longer name may follow)."""
    span = ""
    for j in range(i, len(words.folded)):
        span = words.folded[j] if j == i else f"{span} {words.folded[j]}"
        entry, longer = places.find(span)
        if entry is None and _prepositional(span):  # "в Париже": a form the tables lost to another name's
            entry = places.find(span[:-1])[0]
        if entry is not None and entry.capitals and not _in_capitals(words, i, j + 1):
            entry = None  # "la" is a word; "LA" is Los Angeles
        if entry is not None and (not entry.weak or _counts(words, i)):
            yield Mention(i, j + 1, len(span), span, entry.places[0].country), entry
        if not longer:
            return


def _places_in_case(words: Reading, named: set[int], language: str | None) -> Iterator[tuple[Mention, Entry]]:
    """Places' names with a case ending of the sentence's language ("Barcelonassa": in Barcelona, in
    Finnish): a word no index knows, capitalised where case tells, whose stem is a place that is no
    everyday word."""
    endings: list[str] = index.load_words()["case_endings"].get(language or "", [])
    if not endings:
        return
    for i, word in enumerate(words.folded):
        if i in named or not word.isalpha() or (words.mixed and not words.originals[i][:1].isupper()):
            continue
        entry = _stem_place(word, endings)
        if entry is not None and not _ordinary(word):
            yield Mention(i, i + 1, len(word), word, entry.places[0].country), entry


def _stem_place(word: str, endings: list[str]) -> Entry | None:
    """The place a word names without one of the case endings, the longest ending first."""
    from amexhelp.directory.gazetteer import table

    for stem in sorted((word[: -len(ending)] for ending in endings if word.endswith(ending)), key=len):
        entry = table().find(stem)[0] if len(stem) >= _SHORTEST_FORM else None
        if entry is not None and not entry.weak and not entry.capitals:
            return entry
    return None


def _elsewhere(words: Reading, span: tuple[int, int]) -> bool:
    """Whether the one place read is not where you are: you are at home, or going there ("my flight to
    Bogotá was cancelled")."""
    return _at_home_elsewhere(words, span) or _going_to(words, span[0])


def _at_home_elsewhere(words: Reading, span: tuple[int, int]) -> bool:
    """Whether the text says you are at home ("I'm still at home", "estoy en casa") and the place read is
    not said to be that home ("at home in Sydney") nor where you are now: it is where you go or came from."""
    phrases = frozenset(index.load_words()["at_home"])
    ends = [
        i + n
        for i in range(len(words.folded))
        for n in range(1, _LONGEST_HOME + 1)
        if " ".join(words.folded[i : i + n]) in phrases
    ]
    if not ends:
        return False
    if any(end <= span[0] <= end + 1 for end in ends):
        return False
    return not _is_here(words, Mention(span[0], span[1], 0, "", ""))


# The most words a phrase saying you are at home has ("at my house").
_LONGEST_HOME = 3


def _prepositional(word: str) -> bool:
    """Whether a word may be a Russian name ending in a consonant, in the case after "в" ("Париже")."""
    return len(word) >= _SHORTEST_FORM + 1 and word[-1] == "е" and "\u0430" <= word[-2] <= "\u044f"


def _places_inside(word: str, i: int, places: Table) -> Iterator[tuple[Mention, Entry]]:
    """The places named inside a word of glued text: Korean prefixes (the noun before its particles);
    in other glued text, anywhere."""
    if len(word) < 2 or not is_glued(word):
        return
    shortest = _shortest_inside(word)
    for a in range(1) if is_hangul(word) else range(len(word)):
        for b in range(a + shortest, len(word) + 1):
            if b - a == len(word):  # the whole word was looked up already
                break
            entry, longer = places.find(word[a:b], "")
            if entry is not None and not _inside_katakana(word, a, b):
                yield Mention(i, i + 1, b - a, word[a:b], entry.places[0].country, at=a), entry
            if not longer:
                break


def _katakana(ch: str) -> bool:
    return "\u30a0" < ch <= "\u30ff" and ch != "\u30fb"  # not the middle dot, which parts words


def _inside_katakana(word: str, start: int, end: int) -> bool:
    """Whether a name in katakana is part of a longer katakana word ("バーシ" in "メンバーシップ")."""
    if not all(_katakana(ch) for ch in word[start:end]):
        return False
    return (start > 0 and _katakana(word[start - 1])) or (end < len(word) and _katakana(word[end]))


def _in_capitals(words: Reading, start: int, end: int) -> bool:
    """Whether the words start..end are typed in capitals in text that is not all capitals."""
    return not words.shouting and all(word.isupper() for word in words.originals[start:end])


def _read_places(
    text: str,
    need: str | None,
    words: Reading,
    countries: list[Mention],
    airports: list[tuple[Mention, Entry]],
    things: Sequence[Mention] = (),
    language: str | None = None,
) -> ParsedQuery:
    places = _by_role(words, [*airports, *_places_named(words, things, language)])
    countries, places = _outside_unknown(words, _countries_beside(words, countries, places), places)
    if not places and not countries:
        return _unread(text, need, words, language)
    if countries and any(_inside(m, _best(countries)) for m, _ in places):
        return _from_country(text, need, words, _best(countries))
    found = _shared_name(words, countries, places) or _narrowed(words, places, countries)
    if found is not None:
        mention, country, notices, end = found
        return ParsedQuery(text, need, country, _written(words, mention), notices, span=(mention.start, end))
    if countries:
        return _from_country(text, need, words, _choose_country(countries))
    return _last_place(text, need, words, places)


def _places_named(words: Reading, things: Sequence[Mention], language: str | None) -> list[tuple[Mention, Entry]]:
    """The places the words name, in the gazetteer and in the sentence's cases; a country's name read as
    an everyday word is no place either ("my jersey got ruined")."""
    named = [(m, e) for m, e in _place_mentions(words) if not any(_same(m, thing) for thing in things)]
    return named + list(_places_in_case(words, {m.start for m, _ in named}, language))


def _last_place(text: str, need: str | None, words: Reading, places: list[tuple[Mention, Entry]]) -> ParsedQuery:
    """The reading of the last place named; a name that is only a town's other name and one slip from a
    country's ("Turky") is read as that country, with a notice that it is a guess."""
    mention, entry = _last(places)
    written = _written(words, mention)
    slip = index.load_words()["slips"].get(mention.text)
    if slip is not None:
        return ParsedQuery(text, need, None, unknown_place=written, guess=slip)
    others = _others(written, entry)
    return ParsedQuery(text, need, entry.places[0].country, written, others, span=(mention.start, mention.end))


def _last(places: list[tuple[Mention, Entry]]) -> tuple[Mention, Entry]:
    """Of several places, the last named that is part of no longer name: a journey's last stop ("flew
    from Sydney via Dubai to Athens", the roles aside)."""
    whole = [(m, e) for m, e in places if not any(_inside(m, other) for other, _ in places)]
    return max(whole or places, key=lambda found: (found[0].start, found[0].at, found[0].length))


def _outside_unknown(
    words: Reading, countries: list[Mention], places: list[tuple[Mention, Entry]]
) -> tuple[list[Mention], list[tuple[Mention, Entry]]]:
    """The countries and places named outside an unknown name: a known name inside an unknown one ("em
    Pindorama do Zé") is not that place."""
    # Only a place word says so beside names read ("auf Geschäftsreise in Mailand": German capitalises nouns).
    unknown = _unknown_place(words, places) if places and words.mixed else None
    if unknown is None:
        return countries, places
    inside = range(*unknown)
    return [c for c in countries if c.start not in inside], [(m, e) for m, e in places if m.start not in inside or m.at]


def _shared_name(words: Reading, countries: list[Mention], places: list[tuple[Mention, Entry]]) -> Narrowed | None:
    """A name that is a country's and a city's elsewhere, and nothing else named ("estou em Salvador":
    El Salvador, or the city in Brazil): the city when the sentence is in a language of the city's
    country and not of the other, else the country; a notice says which other it could be."""
    if len(countries) != 1 or countries[0].code or not all(_same(countries[0], m) for m, _ in places):
        return None
    if countries[0].end - countries[0].start == len(words.originals):  # the name alone is the country's
        return None
    country = countries[0]
    if not _also_a_city(country):
        return None
    cities = [p for _, e in places for p in e.places]
    chosen, other = country.value, _label(cities[0])
    if _speaks(language_of(words.text), cities[0].country, country.value):
        chosen, other = cities[0].country, country.value
    notice = Notice("place-ambiguous", place=_written(words, country), country=chosen, places=f"{chosen} {other}")
    return country, chosen, (notice,), country.end


def _speaks(language: str | None, country: str, other: str) -> bool:
    """Whether a language is an official language of ``country`` and not of ``other``."""
    from amexhelp.directory.gazetteer import official_languages

    spoken = official_languages()
    return language is not None and language in spoken.get(country, ()) and language not in spoken.get(other, ())


def _countries_beside(words: Reading, countries: list[Mention], places: list[tuple[Mention, Entry]]) -> list[Mention]:
    """The countries named that still count beside the places named."""
    if _cued(words, places) and not _cued(words, countries):
        return []  # "I was in Brazil in July … back home in Lisbon now": the place said to be now
    # A country's code is read only when nothing else fits: "LA" is Los Angeles, not Laos, and "HND" Tokyo's
    # airport, not Honduras; but after a place it may narrow, a code is kept ("Paris FRA").
    kept = [c for c in countries if not c.code or _code_counts(c, places)]
    # A country named inside a longer place is that place's ("Jersey City" is not Jersey), and a place
    # inside a longer country name is that country's ("Sint Maarten (Olanda)").
    return [c for c in kept if not _inside_any(c, places)]


def _inside_any(mention: Mention, places: list[tuple[Mention, Entry]]) -> bool:
    return any(_inside(mention, m) for m, _ in places)


def _code_counts(code: Mention, places: list[tuple[Mention, Entry]]) -> bool:
    """Whether a country's code still counts beside the places: after a place, or where no place that is
    no everyday word has the same letters."""
    after_place = {m.end for m, _ in places if not m.at}
    return code.start in after_place or not any(_same(code, m) for m, e in places if not e.weak)


def _unread(text: str, need: str | None, words: Reading, language: str | None = None) -> ParsedQuery:
    """The reading of a text in which no place could be found: a place it names that is not known
    ("in Xyzzyville", "在佐爾巴尼亞"), with a close match when one is clear; a lone unknown word close to a
    country's name ("germnay"); a place's name that is an everyday word but no word of the sentence's
    language ("carte volee nice svp"), as a guess; else no place."""
    span = _unknown_place(words, (), language, locatives=True)
    if span is None:
        unmarked = _marked_unknown(words)
        if unmarked is not None:
            return ParsedQuery(text, need, None, unknown_place=unmarked)
        lone = _lone_unknown(words)
        guess = _guess(lone) if lone is not None else None
        if guess is not None:
            return ParsedQuery(text, need, None, unknown_place=lone, guess=guess)
        foreign = _foreign_place(words, language)
        if foreign is not None:
            return ParsedQuery(text, need, None, unknown_place=foreign[0], guess=foreign[1])
        return ParsedQuery(text, need, None)
    unknown = " ".join(words.originals[span[0] : span[1]])
    return ParsedQuery(text, need, None, unknown_place=unknown, guess=_guess(unknown))


def _foreign_place(words: Reading, language: str | None) -> tuple[str, str] | None:
    """A place's name that is an everyday word (so not read as a place) in lower-case text of a known
    language other than English whose words it is not ("nice" in "carte volee nice svp"), and its
    country: it may be the place, and it is said as a guess, since the word lists cannot be sure."""
    if words.mixed or language is None or language == ENGLISH:
        return None
    from amexhelp.directory.gazetteer import table

    for i, word in enumerate(words.folded):
        if is_glued(word) or not word.isalpha() or language in index.languages_of(word):
            continue
        entry = table().find(word)[0]
        if entry is not None and entry.weak:
            return words.originals[i], entry.places[0].country
    return None


def _written(words: Reading, mention: Mention) -> str:
    """The place as the user wrote it ("Córdoba"), not folded; inside glued text, the matched part."""
    written = " ".join(words.originals[mention.start : mention.end])
    return written if fold(written) == mention.text else mention.text


# What says where: the words, the country, the notices, and where the words that narrowed it end.
Narrowed: TypeAlias = "tuple[Mention, str, tuple[Notice, ...], int]"


def _narrowed(words: Reading, places: list[tuple[Mention, Entry]], countries: list[Mention]) -> Narrowed | None:
    """A place that the word after it narrows: a division code ("Chicago IL", "Toronto ON"), a
    division ("Paris, Texas", "Portland, Maine") or a country ("Santiago, Chile"). Longest place first."""
    for mention, entry in sorted(places, key=lambda found: (-found[0].length, found[0].start)):
        if mention.end >= len(words.originals) or mention.at:
            continue
        found = (
            _by_division_code(words, mention, entry)
            or _by_division(mention, entry, places)
            or _by_country(words, mention, entry, countries)
        )
        if found is not None:
            return found
    return None


def _by_division_code(words: Reading, mention: Mention, entry: Entry) -> Narrowed | None:
    """ "Chicago IL": a place in the division whose code is the next word."""
    from amexhelp.directory.gazetteer import division_codes

    code = words.originals[mention.end]
    if not _division_code(words, code):
        return None
    for place in entry.places:
        wanted = f"{place.country}-{code.upper()}"
        if not place.is_division and place.division == wanted and code.upper() in division_codes(place.country):
            return mention, place.country, (_code_notice(code, wanted),), mention.end + 1
    return None


def _by_division(mention: Mention, entry: Entry, places: list[tuple[Mention, Entry]]) -> Narrowed | None:
    """ "Portland, Maine": a place in the division (or the country of a division) named next."""
    for follower, qualifier in places:
        if follower.start != mention.end or follower.at:
            continue
        regions = [q for q in qualifier.places if q.is_division]
        for place in entry.places:
            if not place.is_division and any(
                r.division == place.division or (place.division is None and r.country == place.country) for r in regions
            ):
                return mention, place.country, (), follower.end
    return None


def _by_country(words: Reading, mention: Mention, entry: Entry, countries: list[Mention]) -> Narrowed | None:
    """ "Santiago, Chile": a place in the country named next."""
    for country in countries:
        if country.start != mention.end:
            continue
        for place in entry.places:
            if place.country == country.value:
                code = words.originals[mention.end]
                return mention, place.country, (_code_notice(code, None),) if country.code else (), country.end
    return None


def _division_code(words: Reading, word: str) -> bool:
    """Whether a word can be a state's code after a city: two or three letters, in capitals where case
    tells (not "in", "or", "me" in running text)."""
    if not (word.isalpha() and word.isascii() and 2 <= len(word) <= 3):
        return False
    if words.mixed:
        return word.isupper()
    return word.upper() not in index.code_stopwords() and fold(word) not in index.stopwords()


def _code_notice(code: str, division: str | None) -> Notice:
    also = index.codes().get(code.casefold())  # the country these letters are the code of (FR, FRA), if any
    if division is None:
        return Notice("code-read", code=code, country=also or code.upper())
    not_country = also if also is not None and also != division[:2] else None
    return Notice("code-read", code=code, country=division[:2], division=division, not_country=not_country)


def _others(written: str, entry: Entry) -> tuple[Notice, ...]:
    """A notice when the name read is also the name of places elsewhere."""
    labels: list[str] = []
    for place in entry.places:
        label = _label(place)
        if label not in labels:
            labels.append(label)
    if len(labels) < 2:
        return ()
    return (Notice("place-ambiguous", place=written, country=entry.places[0].country, places=" ".join(labels)),)


def _label(place: Place) -> str:
    """A place's division ("US-OR") where it has a name, else its country's code."""
    from amexhelp.directory.gazetteer import division_name

    named = place.division is not None and division_name(place.division)
    return place.division if named and place.division is not None else place.country


# Unknown places ------------------------------------------------------------------------------------


def _unknown_place(
    words: Reading,
    places: Sequence[tuple[Mention, Entry]] = (),
    language: str | None = None,
    *,
    locatives: bool = False,
) -> tuple[int, int] | None:
    """The words (start, end) of a place the text names that is not known: what follows a place word or
    a locative of the sentence's language, with ``locatives`` ("na Gotlandu", "på Gotland": ``_locative``;
    only where no place was read: German capitalises every noun) when it is no word
    the indexes know ("in Xyzzyville", "في زوربانيا"), in mixed-case text the
    capitalised words after it, across short joining words ("em Pindorama do Zé", "en San Pedro de los
    Zorbales": a known name inside an unknown one is not that place); in text without case, the words
    after it that no index knows; in lower-case text, the one word when it is a clear slip for a name."""
    place_words = index.place_words()
    known = {i for m, _ in places for i in range(m.start, m.end) if not m.at}
    for i in range(1, len(words.originals)):
        before = words.originals[i - 1].casefold()
        if (before in place_words or (locatives and _locative(before, language))) and len(words.originals[i]) >= 3:
            span = _unknown_after(words, i, known)
            if span is not None:
                return span
    return None


def _locative(word: str, language: str | None) -> bool:
    """Whether a casefolded word is a preposition that puts a place after it ("på", "v", "w", "a") in the
    sentence's language, or in another where the sentence's language has no such word ("på" in a sentence
    read as English; not "a", an English word)."""
    said: str | None = index.load_words()["locatives"].get(word)
    if said is None:
        return False
    return language is None or language in said.split() or language not in index.languages_of(word)


def _unknown_after(words: Reading, i: int, known: set[int]) -> tuple[int, int] | None:
    """The unknown place that starts at word ``i``, after a place word (see ``_unknown_place``)."""
    if words.mixed and words.originals[i][:1].isupper():
        end = _name_end(words, i)
        return (i, end) if _new_name(words, i, end, known) else None
    if not _plain(words, i) or i in known:
        return None
    if _caseless(words.originals[i]):
        end = i + 1
        while end < len(words.originals) and words.joined(end) and _plain(words, end):
            end += 1
        return i, end
    return (i, i + 1) if not words.mixed and _guess(words.originals[i]) is not None else None


def _marked_unknown(words: Reading) -> str | None:
    """A place named beside a word that says so but not known: before a word that follows places
    ("ज़ोर्बानिया में"), or in text written without spaces after "在" or before "で", "에서" ("在佐爾巴尼亞弄丟了卡",
    "ゾルバニア市でカードを", "조르바니아에서")."""
    from amexhelp.directory.gazetteer import place_markers

    markers = place_markers()
    after = frozenset(markers["after"])
    for i in range(1, len(words.originals)):
        if words.folded[i] in after and _plain(words, i - 1):
            return words.originals[i - 1]
    for word in words.folded:
        if is_glued(word):
            found = _glued_after(word, markers["glued_before"]) or _glued_before(word, markers["glued_after"])
            if found is not None:
                return found
    return None


# The fewest characters of glued text taken for a place's name.
_SHORTEST_GLUED = 2


def _glued_known() -> frozenset[str]:
    """The words of glued text that are no place: the need, card, place and airport words."""
    from amexhelp.directory.gazetteer import airport_words

    return frozenset(word for word in _known_words() | airport_words() if is_glued(word))


def _glued_after(word: str, markers: list[str]) -> str | None:
    """The characters after a marker ("在") up to the first known word: a place's name if no word known."""
    known = _glued_known()
    for marker in markers:
        at = word.find(marker)
        if at < 0:
            continue
        start = at + len(marker)
        end = next((p for p in range(start, len(word)) if _known_at(word, p, known)), len(word))
        if end - start >= _SHORTEST_GLUED:
            return word[start:end]
    return None


def _glued_before(word: str, markers: list[str]) -> str | None:
    """The characters before a marker ("で", "에서") back to a known word or a hiragana particle."""
    known = _glued_known()
    for marker in markers:
        at = word.find(marker, 1)
        if at < 0:
            continue
        start = at
        while start > 0 and not _particle(word[start - 1]) and not _known_at(word, start - 1, known):
            start -= 1
        if at - start >= _SHORTEST_GLUED and word[start:at] not in known:
            return word[start:at]
    return None


# The longest known word looked for at a position of glued text.
_LONGEST_KNOWN = 6


def _known_at(word: str, position: int, known: frozenset[str]) -> bool:
    return any(word[position : position + n] in known for n in range(1, _LONGEST_KNOWN + 1))


def _particle(ch: str) -> bool:
    """Whether a character is hiragana (Japanese particles and endings, never a foreign place's name)."""
    return "\u3040" <= ch <= "\u309f"


def _new_name(words: Reading, start: int, end: int, known: set[int]) -> bool:
    """Whether the capitalised words start..end name something unknown: a word no index knows, first
    or after a joining word ("de los Zorbales"); when a known place is among them, only with a joining
    word between ("Pindorama do Zé", but "Санкт-Петербурге" is the city)."""
    unknown = [j for j in range(start, end) if _plain(words, j) and j not in known]
    if not unknown:
        return False
    joined = any(_joining(word) for word in words.originals[start:end])
    if joined or (start in unknown and not known.intersection(range(start, end))):
        return True
    # A name of several words one slip from a country's ("Honk Kong"): a slip, not the place inside it.
    return end - start > 1 and _guess(" ".join(words.originals[start:end])) is not None


# Lower-case words this short may join the parts of a name ("Pindorama do Zé", "San Pedro de los").
_JOINING = 3


def _name_end(words: Reading, start: int) -> int:
    """Where a name that starts with a capitalised word ends: at the first word that is neither
    capitalised nor a short joining word before a capitalised one, or at punctuation."""
    originals = words.originals
    end = start + 1
    while end < len(originals) and words.joined(end):
        if _capitalised(originals[end]):
            end += 1
            continue
        after = end
        while after < len(originals) and _joining(originals[after]) and words.joined(after):
            after += 1
        if after == end or after >= len(originals) or not _capitalised(originals[after]) or not words.joined(after):
            break
        end = after + 1
    return end


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


def _joining(word: str) -> bool:
    return word.islower() and word.isalpha() and len(word) <= _JOINING


def _plain(words: Reading, i: int) -> bool:
    """Whether word ``i`` is written in letters (with their marks: Devanagari's vowel signs) and is no
    word any index knows."""
    word = words.originals[i]
    letters = word.isalpha() or (not word.isascii() and not any(ch.isdigit() for ch in word))
    return letters and not is_glued(word) and not _ordinary(words.folded[i])


def _caseless(word: str) -> bool:
    """Whether a word is written in a script without capitals (Arabic, Devanagari)."""
    return word.lower() == word.upper()


def _lone_unknown(words: Reading) -> str | None:
    """The one word of the text that no index knows, when everything around it is known ("germnay",
    "germnay lost card"): perhaps a country's name mistyped."""
    unknown = [i for i, word in enumerate(words.folded) if not _ordinary(word)]
    if len(unknown) != 1:
        return None
    word = words.originals[unknown[0]]
    # In mixed-case text a name is capitalised: a lower-case word there is an ordinary one ("the Thai massage").
    if not word.isalpha() or is_glued(word) or len(word) < 5 or (words.mixed and word.islower()):
        return None
    from amexhelp.directory.gazetteer import table

    # A place's own name ("reading") is no mistyped country: it counts as a place only where it may.
    return word if table().find(words.folded[unknown[0]])[0] is None else None


def _guess(unknown: str) -> str | None:
    """The country of the one close match to an unknown place (a typing slip: one letter wrong, missing,
    extra or swapped; two for long names), or None when there is none or several countries tie; a long
    name that no well-known place is close to is compared with the big cities too ("bordeau")."""
    from amexhelp.directory.folding import key
    from amexhelp.directory.gazetteer import guess_cities, guess_names

    typed = key(unknown)
    if len(typed) < 4 or not typed.isascii() or _ordinary(typed):  # "wurde" is German, not a country mistyped
        return None
    limit = 1 if len(typed) < 8 else 2
    best, found = _closest(typed, limit, [*index.names().items(), *guess_names().items()])
    if not found and len(typed) >= _LONG_TYPO:
        # A big city only within the limit itself: a name so long is close to many by chance.
        near, cities = _closest(typed, limit, list(guess_cities().items()))
        best, found = (near, cities) if near <= limit else (best, found)
    return next(iter(found)) if len(found) == 1 and best > 0 else None


# A typo this long is compared with the big cities too, when no well-known place is close.
_LONG_TYPO = 7


def _closest(typed: str, limit: int, candidates: list[tuple[str, str]]) -> tuple[int, set[str]]:
    """The fewest edits from ``typed`` to a candidate name, up to ``limit`` + 1, and the countries of the
    names that close (none when no name is)."""
    from amexhelp.directory.folding import distance

    best, found = limit + 1, set()
    for name, country in candidates:
        if abs(len(name) - len(typed)) > limit or not name.isascii():
            continue
        edits = distance(typed, name)
        if edits < best:
            best, found = edits, {country}
        elif edits == best:
            found.add(country)
    return best, found

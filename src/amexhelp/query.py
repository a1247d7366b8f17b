"""Understanding a plain-words query: which need, and which country, it speaks of.

Words are folded (case, accents) and looked up in the generated indexes as word n-grams; text in
scripts written without spaces (Japanese, Chinese) is searched by substring, and Korean words by
prefix (particles follow the noun: 일본에서, "in Japan"). Place names (subdivisions, cities) are
read only when no country is named, and a place found in several countries is not guessed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from amexhelp import index
from amexhelp.folding import fold, is_glued, is_hangul, tokens
from amexhelp.sanitize import MAX_QUERY, bounded


class Mention(NamedTuple):
    """A span of the query that names something: where it starts and ends, and what it names."""

    start: int  # word position
    end: int  # word position after the span (for glued text: the same word)
    length: int  # how much text it covers (characters), for "the longest wins"
    text: str  # the folded key that matched
    value: str


class ParsedQuery(NamedTuple):
    text: str
    need: str | None
    country: str | None
    place: str | None = None  # the place name the country was read from ("tokyo"), if any
    ambiguous: tuple[str, tuple[str, ...]] | None = None  # a place in several countries, not guessed


def parse(text: str, need_ids: tuple[str, ...]) -> ParsedQuery:
    """Find the need and the country a query speaks of; either may be None.

    ``need_ids`` are the needs the directory knows, in priority order: ties go to the earlier one.
    """
    bounded(text, "query", MAX_QUERY)
    originals = tokens(unicodedata.normalize("NFC", text))
    folded = [fold(word) for word in originals]
    need = _need(folded, need_ids)
    country = _country(originals, folded)
    if country is not None:
        return ParsedQuery(text, need, country)
    return _place(text, need, originals, folded)


def _mentions(folded: list[str], table: dict[str, str], spans: dict[str, int]) -> Iterator[Mention]:
    """Every span of the words that is a key of ``table``; ``spans`` bounds the search
    (``max_words`` words, ``max_glued`` characters of glued text)."""
    longest, glued = spans["max_words"], spans["max_glued"]
    for i in range(len(folded)):
        for n in range(1, min(longest, len(folded) - i) + 1):
            span = " ".join(folded[i : i + n])
            if span in table:
                yield Mention(i, i + n, len(span), span, table[span])
        word = folded[i]
        if len(word) < 2:
            continue
        if is_hangul(word):  # a prefix: the noun before its particles
            for b in range(2, len(word)):
                if word[:b] in table:
                    yield Mention(i, i + 1, b, word[:b], table[word[:b]])
        elif is_glued(word):  # anywhere inside
            for a in range(len(word)):
                for b in range(a + 2, min(len(word), a + glued) + 1):
                    if b - a < len(word) and word[a:b] in table:
                        yield Mention(i, i + 1, b - a, word[a:b], table[word[a:b]])


def _need(folded: list[str], need_ids: tuple[str, ...]) -> str | None:
    words = index.need_words()
    found = [m for m in _mentions(folded, words, index.load_words()) if m.value in need_ids]
    # Inside glued text a phrase hides the shorter words it contains (二重請求: a dispute, not a bill).
    kept = [m for m in found if not any(_inside(m, other) for other in found)]
    scores: dict[str, int] = {}
    for m in kept:
        scores[m.value] = scores.get(m.value, 0) + max(1, len(m.text.split()))
    if not scores:
        return None
    priority = {need: i for i, need in enumerate(need_ids)}
    return min(scores, key=lambda need: (-scores[need], priority[need]))


def _inside(small: Mention, big: Mention) -> bool:
    return (
        small is not big
        and small.start == big.start
        and small.end == big.end
        and big.text != small.text
        and (small.text in big.text)
    )


def _country(originals: list[str], folded: list[str]) -> str | None:
    mentions = list(_mentions(folded, index.names(), index.load_words()))
    # Codes count only where typed in capitals in text that is not all capitals ("in the US", not "us").
    shouting = all(not word.isalpha() or word.isupper() for word in originals)
    if not shouting:
        codes, stop = index.codes(), index.code_stopwords()
        for i, word in enumerate(originals):
            if word.isupper() and word.isalpha() and word not in stop and word.casefold() in codes:
                mentions.append(Mention(i, i + 1, len(word), word.casefold(), codes[word.casefold()]))
    if not mentions:
        return None
    # A country name that is also a subdivision of another country named in the text is that
    # subdivision ("Atlanta, Georgia, USA" is in the United States).
    named = {m.value for m in mentions}
    also = index.subdivisions_named_like_countries()
    mentions = [m for m in mentions if not (set(also.get(m.text, "").split()) & (named - {m.value}))] or mentions
    return _best(mentions).value


def _best(mentions: list[Mention]) -> Mention:
    """The longest mention wins ("United States Virgin Islands" over "United States"), then the first."""
    return min(mentions, key=lambda m: (-m.length, m.start))


def _place(text: str, need: str | None, originals: list[str], folded: list[str]) -> ParsedQuery:
    table = index.places()
    short = index.short_places()
    mentions = [
        m
        for m in _mentions(folded, table, index.load_places())
        # A place name as short as a word ("Lot", "Var") counts only when capitalised.
        if m.text not in short or originals[m.start][:1].isupper()
    ]
    if not mentions:
        return ParsedQuery(text, need, None)
    best = _best(mentions)
    countries = tuple(best.value.split())
    # The place as the user wrote it ("Córdoba"), not folded; inside glued text, the matched part.
    written = (
        " ".join(originals[best.start : best.end])
        if fold(" ".join(originals[best.start : best.end])) == best.text
        else best.text
    )
    if len(countries) > 1:
        return ParsedQuery(text, need, None, written, (written, countries))
    return ParsedQuery(text, need, countries[0], written)

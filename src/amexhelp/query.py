"""Understanding a plain-words query: which need, and which country, it speaks of."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from amexhelp import index
from amexhelp.errors import InputError
from amexhelp.folding import fold, is_glued

MAX_QUERY_LENGTH = 500
_WORD = re.compile(r"\w+")
_MAX_GLUED = 12  # the longest name or phrase looked for inside text written without spaces


class Mention(NamedTuple):
    """A span of the query that names something: where it starts, how long it is, what it names."""

    start: int
    length: int
    value: str


class ParsedQuery(NamedTuple):
    text: str
    need: str | None
    country: str | None


def parse(text: str, need_ids: tuple[str, ...]) -> ParsedQuery:
    """Find the need and the country a query speaks of; either may be None.

    ``need_ids`` are the needs the directory knows, in priority order: ties go to the earlier one.
    """
    if len(text) > MAX_QUERY_LENGTH:
        raise InputError(f"query is too long ({len(text)} characters; at most {MAX_QUERY_LENGTH})")
    clean = unicodedata.normalize("NFC", text)
    originals = _WORD.findall(clean)
    folded = [fold(word) for word in originals]
    return ParsedQuery(text=text, need=_need(folded, need_ids), country=_country(originals, folded))


def _spans(folded: list[str]) -> list[tuple[int, int, str]]:
    """Every (start, length, key) a scan must look up: word n-grams, and substrings of glued words."""
    spans = []
    longest = index.max_words()
    for i in range(len(folded)):
        for n in range(1, min(longest, len(folded) - i) + 1):
            spans.append((i, n, " ".join(folded[i : i + n])))
        word = folded[i]
        if is_glued(word) and len(word) > 1:
            for a in range(len(word)):
                for b in range(a + 1, min(len(word), a + _MAX_GLUED) + 1):
                    if b - a < len(word):
                        spans.append((i, 1, word[a:b]))
    return spans


def _need(folded: list[str], need_ids: tuple[str, ...]) -> str | None:
    words = index.need_words()
    scores: dict[str, int] = {}
    for _, n, span in _spans(folded):
        need = words.get(span)
        if need in need_ids:
            scores[need] = scores.get(need, 0) + max(n, len(span.split()))
    if not scores:
        return None
    priority = {need: i for i, need in enumerate(need_ids)}
    return min(scores, key=lambda need: (-scores[need], priority[need]))


def _country(originals: list[str], folded: list[str]) -> str | None:
    names = index.names()
    mentions = [Mention(i, n, names[span]) for i, n, span in _spans(folded) if span in names]
    # Codes count only where typed in capitals in text that is not all capitals ("in the US", not "us").
    shouting = all(not word.isalpha() or word.isupper() for word in originals)
    if not shouting:
        codes, stop = index.codes(), index.code_stopwords()
        for i, word in enumerate(originals):
            if word.isupper() and word.isalpha() and word not in stop and word.casefold() in codes:
                mentions.append(Mention(i, 1, codes[word.casefold()]))
    if not mentions:
        return None
    # The longest mention wins ("United States Virgin Islands" over "United States"), then the first.
    best = min(mentions, key=lambda m: (-m.length, m.start))
    return best.value

"""Text folding shared by the index builder and the query parser, so both sides agree."""

from __future__ import annotations

import re
import unicodedata

# Word characters: \w, plus the combining marks that are part of words in Indic and Arabic
# scripts (re's \w leaves them out, splitting "भारत" in two) and the kana voicing marks.
_WORD = re.compile(
    r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0963\u0966-\u0dff\u0e00-\u0e7f\u3099\u309a]+"
)
# Marks folded away: Latin-style accents, and Arabic short vowels and shadda (rarely typed). A table for
# str.translate: the same class as an expression cost 2.8 M instructions to compile on every run.
_STRIP = dict.fromkeys([*range(0x0300, 0x0370), *range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670])
# Scripts written without spaces between words (kana, CJK ideographs, Hangul): names in them are
# found by substring, not by word. Ranges, not a regex: compiling that class costs 2 ms of start-up.
_GLUED = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF))


def fold(text: str) -> str:
    """Casefold and strip Latin-style accents ("MÉXICO" -> "mexico").

    Only Latin-style accents and Arabic short vowels are dropped: Japanese dakuten and Indic vowel
    signs are letters in their own right, so they are recomposed rather than removed.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", decomposed.translate(_STRIP).casefold())


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return _WORD.findall(fold(text))


def tokens(text: str) -> list[str]:
    """The words of a text as written (not folded), in order."""
    return _WORD.findall(text)


def key(text: str) -> str:
    """The index key of a name: its folded words joined by single spaces."""
    return " ".join(words(text))


def is_glued(text: str) -> bool:
    """Whether a word is written in a script that does not separate words with spaces."""
    if text.isascii():  # most words: no character to test one by one
        return False
    return any(low <= ord(ch) <= high for ch in text for low, high in _GLUED)


def is_hangul(text: str) -> bool:
    """Korean separates words with spaces but glues particles after nouns ("일본에서": in Japan)."""
    if text.isascii():
        return False
    return any(0xAC00 <= ord(ch) <= 0xD7AF for ch in text)


def distance(a: str, b: str) -> int:
    """Edits from ``a`` to ``b``: a character inserted, deleted or changed, or two neighbours swapped
    (the optimal string alignment distance). The one edit distance of the tool: typed place names and
    look-alike domains are both measured with it. Hand-written: rapidfuzz's OSA, the same measure, costs
    71 M instructions (about 20 ms) to import (docs/development.md, stand-ins)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current.append(value)
        previous2, previous = previous, current
    return previous[-1]

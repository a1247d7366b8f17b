"""Text folding shared by the index builder and the query parser, so both sides agree."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")
# Scripts written without spaces between words (kana, CJK ideographs, Hangul): names in them are
# found by substring, not by word. Ranges, not a regex: compiling that class costs 2 ms of start-up.
_GLUED = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF))


def fold(text: str) -> str:
    """Casefold and strip Latin-style accents ("MÉXICO" -> "mexico").

    Only the combining diacritical marks block is dropped: Japanese dakuten and Indic vowel signs
    are letters in their own right, so they are recomposed rather than removed.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not "\u0300" <= ch <= "\u036f")
    return unicodedata.normalize("NFC", stripped.casefold())


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return _WORD.findall(fold(text))


def key(text: str) -> str:
    """The index key of a name: its folded words joined by single spaces."""
    return " ".join(words(text))


def is_glued(text: str) -> bool:
    """Whether a word is written in a script that does not separate words with spaces."""
    return any(low <= ord(ch) <= high for ch in text for low, high in _GLUED)

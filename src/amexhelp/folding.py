"""Text folding shared by the index builder and the query parser, so both sides agree."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")
# Scripts written without spaces between words: names in them are found by substring, not by token.
_GLUED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


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
    return _GLUED.search(text) is not None

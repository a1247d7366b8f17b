"""One reading of a query: its words tokenised and folded once, with what their case tells.

Every part of the reader (the card's market and a home, the place, the need, the language) reads the
same ``Reading``; cutting out the words one part has used ("my US card") gives a new reading of the
rest without tokenising or folding again.
"""

# No ``from __future__ import annotations``: NamedTuple compiles each string annotation (about 0.8 M instructions).
import unicodedata
from typing import NamedTuple

from amexhelp.directory.folding import fold, tokens
from amexhelp.sanitize import MAX_QUERY, bounded

# What may part two words and still leave them one phrase: spaces, a hyphen, an apostrophe (tested by
# str methods: compiling the class as an expression cost 1.3 M instructions of every reading).
_JOINING = "-'’"


class Reading(NamedTuple):
    """The words of a text as written and folded, what stands between them, and what their case says."""

    text: str  # the text the words were read from, NFC-normalised
    originals: tuple[str, ...]
    folded: tuple[str, ...]
    gaps: tuple[str, ...]  # gaps[i]: the text between word i - 1 and word i
    mixed: bool  # written in mixed case, so that a capital letter means something
    shouting: bool  # written all in capitals

    def joined(self, i: int) -> bool:
        """Whether word ``i`` follows word ``i - 1`` with nothing but a space, hyphen or apostrophe between."""
        return i == 0 or all(ch.isspace() or ch in _JOINING for ch in self.gaps[i])

    def without(self, start: int, end: int) -> "Reading":
        """The reading of the text without the words start..end (the gap before them is kept)."""
        originals = self.originals[:start] + self.originals[end:]
        kept = self.gaps[start : start + 1] if end < len(self.gaps) else ()  # the gap before the words cut
        gaps = self.gaps[:start] + kept + self.gaps[end + 1 :]
        return _cased(" ".join(originals), originals, self.folded[:start] + self.folded[end:], gaps)

    def replacing(self, i: int, word: str) -> "Reading":
        """The reading with word ``i`` replaced (part of a word written without spaces cut out)."""
        originals = (*self.originals[:i], word, *self.originals[i + 1 :])
        folded = (*self.folded[:i], fold(word), *self.folded[i + 1 :])
        return _cased(" ".join(originals), originals, folded, self.gaps)


def read(text: str) -> Reading:
    """The one reading of a query (refused, before any word is read, when it is too long)."""
    from amexhelp.lookup._brand import shortened

    bounded(text, None, MAX_QUERY)
    # The issuer's long names (美国运通, American Express) are read as its short name, never as a country.
    text = shortened(unicodedata.normalize("NFC", text))
    originals = tuple(tokens(text))
    gaps: list[str] = []
    at = 0
    for word in originals:
        found = text.index(word, at)
        gaps.append(text[at:found])
        at = found + len(word)
    return _cased(text, originals, tuple(fold(word) for word in originals), tuple(gaps))


def _cased(text: str, originals: tuple[str, ...], folded: tuple[str, ...], gaps: tuple[str, ...]) -> Reading:
    cased = [word for word in originals if word.lower() != word.upper()]
    shouting = all(not word.isalpha() or word.isupper() for word in originals)
    lower = all(word.islower() for word in cased)
    return Reading(text, originals, folded, gaps, not shouting and not lower, shouting)

"""Build-time folding of the card words (``data/cards.json``). Never imported at run time.

The hand-kept ``tools/data/cards.json`` lists the words that say whose card it is as people write them; the
reader (``amexhelp.lookup._cardmarket``) compares folded words, so the build folds them once, here, into
the table the reader loads: one field a set, a tuple (longest first) or a mapping of its ``_Words``.
"""

from __future__ import annotations

from typing import Any

from amexhelp.directory.folding import fold


def folded(data: dict[str, Any]) -> dict[str, Any]:
    """The hand-kept cards.json (tools/data/) folded as the reader compares it: what the build writes into
    the package's data/cards.json, one field of the reader's table (``amexhelp.lookup._cardmarket._Words``)
    each, a set as a sorted list."""

    def phrases(name: str) -> frozenset[str]:
        return frozenset(_normal(w) for w in data[name])

    def glued(name: str) -> tuple[str, ...]:
        return tuple(sorted((fold(w) for w in data[name]), key=lambda w: (-len(w), w)))

    issued = [_normal(w) for w in data["issued_words"]]
    table = dict(
        card=phrases("card_words"),
        issued=frozenset(word for phrase in issued for word in phrase.split()),
        issued_marks=frozenset(phrase.split()[0] for phrase in issued),
        issued_after=phrases("issued_after"),
        from_phrases=_endings(data["from_phrases"]),
        be=phrases("be_phrases"),
        possessives=phrases("possessives"),
        links=phrases("links"),
        travellers=phrases("traveller_words"),
        here=phrases("here_words"),
        origin=phrases("origin_words"),
        visit=phrases("visit_words"),
        from_alone=phrases("from_alone"),
        home_after=phrases("home_after"),
        home_suffixes=glued("home_suffixes"),
        event_endings=glued("event_endings"),
        of_country=phrases("of_country"),
        adjectives={_normal(w): code for code, words in data["adjectives"].items() for w in words},
        products={_normal(w): product for product, words in data["products"].items() for w in words},
        glued_before=glued("glued_home_before"),
        glued_after=glued("glued_home_after"),
        glued_people=glued("glued_people"),
        glued_links=(*glued("glued_links"), ""),
        glued_card_links=glued("glued_card_links"),
    )
    return {name: sorted(value) if isinstance(value, frozenset) else value for name, value in table.items()}


def _normal(word: str) -> str:
    """A phrase as the reader compares words: folded, apostrophes as spaces, single spaces."""
    folded = word.lower() if word.isascii() else fold(word)  # the same for ASCII, and quicker
    return " ".join(folded.replace("'", " ").replace("’", " ").split())


def _endings(phrases: list[str]) -> dict[str, tuple[str, ...]]:
    """Each from-phrase and the endings its place may have ("olen *sta", "olen *lta": Finnish says
    "from" by the word's ending); () for any."""
    found: dict[str, tuple[str, ...]] = {}
    for phrase in map(_normal, phrases):
        words = phrase.split()
        ending = words.pop()[1:] if words[-1].startswith("*") else None
        said = " ".join(words)
        found[said] = (*found.get(said, ()), ending) if ending is not None else ()
    return found

"""The issuer's name is no place and no card market: its long forms, in every script the tool reads
(美国运通, American Express, アメリカン・エキスプレス, 아메리칸 익스프레스, أمريكان إكسبريس, अमेरिकन
एक्सप्रेस, Американ Экспресс), are written as the short name of their script (运通, amex, アメックス…)
before anything else is read, so that the country inside them (美国, "American", アメリカ) is never
read as where you are or whose card it is. The forms are data (``brand`` in words.json, from
tools/data/brand.json); the need phrases that name the issuer are compiled with the short names too.
"""

from __future__ import annotations

import re
from functools import cache

from amexhelp.directory import index

# What may stand between the parts of the name: spaces, a dot, a hyphen, the katakana middle dot.
_BETWEEN = r"[\s.\-・·]*"


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str], tuple[str, ...]]:
    """One expression for every long form (longest first), each form's short name by its folded
    letters, and the text that any form starts with (a cheap test before the expression runs)."""
    short_names: dict[str, list[str]] = index.load_words()["brand"]
    short_of: dict[str, str] = {}
    for short, forms in short_names.items():
        for form in forms:
            short_of[_letters(form)] = short
    forms = sorted({form for forms in short_names.values() for form in forms}, key=lambda form: (-len(form), form))
    expression = "|".join(_expression(form) for form in forms)
    starts = tuple(sorted({form.casefold()[:2] for form in forms}))
    return re.compile(expression, re.IGNORECASE), short_of, starts


def _expression(form: str) -> str:
    """A form as an expression: its parts with any separator between them, and, in scripts written
    with spaces, whole words only ("amex", not the start of "amexco" or of "Amexia")."""
    from amexhelp.directory.folding import is_glued

    parts = _BETWEEN.join(re.escape(part) for part in re.split(_BETWEEN, form) if part)
    return parts if is_glued(form) else rf"(?<!\w){parts}(?!\w)"


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum() or "\u0900" <= ch <= "\u0dff")


@cache
def _starts() -> tuple[str, ...]:
    """The text that any long form starts with: a cheap test, so that the expression is compiled only for
    a text that may hold one (compiling it is most of a lookup's reading time)."""
    short_names: dict[str, list[str]] = index.load_words()["brand"]
    return tuple(sorted({form.casefold()[:2] for forms in short_names.values() for form in forms}))


def shortened(text: str) -> str:
    """The text with each long form of the issuer's name written as its script's short name."""
    lowered = text.casefold()
    if not any(start in lowered for start in _starts()):
        return text
    pattern, short_of, _ = _pattern()
    return pattern.sub(lambda found: short_of.get(_letters(found.group()), found.group()), text)


def without(text: str) -> str:
    """The text with the issuer's name, long or short, left out: it tells no language ("アメリカン・
    エキスプレス card gone" is English)."""
    pattern, _, starts = _pattern()
    shorts = _shorts()
    text = pattern.sub(" ", text) if any(start in text.casefold() for start in starts) else text
    return shorts.sub(" ", text)


@cache
def _shorts() -> re.Pattern[str]:
    short_names: dict[str, list[str]] = index.load_words()["brand"]
    return re.compile("|".join(_expression(short) for short in sorted(short_names, key=len, reverse=True)), re.I)

"""The issuer's name is no place and no card market: its long forms, in every script the tool reads
(美国运通, American Express, アメリカン・エキスプレス, 아메리칸 익스프레스, أمريكان إكسبريس, अमेरिकन
एक्सप्रेस, Американ Экспресс), are written as the short name of their script (运通, amex, アメックス…)
before anything else is read, so that the country inside them (美国, "American", アメリカ) is never
read as where you are or whose card it is. The forms are data (``brand`` in words.json, from
tools/data/brand.json); the need phrases that name the issuer are compiled with the short names too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from amexhelp.directory import index

# What may stand between the parts of the name: spaces, a dot, a hyphen, the katakana middle dot.
_BETWEEN = r"[\s.\-・·]*"


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One expression for every long form (longest first), and each form's short name by its folded letters."""
    short_names: dict[str, list[str]] = index.load_words()["brand"]
    short_of: dict[str, str] = {}
    for short, forms in short_names.items():
        for form in forms:
            short_of[_letters(form)] = short
    forms = sorted({form for forms in short_names.values() for form in forms}, key=lambda form: (-len(form), form))
    expression = "|".join(_expression(form) for form in forms)
    return re.compile(expression, re.IGNORECASE), short_of


def _expression(form: str) -> str:
    """A form as an expression: its parts with any separator between them, and, in scripts written
    with spaces, whole words only ("amex", not the start of "amexco" or of "Amexia")."""
    from amexhelp.directory.folding import is_glued

    parts = _BETWEEN.join(re.escape(part) for part in re.split(_BETWEEN, form) if part)
    return parts if is_glued(form) else rf"(?<!\w){parts}(?!\w)"


def _letters(text: str, keep: str = "") -> str:
    """The text's letters and Indic signs (and the characters of ``keep``), case-folded ("American Express":
    "americanexpress"): each character that is in it is tested once, and the rest dropped by ``str.translate``."""
    folded = text.casefold()
    dropped = {ord(ch): None for ch in set(folded) if not (ch.isalnum() or "\u0900" <= ch <= "\u0dff" or ch in keep)}
    return folded.translate(dropped)


def _letters_of(forms: Iterable[str]) -> list[str]:
    """Each form's letters (the data's forms are one line each), worked out together."""
    return _letters("\n".join(forms), keep="\n").split("\n")


@cache
def _starts() -> frozenset[str]:
    """Every long form's letters ("americanexpress", "美国运通", "アメリカンエキスプレス"): a cheap test, so that
    the expression is compiled only for a text that may hold one (compiling it costs more than the rest of
    a lookup: about 600 million instructions, against 320 million for a whole `--country` lookup)."""
    short_names: dict[str, list[str]] = index.load_words()["brand"]
    found: set[str] = set()
    for own, *letters in map(_letters_of, ([short, *forms] for short, forms in short_names.items())):
        # A form that is its own short name ("amex") changes nothing, and the short names are cut apart.
        found.update(form for form in letters if form != own)
    return frozenset(found)


@cache
def _short_letters() -> tuple[str, ...]:
    """Each short name's letters."""
    return tuple(_letters_of(index.load_words()["brand"]))


def _may_hold(text: str) -> bool:
    letters = _letters(text)
    return any(form in letters for form in _starts())


def shortened(text: str) -> str:
    """The text with each long form of the issuer's name written as its script's short name (and a short
    name in any case as written in the data: "AmEx" is "amex", never a code in capitals)."""
    if _may_hold(text):
        pattern, short_of = _pattern()
        text = pattern.sub(lambda found: short_of.get(_letters(found.group()), found.group()), text)
    return _shorts().sub(lambda found: found.group().casefold(), text) if _names_short(text) else text


def without(text: str) -> str:
    """The text with the issuer's name, long or short, left out: it tells no language ("アメリカン・
    エキスプレス card gone" is English)."""
    if _may_hold(text):
        text = _pattern()[0].sub(" ", text)
    return _shorts().sub(" ", text) if _names_short(text) else text


def _names_short(text: str) -> bool:
    """Whether the text's letters hold a short name (the same cheap test as for the long forms)."""
    letters = _letters(text)
    return any(short in letters for short in _short_letters())


@cache
def _shorts() -> re.Pattern[str]:
    short_names: dict[str, list[str]] = index.load_words()["brand"]
    return re.compile("|".join(_expression(short) for short in sorted(short_names, key=len, reverse=True)), re.I)

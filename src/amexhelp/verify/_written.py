"""How a number is written: the text reduced to what is read (normalise), its ASCII digits, and the
number a phone dials from it, with the digits that look-alike letters imitate (1-8OO-528-48OO)."""

from __future__ import annotations

import re
import unicodedata
from itertools import groupby

import phonenumbers

# Letters that pass for digits at a glance: O for 0, I and l for 1.
IMITATIONS = {"O": "0", "o": "0", "I": "1", "l": "1"}
PLAIN = frozenset("+0123456789 -.()/")  # what a number in + form may hold for the fast path
_SEPARATORS = " -.()/\u00a0"
_TOKENS = re.compile(r"[^\W\d_]+|\d|\+")  # a word (a run of letters), a digit or the plus sign
_EXTENSION = re.compile(r"(?i)\s*(?:\bext\.?|\bextension|\bx|#)\s*\d{1,7}\s*$")
_NOT_DIGITS = {code: None for code in range(128) if not 48 <= code <= 57}


def normalise(text: str) -> str:
    """A number as typed or pasted, reduced to what is read: full-width digits folded, a tel: prefix
    and URI parameters dropped, an extension (ext. 12, x12) dropped; separators are kept."""
    value = (text if text.isascii() else unicodedata.normalize("NFKC", text)).strip()  # ASCII: NFKC changes nothing
    if value[:4].casefold() == "tel:":
        value = value[4:].split(";", 1)[0]
    if not PLAIN.issuperset(value):  # only letters or # can write an extension
        value = _EXTENSION.sub("", value)
    return value.strip()


def ascii_digits(text: str) -> str:
    """The ASCII digits of a text (for an ASCII text, translate: several times faster than a loop)."""
    if text.isascii():
        return text.translate(_NOT_DIGITS)
    return "".join(ch for ch in text if "0" <= ch <= "9")


def dialled_forms(value: str) -> tuple[str, str | None, str]:
    """The number as a phone dials it (keypad letters converted, as phonenumbers does: 1-800-AMEX…),
    the digits that look-alike letters imitate (None when there are none), and those letters.

    Text before the number ("Call ", "Dial ") is dropped, as phonenumbers does. A run of letters counts
    as imitating digits when it holds only O, o, I and l and stands next to a digit (48OO, 1-8OO); a
    word that merely ends in one of them ("Call 1-800…") does not.
    """
    if value.isascii() and value.lower() == value.upper():  # no letters at all: the common case, at once
        return value, None, ""
    start = _number_start(value)
    if start is None:
        return "", None, ""
    value = value[start:]
    if not any(ch.isalpha() for ch in value):
        return value, None, ""
    imitated, letters = _imitated(value)
    dialled = phonenumbers.convert_alpha_characters_in_number(value)
    if not letters:
        return dialled, None, ""
    return dialled, phonenumbers.convert_alpha_characters_in_number(imitated), letters


def _number_start(value: str) -> int | None:
    """Where the number starts: its first digit, plus sign or run of letters imitating digits."""
    for token in _TOKENS.finditer(value):
        if not token.group().isalpha() or _imitates(value, token.start(), token.end()):
            return token.start()
    return None


def _imitated(value: str) -> tuple[str, str]:
    """``value`` with each run of letters that imitates digits replaced by those digits, and the
    letters of those runs."""
    imitated: list[str] = []
    letters: list[str] = []
    start = 0
    for alpha, characters in groupby(value, str.isalpha):
        run = "".join(characters)
        end = start + len(run)
        if alpha and _imitates(value, start, end):
            imitated.append("".join(IMITATIONS[ch] for ch in run))
            letters.append(run)
        else:
            imitated.append(run)
        start = end
    return "".join(imitated), "".join(letters)


def _imitates(value: str, start: int, end: int) -> bool:
    """Whether the letters value[start:end] pass for digits: only O, o, I and l, beside a digit."""
    return all(ch in IMITATIONS for ch in value[start:end]) and next_to_digit(value, start, end)


def next_to_digit(value: str, start: int, end: int) -> bool:
    """Whether the nearest character before ``start`` or after ``end``, past separators, is a digit."""
    before = value[:start].rstrip(_SEPARATORS)
    after = value[end:].lstrip(_SEPARATORS)
    return bool(before and before[-1].isdigit()) or bool(after and after[0].isdigit())

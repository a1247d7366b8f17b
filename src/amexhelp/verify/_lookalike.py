"""Numbers one slip away from a listed one: the trick of a scam number made to pass a glance.

One digit changed, two adjacent digits swapped, one digit added or one dropped (an edit distance of
one, counting an adjacent swap as one edit). The listed numbers are indexed once, so checking a
number costs a few dozen dictionary hits however many numbers are listed (batches check millions).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

# How the number differs from the one it imitates, as a code (amexhelp.render._flags words it).
CHANGED = "digit-changed"
SWAPPED = "digits-swapped"
ADDED = "digit-added"
DROPPED = "digit-dropped"


_EDGE = 4


class Near(NamedTuple):
    listed: str  # the listed number it imitates (as indexed: E.164)
    how: str  # CHANGED, SWAPPED, ADDED or DROPPED


class NearIndex:
    """The listed numbers, indexed by their one-edit neighbourhoods."""

    __slots__ = ("_dropped", "_ends", "_exact", "_masked", "_starts", "_swapped")

    def __init__(self, numbers: Iterable[str]) -> None:
        self._exact: dict[str, str] = {}  # digits -> number
        self._masked: dict[str, list[str]] = {}  # one digit replaced by "?" -> numbers
        self._swapped: dict[str, list[str]] = {}  # two adjacent digits swapped -> numbers
        self._dropped: dict[str, list[str]] = {}  # one digit left out -> numbers
        # One slip leaves the first four or the last four digits of a number (of eight or more) as they
        # were, so a number that shares neither with any listed one is near none: most are, at once.
        self._starts: set[str] = set()
        self._ends: set[str] = set()
        for number in dict.fromkeys(numbers):
            digits = number.lstrip("+")
            self._exact[digits] = number
            self._starts.add(digits[:_EDGE])
            self._ends.add(digits[-_EDGE:])
            for i in range(len(digits)):
                _add(self._masked, f"{digits[:i]}?{digits[i + 1 :]}", number)
                _add(self._dropped, digits[:i] + digits[i + 1 :], number)
                if i + 1 < len(digits) and digits[i] != digits[i + 1]:
                    _add(self._swapped, digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :], number)

    def near(self, number: str) -> list[Near]:
        """The listed numbers ``number`` is one slip away from (none if it is listed itself), in a
        stable order: swaps first (the closest look), then changed, dropped and added digits."""
        digits = number.lstrip("+")
        if digits in self._exact:
            return []
        if len(digits) > _EDGE * 2 and digits[:_EDGE] not in self._starts and digits[-_EDGE:] not in self._ends:
            return []
        found: dict[str, Near] = {}
        for listed in self._swapped.get(digits, ()):
            found.setdefault(listed, Near(listed, SWAPPED))
        for i in range(len(digits)):
            for listed in self._masked.get(f"{digits[:i]}?{digits[i + 1 :]}", ()):
                found.setdefault(listed, Near(listed, CHANGED))
        for listed in self._dropped.get(digits, ()):
            found.setdefault(listed, Near(listed, DROPPED))  # this is the listed number with a digit left out
        for i in range(len(digits)):
            listed_number = self._exact.get(digits[:i] + digits[i + 1 :])
            if listed_number is not None:
                found.setdefault(listed_number, Near(listed_number, ADDED))
        return list(found.values())


def _add(index: dict[str, list[str]], key: str, number: str) -> None:
    bucket = index.setdefault(key, [])
    if number not in bucket:
        bucket.append(number)

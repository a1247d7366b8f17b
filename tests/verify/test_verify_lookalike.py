"""verify: the one-slip neighbourhood of listed numbers, on small hand-made indexes (each slip written out)."""

from __future__ import annotations

import pytest

from amexhelp.verify._lookalike import ADDED, CHANGED, DROPPED, SWAPPED, Near, NearIndex

# (listed numbers, the number checked, what it is near, in order)
NEAR: list[tuple[list[str], str, list[tuple[str, str]]]] = [
    (["+18005284800"], "+18005284801", [("+18005284800", CHANGED)]),
    (["+18005284800"], "+28005284800", [("+18005284800", CHANGED)]),  # the first digit: no start shared
    (["+18005284800"], "+18005824800", [("+18005284800", SWAPPED)]),
    (["+18005284800"], "+180052848000", [("+18005284800", ADDED)]),
    (["+18005284800"], "+1800528480", [("+18005284800", DROPPED)]),
    (["+18005284800"], "+1800284800", [("+18005284800", DROPPED)]),  # a digit in the middle left out
    (["+18005284800"], "+180052984800", [("+18005284800", ADDED)]),  # one added in the middle
    (["+18005284801"], "+18005284810", [("+18005284801", SWAPPED)]),  # the last two swapped
    (["+18005284800"], "+18050284800", [("+18005284800", SWAPPED)]),  # a swap right after two equal digits
    (["+18005284800"], "+18005284800", []),  # the listed number itself
    (["+18005284800"], "+18009505114", []),  # far away
    # A number of eight digits with its two middle digits swapped shares neither its first four nor its
    # last four digits with the listed one; seven digits likewise.
    (["+12345678"], "+12354678", [("+12345678", SWAPPED)]),
    (["+1234567"], "+1235467", [("+1234567", SWAPPED)]),
    # Several listed numbers near one: the swap first, then changed, dropped and added digits.
    (
        ["+4412345678", "+4412345687", "+441234567", "+44123456777"],
        "+4412345677",
        [("+4412345687", CHANGED), ("+4412345678", CHANGED), ("+44123456777", DROPPED), ("+441234567", ADDED)],
    ),
    (["+4412345778", "+4412345678"], "+4412345768", [("+4412345678", SWAPPED), ("+4412345778", CHANGED)]),
    # Two listed numbers near it in the same way: both, in the order they are listed (or the slip's place).
    (["+4412345687", "+4421345678"], "+4412345678", [("+4412345687", SWAPPED), ("+4421345678", SWAPPED)]),
    (["+4412345678", "+4412345670"], "+441234567", [("+4412345678", DROPPED), ("+4412345670", DROPPED)]),
    (["+441234567", "+441234568"], "+4412345678", [("+441234568", ADDED), ("+441234567", ADDED)]),
]


@pytest.mark.parametrize(("listed", "number", "near"), NEAR, ids=[number for _, number, _ in NEAR])
def test_one_slip_away(listed: list[str], number: str, near: list[tuple[str, str]]) -> None:
    assert NearIndex(listed).near(number) == [Near(*pair) for pair in near]

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
]


@pytest.mark.parametrize(("listed", "number", "near"), NEAR, ids=[number for _, number, _ in NEAR])
def test_one_slip_away(listed: list[str], number: str, near: list[tuple[str, str]]) -> None:
    assert NearIndex(listed).near(number) == [Near(*pair) for pair in near]

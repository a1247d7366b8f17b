"""Where a number rings, said from its numbering plan: a North American toll-free number rings in the
United States and Canada (phonenumbers names US as the region of every one). Literal expectations."""

from __future__ import annotations

import pytest

from amexhelp.directory import index
from amexhelp.directory.model import Directory
from amexhelp.lookup.answer import answer
from amexhelp.lookup.dialing import dial_from, rings_in
from amexhelp.render.view import lookup_view

# The markets of the +1 plan the directory answers for: its own (US, CA) and those the US lines serve.
NANP_MARKETS = ["US", "CA", "PR", "GU", "VI", "MP", "AS", "UM"]
BOTH = "not possible: only from inside the United States and Canada"


def test_the_list_is_every_nanp_market_of_the_directory(directory: Directory) -> None:
    codes = index.calling_codes()
    markets = {code for code in directory.countries if codes.get(code) == 1} | {
        code for code, market in directory.served_by.items() if codes.get(market) == 1
    }
    assert markets == set(NANP_MARKETS)


@pytest.mark.parametrize("market", NANP_MARKETS)
def test_every_toll_free_line_of_a_nanp_market_is_said_to_ring_in_the_us_and_canada(
    directory: Directory, market: str
) -> None:
    result = answer(directory, country_option=market)
    rows = [
        dict(item.facts)
        for section in lookup_view(result, directory).sections
        for item in section.items
        if item.entry.line.number_type == "TOLL_FREE"
    ]
    assert rows, market
    for facts in rows:
        assert facts["From abroad"] == BOTH, (market, facts)


def test_the_canadian_1_800_line_rings_in_both_countries_and_not_from_jamaica(directory: Directory) -> None:
    line = directory.line("ca-general-2")  # 1-800-869-3016
    assert line.number_region == "US"  # phonenumbers' region: not where it rings
    assert rings_in(line) == ("US", "CA")
    assert dial_from(line, "CA").dial == "1 (800) 869-3016"
    assert dial_from(line, "US").dial == "1 (800) 869-3016"
    assert dial_from(line, "PR").reachable
    from_jamaica = dial_from(line, "JM")
    assert (from_jamaica.reachable, from_jamaica.dial) == (False, None)
    assert from_jamaica.reason == "a North American toll-free number: it rings only in the United States and Canada"


def test_other_numbers_ring_where_their_region_is(directory: Directory) -> None:
    assert rings_in(directory.line("jp-general")) == ("JP",)
    assert rings_in(directory.line("kr-general")) == ("KR",)  # no international form: its country
    assert rings_in(directory.line("ca-general-abroad")) == ("CA",)  # +1 905: not toll-free

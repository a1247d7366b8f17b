"""Which number comes first: with no need, with card-product words, in markets whose lines are all for
other cards. Expected numbers are literal, read by hand off the bundled directory (each market's lines,
their products, purposes and statuses), never computed with the code under test.
"""

from __future__ import annotations

import pytest

from amexhelp.directory.model import Directory
from amexhelp.lookup.answer import _ranked, answer
from amexhelp.render._headline import headline
from amexhelp.render.naming import ENGLISH_NAMES
from amexhelp.render.view import line_facts, lookup_view

EUROPE = "+442072641777"  # the Europe line (no product): Poland, Belgium, the Netherlands, Denmark are in its area
WORLDWIDE = "+16027855000"

# (query, options, first number, why)
CASES: list[tuple[str | None, dict[str, str], str, str]] = [
    # No need said: the general line for the card's products, not a specialist line.
    ("Hong Kong", {}, "+852800966618", "the guide's general line, not the confirmed rewards line 2277 2150"),
    ("card expired in Singapore", {}, "+658001812272", "the general line, not the activation line"),
    (None, {"country_option": "SG"}, "+658001812272", "the general line, not the activation line"),
    (None, {"country_option": "US"}, "+18005284800", "the general line"),
    (None, {"country_option": "CA"}, "+18008693016", "the confirmed general line, not the disputed 1-800-227-4669"),
    (None, {"country_option": "JP"}, "+81120099818", "the personal line, not the confirmed corporate 0120-974-990"),
    # A need said: its line.
    ("rewards in Hong Kong", {}, "+85222772150", "the rewards line"),
    ("lost card in Canada", {}, "+18008693016", "the confirmed line for lost cards"),
    # Product words and --product: that product's lines first.
    (None, {"country_option": "US", "product_option": "platinum"}, "+18005284800", "the Platinum members' line"),
    (None, {"country_option": "SG", "product_option": "corporate"}, "+6518007322566", "corporate, general among"),
    (None, {"country_option": "VN", "product_option": "platinum"}, "+841900545413", "Vietnam's Platinum line"),
    (None, {"country_option": "NL", "product_option": "platinum"}, "+31205745718", "the Platinum line"),
    (None, {"country_option": "NL", "product_option": "corporate"}, "+31205048999", "the corporate line"),
    ("my corporate card was stolen in Poland", {}, "+48225815222", "Poland's corporate line"),
    ("lost my platinum card in Vietnam", {}, "+841900545413", "Vietnam's Platinum line"),
    # Markets whose lines are all for other cards: the regional line, else the worldwide one.
    ("Poland", {}, EUROPE, "Poland's only line is for corporate cards"),
    ("lost card in Poland", {}, EUROPE, "Poland's only line is for corporate cards"),
    ("Belgium", {}, EUROPE, "Belgium's only line is for corporate cards"),
    ("Netherlands", {}, EUROPE, "the Dutch lines are for corporate and Platinum cards"),
    ("Denmark", {}, EUROPE, "Denmark's lines are for corporate cards"),
    ("Vietnam", {}, WORLDWIDE, "Vietnam's lines are for Platinum cards; no regional line"),
    (None, {"country_option": "NL", "product_option": "business"}, EUROPE, "no Dutch line for business cards"),
    (None, {"country_option": "DE", "card_option": "PL"}, WORLDWIDE, "a Polish personal card: no line for it"),
]


@pytest.mark.parametrize(("query", "options", "number", "why"), CASES, ids=[c[3] + f" ({c[0] or c[1]})" for c in CASES])
def test_first_number(directory: Directory, query: str | None, options: dict[str, str], number: str, why: str) -> None:
    result = answer(directory, query, **options)  # type: ignore[arg-type]
    assert result.first is not None
    assert result.first.line.e164 == number, why


ONLY_FOR = [
    ("PL", "No line for personal cards of Poland is in the directory, only for corporate cards: call +44 20 7264 1777"),
    (
        "BE",
        "No line for personal cards of Belgium is in the directory, only for corporate cards: call +44 20 7264 1777",
    ),
    (
        "NL",
        "No line for personal cards of Netherlands is in the directory, only for corporate and platinum cards:"
        " call +44 20 7264 1777",
    ),
    ("VN", "No line for personal cards of Vietnam is in the directory, only for platinum cards: call +1 602-785-5000"),
]


@pytest.mark.parametrize(("market", "start"), ONLY_FOR)
def test_a_market_with_lines_for_other_cards_only_says_so_in_the_headline(
    directory: Directory, market: str, start: str
) -> None:
    result = answer(directory, country_option=market)
    assert result.only_for is not None
    assert result.only_for.market == market
    assert headline(result, directory).startswith(start + " — ")
    assert result.entries[0].scope == "fallback"
    # The market's own lines are still there, after, and marked as not for this card.
    own = [entry for entry in result.entries if entry.line.country == market]
    assert own
    assert not any(entry.fits for entry in own)


def test_a_line_for_other_cards_is_labelled_so(directory: Directory) -> None:
    result = answer(directory, country_option="PL")
    view = lookup_view(result, directory)
    polish = next(item for section in view.sections for item in section.items if item.entry.line.country == "PL")
    assert ("Cards", "corporate only: not for personal cards") in polish.facts
    line = directory.line("pl-general-corporate")
    assert ("Cards", "corporate") in line_facts(line, None, ENGLISH_NAMES, directory)  # when it is for your card


def test_a_market_with_lines_for_the_card_does_not_say_other_cards_only(directory: Directory) -> None:
    for market in ("JP", "HK", "SG", "US", "GB"):
        result = answer(directory, country_option=market)
        assert result.only_for is None, market
        assert headline(result, directory).startswith("Call "), market


def test_no_line_for_other_cards_is_first_for_a_personal_cardholder_in_any_market(directory: Directory) -> None:
    for market in directory.countries:
        for need in (None, "lost-card", "general"):
            result = answer(directory, country_option=market, need_option=need)
            first = result.first
            assert first is not None
            assert not first.line.products or "personal" in first.line.products, (market, need, first.line.id)


def test_a_line_of_an_unknown_status_ranks_after_a_disputed_one(directory: Directory) -> None:
    general = directory.line("ca-general-2")  # confirmed, for lost cards too
    disputed = directory.line("ca-general")  # disputed
    suspect = general._replace(id="suspect", status="suspect")
    for need in (None, directory.need("lost-card")):
        ranked = _ranked([suspect, disputed, general], need, None, directory, "CA", None)
        assert [line.id for line in ranked] == ["ca-general-2", "ca-general", "suspect"]

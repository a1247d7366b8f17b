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
    (None, {"country_option": "JP"}, "+81120020120", "the personal line of 2 pages, not the corporate 0120-974-990"),
    (None, {"country_option": "FR"}, "+33147777200", "the confirmed lost-card line, not the guide's general line"),
    (None, {"country_option": "IT"}, "+390672900347", "the corroborated lost-card line, not the guide's general line"),
    # A need said: its line.
    ("rewards in Hong Kong", {}, "+85222772150", "the rewards line"),
    ("lost card in Canada", {}, "+18008693016", "the confirmed line for lost cards"),
    # Product words and --product: that product's lines first.
    (None, {"country_option": "US", "product_option": "platinum"}, "+18005284800", "the Platinum members' line"),
    (None, {"country_option": "SG", "product_option": "corporate"}, "+6518007322566", "corporate, general among"),
    (None, {"country_option": "VN", "product_option": "platinum"}, "+841900545413", "Vietnam's Platinum line"),
    (None, {"country_option": "NL", "product_option": "platinum"}, "+31205745718", "the Platinum line"),
    # The Dutch corporate line (+31 20 504 8999) is for programme administrators, not card members.
    (None, {"country_option": "NL", "product_option": "corporate"}, EUROPE, "not the administrators' line"),
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


BACK = "Call the number on the back of your card, on your statement or in the issuer's app: the directory has lines"
ONLY_FOR = [
    (
        "PL",
        BACK + " for corporate cards of Poland only, none for personal cards. Best graded otherwise: +44 20 7264 1777",
    ),
    (
        "BE",
        BACK + " for corporate cards of Belgium only, none for personal cards. Best graded otherwise: +44 20 7264 1777",
    ),
    # The Dutch corporate line is for programme administrators: only the Platinum line is a card member's.
    (
        "NL",
        BACK
        + " for platinum cards of Netherlands only, none for personal cards. Best graded otherwise: +44 20 7264 1777",
    ),
    (
        "VN",
        BACK + " for platinum cards of Vietnam only, none for personal cards. Best graded otherwise: +1 602-785-5000",
    ),
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
        ranked = _ranked([suspect, disputed, general], need, None)
        assert [line.id for line in ranked] == ["ca-general-2", "ca-general", "suspect"]


# The ranking's own rules (lookup/_ranking.py), each held by a literal case read off the bundled data.
RULE_CASES: list[tuple[str | None, dict[str, str], str, str]] = [
    ("deaf caller in Canada", {}, "+18665496426", "a dedicated TTY line (confirmed) before the general line"),
    ("I'm hard of hearing, TTY number in Canada", {}, "+18665496426", "TTY words in English"),
    ("je suis malentendant au Canada", {}, "+18665496426", "TTY words in French"),
    ("activate my card in Mexico", {}, "+528007120202", "Mexico's confirmed activation line"),
    ("quiero activar mi tarjeta en México", {}, "+528007120202", "activation words in Spanish"),
    ("lost platinum card in Riyadh", {}, "+9668001195555", "the Platinum card's own line before the general line"),
    (None, {"country_option": "GB", "from_option": "FR", "need_option": "lost-card"}, "+441273696933", "from abroad"),
    (None, {"country_option": "GB", "need_option": "lost-card"}, "+448009178047", "inside the UK"),
    # The Corporate Platinum line (1300 653 641) is not a personal Platinum card's line.
    (None, {"country_option": "AU", "product_option": "platinum", "need_option": "premium"}, "+611300132639", "AU"),
    # 2277 1095 is the programme administrators' team: a corporate card member gets the servicing line.
    (None, {"country_option": "HK", "product_option": "corporate"}, "+85222771088", "not the administrators'"),
    # The THAI co-branded card's campaign line is no Platinum card's line in general.
    (None, {"country_option": "TH", "product_option": "platinum"}, "+6620912755", "not the co-brand's line"),
    ("lost card in Italy", {}, "+390672900347", "corroborated by four independent pages"),
    ("lost card in Japan", {}, "+81120020120", "two independent pages before the guide alone"),
]


@pytest.mark.parametrize(("query", "options", "number", "why"), RULE_CASES, ids=[c[3] for c in RULE_CASES])
def test_the_rules_first_number(
    directory: Directory, query: str | None, options: dict[str, str], number: str, why: str
) -> None:
    result = answer(directory, query, **options)  # type: ignore[arg-type]
    assert result.first is not None
    assert result.first.line.e164 == number, why


def test_a_closed_confirmed_line_never_gives_way_to_a_disputed_one(directory: Directory) -> None:
    """22:00 in Riyadh: the confirmed 800 124 2229 (daily 08:00–20:00) is closed and the guide's 800 844 1000,
    disputed by the issuer's page, is open round the clock; the confirmed line stays first."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    at_ten_pm = datetime(2026, 12, 7, 22, 0, tzinfo=ZoneInfo("Asia/Riyadh"))
    result = answer(directory, country_option="SA", now=at_ten_pm)
    first = result.entries[0]
    assert (first.line.e164, first.line.status) == ("+9668001242229", "confirmed")
    assert first.opening is not None
    assert first.opening.open_now is False
    assert result.first is not None
    assert result.first.line.e164 == "+9668001242229"
    at_ten_am = answer(directory, country_option="SA", now=at_ten_pm.replace(hour=10))
    assert at_ten_am.entries[0].line.e164 == "+9668001242229"


def test_a_programme_administrators_line_is_shown_only_with_all_and_labelled(directory: Directory) -> None:
    result = answer(directory, country_option="HK", product_option="corporate")
    administrators = next(entry for entry in result.entries if entry.line.id == "hk-general-corporate-2")
    assert not administrators.fits
    short = lookup_view(result, directory, full=False)
    assert "hk-general-corporate-2" not in [item.entry.line.id for s in short.sections for item in s.items]
    full = lookup_view(result, directory, full=True)
    item = next(item for s in full.sections for item in s.items if item.entry.line.id == "hk-general-corporate-2")
    assert (
        "For whom",
        "programme administrators (companies that manage corporate cards), not card members: not your line",
    ) in item.facts

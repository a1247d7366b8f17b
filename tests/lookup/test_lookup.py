"""Routing: where you are, whose card it is, what happened, and the number to act on first.

Expected numbers are literal (read off the issuer's pages and the guide when the data was built),
never computed with the code under test.
"""

from __future__ import annotations

import pytest

from amexhelp.directory.model import Directory
from amexhelp.errors import InputError
from amexhelp.lookup.answer import Answer, Settings, answer
from harness import RunCli, worded


def ids(result: Answer) -> list[str]:
    return [line.id for line in result.lines]


def own_ids(result: Answer) -> list[str]:
    """The lines for where you are (or the fallback), without other markets' lines for callers abroad."""
    return [entry.line.id for entry in result.entries if entry.scope != "elsewhere"]


def first_number(result: Answer) -> str | None:
    return result.first.line.e164 if result.first else None


def test_lost_card_in_japan_gives_the_japanese_line_first_then_lines_for_cards_from_elsewhere(
    directory: Directory,
) -> None:
    result = answer(directory, "lost card in Japan")
    assert (result.country.code, result.caller.code, result.caller_source) == ("JP", "JP", "location")
    assert result.need is not None
    assert result.need.id == "lost-card"
    # No issuer line: the review sites' lost-card line (two independent pages) before the guide's general line.
    assert [entry.line.id for entry in result.entries[:3]] == ["jp-lost", "jp-lost-2", "jp-general"]
    assert result.entries[0].scope == "local"
    assert result.entries[0].dial.dial == "0120-020-120"
    assert result.notices[0].code == "no-issuer-line"
    elsewhere = [entry for entry in result.entries if entry.scope == "elsewhere"]
    # Never leave a foreign cardholder with only a domestic freephone: the US collect line is offered.
    assert "+13363931111" in {entry.line.e164 for entry in elsewhere}
    assert all(entry.dial.reachable and entry.line.country != "JP" for entry in elsewhere)
    assert any("--card" in notice for notice in worded(result))


def test_at_home_a_confirmed_line_comes_before_guide_lines_and_a_disputed_one_is_never_first(
    directory: Directory,
) -> None:
    result = answer(directory, country_option="US", need_option="lost-card")
    assert first_number(result) == "+18005284800"
    assert result.lines[0].status == "confirmed"
    statuses = [line.status for line in result.lines]
    assert statuses.index("disputed") > statuses.index("confirmed")
    assert "us-fraud" in ids(result)  # the guide's line stays visible, labelled disputed


@pytest.mark.parametrize(
    ("card", "where", "expected"),
    [
        ("US", "JP", "+13363931111"),  # US cards abroad: the collect line on the issuer's security page
        ("GB", "JP", "+441273696933"),  # UK cards abroad: the Brighton number for lost cards
        ("CA", "FR", "+19054740870"),  # Canadian cards abroad: the collect line
        ("AU", "US", "+61292718664"),
        ("ES", "MX", "+34914004250"),
    ],
)
def test_a_card_from_another_market_leads_with_its_line_for_callers_abroad(
    directory: Directory, card: str, where: str, expected: str
) -> None:
    result = answer(directory, country_option=where, card_option=card, need_option="lost-card")
    assert result.card_market is not None
    assert result.card_market.code == card
    first = result.entries[0]
    assert (first.line.e164, first.scope) == (expected, "card-market")
    assert first.dial.reachable
    assert first.dial.abroad
    assert first.dial.dial is not None
    assert first.dial.dial.startswith("+")
    # The local market's lines follow, labelled as being for cards issued there.
    assert all(entry.scope in ("card-market", "local", "fallback") for entry in result.entries)


def test_every_market_with_a_line_for_callers_abroad_leads_with_it(directory: Directory) -> None:
    for market in directory.countries:
        abroad = [
            line
            for line in directory.lines_for_country(market)
            if (line.from_abroad or line.collect)
            and not line.products
            and {"lost", "fraud", "general"} & set(line.services)
            and line.status == "confirmed"
        ]
        if not abroad:
            continue
        where = "JP" if market != "JP" else "FR"
        result = answer(directory, country_option=where, card_option=market, need_option="lost-card")
        first = result.entries[0]
        assert first.line.from_abroad or first.line.collect, market
        assert first.dial.reachable, market


def test_card_market_from_words_and_where_you_are(directory: Directory) -> None:
    result = answer(directory, "I'm from the US, card stolen in Japan")
    assert result.card_market is not None
    assert (result.card_market.code, result.card_source, result.country.code) == ("US", "text", "JP")
    assert first_number(result) == "+13363931111"
    assert any("issued in the United States" in notice for notice in worded(result))


@pytest.mark.parametrize(
    ("text", "card", "where"),
    [
        ("my US card was stolen in Japan", "US", "JP"),
        ("UK Amex lost in Paris", "GB", "FR"),
        ("Canadian card stolen in Rome", "CA", "IT"),
        ("I'm from Australia, lost card in Tokyo", "AU", "JP"),
        ("perdí mi tarjeta mexicana en Madrid", "MX", "ES"),
        ("card issued in Japan stolen in the US", "JP", "US"),
        ("lost card in Japan", None, "JP"),
        ("my american express card was stolen in Rome", None, "IT"),
        ("perdi meu cartão brasileiro em Paris", "BR", "FR"),
        ("J'ai perdu ma carte française à Rome", "FR", "IT"),
        ("Ich habe meine deutsche Karte in Rom verloren", "DE", "IT"),
        ("ho perso la mia carta italiana a Parigi", "IT", "FR"),
        ("アメリカのカードを東京でなくした", "US", "JP"),
        ("美国的卡在日本丢了", "US", "JP"),
        ("미국 카드 분실 일본", "US", "JP"),
        ("東京でカードをなくした", None, "JP"),
    ],
)
def test_card_market_words(directory: Directory, text: str, card: str | None, where: str) -> None:
    result = answer(directory, text)
    assert (result.card_market.code if result.card_market else None, result.country.code) == (card, where)


def test_an_option_wins_over_the_words_and_the_clash_is_said(directory: Directory) -> None:
    result = answer(directory, "my US card was stolen in Japan", card_option="GB")
    assert result.card_market is not None
    assert result.card_market.code == "GB"
    assert result.card_source == "option"
    assert any("--card wins" in notice for notice in worded(result))


def test_the_card_market_can_come_from_the_environment(directory: Directory) -> None:
    result = answer(directory, country_option="JP", need_option="lost-card", settings=Settings(card="Canada"))
    assert result.card_market is not None
    assert (result.card_market.code, result.card_source) == ("CA", "environment")
    assert first_number(result) == "+19054740870"


def test_a_product_with_its_own_lines_gets_them_first(directory: Directory) -> None:
    result = answer(
        directory, country_option="JP", card_option="JP", product_option="corporate", need_option="lost-card"
    )
    assert first_number(result) == "+81120974990"
    assert result.product == "corporate"


def test_a_product_without_lines_gets_the_general_line_and_says_so(directory: Directory) -> None:
    result = answer(directory, country_option="FR", card_option="FR", product_option="centurion")
    assert any("No line for centurion cards" in notice for notice in worded(result))
    assert result.lines[0].country == "FR"


def test_corporate_lines_are_not_offered_for_a_personal_card(directory: Directory) -> None:
    result = answer(directory, country_option="JP", card_option="JP", need_option="lost-card")
    assert all("corporate" not in line.products for line in result.lines)


def test_travel_emergency_abroad_says_when_the_card_market_has_no_travel_line_that_works_from_there(
    directory: Directory,
) -> None:
    result = answer(directory, "travel emergency, passport stolen in Rome, my US card")
    assert result.need is not None
    assert result.need.id == "travel"
    assert result.country.code == "IT"
    assert any("No travel-assistance line for cards issued in the United States" in n for n in worded(result))
    assert result.first is not None
    assert result.first.dial.reachable


def test_from_overrides_where_the_call_is_made(directory: Directory) -> None:
    result = answer(directory, country_option="JP", from_option="US", need_option="lost-card")
    assert (result.caller.code, result.caller_source) == ("US", "option")
    japanese = next(entry for entry in result.entries if entry.line.id == "jp-general")
    assert not japanese.dial.reachable
    assert result.first is not None
    assert result.first.dial.reachable


def test_country_not_listed_gets_the_worldwide_number(directory: Directory) -> None:
    result = answer(directory, "I'm in Peru and my card was stolen")
    assert result.country.code == "PE"
    assert result.fallback
    assert own_ids(result) == ["worldwide"]
    assert any("no line of its own" in notice for notice in worded(result))
    # A traveller's card is from somewhere: each market's confirmed line for callers abroad follows.
    elsewhere = [entry.line for entry in result.entries if entry.scope == "elsewhere"]
    assert "+13363931111" in {line.e164 for line in elsewhere}
    assert any("--card" in notice for notice in worded(result))


def test_european_country_without_a_line_gets_the_europe_line_then_worldwide(directory: Directory) -> None:
    assert own_ids(answer(directory, country_option="NO")) == ["europe-multilingual", "worldwide"]


def test_us_territories_are_served_by_us_lines(directory: Directory) -> None:
    result = answer(directory, country_option="PR", need_option="lost-card")
    assert not result.fallback
    assert first_number(result) == "+18005284800"


def test_korea_domestic_number_is_dialled_as_printed_only_in_korea(directory: Directory) -> None:
    result = answer(directory, country_option="KR")
    korea = next(entry for entry in result.entries if entry.line.id == "kr-general")
    assert korea.dial.dial == "00798-800-1111"
    elsewhere = answer(directory, country_option="KR", from_option="JP")
    assert not next(e for e in elsewhere.entries if e.line.id == "kr-general").dial.reachable


def test_fax_is_never_offered_as_a_number_to_call(directory: Directory) -> None:
    for need in directory.needs:
        assert "us-fax" not in ids(answer(directory, country_option="US", need_option=need.id))
    assert "us-fax" not in ids(answer(directory, country_option="US"))


def test_options_win_over_the_query(directory: Directory) -> None:
    result = answer(directory, "lost card in Japan", country_option="FR", need_option="travel")
    assert result.country.code == "FR"
    assert result.need is not None
    assert result.need.id == "travel"


def test_no_country_assumes_the_setting_then_the_united_states(directory: Directory) -> None:
    result = answer(directory, "my flight was cancelled")
    assert (result.country.code, result.country_source) == ("US", "default")
    assert any("assumed United States" in notice for notice in worded(result))
    result = answer(directory, "my flight was cancelled", settings=Settings(country="Australia"))
    assert (result.country.code, result.country_source) == ("AU", "environment")
    assert result.lines[0].country == "AU"


def test_bad_setting_names_the_variable(directory: Directory) -> None:
    with pytest.raises(InputError, match="AMEXHELP_COUNTRY"):
        answer(directory, "help", settings=Settings(country="Narnia"))
    with pytest.raises(InputError, match="AMEXHELP_CARD"):
        answer(directory, "help", settings=Settings(card="Narnia"))


def test_unknown_need_and_product_suggest_the_closest(directory: Directory) -> None:
    with pytest.raises(InputError) as caught:
        answer(directory, need_option="lost")
    assert caught.value.suggestion == "did you mean lost-card?"
    with pytest.raises(InputError) as caught:
        answer(directory, product_option="platnum")
    assert caught.value.suggestion == "did you mean platinum?"


def test_advice_is_scoped_to_the_card_market(directory: Directory) -> None:
    at_home = answer(directory, country_option="US", need_option="lost-card").advice
    assert any("Within the U.S." in text for text in at_home)
    japanese_card = answer(directory, country_option="JP", card_option="JP", need_option="lost-card").advice
    assert not any("Within the U.S." in text for text in japanese_card)
    dispute_in_japan = answer(directory, country_option="JP", card_option="JP", need_option="dispute").advice
    assert not any("El Paso" in text for text in dispute_in_japan)
    assert answer(directory, country_option="US").advice == directory.safety


def test_every_market_with_a_confirmed_line_for_a_need_leads_with_a_confirmed_line(directory: Directory) -> None:
    checked = 0
    for market in directory.countries:
        for need in directory.needs:
            product = "business" if need.id == "business" else "personal"  # the business need asks for it
            confirmed = [
                line
                for line in directory.lines_for_country(market)
                if line.status == "confirmed"
                and set(line.services) & set(need.services)
                and (not line.products or product in line.products)
                and "fax" not in line.services
            ]
            if not confirmed:
                continue
            result = answer(directory, country_option=market, card_option=market, need_option=need.id)
            assert result.lines[0].status == "confirmed", (market, need.id, result.lines[0].id)
            checked += 1
    assert checked > 50


def test_bad_need_and_product_errors_name_the_option_and_the_choices(directory: Directory) -> None:
    with pytest.raises(InputError) as caught:
        answer(directory, need_option="xyzzy")
    assert str(caught.value) == (
        "unknown need for --need: 'xyzzy' (one of: lost-card, fraud, dispute, travel, business, rewards, premium,"
        " tty, activation, general)"
    )
    with pytest.raises(InputError) as caught:
        answer(directory, product_option="xyzzy")
    assert str(caught.value) == (
        "unknown card product for --product: 'xyzzy' (one of: personal, business, corporate, platinum, centurion)"
    )
    for option in ("need_option", "product_option"):
        with pytest.raises(InputError) as caught:
            answer(directory, **{option: "x" * 101})  # type: ignore[arg-type]
        assert str(caught.value) == f"--{option.split('_')[0]} is too long (101 characters; at most 100)"


def test_an_unknown_place_is_not_called_abroad_in_the_headline(directory: Directory) -> None:
    from amexhelp.render._headline import headline

    text = headline(answer(directory, "stolen in Xyzzyville"), directory)
    assert text.startswith("Call +1 602-785-5000 — American Express Worldwide, American Express Global Support Center,")
    assert "from abroad" not in text


def test_a_card_market_with_lines_for_other_cards_only_leads_with_the_worldwide_line(cli: RunCli) -> None:
    """Denmark's lines are all for corporate cards: a personal Danish card in France gets the worldwide line
    first, Denmark's lines after it (marked as not for that card), then France's."""
    result = cli("lookup", "--card", "DK", "--country", "FR", "--json").json()
    assert result["headline"].startswith(
        "Call the number on the back of your card, on your statement or in the issuer's app: the directory has lines"
        " for corporate cards of Denmark only, none for personal cards. Best graded otherwise: +1 602-785-5000"
    )
    assert [(line["id"], line["scope"]) for line in result["lines"]][:4] == [
        ("worldwide", "fallback"),
        ("dk-general-corporate", "card-market"),
        ("dk-travel-corporate", "card-market"),
        ("fr-lost", "local"),  # France's confirmed line before the guide's general one
    ]


def test_a_product_the_card_market_has_no_line_for_is_said_of_that_market(cli: RunCli) -> None:
    result = cli("lookup", "--card", "GB", "--country", "FR", "--product", "centurion", "--json").json()
    notices = [{k: v for k, v in n.items() if k != "message"} for n in result["notices"]]
    assert {"code": "product-not-listed", "product": "centurion", "country": "GB"} in notices


def test_no_travel_line_for_the_card_market_from_where_you_call_is_said(cli: RunCli) -> None:
    result = cli("lookup", "--card", "JP", "--country", "FR", "--need", "travel", "--json").json()
    assert [{k: v for k, v in n.items() if k != "message"} for n in result["notices"]] == [
        {"code": "no-issuer-line", "country": "JP", "product": "personal", "need": "travel"},
        {"code": "no-travel-line", "card": "JP", "caller": "FR"},
    ]
    # The review sites' Tokyo number rings from France; the worldwide line stays among the choices.
    assert (result["lines"][0]["id"], result["lines"][0]["scope"]) == ("jp-lost-2", "card-market")
    assert ("worldwide", "fallback") in [(line["id"], line["scope"]) for line in result["lines"]]


def test_a_corporate_card_of_a_market_with_corporate_lines_only_leads_with_them(cli: RunCli) -> None:
    result = cli("lookup", "--card", "DK", "--country", "FR", "--product", "corporate", "--json").json()
    assert result["headline"].startswith("Call +45 70 20 44 99 — American Express Denmark, Corporate cards")
    assert [(line["id"], line["scope"]) for line in result["lines"]][:2] == [
        ("dk-general-corporate", "card-market"),
        ("dk-travel-corporate", "card-market"),
    ]


def test_a_travel_line_of_the_card_market_that_rings_from_where_you_call_comes_first_unremarked(
    cli: RunCli,
) -> None:
    args = ("lookup", "--card", "NL", "--country", "FR", "--need", "travel", "--product", "platinum", "--json")
    result = cli(*args).json()
    assert result["notices"] == []
    assert (result["lines"][0]["id"], result["lines"][0]["scope"]) == ("nl-travel-abroad-platinum", "card-market")

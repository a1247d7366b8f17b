"""The answer model's text view: each line's facts, status and section headings, in literal tables
(numbers as dialled are written out here, never recomputed with the code's own calls)."""

from __future__ import annotations

import pytest

from amexhelp.directory.model import Directory
from amexhelp.lookup.answer import answer
from amexhelp.lookup.dialing import dial_from
from amexhelp.render.naming import ENGLISH_NAMES
from amexhelp.render.view import brief, compact_line, line_facts, local_form, lookup_view, provenance, status_text

UNCONFIRMED = "unconfirmed: only in a third-party guide; not found on the issuer's pages"
GUIDE = "American Express Company: Credit Cards – Official Customer Support (third-party web guide)"
NOT_STATED = "not stated in the sources"
COLLECT = "call collect (reverse charges): ask the operator where you are to place the call"

# The rows after the first (Dial or Cannot dial): the same whichever place a line is looked at from.
US_LOST_ROWS = [
    ("Number", "(336) 393-1111"),
    ("From abroad", "+1 336-393-1111"),
    ("Collect", COLLECT),
    ("Hours", NOT_STATED),
    ("Languages", NOT_STATED),
    ("Status", "confirmed: printed on an issuer page"),
    ("Source", "https://www.americanexpress.com/us/security-center/?inav=us_menu_rewards_benefits_benefits_security"),
]
KR_ROWS = [
    ("Number", "00798-800-1111"),
    ("From abroad", "not possible: only from inside South Korea"),
    ("Hours", "24 hours, every day"),
    ("Languages", "Korean, English"),
    ("Status", UNCONFIRMED),
    ("Source", GUIDE),
    (
        "Note",
        "The printed 00798 number is a Korean international-freephone access code: it has no +82 form and is"
        " dialled as printed, only from inside South Korea.",
    ),
]

# (line id, calling from or None, every row of its facts in order)
FACTS: list[tuple[str, str | None, list[tuple[str, str]]]] = [
    (
        "gb-general",
        None,
        [
            ("Number", "0800 151 0900"),
            ("From abroad", "not possible: only from inside the United Kingdom"),
            ("Hours", "24/7"),
            ("Languages", "English"),
            (
                "Status",
                "disputed: only in a third-party guide; the issuer's page gives +44 800 032 7642, +44 800 917 8047"
                " instead",
            ),
            ("Source", GUIDE),
            ("Note", "Free from landlines and mobiles."),
        ],
    ),
    (
        "at-lost-abroad",
        "JP",
        [
            ("Dial", "+49 69 97972000  (from Japan; from a landline: 010 49 69 97972000)"),
            ("Number", "+49 69 97972000"),
            ("For", "lost or stolen cards; fraud and unrecognised charges"),
            ("Hours", NOT_STATED),
            ("Languages", NOT_STATED),
            ("Status", "confirmed: printed on the issuer's pages"),
            (
                "Source",
                "https://www.americanexpress.com/de-at/kreditkarten/infothek/kreditkarte-verloren/?nocache=1720913134"
                " (+1 more)",
            ),
            ("Served from", "Germany: an international call"),
        ],
    ),
    (
        "us-lost-abroad",
        "FR",
        [
            ("Dial", "+1 336-393-1111  (from France; from a landline: 00 1 336-393-1111)"),
            *US_LOST_ROWS,
        ],
    ),
    (
        "us-lost-abroad",
        "US",
        [
            ("Dial", "1 (336) 393-1111  (from the United States)"),
            *US_LOST_ROWS,
        ],
    ),
    (
        "kr-general",
        "KR",
        [
            ("Dial", "00798-800-1111  (from South Korea)"),
            *KR_ROWS,
        ],
    ),
    (
        "kr-general",
        "US",
        [
            (
                "Cannot dial",
                "not from the United States: a number with no international form: it is dialled only from inside"
                " South Korea",
            ),
            *KR_ROWS,
        ],
    ),
    (
        "be-general-corporate",
        "BE",
        [
            ("Dial", "02 676 29 29  (from Belgium)"),
            ("Number", "02 676 29 29"),
            ("From abroad", "+32 2 676 29 29"),
            ("As printed", "32 (0) 2 676 29 29"),
            ("For", "general customer service; lost or stolen cards"),
            ("Hours", NOT_STATED),
            ("Languages", NOT_STATED),
            ("Cards", "corporate"),
            ("Status", "confirmed: printed on the issuer's pages"),
            (
                "Source",
                "https://americanexpress.com/be/fr/service-clientele/questions-frequentes/entreprises/"
                "solutions-corporate/titulaires-de-carte-corporate (+3 more)",
            ),
        ],
    ),
    (
        "es-general",
        "ES",
        [
            ("Dial", "+44 20 7264 1777  (from Spain; from a landline: 00 44 20 7264 1777)"),
            ("Number", "+44 20 7264 1777"),
            ("Hours", "24/7"),
            ("Languages", "English, Spanish"),
            ("Status", "disputed: only in a third-party guide; the issuer's page gives +34 900 814 500 instead"),
            ("Source", GUIDE),
            ("Served from", "United Kingdom: an international call"),
            ("Note", "A London number (the Europe multilingual line): international call charge may apply."),
        ],
    ),
    (
        "ae-general",
        "GB",
        [
            (
                "Cannot dial",
                "not from the United Kingdom: a toll-free number that works only from inside the United Arab Emirates",
            ),
            ("Number", "800 0444400"),
            ("From abroad", "not possible: only from inside the United Arab Emirates"),
            ("Hours", "24 hours, every day"),
            ("Languages", "Arabic, English"),
            ("Status", UNCONFIRMED),
            ("Source", GUIDE),
        ],
    ),
    (
        "worldwide",
        "ZZ",
        [
            ("Dial", "+1 602-785-5000  (from anywhere)"),
            ("Number", "+1 602-785-5000"),
            ("Hours", "24/7"),
            ("Languages", NOT_STATED),
            ("Status", UNCONFIRMED),
            ("Source", GUIDE),
            ("Note", "International calling charges may apply."),
        ],
    ),
    (
        "tw-medical-corporate",
        "TW",
        [
            ("Dial", "02 2100 1266  (from Taiwan)"),
            ("Number", "02 2100 1266"),
            ("From abroad", "+886 2 2100 1266"),
            ("Collect", COLLECT),
            ("For", "medical help while travelling; travel assistance (global assist)"),
            ("Hours", NOT_STATED),
            ("Languages", NOT_STATED),
            ("Cards", "corporate"),
            ("Status", "confirmed: printed on an issuer page (page copyright 2021)"),
            ("Source", "https://www.americanexpress.com/en-tw/business/cm/customer-service/"),
        ],
    ),
]


@pytest.mark.parametrize(("line_id", "caller", "rows"), FACTS, ids=[f"{i}-{c}" for i, c, _ in FACTS])
def test_line_facts(directory: Directory, line_id: str, caller: str | None, rows: list[tuple[str, str]]) -> None:
    line = directory.line(line_id)
    dial = dial_from(line, caller) if caller else None
    assert line_facts(line, dial, ENGLISH_NAMES, directory) == rows


@pytest.mark.parametrize(
    ("line_id", "form"),
    [
        ("gb-general", "0800 151 0900"),  # national at home
        ("es-general", "+44 20 7264 1777"),  # a London number serving Spain: international
        ("worldwide", "+1 602-785-5000"),  # no country: international
        ("kr-general", "00798-800-1111"),  # no international form: as printed
        ("europe-multilingual", "+44 20 7264 1777"),
    ],
)
def test_local_form(directory: Directory, line_id: str, form: str) -> None:
    assert local_form(directory.line(line_id)) == form


def test_status_in_words_for_each_status(directory: Directory) -> None:
    assert status_text(directory.line("us-lost-abroad"), directory) == "confirmed: printed on an issuer page"
    assert status_text(directory.line("be-general-corporate"), directory) == "confirmed: printed on the issuer's pages"
    assert status_text(directory.line("kr-general"), directory) == UNCONFIRMED
    unsourced = directory.line("kr-general")._replace(status="unsourced", evidence=())
    assert status_text(unsourced, directory) == "no source: the data names none for this number"


def test_a_partner_banks_page_is_named_as_such(directory: Directory) -> None:
    partner = [
        line
        for line in directory.lines
        if line.status == "confirmed"
        and [s.kind for s in directory.sources.values() if s.id in {e.source for e in line.evidence} and s.official]
        == ["issuer-partner"]
    ]
    assert partner, "the data has a line confirmed by one partner bank's page only"
    assert status_text(partner[0], directory).startswith("confirmed: printed on the card-issuing bank's page")


def test_sections_headings_and_compact_lists(directory: Directory) -> None:
    result = answer(directory, country_option="FR", card_option="US", need_option="lost-card")
    view = lookup_view(result, directory)
    headings = [(section.heading, section.compact) for section in view.sections]
    assert headings[:2] == [("For cards issued in the United States", False), ("For cards issued in France", False)]
    assert view.summary == "France (FR) · Lost or stolen card · card issued in United States"
    assert view.advice_heading == "Advice"
    first = view.sections[0].items[0]
    assert first.title == "Lost or stolen cards, from abroad, collect (United States)"
    assert first.market == "United States"


def test_unknown_card_market_abroad_lists_other_markets_compactly(directory: Directory) -> None:
    view = lookup_view(answer(directory, country_option="JP", from_option="DE"), directory)
    compact = [section for section in view.sections if section.compact]
    assert [section.heading for section in compact] == [
        "Card issued elsewhere? Each market's line for calling from abroad"
    ]
    lines = [compact_line(item) for item in compact[0].items]
    assert "United States: +1 336-393-1111, collect — confirmed" in lines
    assert "calling from Germany" in view.summary
    assert view.advice_heading == "Stay safe"


def test_a_single_card_market_section_has_no_heading(directory: Directory) -> None:
    view = lookup_view(answer(directory, country_option="US", card_option="US", need_option="lost-card"), directory)
    assert view.sections[0].heading is None
    assert view.summary == "United States (US) · Lost or stolen card · card issued in United States"


def test_brief_is_the_reachable_numbers_once_each_best_first(directory: Directory) -> None:
    text = brief(answer(directory, country_option="GB", need_option="lost-card"))
    assert text.endswith("\n")
    numbers = text.splitlines()
    assert numbers[0] == "0800 917 8047"
    assert len(numbers) == len(set(numbers))
    assert "+1 336-393-1111" not in numbers  # another market's line is left out when the market's own ring


def test_provenance_names_the_data_file(directory: Directory) -> None:
    text = provenance(directory)
    assert text.startswith("Source: issuer pages and a third-party guide, as of 2026-11-28 (bundled data). Confirm")


def test_compact_line_of_a_line_that_does_not_ring_gives_its_local_form(directory: Directory) -> None:
    from amexhelp.lookup.answer import Entry
    from amexhelp.render.view import LineView

    line = directory.line("kr-general")
    item = LineView(Entry(line, dial_from(line, "US"), "elsewhere"), "South Korea", "t", ())
    assert compact_line(item) == "South Korea: 00798-800-1111 — guide-only"
    reachable = directory.line("us-lost-abroad")
    item = LineView(Entry(reachable, dial_from(reachable, "FR"), "elsewhere"), "United States", "t", ())
    assert compact_line(item) == "United States: +1 336-393-1111, collect — confirmed"


def test_a_disputed_line_names_the_issuers_number_as_its_market_prints_it(directory: Directory) -> None:
    area_line = directory.line("europe-multilingual")._replace(status="disputed", disputed_by=("+442072641777",))
    assert status_text(area_line, directory).endswith("the issuer's page gives +44 20 7264 1777 instead")
    elsewhere = directory.line("gb-general")._replace(disputed_by=("+15555550100",))  # no such line in its market
    assert status_text(elsewhere, directory).endswith("the issuer's page gives +15555550100 instead")


def _facts(directory: Directory, line: object) -> dict[str, str]:
    return dict(line_facts(line, None, ENGLISH_NAMES, directory))  # type: ignore[arg-type]


def test_facts_of_unusual_lines(directory: Directory) -> None:
    nowhere = directory.line("kr-general")._replace(country=None)
    assert _facts(directory, nowhere)["From abroad"] == "not possible"
    mystery = directory.line("gb-general")._replace(services=("general", "Mystery"))
    assert _facts(directory, mystery)["For"] == "general customer service; mystery"
    unsourced = directory.line("gb-general")._replace(evidence=())
    assert _facts(directory, unsourced)["Source"] == "none"


def test_source_row_prefers_the_issuers_urls_and_counts_the_rest(directory: Directory) -> None:
    from amexhelp.directory.model import Evidence

    issuer = "https://www.americanexpress.com/us/security-center/?inav=us_menu_rewards_benefits_benefits_security"
    us = directory.line("us-lost-abroad")
    assert _facts(directory, us)["Source"] == issuer
    both = us._replace(evidence=(*us.evidence, Evidence("de-en-company-insurance", None)))
    assert _facts(directory, both)["Source"] == issuer
    third = us._replace(evidence=(Evidence("de-en-company-insurance", None),))
    assert (
        _facts(directory, third)["Source"] == "https://guide.amex-corporate.de/en/company/insurance-/-global-assist-1"
    )
    two = directory.line("be-general-corporate")
    two = two._replace(evidence=two.evidence[:2])
    assert _facts(directory, two)["Source"].endswith(" (+1 more)")


def test_views_of_a_place_with_no_line_of_its_own_and_of_a_product(directory: Directory) -> None:
    nowhere = lookup_view(answer(directory, country_option="MN"), directory)
    assert nowhere.headline.startswith(
        "Call the number on the back of your card, on your statement or in the issuer's app: no issuer page in the"
        " directory gives one for personal cards of Mongolia. Best graded otherwise: +1 602-785-5000 — American"
        " Express Worldwide, American Express Global"
    )
    assert [(s.heading, s.compact) for s in nowhere.sections] == [
        ("Worldwide and regional lines", False),
        ("By the market that issued your card: its line for calling from abroad", True),
    ]
    assert nowhere.summary == "Mongolia (MN) · any need"
    corporate = lookup_view(answer(directory, country_option="AU", product_option="corporate"), directory)
    assert corporate.summary == "Australia (AU) · any need · corporate card"
    assert corporate.sections[0].items[0].title.endswith("(Australia)")


def test_brief_gives_a_shared_number_once(directory: Directory) -> None:
    assert brief(answer(directory, country_option="US", need_option="general")) == "1 (800) 528-4800\n"


def test_an_area_line_is_named_by_its_area(directory: Directory) -> None:
    view = lookup_view(answer(directory, country_option="AD"), directory)
    assert view.headline == (
        "Call the number on the back of your card, on your statement or in the issuer's app: no issuer page in the"
        " directory gives one for personal cards of Andorra. Best graded otherwise: +44 20 7264 1777 — American"
        " Express Europe, Europe (Multilingual Support), from abroad, 24/7, unconfirmed: only in a third-party guide"
    )
    assert [item.market for item in view.sections[0].items] == ["Europe", "Worldwide"]


def test_statuses_name_a_partner_bank_beside_the_issuer_and_every_disputing_number(directory: Directory) -> None:
    from amexhelp.directory.model import Evidence

    partner = next(
        line
        for line in directory.lines
        if line.status == "confirmed"
        and [directory.sources[e.source].kind for e in line.evidence if directory.sources[e.source].official]
        == ["issuer-partner"]
    )
    issuer = next(s.id for s in directory.sources.values() if s.kind == "issuer")
    both = partner._replace(evidence=(*partner.evidence, Evidence(issuer, None)))
    assert status_text(both, directory).startswith("confirmed: printed on the issuer's pages")
    two = directory.line("gb-general")._replace(disputed_by=("+448000327642", "+441273696933"))
    assert status_text(two, directory).endswith("the issuer's page gives +44 800 032 7642, +44 1273 696933 instead")


def test_a_headline_with_nothing_to_dial(directory: Directory) -> None:
    from amexhelp.render._headline import headline

    result = answer(directory, country_option="KR", from_option="US")
    stuck = result._replace(entries=tuple(e for e in result.entries if not e.dial.reachable))
    assert headline(stuck, directory) == (
        "No number in the directory can be dialled from United States: see the lines and notices below."
    )


def test_why_a_line_does_not_ring_from_abroad_is_worded_as_the_data_says_it(directory: Directory) -> None:
    """The renderers word the reason from the line's facts (in any language); in English it is the data's
    own abroad_reason, or, for a North American toll-free number, the reason dialling gives."""
    from amexhelp.lookup.dialing import NANP_TOLL_FREE_REASON, nanp_toll_free
    from amexhelp.render.view import unreachable_text

    lines = [line for line in directory.lines if not line.abroad_ok]
    assert len(lines) > 50
    for line in lines:
        expected = NANP_TOLL_FREE_REASON if nanp_toll_free(line) else line.abroad_reason
        assert unreachable_text(line) == expected, line.id


def test_why_a_line_does_not_ring_from_abroad_in_another_language(directory: Directory) -> None:
    from amexhelp.render.naming import Naming
    from amexhelp.render.view import unreachable_text

    line = directory.line("ae-general")
    assert unreachable_text(line, Naming("es")) == (
        "un número gratuito que solo funciona desde dentro de: Emiratos Árabes Unidos"
    )

"""The data is the product: every number, country and language checked against the libraries."""

from __future__ import annotations

import re
from typing import Any

import phonenumbers
import pycountry
import pytest

from amexhelp.directory.loading import load_directory
from amexhelp.directory.model import Directory
from harness import SOURCE_TEXT

# ISO 639-3 languages the source names that belong to an ISO 639-1 macrolanguage.
# (pycountry calls ISO 639-1 "ms" "Malay (macrolanguage)".)
MACROLANGUAGE = {"Mandarin": "zh", "Cantonese": "zh", "Malay": "ms"}
# The guide's lines, by id: every one of them stays in the directory, whatever its status.
GUIDE_LINE_IDS = [
    "us-general", "us-premium", "us-business", "us-fraud", "us-travel", "us-fax", "ca-general", "ca-travel",
    "gb-general", "ie-general", "europe-multilingual", "de-general", "fr-general", "it-general", "es-general",
    "au-general", "au-mobile", "nz-general", "jp-general", "cn-general", "in-general", "sg-general",
    "sg-international", "hk-general", "mx-general", "br-general", "ar-general", "za-general", "sa-general",
    "ae-general", "kr-general", "tw-general", "worldwide",
]  # fmt: skip


def test_every_number_is_valid_and_its_e164_matches_the_printed_form(directory: Directory) -> None:
    for line in directory.lines:
        if line.e164 is None:
            assert line.domestic_dial is not None
            assert line.domestic_dial == "".join(filter(str.isdigit, line.display))
            continue
        number = phonenumbers.parse(line.e164)
        assert phonenumbers.is_valid_number(number), line.e164
        assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == line.e164
        printed = phonenumbers.parse(line.display, line.number_region or line.country)
        if line.correction is None:
            assert phonenumbers.format_number(printed, phonenumbers.PhoneNumberFormat.E164) == line.e164, line.id
        else:
            assert line.correction  # a printed form that is not dialled as printed says why


def test_toll_free_flag_agrees_with_phonenumbers(directory: Directory) -> None:
    for line in directory.lines:
        if line.e164 is not None:
            kind = phonenumbers.number_type(phonenumbers.parse(line.e164))
            assert line.toll_free == (kind == phonenumbers.PhoneNumberType.TOLL_FREE), line.id


def test_countries_and_languages_exist_in_pycountry(directory: Directory) -> None:
    for line in directory.lines:
        if line.country is not None:
            assert pycountry.countries.get(alpha_2=line.country) is not None
        if line.number_region:
            assert pycountry.countries.get(alpha_2=line.number_region) is not None
        for code in line.languages:
            assert pycountry.languages.get(alpha_2=code) is not None, code
        if line.languages_as_printed:
            named = {MACROLANGUAGE.get(n) or pycountry.languages.lookup(n).alpha_2 for n in line.languages_as_printed}
            assert named == set(line.languages), line.id
    for market in directory.markets.values():
        assert pycountry.countries.get(alpha_2=market.code) is not None


def test_a_guide_line_served_from_another_country_says_so(directory: Directory) -> None:
    served_from_abroad = []
    for line in directory.lines:
        if line.e164 is None or not any(e.source == "guide" for e in line.evidence):
            continue
        number = phonenumbers.parse(line.e164)
        if line.country is not None and number.country_code != phonenumbers.country_code_for_region(line.country):
            served_from_abroad.append(line.id)
            assert any("London" in note or "United Kingdom" in note for note in line.notes), line.id
    assert sorted(served_from_abroad) == ["de-general", "es-general", "fr-general", "ie-general", "it-general"]


def test_every_guide_line_is_still_present_and_printed_by_the_guide(directory: Directory) -> None:
    ids = {line.id for line in directory.lines}
    assert set(GUIDE_LINE_IDS) <= ids
    for line_id in GUIDE_LINE_IDS:
        assert any(e.source == "guide" for e in directory.line(line_id).evidence), line_id
    assert directory.fallback.e164 == "+16027855000"


def test_every_line_has_a_source_and_its_status_follows_from_the_sources(directory: Directory) -> None:
    """The rules, written out here independently of amexhelp.directory.evidence."""
    official = {s.id for s in directory.sources.values() if s.kind in ("issuer", "issuer-partner")}
    # The two numbers with a red flag, whatever prints them: a 555-01xx placeholder, and Ireland's 1850
    # range (withdrawn on 2022-01-01).
    red_flagged = {"ar-general", "ie-lost"}
    for line in directory.lines:
        assert line.evidence, line.id
        if line.id in red_flagged:
            assert (line.status, line.disputed_by) == ("suspect", ()), line.id
            continue
        assert line.status != "suspect", line.id
        kinds = {e.source in official for e in line.evidence}
        if True in kinds:
            assert line.status == "confirmed", line.id
            assert line.disputed_by == ()
            continue
        assert line.status in ("corroborated", "guide-only", "disputed"), line.id
        owners = {
            source.owner
            for e in line.evidence
            if (source := directory.sources[e.source]).kind == "third-party" and source.independent
        }
        assert line.independent_sources == len(owners), line.id
        rivals = {
            other.e164
            for other in directory.lines
            if other.status == "confirmed"
            and other.country == line.country
            and other.area == line.area
            and other.from_abroad == line.from_abroad
            and set(other.services) & (set(line.services) - {"fax"})
            and (
                set(other.products) == set(line.products)
                or (
                    (not other.products or "personal" in other.products)
                    and (not line.products or "personal" in line.products)
                )
            )
            and other.e164 != line.e164
        }
        assert set(line.disputed_by) == rivals, line.id
        graded = "corroborated" if len(owners) >= 3 else "guide-only"
        assert line.status == ("disputed" if rivals else graded), line.id


def test_independent_pages_are_counted_by_owner_and_three_corroborate() -> None:
    """Two pages of one owner count once; a page judged a copy counts not at all; three owners corroborate."""
    from amexhelp.directory.evidence import statuses

    def page(i: str, owner: str, independent: bool = True) -> dict[str, object]:
        return {"id": i, "kind": "third-party", "owner": owner, "independent": independent}

    sources = [page("a", "A"), page("a2", "A"), page("b", "B"), page("copy", "C", independent=False), page("d", "D")]

    def status(*ids: str) -> str:
        line = {
            "country": "IT",
            "services": ["lost"],
            "e164": "+390672900347",
            "evidence": [{"source": i} for i in ids],
        }
        return statuses({"sources": sources, "lines": [line]})[0][0]

    assert status("a", "a2", "b") == "guide-only"
    assert status("a", "b", "copy") == "guide-only"
    assert status("a", "b", "d") == "corroborated"


def test_issuer_sources_are_on_the_issuer_domains(directory: Directory) -> None:
    assert "americanexpress.com" in directory.issuer_domains
    for source in directory.sources.values():
        assert source.kind in ("issuer", "issuer-partner", "third-party")
        if source.kind == "issuer":
            assert source.url is not None
            host = source.url.split("://", 1)[1].split("/", 1)[0].lower()
            assert any(host == d or host.endswith("." + d) for d in directory.issuer_domains), source.url


def test_enough_markets_were_checked_and_confirmed(directory: Directory) -> None:
    assert len(directory.markets) >= 35
    confirmed = {line.country for line in directory.lines if line.status == "confirmed" and line.country}
    assert len(confirmed) >= 25
    # Every market the guide lists was checked.
    guide_markets = {directory.line(i).country for i in GUIDE_LINE_IDS if directory.line(i).country}
    assert guide_markets <= set(directory.markets)


def test_statuses_the_issue_named(directory: Directory) -> None:
    """Facts from the issuer's pages, checked by hand: these guide numbers are contradicted by them."""
    assert directory.line("gb-general").status == "disputed"
    assert directory.line("ca-general").status == "disputed"
    assert "+18008693016" in directory.line("ca-general").disputed_by
    assert directory.line("es-general").status == "disputed"
    assert "+34900814500" in directory.line("es-general").disputed_by
    assert directory.line("ar-general").status == "suspect"  # the 555-01xx placeholder pattern
    assert directory.line("ie-lost").status == "suspect"  # Ireland's withdrawn 1850 range
    assert [line.status for line in directory.lines_with_number("+13363931111")] == ["confirmed"]


def test_korea_00798_number_is_stored_as_dialled(directory: Directory) -> None:
    korea = directory.line("kr-general")
    assert korea.e164 is None
    assert korea.display == "00798-800-1111"


def test_mexico_keeps_the_printed_form_and_dials_the_corrected_number(directory: Directory) -> None:
    mexico = directory.line("mx-general")
    assert mexico.display == "01-800-005-2221"
    assert mexico.e164 == "+528000052221"
    assert "2019" in (mexico.correction or "")


def _all_text(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _all_text(v)]
    if isinstance(value, list):
        return [t for v in value for t in _all_text(v)]
    return []


DAMAGE = [
    r"convenienceits",
    r"\byoure\b",
    r"\bAmexs\b",
    r"\bdoesnt\b",
    r"\bcompanys\b",
    r"problemsit",
    r"questionsall",
    r"repyoure",
    r"callbefore",
    r"overnightall",
    r"feethese",
    r"\b(?:2448|2472|35|12|38)\s+(?:hours|business days|days|minutes)\b",
    r"\(12 days\)",
    r"\b\w+s\s(?:reputation)\b",
]


def test_no_typesetting_damage_is_left(bundled_document: dict[str, Any]) -> None:
    for text in _all_text(bundled_document):
        for pattern in DAMAGE:
            assert not re.search(pattern, text), f"{pattern!r} in {text!r}"


def test_damage_patterns_do_catch_the_source_text() -> None:
    """The damage check must be able to fail: it does on the unrepaired source."""
    if not SOURCE_TEXT.exists():
        pytest.skip("shared/source is not beside this checkout")
    source = SOURCE_TEXT.read_text(encoding="utf-8")
    assert re.search(DAMAGE[11], source)
    assert re.search(DAMAGE[0], source)


def test_every_number_printed_in_the_source_is_in_the_directory() -> None:
    if not SOURCE_TEXT.exists():
        pytest.skip("shared/source is not beside this checkout")
    source = SOURCE_TEXT.read_text(encoding="utf-8")
    printed = set(re.findall(r"\+?\d[\d -]{5,}\d", source))
    numbers = {p.strip() for p in printed if len(re.sub(r"\D", "", p)) >= 7}
    numbers.discard("79998-1540")  # the P.O. box ZIP+4 code, not a phone number
    displays = {line.display for line in load_directory(None).lines}
    assert numbers, "no number found in the source: the pattern is wrong"
    assert numbers <= displays, sorted(numbers - displays)


def test_every_independent_page_says_who_owns_it_and_why_it_counts(directory: Directory) -> None:
    from amexhelp.directory.schema import host_of

    witnesses = [s for s in directory.sources.values() if s.independent]
    assert {s.id for s in witnesses} >= {"it-facile-amex-blocco", "jp-crecard-plus-amex-lost"}
    for source in witnesses:
        assert source.kind == "third-party", source.id
        assert source.owner, source.id
        assert source.independence, source.id
        assert source.domain, source.id
        assert source.url is not None, source.id
        assert host_of(source.url).removeprefix("www.") == source.domain, source.id
    assert directory.sources["guide"].independent is False  # a source, not a witness
    assert directory.line("it-lost").independent_sources == 4
    assert directory.line("jp-lost").independent_sources == 2
    assert directory.line("jp-general").independent_sources == 0

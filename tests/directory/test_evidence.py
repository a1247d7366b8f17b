"""How a line's status follows from its evidence, on small documents written out by hand."""

from __future__ import annotations

from typing import Any

import pytest

from amexhelp.directory.evidence import derive, statuses, upgrade_v1

SOURCES = [
    {"id": "issuer-page", "kind": "issuer"},
    {"id": "bank-page", "kind": "issuer-partner"},
    {"id": "guide", "kind": "third-party"},
    {"id": "blog", "kind": "third-party"},
]


def line(number: str, *sources: str, **fields: Any) -> dict[str, Any]:
    return {
        "country": "GB",
        "services": ["general"],
        "e164": number,
        "evidence": [{"source": source} for source in sources],
        **fields,
    }


# (the lines of one document, the (status, disputed_by) each must get)
CASES = [
    ([line("+441", "issuer-page")], [("confirmed", [])]),
    ([line("+441", "bank-page")], [("confirmed", [])]),
    ([line("+441", "guide", "issuer-page")], [("confirmed", [])]),
    ([line("+441", "guide", "blog")], [("guide-only", [])]),
    ([line("+441")], [("unsourced", [])]),
    # The issuer prints another number for the same market and purpose: the guide's is disputed.
    ([line("+441", "guide"), line("+442", "issuer-page")], [("disputed", ["+442"]), ("confirmed", [])]),
    # ...named by every such number, sorted, each once.
    (
        [line("+441", "guide"), line("+443", "issuer-page"), line("+442", "issuer-page"), line("+442", "bank-page")],
        [("disputed", ["+442", "+443"]), ("confirmed", []), ("confirmed", []), ("confirmed", [])],
    ),
    # Not disputed by: the same number, another market, another area, another purpose, a fax line.
    ([line("+441", "guide"), line("+441", "issuer-page")], [("guide-only", []), ("confirmed", [])]),
    ([line("+441", "guide"), line("+442", "issuer-page", country="FR")], [("guide-only", []), ("confirmed", [])]),
    (
        [line("+441", "guide", country=None, area="europe"), line("+442", "issuer-page", country=None)],
        [("guide-only", []), ("confirmed", [])],
    ),
    (
        [line("+441", "guide", country=None, area="europe"), line("+442", "issuer-page", country=None, area="europe")],
        [("disputed", ["+442"]), ("confirmed", [])],
    ),
    ([line("+441", "guide"), line("+442", "issuer-page", services=["lost"])], [("guide-only", []), ("confirmed", [])]),
    (
        [line("+441", "guide", services=["fax"]), line("+442", "issuer-page", services=["fax"])],
        [("guide-only", []), ("confirmed", [])],
    ),
    # ...another card product, or a line for callers abroad against one for callers at home.
    (
        [line("+441", "guide"), line("+442", "issuer-page", products=["corporate"])],
        [("guide-only", []), ("confirmed", [])],
    ),
    (
        [line("+441", "guide", products=["corporate"]), line("+442", "issuer-page", products=["corporate"])],
        [("disputed", ["+442"]), ("confirmed", [])],
    ),
    (
        [line("+441", "guide", products=["personal"]), line("+442", "issuer-page", products=["personal", "business"])],
        [("disputed", ["+442"]), ("confirmed", [])],
    ),
    (
        [line("+441", "guide"), line("+442", "issuer-page", products=["personal"])],
        [("disputed", ["+442"]), ("confirmed", [])],
    ),
    (
        [line("+441", "guide", products=["personal"]), line("+442", "issuer-page")],
        [("disputed", ["+442"]), ("confirmed", [])],
    ),
    (
        [line("+441", "guide"), line("+442", "issuer-page", from_abroad=True)],
        [("guide-only", []), ("confirmed", [])],
    ),
    (
        [line("+441", "guide", from_abroad=True), line("+442", "issuer-page")],
        [("guide-only", []), ("confirmed", [])],
    ),
    (
        [line("+441", "guide", from_abroad=True), line("+442", "issuer-page", from_abroad=True)],
        [("disputed", ["+442"]), ("confirmed", [])],
    ),
    # A number with no international form is compared by the digits dialled at home.
    (
        [line(None, "guide", domestic_dial="00798"), line(None, "issuer-page", domestic_dial="00799")],  # type: ignore[arg-type]
        [("disputed", ["00799"]), ("confirmed", [])],
    ),
    (
        [line(None, "guide", domestic_dial="00798"), line(None, "issuer-page", domestic_dial="00798")],  # type: ignore[arg-type]
        [("guide-only", []), ("confirmed", [])],
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_status_follows_from_the_evidence(lines: list[dict[str, Any]], expected: list[tuple[str, list[str]]]) -> None:
    assert statuses({"sources": SOURCES, "lines": lines}) == expected


def test_a_document_without_sources_or_evidence_has_only_unsourced_lines() -> None:
    assert statuses({"lines": [{"country": "GB", "e164": "+441"}, "not a line"]}) == [("unsourced", [])]
    assert statuses({}) == []


def test_derive_stores_status_and_disputed_by_on_every_line() -> None:
    document = {"sources": SOURCES, "lines": [line("+441", "guide"), line("+442", "issuer-page")], "other": 1}
    derived = derive(document)
    assert [(x["status"], x["disputed_by"]) for x in derived["lines"]] == [("disputed", ["+442"]), ("confirmed", [])]
    assert derived["other"] == 1
    assert "status" not in document["lines"][0]  # the input is left alone


def test_a_schema_1_document_is_upgraded_line_by_line() -> None:
    old = {
        "schema_version": 1,
        "source": {"title": "A guide", "as_of": "2024", "kind": "k", "note": "n", "caution": "c"},
        "lines": [{"id": "a", "country": "GB", "service": "fraud", "description": "gone", "e164": "+441"}, 7],
        "needs": [{"id": "n", "description": "gone", "services": ["fraud"]}, "x"],
        "faqs": [],
    }
    new = upgrade_v1(old)
    assert new["schema_version"] == 2
    assert new["lines"][0] == {
        "id": "a",
        "country": "GB",
        "services": ["fraud"],
        "e164": "+441",
        "evidence": [{"source": "guide", "says": None}],
        "status": "guide-only",
        "disputed_by": [],
        "independent_sources": 0,
    }
    assert new["lines"][1] == 7  # not a line: left for the schema check to name
    assert new["needs"] == [{"id": "n", "services": ["fraud"]}, "x"]
    assert new["faqs"] == []
    assert new["source"] == old["source"]
    (source,) = new["sources"]
    assert (source["id"], source["kind"], source["title"], source["url"], source["as_of"]) == (
        "guide",
        "third-party",
        "A guide",
        None,
        "2024",
    )
    assert "schema-1" in source["note"]
    assert (new["markets"], new["issuer_domains"]) == ([], [])
    untitled = upgrade_v1({"schema_version": 1, "lines": [{"id": "b", "country": None}], "needs": []})
    assert untitled["sources"][0]["title"] == "third-party guide"
    assert untitled["lines"][0]["services"] == []


WITHDRAWN = [{"prefix": "+3531850", "country": "IE", "name": "1850", "withdrawn": "2022-01-01", "source": "guide"}]
# (the lines of a document with one withdrawn range, the (status, disputed_by) each must get)
SUSPECT_CASES = [
    # A 555-01xx placeholder printed by a guide; the UK's drama range; Australia's fiction range.
    ([line("+15555550142", "guide")], [("suspect", [])]),
    ([line("+447700900123", "guide")], [("suspect", [])]),
    ([line("+61255501234", "guide")], [("suspect", [])]),
    # A withdrawn range is suspect even on an issuer's page: the page is out of date, the number dead.
    ([line("+3531850882028", "issuer-page", country="IE")], [("suspect", [])]),
    ([line("+3531850882028", "guide", country="IE")], [("suspect", [])]),
    # Next to the range, not in it: the usual rules.
    ([line("+3531800882028", "issuer-page", country="IE")], [("confirmed", [])]),
    ([line("+3531851882028", "guide", country="IE")], [("guide-only", [])]),
    # A dead number disputes nothing: the guide's line for the same purpose stays guide-only.
    (
        [line("+3531850882028", "issuer-page", country="IE"), line("+448001510900", "guide", country="IE")],
        [("suspect", []), ("guide-only", [])],
    ),
    # A suspect guide line is not "disputed" either, whatever the issuer prints.
    ([line("+15555550142", "guide"), line("+442", "issuer-page")], [("suspect", []), ("confirmed", [])]),
]


@pytest.mark.parametrize(("lines", "expected"), SUSPECT_CASES)
def test_a_red_flag_makes_a_line_suspect(lines: list[dict[str, Any]], expected: list[tuple[str, list[str]]]) -> None:
    assert statuses({"sources": SOURCES, "lines": lines, "withdrawn_ranges": WITHDRAWN}) == expected


def test_without_withdrawn_ranges_the_1850_number_is_confirmed() -> None:
    """The withdrawal is data, not code: a document that does not record it leaves the line alone."""
    assert statuses({"sources": SOURCES, "lines": [line("+3531850882028", "issuer-page")]}) == [("confirmed", [])]


def test_red_flags_and_the_longest_withdrawn_prefix() -> None:
    from amexhelp.directory.evidence import red_flags, withdrawn_prefix

    assert red_flags("+15555550142", ["+3531850"]) == ("fictional-pattern",)
    assert red_flags("+35318505550142", ["+3531850"]) == ("fictional-pattern", "withdrawn-range")
    assert red_flags("+3531800882028", ["+3531850"]) == ()
    assert red_flags(None, ["+3531850"]) == ()
    assert withdrawn_prefix("+3531850882028", ["+353", "+3531850", "+35318"]) == "+3531850"
    assert withdrawn_prefix("+3531890882028", ["+3531850"]) is None


def test_a_typed_line_s_red_flags_name_the_withdrawn_range() -> None:
    from amexhelp.directory.evidence import flags_of
    from amexhelp.directory.loading import load_directory

    directory = load_directory(None)
    (ireland_1850,) = directory.withdrawn_ranges  # Ireland's 1850 range, withdrawn from its numbering plan
    a_line = directory.line("europe-multilingual")
    assert flags_of(a_line, directory.withdrawn_ranges) == ()
    assert flags_of(a_line._replace(e164=None), directory.withdrawn_ranges) == ()
    # 555-0100 to 555-0199 are kept for fiction in North America; 020 7946 0xxx for drama in London.
    assert flags_of(a_line._replace(e164="+12025550123"), ()) == (("fictional-pattern", None),)
    assert flags_of(a_line._replace(e164="+442079460123"), ()) == (("fictional-pattern", None),)
    withdrawn = a_line._replace(e164="+3531850882028")
    assert flags_of(withdrawn, directory.withdrawn_ranges) == (("withdrawn-range", ireland_1850),)
    assert flags_of(withdrawn, ()) == ()


def test_pages_of_one_owner_or_domain_are_one_witness() -> None:
    from amexhelp.directory.evidence import _witnesses, independent_sources

    def page(source_id: str, **fields: Any) -> dict[str, Any]:
        return {"id": source_id, "kind": "third-party", "independent": True, **fields}

    document = {
        "sources": [
            page("a", domain="example.org"),
            page("b", domain="example.org"),
            page("c"),
            page("d", owner="Guide Co", domain="example.net"),
            page("e", owner="Guide Co", domain="example.com"),
            {"id": "f", "kind": "third-party", "independent": False, "domain": "example.info"},
        ]
    }
    witnesses = _witnesses(document)
    assert witnesses == {"a": "example.org", "b": "example.org", "c": "c", "d": "Guide Co", "e": "Guide Co"}
    assert independent_sources(line("+442072641777", "a", "b", "c", "d", "e", "f"), witnesses) == 3


def test_only_well_formed_withdrawn_ranges_are_read() -> None:
    from amexhelp.directory.evidence import _withdrawn

    document = {"withdrawn_ranges": [{"prefix": "+3531850"}, {"prefix": 3531890}, "+3531890", {"country": "IE"}]}
    assert _withdrawn(document) == ["+3531850"]
    assert _withdrawn({}) == []

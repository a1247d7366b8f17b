"""The schema reader field by field: every field of every record read back as written (or as its
documented default), and every check's whole error message, path and reason, in literal tables."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from amexhelp.directory import index
from amexhelp.directory.model import Evidence, OpenHours, Period
from amexhelp.directory.schema import host_of, on_domains, raw_key, read_directory
from amexhelp.directory.validation import _is_domestic_dial, _is_e164, _is_id, _is_time
from amexhelp.directory.validation import kind as _kind
from amexhelp.errors import DataError
from test_schema import ORIGIN, broken, read

PREFIX = "invalid directory data in test.json: "

# What a line that leaves out an optional field is read as.
LINE_DEFAULTS: dict[str, Any] = {
    "area": None,
    "products": (),
    "from_abroad": False,
    "collect": False,
    "open_hours": None,
    "domestic_dial": None,
    "languages_as_printed": (),
    "correction": None,
    "reachable_from_abroad": None,
    "audience": "cardmember",
    "cobrand": None,
    "status": "guide-only",
    "disputed_by": (),
    "independent_sources": 0,
    "international": "",
    "national": "",
    "number_region": "",
    "number_type": "",
    "home_dial": "",
    "abroad_ok": False,
    "abroad_reason": None,
}


def error(document: dict[str, Any], change: Any) -> str:
    """The error a changed document gives, without the file name that every message starts with."""
    message = broken(document, change)
    assert message.startswith(PREFIX)
    return message[len(PREFIX) :]


def first_line(change: dict[str, Any]) -> Any:
    return lambda d: d["lines"][0].update(change)


def _as_read(value: Any) -> Any:
    """A JSON value as the reader keeps it: lists as tuples."""
    if isinstance(value, list):
        return tuple(_as_read(item) for item in value)
    return value


def test_every_line_field_is_read_as_written_or_as_its_default(bundled_document: dict[str, Any]) -> None:
    directory = read(bundled_document)
    for raw in bundled_document["lines"]:
        line = directory.line(raw["id"])
        for field in line._fields:
            if field in ("evidence", "open_hours"):
                continue
            expected = _as_read(raw[field]) if field in raw else LINE_DEFAULTS[field]
            if field == "international" and expected is None:
                expected = ""
            assert getattr(line, field) == expected, (raw["id"], field)
        assert line.evidence == tuple(Evidence(e["source"], e.get("says")) for e in raw["evidence"])


def test_a_line_with_only_the_required_fields_gets_every_default(small_document: dict[str, Any]) -> None:
    doc = copy.deepcopy(small_document)
    keep = ("id", "country", "services", "label", "display", "e164", "toll_free", "hours", "languages", "notes")
    doc["lines"][0] = {k: doc["lines"][0][k] for k in keep} | {"evidence": [{"source": "guide"}]}
    line = read(doc).line(doc["lines"][0]["id"])
    assert {field: getattr(line, field) for field in LINE_DEFAULTS} == LINE_DEFAULTS
    assert line.evidence == (Evidence("guide", None),)


def test_open_hours_are_read_period_by_period(small_document: dict[str, Any]) -> None:
    doc = copy.deepcopy(small_document)
    doc["lines"][0]["open_hours"] = {
        "tz": "Asia/Tokyo",
        "periods": [
            {"days": "mon-fri", "open": "09:00", "close": "24:00"},
            {"days": "sat", "open": "00:00", "close": "12:30"},
        ],
    }
    doc["lines"][1]["open_hours"] = {"always": True}
    directory = read(doc)
    assert directory.line(doc["lines"][0]["id"]).open_hours == OpenHours(
        always=False,
        tz="Asia/Tokyo",
        periods=(Period("mon-fri", "09:00", "24:00"), Period("sat", "00:00", "12:30")),
    )
    assert directory.line(doc["lines"][1]["id"]).open_hours == OpenHours(always=True, tz=None, periods=())


def test_the_rest_of_the_document_is_read_as_written(bundled_document: dict[str, Any]) -> None:
    doc = bundled_document
    directory = read(doc)
    assert directory.schema_version == 2
    assert directory.services == doc["services"]
    assert directory.fallback_line == doc["fallback_line"]
    assert directory.issuer_domains == tuple(doc["issuer_domains"])
    assert directory.served_by == doc["served_by"]
    assert directory.safety == tuple(doc["safety"])
    assert (directory.source.title, directory.source.caution) == (doc["source"]["title"], doc["source"]["caution"])
    assert {k: (a.name, sorted(a.countries)) for k, a in directory.areas.items()} == {
        k: (a["name"], sorted(a["countries"])) for k, a in doc["areas"].items()
    }
    assert [(n.id, n.name, n.services, len(n.advice)) for n in directory.needs] == [
        (n["id"], n["name"], tuple(n["services"]), len(n["advice"])) for n in doc["needs"]
    ]
    advice = [(a.text, sorted(a.markets or ())) for n in directory.needs for a in n.advice]
    assert advice == [
        (a, []) if isinstance(a, str) else (a["text"], sorted(a["markets"])) for n in doc["needs"] for a in n["advice"]
    ]
    assert [(c.id, c.name, c.summary, c.description, c.details) for c in directory.channels] == [
        (c["id"], c["name"], c["summary"], c["description"], c["details"]) for c in doc["channels"]
    ]
    assert [(f.id, f.question, f.answer) for f in directory.faqs] == [
        (f["id"], f["question"], f["answer"]) for f in doc["faqs"]
    ]
    assert [(s.id, s.kind, s.title, s.url, s.as_of, s.note) for s in directory.sources.values()] == [
        (s["id"], s["kind"], s["title"], s["url"], s["as_of"], s.get("note")) for s in doc["sources"]
    ]
    assert [(m.code, m.checked, m.issuer_found, m.partner, m.note) for m in directory.markets.values()] == [
        (m["code"], m["checked"], m["issuer_found"], m.get("partner"), m["note"]) for m in doc["markets"]
    ]


def test_one_source_is_built_alone_and_an_unknown_one_is_none(small_document: dict[str, Any]) -> None:
    directory = read_directory(small_document, ORIGIN, index.country_names(), index.language_names())
    wanted = small_document["sources"][1]
    source = directory.source_by_id(wanted["id"])
    assert source is not None
    assert (source.id, source.url) == (wanted["id"], wanted["url"])
    assert directory.source_by_id("no-such-source") is None


def test_a_broken_source_fails_the_read_even_if_never_asked_for(small_document: dict[str, Any]) -> None:
    doc = copy.deepcopy(small_document)
    doc["sources"][-1]["title"] = 5
    with pytest.raises(DataError, match=rf"sources\[{len(doc['sources']) - 1}\]\.title: expected a string"):
        read_directory(doc, ORIGIN, index.country_names(), index.language_names())


def test_complete_fills_in_each_line_as_it_is_built(small_document: dict[str, Any]) -> None:
    directory = read_directory(
        small_document,
        ORIGIN,
        index.country_names(),
        index.language_names(),
        complete=lambda line: line._replace(label="filled in"),
    )
    assert {line.label for line in directory.lines} == {"filled in"}


NUMBER_TYPES = (
    "FIXED_LINE, MOBILE, FIXED_LINE_OR_MOBILE, TOLL_FREE, PREMIUM_RATE, SHARED_COST, VOIP, PERSONAL_NUMBER, PAGER,"
    " UAN, VOICEMAIL, UNKNOWN"
)
PERIOD = {"days": "daily", "open": "09:00", "close": "17:00"}

# (change to lines[0], whole message after the file name). lines[0] is the United Arab Emirates' first line.
LINE_ERRORS: list[tuple[dict[str, Any], str]] = [
    ({"label": 5}, "lines[0].label: expected a string, got a number"),
    ({"label": "  "}, "lines[0].label: must not be empty"),
    ({"display": []}, "lines[0].display: expected a string, got a list"),
    ({"e164": 971}, "lines[0].e164: expected a string, got a number"),
    ({"e164": "+0971800"}, "lines[0].e164: '+0971800' is not an E.164 number (+ and 7 to 15 digits)"),
    ({"e164": "+971 800"}, "lines[0].e164: '+971 800' is not an E.164 number (+ and 7 to 15 digits)"),
    (
        {"domestic_dial": "0080044"},
        "lines[0].e164: give an E.164 number, or null with domestic_dial for a number that has none",
    ),
    ({"e164": None, "domestic_dial": "12"}, "lines[0].domestic_dial: '12' is not a string of 3 to 17 digits"),
    ({"e164": None, "domestic_dial": 8000}, "lines[0].domestic_dial: expected a string, got a number"),
    ({"toll_free": 1}, "lines[0].toll_free: expected true or false, got a number"),
    ({"hours": 24}, "lines[0].hours: expected a string, got a number"),
    ({"languages": "en"}, "lines[0].languages: expected a list, got a string"),
    ({"languages": ["EN"]}, "lines[0].languages[0]: 'EN' is not an ISO 639-1 code"),
    ({"languages": ["en", "qq"]}, "lines[0].languages[1]: 'qq' is not an ISO 639-1 language code"),
    ({"languages_as_printed": [1]}, "lines[0].languages_as_printed[0]: expected a string, got a number"),
    ({"notes": [""]}, "lines[0].notes[0]: must not be empty"),
    ({"notes": None}, "lines[0].notes: expected a list, got null"),
    ({"evidence": {}}, "lines[0].evidence: expected a list, got an object"),
    ({"evidence": ["guide"]}, "lines[0].evidence[0]: expected an object, got a string"),
    ({"evidence": [{"source": "guide", "says": 3}]}, "lines[0].evidence[0].says: expected a string, got a number"),
    ({"evidence": [{"source": "guide", "page": 3}]}, "lines[0].evidence[0].page: unknown field"),
    ({"products": "personal"}, "lines[0].products: expected a list, got a string"),
    ({"from_abroad": 1}, "lines[0].from_abroad: expected true or false, got a number"),
    ({"collect": "no"}, "lines[0].collect: expected true or false, got a string"),
    ({"open_hours": "24h"}, "lines[0].open_hours: expected an object, got a string"),
    ({"open_hours": {"always": "yes"}}, "lines[0].open_hours.always: expected true or false, got a string"),
    ({"open_hours": {"always": False}}, "lines[0].open_hours: give either always: true or a list of periods"),
    ({"open_hours": {}}, "lines[0].open_hours: give either always: true or a list of periods"),
    ({"open_hours": {"periods": [PERIOD], "tz": 9}}, "lines[0].open_hours.tz: expected a string, got a number"),
    ({"open_hours": {"periods": PERIOD, "tz": "UTC"}}, "lines[0].open_hours.periods: expected a list, got an object"),
    (
        {"open_hours": {"periods": [{"days": "daily", "open": "09:00"}], "tz": "UTC"}},
        "lines[0].open_hours.periods[0].close: required field is missing",
    ),
    (
        {"open_hours": {"periods": [{**PERIOD, "close": "25:00"}], "tz": "UTC"}},
        "lines[0].open_hours.periods[0].close: '25:00' is not a time HH:MM",
    ),
    ({"open_hours": {"always": True, "days": "daily"}}, "lines[0].open_hours.days: unknown field"),
    ({"correction": 1}, "lines[0].correction: expected a string, got a number"),
    ({"reachable_from_abroad": "no"}, "lines[0].reachable_from_abroad: expected true or false, got a string"),
    ({"status": 2}, "lines[0].status: expected a string, got a number"),
    (
        {"status": "official"},
        "lines[0].status: 'official' is not one of confirmed, corroborated, guide-only, disputed, unsourced, suspect",
    ),
    ({"evidence": [{"source": 5}]}, "lines[0].evidence[0].source: expected a string, got a number"),
    ({"area": " "}, "lines[0].area: must not be empty"),
    ({"disputed_by": [1]}, "lines[0].disputed_by[0]: expected a string, got a number"),
    ({"international": 5}, "lines[0].international: expected a string, got a number"),
    (
        {"international": "+971 800 0444401"},
        "lines[0].international: '+971 800 0444401' does not have the digits of +9718000444400",
    ),
    ({"national": 5}, "lines[0].national: expected a string, got a number"),
    ({"number_region": "XX"}, "lines[0].number_region: 'XX' is not an ISO 3166-1 country code"),
    ({"number_type": "LANDLINE"}, f"lines[0].number_type: 'LANDLINE' is not one of {NUMBER_TYPES}"),
    ({"home_dial": 5}, "lines[0].home_dial: expected a string, got a number"),
    ({"abroad_ok": "yes"}, "lines[0].abroad_ok: expected true or false, got a string"),
    ({"abroad_reason": 5}, "lines[0].abroad_reason: expected a string, got a number"),
    ({"area": 5}, "lines[0].area: expected a string or null, got a number"),
    ({"area": "asia"}, "lines[0].area: 'asia' is not one of the areas: europe"),
    ({"id": 5}, "lines[0].id: expected a string, got a number"),
    ({"id": "AE-General"}, "lines[0].id: 'AE-General' is not a lower-case id (letters, digits, dashes)"),
    ({"country": 5}, "lines[0].country: expected a string or null, got a number"),
    ({"country": "ae"}, "lines[0].country: 'ae' is not an ISO 3166-1 alpha-2 code"),
    ({"country": "AEE"}, "lines[0].country: 'AEE' is not an ISO 3166-1 alpha-2 code"),
    ({"country": "QQ"}, "lines[0].country: 'QQ' is not an ISO 3166-1 country code"),
    ({"services": ["general", "nope"]}, "lines[0].services[1]: 'nope' is not one of the services: "),
]


@pytest.mark.parametrize(("change", "message"), LINE_ERRORS, ids=[m for _, m in LINE_ERRORS])
def test_each_line_check_gives_its_whole_error(small_document: dict[str, Any], change: Any, message: str) -> None:
    got = error(small_document, first_line(change))
    assert got.startswith(message) if message.endswith(": ") else got == message


def test_an_unknown_area_is_named_when_there_are_no_areas(small_document: dict[str, Any]) -> None:
    def change(d: dict[str, Any]) -> None:
        d["areas"] = {}
        for line in d["lines"]:
            line.pop("area", None)
        d["lines"][0]["area"] = "asia"

    assert error(small_document, change) == "lines[0].area: 'asia' is not one of the areas: none"


def _drop(key: str) -> Any:
    return lambda d: d.pop(key)


# (change to the document, whole message after the file name), one per check outside the lines.
DOCUMENT_ERRORS: list[tuple[Any, str]] = [
    (
        lambda d: d.update(schema_version=True),
        "schema_version: version True is not supported; this release reads schema version 1, 2",
    ),
    (
        lambda d: d.update(schema_version=3),
        "schema_version: version 3 is not supported; this release reads schema version 1, 2",
    ),
    (_drop("safety"), "safety: required field is missing"),
    (lambda d: d.update(extra=1), "extra: unknown field"),
    (lambda d: d.update(services=[]), "services: expected an object, got a list"),
    (lambda d: d["services"].update({"Lost Card": "x"}), "services: 'Lost Card' is not a service id"),
    (lambda d: d["services"].update(lost=5), "services.lost: expected a string, got a number"),
    (lambda d: d.update(areas=[]), "areas: expected an object, got a list"),
    (lambda d: d["areas"].update(Asia={"name": "Asia", "countries": []}), "areas: 'Asia' is not an area id"),
    (lambda d: d["areas"].update(asia={"name": "Asia"}), "areas.asia.countries: required field is missing"),
    (
        lambda d: d["areas"].update(asia={"name": 1, "countries": []}),
        "areas.asia.name: expected a string, got a number",
    ),
    (
        lambda d: d["areas"].update(asia={"name": "Asia", "countries": ["JP", "XX"]}),
        "areas.asia.countries[1]: 'XX' is not an ISO 3166-1 country code",
    ),
    (lambda d: d.update(sources="guide"), "sources: expected a list, got a string"),
    (lambda d: d.update(markets={}), "markets: expected a list, got an object"),
    (lambda d: d.update(lines="x"), "lines: expected a list, got a string"),
    (lambda d: d.update(lines=[]), "lines: must not be empty"),
    (lambda d: d["lines"].__setitem__(0, "ae"), "lines[0]: expected an object, got a string"),
    (lambda d: d["lines"][0].pop("id"), "lines[0].id: required field is missing"),
    (lambda d: d["lines"][2].pop("country"), "lines[2].country: required field is missing"),
    (lambda d: d["lines"][0].pop("evidence"), "lines[0].evidence: required field is missing"),
    (lambda d: d["lines"][1].update(id=d["lines"][0]["id"]), "lines[1].id: duplicate id 'ae-general'"),
    (lambda d: d.update(issuer_domains="americanexpress.com"), "issuer_domains: expected a list, got a string"),
    (lambda d: d.update(served_by=[]), "served_by: expected an object, got a list"),
    (lambda d: d.update(served_by={"pr": "US"}), "served_by: 'pr' is not an ISO 3166-1 alpha-2 code"),
    (lambda d: d.update(needs=[]), "needs: must not be empty"),
    (lambda d: d["needs"].insert(1, dict(d["needs"][0])), "needs[1].id: duplicate id 'lost-card'"),
    (lambda d: d["needs"][0].update(name=1), "needs[0].name: expected a string, got a number"),
    (lambda d: d["needs"].__setitem__(0, 5), "needs[0]: expected an object, got a number"),
    (lambda d: d["needs"][0]["advice"].__setitem__(0, " "), "needs[0].advice[0]: must not be empty"),
    (lambda d: d["channels"].__setitem__(0, 5), "channels[0]: expected an object, got a number"),
    (lambda d: d["faqs"].__setitem__(0, 5), "faqs[0]: expected an object, got a number"),
    (lambda d: d["needs"][0].update(id="Lost"), "needs[0].id: 'Lost' is not a lower-case id (letters, digits, dashes)"),
    (lambda d: d["needs"][1].update(services=[]), "needs[1].services: must not be empty"),
    (lambda d: d["needs"][0]["advice"].__setitem__(0, 5), "needs[0].advice[0]: expected an object, got a number"),
    (
        lambda d: d["needs"][0]["advice"].__setitem__(0, {"text": 5, "markets": ["US"]}),
        "needs[0].advice[0].text: expected a string, got a number",
    ),
    (
        lambda d: d["needs"][0]["advice"].__setitem__(0, {"text": "x", "markets": ["us"]}),
        "needs[0].advice[0].markets[0]: 'us' is not an ISO 3166-1 alpha-2 code",
    ),
    (lambda d: d.update(fallback_line=5), "fallback_line: expected a string, got a number"),
    (lambda d: d.update(fallback_line="nowhere"), "fallback_line: 'nowhere' is not the id of a line"),
    (lambda d: d["channels"][0].update(source="nope"), "channels[0].source: 'nope' is not the id of a source"),
    (lambda d: d["faqs"][1].update(source="nope"), "faqs[1].source: 'nope' is not the id of a source"),
    (
        lambda d: d["withdrawn_ranges"][0].update(source="nope"),
        "withdrawn_ranges[0].source: 'nope' is not the id of a source",
    ),
    *(
        (
            lambda d, prefix=prefix: d["withdrawn_ranges"][0].update(prefix=prefix),
            f"withdrawn_ranges[0].prefix: {prefix!r} is not + and 1 to 15 digits",
        )
        for prefix in ("3531850", "+0353", "++353", "+353a", "+" + "1" * 16, "+")
    ),
    *(
        (
            lambda d, date=date: d["withdrawn_ranges"][0].update(withdrawn=date),
            f"withdrawn_ranges[0].withdrawn: {date!r} is not a date YYYY-MM-DD",
        )
        for date in ("2022-1-01", "2022-01-0x", "22-01-2022", "2022/01/01", "２０２２-01-01")
    ),
    (
        lambda d: d["lines"][0]["evidence"][0].update(source="nope"),
        "lines[0].evidence[0].source: 'nope' is not the id of a source",
    ),
    (lambda d: d["faqs"][0].update(id=0), "faqs[0].id: expected a positive whole number, got a number"),
    (lambda d: d["faqs"][0].update(id=True), "faqs[0].id: expected a positive whole number, got a boolean"),
    (lambda d: d["faqs"][0].update(id="1"), "faqs[0].id: expected a positive whole number, got a string"),
    (lambda d: d["faqs"][0].update(question=""), "faqs[0].question: must not be empty"),
    (lambda d: d["faqs"][0].update(answer=None), "faqs[0].answer: expected a string, got null"),
    (lambda d: d["faqs"][1].update(id=d["faqs"][0]["id"]), "faqs[1].id: duplicate id 1"),
    (lambda d: d["channels"][1].update(id="phone"), "channels[1].id: duplicate id 'phone'"),
    (lambda d: d["channels"][0].update(details=[]), "channels[0].details: expected an object, got a list"),
    (
        lambda d: d["channels"][0].update(details={"hours": 5}),
        "channels[0].details.hours: expected a string, got a number",
    ),
    (lambda d: d["channels"][0].update(name=5), "channels[0].name: expected a string, got a number"),
    (lambda d: d["channels"][0].update(summary=5), "channels[0].summary: expected a string, got a number"),
    (lambda d: d["channels"][0].update(description=5), "channels[0].description: expected a string, got a number"),
    (
        lambda d: d["channels"][0].update(id="Phone"),
        "channels[0].id: 'Phone' is not a lower-case id (letters, digits, dashes)",
    ),
    (lambda d: d.update(safety=[5]), "safety[0]: expected a string, got a number"),
    (lambda d: d["source"].pop("caution"), "source.caution: required field is missing"),
    (lambda d: d["source"].update(title=5), "source.title: expected a string, got a number"),
    (lambda d: d["source"].update(note=""), "source.note: must not be empty"),
    (lambda d: d["sources"][0].pop("as_of"), "sources[0].as_of: required field is missing"),
    (
        lambda d: d["sources"].insert(1, {**d["sources"][0], "id": "Guide"}),
        "sources[1].id: 'Guide' is not a lower-case id (letters, digits, dashes)",
    ),
    (lambda d: d["sources"][0].update(title=5), "sources[0].title: expected a string, got a number"),
    (lambda d: d["sources"][0].update(note=5), "sources[0].note: expected a string, got a number"),
    (lambda d: d["sources"][0].update(as_of=2024), "sources[0].as_of: expected a string, got a number"),
    (lambda d: d["sources"][1].update(url=5), "sources[1].url: expected a string, got a number"),
    (
        lambda d: d["sources"][1].update(url="americanexpress.com"),
        "sources[1].url: 'americanexpress.com' is not an http(s) URL",
    ),
    (lambda d: d["sources"].insert(1, dict(d["sources"][0])), "sources[1].id: duplicate id 'guide'"),
    (
        lambda d: d["markets"][0].update(issuer_found="no"),
        "markets[0].issuer_found: expected true or false, got a string",
    ),
    (lambda d: d["markets"][0].update(partner=5), "markets[0].partner: expected a string, got a number"),
    (lambda d: d["markets"][0].update(checked=20261128), "markets[0].checked: expected a string, got a number"),
    (lambda d: d["markets"][0].update(note=""), "markets[0].note: must not be empty"),
    (lambda d: d["markets"][0].update(bank="x"), "markets[0].bank: unknown field"),
    (lambda d: d["markets"].insert(1, dict(d["markets"][0])), "markets[1].code: duplicate code 'AE'"),
]


@pytest.mark.parametrize(("change", "message"), DOCUMENT_ERRORS, ids=[m for _, m in DOCUMENT_ERRORS])
def test_each_document_check_gives_its_whole_error(small_document: dict[str, Any], change: Any, message: str) -> None:
    assert error(small_document, change) == message


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (None, "null"),
        (True, "boolean"),
        (0, "number"),
        (1.5, "number"),
        ("", "string"),
        ([], "list"),
        ({}, "object"),
        ((1,), "tuple"),
    ],
)
def test_kind_names_each_json_type(value: Any, kind: str) -> None:
    assert _kind(value) == kind


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("+1234567", True),
        ("+123456", False),
        ("+123456789012345", True),
        ("+1234567890123456", False),
        ("+0123456789", False),
        ("1234567890", False),
        ("+12345678a", False),
        ("+１２３４５６７８", False),
        ("+", False),
    ],
)
def test_is_e164(value: str, ok: bool) -> None:
    assert _is_e164(value) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("jp-general", True),
        ("a1-b2", True),
        ("JP-general", False),
        ("jp_general", False),
        ("jp--general", False),
        ("jp-", False),
        ("é", False),
    ],
)
def test_is_id(value: str, ok: bool) -> None:
    assert _is_id(value) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("00:00", True),
        ("23:59", True),
        ("24:00", True),
        ("24:01", False),
        ("25:00", False),
        ("12:60", False),
        ("9:00", False),
        ("09:0", False),
        ("0900", False),
        ("٠٩:٠٠", False),
        ("ab:cd", False),
    ],
)
def test_is_time(value: str, ok: bool) -> None:
    assert _is_time(value) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [("123", True), ("12", False), ("1" * 17, True), ("1" * 18, False), ("00798-1", False), ("１２３", False)],
)
def test_is_domestic_dial(value: str, ok: bool) -> None:
    assert _is_domestic_dial(value) is ok


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.americanexpress.com/en-us/help/", "www.americanexpress.com"),
        ("https://User@WWW.AmericanExpress.COM.:443/x?y#z", "www.americanexpress.com"),
        ("http://americanexpress.com?q=1", "americanexpress.com"),
        ("https://americanexpress.com#top", "americanexpress.com"),
        ("americanexpress.com/help", "americanexpress.com"),
        ("https://americanexpress.com/go?to=https://evil.example/", "americanexpress.com"),  # the first scheme
        ("https://americanexpress.com?a=1?b=2", "americanexpress.com"),
        ("https://americanexpress.com#a#b", "americanexpress.com"),
        ("https://me@you@americanexpress.com/", "americanexpress.com"),  # the last @ ends the user part
        ("https://americanexpress.com:443:1/", "americanexpress.com"),
    ],
)
def test_host_of(url: str, host: str) -> None:
    assert host_of(url) == host


@pytest.mark.parametrize(
    ("url", "on"),
    [
        ("https://americanexpress.com/x", True),
        ("https://www.americanexpress.com/x", True),
        ("https://evil-americanexpress.com/x", False),
        ("https://americanexpress.com.evil.net/x", False),
        ("https://www.amexcards.com.tw/", True),
    ],
)
def test_on_domains(url: str, on: bool) -> None:
    assert on_domains(url, ("americanexpress.com", "amexcards.com.tw")) is on


@pytest.mark.parametrize(
    ("item", "key"),
    [
        ("x", (False, "string", None, None, False)),
        ({}, (True, None, None, None, False)),
        ({"id": "a", "country": None, "area": "europe"}, (True, "a", None, "europe", False)),
        ({"id": "a", "country": "JP", "from_abroad": True}, (True, "a", "JP", None, True)),
        ({"id": "a", "country": "JP", "collect": True}, (True, "a", "JP", None, True)),
        ({"id": "a", "country": "JP", "from_abroad": "yes", "collect": 1}, (True, "a", "JP", None, False)),
    ],
)
def test_raw_key(item: Any, key: tuple[Any, ...]) -> None:
    assert raw_key(item) == key


def test_unknown_services_and_areas_are_named_with_every_choice(small_document: dict[str, Any]) -> None:
    services = ", ".join(small_document["services"])

    def need_service(d: dict[str, Any]) -> None:
        d["needs"][0]["services"] = ["nope"]

    assert error(small_document, need_service) == f"needs[0].services[0]: 'nope' is not one of the services: {services}"
    assert error(small_document, first_line({"services": ["nope"]})) == (
        f"lines[0].services[0]: 'nope' is not one of the services: {services}"
    )

    def two_areas(d: dict[str, Any]) -> None:
        d["areas"]["asia"] = {"name": "Asia", "countries": ["JP"]}
        d["lines"][0]["area"] = "africa"

    assert error(small_document, two_areas) == "lines[0].area: 'africa' is not one of the areas: europe, asia"


def test_a_source_that_is_not_an_object_is_named(small_document: dict[str, Any]) -> None:
    assert error(small_document, lambda d: d["sources"].insert(1, "guide")) == (
        "sources[1]: expected an object, got a string"
    )


def test_areas_keep_their_ids(small_document: dict[str, Any]) -> None:
    area = read(small_document).areas["europe"]
    assert (area.id, area.name, "FR" in area.countries) == ("europe", "Europe", True)


def test_a_schema_1_file_missing_its_lines_and_needs_is_a_clean_error() -> None:
    from amexhelp.directory.evidence import upgrade_v1

    upgraded = upgrade_v1({"schema_version": 1, "source": {"title": "Old guide", "as_of": "2020"}})
    assert (upgraded["lines"], upgraded["needs"], upgraded["schema_version"]) == ([], [], 2)
    assert upgraded["sources"] == [
        {
            "id": "guide",
            "kind": "third-party",
            "title": "Old guide",
            "url": None,
            "as_of": "2020",
            "note": "Read from a schema-1 data file: every line counts as printed by this one guide.",
        }
    ]
    with pytest.raises(DataError, match="services: required field is missing"):
        read_directory(upgraded, ORIGIN, index.country_names(), index.language_names())


def test_a_schema_1_line_that_is_not_an_object_is_named_and_the_rest_kept() -> None:
    from amexhelp.directory.evidence import upgrade_v1

    upgraded = upgrade_v1({"schema_version": 1, "lines": ["x", {"id": "a", "service": "general"}]})
    assert upgraded["lines"][0] == "x"
    assert upgraded["lines"][1]["services"] == ["general"]
    assert upgraded["lines"][1]["evidence"] == [{"source": "guide", "says": None}]


def test_faqs_channels_and_withdrawn_ranges_are_read_field_by_field(small_document: dict[str, Any]) -> None:
    doc = copy.deepcopy(small_document)
    doc["faqs"][0].update(source="guide", market="GB")
    doc["faqs"][1].pop("source", None)
    doc["faqs"][1].pop("market", None)
    doc["channels"][0]["source"] = "guide"
    doc["channels"][1].pop("source", None)
    doc["withdrawn_ranges"] = [
        {"prefix": "+3531850", "country": "IE", "name": "1850", "withdrawn": "2022-01-01", "source": "guide"},
        {"prefix": "+441", "country": "GB", "name": "01", "withdrawn": "1995-04-16", "source": "guide", "note": "n"},
    ]
    directory = read(doc)
    assert [(f.source, f.market) for f in directory.faqs[:2]] == [("guide", "GB"), (None, None)]
    assert [c.source for c in directory.channels[:2]] == ["guide", None]
    assert [(w.prefix, w.country, w.name, w.withdrawn, w.source, w.note) for w in directory.withdrawn_ranges] == [
        ("+3531850", "IE", "1850", "2022-01-01", "guide", None),
        ("+441", "GB", "01", "1995-04-16", "guide", "n"),
    ]

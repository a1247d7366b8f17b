from __future__ import annotations

import copy
from typing import Any

import pytest

from amexhelp.directory import index
from amexhelp.directory.model import DataOrigin
from amexhelp.directory.schema import read_directory
from amexhelp.errors import DataError

ORIGIN = DataOrigin(path="test.json", bundled=False, content=b"")


def read(document: Any) -> Any:
    """Read and check everything, lines included (a lookup checks only the lines it uses)."""
    directory = read_directory(document, ORIGIN, index.country_names(), index.language_names())
    assert len(directory.lines) == len(document["lines"])
    assert len(directory.sources) == len(document["sources"])
    assert len(directory.markets) == len(document["markets"])
    return directory


def broken(document: dict[str, Any], change: Any) -> str:
    doc = copy.deepcopy(document)
    change(doc)
    with pytest.raises(DataError) as caught:
        read(doc)
    return str(caught.value)


def test_bundled_data_passes_the_schema(bundled_document: dict[str, Any]) -> None:
    directory = read(bundled_document)
    assert len(directory.lines) == len(bundled_document["lines"])


def test_bad_e164_names_the_field_path(small_document: dict[str, Any]) -> None:
    message = broken(small_document, lambda d: d["lines"][3].update(e164="0800 123"))
    assert "test.json" in message
    assert "lines[3].e164" in message
    assert "E.164" in message


def test_missing_field(small_document: dict[str, Any]) -> None:
    message = broken(small_document, lambda d: d["lines"][0].pop("display"))
    assert "lines[0].display: required field is missing" in message


def test_unknown_field_is_rejected(small_document: dict[str, Any]) -> None:
    message = broken(small_document, lambda d: d["lines"][1].update(phone="x"))
    assert "lines[1].phone: unknown field" in message


def test_unknown_country_and_language(small_document: dict[str, Any]) -> None:
    assert "lines[2].country" in broken(small_document, lambda d: d["lines"][2].update(country="XX"))
    assert "lines[0].languages[2]" in broken(small_document, lambda d: d["lines"][0]["languages"].append("qq"))


def test_wrong_types(small_document: dict[str, Any]) -> None:
    assert "lines[0].toll_free: expected true or false" in broken(
        small_document, lambda d: d["lines"][0].update(toll_free="yes")
    )
    assert "faqs[0].id" in broken(small_document, lambda d: d["faqs"][0].update(id="one"))
    assert "lines: expected a list" in broken(small_document, lambda d: d.update(lines={}))
    with pytest.raises(DataError, match="top level: expected an object"):
        read([])


def test_international_form_must_carry_the_numbers_digits(small_document: dict[str, Any]) -> None:
    message = broken(small_document, lambda d: d["lines"][0].update(international="+1 900-555-0000"))
    assert "lines[0].international" in message


def test_unknown_schema_version_says_which_are_read(small_document: dict[str, Any]) -> None:
    message = broken(small_document, lambda d: d.update(schema_version=99))
    assert "schema_version" in message
    assert "reads schema version 1" in message


def test_references_must_resolve(small_document: dict[str, Any]) -> None:
    assert "lines[0].service" in broken(small_document, lambda d: d["lines"][0].update(service="nope"))
    assert "needs[0].services[0]" in broken(small_document, lambda d: d["needs"][0]["services"].__setitem__(0, "x"))
    assert "fallback_line" in broken(small_document, lambda d: d.update(fallback_line="nope"))
    assert "duplicate id" in broken(small_document, lambda d: d["lines"][1].update(id=d["lines"][0]["id"]))


def test_an_override_is_checked_whole_before_any_line_is_used(small_document: dict[str, Any]) -> None:
    doc = copy.deepcopy(small_document)
    japan = next(i for i, line in enumerate(doc["lines"]) if line["id"] == "jp-general")
    doc["lines"][japan]["hours"] = 24
    with pytest.raises(DataError, match=rf"lines\[{japan}\]\.hours: expected a string, got a number"):
        read_directory(doc, ORIGIN, index.country_names(), index.language_names())


def test_a_checked_document_is_not_checked_again(small_document: dict[str, Any]) -> None:
    doc = copy.deepcopy(small_document)
    doc["lines"][0]["hours"] = None  # allowed; then break a field only the check would catch
    doc["lines"][0]["label"] = "  "
    directory = read_directory(doc, ORIGIN, index.country_names(), index.language_names(), checked=True)
    assert directory.line(doc["lines"][0]["id"]).label == "  "


def test_line_ids_are_checked_for_every_line_up_front(small_document: dict[str, Any]) -> None:
    doc = copy.deepcopy(small_document)
    doc["lines"][5].pop("id")
    with pytest.raises(DataError, match=r"lines\[5\]\.id: required field is missing"):
        read_directory(doc, ORIGIN, index.country_names(), index.language_names())


def _line(doc: dict[str, Any], line_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(line for line in doc["lines"] if line["id"] == line_id)
    return found


# One invalid document per schema-2 check, with the error it must give (path and reason).
INVALID = [
    (lambda d: d["lines"][0].update(services=[]), "lines[0].services: must not be empty"),
    (lambda d: d["lines"][0].update(services=["nope"]), "lines[0].services[0]: 'nope' is not one of the services"),
    (lambda d: d["lines"][0].update(products=["gold"]), "lines[0].products[0]: 'gold' is not one of personal"),
    (lambda d: d["lines"][0].update(evidence=[{"source": "nowhere"}]), "lines[0].evidence[0].source: 'nowhere' is not"),
    (lambda d: d["lines"][0].update(evidence=[{"says": "x"}]), "lines[0].evidence[0].source: required field"),
    (lambda d: d["lines"][0].update(status="official"), "lines[0].status: 'official' is not one of confirmed"),
    (lambda d: d["lines"][0].update(from_abroad="yes"), "lines[0].from_abroad: expected true or false"),
    (lambda d: d["lines"][0].update(e164=None), "lines[0].e164: give an E.164 number, or null with domestic_dial"),
    (lambda d: _line(d, "kr-general").update(domestic_dial="00798-800"), "domestic_dial: '00798-800' is not a string"),
    (
        lambda d: d["lines"][0].update(
            open_hours={
                "always": True,
                "periods": [{"days": "daily", "open": "09:00", "close": "17:00"}],
                "tz": "Asia/Tokyo",
            }
        ),
        "lines[0].open_hours: give either always: true or a list of periods",
    ),
    (
        lambda d: d["lines"][0].update(open_hours={"periods": [{"days": "daily", "open": "09:00", "close": "17:00"}]}),
        "lines[0].open_hours.tz: periods need the time zone",
    ),
    (
        lambda d: d["lines"][0].update(
            open_hours={"tz": "Asia/Tokyo", "periods": [{"days": "weekdays", "open": "09:00", "close": "17:00"}]}
        ),
        "lines[0].open_hours.periods[0].days: 'weekdays' is not one of daily",
    ),
    (
        lambda d: d["lines"][0].update(
            open_hours={"tz": "Asia/Tokyo", "periods": [{"days": "daily", "open": "9am", "close": "17:00"}]}
        ),
        "lines[0].open_hours.periods[0].open: '9am' is not a time HH:MM",
    ),
    (lambda d: d["sources"][0].update(kind="official"), "sources[0].kind: 'official' is not one of issuer"),
    (lambda d: d["sources"][1].update(url="ftp://x"), "sources[1].url: 'ftp://x' is not an http(s) URL"),
    (lambda d: d["sources"].append(dict(d["sources"][0])), "duplicate id"),
    (lambda d: d.update(sources=[]), "sources: must not be empty"),
    (lambda d: d["markets"][0].update(code="XX"), "markets[0].code: 'XX' is not an ISO 3166-1 country code"),
    (lambda d: d["markets"][0].pop("note"), "markets[0].note: required field is missing"),
    (lambda d: d.update(served_by={"PR": "QQ"}), "served_by.PR: 'QQ' is not an ISO 3166-1 country code"),
    (lambda d: d["needs"][0]["advice"].append({"text": "x", "markets": []}), "advice[4].markets: must not be empty"),
    (lambda d: d.pop("issuer_domains"), "issuer_domains: required field is missing"),
]


@pytest.mark.parametrize(("change", "message"), INVALID, ids=[m for _, m in INVALID])
def test_invalid_documents_give_their_error(small_document: dict[str, Any], change: Any, message: str) -> None:
    assert message in broken(small_document, change)


def test_a_schema_1_file_is_read_with_every_line_guide_only(small_document: dict[str, Any]) -> None:
    from amexhelp.directory.evidence import upgrade_v1

    old = {
        "schema_version": 1,
        "source": {"title": "Guide", "kind": "third-party web guide", "as_of": "2024", "note": "n", "caution": "c"},
        "services": {"general": "General"},
        "fallback_line": "ww",
        "areas": {},
        "lines": [
            {
                "id": "ww",
                "country": None,
                "service": "general",
                "label": "Worldwide",
                "description": "d",
                "display": "+1 602 785 5000",
                "e164": "+16027855000",
                "toll_free": False,
                "hours": None,
                "languages": [],
                "notes": [],
            },
        ],
        "needs": [{"id": "general", "name": "General", "description": "d", "services": ["general"], "advice": []}],
        "channels": [],
        "faqs": [],
        "safety": [],
    }
    directory = read(upgrade_v1(old))
    line = directory.line("ww")
    assert (line.status, line.services, [e.source for e in line.evidence]) == ("guide-only", ("general",), ["guide"])
    assert directory.sources["guide"].kind == "third-party"


_LOADS = (
    "import sys; from amexhelp.directory.loading import load_directory; import os; "
    "from amexhelp.cli._environment import cache_dir; "
    "directory = load_directory(os.environ.get('AMEXHELP_DATA'), cache=cache_dir()); len(directory.lines); "
    "print('jsonschema' in sys.modules)"
)


def _imports_jsonschema(env: dict[str, str]) -> bool:
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _LOADS], env={**os.environ, **env}, capture_output=True, text=True, check=True
    )
    return done.stdout.strip() == "True"


def test_the_bundled_file_is_trusted_and_an_override_checked_once_until_it_changes(
    tmp_path: Any, small_document: dict[str, Any]
) -> None:
    import json
    import os

    cache = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    assert not _imports_jsonschema(cache)  # the bundled file: checked when built, not at run time
    data = tmp_path / "directory.json"
    data.write_text(json.dumps(small_document), encoding="utf-8")
    override = {**cache, "AMEXHELP_DATA": str(data)}
    assert _imports_jsonschema(override)  # first read: checked against the published schema
    assert not _imports_jsonschema(override)  # unchanged since: its cache entry holds a checked document
    os.utime(data, ns=(1, 1))
    assert not _imports_jsonschema(override)  # only its times changed: the entry is bound to the content
    data.write_text(json.dumps(small_document) + " ", encoding="utf-8")
    assert _imports_jsonschema(override)  # its content changed: checked again


def _keywords(schema: Any, found: set[str], formats: set[str]) -> None:
    """Every keyword of a schema and of the schemas inside it, and every format it names."""
    if not isinstance(schema, dict):
        return
    found.update(schema)
    if "format" in schema:
        formats.add(schema["format"])
    for key in ("properties", "$defs"):
        for inner in schema.get(key, {}).values():
            _keywords(inner, found, formats)
    for key in ("items", "if", "then", "else", "propertyNames", "additionalProperties"):
        _keywords(schema.get(key), found, formats)


def test_every_keyword_of_the_published_schema_that_can_fail_has_its_reason_worded() -> None:
    import json

    from amexhelp.directory import index
    from amexhelp.directory.validation import FORMATS, WORDED_KEYWORDS

    keywords: set[str] = set()
    formats: set[str] = set()
    _keywords(json.loads(index.read_package_file("schemas", "directory.json")), keywords, formats)
    # Keywords that only structure the schema or describe it (and "const", checked before the schema).
    structure = {"$schema", "$id", "title", "description", "$comment", "$defs", "$ref", "properties", "items"}
    structure |= {"if", "then", "else", "propertyNames", "const"}
    assert keywords - structure == set(WORDED_KEYWORDS)
    assert formats == set(FORMATS)

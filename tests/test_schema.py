from __future__ import annotations

import copy
from typing import Any

import pytest

from amexhelp import index
from amexhelp.errors import DataError
from amexhelp.model import DataOrigin
from amexhelp.schema import read_directory

ORIGIN = DataOrigin(path="test.json", bundled=False, content=b"")


def read(document: Any) -> Any:
    """Read and check everything, lines included (a lookup checks only the lines it uses)."""
    directory = read_directory(document, ORIGIN, index.country_names(), index.language_names())
    assert directory.lines
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


def test_bad_e164_names_the_field_path(bundled_document: dict[str, Any]) -> None:
    message = broken(bundled_document, lambda d: d["lines"][3].update(e164="0800 123"))
    assert "test.json" in message
    assert "lines[3].e164" in message
    assert "E.164" in message


def test_missing_field(bundled_document: dict[str, Any]) -> None:
    message = broken(bundled_document, lambda d: d["lines"][0].pop("display"))
    assert "lines[0].display: required field is missing" in message


def test_unknown_field_is_rejected(bundled_document: dict[str, Any]) -> None:
    message = broken(bundled_document, lambda d: d["lines"][1].update(phone="x"))
    assert "lines[1].phone: unknown field" in message


def test_unknown_country_and_language(bundled_document: dict[str, Any]) -> None:
    assert "lines[2].country" in broken(bundled_document, lambda d: d["lines"][2].update(country="XX"))
    assert "lines[0].languages[2]" in broken(bundled_document, lambda d: d["lines"][0]["languages"].append("qq"))


def test_wrong_types(bundled_document: dict[str, Any]) -> None:
    assert "lines[0].toll_free: expected true or false" in broken(
        bundled_document, lambda d: d["lines"][0].update(toll_free="yes")
    )
    assert "faqs[0].id" in broken(bundled_document, lambda d: d["faqs"][0].update(id="one"))
    assert "lines: expected a list" in broken(bundled_document, lambda d: d.update(lines={}))
    with pytest.raises(DataError, match="top level: expected an object"):
        read([])


def test_international_form_must_carry_the_numbers_digits(bundled_document: dict[str, Any]) -> None:
    message = broken(bundled_document, lambda d: d["lines"][0].update(international="+1 900-555-0000"))
    assert "lines[0].international" in message


def test_unknown_schema_version_says_which_are_read(bundled_document: dict[str, Any]) -> None:
    message = broken(bundled_document, lambda d: d.update(schema_version=99))
    assert "schema_version" in message
    assert "reads schema version 1" in message


def test_references_must_resolve(bundled_document: dict[str, Any]) -> None:
    assert "lines[0].service" in broken(bundled_document, lambda d: d["lines"][0].update(service="nope"))
    assert "needs[0].services[0]" in broken(bundled_document, lambda d: d["needs"][0]["services"].__setitem__(0, "x"))
    assert "fallback_line" in broken(bundled_document, lambda d: d.update(fallback_line="nope"))
    assert "duplicate id" in broken(bundled_document, lambda d: d["lines"][1].update(id=d["lines"][0]["id"]))


def test_a_lookup_checks_the_lines_it_uses_before_using_them(bundled_document: dict[str, Any]) -> None:
    doc = copy.deepcopy(bundled_document)
    japan = next(i for i, line in enumerate(doc["lines"]) if line["id"] == "jp-general")
    doc["lines"][japan]["hours"] = 24
    directory = read_directory(doc, ORIGIN, index.country_names(), index.language_names())
    assert directory.lines_for_country("FR")[0].id == "fr-general"
    with pytest.raises(DataError, match=rf"lines\[{japan}\]\.hours"):
        directory.lines_for_country("JP")


def test_line_ids_are_checked_for_every_line_up_front(bundled_document: dict[str, Any]) -> None:
    doc = copy.deepcopy(bundled_document)
    doc["lines"][5].pop("id")
    with pytest.raises(DataError, match=r"lines\[5\]\.id: required field is missing"):
        read_directory(doc, ORIGIN, index.country_names(), index.language_names())

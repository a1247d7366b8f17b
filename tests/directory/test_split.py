"""The bundled directory, data/directory.jsonl: the directory document a row at a time, which a run parses
only as it reads each row, and from which the whole document is made again, field for field and in order."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

import pytest

from amexhelp.directory.loading import joined, load_directory, split


def test_the_bundled_file_is_a_head_then_a_row_per_line_source_and_market() -> None:
    text = files("amexhelp").joinpath("data/directory.jsonl").read_text("utf-8")
    rows = [json.loads(row) for row in text.splitlines()]
    head = rows[0]
    assert list(head["document"]) == [
        "schema_version", "services", "fallback_line", "areas", "lines", "needs", "channels", "faqs", "safety",
        "source", "sources", "issuer_domains", "served_by", "withdrawn_ranges", "markets",
    ]  # fmt: skip
    assert (head["document"]["lines"], head["document"]["sources"], head["document"]["markets"]) == (None, None, None)
    lines, sources, markets = len(head["lines"]), len(head["sources"]), len(head["markets"])
    assert len(rows) == 1 + lines + sources + markets
    assert lines == 131
    assert rows[1]["id"] == head["lines"][0][1] == "ae-general"
    assert [row["id"] for row in rows[1 + lines : 1 + lines + sources]] == head["sources"]
    assert [row["code"] for row in rows[1 + lines + sources :]] == head["markets"]


def test_the_document_made_from_the_bundled_file_splits_back_into_it(bundled_document: dict[str, Any]) -> None:
    """Nothing is lost between the two forms: the document made from the rows is written as the same rows."""
    assert files("amexhelp").joinpath("data/directory.jsonl").read_text("utf-8") == split(bundled_document)
    assert list(bundled_document)[:5] == ["schema_version", "services", "fallback_line", "areas", "lines"]


def test_a_row_is_parsed_only_when_read(small_document: dict[str, Any]) -> None:
    document = joined(split(small_document).encode())
    lines = document["lines"]
    assert len(lines) == len(small_document["lines"])
    first = small_document["lines"][0]
    assert lines.keys[0] == [True, first["id"], first["country"], first.get("area"), False]
    assert lines[0] == first
    assert lines[1:3] == small_document["lines"][1:3]
    assert document["sources"].keys == [source["id"] for source in small_document["sources"]]
    assert document["markets"].keys == [market["code"] for market in small_document["markets"]]


def test_a_split_file_cut_short_is_refused(small_document: dict[str, Any]) -> None:
    text = split(small_document)
    with pytest.raises(ValueError, match="rows"):
        joined(text[: text.rindex("\n", 0, -1) + 1].encode())


def test_the_bundled_directory_is_read_from_the_split_file(bundled_document: dict[str, Any]) -> None:
    directory = load_directory()
    assert directory.origin.bundled
    assert [line.id for line in directory.lines] == [line["id"] for line in bundled_document["lines"]]
    assert sorted(directory.sources) == sorted(source["id"] for source in bundled_document["sources"])
    assert sorted(directory.markets) == sorted(market["code"] for market in bundled_document["markets"])

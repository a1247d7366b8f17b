"""The bundled directory as a run reads it (data/directory.jsonl, parsed a row at a time) holds exactly what
data/directory.json holds."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import pytest

from amexhelp.directory.loading import joined, load_directory, split


def _whole(document: dict[str, Any]) -> dict[str, Any]:
    return {name: list(value) if name in ("lines", "sources", "markets") else value for name, value in document.items()}


def test_the_split_file_is_the_bundled_document(bundled_document: dict[str, Any]) -> None:
    raw = files("amexhelp").joinpath("data/directory.jsonl").read_bytes()
    assert _whole(joined(raw)) == bundled_document


def test_the_split_file_is_written_from_the_bundled_document(bundled_document: dict[str, Any]) -> None:
    """What the build would write now: a directory.json edited without the build leaves it stale."""
    assert files("amexhelp").joinpath("data/directory.jsonl").read_text("utf-8") == split(bundled_document)


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

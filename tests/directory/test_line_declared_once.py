"""A line is declared once, as ``amexhelp.directory.model.Line``: the reader is made from that declaration,
and the published schemas of the directory file (input) and of every output's line are held to it here."""

from __future__ import annotations

import json
from typing import Any

import pytest

from amexhelp.directory.index import read_package_file
from amexhelp.directory.model import Evidence, Line, OpenHours, Period, SourceRecord
from amexhelp.directory.schema import trusted_line
from amexhelp.lookup.dialing import Dial

# How each field of a line appears in the outputs' line object (amexhelp/schemas/*.json, "line"):
# under its own name but for these; None: not published (the outputs give what it is used for).
PUBLISHED_AS: dict[str, str | None] = {
    "evidence": "sources",  # each source's record, with what it says
    "abroad_ok": "callable_from_abroad",
    "correction": None,  # the last of "notes"
    "home_dial": None,  # "dial", for a caller at home
    "number_type": None,  # "toll_free" and the reasons a line does not ring from abroad
    "abroad_reason": None,  # "unreachable_reason"
    "reachable_from_abroad": None,  # the data's own mark: "callable_from_abroad" and "unreachable_reason"
}
# What the outputs' line object says beyond the line's own fields: worked out for the answer.
OUTPUT_ONLY = {
    "service", "cross_border", "red_flags", "dial", "dial_landline", "reachable", "unreachable_reason",
}  # fmt: skip


# A line of a directory file with only the fields the schema requires.
REQUIRED: dict[str, Any] = {
    "id": "x-general", "country": "XX", "services": ["general"], "label": "General", "display": "0120",
    "e164": None, "toll_free": True, "hours": None, "languages": ["en"], "notes": [], "evidence": [{"source": "s"}],
}  # fmt: skip


def _schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(read_package_file("schemas", f"{name}.json"))
    return loaded


def test_the_directory_schema_reads_exactly_the_fields_a_line_declares() -> None:
    line = _schema("directory")["$defs"]["line"]
    assert set(line["properties"]) == set(Line._fields)
    assert set(line["required"]) == set(REQUIRED)
    # A field the schema lets a file leave out is read at its declared default (or its type's empty value).
    left_out = trusted_line(REQUIRED)
    for field in set(line["properties"]) - set(line["required"]):
        empty = () if line["properties"][field].get("type") == "array" else None
        assert getattr(left_out, field) == Line._field_defaults.get(field, empty), field


def test_the_outputs_line_is_the_declared_fields_as_published_and_what_the_answer_adds() -> None:
    published = {PUBLISHED_AS.get(field, field) for field in Line._fields} - {None}
    for name in ("lookup", "countries", "export", "verify"):
        line = _schema(name)["$defs"]["line"]
        assert set(line["properties"]) == published | OUTPUT_ONLY, name


def test_the_json_writer_writes_every_field_of_the_outputs_line(directory: Any) -> None:
    from amexhelp.render.dicts import line as line_json

    written = line_json(directory.line("jp-general"), Dial("JP", True, "0120", None), directory)
    assert set(written) == set(_schema("lookup")["$defs"]["line"]["properties"])


def test_a_line_left_at_its_defaults_reads_as_declared() -> None:
    required = REQUIRED
    line = trusted_line(required)
    assert line == Line(
        "x-general", "XX", None, ("general",), "General", "0120", None, True, None, ("en",), (), (),
        (Evidence("s", None),),
    )  # fmt: skip
    hours = {"tz": "Asia/Tokyo", "periods": [{"days": "mon-fri", "open": "09:00", "close": "17:00"}]}
    full = trusted_line({**required, "open_hours": hours, "international": None, "number_type": None})
    assert full.open_hours == OpenHours(False, "Asia/Tokyo", (Period("mon-fri", "09:00", "17:00"),))
    assert (full.international, full.number_type) == ("", "")


def test_records_are_read_only() -> None:
    record = SourceRecord("s", "issuer", "Title", None, None, None)
    with pytest.raises(AttributeError):
        record.title = "Other"
    with pytest.raises(AttributeError):
        del record.title
    assert record._replace(title="Other").title == "Other"
    assert record.title == "Title"

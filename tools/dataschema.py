"""Build-time: the published JSON Schema of a directory file (``src/amexhelp/schemas/directory.json``).

Written by ``python -m tools.datagen`` (and held to it by ``--check``) from the code's constants, so the
schema cannot disagree with the records it describes. At run time an ``AMEXHELP_DATA`` file is checked
against it with jsonschema (``amexhelp.directory.validation``); the bundled file was checked when it was
built. Unlike the outputs' schemas, which are additive, a directory file is closed: an unknown field is
an error, so a typo cannot silently drop data. The ``format`` names are this project's own (each is
described in the schema's ``$comment`` and checked by ``amexhelp.directory.validation.FORMATS``); a
validator that does not know them still checks every type, field and choice.
"""

from __future__ import annotations

from typing import Any

from amexhelp.directory.model import AUDIENCES, DAYS, NUMBER_TYPES, PRODUCTS, SOURCE_KINDS, STATUSES
from amexhelp.directory.validation import FORMATS, SUPPORTED_SCHEMA_VERSIONS

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def text(format_name: str = "text") -> dict[str, Any]:
    return {"type": "string", "format": format_name}


def text_or_null(format_name: str = "text") -> dict[str, Any]:
    """A string or null, where the message for another type says so ("expected a string or null")."""
    return {"type": ["string", "null"], "format": format_name}


def maybe(schema: dict[str, Any]) -> dict[str, Any]:
    """null, or else the schema (whose own type is named in a message for another type)."""
    return {"if": {"type": "null"}, "else": schema}


def listed(items: dict[str, Any], *, non_empty: bool = False) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "array", "items": items}
    if non_empty:
        schema["minItems"] = 1
    return schema


def closed(required: dict[str, Any], optional: dict[str, Any] | None = None) -> dict[str, Any]:
    """An object with these fields (``required`` in the order they are checked) and no others."""
    return {
        "type": "object",
        "required": list(required),
        "properties": {**required, **(optional or {})},
        "additionalProperties": False,
    }


def keyed(key_format: str, value: dict[str, Any]) -> dict[str, Any]:
    """An object whose keys have a format and whose values all have one shape."""
    return {"type": "object", "propertyNames": {"format": key_format}, "additionalProperties": value}


def ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


BOOL: dict[str, Any] = {"type": "boolean"}
COUNTRY = text("country")


def _defs() -> dict[str, Any]:
    period = closed({"days": {"type": "string", "enum": list(DAYS)}, "open": text("time"), "close": text("time")})
    open_hours = closed({}, {"always": BOOL, "tz": maybe(text()), "periods": listed(period)})
    evidence = closed({"source": text()}, {"says": maybe(text())})
    line = closed(
        {
            "id": text("id"),
            "country": text_or_null("country"),
            "services": listed(text(), non_empty=True),
            "label": text(),
            "display": text(),
            "e164": maybe(text("e164")),
            "toll_free": BOOL,
            "hours": maybe(text()),
            "languages": listed(text("language")),
            "notes": listed(text()),
            "evidence": listed(evidence),
        },
        {
            "area": text_or_null(),
            "products": listed({"type": "string", "enum": list(PRODUCTS)}),
            "from_abroad": BOOL,
            "collect": BOOL,
            "open_hours": maybe(open_hours),
            "domestic_dial": maybe(text("domestic-dial")),
            "languages_as_printed": listed(text()),
            "correction": maybe(text()),
            "reachable_from_abroad": maybe(BOOL),
            "audience": {"type": "string", "enum": list(AUDIENCES)},
            "cobrand": maybe(text()),
            "status": {"type": "string", "enum": list(STATUSES)},
            "disputed_by": listed(text()),
            "independent_sources": {"type": "integer"},
            "international": maybe(text()),
            "national": text(),
            "number_region": COUNTRY,
            "number_type": maybe({"type": "string", "enum": list(NUMBER_TYPES)}),
            "home_dial": text(),
            "abroad_ok": BOOL,
            "abroad_reason": maybe(text()),
        },
    )
    advice = {
        "if": {"type": "string"},
        "then": text(),
        "else": closed({"text": text(), "markets": listed(COUNTRY, non_empty=True)}),
    }
    return {
        "line": line,
        "source": closed({"title": text(), "kind": text(), "as_of": text(), "note": text(), "caution": text()}),
        "source_record": closed(
            {
                "id": text("id"),
                "kind": {"type": "string", "enum": list(SOURCE_KINDS)},
                "title": text(),
                "url": maybe(text("http-url")),
                "as_of": maybe(text()),
            },
            {
                "note": maybe(text()),
                "domain": maybe(text()),
                "owner": maybe(text()),
                "independent": maybe(BOOL),
                "independence": maybe(text()),
            },
        ),
        "market": closed(
            {"code": COUNTRY, "checked": text(), "issuer_found": BOOL, "note": text()}, {"partner": maybe(text())}
        ),
        "need": closed(
            {"id": text("id"), "name": text(), "services": listed(text(), non_empty=True), "advice": listed(advice)}
        ),
        "channel": closed(
            {
                "id": text("id"),
                "name": text(),
                "summary": text(),
                "description": text(),
                "details": {"type": "object", "additionalProperties": text()},
            },
            {"source": maybe(text())},
        ),
        "faq": closed(
            {"id": {"format": "positive-whole-number"}, "question": text(), "answer": text()},
            {"source": maybe(text()), "market": maybe(COUNTRY)},
        ),
        "area": closed({"name": text(), "countries": listed(COUNTRY)}),
        "withdrawn_range": closed(
            {
                "prefix": text("e164-prefix"),
                "country": COUNTRY,
                "name": text(),
                "withdrawn": text("date"),
                "source": text(),
            },
            {"note": maybe(text())},
        ),
    }


def directory_schema() -> dict[str, Any]:
    """The schema of a directory document (the current schema version; older ones are upgraded first)."""
    body = closed(
        {
            "schema_version": {"const": SUPPORTED_SCHEMA_VERSIONS[-1]},
            "source": ref("source"),
            "services": keyed("service-id", text()),
            "fallback_line": text(),
            "areas": keyed("area-id", ref("area")),
            "lines": listed(ref("line"), non_empty=True),
            "needs": listed(ref("need"), non_empty=True),
            "channels": listed(ref("channel")),
            "faqs": listed(ref("faq")),
            "safety": listed(text()),
            "sources": listed(ref("source_record"), non_empty=True),
            "markets": listed(ref("market")),
            "issuer_domains": listed(text()),
        },
        {"served_by": keyed("country", COUNTRY), "withdrawn_ranges": listed(ref("withdrawn_range"))},
    )
    return {
        "$schema": DIALECT,
        "$id": "https://amexhelp.invalid/schemas/directory.json",
        "title": "directory",
        "description": (
            "A directory file for AMEXHELP_DATA: the support lines with their evidence, the sources, the markets"
            " searched, and the needs, channels, FAQ and advice. Closed: a field not named here is an error."
            " Beyond this schema, amexhelp checks that ids are unique, that every reference (a line's services,"
            " area and evidence sources; fallback_line) names something in the file, that a line has an E.164"
            " number or else a domestic_dial, that international carries the E.164 digits, and that open_hours"
            " gives always: true or periods with their tz."
        ),
        "$comment": "Formats: " + "; ".join(f"{name}: {spec.what}" for name, spec in FORMATS.items()),
        **body,
        "$defs": _defs(),
    }

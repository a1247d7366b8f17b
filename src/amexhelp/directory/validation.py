"""Checking a directory file that is not the bundled one (``AMEXHELP_DATA``), before anything reads it.

The file is checked against the published JSON Schema (``amexhelp/schemas/directory.json``, written by
``python -m tools.datagen``) with jsonschema, imported only here and only then; the bundled file was
checked the same way when the package was built, and is trusted at run time. What a schema cannot say
is checked after it: unique ids, references between records, and the rules that tie two fields
together. A failure is one line that names the file, the path of the field (``lines[3].e164``) and why,
worded here rather than by jsonschema, so the messages stay the same whatever its version.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, NoReturn

from amexhelp.errors import DataError

SUPPORTED_SCHEMA_VERSIONS = (2,)
# Older versions read by upgrading them first (amexhelp.directory.evidence.upgrade_v1).
UPGRADED_SCHEMA_VERSIONS = (1,)


@dataclass(frozen=True)
class Known:
    """The codes a file may use: ISO 3166-1 countries and ISO 639-1 languages, by code."""

    countries: Mapping[str, str]
    languages: Mapping[str, str]


# Format checks as plain string tests: compiling the equivalent regexes costs start-up time.


def _is_e164(value: str) -> bool:
    """+ then 7 to 15 ASCII digits, the first not 0."""
    digits = value[1:]
    return value[:1] == "+" and digits.isascii() and digits.isdigit() and digits[0] != "0" and 7 <= len(digits) <= 15


def _is_id(value: str) -> bool:
    """Lower-case ASCII letters and digits in dash-separated parts ("jp-general")."""
    return all(part.isascii() and part.isalnum() and part == part.lower() for part in value.split("-"))


def _is_alpha2(value: str) -> bool:
    return len(value) == 2 and value.isascii() and value.isalpha() and value.isupper()


def _is_time(value: str) -> bool:
    """HH:MM, 00:00 to 24:00."""
    hours, _, minutes = value.partition(":")
    return (
        len(hours) == 2
        and len(minutes) == 2
        and (hours + minutes).isascii()
        and (hours + minutes).isdigit()
        and (int(hours) < 24 or value == "24:00")
        and int(minutes) < 60
    )


def _is_prefix(value: str) -> bool:
    """+ then 1 to 15 ASCII digits, the first not 0: the start of E.164 numbers."""
    digits = value[1:]
    return value[:1] == "+" and digits.isascii() and digits.isdigit() and digits[0] != "0" and len(digits) <= 15


def _is_date(value: str) -> bool:
    """YYYY-MM-DD, in ASCII digits."""
    parts = value.split("-")
    return [len(part) for part in parts] == [4, 2, 2] and all(part.isascii() and part.isdigit() for part in parts)


def _is_domestic_dial(value: str) -> bool:
    return value.isascii() and value.isdigit() and 3 <= len(value) <= 17


def _is_lang(value: str) -> bool:
    return len(value) == 2 and value.isascii() and value.isalpha() and value.islower()


def _is_url(value: str) -> bool:
    return value.startswith(("https://", "http://"))


Check = Callable[[Any, Known], "str | None"]


def _shaped(test: Callable[[str], bool], what: str) -> Check:
    """A string that must not be blank and must pass ``test``; the reason when it does not."""

    def check(value: Any, known: Known) -> str | None:
        if not isinstance(value, str):
            return None  # the type is reported by the schema's own "type"
        if not value.strip():
            return "must not be empty"
        return None if test(value) else f"{value!r} is not {what}"

    return check


def _coded(test: Callable[[str], bool], what: str, table: Callable[[Known], Mapping[str, str]], known_as: str) -> Check:
    shaped = _shaped(test, what)

    def check(value: Any, known: Known) -> str | None:
        reason = shaped(value, known)
        if reason is None and isinstance(value, str) and value not in table(known):
            return f"{value!r} is not {known_as}"
        return reason

    return check


def _positive_whole_number(value: Any, known: Known) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return None
    return f"expected a positive whole number, got {kind(value)}"


# This project's formats, by the name the schema gives: what each means, and its check.
FORMATS: dict[str, tuple[str, Check]] = {
    "text": ("a string that is not blank", _shaped(lambda _: True, "")),
    "id": (
        "lower-case ASCII letters and digits in dash-separated parts",
        _shaped(_is_id, "a lower-case id (letters, digits, dashes)"),
    ),
    "service-id": ("a service id (as id)", _shaped(_is_id, "a service id")),
    "area-id": ("an area id (as id)", _shaped(_is_id, "an area id")),
    "e164": ("+ and 7 to 15 digits, the first not 0", _shaped(_is_e164, "an E.164 number (+ and 7 to 15 digits)")),
    "e164-prefix": ("+ and 1 to 15 digits, the first not 0", _shaped(_is_prefix, "+ and 1 to 15 digits")),
    "domestic-dial": ("3 to 17 ASCII digits", _shaped(_is_domestic_dial, "a string of 3 to 17 digits")),
    "country": (
        "an ISO 3166-1 alpha-2 code that exists (or XK)",
        _coded(_is_alpha2, "an ISO 3166-1 alpha-2 code", lambda k: k.countries, "an ISO 3166-1 country code"),
    ),
    "language": (
        "an ISO 639-1 code that exists",
        _coded(_is_lang, "an ISO 639-1 code", lambda k: k.languages, "an ISO 639-1 language code"),
    ),
    "time": ("HH:MM, 00:00 to 24:00", _shaped(_is_time, "a time HH:MM")),
    "date": ("YYYY-MM-DD", _shaped(_is_date, "a date YYYY-MM-DD")),
    "http-url": ("an http:// or https:// address", _shaped(_is_url, "an http(s) URL")),
    "positive-whole-number": ("a whole number of 1 or more", _positive_whole_number),
}

_TYPE_NAMES = {
    "string": "a string",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "integer": "a whole number",
    "null": "null",
}
# Which of several failures of one value is reported: its type first, then missing or unknown fields.
_RANK = {"type": 0, "required": 1, "additionalProperties": 1, "minItems": 2, "format": 2, "enum": 3}


def kind(value: Any) -> str:
    """What a JSON value is, in a message: "a string", "a list", "null"."""
    if value is None:
        return "null"
    return {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def validate(document: Any, origin: str, known: Known, schema: Mapping[str, Any] | None = None) -> None:
    """Raise DataError, one line naming ``origin``, the field's path and why, unless ``document`` is a
    directory this release reads: first the schema version, then the schema (the published one, unless
    the build passes the one it is about to publish), then what the schema cannot say."""
    fail = _failing(origin)
    if isinstance(document, dict) and "schema_version" in document:
        version = document["schema_version"]
        if version not in SUPPORTED_SCHEMA_VERSIONS or isinstance(version, bool):
            readable = ", ".join(str(v) for v in (*UPGRADED_SCHEMA_VERSIONS, *SUPPORTED_SCHEMA_VERSIONS))
            fail(
                "schema_version",
                f"version {version!r} is not supported; this release reads schema version {readable}",
            )
    _against_schema(document, known, fail, schema if schema is not None else _schema())
    _beyond_schema(document, fail)


Fail = Callable[[str, str], NoReturn]


def _failing(origin: str) -> Fail:
    def fail(path: str, why: str) -> NoReturn:
        raise DataError(f"invalid directory data in {origin}: {path or 'top level'}: {why}")

    return fail


@cache
def _schema() -> Any:
    import json

    from amexhelp.directory.index import read_package_file

    return json.loads(read_package_file("schemas", "directory.json"))


def _against_schema(document: Any, known: Known, fail: Fail, schema: Mapping[str, Any]) -> None:
    errors = list(_validator(schema, known).iter_errors(document))
    if errors:
        first = min(enumerate(errors), key=lambda pair: (_RANK.get(pair[1].validator, 9), pair[0]))[1]
        fail(*_worded(first))


# The validator last built, for the schema and codes it was built for (a test run checks hundreds of
# documents; a run of the tool, one).
_built: list[Any] = []


def _validator(schema: Mapping[str, Any], known: Known) -> Any:
    if _built and _built[0] is schema and _built[1] is known.countries and _built[2] is known.languages:
        return _built[3]
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())
    for name, (_what, check) in FORMATS.items():
        checker.checks(name, raises=_Reason)(_raising(check, known))
    validator = jsonschema.Draft202012Validator(schema, format_checker=checker)
    _built[:] = [schema, known.countries, known.languages, validator]
    return validator


class _Reason(ValueError):
    """Why a value fails its format, as it is to be reported."""


def _raising(check: Check, known: Known) -> Callable[[Any], bool]:
    def format_check(value: Any) -> bool:
        reason = check(value, known)
        if reason is not None:
            raise _Reason(reason)
        return True

    return format_check


def _worded(error: Any) -> tuple[str, str]:
    """A jsonschema error as (path, why), in this project's words."""
    path = ""
    for part in error.absolute_path:
        path = f"{path}[{part}]" if isinstance(part, int) else join(path, str(part))
    keyword, value, instance = error.validator, error.validator_value, error.instance
    if keyword == "type":
        wanted = value if isinstance(value, list) else [value]
        return path, f"expected {' or '.join(_TYPE_NAMES.get(t) or str(t) for t in wanted)}, got {kind(instance)}"
    if keyword == "required":
        return join(path, next(field for field in value if field not in instance)), "required field is missing"
    if keyword == "additionalProperties":
        named = error.schema.get("properties", {})
        return join(path, sorted(field for field in instance if field not in named)[0]), "unknown field"
    if keyword == "minItems":
        return path, "must not be empty"
    if keyword == "format" and isinstance(error.cause, _Reason):
        return path, str(error.cause)
    if keyword == "enum":
        return path, f"{instance!r} is not one of {', '.join(map(str, value))}"
    return path, error.message


def _beyond_schema(document: dict[str, Any], fail: Fail) -> None:
    """What the schema cannot check, on a document that passed it."""
    for name, key in (("lines", "id"), ("needs", "id"), ("faqs", "id"), ("channels", "id"), ("sources", "id")):
        _unique(document[name], name, key, fail)
    _unique(document["markets"], "markets", "code", fail)
    services, areas = document["services"], document["areas"]
    source_ids = {source["id"] for source in document["sources"]}
    for i, need in enumerate(document["needs"]):
        _known_services(need["services"], f"needs[{i}]", services, fail)
    if document["fallback_line"] not in {line["id"] for line in document["lines"]}:
        fail("fallback_line", f"{document['fallback_line']!r} is not the id of a line")
    for i, line in enumerate(document["lines"]):
        _line(line, f"lines[{i}]", services, areas, source_ids, fail)
    for name in ("channels", "faqs", "withdrawn_ranges"):
        for i, item in enumerate(document.get(name, [])):
            if item.get("source") is not None and item["source"] not in source_ids:
                fail(f"{name}[{i}].source", f"{item['source']!r} is not the id of a source")


def _unique(items: list[dict[str, Any]], path: str, key: str, fail: Fail) -> None:
    seen: set[Any] = set()
    for i, item in enumerate(items):
        if item[key] in seen:
            fail(f"{path}[{i}].{key}", f"duplicate {key} {item[key]!r}")
        seen.add(item[key])


def _known_services(given: list[str], path: str, services: Mapping[str, str], fail: Fail) -> None:
    for j, service in enumerate(given):
        if service not in services:
            fail(f"{path}.services[{j}]", f"{service!r} is not one of the services: {', '.join(services)}")


def _line(
    line: dict[str, Any],
    path: str,
    services: Mapping[str, str],
    areas: Mapping[str, Any],
    source_ids: set[str],
    fail: Fail,
) -> None:
    """A line's rules between its fields, and its references to the rest of the document."""
    e164, domestic = line["e164"], line.get("domestic_dial")
    if (e164 is None) == (domestic is None):
        fail(join(path, "e164"), "give an E.164 number, or null with domestic_dial for a number that has none")
    international = line.get("international")
    # A cheap consistency check that needs no phone library: the same digits as the E.164 form.
    if international is not None and e164 is not None and "".join(filter(str.isdigit, international)) != e164[1:]:
        fail(join(path, "international"), f"{international!r} does not have the digits of {e164}")
    for j, evidence in enumerate(line["evidence"]):
        if evidence["source"] not in source_ids:
            fail(f"{path}.evidence[{j}].source", f"{evidence['source']!r} is not the id of a source")
    if line.get("open_hours") is not None:
        _open_hours(line["open_hours"], join(path, "open_hours"), fail)
    _known_services(line["services"], path, services, fail)
    if line.get("area") is not None and line["area"] not in areas:
        fail(join(path, "area"), f"{line['area']!r} is not one of the areas: {', '.join(areas) or 'none'}")


def _open_hours(hours: dict[str, Any], path: str, fail: Fail) -> None:
    periods = hours.get("periods", [])
    if hours.get("always", False) == bool(periods):
        fail(path, "give either always: true or a list of periods")
    if periods and hours.get("tz") is None:
        fail(join(path, "tz"), "periods need the time zone they are in")

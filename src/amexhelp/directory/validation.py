"""Checking a directory file that is not the bundled one (``AMEXHELP_DATA``), before anything reads it.

The file is checked against the published JSON Schema (``amexhelp/schemas/directory.json``, written by
``python -m tools.datagen``) with jsonschema, imported only here and only then; the bundled file was
checked the same way when the package was built, and is trusted at run time. What a schema cannot say
is checked after it: unique ids, references between records, and the rules that tie two fields
together. A failure is a DataError "data-invalid" naming the file, the path of the field (``lines[3].e164``)
and why, as a reason of REASONS and its values, worded by the renderers (``amexhelp.render.errors``), not by
jsonschema, so the messages are the same whatever its version and in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple, NoReturn, Protocol

from amexhelp.errors import DataError

SUPPORTED_SCHEMA_VERSIONS = (2,)
# Older versions read by upgrading them first (amexhelp.directory.evidence.upgrade_v1).
UPGRADED_SCHEMA_VERSIONS = (1,)

# Why a file breaks the schema ("data-invalid"'s reason), and the values each brings. ``value`` is the
# value as the file has it; ``got`` one of KINDS (or a type's name); ``choices`` the values allowed.
REASONS = (
    "not-object",  # got
    "not-list",  # got
    "not-string",  # got
    "not-string-or-null",  # got
    "not-boolean",  # got
    "not-positive",  # got: an id that is not a positive whole number
    "missing",  # a required field is missing
    "unknown-field",
    "empty",  # a text or list that must not be empty
    "bad-form",  # value, form (one of FORMS): a text not written as it must be
    "not-country",  # value: no ISO 3166-1 country code
    "not-language",  # value: no ISO 639-1 language code
    "not-one-of",  # value, choices
    "not-source",  # value: no source's id
    "not-line",  # value: no line's id
    "not-service",  # value, choices
    "not-area",  # value, choices (empty: the file has no areas)
    "not-url",  # value: not an http(s) URL
    "hours-either",  # opening hours: neither or both of always: true and periods
    "hours-tz",  # periods without their time zone
    "no-number",  # a line with neither an E.164 number nor a domestic_dial
    "digits-differ",  # value, e164: an international form without the E.164 number's digits
    "unsupported-version",  # value, versions (the schema versions this release reads)
    "duplicate",  # key, value: a second record with the same key
    "control-character",  # value (the character): a text holds a control character or a lone surrogate
)
# What a JSON value is ("got").
KINDS = ("null", "boolean", "number", "string", "list", "object")
# How a text must be written ("bad-form"'s form).
FORMS = ("alpha2", "language", "time", "e164", "digits", "id", "prefix", "date", "service-id", "area-id")


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


# A reason (of REASONS) and its values.
Failure = tuple[str, dict[str, Any]]


class Format(NamedTuple):
    """One of this project's formats: what it means (in the schema's $comment), the test a text must
    pass (None: any text that is not blank), the ``form`` a "bad-form" names (None: "not-url"), and the
    table of Known a value must be in, with the reason when it is not."""

    what: str
    test: Callable[[str], bool] | None = None
    form: str | None = ""
    table: str | None = None  # "countries" or "languages"
    unknown: str = ""


POSITIVE = "positive-whole-number"
FORMATS: dict[str, Format] = {
    "text": Format("a string that is not blank"),
    "id": Format("lower-case ASCII letters and digits in dash-separated parts", _is_id, "id"),
    "service-id": Format("a service id (as id)", _is_id, "service-id"),
    "area-id": Format("an area id (as id)", _is_id, "area-id"),
    "e164": Format("+ and 7 to 15 digits, the first not 0", _is_e164, "e164"),
    "e164-prefix": Format("+ and 1 to 15 digits, the first not 0", _is_prefix, "prefix"),
    "domestic-dial": Format("3 to 17 ASCII digits", _is_domestic_dial, "digits"),
    "country": Format(
        "an ISO 3166-1 alpha-2 code that exists (or XK)", _is_alpha2, "alpha2", "countries", "not-country"
    ),
    "language": Format("an ISO 639-1 code that exists", _is_lang, "language", "languages", "not-language"),
    "time": Format("HH:MM, 00:00 to 24:00", _is_time, "time"),
    "date": Format("YYYY-MM-DD", _is_date, "date"),
    "http-url": Format("an http:// or https:// address", _is_url, None),
    POSITIVE: Format("a whole number of 1 or more"),
}


def check_format(name: str, value: Any, known: Known) -> Failure | None:
    """Why ``value`` is not written in format ``name``, or None when it is (a value of another type than a
    string is left to the schema's "type", except for a positive whole number, which has none)."""
    if name == POSITIVE:
        whole = isinstance(value, int) and not isinstance(value, bool) and value >= 1
        return None if whole else ("not-positive", {"got": kind(value)})
    if not isinstance(value, str):
        return None
    if not value.strip():
        return "empty", {}
    spec = FORMATS[name]
    if spec.test is not None and not spec.test(value):
        return (
            ("bad-form", {"value": value, "form": spec.form})
            if spec.form is not None
            else ("not-url", {"value": value})
        )
    if spec.table is not None and value not in getattr(known, spec.table):
        return spec.unknown, {"value": value}
    return None


# The reason for a value of another type than the schema's.
_TYPE_REASONS = {
    "object": "not-object",
    "array": "not-list",
    "string": "not-string",
    "boolean": "not-boolean",
}
# Which of several failures of one value is reported: its type first, then missing or unknown fields.
_RANK = {"type": 0, "required": 1, "additionalProperties": 1, "minItems": 2, "format": 2, "enum": 3}


def kind(value: Any) -> str:
    """What a JSON value is, one of KINDS (a Python type's name for anything else)."""
    if value is None:
        return "null"
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "list", dict: "object"}.get(
        type(value), type(value).__name__
    )


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def validate(document: Any, origin: str, known: Known, schema: Mapping[str, Any] | None = None) -> None:
    """Raise DataError "data-invalid" (the file ``origin``, the field's path, a reason of REASONS and its
    values) unless ``document`` is a directory this release reads: first the schema version, then the
    schema (the published one, unless the build passes the one it is about to publish), then what the
    schema cannot say."""
    fail = _failing(origin)
    if isinstance(document, dict) and "schema_version" in document:
        version = document["schema_version"]
        if version not in SUPPORTED_SCHEMA_VERSIONS or isinstance(version, bool):
            versions = tuple(str(v) for v in (*UPGRADED_SCHEMA_VERSIONS, *SUPPORTED_SCHEMA_VERSIONS))
            fail("schema_version", "unsupported-version", value=version, versions=versions)
    _against_schema(document, known, fail, schema if schema is not None else _schema())
    _beyond_schema(document, fail)


class Fail(Protocol):
    def __call__(self, path: str, reason: str, /, **values: Any) -> NoReturn: ...


def _failing(origin: str) -> Fail:
    def fail(path: str, reason: str, /, **values: Any) -> NoReturn:
        raise DataError("data-invalid", origin=origin, path=path, reason=reason, **values)

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
        path, reason, values = _reason(first)
        fail(path, reason, **values)


def _validator(schema: Mapping[str, Any], known: Known) -> Any:
    """A validator of ``schema`` whose formats check against ``known`` (building one costs microseconds)."""
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())
    for name in FORMATS:
        checker.checks(name, raises=_Reason)(_raising(name, known))
    return jsonschema.Draft202012Validator(schema, format_checker=checker)


class _Reason(ValueError):
    """Why a value fails its format: a reason of REASONS and its values."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure[0])
        self.failure = failure


def _raising(name: str, known: Known) -> Callable[[Any], bool]:
    def format_check(value: Any) -> bool:
        failure = check_format(name, value, known)
        if failure is not None:
            raise _Reason(failure)
        return True

    return format_check


def _reason(error: Any) -> tuple[str, str, dict[str, Any]]:
    """A jsonschema error as (path, reason, values)."""
    path = ""
    for part in error.absolute_path:
        path = f"{path}[{part}]" if isinstance(part, int) else join(path, str(part))
    worded = _WORDED.get(error.validator)
    # Only the keywords of _WORDED can fail (a test holds the published schema to them); schema_version's
    # "const" is checked, with its own reason, before the schema.
    if worded is None:
        raise ValueError(f"the directory schema fails by {error.validator!r}, which has no reason worded for it")
    return worded(path, error)


def _wrong_type(path: str, error: Any) -> tuple[str, str, dict[str, Any]]:
    wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
    reason = "not-string-or-null" if wanted == ["string", "null"] else _TYPE_REASONS[wanted[0]]
    return path, reason, {"got": kind(error.instance)}


def _missing(path: str, error: Any) -> tuple[str, str, dict[str, Any]]:
    return join(path, next(field for field in error.validator_value if field not in error.instance)), "missing", {}


def _unknown_field(path: str, error: Any) -> tuple[str, str, dict[str, Any]]:
    named = error.schema["properties"]
    return join(path, sorted(field for field in error.instance if field not in named)[0]), "unknown-field", {}


def _empty(path: str, error: Any) -> tuple[str, str, dict[str, Any]]:
    return path, "empty", {}


def _bad_format(path: str, error: Any) -> tuple[str, str, dict[str, Any]]:
    reason, values = error.cause.failure
    return path, reason, values


def _not_one_of(path: str, error: Any) -> tuple[str, str, dict[str, Any]]:
    return path, "not-one-of", {"value": error.instance, "choices": tuple(map(str, error.validator_value))}


_WORDED: dict[str, Callable[[str, Any], tuple[str, str, dict[str, Any]]]] = {
    "type": _wrong_type,
    "required": _missing,
    "additionalProperties": _unknown_field,
    "minItems": _empty,
    "format": _bad_format,
    "enum": _not_one_of,
}


# The keywords whose failures _reason words (the other keywords of the schema only structure it).
WORDED_KEYWORDS = tuple(_WORDED)


# What no text of a directory may hold: C0 and C1 controls (a CR would start a new property of an
# exported vCard, ESC a terminal's escape sequence), the bidirectional controls (they make a number read
# differently from what it is) and lone surrogates (no encoding can write one).
_CONTROL = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"


def _plain_texts(document: Any, fail: Fail) -> None:
    """Fail at the first text (a value or a key) that holds a character of _CONTROL."""
    import re

    control = re.compile(_CONTROL)
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            for key, item in reversed(value.items()):
                found = control.search(key)
                if found:
                    fail(join(path, key), "control-character", value=found.group(0))
                stack.append((join(path, key), item))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item) for i, item in reversed(list(enumerate(value))))
        elif isinstance(value, str):
            found = control.search(value)
            if found:
                fail(path, "control-character", value=found.group(0))


def _beyond_schema(document: dict[str, Any], fail: Fail) -> None:
    """What the schema cannot check, on a document that passed it."""
    _plain_texts(document, fail)
    for name, key in (("lines", "id"), ("needs", "id"), ("faqs", "id"), ("channels", "id"), ("sources", "id")):
        _unique(document[name], name, key, fail)
    _unique(document["markets"], "markets", "code", fail)
    services, areas = document["services"], document["areas"]
    source_ids = {source["id"] for source in document["sources"]}
    for i, need in enumerate(document["needs"]):
        _known_services(need["services"], f"needs[{i}]", services, fail)
    if document["fallback_line"] not in {line["id"] for line in document["lines"]}:
        fail("fallback_line", "not-line", value=document["fallback_line"])
    for i, line in enumerate(document["lines"]):
        _line(line, f"lines[{i}]", services, areas, source_ids, fail)
    for name in ("channels", "faqs", "withdrawn_ranges"):
        for i, item in enumerate(document.get(name, [])):
            if item.get("source") is not None and item["source"] not in source_ids:
                fail(f"{name}[{i}].source", "not-source", value=item["source"])


def _unique(items: list[dict[str, Any]], path: str, key: str, fail: Fail) -> None:
    seen: set[Any] = set()
    for i, item in enumerate(items):
        if item[key] in seen:
            fail(f"{path}[{i}].{key}", "duplicate", key=key, value=item[key])
        seen.add(item[key])


def _known_services(given: list[str], path: str, services: Mapping[str, str], fail: Fail) -> None:
    for j, service in enumerate(given):
        if service not in services:
            fail(f"{path}.services[{j}]", "not-service", value=service, choices=tuple(services))


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
        fail(join(path, "e164"), "no-number")
    international = line.get("international")
    # A cheap consistency check that needs no phone library: the same digits as the E.164 form.
    if international is not None and e164 is not None and "".join(filter(str.isdigit, international)) != e164[1:]:
        fail(join(path, "international"), "digits-differ", value=international, e164=e164)
    for j, evidence in enumerate(line["evidence"]):
        if evidence["source"] not in source_ids:
            fail(f"{path}.evidence[{j}].source", "not-source", value=evidence["source"])
    if line.get("open_hours") is not None:
        _open_hours(line["open_hours"], join(path, "open_hours"), fail)
    _known_services(line["services"], path, services, fail)
    if line.get("area") is not None and line["area"] not in areas:
        fail(join(path, "area"), "not-area", value=line["area"], choices=tuple(areas))


def _open_hours(hours: dict[str, Any], path: str, fail: Fail) -> None:
    periods = hours.get("periods", [])
    if hours.get("always", False) == bool(periods):
        fail(path, "hours-either")
    if periods and hours.get("tz") is None:
        fail(join(path, "tz"), "hours-tz")

"""Errors in words: each code of ``amexhelp.errors`` turned into the one line a user reads, in their language.

The core raises codes and values (``InputError("unknown-need", value="travle", close="travel", ...)``);
the sentences live here and nowhere else, one template per code marked for the catalogs (``n._``), and
the CLI words the error it caught in the language chosen for it (``cli/_app.py``: ``--lang``, then
AMEXHELP_LANG, then the locale, then English). The English wording is also ``str(error)``: this module
installs it in ``amexhelp.errors`` when it is imported (the CLI imports it to report an error), so that the
kernel holds no sentence and imports no layer, and the English text is the same everywhere. The
batch's ``unreadable`` records carry the error itself and are worded here, in English (JSON and the
plain batch lines do not change with the language).

A message may end with a suggestion, worded as ``{message} ({suggestion})``. What the user typed is
quoted and shortened (``sanitize.shorten``); option names, paths, codes and the names a user may type
instead (need ids, products, zones) are shown as they are, in every language; country names are the
name tables' (``Naming.country``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from amexhelp import errors
from amexhelp.errors import AmexhelpError, Value
from amexhelp.sanitize import shorten

if TYPE_CHECKING:
    from amexhelp.render.naming import Naming

Values = dict[str, Value]
_Wording = Callable[[Values, "Naming"], tuple[str, str | None]]


def _typed(v: Values, field: str = "value") -> str:
    return shorten(str(v.get(field) or ""))


def _names(v: Values, field: str) -> str:
    value = v.get(field) or ()
    return ", ".join(value) if isinstance(value, tuple) else str(value)


def _count(v: Values, field: str) -> str:
    value = v.get(field)
    return f"{value:,}" if isinstance(value, int) else str(value)


def _number(v: Values, field: str) -> int:
    """A count among the values, to choose a message's plural form by (0 if it is missing)."""
    value = v.get(field)
    return value if isinstance(value, int) else 0


def _either(names: Sequence[str], n: Naming) -> str:
    """Names joined as alternatives: "Japan", "Japan or Jamaica", "Japan or Jamaica or Jordan"."""
    joined = names[0]
    for name in names[1:]:
        joined = n._("{first} or {second}").format(first=joined, second=name)
    return joined


def _close_or_known(v: Values, n: Naming) -> str:
    """A suggestion: the one close name, else every name to choose from."""
    if v.get("close"):
        return n._("did you mean {name}?").format(name=v["close"])
    return n._("one of: {names}").format(names=_names(v, "known"))


def _too_long(v: Values, n: Naming) -> tuple[str, str | None]:
    if v.get("option") is None:
        return n.ngettext(
            "query is too long ({count} character; at most {limit})",
            "query is too long ({count} characters; at most {limit})",
            _number(v, "length"),
        ).format(count=v["length"], limit=v["limit"]), None
    return n.ngettext(
        "{option} is too long ({count} character; at most {limit})",
        "{option} is too long ({count} characters; at most {limit})",
        _number(v, "length"),
    ).format(option=v["option"], count=v["length"], limit=v["limit"]), None


def _unknown_country(v: Values, n: Naming) -> tuple[str, str | None]:
    message = n._("unknown country for {option}: {value}").format(option=v["option"], value=_typed(v))
    close = v.get("close") or ()
    if v.get("blank"):
        hint = n._("give a country name or code, e.g. {code} or {country}")
    elif close:
        names = [n.country(code) for code in close] if isinstance(close, tuple) else [str(close)]
        return message, n._("did you mean {name}?").format(name=_either(names, n))
    else:
        hint = n._("give a country name or an ISO code, e.g. {code} or {country}")
    return message, hint.format(code="JP", country=n.country("JP"))


def _incomplete(v: Values, n: Naming) -> tuple[str, str | None]:
    why = {
        "too-short": lambda: n._("too short"),
        "too-long": lambda: n._("too long"),
        "not-valid": lambda: n._("not a valid number"),
        "no-valid-reading": lambda: n._("no valid number under any reading"),
        "not-valid-there": lambda: n._("no valid number when dialled in {country}").format(
            country=n.in_country(str(v.get("region") or ""))
        ),
    }[str(v["why"])]()
    message = n._("not a complete phone number: {value} ({why})").format(value=_typed(v), why=why)
    if v.get("elsewhere"):
        return message, n._(
            "a number when dialled elsewhere: without --from (or AMEXHELP_FROM) every reading is judged"
        )
    return message, n._("check it digit by digit against the issuer's website, app or statement")


def _input_not_text(v: Values, n: Naming) -> tuple[str, str | None]:
    encoding = str(v["encoding"]).removesuffix("-sig").upper()
    message = n._("the input is not {encoding} text: line {line} ({reason})").format(
        encoding=encoding, line=_count(v, "line"), reason=v["reason"]
    )
    if v.get("encoding_given"):
        return message, None
    return message, n._("give --encoding if it is text in another encoding")


def _message_too_long(v: Values, n: Naming) -> tuple[str, str | None]:
    if v.get("length") is None:
        return n.ngettext(
            "message is too long (at most {count} character)",
            "message is too long (at most {count} characters)",
            _number(v, "limit"),
        ).format(count=_count(v, "limit")), None
    return n.ngettext(
        "message is too long ({count} character; at most {limit})",
        "message is too long ({count} characters; at most {limit})",
        _number(v, "length"),
    ).format(count=_count(v, "length"), limit=_count(v, "limit")), None


def _kind(v: Values, n: Naming) -> str:
    """What a JSON value is ("got"): a kind of ``validation.KINDS`` in words (null is JSON's own word)."""
    got = str(v.get("got"))
    kinds = {
        "boolean": lambda: n._("a boolean"),
        "number": lambda: n._("a number"),
        "string": lambda: n._("a string"),
        "list": lambda: n._("a list"),
        "object": lambda: n._("an object"),
    }
    return kinds[got]() if got in kinds else got


def _form(v: Values, n: Naming) -> str:
    """How a text must be written ("bad-form"'s form, one of ``validation.FORMS``)."""
    return {
        "alpha2": lambda: n._("an ISO 3166-1 alpha-2 code"),
        "language": lambda: n._("an ISO 639-1 code"),
        "time": lambda: n._("a time HH:MM"),
        "e164": lambda: n._("an E.164 number (+ and 7 to 15 digits)"),
        "digits": lambda: n._("a string of 3 to 17 digits"),
        "id": lambda: n._("a lower-case id (letters, digits, dashes)"),
        "prefix": lambda: n._("+ and 1 to 15 digits"),
        "date": lambda: n._("a date YYYY-MM-DD"),
        "service-id": lambda: n._("a service id"),
        "area-id": lambda: n._("an area id"),
    }[str(v["form"])]()


def _reason(v: Values, n: Naming) -> str:
    """Why a directory file breaks the schema: a reason of ``validation.REASONS`` in words."""
    value = repr(v.get("value"))
    if v["reason"] == "not-area" and not v.get("choices"):
        return n._("{value} is not one of the areas: none").format(value=value)
    reasons: dict[str, Callable[[], str]] = {
        "not-object": lambda: n._("expected an object, got {got}"),
        "not-list": lambda: n._("expected a list, got {got}"),
        "not-string": lambda: n._("expected a string, got {got}"),
        "not-string-or-null": lambda: n._("expected a string or null, got {got}"),
        "not-boolean": lambda: n._("expected true or false, got {got}"),
        "not-positive": lambda: n._("expected a positive whole number, got {got}"),
        "missing": lambda: n._("required field is missing"),
        "unknown-field": lambda: n._("unknown field"),
        "empty": lambda: n._("must not be empty"),
        "bad-form": lambda: n._("{value} is not {form}"),
        "not-country": lambda: n._("{value} is not an ISO 3166-1 country code"),
        "not-language": lambda: n._("{value} is not an ISO 639-1 language code"),
        "not-one-of": lambda: n._("{value} is not one of {choices}"),
        "not-source": lambda: n._("{value} is not the id of a source"),
        "not-line": lambda: n._("{value} is not the id of a line"),
        "not-service": lambda: n._("{value} is not one of the services: {choices}"),
        "not-area": lambda: n._("{value} is not one of the areas: {choices}"),
        "not-url": lambda: n._("{value} is not an http(s) URL"),
        "hours-either": lambda: n._("give either always: true or a list of periods"),
        "hours-tz": lambda: n._("periods need the time zone they are in"),
        "no-number": lambda: n._("give an E.164 number, or null with domestic_dial for a number that has none"),
        "digits-differ": lambda: n._("{value} does not have the digits of {e164}"),
        "unsupported-version": lambda: n._(
            "version {value} is not supported; this release reads schema version {versions}"
        ),
        "duplicate": lambda: n._("duplicate {key} {value}"),
        "control-character": lambda: n._("holds the control character {value}, which no text may hold"),
    }
    return reasons[str(v["reason"])]().format(
        value=value,
        got=_kind(v, n) if "got" in v else "",
        form=_form(v, n) if "form" in v else "",
        choices=_names(v, "choices"),
        versions=_names(v, "versions"),
        e164=v.get("e164"),
        key=v.get("key"),
    )


def _data_invalid(v: Values, n: Naming) -> tuple[str, str | None]:
    if not v.get("path"):
        return n._("invalid directory data in {origin}: top level: {detail}").format(
            origin=v["origin"], detail=_reason(v, n)
        ), None
    return n._("invalid directory data in {origin}: {path}: {detail}").format(
        origin=v["origin"], path=v["path"], detail=_reason(v, n)
    ), None


_WORDING: dict[str, _Wording] = {
    "too-long": _too_long,
    "too-many-arguments": lambda v, n: (
        n._("too many command-line arguments ({count}; at most {limit})").format(
            count=_count(v, "count"), limit=_count(v, "limit")
        ),
        None,
    ),
    "unknown-country": _unknown_country,
    "odd-character": lambda v, n: (
        n._("unexpected character {char} in {option}: {value}").format(
            char=_typed(v, "char"), option=v["option"], value=_typed(v)
        ),
        n._("give a country code, a country name or a place, e.g. {code}, {country} or {place}").format(
            code="JP", country=n.country("JP"), place="Tokyo"
        ),
    ),
    "unknown-need": lambda v, n: (
        n._("unknown need for --need: {value}").format(value=_typed(v)),
        _close_or_known(v, n),
    ),
    "unknown-product": lambda v, n: (
        n._("unknown card product for --product: {value}").format(value=_typed(v)),
        _close_or_known(v, n),
    ),
    "unknown-lang": lambda v, n: (
        n._("no names in language {value} for {option}").format(value=_typed(v), option=v["option"]),
        n._("one of: {names}").format(names=_names(v, "known")),
    ),
    "unknown-tz": lambda v, n: (
        n._("unknown time zone for --tz: {value}").format(value=_typed(v)),
        n._("did you mean {name}?").format(name=v["close"])
        if v.get("close")
        else n._("an IANA name such as {example} or {other}").format(example="Europe/Paris", other="Asia/Tokyo"),
    ),
    "no-tz-database": lambda v, n: (
        n._("no time-zone database on this system for --tz"),
        n._("install one: {command}").format(command="pip install tzdata"),
    ),
    "unknown-kind": lambda v, n: (
        n._("unknown source kind for --kind: {value}").format(value=_typed(v)),
        n._("one of: {names}").format(names=_names(v, "known")),
    ),
    "unknown-schema": lambda v, n: (
        n._("no JSON schema for {value}").format(value=_typed(v)),
        _close_or_known(v, n),
    ),
    "unknown-encoding": lambda v, n: (
        n._("unknown encoding for --encoding: {value}").format(value=_typed(v)),
        n._("e.g. {names}").format(names="latin-1, utf-16"),
    ),
    "format-clash": lambda v, n: (
        n._("--json conflicts with --format {format}").format(format=v["format"]),
        n._("give one of them"),
    ),
    "jq-missing": lambda v, n: (
        n._("--jq needs the jq package, which is not installed"),
        n._("install it with: {command}").format(command="pip install 'amexhelp[jq]'"),
    ),
    "jq-invalid": lambda v, n: (
        n._("jq cannot run the --jq expression {value}: {detail}").format(value=_typed(v), detail=v["detail"]),
        None,
    ),
    "qr-with-json": lambda v, n: (n._("--qr prints a picture for a terminal; it does not mix with JSON output"), None),
    "brief-with-format": lambda v, n: (
        n._("--brief prints bare numbers; it does not mix with --json, --format or --qr"),
        None,
    ),
    "brief-with-all": lambda v, n: (n._("--brief prints bare numbers; it does not mix with --all"), None),
    "batch-only": lambda v, n: (
        n._("{option} applies to a batch only").format(option=v["option"]),
        n._("give '-' as NUMBER to read stdin"),
    ),
    "full-without-json": lambda v, n: (n._("--full chooses the shape of JSON records"), n._("give --json with it")),
    "number-and-message": lambda v, n: (n._("give a NUMBER or --message FILE, not both"), None),
    "no-number": lambda v, n: (
        n._("give a NUMBER to check"),
        n._("or '-' to read one per line from stdin, or --message FILE"),
    ),
    "no-stdin-numbers": lambda v, n: (n._("no standard input to read numbers from"), None),
    "no-stdin-message": lambda v, n: (n._("no standard input to read the message from"), None),
    "cannot-read": lambda v, n: (n._("cannot read {path}: {reason}").format(path=v["path"], reason=v["reason"]), None),
    "message-too-long": _message_too_long,
    "number-too-long": lambda v, n: (
        n.ngettext(
            "phone number is too long ({count} character; at most {limit})",
            "phone number is too long ({count} characters; at most {limit})",
            _number(v, "length"),
        ).format(count=v["length"], limit=v["limit"]),
        None,
    ),
    "not-a-number": lambda v, n: (
        n._("not a phone number: {value}").format(value=_typed(v)),
        n._("give digits, e.g. {example}").format(example="+1 800 528 4800"),
    ),
    "incomplete-number": _incomplete,
    "input-not-text": _input_not_text,
    "input-has-nul": lambda v, n: (n._("the input is no text (it holds NUL characters)"), n._("one number per line")),
    "input-utf16": lambda v, n: (
        n._("the input looks like UTF-16 text without a byte-order mark"),
        n._("give --encoding {encoding}").format(encoding=v["encoding"]),
    ),
    "file-exists": lambda v, n: (
        n._("{path} already exists").format(path=v["path"]),
        n._("use --force to replace it"),
    ),
    "output-not-a-file": lambda v, n: (
        n._("{path} is not a regular file; --output writes only regular files").format(path=v["path"]),
        n._("give '-' to write to stdout"),
    ),
    "cannot-write": lambda v, n: (
        n._("cannot write {path}: {reason}").format(path=v["path"], reason=v["reason"]),
        None,
    ),
    "no-tel-link": lambda v, n: (
        n._("{number} has no international form, so no tel: link is made for it").format(number=v["number"]),
        None,
    ),
    "no-qr-line": lambda v, n: (
        n._("no line of this answer can be dialled from where you are, so no QR code is printed"),
        None,
    ),
    "no-faq": lambda v, n: (
        n._("no FAQ matches {query}").format(query=_typed(v, "query")),
        n._("run `amexhelp faq` to list them all"),
    ),
    "data-unreadable": lambda v, n: (
        n._("cannot read directory data {path} (from {variable}): {reason}").format(
            path=v["path"], variable=v["variable"], reason=v["reason"]
        ),
        None,
    ),
    "data-not-a-file": lambda v, n: (
        n._("cannot read directory data {path} (from {variable}): not a regular file").format(
            path=v["path"], variable=v["variable"]
        ),
        None,
    ),
    "data-too-large": lambda v, n: (
        n.ngettext(
            "directory data {path} is too large (more than {count} byte)",
            "directory data {path} is too large (more than {count} bytes)",
            _number(v, "limit"),
        ).format(path=v["path"], count=_count(v, "limit")),
        None,
    ),
    "data-too-deep": lambda v, n: (
        n.ngettext(
            "invalid directory data in {path}: nested more than {count} level deep",
            "invalid directory data in {path}: nested more than {count} levels deep",
            _number(v, "limit"),
        ).format(path=v["path"], count=v["limit"]),
        None,
    ),
    "data-not-utf8": lambda v, n: (
        n._("invalid directory data in {path}: not UTF-8 text (byte {byte})").format(path=v["path"], byte=v["byte"]),
        None,
    ),
    "data-not-json": lambda v, n: (
        n._("invalid directory data in {path}: line {line}, column {column}: {detail}").format(
            path=v["path"], line=v["line"], column=v["column"], detail=v["detail"]
        ),
        None,
    ),
    "data-invalid": _data_invalid,
    "data-not-a-number": lambda v, n: (
        n._("{number} is not a phone number: {detail}").format(number=repr(v["number"]), detail=v["detail"]),
        None,
    ),
    "output-failed": lambda v, n: (n._("cannot write to stdout: {reason}").format(reason=v["reason"]), None),
    "output-closed": lambda v, n: (n._("stdout was closed"), None),
}


def parts(error: AmexhelpError, naming: Naming | None = None) -> tuple[str, str | None]:
    """An error's message and its suggestion (None: none), in ``naming``'s language (English if None)."""
    return _WORDING[error.code](dict(error.values), naming if naming is not None else _english())


def word(error: AmexhelpError, naming: Naming | None = None) -> str:
    """The line for one error, in ``naming``'s language (English if None)."""
    n = naming if naming is not None else _english()
    message, suggestion = parts(error, n)
    if suggestion:
        return n._("{message} ({suggestion})").format(message=message, suggestion=suggestion)
    return message


# Where a bug is reported: the same address as the package's "Issues" Project-URL (pyproject.toml).
ISSUES_URL = "https://github.com/amexhelp/amexhelp/issues"


def internal(kind: str, detail: str, naming: Naming | None = None) -> str:
    """The line for a bug in amexhelp: an exception of ``kind`` that none of our errors covers."""
    n = naming if naming is not None else _english()
    return (
        n._(
            "internal error ({kind}: {detail}); this is a bug in amexhelp, not in what you asked: please report it"
            " with the command you ran (AMEXHELP_DEBUG=1 shows the details)"
        ).format(kind=kind, detail=detail)
        + f": {ISSUES_URL}"
    )


def _english() -> Naming:
    from amexhelp.render.naming import ENGLISH_NAMES

    return ENGLISH_NAMES


errors.use_wording(parts)

"""Building the typed directory from a parsed directory document: the records of ``model``, one per
entry, each field as written or at its documented default.

A document is checked before anything is built from it: the bundled file when the package was built
(``python -m tools.datagen`` checks it; CI's ``--check`` holds it to that), so it is trusted at run time;
any other file (``AMEXHELP_DATA``) against the published JSON Schema, by ``amexhelp.directory.validation``,
when it is first read. Lines, sources and markets are built only when first used: a lookup touches a few.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from types import UnionType
from typing import Any, TypeVar

from amexhelp.directory.model import (
    Advice,
    Area,
    Channel,
    DataOrigin,
    Directory,
    Evidence,
    Faq,
    Line,
    Market,
    Need,
    OpenHours,
    Period,
    Source,
    SourceRecord,
    WithdrawnRange,
    _Record,
)

_R = TypeVar("_R", bound=_Record)

__all__ = [
    "host_of",
    "on_domains",
    "raw_key",
    "read_directory",
    "trusted_line",
]


def trusted_line(v: Mapping[str, Any]) -> Line:
    """A line of a checked document, every optional field at its documented default.

    Read by the fields ``Line`` declares (their names, types and defaults): a field added there is read
    here with no other change (tests/directory/test_line_declared_once.py holds the published schemas
    to it)."""
    # Most fields are read as they are: no call for those (a call a field was 1 M instructions of a lookup).
    return Line(
        *[
            v.get(name, default) if read is _as_is else read(v.get(name, default))
            for name, default, read in _line_fields()
        ]
    )


def _as_is(value: Any) -> Any:
    return value


@cache
def _line_fields() -> tuple[tuple[str, Any, Callable[[Any], Any]], ...]:
    """Each field of ``Line``: its name, its value when a document leaves it out, and how it is read.

    A field without a default in ``Line`` defaults to the empty value of its type (None, or an empty
    tuple); a list is read as a tuple (of records for a record type); a text with the default "" reads
    null as "" too."""
    from typing import Union, get_args, get_origin

    fields: list[tuple[str, Any, Callable[[Any], Any]]] = []
    for name, kind in Line.__annotations__.items():
        args = get_args(kind)
        origin: Any = get_origin(kind)
        if origin is tuple:
            item = _READERS.get(args[0])
            fields.append((name, (), _tuple_of(item) if item is not None else tuple))
        elif origin in (Union, UnionType) and type(None) in args:
            reader = _READERS.get(args[0])
            fields.append((name, Line._field_defaults.get(name), _or_none(reader) if reader else _as_is))
        elif name in Line._field_defaults:
            default = Line._field_defaults[name]
            fields.append((name, default, _or_empty if default == "" else _as_is))
        else:
            fields.append((name, None, _as_is))
    return tuple(fields)


def _tuple_of(read: Callable[[Any], Any]) -> Callable[[Any], tuple[Any, ...]]:
    return lambda values: tuple(map(read, values))


def _or_none(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else read(value)


def _or_empty(value: Any) -> Any:
    return value or ""


def _open_hours(v: Mapping[str, Any]) -> OpenHours:
    periods = tuple(Period(days=p["days"], open=p["open"], close=p["close"]) for p in v.get("periods", ()))
    return OpenHours(always=v.get("always", False), tz=v.get("tz"), periods=periods)


_READERS: dict[Any, Callable[[Any], Any]] = {
    Evidence: lambda e: Evidence(source=e["source"], says=e.get("says")),
    OpenHours: _open_hours,
}

_PARAMETERS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _parameters(cls: Any) -> tuple[tuple[str, Any], ...]:
    """A record's fields as its ``__init__`` takes them: each name, with its default (None for a field
    without one: a checked document has every required field)."""
    code = cls.__init__.__code__
    names = code.co_varnames[1 : code.co_argcount]
    defaults = cls.__init__.__defaults__ or ()
    first = len(names) - len(defaults)
    return tuple((name, defaults[i - first] if i >= first else None) for i, name in enumerate(names))


def _record(cls: type[_R], v: Mapping[str, Any]) -> _R:
    """A small record of a checked document's object, by the names its ``__init__`` takes (each field
    as written, or at its default)."""
    fields = _PARAMETERS.get(cls) or _PARAMETERS.setdefault(cls, _parameters(cls))
    return cls(*[v.get(name, default) for name, default in fields])


def _advice(v: Any) -> Advice:
    """A piece of advice: text for every market, or {"text", "markets"} for some."""
    return Advice(v) if isinstance(v, str) else Advice(v["text"], frozenset(v["markets"]))


def _need(v: Mapping[str, Any]) -> Need:
    return Need(id=v["id"], name=v["name"], services=tuple(v["services"]), advice=tuple(map(_advice, v["advice"])))


def read_directory(
    document: Any,
    origin: DataOrigin,
    countries: Mapping[str, str],
    languages: Mapping[str, str],
    complete: Callable[[Line], Line] | None = None,
    *,
    checked: bool | None = None,
) -> Directory:
    """The typed directory of a parsed document. Unless it is ``checked`` already (by default: when it
    is the bundled file), the document is first checked whole (``validation.validate``), and a failure
    raises DataError naming the file, the field's path and why. ``complete`` fills in what a line left out."""
    if not (origin.bundled if checked is None else checked):
        from amexhelp.directory.validation import Known, validate  # jsonschema: only for such a file

        validate(document, origin.path, Known(countries, languages))
    raw_lines, raw_sources, raw_markets = document["lines"], document["sources"], document["markets"]
    # The sources' ids: kept beside them when they are parsed only when read (loading.joined), else read off each.
    source_ids = getattr(raw_sources, "keys", None) or [item["id"] for item in raw_sources]
    positions = {source_id: i for i, source_id in enumerate(source_ids)}

    def build_source(source_id: str) -> SourceRecord | None:
        i = positions.get(source_id)
        return None if i is None else _record(SourceRecord, raw_sources[i])

    def build_line(i: int) -> Line:
        line = trusted_line(raw_lines[i])
        return complete(line) if complete is not None else line

    return Directory(
        schema_version=document["schema_version"],
        source=_record(Source, document["source"]),
        services=dict(document["services"]),
        fallback_line=document["fallback_line"],
        areas={
            area_id: Area(id=area_id, name=area["name"], countries=frozenset(area["countries"]))
            for area_id, area in document["areas"].items()
        },
        line_keys=_line_keys(raw_lines),
        build_line=build_line,
        needs=tuple(map(_need, document["needs"])),
        channels=tuple(_record(Channel, item) for item in document["channels"]),
        faqs=tuple(_record(Faq, item) for item in document["faqs"]),
        safety=tuple(document["safety"]),
        origin=origin,
        build_sources=lambda: {item["id"]: _record(SourceRecord, item) for item in raw_sources},
        build_source=build_source,
        build_markets=lambda: {item["code"]: _record(Market, item) for item in raw_markets},
        issuer_domains=tuple(document["issuer_domains"]),
        served_by=dict(document.get("served_by", {})),
        withdrawn_ranges=tuple(_record(WithdrawnRange, item) for item in document.get("withdrawn_ranges", [])),
    )


def host_of(url: str) -> str:
    """The host name of an http(s) URL, lower-cased, without a port or user part."""
    rest = url.split("://", 1)[-1]
    host = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rsplit("@", 1)[-1]
    return host.split(":", 1)[0].casefold().rstrip(".")


def on_domains(url: str, domains: tuple[str, ...]) -> bool:
    """Whether a URL's host is one of ``domains`` or below one of them."""
    host = host_of(url)
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def raw_key(item: Any) -> tuple[Any, ...]:
    """What the indexes need of one raw line: whether it is an object, its id, country and area, and
    whether it is for callers abroad. A data-file cache keeps these beside each line, so a large file
    need not decode every line to build its indexes."""
    if not isinstance(item, dict):
        from amexhelp.directory.validation import kind

        return (False, kind(item), None, None, False)
    return (
        True,
        item.get("id"),
        item.get("country"),
        item.get("area"),
        item.get("from_abroad") is True or item.get("collect") is True,
    )


def _line_keys(raw_lines: Sequence[Any]) -> list[tuple[str, str | None, str | None, bool]]:
    """Each line's (id, country, area, for callers abroad), from the keys a data-file cache kept when it
    kept them, else read off each line."""
    raw_keys = getattr(raw_lines, "keys", None)
    if raw_keys is None:
        raw_keys = [raw_key(item) for item in raw_lines]
    return [(line_id, country, area, abroad) for _is_object, line_id, country, area, abroad in raw_keys]

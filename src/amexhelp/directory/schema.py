"""Building the typed directory from a parsed directory document: the records of ``model``, one per
entry, each field as written or at its documented default.

A document is checked before anything is built from it: the bundled file when the package was built
(``python -m tools.datagen`` checks it; CI's ``--check`` holds it to that), so it is trusted at run time;
any other file (``AMEXHELP_DATA``) against the published JSON Schema, by ``amexhelp.directory.validation``,
when it is first read. Lines, sources and markets are built only when first used: a lookup touches a few.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from amexhelp.directory.model import (
    CARDMEMBER,
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
)

__all__ = [
    "host_of",
    "on_domains",
    "raw_key",
    "read_directory",
    "trusted_line",
]


def trusted_line(v: Mapping[str, Any]) -> Line:
    """A line of a checked document, every optional field at its documented default."""
    hours = v.get("open_hours")
    open_hours = None
    if hours is not None:
        periods = tuple(Period(days=p["days"], open=p["open"], close=p["close"]) for p in hours.get("periods", ()))
        open_hours = OpenHours(always=hours.get("always", False), tz=hours.get("tz"), periods=periods)
    return Line(
        id=v["id"],
        country=v["country"],
        area=v.get("area"),
        services=tuple(v["services"]),
        label=v["label"],
        display=v["display"],
        e164=v["e164"],
        toll_free=v["toll_free"],
        hours=v["hours"],
        languages=tuple(v["languages"]),
        languages_as_printed=tuple(v.get("languages_as_printed", ())),
        notes=tuple(v["notes"]),
        evidence=tuple(Evidence(source=e["source"], says=e.get("says")) for e in v["evidence"]),
        products=tuple(v.get("products", ())),
        from_abroad=v.get("from_abroad", False),
        collect=v.get("collect", False),
        open_hours=open_hours,
        correction=v.get("correction"),
        reachable_from_abroad=v.get("reachable_from_abroad"),
        audience=v.get("audience", CARDMEMBER),
        cobrand=v.get("cobrand"),
        status=v.get("status", "guide-only"),
        disputed_by=tuple(v.get("disputed_by", ())),
        independent_sources=v.get("independent_sources", 0),
        domestic_dial=v.get("domestic_dial"),
        international=v.get("international") or "",
        national=v.get("national", ""),
        number_region=v.get("number_region", ""),
        number_type=v.get("number_type") or "",
        home_dial=v.get("home_dial", ""),
        abroad_ok=v.get("abroad_ok", False),
        abroad_reason=v.get("abroad_reason"),
    )


def _source_record(v: Mapping[str, Any]) -> SourceRecord:
    return SourceRecord(
        id=v["id"],
        kind=v["kind"],
        title=v["title"],
        url=v["url"],
        as_of=v["as_of"],
        note=v.get("note"),
        domain=v.get("domain"),
        owner=v.get("owner"),
        independent=v.get("independent"),
        independence=v.get("independence"),
    )


def _market(v: Mapping[str, Any]) -> Market:
    return Market(
        code=v["code"], checked=v["checked"], issuer_found=v["issuer_found"], partner=v.get("partner"), note=v["note"]
    )


def _advice(v: Any) -> Advice:
    """A piece of advice: text for every market, or {"text", "markets"} for some."""
    return Advice(v) if isinstance(v, str) else Advice(v["text"], frozenset(v["markets"]))


def _need(v: Mapping[str, Any]) -> Need:
    return Need(id=v["id"], name=v["name"], services=tuple(v["services"]), advice=tuple(map(_advice, v["advice"])))


def _channel(v: Mapping[str, Any]) -> Channel:
    return Channel(
        id=v["id"],
        name=v["name"],
        summary=v["summary"],
        description=v["description"],
        details=dict(v["details"]),
        source=v.get("source"),
    )


def _faq(v: Mapping[str, Any]) -> Faq:
    return Faq(id=v["id"], question=v["question"], answer=v["answer"], source=v.get("source"), market=v.get("market"))


def _withdrawn_range(v: Mapping[str, Any]) -> WithdrawnRange:
    return WithdrawnRange(
        prefix=v["prefix"],
        country=v["country"],
        name=v["name"],
        withdrawn=v["withdrawn"],
        source=v["source"],
        note=v.get("note"),
    )


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
    positions = {item["id"]: i for i, item in enumerate(raw_sources)}

    def build_source(source_id: str) -> SourceRecord | None:
        i = positions.get(source_id)
        return None if i is None else _source_record(raw_sources[i])

    def build_line(i: int) -> Line:
        line = trusted_line(raw_lines[i])
        return complete(line) if complete is not None else line

    source = document["source"]
    return Directory(
        schema_version=document["schema_version"],
        source=Source(**{k: source[k] for k in ("title", "kind", "as_of", "note", "caution")}),
        services=dict(document["services"]),
        fallback_line=document["fallback_line"],
        areas={
            area_id: Area(id=area_id, name=area["name"], countries=frozenset(area["countries"]))
            for area_id, area in document["areas"].items()
        },
        line_keys=_line_keys(raw_lines),
        build_line=build_line,
        needs=tuple(map(_need, document["needs"])),
        channels=tuple(map(_channel, document["channels"])),
        faqs=tuple(map(_faq, document["faqs"])),
        safety=tuple(document["safety"]),
        origin=origin,
        build_sources=lambda: {item["id"]: _source_record(item) for item in raw_sources},
        build_source=build_source,
        build_markets=lambda: {item["code"]: _market(item) for item in raw_markets},
        issuer_domains=tuple(document["issuer_domains"]),
        served_by=dict(document.get("served_by", {})),
        withdrawn_ranges=tuple(map(_withdrawn_range, document.get("withdrawn_ranges", []))),
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

"""Typed, strict loading of a directory document: the one declared schema of the data.

Every record is checked field by field; a failure (DataError "data-invalid") names the file, the path
of the field (``lines[3].e164``) and why, as a code of REASONS and its values, worded by the
renderers. Unknown fields are rejected so a typo cannot silently drop data.
Hand-written rather than a JSON Schema library because it runs on every start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn, TypeVar

from amexhelp.directory.model import (
    STATUSES,
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
from amexhelp.errors import DataError

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
)
KINDS = ("null", "boolean", "number", "string", "list", "object")
# How a text must be written ("bad-form"'s form).
FORMS = ("alpha2", "language", "time", "e164", "digits", "id", "prefix", "date", "service-id", "area-id")

SUPPORTED_SCHEMA_VERSIONS = (2,)
# Older versions read by upgrading them first (amexhelp.directory.evidence.upgrade_v1).
UPGRADED_SCHEMA_VERSIONS = (1,)
SOURCE_KINDS = ("issuer", "issuer-partner", "third-party")
PRODUCTS = ("personal", "business", "corporate", "platinum", "centurion")
DAYS = ("daily", "mon-fri", "mon-sat", "sat", "sun", "sat-sun")

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


_NUMBER_TYPES = (
    "FIXED_LINE",
    "MOBILE",
    "FIXED_LINE_OR_MOBILE",
    "TOLL_FREE",
    "PREMIUM_RATE",
    "SHARED_COST",
    "VOIP",
    "PERSONAL_NUMBER",
    "PAGER",
    "UAN",
    "VOICEMAIL",
    "UNKNOWN",
)

T = TypeVar("T")


class _Reader:
    def __init__(self, origin: str, countries: Mapping[str, str], languages: Mapping[str, str]):
        self.origin = origin
        self.countries = countries
        self.languages = languages
        self.source_ids: frozenset[str] = frozenset()

    def fail(self, path: str, reason: str, **values: Any) -> NoReturn:
        """Refuse the file: what is wrong at ``path`` (a code of REASONS, and its values)."""
        raise DataError("data-invalid", origin=self.origin, path=path, reason=reason, **values)

    # -- scalars -------------------------------------------------------------------------------
    def obj(self, value: Any, path: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, "not-object", got=_kind(value))
        missing = [k for k in required if k not in value]
        if missing:
            self.fail(_join(path, missing[0]), "missing")
        unknown = sorted(k for k in value if k not in required and k not in optional)
        if unknown:
            self.fail(_join(path, unknown[0]), "unknown-field")
        return value

    def text(self, value: Any, path: str, *, pattern: Callable[[str], bool] | None = None, form: str = "") -> str:
        if not isinstance(value, str):
            self.fail(path, "not-string", got=_kind(value))
        if not value.strip():
            self.fail(path, "empty")
        if pattern is not None and not pattern(value):
            self.fail(path, "bad-form", value=value, form=form)
        return value

    def opt_text(self, value: Any, path: str) -> str | None:
        return None if value is None else self.text(value, path)

    def flag(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            self.fail(path, "not-boolean", got=_kind(value))
        return value

    def items(self, value: Any, path: str, read: Callable[[Any, str], T], *, non_empty: bool = False) -> tuple[T, ...]:
        if not isinstance(value, list):
            self.fail(path, "not-list", got=_kind(value))
        if non_empty and not value:
            self.fail(path, "empty")
        return tuple(read(item, f"{path}[{i}]") for i, item in enumerate(value))

    def country(self, value: Any, path: str) -> str:
        code = self.text(value, path, pattern=_is_alpha2, form="alpha2")
        if code not in self.countries:
            self.fail(path, "not-country", value=code)
        return code

    def language(self, value: Any, path: str) -> str:
        code = self.text(value, path, pattern=_is_lang, form="language")
        if code not in self.languages:
            self.fail(path, "not-language", value=code)
        return code

    # -- records -------------------------------------------------------------------------------
    def source(self, value: Any, path: str) -> Source:
        v = self.obj(value, path, ("title", "kind", "as_of", "note", "caution"))
        return Source(**{k: self.text(v[k], _join(path, k)) for k in ("title", "kind", "as_of", "note", "caution")})

    def one_of(self, value: Any, path: str, choices: tuple[str, ...]) -> str:
        text = self.text(value, path)
        if text not in choices:
            self.fail(path, "not-one-of", value=text, choices=choices)
        return text

    def evidence(self, value: Any, path: str) -> Evidence:
        v = self.obj(value, path, ("source",), ("says",))
        source = self.text(v["source"], _join(path, "source"))
        if source not in self.source_ids:
            self.fail(_join(path, "source"), "not-source", value=source)
        return Evidence(source=source, says=self.opt_text(v.get("says"), _join(path, "says")))

    def period(self, value: Any, path: str) -> Period:
        v = self.obj(value, path, ("days", "open", "close"))
        return Period(
            days=self.one_of(v["days"], _join(path, "days"), DAYS),
            open=self.text(v["open"], _join(path, "open"), pattern=_is_time, form="time"),
            close=self.text(v["close"], _join(path, "close"), pattern=_is_time, form="time"),
        )

    def open_hours(self, value: Any, path: str) -> OpenHours | None:
        if value is None:
            return None
        v = self.obj(value, path, (), ("always", "tz", "periods"))
        always = self.flag(v.get("always", False), _join(path, "always"))
        periods = self.items(v.get("periods", []), _join(path, "periods"), self.period)
        tz = self.opt_text(v.get("tz"), _join(path, "tz"))
        if always == bool(periods):
            self.fail(path, "hours-either")
        if periods and tz is None:
            self.fail(_join(path, "tz"), "hours-tz")
        return OpenHours(always=always, tz=tz, periods=periods)

    def line(self, value: Any, path: str) -> Line:
        v = self.obj(
            value,
            path,
            (
                "id",
                "country",
                "services",
                "label",
                "display",
                "e164",
                "toll_free",
                "hours",
                "languages",
                "notes",
                "evidence",
            ),
            (
                "area",
                "products",
                "from_abroad",
                "collect",
                "open_hours",
                "domestic_dial",
                "languages_as_printed",
                "correction",
                "reachable_from_abroad",
                "status",
                "disputed_by",
                "international",
                "national",
                "number_region",
                "number_type",
                "home_dial",
                "abroad_ok",
                "abroad_reason",
            ),
        )

        def p(key: str) -> str:
            return _join(path, key)

        e164 = None
        if v["e164"] is not None:
            e164 = self.text(v["e164"], p("e164"), pattern=_is_e164, form="e164")
        domestic = v.get("domestic_dial")
        if domestic is not None:
            self.text(domestic, p("domestic_dial"), pattern=_is_domestic_dial, form="digits")
        if (e164 is None) == (domestic is None):
            self.fail(p("e164"), "no-number")
        reachable = v.get("reachable_from_abroad")
        international = v.get("international")
        if international is not None:
            self.text(international, p("international"))
            # A cheap consistency check that needs no phone library: same digits as the E.164 form.
            if e164 is not None and "".join(ch for ch in international if ch.isdigit()) != e164[1:]:
                self.fail(p("international"), "digits-differ", value=international, e164=e164)
        number_type = v.get("number_type")
        if number_type is not None and number_type not in _NUMBER_TYPES:
            self.fail(p("number_type"), "not-one-of", value=number_type, choices=_NUMBER_TYPES)
        status = v.get("status", "guide-only")
        return Line(
            id=self.text(v["id"], p("id"), pattern=_is_id, form="id"),
            country=None if v["country"] is None else self.country(v["country"], p("country")),
            area=self.opt_text(v.get("area"), p("area")),
            services=self.items(v["services"], p("services"), self.text, non_empty=True),
            label=self.text(v["label"], p("label")),
            display=self.text(v["display"], p("display")),
            e164=e164,
            toll_free=self.flag(v["toll_free"], p("toll_free")),
            hours=self.opt_text(v["hours"], p("hours")),
            languages=self.items(v["languages"], p("languages"), self.language),
            languages_as_printed=self.items(v.get("languages_as_printed", []), p("languages_as_printed"), self.text),
            notes=self.items(v["notes"], p("notes"), self.text),
            evidence=self.items(v["evidence"], p("evidence"), self.evidence),
            products=self.items(v.get("products", []), p("products"), lambda x, q: self.one_of(x, q, PRODUCTS)),
            from_abroad=self.flag(v.get("from_abroad", False), p("from_abroad")),
            collect=self.flag(v.get("collect", False), p("collect")),
            open_hours=self.open_hours(v.get("open_hours"), p("open_hours")),
            correction=self.opt_text(v.get("correction"), p("correction")),
            reachable_from_abroad=None if reachable is None else self.flag(reachable, p("reachable_from_abroad")),
            status=self.one_of(status, p("status"), STATUSES),
            disputed_by=self.items(v.get("disputed_by", []), p("disputed_by"), self.text),
            domestic_dial=domestic,
            international=international or "",
            national=self.text(v["national"], p("national")) if "national" in v else "",
            number_region=self.country(v["number_region"], p("number_region")) if "number_region" in v else "",
            number_type=number_type or "",
            home_dial=self.text(v["home_dial"], p("home_dial")) if "home_dial" in v else "",
            abroad_ok=self.flag(v["abroad_ok"], p("abroad_ok")) if "abroad_ok" in v else False,
            abroad_reason=self.opt_text(v.get("abroad_reason"), p("abroad_reason")),
        )

    def source_record(self, value: Any, path: str) -> SourceRecord:
        v = self.obj(value, path, ("id", "kind", "title", "url", "as_of"), ("note",))
        url = self.opt_text(v["url"], _join(path, "url"))
        kind = self.one_of(v["kind"], _join(path, "kind"), SOURCE_KINDS)
        if url is not None and not url.startswith(("https://", "http://")):
            self.fail(_join(path, "url"), "not-url", value=url)
        return SourceRecord(
            id=self.text(v["id"], _join(path, "id"), pattern=_is_id, form="id"),
            kind=kind,
            title=self.text(v["title"], _join(path, "title")),
            url=url,
            as_of=self.opt_text(v["as_of"], _join(path, "as_of")),
            note=self.opt_text(v.get("note"), _join(path, "note")),
        )

    def market(self, value: Any, path: str) -> Market:
        v = self.obj(value, path, ("code", "checked", "issuer_found", "note"), ("partner",))
        return Market(
            code=self.country(v["code"], _join(path, "code")),
            checked=self.text(v["checked"], _join(path, "checked")),
            issuer_found=self.flag(v["issuer_found"], _join(path, "issuer_found")),
            partner=self.opt_text(v.get("partner"), _join(path, "partner")),
            note=self.text(v["note"], _join(path, "note")),
        )

    def need(self, value: Any, path: str) -> Need:
        v = self.obj(value, path, ("id", "name", "services", "advice"))
        return Need(
            id=self.text(v["id"], _join(path, "id"), pattern=_is_id, form="id"),
            name=self.text(v["name"], _join(path, "name")),
            services=self.items(v["services"], _join(path, "services"), self.text, non_empty=True),
            advice=self.items(v["advice"], _join(path, "advice"), self.advice),
        )

    def advice(self, value: Any, path: str) -> Advice:
        """A piece of advice: text for every market, or {"text", "markets"} for some."""
        if isinstance(value, str):
            return Advice(self.text(value, path))
        v = self.obj(value, path, ("text", "markets"))
        markets = self.items(v["markets"], _join(path, "markets"), self.country, non_empty=True)
        return Advice(self.text(v["text"], _join(path, "text")), frozenset(markets))

    def source_id(self, value: Any, path: str) -> str:
        source = self.text(value, path)
        if source not in self.source_ids:
            self.fail(path, "not-source", value=source)
        return source

    def opt_source_id(self, value: Any, path: str) -> str | None:
        return None if value is None else self.source_id(value, path)

    def withdrawn_range(self, value: Any, path: str) -> WithdrawnRange:
        v = self.obj(value, path, ("prefix", "country", "name", "withdrawn", "source"), ("note",))
        prefix = self.text(v["prefix"], _join(path, "prefix"), pattern=_is_prefix, form="prefix")
        return WithdrawnRange(
            prefix=prefix,
            country=self.country(v["country"], _join(path, "country")),
            name=self.text(v["name"], _join(path, "name")),
            withdrawn=self.text(v["withdrawn"], _join(path, "withdrawn"), pattern=_is_date, form="date"),
            source=self.source_id(v["source"], _join(path, "source")),
            note=self.opt_text(v.get("note"), _join(path, "note")),
        )

    def channel(self, value: Any, path: str) -> Channel:
        v = self.obj(value, path, ("id", "name", "summary", "description", "details"), ("source",))
        details = self.obj(
            v["details"], _join(path, "details"), (), tuple(v["details"]) if isinstance(v["details"], dict) else ()
        )
        return Channel(
            id=self.text(v["id"], _join(path, "id"), pattern=_is_id, form="id"),
            name=self.text(v["name"], _join(path, "name")),
            summary=self.text(v["summary"], _join(path, "summary")),
            description=self.text(v["description"], _join(path, "description")),
            details={k: self.text(x, _join(_join(path, "details"), k)) for k, x in details.items()},
            source=self.opt_source_id(v.get("source"), _join(path, "source")),
        )

    def faq(self, value: Any, path: str) -> Faq:
        v = self.obj(value, path, ("id", "question", "answer"), ("source", "market"))
        if not isinstance(v["id"], int) or isinstance(v["id"], bool) or v["id"] < 1:
            self.fail(_join(path, "id"), "not-positive", got=_kind(v["id"]))
        return Faq(
            id=v["id"],
            question=self.text(v["question"], _join(path, "question")),
            answer=self.text(v["answer"], _join(path, "answer")),
            source=self.opt_source_id(v.get("source"), _join(path, "source")),
            market=None if v.get("market") is None else self.country(v["market"], _join(path, "market")),
        )

    def area(self, area_id: str, value: Any, path: str) -> Area:
        v = self.obj(value, path, ("name", "countries"))
        return Area(
            id=area_id,
            name=self.text(v["name"], _join(path, "name")),
            countries=frozenset(self.items(v["countries"], _join(path, "countries"), self.country)),
        )


def trusted_line(v: Mapping[str, Any]) -> Line:
    """A line of the bundled file, built without checks: the build checked it (``python -m tools.datagen``
    writes the file through ``read_directory``; CI's ``--check`` holds it to that). The same record as
    ``_Reader.line`` builds, field for field (a test compares the two on every bundled line)."""
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
        status=v.get("status", "guide-only"),
        disputed_by=tuple(v.get("disputed_by", ())),
        domestic_dial=v.get("domestic_dial"),
        international=v.get("international") or "",
        national=v.get("national", ""),
        number_region=v.get("number_region", ""),
        number_type=v.get("number_type") or "",
        home_dial=v.get("home_dial", ""),
        abroad_ok=v.get("abroad_ok", False),
        abroad_reason=v.get("abroad_reason"),
    )


def read_directory(
    document: Any,
    origin: DataOrigin,
    countries: Mapping[str, str],
    languages: Mapping[str, str],
    complete: Callable[[Line], Line] | None = None,
) -> Directory:
    """Check a parsed JSON document against the schema and build the typed directory.

    Everything but the lines is checked here. Each line's id, country and area are checked here
    too, for the indexes; the rest of a line is checked when the line is first used (before any
    output), or all at once through ``Directory.lines``. ``complete`` fills in what a line left out.
    """
    r = _Reader(origin.path, countries, languages)
    top = r.obj(
        document,
        "",
        (
            "schema_version",
            "source",
            "services",
            "fallback_line",
            "areas",
            "lines",
            "needs",
            "channels",
            "faqs",
            "safety",
            "sources",
            "markets",
            "issuer_domains",
        ),
        ("served_by", "withdrawn_ranges"),
    )
    version = top["schema_version"]
    if version not in SUPPORTED_SCHEMA_VERSIONS or isinstance(version, bool):
        readable = tuple(str(v) for v in (*UPGRADED_SCHEMA_VERSIONS, *SUPPORTED_SCHEMA_VERSIONS))
        r.fail("schema_version", "unsupported-version", value=version, versions=readable)
    services_doc = r.obj(
        top["services"], "services", (), tuple(top["services"]) if isinstance(top["services"], dict) else ()
    )
    services = {
        r.text(k, "services", pattern=_is_id, form="service-id"): r.text(v, f"services.{k}")
        for k, v in services_doc.items()
    }
    areas_doc = r.obj(top["areas"], "areas", (), tuple(top["areas"]) if isinstance(top["areas"], dict) else ())
    areas = {
        k: r.area(r.text(k, "areas", pattern=_is_id, form="area-id"), v, f"areas.{k}") for k, v in areas_doc.items()
    }
    raw_sources, raw_markets = top["sources"], top["markets"]
    for name, value in (("sources", raw_sources), ("markets", raw_markets)):
        if not isinstance(value, list):
            r.fail(name, "not-list", got=_kind(value))
    if not raw_sources:
        r.fail("sources", "empty")
    # Ids only, up front (lines cite them); each source and market is checked when first asked for.
    positions = {
        item["id"]: i
        for i, item in enumerate(raw_sources)
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    }

    r.source_ids = frozenset(positions)

    def build_source(source_id: str) -> SourceRecord | None:
        i = positions.get(source_id)
        return None if i is None else r.source_record(raw_sources[i], f"sources[{i}]")

    def build_sources() -> dict[str, SourceRecord]:
        sources = r.items(raw_sources, "sources", r.source_record, non_empty=True)
        _unique(r, "sources", [source.id for source in sources])
        return {source.id: source for source in sources}

    def build_markets() -> dict[str, Market]:
        markets = r.items(raw_markets, "markets", r.market)
        _unique(r, "markets", [market.code for market in markets], key="code")
        return {market.code: market for market in markets}

    domains = r.items(top["issuer_domains"], "issuer_domains", r.text)
    served_doc = top.get("served_by", {})
    served_doc = r.obj(served_doc, "served_by", (), tuple(served_doc) if isinstance(served_doc, dict) else ())
    served_by = {r.country(k, "served_by"): r.country(v, f"served_by.{k}") for k, v in served_doc.items()}
    raw_lines = top["lines"]
    line_keys = _line_keys(r, raw_lines)
    needs = r.items(top["needs"], "needs", r.need, non_empty=True)
    _unique(r, "needs", [need.id for need in needs])
    for i, need in enumerate(needs):
        for j, service in enumerate(need.services):
            if service not in services:
                r.fail(f"needs[{i}].services[{j}]", "not-service", value=service, choices=tuple(services))
    fallback = r.text(top["fallback_line"], "fallback_line")
    if fallback not in {key[0] for key in line_keys}:
        r.fail("fallback_line", "not-line", value=fallback)

    def build_line(i: int) -> Line:
        if origin.bundled:  # checked when the package was built: trusted, and built without checking again
            return trusted_line(raw_lines[i])
        line = r.line(raw_lines[i], f"lines[{i}]")
        for j, service in enumerate(line.services):
            if service not in services:
                r.fail(f"lines[{i}].services[{j}]", "not-service", value=service, choices=tuple(services))
        if line.area is not None and line.area not in areas:
            r.fail(f"lines[{i}].area", "not-area", value=line.area, choices=tuple(areas))
        return complete(line) if complete is not None else line

    faqs = r.items(top["faqs"], "faqs", r.faq)
    _unique(r, "faqs", [faq.id for faq in faqs])
    channels = r.items(top["channels"], "channels", r.channel)
    _unique(r, "channels", [channel.id for channel in channels])
    return Directory(
        schema_version=version,
        source=r.source(top["source"], "source"),
        services=services,
        fallback_line=fallback,
        areas=areas,
        line_keys=line_keys,
        build_line=build_line,
        needs=needs,
        channels=channels,
        faqs=faqs,
        safety=r.items(top["safety"], "safety", r.text),
        origin=origin,
        build_sources=build_sources,
        build_source=build_source,
        build_markets=build_markets,
        issuer_domains=domains,
        served_by=served_by,
        withdrawn_ranges=r.items(top.get("withdrawn_ranges", []), "withdrawn_ranges", r.withdrawn_range),
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
    """What the light pass reads of one raw line, unchecked: whether it is an object, its id, country
    and area (``_MISSING`` when absent), and whether it is for callers abroad. A data-file cache keeps
    these beside each line, so a large file need not decode every line to build its indexes."""
    if not isinstance(item, dict):
        return (False, _kind(item), None, None, False)
    return (
        True,
        item.get("id", None) if "id" in item else "\0missing",
        item.get("country", None) if "country" in item else "\0missing",
        item.get("area"),
        item.get("from_abroad") is True or item.get("collect") is True,
    )


def _line_keys(r: _Reader, raw_lines: Any) -> list[tuple[str, str | None, str | None, bool]]:
    """Each line's (id, country, area, for callers abroad): the light pass over every line that the
    indexes need (from the keys a data-file cache kept, when it kept them)."""
    if not isinstance(raw_lines, Sequence) or isinstance(raw_lines, (str, bytes)):
        r.fail("lines", "not-list", got=_kind(raw_lines))
    if not raw_lines:
        r.fail("lines", "empty")
    raw_keys = getattr(raw_lines, "keys", None)
    if raw_keys is None:
        raw_keys = [raw_key(item) for item in raw_lines]
    keys = []
    for i, (is_object, line_id, country, area, abroad) in enumerate(raw_keys):
        if not is_object:
            r.fail(f"lines[{i}]", "not-object", got=line_id)
        for field, value in (("id", line_id), ("country", country)):
            if value == "\0missing":
                r.fail(f"lines[{i}].{field}", "missing")
        if not isinstance(line_id, str):
            r.fail(f"lines[{i}].id", "not-string", got=_kind(line_id))
        if country is not None and not isinstance(country, str):
            r.fail(f"lines[{i}].country", "not-string-or-null", got=_kind(country))
        if area is not None and not isinstance(area, str):
            r.fail(f"lines[{i}].area", "not-string-or-null", got=_kind(area))
        keys.append((line_id, country, area, abroad))
    _unique(r, "lines", [key[0] for key in keys])
    return keys


def _unique(r: _Reader, path: str, ids: list[Any], key: str = "id") -> None:
    seen: set[Any] = set()
    for i, item in enumerate(ids):
        if item in seen:
            r.fail(f"{path}[{i}].{key}", "duplicate", key=key, value=item)
        seen.add(item)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
    """What a JSON value is (one of KINDS), for a reason's ``got``."""
    if value is None:
        return "null"
    return {
        bool: "boolean",
        int: "number",
        float: "number",
        str: "string",
        list: "list",
        dict: "object",
    }.get(type(value), type(value).__name__)

"""Typed, strict loading of a directory document: the one declared schema of the data.

Every record is checked field by field; a failure names the file, the path of the field
(``lines[3].e164``) and why. Unknown fields are rejected so a typo cannot silently drop data.
Hand-written rather than a JSON Schema library because it runs on every start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NoReturn, TypeVar

from amexhelp.errors import DataError
from amexhelp.model import Area, Channel, DataOrigin, Directory, Faq, Line, Need, Source

SUPPORTED_SCHEMA_VERSIONS = (1,)

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

    def fail(self, path: str, why: str) -> NoReturn:
        raise DataError(f"invalid directory data in {self.origin}: {path or 'top level'}: {why}")

    # -- scalars -------------------------------------------------------------------------------
    def obj(self, value: Any, path: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, f"expected an object, got {_kind(value)}")
        missing = [k for k in required if k not in value]
        if missing:
            self.fail(_join(path, missing[0]), "required field is missing")
        unknown = sorted(k for k in value if k not in required and k not in optional)
        if unknown:
            self.fail(_join(path, unknown[0]), "unknown field")
        return value

    def text(self, value: Any, path: str, *, pattern: Callable[[str], bool] | None = None, what: str = "") -> str:
        if not isinstance(value, str):
            self.fail(path, f"expected a string, got {_kind(value)}")
        if not value.strip():
            self.fail(path, "must not be empty")
        if pattern is not None and not pattern(value):
            self.fail(path, f"{value!r} is not {what}")
        return value

    def opt_text(self, value: Any, path: str) -> str | None:
        return None if value is None else self.text(value, path)

    def flag(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            self.fail(path, f"expected true or false, got {_kind(value)}")
        return value

    def items(self, value: Any, path: str, read: Callable[[Any, str], T], *, non_empty: bool = False) -> tuple[T, ...]:
        if not isinstance(value, list):
            self.fail(path, f"expected a list, got {_kind(value)}")
        if non_empty and not value:
            self.fail(path, "must not be empty")
        return tuple(read(item, f"{path}[{i}]") for i, item in enumerate(value))

    def country(self, value: Any, path: str) -> str:
        code = self.text(value, path, pattern=_is_alpha2, what="an ISO 3166-1 alpha-2 code")
        if code not in self.countries:
            self.fail(path, f"{code!r} is not an ISO 3166-1 country code")
        return code

    def language(self, value: Any, path: str) -> str:
        code = self.text(value, path, pattern=_is_lang, what="an ISO 639-1 code")
        if code not in self.languages:
            self.fail(path, f"{code!r} is not an ISO 639-1 language code")
        return code

    # -- records -------------------------------------------------------------------------------
    def source(self, value: Any, path: str) -> Source:
        v = self.obj(value, path, ("title", "kind", "as_of", "note", "caution"))
        return Source(**{k: self.text(v[k], _join(path, k)) for k in ("title", "kind", "as_of", "note", "caution")})

    def line(self, value: Any, path: str) -> Line:
        v = self.obj(
            value,
            path,
            ("id", "country", "service", "label", "display", "e164", "toll_free", "hours", "languages", "notes"),
            (
                "area",
                "description",
                "languages_as_printed",
                "correction",
                "reachable_from_abroad",
                "international",
                "national",
                "number_region",
                "number_type",
            ),
        )

        def p(key: str) -> str:
            return _join(path, key)

        e164 = self.text(v["e164"], p("e164"), pattern=_is_e164, what="an E.164 number (+ and 7 to 15 digits)")
        reachable = v.get("reachable_from_abroad")
        international = v.get("international")
        if international is not None:
            self.text(international, p("international"))
            # A cheap consistency check that needs no phone library: same digits as the E.164 form.
            if "".join(ch for ch in international if ch.isdigit()) != e164[1:]:
                self.fail(p("international"), f"{international!r} does not have the digits of {e164}")
        number_type = v.get("number_type")
        if number_type is not None and number_type not in _NUMBER_TYPES:
            self.fail(p("number_type"), f"{number_type!r} is not one of {', '.join(_NUMBER_TYPES)}")
        return Line(
            id=self.text(v["id"], p("id"), pattern=_is_id, what="a lower-case id (letters, digits, dashes)"),
            country=None if v["country"] is None else self.country(v["country"], p("country")),
            area=self.opt_text(v.get("area"), p("area")),
            service=self.text(v["service"], p("service")),
            label=self.text(v["label"], p("label")),
            description=self.opt_text(v.get("description"), p("description")),
            display=self.text(v["display"], p("display")),
            e164=e164,
            toll_free=self.flag(v["toll_free"], p("toll_free")),
            hours=self.opt_text(v["hours"], p("hours")),
            languages=self.items(v["languages"], p("languages"), self.language),
            languages_as_printed=self.items(v.get("languages_as_printed", []), p("languages_as_printed"), self.text),
            notes=self.items(v["notes"], p("notes"), self.text),
            correction=self.opt_text(v.get("correction"), p("correction")),
            reachable_from_abroad=None if reachable is None else self.flag(reachable, p("reachable_from_abroad")),
            international=international or "",
            national=self.text(v["national"], p("national")) if "national" in v else "",
            number_region=self.country(v["number_region"], p("number_region")) if "number_region" in v else "",
            number_type=number_type or "",
        )

    def need(self, value: Any, path: str) -> Need:
        v = self.obj(value, path, ("id", "name", "description", "services", "advice"))
        return Need(
            id=self.text(v["id"], _join(path, "id"), pattern=_is_id, what="a lower-case id (letters, digits, dashes)"),
            name=self.text(v["name"], _join(path, "name")),
            description=self.text(v["description"], _join(path, "description")),
            services=self.items(v["services"], _join(path, "services"), self.text, non_empty=True),
            advice=self.items(v["advice"], _join(path, "advice"), self.text),
        )

    def channel(self, value: Any, path: str) -> Channel:
        v = self.obj(value, path, ("id", "name", "summary", "description", "details"))
        details = self.obj(
            v["details"], _join(path, "details"), (), tuple(v["details"]) if isinstance(v["details"], dict) else ()
        )
        return Channel(
            id=self.text(v["id"], _join(path, "id"), pattern=_is_id, what="a lower-case id (letters, digits, dashes)"),
            name=self.text(v["name"], _join(path, "name")),
            summary=self.text(v["summary"], _join(path, "summary")),
            description=self.text(v["description"], _join(path, "description")),
            details={k: self.text(x, _join(_join(path, "details"), k)) for k, x in details.items()},
        )

    def faq(self, value: Any, path: str) -> Faq:
        v = self.obj(value, path, ("id", "question", "answer"))
        if not isinstance(v["id"], int) or isinstance(v["id"], bool) or v["id"] < 1:
            self.fail(_join(path, "id"), f"expected a positive whole number, got {_kind(v['id'])}")
        return Faq(
            id=v["id"],
            question=self.text(v["question"], _join(path, "question")),
            answer=self.text(v["answer"], _join(path, "answer")),
        )

    def area(self, area_id: str, value: Any, path: str) -> Area:
        v = self.obj(value, path, ("name", "countries"))
        return Area(
            id=area_id,
            name=self.text(v["name"], _join(path, "name")),
            countries=frozenset(self.items(v["countries"], _join(path, "countries"), self.country)),
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
        ),
    )
    version = top["schema_version"]
    if version not in SUPPORTED_SCHEMA_VERSIONS or isinstance(version, bool):
        readable = ", ".join(str(v) for v in SUPPORTED_SCHEMA_VERSIONS)
        r.fail("schema_version", f"version {version!r} is not supported; this release reads schema version {readable}")
    services_doc = r.obj(
        top["services"], "services", (), tuple(top["services"]) if isinstance(top["services"], dict) else ()
    )
    services = {
        r.text(k, "services", pattern=_is_id, what="a service id"): r.text(v, f"services.{k}")
        for k, v in services_doc.items()
    }
    areas_doc = r.obj(top["areas"], "areas", (), tuple(top["areas"]) if isinstance(top["areas"], dict) else ())
    areas = {
        k: r.area(r.text(k, "areas", pattern=_is_id, what="an area id"), v, f"areas.{k}") for k, v in areas_doc.items()
    }
    raw_lines = top["lines"]
    line_keys = _line_keys(r, raw_lines)
    needs = r.items(top["needs"], "needs", r.need, non_empty=True)
    _unique(r, "needs", [need.id for need in needs])
    for i, need in enumerate(needs):
        for j, service in enumerate(need.services):
            if service not in services:
                r.fail(f"needs[{i}].services[{j}]", f"{service!r} is not one of the services: {', '.join(services)}")
    fallback = r.text(top["fallback_line"], "fallback_line")
    if fallback not in {line_id for line_id, _, _ in line_keys}:
        r.fail("fallback_line", f"{fallback!r} is not the id of a line")

    def build_line(i: int) -> Line:
        line = r.line(raw_lines[i], f"lines[{i}]")
        if line.service not in services:
            r.fail(f"lines[{i}].service", f"{line.service!r} is not one of the services: {', '.join(services)}")
        if line.area is not None and line.area not in areas:
            r.fail(f"lines[{i}].area", f"{line.area!r} is not one of the areas: {', '.join(areas) or 'none'}")
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
    )


def _line_keys(r: _Reader, raw_lines: Any) -> list[tuple[str, str | None, str | None]]:
    """Each line's (id, country, area): the light pass over every line that the indexes need."""
    if not isinstance(raw_lines, list):
        r.fail("lines", f"expected a list, got {_kind(raw_lines)}")
    if not raw_lines:
        r.fail("lines", "must not be empty")
    keys = []
    for i, item in enumerate(raw_lines):
        if not isinstance(item, dict):
            r.fail(f"lines[{i}]", f"expected an object, got {_kind(item)}")
        for field in ("id", "country"):
            if field not in item:
                r.fail(f"lines[{i}].{field}", "required field is missing")
        line_id, country, area = item["id"], item["country"], item.get("area")
        if not isinstance(line_id, str):
            r.fail(f"lines[{i}].id", f"expected a string, got {_kind(line_id)}")
        if country is not None and not isinstance(country, str):
            r.fail(f"lines[{i}].country", f"expected a string or null, got {_kind(country)}")
        if area is not None and not isinstance(area, str):
            r.fail(f"lines[{i}].area", f"expected a string or null, got {_kind(area)}")
        keys.append((line_id, country, area))
    _unique(r, "lines", [line_id for line_id, _, _ in keys])
    return keys


def _unique(r: _Reader, path: str, ids: list[Any]) -> None:
    seen: set[Any] = set()
    for i, item in enumerate(ids):
        if item in seen:
            r.fail(f"{path}[{i}].id", f"duplicate id {item!r}")
        seen.add(item)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
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

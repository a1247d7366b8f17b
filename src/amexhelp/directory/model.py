"""Typed records of the support directory. Plain data: no I/O, no third-party imports.

Lines are NamedTuples (immutable, typed, ``_replace`` for the fields a data file may leave out); the
small records are plain slotted classes (see _Record): defining either is far cheaper at import than a
frozen dataclass, and start-up time is a feature (see README, Performance).
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles every string annotation
# (1.4 M instructions of each lookup, of Line's 33 fields), and this module's annotations can be
# evaluated as written.
from collections.abc import Callable, Mapping, Sequence
from sys import _getframe as _caller
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from datetime import date

    from typing_extensions import Self


class _Record:
    """A small typed record: slots set once in ``__init__``, read-only after, compared and shown by value.

    The directory's small records are plain slotted classes rather than NamedTuples or frozen
    dataclasses: defining a NamedTuple runs generated code at import (0.1 to 1 ms each, most of it in
    reading its string annotations), a frozen dataclass about ten times that, and start-up time is a
    feature (docs/performance.md). A field is set once, while it has no value; setting it again raises.
    """

    __slots__: tuple[str, ...] = ()

    def __setattr__(self, name: str, value: object) -> None:
        # Only a record's own __init__ sets its fields (asking whether a slot is set instead, by catching
        # the AttributeError of an unset one, cost 3.3 M instructions of a lookup: 825 fields set).
        if _caller(1).f_code.co_name != "__init__":
            raise AttributeError(f"{type(self).__name__}.{name} is read-only")
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__}.{name} is read-only")

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def _replace(self, **changes: object) -> "Self":
        """A copy with ``changes`` (for records whose ``__init__`` takes each slot by its name)."""
        values = {name: changes.pop(name, getattr(self, name)) for name in self.__slots__}
        if changes:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(changes)}")
        return type(self)(**values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Record) and type(other) is type(self) and other._values() == self._values()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


class Source(_Record):
    """Where the directory as a whole comes from, and the reminder every answer ends with."""

    __slots__ = (
        "as_of",
        "caution",
        "kind",
        "note",
        "title",
    )

    def __init__(self, title: str, kind: str, as_of: str, note: str, caution: str) -> None:
        self.title = title
        self.kind = kind
        self.as_of = as_of
        self.note = note
        self.caution = caution


class SourceRecord(_Record):
    """One source of the directory: an issuer page, a partner bank's page, or a third-party guide."""

    # kind: "issuer", "issuer-partner" or "third-party"
    # as_of: the page's own date, when it shows one
    # For a third-party page: its domain, who publishes it, and whether it counts as an independent
    # witness (its own text, not a copy, a content farm or a scraped mirror: docs/data.md), and why.
    __slots__ = (
        "as_of",
        "domain",
        "id",
        "independence",
        "independent",
        "kind",
        "note",
        "owner",
        "title",
        "url",
    )

    def __init__(
        self,
        id: str,
        kind: str,
        title: str,
        url: str | None,
        as_of: str | None,
        note: str | None,
        domain: str | None = None,
        owner: str | None = None,
        independent: bool | None = None,
        independence: str | None = None,
    ) -> None:
        self.id = id
        self.kind = kind
        self.title = title
        self.url = url
        self.as_of = as_of
        self.note = note
        self.domain = domain
        self.owner = owner
        self.independent = independent
        self.independence = independence

    @property
    def official(self) -> bool:
        return self.kind in OFFICIAL_KINDS


# Source kinds whose pages confirm a number: the issuer itself, or a bank issuing its cards under licence.
OFFICIAL_KINDS = frozenset({"issuer", "issuer-partner"})
# suspect: the number itself has a red flag (a range kept for fiction, a withdrawn range), whatever
# prints it: kept as evidence, never offered first, never exported (see amexhelp.directory.evidence).
SUSPECT = "suspect"
# corroborated: on no issuer page, but printed for the same desk by CORROBORATING independent third-party pages.
CORROBORATED = "corroborated"
CORROBORATING = 3
STATUSES = ("confirmed", CORROBORATED, "guide-only", "disputed", "unsourced", SUSPECT)
# Who a line is for: card members (the default), a company's programme administrator, or merchants.
CARDMEMBER = "cardmember"
AUDIENCES = (CARDMEMBER, "programme-administrator", "merchant")
# The card products a line can be for, in the order answers list them.
PRODUCTS = ("personal", "business", "corporate", "platinum", "centurion")
# The kinds of source, the issuer's own first (amexhelp.directory.evidence ranks them).
SOURCE_KINDS = ("issuer", "issuer-partner", "third-party")
# The days an opening period covers.
DAYS = ("daily", "mon-fri", "mon-sat", "sat", "sun", "sat-sun")
# phonenumbers' number types, as the derived ``number_type`` names them.
NUMBER_TYPES = (
    "FIXED_LINE", "MOBILE", "FIXED_LINE_OR_MOBILE", "TOLL_FREE", "PREMIUM_RATE", "SHARED_COST", "VOIP",
    "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL", "UNKNOWN",
)  # fmt: skip


class Evidence(_Record):
    """That a source prints a line's number, and what it says the number is for (in our words)."""

    __slots__ = (
        "says",
        "source",
    )

    def __init__(self, source: str, says: str | None) -> None:
        self.source = source
        self.says = says


class Period(_Record):
    """Opening hours on some days: from ``open`` to ``close`` (HH:MM; 24:00 for midnight)."""

    # days: "daily", "mon-fri", "mon-sat", "sat", "sun" or "sat-sun"
    __slots__ = (
        "close",
        "days",
        "open",
    )

    def __init__(self, days: str, open: str, close: str) -> None:
        self.days = days
        self.open = open
        self.close = close


class OpenHours(_Record):
    """Opening hours in a structured form, beside the printed text: always open, or periods in a time zone."""

    __slots__ = (
        "always",
        "periods",
        "tz",
    )

    def __init__(self, always: bool, tz: str | None, periods: tuple[Period, ...]) -> None:
        self.always = always
        self.tz = tz
        self.periods = periods


class Market(_Record):
    """A market whose issuer pages were searched, and what was found there."""

    # checked: the date of the search
    __slots__ = (
        "checked",
        "code",
        "issuer_found",
        "note",
        "partner",
    )

    def __init__(self, code: str, checked: str, issuer_found: bool, partner: str | None, note: str) -> None:
        self.code = code
        self.checked = checked
        self.issuer_found = issuer_found
        self.partner = partner
        self.note = note


class WithdrawnRange(_Record):
    """A range of numbers its numbering plan has withdrawn: numbers in it no longer ring."""

    # prefix: the E.164 digits the range starts with ("+3531850"); name: the range as people write it
    # ("1850"); withdrawn: the date (YYYY-MM-DD); source: the id of the source that says so
    __slots__ = (
        "country",
        "name",
        "note",
        "prefix",
        "source",
        "withdrawn",
    )

    def __init__(self, prefix: str, country: str, name: str, withdrawn: str, source: str, note: str | None) -> None:
        self.prefix = prefix
        self.country = country
        self.name = name
        self.withdrawn = withdrawn
        self.source = source
        self.note = note


class Line(NamedTuple):
    """One phone (or fax) line, for one market (country) or area."""

    id: str
    country: str | None
    area: str | None
    services: tuple[str, ...]  # what the sources print it for, main purpose first
    label: str
    display: str
    e164: str | None  # None for a number with no international form (dialled only inside its country)
    toll_free: bool
    hours: str | None
    languages: tuple[str, ...]
    languages_as_printed: tuple[str, ...]
    notes: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
    products: tuple[str, ...] = ()  # card products it is for; empty: every card of the market
    from_abroad: bool = False  # printed as the number to call from outside the market
    collect: bool = False  # printed as a number to call collect (reverse charges)
    open_hours: OpenHours | None = None
    correction: str | None = None
    reachable_from_abroad: bool | None = None
    audience: str = CARDMEMBER  # who calls it (AUDIENCES): a line for others is never a card member's line
    cobrand: str | None = None  # the one co-branded card it is for, by name (it serves no other card)
    # Derived from the evidence (see amexhelp.directory.evidence) and from the number by phonenumbers
    # (precomputed in the bundled data; see tools.datagen).
    status: str = "guide-only"
    disputed_by: tuple[str, ...] = ()  # for a disputed line: the issuer's numbers for the same purpose
    independent_sources: int = 0  # how many independent third-party pages print it (docs/data.md)
    domestic_dial: str | None = None  # for a number with no E.164 form: the digits dialled inside its country
    international: str = ""
    national: str = ""
    number_region: str = ""
    number_type: str = ""
    home_dial: str = ""  # what a caller inside the number's own calling area dials
    abroad_ok: bool = False  # whether it rings from outside its calling area
    abroad_reason: str | None = None  # why not, in words

    @property
    def service(self) -> str:
        """The main purpose (the first of ``services``)."""
        return self.services[0]

    @property
    def for_cardmembers(self) -> bool:
        """Whether card members call it: not a line for programme administrators or merchants, nor for one
        co-branded card only."""
        return self.audience == CARDMEMBER and self.cobrand is None

    def calls_abroad(self, calling_codes: Mapping[str, int]) -> bool:
        """Whether calling this line from the country it serves is an international call (DE -> +44)."""
        if self.country is None or not self.number_region:  # no number region: no international form
            return False
        return calling_codes.get(self.number_region) != calling_codes.get(self.country)

    @property
    def all_notes(self) -> tuple[str, ...]:
        """The line's notes, with the correction of an outdated printed form (if any) last."""
        return (*self.notes, self.correction) if self.correction else self.notes


class Advice(_Record):
    """A piece of advice, and the card markets it is true for (empty: every market)."""

    __slots__ = (
        "markets",
        "text",
    )

    def __init__(self, text: str, markets: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.markets = markets


class Need(_Record):
    """What happened (a lost card, a disputed charge…): its purposes in order, and its advice."""

    __slots__ = (
        "advice",
        "id",
        "name",
        "services",
    )

    def __init__(self, id: str, name: str, services: tuple[str, ...], advice: tuple[Advice, ...]) -> None:
        self.id = id
        self.name = name
        self.services = services
        self.advice = advice


class Channel(_Record):
    """A way to reach support besides the phone, and the id of the source that describes it."""

    __slots__ = (
        "description",
        "details",
        "id",
        "name",
        "source",
        "summary",
    )

    def __init__(
        self,
        id: str,
        name: str,
        summary: str,
        description: str,
        details: Mapping[str, str],
        source: str | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.summary = summary
        self.description = description
        self.details = details
        self.source = source


class Faq(_Record):
    """A frequently asked question and its answer, the id of the source that gives it, and the card
    market the answer describes (None: not said)."""

    __slots__ = (
        "answer",
        "id",
        "market",
        "question",
        "source",
    )

    def __init__(
        self, id: int, question: str, answer: str, source: str | None = None, market: str | None = None
    ) -> None:
        self.id = id
        self.question = question
        self.answer = answer
        self.source = source
        self.market = market


class Area(_Record):
    """A region served by lines of its own (the Europe line)."""

    __slots__ = (
        "countries",
        "id",
        "name",
    )

    def __init__(self, id: str, name: str, countries: frozenset[str]) -> None:
        self.id = id
        self.name = name
        self.countries = countries


class DataOrigin(_Record):
    """Where the directory in use came from, so an override can never pass as the bundled data."""

    # content: the file's bytes when they were read (an override may come from a cache)
    # installed: the file `amexhelp data install` wrote (not one AMEXHELP_DATA names)
    # date: a local file's modification date (for an installed file, the day it was installed), ISO 8601
    # age_days: the data's age (its source's as_of) on the day of the run, when the caller gave that day
    __slots__ = (
        "age_days",
        "bundled",
        "content",
        "date",
        "installed",
        "path",
    )

    def __init__(
        self,
        path: str,
        bundled: bool,
        content: bytes | None,
        *,
        installed: bool = False,
        date: str | None = None,
        age_days: int | None = None,
    ) -> None:
        self.path = path
        self.bundled = bundled
        self.content = content
        self.installed = installed
        self.date = date
        self.age_days = age_days

    def stale_days(self) -> int | None:
        """The data's age in days when it is older than STALE_DAYS (on the day the caller gave), else None."""
        age = self.age_days
        return age if age is not None and age > STALE_DAYS else None

    def aged(self, age_days: int) -> "DataOrigin":
        return DataOrigin(
            self.path, self.bundled, self.content, installed=self.installed, date=self.date, age_days=age_days
        )


# Data older than this (days since its source's as_of) gets a notice in every answer, and its age in JSON.
STALE_DAYS = 180


class Directory:
    """The whole directory. Lines are indexed by id, country and area up front, but each line is
    checked and built only when first asked for: a lookup touches a handful of lines, so a directory
    a hundred times larger costs little more (see README, Performance).
    """

    __slots__ = (
        "_abroad",
        "_build",
        "_build_markets",
        "_build_source",
        "_build_sources",
        "_built",
        "_by_area",
        "_by_country",
        "_by_e164",
        "_by_id",
        "_count",
        "_markets",
        "_needs",
        "_one_source",
        "_sources",
        "areas",
        "channels",
        "fallback_line",
        "faqs",
        "issuer_domains",
        "needs",
        "origin",
        "safety",
        "schema_version",
        "served_by",
        "services",
        "source",
        "withdrawn_ranges",
    )

    def __init__(
        self,
        *,
        schema_version: int,
        source: Source,
        services: Mapping[str, str],
        fallback_line: str,
        areas: Mapping[str, Area],
        line_keys: Sequence[tuple[str, str | None, str | None, bool]],
        build_line: Callable[[int], Line],
        needs: tuple[Need, ...],
        channels: tuple[Channel, ...],
        faqs: tuple[Faq, ...],
        safety: tuple[str, ...],
        origin: DataOrigin,
        build_sources: Callable[[], Mapping[str, SourceRecord]],
        build_source: Callable[[str], SourceRecord | None],
        build_markets: Callable[[], Mapping[str, Market]],
        issuer_domains: tuple[str, ...],
        served_by: Mapping[str, str] | None = None,
        withdrawn_ranges: tuple[WithdrawnRange, ...] = (),
    ) -> None:
        """``line_keys`` holds each line's (id, country, area, whether it is for callers abroad), in
        data order; ``build_line(i)`` checks and builds line i."""
        self.schema_version = schema_version
        self.source = source
        self.services = services
        self.fallback_line = fallback_line
        self.areas = areas
        self.needs = needs
        self.channels = channels
        self.faqs = faqs
        self.safety = safety
        self.origin = origin
        self._build_sources = build_sources
        self._build_source = build_source
        self._one_source: dict[str, SourceRecord | None] = {}
        self._build_markets = build_markets
        self._sources: Mapping[str, SourceRecord] | None = None
        self._markets: Mapping[str, Market] | None = None
        self.issuer_domains = issuer_domains
        self.served_by = served_by or {}
        self.withdrawn_ranges = withdrawn_ranges
        self._build = build_line
        self._built: dict[int, Line] = {}
        self._count = len(line_keys)
        self._by_id: dict[str, int] = {}
        self._by_country: dict[str, list[int]] = {}
        self._by_area: dict[str, list[int]] = {}
        self._abroad: dict[str, list[int]] = {}
        for position, (line_id, country, area, abroad) in enumerate(line_keys):
            self._by_id[line_id] = position
            if abroad and country:
                self._abroad.setdefault(country, []).append(position)
            if country:
                self._by_country.setdefault(country, []).append(position)
            if area:
                self._by_area.setdefault(area, []).append(position)
        self._by_e164: dict[str, tuple[Line, ...]] | None = None
        self._needs = {need.id: need for need in needs}

    def seen_on(self, today: "date") -> "Directory":
        """This directory as seen on ``today`` (the caller's clock, a plain value): its origin carries the
        data's age in days since its source's as_of. The twin shares everything else, lines built included."""
        from copy import copy
        from datetime import date as day

        try:
            age = (today - day.fromisoformat(self.source.as_of[:10])).days
        except ValueError:  # a date the schema check lets through but that names no day: no age
            return self
        twin = copy(self)
        twin.origin = self.origin.aged(age)
        return twin

    @property
    def sources(self) -> Mapping[str, SourceRecord]:
        """The sources by id (checked when first asked for)."""
        if self._sources is None:
            self._sources = self._build_sources()
        return self._sources

    def source_by_id(self, source_id: str) -> SourceRecord | None:
        """One source by id (only it is checked and built), or None when there is none of that id."""
        if self._sources is not None:
            return self._sources.get(source_id)
        if source_id not in self._one_source:
            self._one_source[source_id] = self._build_source(source_id)
        return self._one_source[source_id]

    @property
    def markets(self) -> Mapping[str, Market]:
        """The markets whose issuer pages were searched, by code (checked when first asked for)."""
        if self._markets is None:
            self._markets = self._build_markets()
        return self._markets

    def _line_at(self, position: int) -> Line:
        line = self._built.get(position)
        if line is None:
            line = self._built[position] = self._build(position)
        return line

    @property
    def lines(self) -> tuple[Line, ...]:
        """Every line, in data order (checks them all)."""
        return tuple(self._line_at(position) for position in range(self._count))

    def line(self, line_id: str) -> Line:
        return self._line_at(self._by_id[line_id])

    @property
    def fallback(self) -> Line:
        return self.line(self.fallback_line)

    def lines_for_country(self, country: str) -> tuple[Line, ...]:
        return tuple(self._line_at(position) for position in self._by_country.get(country, ()))

    def market_for(self, country: str) -> str:
        """The market whose lines serve a country: itself, or the one that serves it (PR -> US)."""
        return self.served_by.get(country, country)

    @property
    def markets_with_lines_for_callers_abroad(self) -> tuple[str, ...]:
        """The markets with a line printed for callers abroad or as a collect line, in data order."""
        return tuple(self._abroad)

    def lines_for_callers_abroad(self, market: str) -> tuple[Line, ...]:
        """A market's lines printed for callers abroad or as collect lines (only those are built)."""
        return tuple(self._line_at(position) for position in self._abroad.get(market, ()))

    def lines_for_area(self, area: str) -> tuple[Line, ...]:
        return tuple(self._line_at(position) for position in self._by_area.get(area, ()))

    def lines_with_number(self, e164: str) -> tuple[Line, ...]:
        if self._by_e164 is None:
            by_e164: dict[str, list[Line]] = {}
            for line in self.lines:
                if line.e164 is not None:
                    by_e164.setdefault(line.e164, []).append(line)
            self._by_e164 = {k: tuple(v) for k, v in by_e164.items()}
        return self._by_e164.get(e164, ())

    def areas_of(self, country: str) -> tuple[Area, ...]:
        return tuple(area for area in self.areas.values() if country in area.countries)

    @property
    def countries(self) -> tuple[str, ...]:
        """The countries with lines of their own, in the order the data lists them."""
        return tuple(self._by_country)

    def need(self, need_id: str) -> Need:
        return self._needs[need_id]

    @property
    def need_ids(self) -> tuple[str, ...]:
        return tuple(self._needs)

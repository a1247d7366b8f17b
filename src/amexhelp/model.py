"""Typed records of the support directory. Plain data: no I/O, no third-party imports.

Records are NamedTuples, not frozen dataclasses: as immutable and as typed, and about seven times
cheaper to define at import (start-up time is a feature; see README, Performance).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple


class Source(NamedTuple):
    title: str
    kind: str
    as_of: str
    note: str
    caution: str


class Line(NamedTuple):
    """One phone (or fax) line, for one country or area."""

    id: str
    country: str | None
    area: str | None
    service: str
    label: str
    description: str | None
    display: str
    e164: str
    toll_free: bool
    hours: str | None
    languages: tuple[str, ...]
    languages_as_printed: tuple[str, ...]
    notes: tuple[str, ...]
    correction: str | None = None
    reachable_from_abroad: bool | None = None
    # Derived from the number by phonenumbers (precomputed in the bundled data; see amexhelp.datagen).
    international: str = ""
    national: str = ""
    number_region: str = ""
    number_type: str = ""

    def calls_abroad(self, calling_codes: Mapping[str, int]) -> bool:
        """Whether calling this line from the country it serves is an international call (DE -> +44)."""
        if self.country is None:
            return False
        return calling_codes.get(self.number_region) != calling_codes.get(self.country)

    @property
    def all_notes(self) -> tuple[str, ...]:
        """The line's notes, with the correction of an outdated printed form (if any) last."""
        return (*self.notes, self.correction) if self.correction else self.notes


class Need(NamedTuple):
    id: str
    name: str
    description: str
    services: tuple[str, ...]
    advice: tuple[str, ...]


class Channel(NamedTuple):
    id: str
    name: str
    summary: str
    description: str
    details: Mapping[str, str]


class Faq(NamedTuple):
    id: int
    question: str
    answer: str


class Area(NamedTuple):
    id: str
    name: str
    countries: frozenset[str]


class DataOrigin(NamedTuple):
    """Where the directory in use came from, so an override can never pass as the bundled data."""

    path: str
    bundled: bool
    content: bytes

    def sha256(self) -> str:
        """The SHA-256 of the data file's bytes, computed when asked (hashlib costs start-up time)."""
        import hashlib

        return hashlib.sha256(self.content).hexdigest()


class Directory:
    """The whole directory, with its indexes built once."""

    __slots__ = (
        "_by_area",
        "_by_country",
        "_by_e164",
        "_by_id",
        "_needs",
        "areas",
        "channels",
        "fallback_line",
        "faqs",
        "lines",
        "needs",
        "origin",
        "safety",
        "schema_version",
        "services",
        "source",
    )

    def __init__(
        self,
        *,
        schema_version: int,
        source: Source,
        services: Mapping[str, str],
        fallback_line: str,
        areas: Mapping[str, Area],
        lines: tuple[Line, ...],
        needs: tuple[Need, ...],
        channels: tuple[Channel, ...],
        faqs: tuple[Faq, ...],
        safety: tuple[str, ...],
        origin: DataOrigin,
    ) -> None:
        self.schema_version = schema_version
        self.source = source
        self.services = services
        self.fallback_line = fallback_line
        self.areas = areas
        self.lines = lines
        self.needs = needs
        self.channels = channels
        self.faqs = faqs
        self.safety = safety
        self.origin = origin
        by_country: dict[str, list[Line]] = {}
        by_area: dict[str, list[Line]] = {}
        by_e164: dict[str, list[Line]] = {}
        for line in lines:
            if line.country:
                by_country.setdefault(line.country, []).append(line)
            if line.area:
                by_area.setdefault(line.area, []).append(line)
            by_e164.setdefault(line.e164, []).append(line)
        self._by_id = {line.id: line for line in lines}
        self._by_country = {k: tuple(v) for k, v in by_country.items()}
        self._by_area = {k: tuple(v) for k, v in by_area.items()}
        self._by_e164 = {k: tuple(v) for k, v in by_e164.items()}
        self._needs = {need.id: need for need in needs}

    def with_lines(self, lines: tuple[Line, ...]) -> Directory:
        return Directory(
            schema_version=self.schema_version,
            source=self.source,
            services=self.services,
            fallback_line=self.fallback_line,
            areas=self.areas,
            lines=lines,
            needs=self.needs,
            channels=self.channels,
            faqs=self.faqs,
            safety=self.safety,
            origin=self.origin,
        )

    def line(self, line_id: str) -> Line:
        return self._by_id[line_id]

    @property
    def fallback(self) -> Line:
        return self._by_id[self.fallback_line]

    def lines_for_country(self, country: str) -> tuple[Line, ...]:
        return self._by_country.get(country, ())

    def lines_for_area(self, area: str) -> tuple[Line, ...]:
        return self._by_area.get(area, ())

    def lines_with_number(self, e164: str) -> tuple[Line, ...]:
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

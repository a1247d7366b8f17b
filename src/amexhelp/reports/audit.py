"""Data quality of the directory in use: each line as phonenumbers sees it today, its evidence, and
each market's standing. Every finding has a stable code (documented in the README) and the values that
say what was found; the renderers word it (``amexhelp.render._problems``), in the reader's language.

A red flag on a number (a pattern kept for fiction, a withdrawn range) is handled when the line's
status is ``suspect``: kept as evidence, never offered first, never exported. Such a finding is
reported as quarantined, not as a problem; only problems make ``amexhelp audit`` exit 1.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

import phonenumbers

from amexhelp.directory import evidence, index
from amexhelp.directory.model import CORROBORATED, SUSPECT, Directory, Line
from amexhelp.directory.numbers import line_facts
from amexhelp.directory.schema import on_domains

# Stable problem codes, for scripts (README, "Data quality").
INVALID = "invalid-number"
STALE = "stale-derived-field"
TOLL_FREE = "toll-free-mismatch"
FICTIONAL = evidence.FICTIONAL
WITHDRAWN = evidence.WITHDRAWN
UNDIALLABLE = "undiallable-form"
NO_SOURCE = "no-source"
OFF_DOMAIN = "issuer-url-off-domain"
STATUS = "stale-status"
CODES = (INVALID, STALE, TOLL_FREE, FICTIONAL, WITHDRAWN, UNDIALLABLE, NO_SOURCE, OFF_DOMAIN, STATUS)
# The values each code carries (all strings, as the data or phonenumbers give them):
#   invalid-number, undiallable-form, fictional-pattern: e164
#   withdrawn-range: e164, country (ISO code), range (its name), withdrawn (date), source (source id)
#   toll-free-mismatch: toll_free ("True" or "False"), number_type (phonenumbers' name)
#   stale-derived-field: field, stored, now (the values' Python reprs)
#   no-source: none
#   issuer-url-off-domain: source (source id), url
#   stale-status: stored, now (statuses)


class Problem(NamedTuple):
    line: str
    code: str
    values: Mapping[str, str]
    handled: bool = False  # a red flag on a line whose status is suspect (quarantined)


class Finding(NamedTuple):
    line: Line
    valid: bool
    number_type: str
    number_region: str
    serves: str  # the country code it serves, or its area, or "worldwide"
    cross_border: bool  # its own calling code differs from the one of the country it serves
    from_abroad: bool
    from_abroad_reason: str | None
    phonenumbers_international: bool  # phonenumbers' own can_be_internationally_dialled, for comparison
    problems: tuple[Problem, ...]  # handled ones (quarantined) among them

    @property
    def unhandled(self) -> tuple[Problem, ...]:
        return tuple(problem for problem in self.problems if not problem.handled)

    @property
    def quarantined(self) -> tuple[Problem, ...]:
        return tuple(problem for problem in self.problems if problem.handled)


# The 25 largest markets, whose personal cardholders the directory must serve first (README: The data).
LARGEST_MARKETS = (
    "US", "JP", "GB", "CA", "AU", "MX", "DE", "FR", "IT", "ES", "NL", "SE", "CH", "AT", "IN", "CN", "HK", "SG", "TW",
    "KR", "AE", "SA", "BR", "AR", "NZ",
)  # fmt: skip
# Purposes a personal cardholder who lost a card may call about from abroad.
_LOST_ABROAD = frozenset({"lost", "fraud", "general"})


class MarketStanding(NamedTuple):
    code: str
    confirmed: int
    guide_only: int
    disputed: int
    suspect: int
    checked: str | None  # when its issuer pages were searched, if they were
    issuer_found: bool
    partner: str | None
    personal_lost: bool = False  # a confirmed line for lost personal cards
    personal_abroad: bool = False  # a confirmed line for personal cards (lost, fraud, general) that rings from abroad
    corroborated: int = 0


class Report(NamedTuple):
    findings: tuple[Finding, ...]
    markets: tuple[MarketStanding, ...]

    @property
    def problems(self) -> tuple[Problem, ...]:
        """What needs fixing in the data: every finding not handled by a suspect status."""
        return tuple(problem for finding in self.findings for problem in finding.unhandled)

    @property
    def quarantined(self) -> tuple[Problem, ...]:
        """Red flags handled by the line's suspect status: reported, but not problems."""
        return tuple(problem for finding in self.findings for problem in finding.quarantined)


def audit(directory: Directory) -> Report:
    """One finding per line (checking every record of the data against the schema first), and each
    market's standing."""
    stale = _stale_statuses(directory)
    findings = tuple(_finding(line, directory, stale.get(line.id)) for line in directory.lines)
    return Report(findings, _markets(directory))


def _finding(line: Line, directory: Directory, stale_status: Problem | None) -> Finding:
    """A line's finding: its number as phonenumbers reads it today, and every problem found."""
    facts = line_facts(line)
    problems: list[Problem] = [stale_status] if stale_status else []
    valid, phonenumbers_international = True, False
    if line.e164 is not None:
        number = phonenumbers.parse(line.e164)
        valid = phonenumbers.is_valid_number(number)
        phonenumbers_international = phonenumbers.can_be_internationally_dialled(number)
        problems.extend(_number_problems(line, number, valid, facts, directory))
    problems.extend(
        Problem(line.id, STALE, {"field": field, "stored": repr(getattr(line, field)), "now": repr(now)})
        for field, now in facts.items()
        if getattr(line, field) != now
    )
    problems.extend(_evidence_problems(line, directory))
    return Finding(
        line=line,
        valid=valid,
        number_type=facts.get("number_type", ""),
        number_region=facts.get("number_region", line.country or ""),
        serves=line.country or line.area or "worldwide",
        cross_border=line.calls_abroad(index.calling_codes()),
        from_abroad=bool(facts["abroad_ok"]),
        from_abroad_reason=facts["abroad_reason"],
        phonenumbers_international=phonenumbers_international,
        problems=tuple(problems),
    )


def _number_problems(
    line: Line, number: Any, valid: bool, facts: dict[str, Any], directory: Directory
) -> list[Problem]:
    """What is wrong with a line's number: invalid, undiallable, red-flagged (handled by a suspect
    status), or its toll-free mark against its type."""
    e164 = line.e164 or ""
    found = []
    if not valid:
        found.append(Problem(line.id, INVALID, {"e164": e164}))
    if (number.number_of_leading_zeros or 0) >= 2:
        found.append(Problem(line.id, UNDIALLABLE, {"e164": e164}))
    suspect = line.status == SUSPECT
    for code, withdrawn in evidence.flags_of(line, directory.withdrawn_ranges):
        values = {"e164": e164}
        if withdrawn is not None:
            values |= {
                "country": withdrawn.country,
                "range": withdrawn.name,
                "withdrawn": withdrawn.withdrawn,
                "source": withdrawn.source,
            }
        found.append(Problem(line.id, code, values, suspect))
    if line.toll_free != (facts["number_type"] == "TOLL_FREE"):
        values = {"toll_free": str(line.toll_free), "number_type": str(facts["number_type"])}
        found.append(Problem(line.id, TOLL_FREE, values))
    return found


def _evidence_problems(line: Line, directory: Directory) -> list[Problem]:
    """A line with no source, or an issuer source whose address is not on the issuer's domains."""
    found = [] if line.evidence else [Problem(line.id, NO_SOURCE, {})]
    for item in line.evidence:
        source = directory.source_by_id(item.source)
        if source is None or source.kind != "issuer" or not source.url:
            continue
        if not on_domains(source.url, directory.issuer_domains):
            found.append(Problem(line.id, OFF_DOMAIN, {"source": source.id, "url": source.url}))
    return found


def _stale_statuses(directory: Directory) -> dict[str, Problem]:
    """Lines whose stored status is not what their evidence gives today."""
    document = {
        "sources": [
            {"id": s.id, "kind": s.kind, "owner": s.owner, "domain": s.domain, "independent": s.independent}
            for s in directory.sources.values()
        ],
        "withdrawn_ranges": [{"prefix": r.prefix} for r in directory.withdrawn_ranges],
        "lines": [
            {
                "country": line.country,
                "area": line.area,
                "services": list(line.services),
                "products": list(line.products),
                "from_abroad": line.from_abroad,
                "e164": line.e164,
                "domestic_dial": line.domestic_dial,
                "evidence": [{"source": item.source} for item in line.evidence],
            }
            for line in directory.lines
        ],
    }
    return {
        line.id: Problem(line.id, STATUS, {"stored": line.status, "now": status})
        for line, (status, _) in zip(directory.lines, evidence.statuses(document), strict=True)
        if line.status != status
    }


def _markets(directory: Directory) -> tuple[MarketStanding, ...]:
    codes = sorted({line.country for line in directory.lines if line.country} | set(directory.markets))
    return tuple(_standing(code, directory) for code in codes)


def _standing(code: str, directory: Directory) -> MarketStanding:
    """A market's standing: its lines by status, whether an issuer page prints one, and whether a
    personal card's member has a confirmed line for a lost card (at home, and from abroad)."""
    lines = directory.lines_for_country(code)
    market = directory.markets.get(code)
    personal = [line for line in lines if line.status == "confirmed" and _for_personal_cards(line)]
    statuses = [line.status for line in lines]
    return MarketStanding(
        code=code,
        confirmed=statuses.count("confirmed"),
        guide_only=statuses.count("guide-only"),
        corroborated=statuses.count(CORROBORATED),
        disputed=statuses.count("disputed"),
        suspect=statuses.count(SUSPECT),
        checked=market.checked if market else None,
        issuer_found=any(_on_issuer_page(line, directory) for line in lines),
        partner=market.partner if market else None,
        personal_lost=any("lost" in line.services for line in personal),
        personal_abroad=any(line.abroad_ok and set(line.services) & _LOST_ABROAD for line in personal),
    )


def _for_personal_cards(line: Line) -> bool:
    """A line for card members with a personal card (one for no product in particular counts)."""
    return line.for_cardmembers and (not line.products or "personal" in line.products)


def _on_issuer_page(line: Line, directory: Directory) -> bool:
    """Whether an issuer page prints the line (a suspect line may be printed on one too)."""
    sources = (directory.source_by_id(item.source) for item in line.evidence)
    return any(source is not None and source.official for source in sources)

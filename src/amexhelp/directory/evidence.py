"""A line's status, derived from its evidence: never typed by hand.

- ``confirmed``: an issuer page (or the page of a bank issuing the cards under licence) prints it;
- ``disputed``: only third-party sources print it, and an issuer page prints a different number for
  the same market, purpose and card product (the line names those numbers in ``disputed_by``);
- ``corroborated``: only third-party sources print it, at least ``CORROBORATING`` of them independent
  ones (different owners, none a copy of another: the source's ``independent``, docs/data.md);
- ``guide-only``: only third-party sources print it, fewer of them independent;
- ``unsourced``: the data names no source for it (``amexhelp audit`` reports it as a problem);
- ``suspect``: the number itself has a red flag, whatever prints it: it follows a pattern kept for
  fictional numbers, or sits in a range its numbering plan has withdrawn (the document's
  ``withdrawn_ranges``, each with its date and source). Kept as evidence, never offered first,
  never exported (``amexhelp audit`` reports the red flag as handled).

Works on the parsed JSON document, before the typed records are built: the data generator stores the
result in the bundled file, and the loader fills it in for a data file that leaves it out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from amexhelp.directory.model import CORROBORATED, CORROBORATING, OFFICIAL_KINDS, SUSPECT, Line, WithdrawnRange

# Red-flag codes that make a line suspect (README, "Data quality").
FICTIONAL = "fictional-pattern"
WITHDRAWN = "withdrawn-range"
RED_FLAGS = (FICTIONAL, WITHDRAWN)

# Numbers the numbering plans keep for fiction: NANP 555-0100 to 555-0199, and the same digits used
# as a placeholder elsewhere; the UK's drama ranges; Australia's.
_UK_DRAMA = ("441134960", "441144960", "441154960", "441164960", "441174960", "441184960", "442079460",
             "442890180", "442920180", "447700900", "448081570", "449098790", "443069990", "441632960")  # fmt: skip
_AU_FICTION = ("61255501", "61370101", "61755501", "61855501", "614915701")


def fictional(e164: str) -> bool:
    """Whether a number is in a range kept for fiction, or follows the 555-01xx placeholder pattern."""
    digits = e164.lstrip("+")
    return digits[-7:-2] == "55501" or digits.startswith(_UK_DRAMA) or digits.startswith(_AU_FICTION)


def withdrawn_prefix(e164: str, prefixes: Iterable[str]) -> str | None:
    """The longest of ``prefixes`` (withdrawn ranges, "+3531850") that ``e164`` starts with, if any."""
    found = [prefix for prefix in prefixes if e164.startswith(prefix)]
    return max(found, key=len) if found else None


def red_flags(e164: str | None, withdrawn: Sequence[str]) -> tuple[str, ...]:
    """The red flags of a number (codes, in RED_FLAGS order); ``withdrawn`` holds the withdrawn ranges' prefixes."""
    if e164 is None:
        return ()
    flags = []
    if fictional(e164):
        flags.append(FICTIONAL)
    if withdrawn_prefix(e164, withdrawn) is not None:
        flags.append(WITHDRAWN)
    return tuple(flags)


def _withdrawn(document: Mapping[str, Any]) -> list[str]:
    ranges = document.get("withdrawn_ranges", ())
    return [r["prefix"] for r in ranges if isinstance(r, dict) and isinstance(r.get("prefix"), str)]


# Purposes too broad to dispute a number by: a general line and a lost-card line can both be right.
_SERVICES_NOT_COMPARED = frozenset({"fax"})


def _kinds(document: Mapping[str, Any]) -> dict[str, str]:
    return {source["id"]: source["kind"] for source in document.get("sources", ()) if isinstance(source, dict)}


def _witnesses(document: Mapping[str, Any]) -> dict[str, str]:
    """The third-party sources that count as independent witnesses, each with who publishes it (its
    owner, else its domain, else its id): pages of one owner count once."""
    return {
        source["id"]: str(source.get("owner") or source.get("domain") or source["id"])
        for source in document.get("sources", ())
        if isinstance(source, dict) and source.get("kind") == "third-party" and source.get("independent") is True
    }


def independent_sources(line: Mapping[str, Any], witnesses: Mapping[str, str]) -> int:
    """How many independent third-party pages (by owner) print a line's number."""
    return len({witnesses[item["source"]] for item in line.get("evidence", ()) if item.get("source") in witnesses})


def _official(line: Mapping[str, Any], kinds: Mapping[str, str]) -> bool:
    return any(kinds.get(item.get("source")) in OFFICIAL_KINDS for item in line.get("evidence", ()))


def _key(line: Mapping[str, Any]) -> tuple[Any, Any]:
    return (line.get("country"), line.get("area"))


def _number(line: Mapping[str, Any]) -> str:
    return str(line.get("e164") or line.get("domestic_dial") or "")


def _same_cards(one: Any, other: Any) -> bool:
    """Whether two lines serve the same cards: the same products, or both personal cards (a line for
    no product in particular serves them)."""
    a, b = set(one), set(other)
    return a == b or ((not a or "personal" in a) and (not b or "personal" in b))


def statuses(document: Mapping[str, Any]) -> list[tuple[str, list[str]]]:
    """Each line's (status, disputed_by), in data order."""
    kinds = _kinds(document)
    witnesses = _witnesses(document)
    withdrawn = _withdrawn(document)
    lines = [line for line in document.get("lines", ()) if isinstance(line, dict)]
    suspects = [_suspect(line, withdrawn) for line in lines]
    confirmed: dict[tuple[Any, Any], list[Mapping[str, Any]]] = {}
    for line, suspect in zip(lines, suspects, strict=True):
        if _official(line, kinds) and not suspect:  # a dead number disputes nothing
            confirmed.setdefault(_key(line), []).append(line)
    return [
        _status(line, suspect, _official(line, kinds), confirmed, witnesses)
        for line, suspect in zip(lines, suspects, strict=True)
    ]


def _suspect(line: Mapping[str, Any], withdrawn: Sequence[str]) -> bool:
    e164 = line.get("e164")
    return bool(red_flags(e164 if isinstance(e164, str) else None, withdrawn))


def _status(
    line: Mapping[str, Any],
    suspect: bool,
    official: bool,
    confirmed: Mapping[tuple[Any, Any], list[Mapping[str, Any]]],
    witnesses: Mapping[str, str],
) -> tuple[str, list[str]]:
    """One line's (status, disputed_by), given the issuer's lines for its market and purpose."""
    if suspect:
        return SUSPECT, []
    if official:
        return "confirmed", []
    if not line.get("evidence"):
        return "unsourced", []
    others = _disputing(line, confirmed.get(_key(line), ()))
    if others:
        return "disputed", others
    if independent_sources(line, witnesses) >= CORROBORATING:
        return CORROBORATED, []
    return "guide-only", []


def _disputing(line: Mapping[str, Any], confirmed: Sequence[Mapping[str, Any]]) -> list[str]:
    """The issuer's other numbers for the same purpose, cards and callers as ``line``, sorted."""
    services = set(line.get("services", ())) - _SERVICES_NOT_COMPARED
    number = _number(line)
    return sorted(
        {
            _number(other)
            for other in confirmed
            if services & set(other.get("services", ()))
            and _same_cards(line.get("products", ()), other.get("products", ()))
            and bool(line.get("from_abroad")) == bool(other.get("from_abroad"))
            and _number(other) != number
        }
    )


def derive(document: dict[str, Any]) -> dict[str, Any]:
    """The document with every line's ``status``, ``disputed_by`` and ``independent_sources`` (re)computed."""
    derived = iter(statuses(document))  # one per line that is an object; anything else is left for the schema
    witnesses = _witnesses(document)
    lines = []
    for line in document["lines"]:
        if isinstance(line, dict):
            status, disputed_by = next(derived)
            count = independent_sources(line, witnesses)
            line = {**line, "status": status, "disputed_by": disputed_by, "independent_sources": count}
        lines.append(line)
    return {**document, "lines": lines}


GUIDE_SOURCE_ID = "guide"


def upgrade_v1(document: dict[str, Any]) -> dict[str, Any]:
    """A schema-1 document read as schema 2: every line printed by one third-party guide (guide-only)."""
    given = document.get("source")
    source: dict[str, Any] = given if isinstance(given, dict) else {}
    needs = [
        {k: v for k, v in need.items() if k != "description"} if isinstance(need, dict) else need
        for need in document.get("needs", [])
    ]
    upgraded_document = {
        **{k: v for k, v in document.items() if k not in ("lines", "needs")},
        "schema_version": 2,
        "lines": [_upgraded_line(line) for line in document.get("lines", [])],
        "needs": needs,
        "sources": [
            {
                "id": GUIDE_SOURCE_ID,
                "kind": "third-party",
                "title": source.get("title") or "third-party guide",
                "url": None,
                "as_of": source.get("as_of"),
                "note": "Read from a schema-1 data file: every line counts as printed by this one guide.",
            }
        ],
        "markets": [],
        "issuer_domains": [],
    }
    return derive(upgraded_document)


def _upgraded_line(line: Any) -> Any:
    """A schema-1 line as schema 2 (its one service a list, the guide as its evidence); anything that is
    not an object is left for the schema check."""
    if not isinstance(line, dict):
        return line
    upgraded = {k: v for k, v in line.items() if k not in ("service", "description")}
    upgraded["services"] = [line["service"]] if "service" in line else []
    upgraded["evidence"] = [{"source": GUIDE_SOURCE_ID, "says": None}]
    return upgraded


def flags_of(line: Line, ranges: Sequence[WithdrawnRange]) -> tuple[tuple[str, WithdrawnRange | None], ...]:
    """A typed line's red flags, each with the withdrawn range it falls in (None for a fictional pattern)."""
    if line.e164 is None:
        return ()
    by_prefix = {r.prefix: r for r in ranges}
    flags: list[tuple[str, WithdrawnRange | None]] = []
    if fictional(line.e164):
        flags.append((FICTIONAL, None))
    prefix = withdrawn_prefix(line.e164, by_prefix)
    if prefix is not None:
        flags.append((WITHDRAWN, by_prefix[prefix]))
    return tuple(flags)

"""The ranking's rules, as one table: which of a market's lines comes first.

A line is sorted by a key of criteria, each a small number (smaller first), taken in the order the
table names them; ``RULES`` is that table, with a need said and without one. Each criterion is written
once, below, and the tests hold the table by literal cases (tests/test_ranking_table.py).
"""

from __future__ import annotations

from collections.abc import Callable

from amexhelp.directory.model import CORROBORATED, SUSPECT, Line, Need

# A line's grade: confirmed on an issuer page, then corroborated by independent pages, then printed by
# fewer; a disputed line, one of a status this code does not know (a newer data file's), an unsourced
# one and a suspect one come after every line that may lead.
STATUS_RANK = {"confirmed": 0, CORROBORATED: 1, "guide-only": 2, "disputed": 3, "unsourced": 5, SUSPECT: 6}
UNKNOWN_STATUS_RANK = 4
# The statuses a line may lead an answer with; the others never come first.
MAY_LEAD = frozenset({"confirmed", CORROBORATED, "guide-only"})
# Needs a line of their own serves: when asked for, that line comes first whatever the general line's grade.
DEDICATED_NEEDS = frozenset({"tty", "activation", "premium"})
# With no need said, a line that serves everyone in trouble (the general desk, lost or stolen cards, fraud)
# comes before a desk of one narrow purpose (activation, rewards, text telephone), whatever their grades.
BROAD_SERVICES = frozenset({"general", "lost", "fraud"})
# Card products a line of their own serves: a Platinum card's line before the general one.
DEDICATED_PRODUCTS = frozenset({"platinum", "centurion"})

# The criteria, in the order they are applied (name: what comes first).
RULES: dict[str, tuple[str, ...]] = {
    "need": ("may-lead", "dedicated-need", "dedicated-product", "status", "witnesses", "service", "product", "at-home"),
    "no-need": ("may-lead", "product", "broad", "status", "witnesses", "general", "at-home"),
}


def status_rank(status: str) -> int:
    return STATUS_RANK.get(status, UNKNOWN_STATUS_RANK)


def may_give_way(closed: Line, other: Line) -> bool:
    """Whether a closed line may give its place to ``other``, open now: only to one as well graded (a
    closed confirmed line never gives way to a disputed or suspect one, nor to a less sure one)."""
    return other.status in MAY_LEAD and status_rank(other.status) <= status_rank(closed.status)


Criterion = Callable[[Line, "Need | None", "str | None"], int]


def _may_lead(line: Line, need: Need | None, product: str | None) -> int:
    return 0 if line.status in MAY_LEAD else 1


def _dedicated_need(line: Line, need: Need | None, product: str | None) -> int:
    return 0 if need is not None and need.id in DEDICATED_NEEDS and need.services[0] in line.services else 1


def _dedicated_product(line: Line, need: Need | None, product: str | None) -> int:
    return 0 if product in DEDICATED_PRODUCTS and product in line.products else 1


def _status(line: Line, need: Need | None, product: str | None) -> int:
    return status_rank(line.status)


def _witnesses(line: Line, need: Need | None, product: str | None) -> int:
    """More independent pages printing a number first (within one status)."""
    return -line.independent_sources


def _service(line: Line, need: Need | None, product: str | None) -> int:
    """How well the line's purpose fits the need: its place in the need's services (a lost card: the
    lost-card line, then fraud, then general)."""
    services = need.services if need is not None else ()
    return min((services.index(s) for s in line.services if s in services), default=len(services))


def _product(line: Line, need: Need | None, product: str | None) -> int:
    return 0 if product is not None and product in line.products else 1


def _broad(line: Line, need: Need | None, product: str | None) -> int:
    return 0 if BROAD_SERVICES.intersection(line.services) else 1


def _general(line: Line, need: Need | None, product: str | None) -> int:
    return 0 if "general" in line.services else 1


def _at_home(line: Line, need: Need | None, product: str | None) -> int:
    return 1 if line.from_abroad else 0


CRITERIA: dict[str, Criterion] = {
    "may-lead": _may_lead,
    "dedicated-need": _dedicated_need,
    "dedicated-product": _dedicated_product,
    "status": _status,
    "witnesses": _witnesses,
    "service": _service,
    "product": _product,
    "broad": _broad,
    "general": _general,
    "at-home": _at_home,
}


def sort_key(need: Need | None, product: str | None) -> Callable[[Line], tuple[int, ...]]:
    """The key that orders a market's lines for a need (or none) and a card product (or none)."""
    rules = [CRITERIA[name] for name in RULES["no-need" if need is None else "need"]]

    def key(line: Line) -> tuple[int, ...]:
        return tuple(rule(line, need, product) for rule in rules)

    return key

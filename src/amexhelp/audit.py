"""Data quality of the directory in use, line by line, as phonenumbers sees it today."""

from __future__ import annotations

from typing import NamedTuple

import phonenumbers

from amexhelp import index
from amexhelp.dialing import from_abroad, number_facts
from amexhelp.model import Directory, Line


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
    problems: tuple[str, ...]


def audit(directory: Directory) -> tuple[Finding, ...]:
    """One finding per line (checking every record of the data against the schema first)."""
    return tuple(_finding(line) for line in directory.lines)


def _finding(line: Line) -> Finding:
    number = phonenumbers.parse(line.e164)
    valid = phonenumbers.is_valid_number(number)
    facts = number_facts(line.e164)
    problems = []
    if not valid:
        problems.append(f"{line.e164} is not a valid number")
    for field, now in facts.items():
        stored = getattr(line, field)
        if stored != now:
            problems.append(f"{field} is {stored!r} in the data but {now!r} by phonenumbers")
    if line.toll_free != (facts["number_type"] == "TOLL_FREE"):
        problems.append(f"toll_free is {line.toll_free} but the number type is {facts['number_type']}")
    reachable, reason = from_abroad(line)
    return Finding(
        line=line,
        valid=valid,
        number_type=facts["number_type"],
        number_region=facts["number_region"],
        serves=line.country or line.area or "worldwide",
        cross_border=line.calls_abroad(index.calling_codes()),
        from_abroad=reachable,
        from_abroad_reason=reason,
        phonenumbers_international=phonenumbers.can_be_internationally_dialled(number),
        problems=tuple(problems),
    )

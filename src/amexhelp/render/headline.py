"""The one sentence an answer leads with, and the words for a line's hours: shared by every format.

Kept apart from view.py (the full text answer) so that JSON output does not pay for defining it.
"""

from __future__ import annotations

from amexhelp.directory.model import Directory, Line
from amexhelp.lookup.answer import Answer
from amexhelp.lookup.places import UNKNOWN_REGION
from amexhelp.render.naming import ENGLISH_NAMES, Naming

_DAYS = {"daily": "daily", "mon-fri": "Mon–Fri", "mon-sat": "Mon–Sat", "sat": "Sat", "sun": "Sun", "sat-sun": "Sat–Sun"}


def hours_text(line: Line) -> str:
    """Opening hours in words: from the structured hours when the data has them, else as printed."""
    hours = line.open_hours
    if hours is None:
        return line.hours or "not stated in the sources"
    if hours.always:
        return "24 hours, every day"
    periods = ", ".join(f"{_DAYS[p.days]} {p.open}–{p.close}" for p in hours.periods)
    return f"{periods} ({hours.tz} time)"


def headline(answer: Answer, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """The answer a person acts on, as one sentence: "Call +44 1273 696933 — American Express United
    Kingdom, lost or stolen cards, from abroad, 24 hours, every day"."""
    first = answer.first
    caller = naming.country(answer.caller.code)
    if first is None:
        return f"No number in the directory can be dialled from {caller}: see the lines and notices below."
    line, dial = first.line, first.dial
    collect = " collect" if line.collect and dial.abroad else ""
    purpose = line.label.removesuffix(", collect").removesuffix(", from abroad")
    parts = [f"American Express {naming.place(line, directory)}", purpose]
    if dial.abroad and answer.caller.code != UNKNOWN_REGION:  # a place not recognised: not "abroad"
        parts.append("from abroad")
    hours = hours_text(line)
    parts.append("hours not stated" if hours == "not stated in the sources" else hours)
    if line.status != "confirmed":
        parts.append("unconfirmed" if line.status == "guide-only" else line.status)
    return f"Call {dial.dial}{collect} — {', '.join(parts)}"

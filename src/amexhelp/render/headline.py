"""The one sentence an answer leads with, and the words for a line's hours: shared by every format.

Kept apart from view.py (the full text answer) so that JSON output does not pay for defining it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from amexhelp.directory.model import Directory, Line
from amexhelp.lookup.answer import Answer
from amexhelp.lookup.places import UNKNOWN_REGION
from amexhelp.render.naming import ENGLISH_NAMES, Naming

if TYPE_CHECKING:
    from datetime import datetime, timedelta

    from amexhelp.lookup.hours import Opening

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
    if first.opening is not None and not (line.open_hours is not None and line.open_hours.always):
        parts.append(opening_text(first.opening))  # "24 hours, every day" says it already
    if line.status != "confirmed":
        parts.append("unconfirmed" if line.status == "guide-only" else line.status)
    call = f"{dial.dial}{collect} — {', '.join(parts)}"
    only = answer.only_for
    if only is None:
        return f"Call {call}"
    return (
        f"No line for {only.wanted} cards of {naming.country(only.market)} is in the directory, only for"
        f" {and_list(list(only.products))} cards: call {call}"
    )


def and_list(words: list[str]) -> str:
    """ "a", "a and b", "a, b and c" ("" for none)."""
    if len(words) < 2:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


# Said once in an answer that reads hours for the moment asked about.
HOURS_CAVEAT = "Hours as printed; holidays may differ."


def opening_text(opening: Opening) -> str:
    """A line's state now in words: "open now", or "opens at 09:00 in Tokyo (in 5 h 20 min; 01:00 where
    you are)"."""
    if opening.open_now:
        return "open now"
    if opening.open_now is None:
        return "open now: unknown (no time-zone database on this system)"
    when, here, wait = opening.next_open, opening.next_open_here, opening.wait
    if when is None or here is None or wait is None or opening.now is None:
        return "closed now"
    city = (opening.zone or "").rsplit("/", 1)[-1].replace("_", " ")
    there = f"{_day(when, opening.now.astimezone(when.tzinfo))}{when:%H:%M} in {city}"
    extra = [f"in {_span(wait)}"]
    if here.utcoffset() != when.utcoffset():
        extra.append(f"{_day(here, opening.now, here=True)}{here:%H:%M} where you are")
    return f"closed now; opens {there} ({'; '.join(extra)})"


def _day(moment: datetime, now: datetime, *, here: bool = False) -> str:
    """A moment's day seen from ``now`` (both in one zone): "at ", "tomorrow at ", "on Monday at "; for
    the caller's own time (``here``): "", "tomorrow ", "Monday "."""
    days = (moment.date() - now.date()).days
    if days == 0:
        return "" if here else "at "
    day = "tomorrow" if days == 1 else f"{moment:%A}"
    return f"{day} " if here else f"{'' if days == 1 else 'on '}{day} at "


def _span(wait: timedelta) -> str:
    """ "5 h 20 min", "2 d 3 h", "20 min"."""
    minutes = int(wait.total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min"

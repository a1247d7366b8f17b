"""The one sentence an answer leads with, and the words for a line's hours: shared by every format.

Kept apart from view.py (the full text answer) so that JSON output does not pay for defining it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from amexhelp.directory.model import Directory, Line
from amexhelp.lookup.answer import Answer, OnlyFor
from amexhelp.lookup.places import UNKNOWN_REGION
from amexhelp.render.naming import ENGLISH_NAMES, Naming

if TYPE_CHECKING:
    from datetime import datetime, timedelta

    from amexhelp.lookup.hours import Opening

from amexhelp.render.i18n import LINE_LABEL, N_

_DAYS = {
    "daily": N_("daily"), "mon-fri": N_("Mon–Fri"), "mon-sat": N_("Mon–Sat"), "sat": N_("Sat"), "sun": N_("Sun"),
    "sat-sun": N_("Sat–Sun"),
}  # fmt: skip
_WEEKDAYS = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"))
NOT_STATED = N_("not stated in the sources")


def hours_text(line: Line, naming: Naming = ENGLISH_NAMES) -> str:
    """Opening hours in words: from the structured hours when the data has them, else as printed."""
    _ = naming._
    hours = line.open_hours
    if hours is None:
        return line.hours or _(NOT_STATED)
    if hours.always:
        return _("24 hours, every day")
    periods = naming.join([f"{_(_DAYS[p.days])} {p.open}–{p.close}" for p in hours.periods], conjunction=False)
    return _("{periods} ({zone} time)").format(periods=periods, zone=hours.tz)


def headline(answer: Answer, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """The answer a person acts on, as one sentence: "Call +44 1273 696933 — American Express United
    Kingdom, lost or stolen cards, from abroad, 24 hours, every day"."""
    _ = naming._
    first = answer.first
    caller = naming.country(answer.caller.code)
    if first is None:
        return _("No number in the directory can be dialled from {caller}: see the lines and notices below.").format(
            caller=caller
        )
    line, dial = first.line, first.dial
    collect = _(" collect") if line.collect and dial.abroad else ""
    purpose = naming.text(LINE_LABEL, line.label.removesuffix(", collect").removesuffix(", from abroad"))
    parts = [_("American Express {place}").format(place=naming.place(line, directory)), purpose]
    if dial.abroad and answer.caller.code != UNKNOWN_REGION:  # a place not recognised: not "abroad"
        parts.append(_("from abroad"))
    parts.append(_("hours not stated") if line.open_hours is None and not line.hours else hours_text(line, naming))
    if first.opening is not None and not (line.open_hours is not None and line.open_hours.always):
        parts.append(opening_text(first.opening, naming))  # "24 hours, every day" says it already
    if line.status != "confirmed":
        parts.append(grade_text(line, naming))
    call = f"{dial.dial}{collect} — {naming.join(parts, conjunction=False)}"
    own = next((notice for notice in answer.notices if notice.code == "no-issuer-line"), None)
    only = answer.only_for
    if own is not None and only is not None:
        return _(
            "Call the number on the back of your card, on your statement or in the issuer's app: the directory has"
            " lines for {products} cards of {country} only, none for {wanted} cards. Best graded otherwise: {call}"
        ).format(call=call, **_only_values(only, naming))
    if own is not None:
        # The guide's number is never THE number: the card's own number comes first.
        return _(
            "Call the number on the back of your card, on your statement or in the issuer's app: no issuer page in"
            " the directory gives one for {product} cards of {country}. Best graded otherwise: {rest}"
        ).format(
            product=_(own.values.get("product") or "personal"),
            country=naming.country(own.values.get("country") or ""),
            rest=call,
        )
    if only is None:
        return _("Call {call}").format(call=call)
    return _(
        "No line for {wanted} cards of {country} is in the directory, only for {products} cards: call {call}"
    ).format(call=call, **_only_values(only, naming))


def _only_values(only: OnlyFor, naming: Naming) -> dict[str, str]:
    """The values of a sentence about a market whose lines are for other cards than the caller's."""
    _ = naming._
    return {
        "wanted": _(only.wanted),
        "country": naming.country(only.market),
        "products": and_list([_(product) for product in only.products], naming),
    }


def grade_text(line: Line, naming: Naming = ENGLISH_NAMES) -> str:
    """A line's grade in a few words, with how many independent pages print it: "corroborated: printed by
    4 independent pages", "unconfirmed: printed by 2 independent pages", "unconfirmed: only in a
    third-party guide", "disputed"."""
    _ = naming._
    count = line.independent_sources
    if line.status == "corroborated":
        return _("corroborated: printed by {count} independent pages").format(count=count)
    if line.status != "guide-only":
        return _(line.status)
    if count == 0:
        return _("unconfirmed: only in a third-party guide")
    one, many = (
        _("unconfirmed: printed by {count} independent page"),
        _("unconfirmed: printed by {count} independent pages"),
    )
    return (one if count == 1 else many).format(count=count)


def and_list(words: list[str], naming: Naming = ENGLISH_NAMES) -> str:
    """ "a", "a and b", "a, b and c" ("" for none)."""
    return naming.join(words)


# Said once in an answer that reads hours for the moment asked about.
HOURS_CAVEAT = N_("Hours as printed; holidays may differ.")


def opening_text(opening: Opening, naming: Naming = ENGLISH_NAMES) -> str:
    """A line's state now in words: "open now", or "opens at 09:00 in Tokyo (in 5 h 20 min; 01:00 where
    you are)"."""
    _ = naming._
    if opening.open_now:
        return _("open now")
    if opening.open_now is None:
        return _("open now: unknown (no time-zone database on this system)")
    when, here, wait = opening.next_open, opening.next_open_here, opening.wait
    if when is None or here is None or wait is None or opening.now is None:
        return _("closed now")
    city = (opening.zone or "").rsplit("/", 1)[-1].replace("_", " ")
    there = _day(when, opening.now.astimezone(when.tzinfo), naming).format(time=f"{when:%H:%M}")
    extra = [_("in {span}").format(span=_span(wait, naming))]
    if here.utcoffset() != when.utcoffset():
        mine = _day(here, opening.now, naming, here=True).format(time=f"{here:%H:%M}")
        extra.append(_("{time} where you are").format(time=mine))
    return _("closed now; opens {when} in {city} ({extra})").format(when=there, city=city, extra="; ".join(extra))


def _day(moment: datetime, now: datetime, naming: Naming, *, here: bool = False) -> str:
    """A moment's day seen from ``now`` (both in one zone), as a template for its time: "at {time}",
    "tomorrow at {time}", "on Monday at {time}"; for the caller's own time (``here``): "{time}",
    "tomorrow {time}", "Monday {time}"."""
    _ = naming._
    days = (moment.date() - now.date()).days
    if days == 0:
        return "{time}" if here else _("at {time}")
    if days == 1:
        return _("tomorrow {time}") if here else _("tomorrow at {time}")
    day = _(_WEEKDAYS[moment.weekday()])
    return (_("{day} {time}") if here else _("on {day} at {time}")).replace("{day}", day)


def _span(wait: timedelta, naming: Naming) -> str:
    """ "5 h 20 min", "2 d 3 h", "20 min"."""
    _ = naming._
    minutes = int(wait.total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return (_("{days} d {hours} h") if hours else _("{days} d")).format(days=days, hours=hours)
    if hours:
        return (_("{hours} h {minutes} min") if minutes else _("{hours} h")).format(hours=hours, minutes=minutes)
    return _("{minutes} min").format(minutes=minutes)

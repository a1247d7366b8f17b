"""The one sentence an answer leads with, and the words for a line's hours: shared by every format.

Kept apart from view.py (the full text answer) so that JSON output does not pay for defining it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from amexhelp.directory.model import Directory, Line, _Record
from amexhelp.lookup.answer import Answer, Entry, OnlyFor
from amexhelp.lookup.places import UNKNOWN_REGION
from amexhelp.render.naming import ENGLISH_NAMES, Naming

if TYPE_CHECKING:
    from datetime import datetime, timedelta

    from amexhelp.lookup.hours import Opening

from amexhelp.render.i18n import LINE_LABEL, N_, N_plural

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


# What an answer leads with (a headline's code): no line to dial; a line to call; the card's own number
# first (the directory has no issuer page for the caller's card), the market's lines being for other cards
# or not; a market whose lines are all for other cards.
NO_LINE, CALL, OWN_NUMBER, OWN_NUMBER_ONLY_FOR, ONLY_FOR = (
    "no-line",
    "call",
    "own-number",
    "own-number-only-for",
    "only-for",
)


class Headline(_Record):
    """The one sentence an answer leads with, as a code and values (worded by ``headline_text``).

    ``entry``: the line to act on (None with NO_LINE); ``abroad``: said to be dialled from abroad;
    ``grade``: the line's grade as a code and a count (None for a confirmed line); ``own``: the product
    and country of the no-issuer-line notice; ``only``: the market whose lines are for other cards."""

    __slots__ = ("abroad", "caller", "entry", "grade", "kind", "only", "own")

    def __init__(
        self,
        kind: str,
        caller: str,
        entry: Entry | None = None,
        abroad: bool = False,
        grade: tuple[str, int] | None = None,
        own: tuple[str, str] | None = None,
        only: OnlyFor | None = None,
    ) -> None:
        self.kind, self.caller, self.entry, self.abroad = kind, caller, entry, abroad
        self.grade, self.own, self.only = grade, own, only


def headline_view(answer: Answer) -> Headline:
    """What an answer leads with, in codes and values: the same for every format and language."""
    first, caller = answer.first, answer.caller.code
    if first is None:
        return Headline(NO_LINE, caller)
    line = first.line
    abroad = first.dial.abroad and caller != UNKNOWN_REGION  # a place not recognised: not "abroad"
    grade = None if line.status == "confirmed" else line_grade(line)
    notice = next((notice for notice in answer.notices if notice.code == "no-issuer-line"), None)
    only = answer.only_for
    if notice is None:
        return Headline(ONLY_FOR if only is not None else CALL, caller, first, abroad, grade, None, only)
    own = (notice.values.get("product") or "personal", notice.values.get("country") or "")
    kind = OWN_NUMBER_ONLY_FOR if only is not None else OWN_NUMBER
    return Headline(kind, caller, first, abroad, grade, own, only)


def headline(answer: Answer, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """The answer a person acts on, as one sentence: "Call +44 1273 696933 — American Express United
    Kingdom, lost or stolen cards, from abroad, 24 hours, every day"."""
    return headline_text(headline_view(answer), directory, naming)


def headline_text(view: Headline, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """A headline in words, in the language of ``naming``: the one wording of it, for every format."""
    _ = naming._
    if view.entry is None:
        return _("No number in the directory can be dialled from {caller}: see the lines and notices below.").format(
            caller=naming.country(view.caller)
        )
    call = _call(view, view.entry, directory, naming)
    if view.kind == OWN_NUMBER_ONLY_FOR and view.only is not None:
        return _(
            "Call the number on the back of your card, on your statement or in the issuer's app: the directory has"
            " lines for {products} cards of {country} only, none for {wanted} cards. Best graded otherwise: {call}"
        ).format(call=call, **_only_values(view.only, naming))
    if view.kind == OWN_NUMBER and view.own is not None:
        # The guide's number is never THE number: the card's own number comes first.
        return _(
            "Call the number on the back of your card, on your statement or in the issuer's app: no issuer page in"
            " the directory gives one for {product} cards of {country}. Best graded otherwise: {rest}"
        ).format(product=_(view.own[0]), country=naming.country(view.own[1]), rest=call)
    if view.kind == ONLY_FOR and view.only is not None:
        return _(
            "No line for {wanted} cards of {country} is in the directory, only for {products} cards: call {call}"
        ).format(call=call, **_only_values(view.only, naming))
    return _("Call {call}").format(call=call)


def _call(view: Headline, first: Entry, directory: Directory, naming: Naming) -> str:
    """What to dial and what it is: "+44 1273 696933 — American Express United Kingdom, lost or stolen
    cards, from abroad, 24 hours, every day"."""
    _ = naming._
    line, dial = first.line, first.dial
    collect = _(" collect") if line.collect and dial.abroad else ""
    purpose = naming.text(LINE_LABEL, line.label.removesuffix(", collect").removesuffix(", from abroad"))
    parts = [_("American Express {place}").format(place=naming.place(line, directory)), purpose]
    if view.abroad:
        parts.append(_("from abroad"))
    parts.append(_("hours not stated") if line.open_hours is None and not line.hours else hours_text(line, naming))
    always = line.open_hours is not None and line.open_hours.always
    if first.opening is not None and not always:  # "24 hours, every day" says it already
        parts.append(opening_text(first.opening, naming))
    if view.grade is not None:
        parts.append(grade_words(view.grade, naming))
    return f"{dial.dial}{collect} — {naming.join(parts, conjunction=False)}"


def _only_values(only: OnlyFor, naming: Naming) -> dict[str, str]:
    """The values of a sentence about a market whose lines are for other cards than the caller's."""
    _ = naming._
    return {
        "wanted": _(only.wanted),
        "country": naming.country(only.market),
        "products": and_list([_(product) for product in only.products], naming),
    }


# A line's grade beyond its status: a guide-only line that no independent page prints (only its guide).
GUIDE_ONLY_ALONE = "guide-only-alone"


def line_grade(line: Line) -> tuple[str, int]:
    """A line's grade as a code and the count its words depend on (the independent pages that print it):
    ("corroborated", 4), ("guide-only", 2), ("guide-only-alone", 0), ("disputed", 0)…"""
    count = line.independent_sources
    if line.status == "guide-only" and count == 0:
        return GUIDE_ONLY_ALONE, 0
    return line.status, count


def grade_words(grade: tuple[str, int], naming: Naming = ENGLISH_NAMES) -> str:
    """A grade in a few words, in the form the language gives its count: "corroborated: printed by 4
    independent pages", "unconfirmed: printed by 2 independent pages", "unconfirmed: only in a
    third-party guide", "disputed"."""
    code, count = grade
    if code == "corroborated":
        template = naming.ngettext(
            "corroborated: printed by {count} independent page",
            "corroborated: printed by {count} independent pages",
            count,
        )
    elif code == "guide-only":
        template = naming.ngettext(
            "unconfirmed: printed by {count} independent page",
            "unconfirmed: printed by {count} independent pages",
            count,
        )
    elif code == GUIDE_ONLY_ALONE:
        return naming._("unconfirmed: only in a third-party guide")
    else:
        return naming._(code)
    return template.format(count=count)


def grade_text(line: Line, naming: Naming = ENGLISH_NAMES) -> str:
    """A line's grade in a few words (``grade_words`` of its ``line_grade``)."""
    return grade_words(line_grade(line), naming)


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
    """ "5 h 20 min", "2 d 3 h", "20 min": at most two units, the larger first, each with the form its count
    takes in the reader's language (Arabic "يومان", Hindi "1 घंटा")."""
    minutes = int(wait.total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    units = list(zip((days, hours, minutes), _UNITS, strict=True))
    while len(units) > 1 and not units[0][0]:
        units.pop(0)
    shown = [naming.ngettext(*unit, count).format(count=count) for count, unit in units[:2] if count]
    if len(shown) == 1:
        return shown[0]
    return naming._("{larger} {smaller}").format(larger=shown[0], smaller=shown[1])


# A time span's units, abbreviated; each has its plural forms where a language needs them.
_UNITS = (
    N_plural("{count} d", "{count} d"),
    N_plural("{count} h", "{count} h"),
    N_plural("{count} min", "{count} min"),
)

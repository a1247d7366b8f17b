"""The answer of a lookup as a person reads it, in codes and values, built once: the headline, the lines in
sections with each line's facts, the notices, the advice, and what ``--all`` adds. Every format maps this one
view: plain and rich text word it (``view.worded``), JSON maps it (``dicts.lookup``), in any language.

Its records are plain slotted classes, as the directory's are: the JSON path imports this module, and
defining a NamedTuple costs start-up. The lines' facts are in ``view``, loaded only by the text formats.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from amexhelp.directory import index
from amexhelp.directory.model import Line, _Record
from amexhelp.lookup.answer import Answer, Entry
from amexhelp.render._headline import Headline, headline_view

if TYPE_CHECKING:
    from amexhelp.directory.model import Directory
    from amexhelp.lookup.notices import Notice
    from amexhelp.render.view import Part


def local_form(item: Line) -> str:
    """The number as read where the line serves: national within its calling area, else international."""
    if item.e164 is None:
        return item.display
    if item.country is None or item.calls_abroad(index.calling_codes()):
        return item.international or item.display
    return item.national or item.display


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


class More(_Record):
    """What --all adds to the short answer, counted: other markets' lines, lines for other cards, lines
    for cards issued where the caller is (``place``), lines that do not ring from there, pieces of advice."""

    __slots__ = ("advice", "elsewhere", "local", "other_cards", "place", "unreachable")

    def __init__(self, elsewhere: int, other_cards: int, local: int, unreachable: int, advice: int, place: str) -> None:
        self.elsewhere, self.other_cards, self.local, self.unreachable = elsewhere, other_cards, local, unreachable
        self.advice, self.place = advice, place


def _for_this_person(answer: Answer) -> tuple[Entry, ...]:
    """The entries of the short answer: the lines for where the caller is and their card that ring from
    where they call (all of those lines when none rings), never other markets' lines for callers abroad."""
    own = [entry for entry in answer.entries if entry.scope != "elsewhere"]
    usable = [entry for entry in own if entry.fits and entry.dial.reachable]
    if any(entry.scope == "card-market" for entry in usable):  # the local market's lines are for its cards
        usable = [entry for entry in usable if entry.scope != "local"]
    return tuple(usable or own or answer.entries)


def _more(answer: Answer, shown: tuple[Entry, ...], advice_left: int) -> More | None:
    """What --all adds to the short answer, counted (None: nothing)."""
    left = [entry for entry in answer.entries if all(entry is not one for one in shown)]  # by identity: cheap
    elsewhere = sum(entry.scope == "elsewhere" for entry in left)
    other_cards = sum(entry.scope != "elsewhere" and not entry.fits for entry in left)
    local = sum(entry.scope == "local" and entry.fits and entry.dial.reachable for entry in left)
    unreachable = len(left) - elsewhere - other_cards - local
    if not (left or advice_left):
        return None
    return More(elsewhere, other_cards, local, unreachable, advice_left, answer.country.code)


class AnswerView:
    """A lookup's answer as a person reads it, in codes and values: the one view every format maps (text
    and rich through ``view.worded``, JSON directly), in every language. ``shown``: the entries shown, in
    order; ``advice``: the directory's texts (English, as the data holds them); ``more``: the short
    answer's count of what --all adds (None: nothing, or the full answer)."""

    __slots__ = ("_parts", "advice", "answer", "directory", "full", "headline", "more", "notices", "shown")

    def __init__(
        self,
        answer: Answer,
        directory: Directory,
        headline: Headline,
        shown: tuple[Entry, ...],
        notices: tuple[Notice, ...],
        advice: tuple[str, ...],
        more: More | None,
        full: bool,
    ) -> None:
        self.answer, self.directory, self.headline, self.shown = answer, directory, headline, shown
        self.notices, self.advice, self.more, self.full = notices, advice, more, full
        self._parts: tuple[Part, ...] | None = None

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self.shown

    @property
    def parts(self) -> tuple[Part, ...]:
        """The shown lines in sections, with each line's facts as codes (``view.parts_of``): worked out
        when first read, so that JSON, which maps the lines themselves, never loads the code that makes them."""
        if self._parts is None:
            from amexhelp.render.view import parts_of

            self._parts = parts_of(self.answer, self.shown, self.directory, self.full)
        return self._parts

    @property
    def hours_note(self) -> bool:
        """Whether a shown line's hours are read for now: "holidays may differ" is said once. A compact
        (one-line) item shows no hours: its opening is not worked out (nor zoneinfo loaded)."""
        return any(item.facts.opening is not None for part in self.parts if not part.compact for item in part.items)


def answer_view(answer: Answer, directory: Directory, *, full: bool = True) -> AnswerView:
    """The answer as a person reads it, in codes. Short (``full`` False, a terminal's default): only the
    lines for this person (that ring from where they call and serve their card), one piece of advice, and
    what ``--all`` adds; full: every line, other markets' among them, and all the advice."""
    shown = answer.entries if full else _for_this_person(answer)
    advice = answer.advice if full else answer.advice[:1]
    more = None if full else _more(answer, shown, len(answer.advice) - len(advice))
    return AnswerView(answer, directory, headline_view(answer), shown, answer.notices, tuple(advice), more, full)

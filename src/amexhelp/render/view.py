"""The answer as a person reads it, built once: the number to act on, then the lines in sections,
each with its facts, status and sources, then notices, advice and where the data comes from.

Plain text, rich text and JSON are thin mappings of this (see plain.py, richtext.py, dicts.py), so a
new fact lands in one place and the three outputs cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from amexhelp.directory import index
from amexhelp.directory.model import SUSPECT, Directory, Line, SourceRecord, _Record
from amexhelp.lookup.answer import Answer, Entry
from amexhelp.lookup.places import UNKNOWN_REGION
from amexhelp.render._headline import (
    GUIDE_ONLY_ALONE,
    HOURS_CAVEAT,
    NOT_STATED,
    and_list,
    headline_text,
    hours_text,
    line_grade,
    opening_text,
)
from amexhelp.render._lookupview import AnswerView, More, _digits, answer_view
from amexhelp.render._lookupview import local_form as local_form  # the listings' form of a number
from amexhelp.render._notices import word
from amexhelp.render.i18n import ADVICE, LINE_LABEL, LINE_NOTE, N_, SOURCE
from amexhelp.render.naming import ENGLISH_NAMES, Naming

if TYPE_CHECKING:
    from amexhelp.lookup.dialing import Dial
    from amexhelp.lookup.hours import Opening


# Row labels: English keys in the view (the short answer picks rows by them); the renderers print
# them through the catalog.
DIAL, CANNOT_DIAL, NUMBER, FROM_ABROAD, LANGUAGES = (
    N_("Dial"),
    N_("Cannot dial"),
    N_("Number"),
    N_("From abroad"),
    N_("Languages"),
)
AS_PRINTED, COLLECT, FOR, HOURS, NOW, FOR_WHOM, CARDS, STATUS, SOURCE_ROW, SERVED_FROM, NOTE = (
    N_("As printed"),
    N_("Collect"),
    N_("For"),
    N_("Hours"),
    N_("Now"),
    N_("For whom"),
    N_("Cards"),
    N_("Status"),
    N_("Source"),
    N_("Served from"),
    N_("Note"),
)


class Fact(_Record):
    """One row of a line's facts, without words: its label (an English key, worded by the renderers), the
    code of how its value is worded (``view._FACT_WORDING``), and the value of a row shown as it is."""

    __slots__ = ("code", "label", "value")

    def __init__(self, label: str, code: str, value: str = "") -> None:
        self.label, self.code, self.value = label, code, value


# How a fact's value is worded (the codes of Fact.code).
AS_IS, DIAL_FROM, DIAL_OR_LANDLINE, SUSPECT_NUMBER, UNREACHABLE, NOT_ABROAD = (
    "as-is", "dial", "dial-landline", "suspect", "unreachable", "not-from-abroad",
)  # fmt: skip
LANGUAGES_UNSTATED = "languages-unstated"


class LineFacts(_Record):
    """A line's facts as codes, with the values their words are made of: the line, how it is dialled from
    where the caller is (None in a listing), its state now, and the caller's card product when the line
    is for other cards only."""

    __slots__ = ("dial", "facts", "line", "not_for", "opening")

    def __init__(
        self, line: Line, dial: Dial | None, opening: Opening | None, not_for: str | None, facts: tuple[Fact, ...]
    ) -> None:
        self.line, self.dial, self.opening, self.not_for, self.facts = line, dial, opening, not_for, facts

    def only(self, facts: tuple[Fact, ...]) -> LineFacts:
        """The same line with only these of its facts."""
        return LineFacts(self.line, self.dial, self.opening, self.not_for, facts)


def fact_codes(
    line: Line, dial: Dial | None, directory: Directory, opening: Opening | None = None, not_for: str | None = None
) -> LineFacts:
    """The facts of a line, in reading order, as codes: the one place it is decided which rows a line shows."""
    number = local_form(line)
    rows = [] if dial is None else [_dial_fact(line, dial)]
    rows.append(Fact(NUMBER, AS_IS, number))
    rows.extend(_abroad_facts(line, number))
    if _digits(line.display) not in (_digits(number), _digits(line.international)):
        rows.append(Fact(AS_PRINTED, AS_IS, line.display))
    rows.extend(_service_facts(line, opening))
    if not line.for_cardmembers:
        rows.append(Fact(FOR_WHOM, "audience"))
    if line.products:
        rows.append(Fact(CARDS, "cards"))
    rows.extend((Fact(STATUS, "status"), Fact(SOURCE_ROW, "source")))
    if line.calls_abroad(index.calling_codes()):
        rows.append(Fact(SERVED_FROM, "served-from"))
    rows.extend(Fact(NOTE, "note", note) for note in line.all_notes)
    return LineFacts(line, dial, opening, not_for if line.for_cardmembers else None, tuple(rows))


def _service_facts(line: Line, opening: Opening | None) -> list[Fact]:
    """How the line is called (collect), what for, when, and in which languages."""
    rows = [Fact(COLLECT, "collect")] if line.collect else []
    if len(line.services) > 1:  # what its sources print it for, besides the purpose in its label
        rows.append(Fact(FOR, "services"))
    rows.append(Fact(HOURS, "hours"))
    if opening is not None:
        rows.append(Fact(NOW, "opening"))
    stated = line.languages or line.languages_as_printed
    rows.append(Fact(LANGUAGES, "languages" if stated else LANGUAGES_UNSTATED))
    return rows


def _dial_fact(line: Line, dial: Dial) -> Fact:
    """What to dial from where you call, or that it cannot be dialled from there."""
    if line.status == SUSPECT:  # kept as evidence: never offered as a number to dial
        return Fact(CANNOT_DIAL, SUSPECT_NUMBER)
    if not (dial.reachable and dial.dial):
        return Fact(CANNOT_DIAL, UNREACHABLE)
    if dial.abroad and dial.landline and dial.landline != dial.dial:
        return Fact(DIAL, DIAL_OR_LANDLINE, dial.dial)
    return Fact(DIAL, DIAL_FROM, dial.dial)


def _abroad_facts(line: Line, number: str) -> list[Fact]:
    """The form to dial from abroad (when it differs from the number as shown), or that there is none."""
    if line.e164 is not None and line.abroad_ok:
        shown = line.international and line.international != number
        return [Fact(FROM_ABROAD, AS_IS, line.international)] if shown else []
    return [Fact(FROM_ABROAD, NOT_ABROAD)]


class Item(_Record):
    """A line of an answer, without words: the entry and its facts as codes."""

    __slots__ = ("entry", "facts")

    def __init__(self, entry: Entry, facts: LineFacts) -> None:
        self.entry, self.facts = entry, facts


class Part(_Record):
    """A section of an answer, without words: the scope its lines share (its heading's code), whether it
    is a list to choose from (one line per item), and whether it has a heading at all."""

    __slots__ = ("compact", "items", "scope", "titled")

    def __init__(self, scope: str, items: tuple[Item, ...], compact: bool, titled: bool = True) -> None:
        self.scope, self.items, self.compact, self.titled = scope, items, compact, titled


def parts_of(answer: Answer, shown: tuple[Entry, ...], directory: Directory, full: bool) -> tuple[Part, ...]:
    """The shown entries in sections: a section for each run of entries of one scope."""
    runs: list[list[Entry]] = []
    for entry in shown:
        if runs and runs[-1][-1].scope == entry.scope:
            runs[-1].append(entry)
        else:
            runs.append([entry])
    wanted = answer.product or "personal"
    parts = [
        Part(run[0].scope, tuple(_item(entry, directory, wanted, full) for entry in run), run[0].scope == "elsewhere")
        for run in runs
    ]
    if len(parts) == 1 and parts[0].scope == "card-market":  # the answer itself needs no heading
        parts[0] = Part(parts[0].scope, parts[0].items, parts[0].compact, titled=False)
    return tuple(parts)


def _item(entry: Entry, directory: Directory, wanted: str, full: bool) -> Item:
    opening = entry.opening if entry.scope != "elsewhere" else None
    facts = fact_codes(entry.line, entry.dial, directory, opening, None if entry.fits else wanted)
    return Item(entry, facts if full else facts.only(_short(facts)))


def _short(facts: LineFacts) -> tuple[Fact, ...]:
    """A line's rows without those that repeat another: the number as read locally, or for callers
    abroad, when it is what is dialled (give or take a trunk or country prefix), languages the sources
    do not state."""
    dialling = any(fact.label == DIAL for fact in facts.facts) and facts.dial is not None
    dialled = _digits(facts.dial.dial or "") if dialling and facts.dial is not None else None
    return tuple(fact for fact in facts.facts if not _repeats(fact, dialled))


def _repeats(fact: Fact, dialled: str | None) -> bool:
    if fact.code == LANGUAGES_UNSTATED:
        return True
    if dialled is None or fact.code != AS_IS:
        return False
    if fact.label == NUMBER:
        return dialled.endswith(_digits(fact.value))
    return fact.label == FROM_ABROAD and fact.value.startswith("+") and dialled == _digits(fact.value)


# The answer in words (``worded``): plain slotted records, as the view's are (defining a NamedTuple costs
# start-up, and the text formats import this module).
class LineView(_Record):
    """A line in words: its entry, whose cards it serves by name ("Japan", "Europe", "Worldwide"), its
    title, and its facts as (label, value) rows in reading order (status and source among them)."""

    __slots__ = ("entry", "facts", "market", "title")

    def __init__(self, entry: Entry, market: str, title: str, facts: tuple[tuple[str, str], ...]) -> None:
        self.entry, self.market, self.title, self.facts = entry, market, title, facts


class Section(_Record):
    """A section in words: its heading (None: the answer itself), its lines, and whether it is a list to
    choose from (``compact``: one line per item), not the answer itself."""

    __slots__ = ("compact", "heading", "items")

    def __init__(self, heading: str | None, items: tuple[LineView, ...], compact: bool = False) -> None:
        self.heading, self.items, self.compact = heading, items, compact


def compact_line(item: LineView, naming: Naming = ENGLISH_NAMES) -> str:
    """One line for a list of alternatives: market, what to dial, what it is, its status."""
    line, dial = item.entry.line, item.entry.dial
    number = dial.dial if dial.reachable and dial.dial else local_form(line)
    _ = naming._
    template = _("{market}: {number}, collect — {status}") if line.collect else _("{market}: {number} — {status}")
    return template.format(market=item.market, number=number, status=_(line.status))


class LookupView(_Record):
    """The answer in words: the one sentence to act on; where, what, from where and whose card in one line;
    the sections; the notices; the advice under its heading; where the data comes from; the note said once
    when a line's hours are read for now; and what --all would add, in the short answer."""

    __slots__ = (
        "advice", "advice_heading", "headline", "hours_note", "more", "notices", "provenance", "sections", "summary",
    )  # fmt: skip

    def __init__(
        self,
        headline: str,
        summary: str,
        sections: tuple[Section, ...],
        notices: tuple[str, ...],
        advice_heading: str,
        advice: tuple[str, ...],
        provenance: str,
        hours_note: str | None = None,
        more: str | None = None,
    ) -> None:
        self.headline, self.summary, self.sections, self.notices = headline, summary, sections, notices
        self.advice_heading, self.advice, self.provenance = advice_heading, advice, provenance
        self.hours_note, self.more = hours_note, more


def provenance(directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """The one quiet line every answer ends with: where the data comes from, and the reminder (the
    source's own words, in the source's language)."""
    _ = naming._
    s = directory.source
    where = data_where(directory, naming)
    kind = naming.text(SOURCE, s.kind)
    text = _("Source: {kind}, as of {date} ({where}).").format(kind=kind, date=s.as_of, where=where)
    return f"{text} {naming.quoted(SOURCE, s.caution)}{stale_note(directory, naming)}"


def data_where(directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """Which data answers: the bundled data, the installed file (with the day it was installed), or the
    file AMEXHELP_DATA names."""
    _ = naming._
    origin = directory.origin
    if origin.bundled:
        return _("bundled data")
    if origin.installed:
        return _("local data file {path}, installed on {date}").format(path=origin.path, date=origin.date)
    return _("using directory data from {path}").format(path=origin.path)


def stale_note(directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """The sentence (with its leading space) that says the data is old, when it is; else nothing."""
    age = directory.origin.stale_days()
    if age is None:
        return ""
    return " " + naming.ngettext(
        "Notice: this data is {count} day old (as of {date}); numbers change: get newer data (amexhelp data"
        " install FILE) or confirm the number with the issuer.",
        "Notice: this data is {count} days old (as of {date}); numbers change: get newer data (amexhelp data"
        " install FILE) or confirm the number with the issuer.",
        age,
    ).format(count=age, date=directory.source.as_of)


def sources_of(line: Line, directory: Directory) -> tuple[SourceRecord, ...]:
    return tuple(record for e in line.evidence if (record := directory.source_by_id(e.source)) is not None)


def status_grade(line: Line, directory: Directory) -> tuple[str, int]:
    """A line's standing as a code and the count its words depend on: a confirmed line's by the issuer
    pages that print it ("confirmed-by-partner" when the one page is the card-issuing bank's), another's
    as its grade (``_headline.line_grade``: the independent pages that print it)."""
    if line.status != "confirmed":
        return line_grade(line)
    official = [s for s in sources_of(line, directory) if s.official]
    if len(official) == 1 and official[0].kind == "issuer-partner":
        return CONFIRMED_BY_PARTNER, 1
    return "confirmed", len(official)


CONFIRMED_BY_PARTNER = "confirmed-by-partner"


def status_text(line: Line, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """A line's status in one short line, in words."""
    code, count = status_grade(line, directory)
    wording = _STATUS_WORDING.get(code)
    if wording is not None:
        return wording(line, count, directory, naming)
    return naming._(line.status)


def _confirmed_text(line: Line, count: int, directory: Directory, naming: Naming) -> str:
    text = naming.ngettext("confirmed: printed on an issuer page", "confirmed: printed on the issuer's pages", count)
    return _with_date(text.format(count=count), line, directory, naming)


def _partner_text(line: Line, count: int, directory: Directory, naming: Naming) -> str:
    return _with_date(naming._("confirmed: printed on the card-issuing bank's page"), line, directory, naming)


def _with_date(text: str, line: Line, directory: Directory, naming: Naming) -> str:
    """A confirmed line's status with the date of the first official page that gives one."""
    dated = [s.as_of for s in sources_of(line, directory) if s.official and s.as_of]
    return text + (f" ({_dated(dated[0], naming)})" if dated else "")


def _disputed_text(line: Line, count: int, directory: Directory, naming: Naming) -> str:
    instead = ", ".join(_readable(number, line, directory) for number in line.disputed_by)
    return naming._("disputed: only in a third-party guide; the issuer's page gives {numbers} instead").format(
        numbers=instead
    )


def _suspect_text(line: Line, count: int, directory: Directory, naming: Naming) -> str:
    from amexhelp.render._standing import suspect_text

    return suspect_text(line, directory, naming)


def _corroborated_text(line: Line, count: int, directory: Directory, naming: Naming) -> str:
    return naming.ngettext(
        "corroborated: printed by {count} independent third-party page; not found on the issuer's pages",
        "corroborated: printed by {count} independent third-party pages; not found on the issuer's pages",
        count,
    ).format(count=count)


def _guide_only_text(line: Line, count: int, directory: Directory, naming: Naming) -> str:
    return naming.ngettext(
        "unconfirmed: printed by {count} independent third-party page only; not found on the issuer's pages",
        "unconfirmed: printed by {count} independent third-party pages only; not found on the issuer's pages",
        count,
    ).format(count=count)


_STATUS_WORDING: dict[str, Callable[[Line, int, Directory, Naming], str]] = {
    "confirmed": _confirmed_text,
    CONFIRMED_BY_PARTNER: _partner_text,
    "disputed": _disputed_text,
    "unsourced": lambda line, count, directory, naming: naming._("no source: the data names none for this number"),
    SUSPECT: _suspect_text,
    "corroborated": _corroborated_text,
    "guide-only": _guide_only_text,
    GUIDE_ONLY_ALONE: lambda line, count, directory, naming: naming._(
        "unconfirmed: only in a third-party guide; not found on the issuer's pages"
    ),
}


def _dated(as_of: str, naming: Naming) -> str:
    """A page's own date in words; some pages give only their copyright line ("Copyright 2021")."""
    if as_of.casefold().startswith("copyright"):
        return naming._("page copyright{year}").format(year=as_of[len("copyright") :])
    return naming._("dated {date}").format(date=as_of)


def _readable(number: str, line: Line, directory: Directory) -> str:
    """A number that disputes ``line`` as a person reads it: the international form of the line of the
    same market that has it (only that market's lines are looked at)."""
    market = directory.lines_for_country(line.country) if line.country else directory.lines_for_area(line.area or "")
    found = next((other for other in market if other.e164 == number and other.international), None)
    return found.international if found else number


def line_facts(
    line: Line,
    entry_dial: Dial | None,
    naming: Naming,
    directory: Directory,
    opening: Opening | None = None,
    not_for: str | None = None,
) -> list[tuple[str, str]]:
    """The facts of a line as (label, value) rows in words, shared by the plain and rich renderers.
    ``opening``: its state now; ``not_for``: the caller's card product, when the line is for other cards only."""
    return fact_rows(fact_codes(line, entry_dial, directory, opening, not_for), directory, naming)


def fact_rows(facts: LineFacts, directory: Directory, naming: Naming) -> list[tuple[str, str]]:
    """A line's facts in words: (label, value) rows, the label still its English key."""
    return [(fact.label, _FACT_WORDING[fact.code](facts, fact, directory, naming)) for fact in facts.facts]


def _where(dial: Dial | None, naming: Naming) -> str:
    caller = dial.caller if dial is not None else UNKNOWN_REGION
    return naming._("anywhere") if caller == UNKNOWN_REGION else naming.in_country(caller)


def _dial_text(facts: LineFacts, fact: Fact, directory: Directory, naming: Naming) -> str:
    return naming._("{number}  (from {place})").format(number=fact.value, place=_where(facts.dial, naming))


def _landline_text(facts: LineFacts, fact: Fact, directory: Directory, naming: Naming) -> str:
    landline = facts.dial.landline if facts.dial is not None else ""
    return naming._("{number}  (from {place}; from a landline: {landline})").format(
        number=fact.value, place=_where(facts.dial, naming), landline=landline
    )


def _unreachable_row(facts: LineFacts, fact: Fact, directory: Directory, naming: Naming) -> str:
    return naming._("not from {place}: {reason}").format(
        place=_where(facts.dial, naming), reason=unreachable_text(facts.line, naming)
    )


def _not_abroad_text(facts: LineFacts, fact: Fact, directory: Directory, naming: Naming) -> str:
    from amexhelp.lookup.dialing import rings_in

    _ = naming._
    home = and_list([naming.in_country(region) for region in rings_in(facts.line)], naming)
    return _("not possible: only from inside {place}").format(place=home) if home else _("not possible")


def _languages_text(facts: LineFacts, fact: Fact, directory: Directory, naming: Naming) -> str:
    languages = naming.languages(facts.line)
    return naming.join(languages, conjunction=False) if languages else naming._(NOT_STATED)


_FactWording = Callable[[LineFacts, Fact, Directory, Naming], str]
_FACT_WORDING: dict[str, _FactWording] = {
    AS_IS: lambda facts, fact, d, n: fact.value,
    DIAL_FROM: _dial_text,
    DIAL_OR_LANDLINE: _landline_text,
    SUSPECT_NUMBER: lambda facts, fact, d, n: n._("do not: the number has a red flag (see Status)"),
    UNREACHABLE: _unreachable_row,
    NOT_ABROAD: _not_abroad_text,
    "collect": lambda facts, fact, d, n: n._(
        "call collect (reverse charges): ask the operator where you are to place the call"
    ),
    "services": lambda facts, fact, d, n: services_text(facts.line, d, n),
    "hours": lambda facts, fact, d, n: hours_text(facts.line, n),
    "opening": lambda facts, fact, d, n: opening_text(facts.opening, n) if facts.opening is not None else "",
    "languages": _languages_text,
    LANGUAGES_UNSTATED: _languages_text,
    "audience": lambda facts, fact, d, n: _audience_text(facts.line, n),
    "cards": lambda facts, fact, d, n: _cards_text(facts.line, facts.not_for, n),
    "status": lambda facts, fact, d, n: status_text(facts.line, d, n),
    "source": lambda facts, fact, d, n: _source_text(facts.line, d, n),
    "served-from": lambda facts, fact, d, n: n._("{place}: an international call").format(
        place=n.country(facts.line.number_region)
    ),
    "note": lambda facts, fact, d, n: n.quoted(LINE_NOTE, fact.value),
}


def services_text(line: Line, directory: Directory, naming: Naming) -> str:
    """What a line's sources print it for, as a list of the services' names ("general customer service;
    lost or stolen cards")."""
    from amexhelp.render.i18n import SERVICE

    names = [naming.text(SERVICE, directory.services.get(s, s)) for s in line.services]
    if naming.lang == "en":
        return "; ".join(name.lower() for name in names)
    lower = naming.lang in ("es", "fr", "it", "pt", "ru")  # a name inside a list starts in lower case
    return naming._("; ").join(name[:1].lower() + name[1:] if lower else name for name in names)


def _title(line: Line, market: str, naming: Naming) -> str:
    return naming._("{label} ({market})").format(label=naming.quoted(LINE_LABEL, line.label), market=market)


def unreachable_text(line: Line, naming: Naming = ENGLISH_NAMES) -> str:
    """Why a line does not ring from abroad (``dialing.why_unreachable``), in the reader's language."""
    from amexhelp.lookup import dialing

    why = dialing.why_unreachable(line)
    _ = naming._
    if why.regions:
        area = and_list([naming.in_country(region) for region in why.regions], naming)
    elif why.calling_code is not None:
        area = _("the +{code} calling area").format(code=why.calling_code)
    else:
        area = line.country or ""
    templates = {
        dialing.NANP_TOLL_FREE: N_("a North American toll-free number: it rings only in {area}"),
        dialing.NO_INTERNATIONAL_FORM: N_("a number with no international form: it is dialled only from inside {area}"),
        dialing.MARKED: N_("the directory marks this line as not reachable from abroad"),
        dialing.TOLL_FREE_AT_HOME: N_("a toll-free number that works only from inside {area}"),
        dialing.SHARED_COST_AT_HOME: N_("a shared-cost number that works only from inside {area}"),
        dialing.NOT_INTERNATIONAL: N_("a number that cannot be dialled from outside {area}"),
    }
    return _(templates[why.code]).format(area=area)


# Who a line is for, when not card members (the data's audience codes).
_AUDIENCES = {
    "programme-administrator": N_(
        "programme administrators (companies that manage corporate cards), not card members: not your line"
    ),
    "merchant": N_("merchants that accept the card, not card members: not your line"),
}


def _audience_text(line: Line, naming: Naming) -> str:
    """Whom a line that is not a card member's line is for."""
    if line.audience in _AUDIENCES:
        return naming._(_AUDIENCES[line.audience])
    return naming._("the {card} only, not other cards").format(card=line.cobrand or "")


def _cards_text(line: Line, not_for: str | None, naming: Naming) -> str:
    _ = naming._
    cards = naming.join([_(product) for product in line.products], conjunction=False)
    return (
        _("{products} only: not for {product} cards").format(products=cards, product=_(not_for)) if not_for else cards
    )


def _source_text(line: Line, directory: Directory, naming: Naming) -> str:
    """The line's best source: an official page's address first (with how many more), else its title."""
    sources = sources_of(line, directory)
    urls = [s.url for s in sources if s.url and s.official] or [s.url for s in sources if s.url]
    if urls:
        more = naming._(" (+{count} more)").format(count=len(urls) - 1) if len(urls) > 1 else ""
        return urls[0] + more
    return sources[0].title if sources else naming._("none")


def _section_heading(scope: str, answer: Answer, naming: Naming) -> str | None:
    _ = naming._
    if scope == "card-market":
        if answer.card_market is None:
            return None
        return _("For cards issued in {place}").format(place=naming.in_country(answer.card_market.code))
    if scope == "local":
        return _("For cards issued in {place}").format(place=naming.in_country(answer.country.code))
    if scope == "elsewhere":
        if answer.fallback:
            return _("By the market that issued your card: its line for calling from abroad")
        return _("Card issued elsewhere? Each market's line for calling from abroad")
    return _("Worldwide and regional lines")


def lookup_view(
    answer: Answer, directory: Directory, naming: Naming = ENGLISH_NAMES, *, full: bool = True
) -> LookupView:
    """The answer in words (``worded`` of ``answer_view``), in the language of ``naming``."""
    return worded(answer_view(answer, directory, full=full), directory, naming)


def worded(view: AnswerView, directory: Directory, naming: Naming = ENGLISH_NAMES) -> LookupView:
    """An answer's view in words, in the language of ``naming``: what plain and rich text print."""
    _ = naming._
    answer = view.answer
    sections = tuple(
        Section(
            _section_heading(part.scope, answer, naming) if part.titled else None,
            tuple(_line_view(item, directory, naming) for item in part.items),
            part.compact,
        )
        for part in view.parts
    )
    return LookupView(
        headline_text(view.headline, directory, naming),
        summary_text(answer, naming),
        sections,
        tuple(word(notice, naming) for notice in view.notices),
        _("Advice") if answer.need else _("Stay safe"),
        tuple(naming.quoted(ADVICE, text) for text in view.advice),
        provenance(directory, naming),
        _(HOURS_CAVEAT) if view.hours_note else None,
        None if view.more is None else more_text(view.more, naming),
    )


def _line_view(item: Item, directory: Directory, naming: Naming) -> LineView:
    line = item.entry.line
    market = naming.place(line, directory)
    return LineView(item.entry, market, _title(line, market, naming), tuple(fact_rows(item.facts, directory, naming)))


def summary_text(answer: Answer, naming: Naming = ENGLISH_NAMES) -> str:
    """Where, what, from where, whose card: one line."""
    _ = naming._
    summary = [f"{naming.country(answer.country.code)} ({answer.country.code})"]
    summary.append(_(answer.need.name) if answer.need else _("any need"))
    if answer.caller_source != "location":
        summary.append(_("calling from {place}").format(place=naming.country(answer.caller.code)))
    if answer.card_market is not None:
        summary.append(_("card issued in {place}").format(place=naming.country(answer.card_market.code)))
    if answer.product is not None:
        summary.append(_("{product} card").format(product=_(answer.product)))
    return " · ".join(summary)


def more_text(more: More, naming: Naming = ENGLISH_NAMES) -> str | None:
    """What --all adds to the short answer, in one line (None: nothing)."""
    said = (
        (
            more.elsewhere,
            naming.ngettext(
                "{count} other market's line for calling from abroad",
                "{count} other markets' lines for calling from abroad",
                more.elsewhere,
            ),
        ),
        (
            more.other_cards,
            naming.ngettext("{count} line for other cards", "{count} lines for other cards", more.other_cards),
        ),
        (
            more.local,
            naming.ngettext(
                "{count} line for cards issued in {place}", "{count} lines for cards issued in {place}", more.local
            ),
        ),
        (
            more.unreachable,
            naming.ngettext(
                "{count} line that cannot be dialled from here",
                "{count} lines that cannot be dialled from here",
                more.unreachable,
            ),
        ),
        (more.advice, naming.ngettext("{count} more piece of advice", "{count} more pieces of advice", more.advice)),
    )
    place = naming.in_country(more.place)
    parts = [template.format(count=count, place=place) for count, template in said if count]
    if not parts:
        return None
    return naming._("Add --all for {parts}.").format(parts=naming.join(parts, conjunction=False))


def brief(answer: Answer) -> str:
    """Only the numbers to dial, one per line, best first. Other markets' lines (for cards issued
    elsewhere) are left out, unless nothing else rings: without labels they would be a puzzle."""
    reachable = [entry for entry in answer.entries if entry.usable and entry.dial.dial]
    own = [entry for entry in reachable if entry.scope != "elsewhere" and entry.fits] or reachable
    seen: list[str] = []
    for entry in own:
        if entry.dial.dial and entry.dial.dial not in seen:
            seen.append(entry.dial.dial)
    return "".join(f"{number}\n" for number in seen)

"""The answer as a person reads it, built once: the number to act on, then the lines in sections,
each with its facts, status and sources, then notices, advice and where the data comes from.

Plain text, rich text and JSON are thin mappings of this (see plain.py, richtext.py, dicts.py), so a
new fact lands in one place and the three outputs cannot disagree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from amexhelp.directory import index
from amexhelp.directory.model import SUSPECT, Directory, Line, SourceRecord
from amexhelp.lookup.answer import Answer, Entry
from amexhelp.lookup.places import UNKNOWN_REGION
from amexhelp.render._headline import HOURS_CAVEAT, NOT_STATED, and_list, headline, hours_text, opening_text
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


class LineView(NamedTuple):
    entry: Entry
    market: str  # whose cards it serves, by name ("Japan", "Europe", "Worldwide")
    title: str
    facts: tuple[tuple[str, str], ...]  # (label, value) rows, in reading order (status and source among them)


class Section(NamedTuple):
    heading: str | None
    items: tuple[LineView, ...]
    compact: bool = False  # one line per item: a list to choose from, not the answer itself


def compact_line(item: LineView, naming: Naming = ENGLISH_NAMES) -> str:
    """One line for a list of alternatives: market, what to dial, what it is, its status."""
    line, dial = item.entry.line, item.entry.dial
    number = dial.dial if dial.reachable and dial.dial else local_form(line)
    _ = naming._
    template = _("{market}: {number}, collect — {status}") if line.collect else _("{market}: {number} — {status}")
    return template.format(market=item.market, number=number, status=_(line.status))


class LookupView(NamedTuple):
    headline: str  # the one sentence to act on
    summary: str  # where, what, from where, whose card: one line
    sections: tuple[Section, ...]
    notices: tuple[str, ...]
    advice_heading: str
    advice: tuple[str, ...]
    provenance: str
    hours_note: str | None = None  # said once when a line's hours are read for now
    more: str | None = None  # what --all would add, in the short answer


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
    return " " + naming._(
        "Notice: this data is {days} days old (as of {date}); numbers change: get newer data (amexhelp data"
        " install FILE) or confirm the number with the issuer."
    ).format(days=age, date=directory.source.as_of)


def local_form(item: Line) -> str:
    """The number as read where the line serves: national within its calling area, else international."""
    if item.e164 is None:
        return item.display
    if item.country is None or item.calls_abroad(index.calling_codes()):
        return item.international or item.display
    return item.national or item.display


def sources_of(line: Line, directory: Directory) -> tuple[SourceRecord, ...]:
    return tuple(record for e in line.evidence if (record := directory.source_by_id(e.source)) is not None)


def status_text(line: Line, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """A line's status in one short line, in words."""
    _ = naming._
    sources = sources_of(line, directory)
    official = [s for s in sources if s.official]
    if line.status == "confirmed":
        partner = any(s.kind == "issuer-partner" for s in official)
        if partner and len(official) == 1:
            text = _("confirmed: printed on the card-issuing bank's page")
        elif len(official) == 1:
            text = _("confirmed: printed on an issuer page")
        else:
            text = _("confirmed: printed on the issuer's pages")
        dated = [s.as_of for s in official if s.as_of]
        return text + (f" ({_dated(dated[0], naming)})" if dated else "")
    if line.status == "disputed":
        instead = ", ".join(_readable(number, line, directory) for number in line.disputed_by)
        return _("disputed: only in a third-party guide; the issuer's page gives {numbers} instead").format(
            numbers=instead
        )
    if line.status == "unsourced":
        return _("no source: the data names none for this number")
    if line.status == SUSPECT:
        from amexhelp.render._standing import suspect_text

        return suspect_text(line, directory, naming)
    count = line.independent_sources
    if line.status == "corroborated":
        return _(
            "corroborated: printed by {count} independent third-party pages; not found on the issuer's pages"
        ).format(count=count)
    if count == 0:
        return _("unconfirmed: only in a third-party guide; not found on the issuer's pages")
    one, many = (
        _("unconfirmed: printed by {count} independent third-party page only; not found on the issuer's pages"),
        _("unconfirmed: printed by {count} independent third-party pages only; not found on the issuer's pages"),
    )
    return (one if count == 1 else many).format(count=count)


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
    """The facts of a line as (label, value) rows, shared by the plain and rich renderers. ``opening``:
    its state now; ``not_for``: the caller's card product, when the line is for other cards only."""
    _ = naming._
    number = local_form(line)
    rows: list[tuple[str, str]] = [] if entry_dial is None else [_dial_row(line, entry_dial, naming)]
    rows.append((NUMBER, number))
    rows.extend(_abroad_rows(line, number, naming))
    if _digits(line.display) not in (_digits(number), _digits(line.international)):
        rows.append((N_("As printed"), line.display))
    if line.collect:
        rows.append(
            (N_("Collect"), _("call collect (reverse charges): ask the operator where you are to place the call"))
        )
    if len(line.services) > 1:  # what its sources print it for, besides the purpose in its label
        rows.append((N_("For"), services_text(line, directory, naming)))
    rows.append((N_("Hours"), hours_text(line, naming)))
    if opening is not None:
        rows.append((N_("Now"), opening_text(opening, naming)))
    languages = naming.languages(line)
    rows.append((LANGUAGES, naming.join(languages, conjunction=False) if languages else _(NOT_STATED)))
    if not line.for_cardmembers:
        rows.append((N_("For whom"), _audience_text(line, naming)))
    if line.products:
        rows.append((N_("Cards"), _cards_text(line, not_for if line.for_cardmembers else None, naming)))
    rows.append((N_("Status"), status_text(line, directory, naming)))
    rows.append((N_("Source"), _source_text(line, directory, naming)))
    if line.calls_abroad(index.calling_codes()):
        where = naming.country(line.number_region)
        rows.append((N_("Served from"), _("{place}: an international call").format(place=where)))
    rows.extend((N_("Note"), naming.quoted(LINE_NOTE, note)) for note in line.all_notes)
    return rows


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


def _dial_row(line: Line, entry_dial: Dial, naming: Naming) -> tuple[str, str]:
    """What to dial from where you call, or why it cannot be dialled from there."""
    _ = naming._
    where = _("anywhere") if entry_dial.caller == UNKNOWN_REGION else naming.in_country(entry_dial.caller)
    if line.status == SUSPECT:  # kept as evidence: never offered as a number to dial
        return CANNOT_DIAL, _("do not: the number has a red flag (see Status)")
    if not (entry_dial.reachable and entry_dial.dial):
        reason = unreachable_text(line, naming)
        return CANNOT_DIAL, _("not from {place}: {reason}").format(place=where, reason=reason)
    if entry_dial.abroad and entry_dial.landline and entry_dial.landline != entry_dial.dial:
        return DIAL, _("{number}  (from {place}; from a landline: {landline})").format(
            number=entry_dial.dial, place=where, landline=entry_dial.landline
        )
    return DIAL, _("{number}  (from {place})").format(number=entry_dial.dial, place=where)


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


def _abroad_rows(line: Line, number: str, naming: Naming) -> list[tuple[str, str]]:
    """The form to dial from abroad (when it differs from the number as shown), or that there is none."""
    _ = naming._
    if line.e164 is not None and line.abroad_ok:
        return [(FROM_ABROAD, line.international)] if line.international and line.international != number else []
    from amexhelp.lookup.dialing import rings_in

    home = and_list([naming.in_country(region) for region in rings_in(line)], naming)
    return [
        (FROM_ABROAD, _("not possible: only from inside {place}").format(place=home) if home else _("not possible"))
    ]


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
    cards = ", ".join(_(product) for product in line.products)
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


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


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
    """The answer as a person reads it. Short (``full`` False, a terminal's default): only the lines for
    this person (that ring from where they call and serve their card), one piece of advice, and a line
    saying what ``--all`` adds; full: every line, other markets' among them, and all the advice."""
    shown = answer.entries if full else _for_this_person(answer)
    sections: list[Section] = []
    current: list[LineView] = []
    scope = None
    wanted = answer.product or "personal"
    for entry in shown:
        if entry.scope != scope and current:
            sections.append(Section(_section_heading(scope or "", answer, naming), tuple(current)))
            current = []
        scope = entry.scope
        market = naming.place(entry.line, directory)
        # A compact (one-line) item shows no hours: its opening is not worked out (nor zoneinfo loaded).
        opening = entry.opening if entry.scope != "elsewhere" else None
        facts = line_facts(entry.line, entry.dial, naming, directory, opening, None if entry.fits else wanted)
        current.append(
            LineView(entry, market, _title(entry.line, market, naming), tuple(facts if full else _short(facts, naming)))
        )
    if current:
        sections.append(Section(_section_heading(scope or "", answer, naming), tuple(current)))
    sections = [section._replace(compact=section.items[0].entry.scope == "elsewhere") for section in sections]
    if len(sections) == 1 and sections[0].items[0].entry.scope == "card-market":
        sections[0] = sections[0]._replace(heading=None)
    _ = naming._
    summary = [f"{naming.country(answer.country.code)} ({answer.country.code})"]
    summary.append(_(answer.need.name) if answer.need else _("any need"))
    if answer.caller_source != "location":
        summary.append(_("calling from {place}").format(place=naming.country(answer.caller.code)))
    if answer.card_market is not None:
        summary.append(_("card issued in {place}").format(place=naming.country(answer.card_market.code)))
    if answer.product is not None:
        summary.append(_("{product} card").format(product=_(answer.product)))
    advice = tuple(naming.quoted(ADVICE, text) for text in (answer.advice if full else answer.advice[:1]))
    return LookupView(
        headline(answer, directory, naming),
        " · ".join(summary),
        tuple(sections),
        tuple(word(notice, naming) for notice in answer.notices),
        _("Advice") if answer.need else _("Stay safe"),
        advice,
        provenance(directory, naming),
        _(HOURS_CAVEAT)
        if any(item.entry.opening is not None for section in sections if not section.compact for item in section.items)
        else None,
        None if full else _more(answer, shown, len(answer.advice) - len(advice), naming),
    )


def _for_this_person(answer: Answer) -> tuple[Entry, ...]:
    """The entries of the short answer: the lines for where the caller is and their card that ring from
    where they call (all of those lines when none rings), never other markets' lines for callers abroad."""
    own = [entry for entry in answer.entries if entry.scope != "elsewhere"]
    usable = [entry for entry in own if entry.fits and entry.dial.reachable]
    if any(entry.scope == "card-market" for entry in usable):  # the local market's lines are for its cards
        usable = [entry for entry in usable if entry.scope != "local"]
    return tuple(usable or own or answer.entries)


def _short(facts: list[tuple[str, str]], naming: Naming = ENGLISH_NAMES) -> list[tuple[str, str]]:
    """A line's rows without those that repeat another: the number as read locally, or for callers
    abroad, when it is what is dialled (give or take a trunk or country prefix), languages the sources
    do not state."""
    says_nothing = (LANGUAGES, naming._(NOT_STATED))
    dialled = next((_digits(value.split("  (", 1)[0]) for label, value in facts if label == DIAL), None)
    return [
        (label, value)
        for label, value in facts
        if (label, value) != says_nothing
        and not (label == NUMBER and dialled is not None and dialled.endswith(_digits(value)))
        and not (label == FROM_ABROAD and value.startswith("+") and dialled == _digits(value))
    ]


def _more(answer: Answer, shown: tuple[Entry, ...], advice_left: int, naming: Naming) -> str | None:
    """What --all adds to the short answer, in one line (None: nothing)."""
    _ = naming._
    left = [entry for entry in answer.entries if entry not in shown]
    parts = []
    elsewhere = sum(entry.scope == "elsewhere" for entry in left)
    if elsewhere:
        parts.append(
            naming.ngettext(
                "{count} other market's line for calling from abroad",
                "{count} other markets' lines for calling from abroad",
                elsewhere,
            ).format(count=elsewhere)
        )
    other_cards = sum(entry.scope != "elsewhere" and not entry.fits for entry in left)
    if other_cards:
        parts.append(
            naming.ngettext("{count} line for other cards", "{count} lines for other cards", other_cards).format(
                count=other_cards
            )
        )
    local = sum(entry.scope == "local" and entry.fits and entry.dial.reachable for entry in left)
    if local:
        parts.append(
            naming.ngettext(
                "{count} line for cards issued in {place}", "{count} lines for cards issued in {place}", local
            ).format(count=local, place=naming.in_country(answer.country.code))
        )
    unreachable = len(left) - elsewhere - other_cards - local
    if unreachable:
        parts.append(
            naming.ngettext(
                "{count} line that cannot be dialled from here",
                "{count} lines that cannot be dialled from here",
                unreachable,
            ).format(count=unreachable)
        )
    if advice_left:
        parts.append(
            naming.ngettext("{count} more piece of advice", "{count} more pieces of advice", advice_left).format(
                count=advice_left
            )
        )
    if not parts:
        return None
    return _("Add --all for {parts}.").format(parts=", ".join(parts))


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

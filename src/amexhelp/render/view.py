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
from amexhelp.render.headline import HOURS_CAVEAT, and_list, headline, hours_text, opening_text
from amexhelp.render.naming import ENGLISH_NAMES, Naming
from amexhelp.render.notices import word

if TYPE_CHECKING:
    from amexhelp.lookup.dialing import Dial
    from amexhelp.lookup.hours import Opening


class LineView(NamedTuple):
    entry: Entry
    market: str  # whose cards it serves, by name ("Japan", "Europe", "Worldwide")
    title: str
    facts: tuple[tuple[str, str], ...]  # (label, value) rows, in reading order (status and source among them)


class Section(NamedTuple):
    heading: str | None
    items: tuple[LineView, ...]
    compact: bool = False  # one line per item: a list to choose from, not the answer itself


def compact_line(item: LineView) -> str:
    """One line for a list of alternatives: market, what to dial, what it is, its status."""
    line, dial = item.entry.line, item.entry.dial
    number = dial.dial if dial.reachable and dial.dial else local_form(line)
    extra = ", collect" if line.collect else ""
    return f"{item.market}: {number}{extra} — {line.status}"


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


def provenance(directory: Directory) -> str:
    """The one quiet line every answer ends with: where the data comes from, and the reminder."""
    s, origin = directory.source, directory.origin
    where = "bundled data" if origin.bundled else f"using directory data from {origin.path}"
    return f"Source: {s.kind}, as of {s.as_of} ({where}). {s.caution}"


def local_form(item: Line) -> str:
    """The number as read where the line serves: national within its calling area, else international."""
    if item.e164 is None:
        return item.display
    if item.country is None or item.calls_abroad(index.calling_codes()):
        return item.international or item.display
    return item.national or item.display


def sources_of(line: Line, directory: Directory) -> tuple[SourceRecord, ...]:
    return tuple(record for e in line.evidence if (record := directory.source_by_id(e.source)) is not None)


def status_text(line: Line, directory: Directory) -> str:
    """A line's status in one short line, in words."""
    sources = sources_of(line, directory)
    official = [s for s in sources if s.official]
    if line.status == "confirmed":
        partner = any(s.kind == "issuer-partner" for s in official)
        who = "the card-issuing bank's page" if partner and len(official) == 1 else "the issuer's pages"
        if len(official) == 1 and not partner:
            who = "an issuer page"
        dated = [s.as_of for s in official if s.as_of]
        return f"confirmed: printed on {who}" + (f" ({_dated(dated[0])})" if dated else "")
    if line.status == "disputed":
        instead = ", ".join(_readable(number, line, directory) for number in line.disputed_by)
        return f"disputed: only in a third-party guide; the issuer's page gives {instead} instead"
    if line.status == "unsourced":
        return "no source: the data names none for this number"
    if line.status == SUSPECT:
        from amexhelp.render.standing import suspect_text

        return suspect_text(line, directory)
    return "unconfirmed: only in a third-party guide; not found on the issuer's pages"


def _dated(as_of: str) -> str:
    """A page's own date in words; some pages give only their copyright line ("Copyright 2021")."""
    if as_of.casefold().startswith("copyright"):
        return "page copyright" + as_of[len("copyright") :]
    return f"dated {as_of}"


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
    rows: list[tuple[str, str]] = []
    number = local_form(line)
    if entry_dial is not None:
        where = "anywhere" if entry_dial.caller == UNKNOWN_REGION else naming.in_country(entry_dial.caller)
        if line.status == SUSPECT:  # kept as evidence: never offered as a number to dial
            rows.append(("Cannot dial", "do not: the number has a red flag (see Status)"))
        elif entry_dial.reachable and entry_dial.dial:
            how = f"{entry_dial.dial}  (from {where}"
            if entry_dial.abroad and entry_dial.landline and entry_dial.landline != entry_dial.dial:
                how += f"; from a landline: {entry_dial.landline}"
            rows.append(("Dial", how + ")"))
        else:
            rows.append(("Cannot dial", f"not from {where}: {entry_dial.reason}"))
    rows.append(("Number", number))
    if line.e164 is not None and line.abroad_ok:
        if line.international and line.international != number:
            rows.append(("From abroad", line.international))
    else:
        from amexhelp.lookup.dialing import rings_in

        home = and_list([naming.in_country(region) for region in rings_in(line)])
        rows.append(("From abroad", f"not possible: only from inside {home}" if home else "not possible"))
    if _digits(line.display) not in (_digits(number), _digits(line.international)):
        rows.append(("As printed", line.display))
    if line.collect:
        rows.append(("Collect", "call collect (reverse charges): ask the operator where you are to place the call"))
    if len(line.services) > 1:  # what its sources print it for, besides the purpose in its label
        rows.append(("For", "; ".join(directory.services.get(s, s).lower() for s in line.services)))
    rows.append(("Hours", hours_text(line)))
    if opening is not None:
        rows.append(("Now", opening_text(opening)))
    languages = naming.languages(line)
    rows.append(("Languages", ", ".join(languages) if languages else "not stated in the sources"))
    if line.products:
        cards = ", ".join(line.products)
        rows.append(("Cards", f"{cards} only: not for {not_for} cards" if not_for else cards))
    rows.append(("Status", status_text(line, directory)))
    sources = sources_of(line, directory)
    urls = [s.url for s in sources if s.url and s.official] or [s.url for s in sources if s.url]
    if urls:
        rows.append(("Source", urls[0] + (f" (+{len(urls) - 1} more)" if len(urls) > 1 else "")))
    else:
        rows.append(("Source", sources[0].title if sources else "none"))
    if line.calls_abroad(index.calling_codes()):
        rows.append(("Served from", f"{naming.country(line.number_region)}: an international call"))
    rows.extend(("Note", note) for note in line.all_notes)
    return rows


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _section_heading(scope: str, answer: Answer, naming: Naming) -> str | None:
    if scope == "card-market":
        if answer.card_market is None:
            return None
        return f"For cards issued in {naming.in_country(answer.card_market.code)}"
    if scope == "local":
        return f"For cards issued in {naming.in_country(answer.country.code)}"
    if scope == "elsewhere":
        if answer.fallback:
            return "By the market that issued your card: its line for calling from abroad"
        return "Card issued elsewhere? Each market's line for calling from abroad"
    return "Worldwide and regional lines"


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
            LineView(entry, market, f"{entry.line.label} ({market})", tuple(facts if full else _short(facts)))
        )
    if current:
        sections.append(Section(_section_heading(scope or "", answer, naming), tuple(current)))
    sections = [section._replace(compact=section.items[0].entry.scope == "elsewhere") for section in sections]
    if len(sections) == 1 and sections[0].items[0].entry.scope == "card-market":
        sections[0] = sections[0]._replace(heading=None)
    summary = [f"{naming.country(answer.country.code)} ({answer.country.code})"]
    summary.append(answer.need.name if answer.need else "any need")
    if answer.caller_source != "location":
        summary.append(f"calling from {naming.country(answer.caller.code)}")
    if answer.card_market is not None:
        summary.append(f"card issued in {naming.country(answer.card_market.code)}")
    if answer.product is not None:
        summary.append(f"{answer.product} card")
    advice = answer.advice if full else answer.advice[:1]
    return LookupView(
        headline(answer, directory, naming),
        " · ".join(summary),
        tuple(sections),
        tuple(word(notice) for notice in answer.notices),  # English sentences, English names (until translated)
        "Advice" if answer.need else "Stay safe",
        advice,
        provenance(directory),
        HOURS_CAVEAT
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


# Rows the short answer leaves out when they add nothing to the line's other rows.
_SAYS_NOTHING = {("Languages", "not stated in the sources")}


def _short(facts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A line's rows without those that repeat another: the number as read locally, or for callers
    abroad, when it is what is dialled (give or take a trunk or country prefix), languages the sources
    do not state."""
    dialled = next((_digits(value.split("  (", 1)[0]) for label, value in facts if label == "Dial"), None)
    return [
        (label, value)
        for label, value in facts
        if (label, value) not in _SAYS_NOTHING
        and not (label == "Number" and dialled is not None and dialled.endswith(_digits(value)))
        and not (label == "From abroad" and value.startswith("+") and dialled == _digits(value))
    ]


def _more(answer: Answer, shown: tuple[Entry, ...], advice_left: int, naming: Naming) -> str | None:
    """What --all adds to the short answer, in one line (None: nothing)."""
    left = [entry for entry in answer.entries if entry not in shown]
    parts = []
    elsewhere = sum(entry.scope == "elsewhere" for entry in left)
    if elsewhere:
        parts.append(f"{elsewhere} other market{'s' if elsewhere != 1 else ''}' lines for calling from abroad")
    other_cards = sum(entry.scope != "elsewhere" and not entry.fits for entry in left)
    if other_cards:
        parts.append(f"{other_cards} line{'s' if other_cards != 1 else ''} for other cards")
    local = sum(entry.scope == "local" and entry.fits and entry.dial.reachable for entry in left)
    if local:
        parts.append(
            f"{local} line{'s' if local != 1 else ''} for cards issued in {naming.in_country(answer.country.code)}"
        )
    unreachable = len(left) - elsewhere - other_cards - local
    if unreachable:
        parts.append(f"{unreachable} line{'s' if unreachable != 1 else ''} that cannot be dialled from here")
    if advice_left:
        parts.append(f"{advice_left} more piece{'s' if advice_left != 1 else ''} of advice")
    if not parts:
        return None
    return "Add --all for " + ", ".join(parts) + "."


def brief(answer: Answer) -> str:
    """Only the numbers to dial, one per line, best first. Other markets' lines (for cards issued
    elsewhere) are left out, unless nothing else rings: without labels they would be a puzzle."""
    reachable = [
        entry for entry in answer.entries if entry.dial.reachable and entry.dial.dial and entry.line.status != SUSPECT
    ]
    own = [entry for entry in reachable if entry.scope != "elsewhere" and entry.fits] or reachable
    seen: list[str] = []
    for entry in own:
        if entry.dial.dial and entry.dial.dial not in seen:
            seen.append(entry.dial.dial)
    return "".join(f"{number}\n" for number in seen)

"""A number's standing in words, shared by every text format: the short mark beside a number in a
listing and its legend, why a suspect line is suspect, and the standing of a number found in prose."""

from __future__ import annotations

from typing import TYPE_CHECKING

from amexhelp.directory.model import Channel, Directory, Line
from amexhelp.render.i18n import ENGLISH, N_, SOURCE
from amexhelp.render.naming import ENGLISH_NAMES

if TYPE_CHECKING:
    from amexhelp.render.naming import Naming
    from amexhelp.render.view import LookupView
    from amexhelp.reports.audit import Report
    from amexhelp.reports.faq import FaqAnswer
    from amexhelp.reports.prose import ProseNumber

# Statuses of numbers found in text: a directory line's status, or not in the directory at all.
UNLISTED = "unlisted"
MARKS = {
    "confirmed": "[C]",
    "corroborated": "[R]",
    "guide-only": "[G]",
    "disputed": "[D]",
    "suspect": "[S]",
    "unsourced": "[U]",
    UNLISTED: "[?]",
}
_MEANINGS = {
    "confirmed": N_("confirmed on an issuer page"),
    "corroborated": N_("corroborated by at least 3 independent third-party pages"),
    "guide-only": N_("only in a third-party guide"),
    "disputed": N_("disputed: the issuer's page gives another number"),
    "suspect": N_("suspect: a red flag, do not call"),
    "unsourced": N_("no source"),
    UNLISTED: N_("not in the directory"),
}
# The kinds of source, as people read them (the codes stay as they are in tags and for --kind).
KINDS = {
    "issuer": N_("issuer"),
    "issuer-partner": N_("issuer-partner"),
    "third-party": N_("third-party"),
}
# The language the directory's own texts are written in (labels, notes, FAQ, channels, advice): every
# source of the bundled data prints English, and the data holds no translation of them.
DATA_LANGUAGE = ENGLISH


def mark(status: str) -> str:
    return MARKS.get(status, f"[{status}]")


def legend(statuses: set[str] | None = None, naming: Naming = ENGLISH_NAMES) -> str:
    """The legend of the marks (of those in ``statuses`` only, when given), in a fixed order."""
    shown = [s for s in MARKS if statuses is None or s in statuses]
    marks = " · ".join(f"{MARKS[s]} {naming._(_MEANINGS[s])}" for s in shown)
    return naming._("Status: {marks}").format(marks=marks)


# The catalogs hold the directory's statuses (from the code's constants); a number found in text has this one too.
_UNLISTED_NAME = N_("unlisted")


def status_name(status: str, naming: Naming = ENGLISH_NAMES) -> str:
    """A status ("guide-only", "unlisted") in the reader's language."""
    return naming._(_UNLISTED_NAME if status == UNLISTED else status)


def kind_name(kind: str, naming: Naming = ENGLISH_NAMES) -> str:
    """A source's kind ("third-party") in the reader's language."""
    return naming._(KINDS[kind]) if kind in KINDS else kind


def as_printed(naming: Naming) -> str:
    """The label of a text from a source shown to a reader of another language ("" when it is theirs)."""
    if naming.lang == DATA_LANGUAGE:
        return ""
    return naming._("as the source prints it, in {language}").format(language=naming.language(DATA_LANGUAGE))


def labelled(text: str, naming: Naming) -> str:
    """A text from a source with its label, when the reader's language is another."""
    label = as_printed(naming)
    return f"{text} [{label}]" if label else text


def channel_title(item: Channel, naming: Naming, *, summary: bool = True) -> str:
    """A channel's name (and summary), in the reader's language or as the source prints them."""
    from amexhelp.render.i18n import CHANNEL_NAME, CHANNEL_SUMMARY

    name = naming.text(CHANNEL_NAME, item.name)
    said = naming.text(CHANNEL_SUMMARY, item.summary)
    title = naming._("{name}: {summary}").format(name=name, summary=said) if summary else name
    return title if name != item.name or naming.lang == ENGLISH else labelled(title, naming)


def texts_note(naming: Naming) -> str:
    """The one line a listing of sources ends with, for a reader of another language: their titles (and
    any text of the data with no translation yet) are quoted as they print them."""
    if naming.lang == DATA_LANGUAGE:
        return ""
    note = naming._("Page titles and other texts quoted from the sources are as they print them, in {language}.")
    return note.format(language=naming.language(DATA_LANGUAGE))


def titles_note(shown: LookupView, naming: Naming) -> str:
    """texts_note, for an answer that names a line's source by its page title (not by its address)."""
    quoted = (
        value
        for section in shown.sections
        if not section.compact
        for item in section.items
        for label, value in item.facts
        if label == "Source"
    )
    titled = any(not value.startswith(("http://", "https://")) and value != naming._("none") for value in quoted)
    return texts_note(naming) if titled else ""


def suspect_reasons(line: Line, directory: Directory, naming: Naming = ENGLISH_NAMES) -> tuple[str, ...]:
    """Why a line is suspect, in words, one per red flag."""
    from amexhelp.directory import evidence

    _ = naming._
    reasons = []
    for code, withdrawn in evidence.flags_of(line, directory.withdrawn_ranges):
        if withdrawn is None:
            why = _("the number follows a pattern kept for fictional numbers, such as {pattern}")
            reasons.append(f"{code}: {why.format(pattern='555-01xx')}")
            continue
        source = directory.source_by_id(withdrawn.source)
        why = _("{country}'s {range} range was withdrawn on {date}").format(
            country=naming.country(withdrawn.country), range=withdrawn.name, date=withdrawn.withdrawn
        )
        if source is not None:
            why = _("{reason}, says {source}").format(reason=why, source=source.title)
        reasons.append(f"{code}: {why}")
    return tuple(reasons)


def suspect_text(line: Line, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """A suspect line's status in one line: what to do, then why (the reasons name data as it is)."""
    reasons = "; ".join(suspect_reasons(line, directory, naming)) or naming._("a red flag on the number")
    return naming._("suspect: do not call, kept only as evidence — {reasons}").format(reasons=reasons)


def international_of(e164: str, directory: Directory) -> str:
    """A number of the directory as people read it: the international form of a line that has it."""
    found = next((line.international for line in directory.lines_with_number(e164) if line.international), None)
    return found or e164


def prose_note(found: ProseNumber, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """What a number found in text stands for: its status, and for a doubtful one the line to call instead."""
    head = f"{found.text} {mark(found.status)} {status_name(found.status, naming)}"
    if found.lines:
        head += f" ({', '.join(found.lines)})"
    if found.instead:
        numbers = ", ".join(international_of(n, directory) for n in found.instead)
        head += "; " + naming._("call {numbers} instead (confirmed)").format(numbers=numbers)
    elif found.status in ("disputed", "suspect", UNLISTED, "unsourced"):
        head += "; " + naming._("no confirmed number for the same purpose is in the directory")
    return head


def items_provenance(source_ids: list[str | None], directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """The footer of a listing of FAQs or channels: the one source they all come from, when they do
    (never "issuer pages" for items all from a guide); else the directory's own footer."""
    from amexhelp.render.view import provenance

    ids = set(source_ids)
    only = next(iter(ids)) if len(ids) == 1 else None
    record = directory.source_by_id(only) if only is not None else None
    if record is None:
        return provenance(directory, naming)
    from amexhelp.render.view import data_where, stale_note

    _ = naming._
    where = data_where(directory, naming)
    kind = _("the issuer's page") if record.official else _("a third-party guide, not the issuer's page")
    if record.as_of:
        text = _("Source: {kind} ({title}, {date}; {where}).").format(
            kind=kind, title=record.title, date=record.as_of, where=where
        )
    else:
        text = _("Source: {kind} ({title}; {where}).").format(kind=kind, title=record.title, where=where)
    return f"{text} {naming.quoted(SOURCE, directory.source.caution)}{stale_note(directory, naming)}"


def line_standing(line: Line, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """What a listing says beside a number that is not confirmed: the issuer's number instead, or why it is suspect."""
    if line.status == "disputed" and line.disputed_by:
        numbers = ", ".join(international_of(n, directory) for n in line.disputed_by)
        return naming._("issuer's page gives {numbers}").format(numbers=numbers)
    if line.status == "suspect":
        reasons = "; ".join(reason.split(": ", 1)[1] for reason in suspect_reasons(line, directory, naming))
        return naming._("do not call: {reasons}").format(reasons=reasons)
    return ""


def source_name(source_id: str | None, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """An item's source in words: its title and kind."""
    record = directory.source_by_id(source_id) if source_id is not None else None
    if record is None:
        return naming._("not named in the data")
    return f"{kind_name(record.kind, naming)}: {record.title}"


def faq_origin(item: FaqAnswer, directory: Directory, naming: Naming) -> str:
    """Which card market an FAQ answer describes, and where it comes from."""
    _ = naming._
    if item.market:
        about = _("About cards issued in {country}").format(country=naming.in_country(item.market))
    else:
        about = _("Market not stated")
    source = _("source: {source}").format(source=source_name(item.faq.source, directory, naming))
    return f"{about} · {source}"


def faq_pointer(item: FaqAnswer, naming: Naming) -> str:
    """For an answer about another market: where that market's confirmed lines are, or that there are none."""
    asked = item.asked or ""
    if item.lines_for_asked:
        return naming._("For cards issued in {country}, call instead (confirmed):").format(
            country=naming.in_country(asked)
        )
    return naming._(
        "For cards issued in {country}: no confirmed line for this is in the directory;"
        " run amexhelp lookup --card {card} for its lines and their standing."
    ).format(country=naming.in_country(asked), card=asked)


def listed_line(line: Line) -> str:
    """A line in a short list: its number for callers abroad and at home, and what it is for."""
    number = line.international or line.display
    return f"{number} {mark(line.status)} {line.label}"


def audit_summary(report: Report, naming: Naming = ENGLISH_NAMES) -> str:
    _ = naming._
    count, quarantined = len(report.problems), len(report.quarantined)
    problems = naming.ngettext("{count} problem", "{count} problems", count).format(count=count)
    lines, markets = len(report.findings), len(report.markets)
    text = _("{lines}, {markets}, {problems}").format(
        lines=naming.ngettext("{count} line", "{count} lines", lines).format(count=lines),
        markets=naming.ngettext("{count} market", "{count} markets", markets).format(count=markets),
        problems=problems,
    )
    if quarantined:
        flags = naming.ngettext(
            "{count} red flag quarantined (status suspect)",
            "{count} red flags quarantined (status suspect)",
            quarantined,
        )
        text = _("{summary}, {flags}").format(summary=text, flags=flags.format(count=quarantined))
    from amexhelp.reports.audit import LARGEST_MARKETS

    largest = [m for m in report.markets if m.code in LARGEST_MARKETS]
    lost, abroad = sum(m.personal_lost for m in largest), sum(m.personal_abroad for m in largest)
    largest_said = naming.ngettext(
        "Of the {count} largest market, {lost} has a confirmed line for lost personal cards and {abroad} a"
        " confirmed personal line that rings from abroad.",
        "Of the {count} largest markets, {lost} have a confirmed line for lost personal cards and {abroad} a"
        " confirmed personal line that rings from abroad.",
        len(LARGEST_MARKETS),
    ).format(count=len(LARGEST_MARKETS), lost=lost, abroad=abroad)
    return _("{summary}. {markets}").format(summary=text, markets=largest_said)

"""A number's standing in words, shared by every text format: the short mark beside a number in a
listing and its legend, why a suspect line is suspect, and the standing of a number found in prose."""

from __future__ import annotations

from typing import TYPE_CHECKING

from amexhelp.directory import index
from amexhelp.directory.model import Directory, Line
from amexhelp.render.naming import ENGLISH_NAMES

if TYPE_CHECKING:
    from amexhelp.render.naming import Naming
    from amexhelp.reports.audit import Report
    from amexhelp.reports.faq import FaqAnswer
    from amexhelp.reports.prose import ProseNumber

# Statuses of numbers found in text: a directory line's status, or not in the directory at all.
UNLISTED = "unlisted"
MARKS = {
    "confirmed": "[C]",
    "guide-only": "[G]",
    "disputed": "[D]",
    "suspect": "[S]",
    "unsourced": "[U]",
    UNLISTED: "[?]",
}
_MEANINGS = {
    "confirmed": "confirmed on an issuer page",
    "guide-only": "only in a third-party guide",
    "disputed": "disputed: the issuer's page gives another number",
    "suspect": "suspect: a red flag, do not call",
    "unsourced": "no source",
    UNLISTED: "not in the directory",
}


def mark(status: str) -> str:
    return MARKS.get(status, f"[{status}]")


def legend(statuses: set[str] | None = None) -> str:
    """The legend of the marks (of those in ``statuses`` only, when given), in a fixed order."""
    shown = [s for s in MARKS if statuses is None or s in statuses]
    return "Status: " + " · ".join(f"{MARKS[s]} {_MEANINGS[s]}" for s in shown)


def suspect_reasons(line: Line, directory: Directory) -> tuple[str, ...]:
    """Why a line is suspect, in words, one per red flag."""
    from amexhelp.directory import evidence

    reasons = []
    for code, withdrawn in evidence.flags_of(line, directory.withdrawn_ranges):
        if withdrawn is None:
            reasons.append(f"{code}: the number follows a pattern kept for fictional numbers, such as 555-01xx")
            continue
        name = index.country_names().get(withdrawn.country, withdrawn.country)
        source = directory.source_by_id(withdrawn.source)
        said = f", says {source.title}" if source is not None else ""
        reasons.append(f"{code}: {name}'s {withdrawn.name} range was withdrawn on {withdrawn.withdrawn}{said}")
    return tuple(reasons)


def suspect_text(line: Line, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """A suspect line's status in one line: what to do, then why (the reasons name data as it is)."""
    reasons = "; ".join(suspect_reasons(line, directory)) or naming._("a red flag on the number")
    return naming._("suspect: do not call, kept only as evidence — {reasons}").format(reasons=reasons)


def international_of(e164: str, directory: Directory) -> str:
    """A number of the directory as people read it: the international form of a line that has it."""
    found = next((line.international for line in directory.lines_with_number(e164) if line.international), None)
    return found or e164


def prose_note(found: ProseNumber, directory: Directory) -> str:
    """What a number found in text stands for: its status, and for a doubtful one the line to call instead."""
    head = f"{found.text} {mark(found.status)} {found.status}"
    if found.lines:
        head += f" ({', '.join(found.lines)})"
    if found.instead:
        head += f"; call {', '.join(international_of(n, directory) for n in found.instead)} instead (confirmed)"
    elif found.status in ("disputed", "suspect", UNLISTED, "unsourced"):
        head += "; no confirmed number for the same purpose is in the directory"
    return head


def items_provenance(source_ids: list[str | None], directory: Directory) -> str:
    """The footer of a listing of FAQs or channels: the one source they all come from, when they do
    (never "issuer pages" for items all from a guide); else the directory's own footer."""
    from amexhelp.render.view import provenance

    ids = set(source_ids)
    only = next(iter(ids)) if len(ids) == 1 else None
    record = directory.source_by_id(only) if only is not None else None
    if record is None:
        return provenance(directory)
    origin = directory.origin
    where = "bundled data" if origin.bundled else f"using directory data from {origin.path}"
    kind = "the issuer's page" if record.official else "a third-party guide, not the issuer's page"
    dated = f", {record.as_of}" if record.as_of else ""
    return f"Source: {kind} ({record.title}{dated}; {where}). {directory.source.caution}"


def line_standing(line: Line, directory: Directory) -> str:
    """What a listing says beside a number that is not confirmed: the issuer's number instead, or why it is suspect."""
    if line.status == "disputed" and line.disputed_by:
        return "issuer's page gives " + ", ".join(international_of(n, directory) for n in line.disputed_by)
    if line.status == "suspect":
        return "do not call: " + "; ".join(reason.split(": ", 1)[1] for reason in suspect_reasons(line, directory))
    return ""


def source_name(source_id: str | None, directory: Directory) -> str:
    """An item's source in words: its title and kind."""
    record = directory.source_by_id(source_id) if source_id is not None else None
    if record is None:
        return "not named in the data"
    return f"{record.kind}: {record.title}"


def faq_origin(item: FaqAnswer, directory: Directory, naming: Naming) -> str:
    """Which card market an FAQ answer describes, and where it comes from."""
    about = f"About cards issued in {naming.in_country(item.market)}" if item.market else "Market not stated"
    return f"{about} · source: {source_name(item.faq.source, directory)}"


def faq_pointer(item: FaqAnswer, naming: Naming) -> str:
    """For an answer about another market: where that market's confirmed lines are, or that there are none."""
    asked = item.asked or ""
    if item.lines_for_asked:
        return f"For cards issued in {naming.in_country(asked)}, call instead (confirmed):"
    return (
        f"For cards issued in {naming.in_country(asked)}: no confirmed line for this is in the directory;"
        f" run amexhelp lookup --card {asked} for its lines and their standing."
    )


def listed_line(line: Line) -> str:
    """A line in a short list: its number for callers abroad and at home, and what it is for."""
    number = line.international or line.display
    return f"{number} {mark(line.status)} {line.label}"


def audit_summary(report: Report) -> str:
    count, quarantined = len(report.problems), len(report.quarantined)
    text = f"{len(report.findings)} lines, {len(report.markets)} markets, {count} problem{'s' if count != 1 else ''}"
    if quarantined:
        text += f", {quarantined} red flag{'s' if quarantined != 1 else ''} quarantined (status suspect)"
    from amexhelp.reports.audit import LARGEST_MARKETS

    largest = [m for m in report.markets if m.code in LARGEST_MARKETS]
    lost, abroad = sum(m.personal_lost for m in largest), sum(m.personal_abroad for m in largest)
    return (
        f"{text}. Of the {len(LARGEST_MARKETS)} largest markets, {lost} have a confirmed line for lost personal"
        f" cards and {abroad} a confirmed personal line that rings from abroad."
    )

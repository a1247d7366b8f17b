"""Plain, stable text for pipes, NO_COLOR and dumb terminals. Every value passes through clean()."""

from __future__ import annotations

from typing import TYPE_CHECKING

from amexhelp.directory import index
from amexhelp.directory.model import Directory, Line
from amexhelp.lookup.answer import Answer
from amexhelp.render import view
from amexhelp.render.naming import ENGLISH_NAMES, Naming
from amexhelp.sanitize import clean

if TYPE_CHECKING:
    from amexhelp.reports.audit import Report
    from amexhelp.reports.faq import FaqAnswer
    from amexhelp.reports.sources import SourceRow
    from amexhelp.verify.checker import Unreadable, Verdict
    from amexhelp.verify.message import MessageReport


def provenance(directory: Directory) -> str:
    return clean(view.provenance(directory))


def lookup(answer: Answer, directory: Directory, naming: Naming = ENGLISH_NAMES, *, full: bool = True) -> str:
    shown = view.lookup_view(answer, directory, naming, full=full)
    _ = naming._
    out = [clean(shown.headline), clean(shown.summary)]
    out.extend(_("Notice: {text}").format(text=clean(notice)) for notice in shown.notices)
    number = 0
    for section in shown.sections:
        if section.heading:
            out.append("")
            out.append(f"== {clean(section.heading)} ==")
        if section.compact:
            out.append("")
            out.extend(f"- {clean(view.compact_line(item, naming))}" for item in section.items)
            continue
        for item in section.items:
            number += 1
            out.append("")
            out.append(f"{number}. {clean(item.title)}")
            out.extend(f"   {_label(_(label) + ':', 15)}{clean(value)}" for label, value in item.facts)
    if shown.hours_note:
        out.append("")
        out.append(clean(shown.hours_note))
    if shown.more:
        out.append("")
        out.append(clean(shown.more))
    return _closing(out, shown.advice_heading, shown.advice, shown.provenance)


def faqs(items: tuple[FaqAnswer, ...], directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    from amexhelp.render import _standing as standing

    out = []
    statuses: set[str] = set()
    for item in items:
        out.append(f"{item.faq.id}. {clean(item.faq.question)}")
        out.append(f"   {clean(item.faq.answer)}")
        out.append(f"   {clean(standing.faq_origin(item, directory, naming))}")
        for found in item.numbers:
            statuses.add(found.status)
            out.append(f"   Number: {clean(standing.prose_note(found, directory))}")
        if item.asked is not None and item.numbers:
            out.append(f"   {clean(standing.faq_pointer(item, naming))}")
            out.extend(f"     {clean(standing.listed_line(line))}" for line in item.lines_for_asked)
        out.append("")
    if statuses:
        out.append(clean(standing.legend(statuses)))
    out.append(clean(standing.items_provenance([item.faq.source for item in items], directory)))
    return "\n".join(out) + "\n"


def channels(directory: Directory) -> str:
    from amexhelp.render import _standing as standing
    from amexhelp.reports.prose import channel_numbers

    out = []
    statuses: set[str] = set()
    for number, item in enumerate(directory.channels, 1):
        out.append(f"{number}. {clean(item.name)}: {clean(item.summary)}")
        out.append(f"   {clean(item.description)}")
        out.extend(f"   {clean(k.capitalize()) + ':':<15}{clean(v)}" for k, v in item.details.items())
        for found in channel_numbers(item, directory):
            statuses.add(found.status)
            out.append(f"   {'Number:':<15}{clean(standing.prose_note(found, directory))}")
        out.append(f"   {'Source:':<15}{clean(standing.source_name(item.source, directory))}")
        out.append("")
    out.append("Stay safe:")
    out.extend(f"- {clean(text)}" for text in directory.safety)
    out.append("")
    if statuses:
        out.append(clean(standing.legend(statuses)))
    out.append(clean(standing.items_provenance([item.source for item in directory.channels], directory)))
    return "\n".join(out) + "\n"


def countries(directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    from amexhelp.render import _standing as standing

    out = []
    statuses: set[str] = set()

    def listed(item: Line) -> str:
        statuses.add(item.status)
        extra = standing.line_standing(item, directory)
        return f"{standing.mark(item.status)} {item.label}" + (f" ({extra})" if extra else "")

    for code in sorted(directory.countries, key=naming.country):
        lines = directory.lines_for_country(code)
        out.append(f"{clean(naming.country(code))} ({code})")
        for item in lines:
            out.append(f"   {clean(view.local_form(item)):<22}{clean(listed(item))}")
    out.append("")
    for area in directory.areas.values():
        for item in directory.lines_for_area(area.id):
            out.append(f"Elsewhere in {clean(area.name)}: {clean(item.international)} {clean(listed(item))}")
    fallback = directory.fallback
    out.append(f"Anywhere else: {clean(fallback.international)} {clean(listed(fallback))}")
    out.append("")
    out.append(clean(standing.legend(statuses)))
    out.append(provenance(directory))
    return "\n".join(out) + "\n"


def verdict(result: Verdict, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    from amexhelp.render._verdictview import verdict_view

    shown = verdict_view(result, directory, naming)
    out = [clean(shown.headline)]
    for line, status in shown.matches:
        out.append(f"- {clean(line)}")
        out.append(f"  {clean(status)}")
    out.extend(f"WARNING [{code}]: {clean(message)}" for code, message in shown.warnings)
    out.extend(f"- {clean(text)}" for text in shown.readings)
    return _closing(out, shown.advice_heading, shown.advice, shown.provenance)


def _label(text: str, width: int) -> str:
    """A row label padded to ``width`` columns as a terminal shows them (a CJK letter takes two, a
    combining mark — a Hindi vowel sign, an Arabic vowel — none)."""
    from unicodedata import category, east_asian_width

    used = sum(0 if category(ch) in ("Mn", "Me") else 2 if east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - used)


def _closing(out: list[str], heading: str, advice: tuple[str, ...] | list[str], source: str) -> str:
    """A report's end: its advice under a heading (when it has any), then where the data comes from."""
    if advice:
        out.append("")
        out.append(f"{heading}:")
        out.extend(f"- {clean(text)}" for text in advice)
    out.append("")
    out.append(clean(source))
    return "\n".join(out) + "\n"


def verdict_line(result: Verdict | Unreadable) -> str:
    """One line of a batch: verdict, input and detail, tab-separated."""
    from amexhelp.render._verdictview import verdict_line as line
    from amexhelp.verify.checker import Unreadable

    if isinstance(result, Unreadable):
        from amexhelp.render.errors import word

        return f"error\t{clean(result.input)}\t{clean(word(result.error))}\n"
    parts = line(result).split("\t")
    if all(part.isprintable() for part in parts):  # no control character in any: nothing to escape
        return "\t".join(parts) + "\n"
    return "\t".join(clean(part) for part in parts) + "\n"


def message(report: MessageReport, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    from amexhelp.render._verdictview import message_view

    shown = message_view(report, directory, naming)
    out = [clean(shown.headline)]
    out.extend(f"WARNING [{code}]: {clean(text)}" for code, text in shown.warnings)
    for item in shown.items:
        out.append("")
        out.append(f"{item.verdict.upper()}: {clean(item.text)}")
        out.append(f"  {clean(item.summary)}")
        out.extend(f"  WARNING [{code}]: {clean(text)}" for code, text in item.warnings)
    return _closing(out, shown.advice_heading, shown.advice, shown.provenance)


def audit(report: Report, directory: Directory) -> str:
    from amexhelp.render import _standing as standing

    header = f"{'line':<28} {'serves':<8} {'number':<20} {'status':<11} {'type':<21} {'valid':<5} {'from abroad'}"
    out = [header, "-" * len(header)]
    for f in report.findings:
        abroad = "yes" if f.from_abroad else "no"
        number = f.line.international or f.line.display
        out.append(
            f"{clean(f.line.id):<28} {clean(f.serves):<8} {clean(number):<20} {f.line.status:<11} {f.number_type:<21}"
            f" {'yes' if f.valid else 'NO':<5} {abroad}"
        )
        if f.cross_border:
            out.append(
                f"    served from {index.country_names().get(f.number_region, f.number_region)}: an international call"
            )
        if f.line.correction:
            out.append(f"    correction: {clean(f.line.correction)}")
        out.extend(f"    PROBLEM {p.code}: {clean(p.message)}" for p in f.unhandled)
        out.extend(
            f"    QUARANTINED {p.code}: {clean(p.message)} (status suspect: never offered first, never exported)"
            for p in f.quarantined
        )
    out.append("")
    out.append("Markets (lines: confirmed / guide-only / disputed / suspect):")
    for m in report.markets:
        name = index.country_names().get(m.code, m.code)
        found = "issuer page found" if m.issuer_found else "no issuer page found"
        checked = f"checked {m.checked}" if m.checked else "not checked"
        partner = f"; cards issued by {m.partner}" if m.partner else ""
        out.append(
            f"  {m.code} {clean(name):<24} {m.confirmed:>2} / {m.guide_only:>2} / {m.disputed:>2} / {m.suspect:>2}"
            f"  {found}, {checked}"
            f"{clean(partner)}"
        )
    out.append("")
    out.append(standing.audit_summary(report))
    out.append(provenance(directory))
    return "\n".join(out) + "\n"


def sources(rows: tuple[SourceRow, ...], directory: Directory) -> str:
    out = []
    for row in rows:
        s = row.source
        dated = f", dated {s.as_of}" if s.as_of else ""
        backs = f"backs {len(row.lines)} line{'s' if len(row.lines) != 1 else ''}"
        out.append(f"[{s.kind}] {clean(s.title)}{clean(dated)}: {backs}")
        out.append(f"   {clean(s.url or 'no web address')}")
        if s.note:
            out.append(f"   note: {clean(s.note)}")
    counts = {
        kind: sum(row.source.kind == kind for row in rows) for kind in ("issuer", "issuer-partner", "third-party")
    }
    out.append("")
    out.append(
        f"{len(rows)} sources: {counts['issuer']} issuer, {counts['issuer-partner']} issuer-partner,"
        f" {counts['third-party']} third-party."
    )
    out.append(provenance(directory))
    return "\n".join(out) + "\n"

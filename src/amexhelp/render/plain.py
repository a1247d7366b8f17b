"""Plain, stable text for pipes, NO_COLOR and dumb terminals. Every value passes through clean()."""

from __future__ import annotations

from typing import TYPE_CHECKING

from amexhelp.directory.model import SOURCE_KINDS, Directory, Line
from amexhelp.lookup.answer import Answer
from amexhelp.render import view
from amexhelp.render.i18n import (
    AREA,
    CHANNEL_DETAIL,
    CHANNEL_TEXT,
    FAQ_ANSWER,
    FAQ_QUESTION,
    LINE_LABEL,
    LINE_NOTE,
    SAFETY,
)
from amexhelp.render.naming import ENGLISH_NAMES, Naming
from amexhelp.sanitize import clean

if TYPE_CHECKING:
    from amexhelp.reports.audit import Finding, MarketStanding, Report
    from amexhelp.reports.faq import FaqAnswer
    from amexhelp.reports.sources import SourceRow
    from amexhelp.verify.batch import Unreadable
    from amexhelp.verify.checker import Verdict
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
            out.extend(
                f"   {_label(naming.colon(_(label)), 15)}{clean(naming.value(value))}" for label, value in item.facts
            )
    if shown.hours_note:
        out.append("")
        out.append(clean(shown.hours_note))
    if shown.more:
        out.append("")
        out.append(clean(shown.more))
    from amexhelp.render import _standing as standing

    heading = naming.colon(shown.advice_heading)
    return _closing(out, heading, shown.advice, shown.provenance, standing.titles_note(shown, naming))


def faqs(
    items: tuple[FaqAnswer, ...],
    directory: Directory,
    naming: Naming = ENGLISH_NAMES,
    *,
    query: str | None = None,  # the JSON's: the text shows each answer's own market
    asked: str | None = None,
) -> str:
    from amexhelp.render import _standing as standing

    _ = naming._
    out = []
    statuses: set[str] = set()
    for item in items:
        out.append(f"{item.faq.id}. {clean(naming.quoted(FAQ_QUESTION, item.faq.question))}")
        out.append(f"   {clean(naming.text(FAQ_ANSWER, item.faq.answer))}")
        out.append(f"   {clean(standing.faq_origin(item, directory, naming))}")
        for found in item.numbers:
            statuses.add(found.status)
            note = naming.value(standing.prose_note(found, directory, naming))
            out.append("   " + naming.colon(_("Number")) + f" {clean(note)}")
        if item.asked is not None and item.numbers:
            out.append(f"   {clean(standing.faq_pointer(item, naming))}")
            out.extend(f"     {clean(naming.value(standing.listed_line(line)))}" for line in item.lines_for_asked)
        out.append("")
    if statuses:
        out.append(clean(standing.legend(statuses, naming)))
    if standing.texts_note(naming):
        out.append(clean(standing.texts_note(naming)))
    out.append(clean(standing.items_provenance([item.faq.source for item in items], directory, naming)))
    return "\n".join(out) + "\n"


def channels(directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    from amexhelp.render import _standing as standing
    from amexhelp.reports.prose import channel_numbers

    _ = naming._
    out = []
    statuses: set[str] = set()
    for number, item in enumerate(directory.channels, 1):
        out.append(f"{number}. {clean(standing.channel_title(item, naming))}")
        out.append(f"   {clean(naming.text(CHANNEL_TEXT, item.description))}")
        out.extend(
            f"   {_label(naming.colon(clean(naming.text(CHANNEL_DETAIL, k.capitalize()))), 15)}{clean(naming.value(v))}"
            for k, v in item.details.items()
        )
        for found in channel_numbers(item, directory):
            statuses.add(found.status)
            note = naming.value(standing.prose_note(found, directory, naming))
            out.append(f"   {_label(naming.colon(_('Number')), 15)}{clean(note)}")
        out.append(
            f"   {_label(naming.colon(_('Source')), 15)}{clean(standing.source_name(item.source, directory, naming))}"
        )
        out.append("")
    out.append(naming.colon(_("Stay safe")))
    out.extend(f"- {clean(naming.quoted(SAFETY, text))}" for text in directory.safety)
    out.append("")
    if statuses:
        out.append(clean(standing.legend(statuses, naming)))
    if standing.texts_note(naming):
        out.append(clean(standing.texts_note(naming)))
    out.append(clean(standing.items_provenance([item.source for item in directory.channels], directory, naming)))
    return "\n".join(out) + "\n"


def countries(directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    from amexhelp.render import _standing as standing

    _ = naming._
    out = []
    statuses: set[str] = set()

    def listed(item: Line) -> str:
        statuses.add(item.status)
        extra = standing.line_standing(item, directory, naming)
        label = naming.quoted(LINE_LABEL, item.label)
        return f"{standing.mark(item.status)} {label}" + (f" ({extra})" if extra else "")

    for code in sorted(directory.countries, key=naming.country):
        lines = directory.lines_for_country(code)
        out.append(f"{clean(naming.country(code))} ({code})")
        for item in lines:
            out.append(f"   {clean(view.local_form(item)):<22}{clean(listed(item))}")
    out.append("")
    for area in directory.areas.values():
        for item in directory.lines_for_area(area.id):
            where = _("Elsewhere in {area}:").format(area=clean(naming.text(AREA, area.name)))
            out.append(f"{where} {clean(item.international)} {clean(listed(item))}")
    fallback = directory.fallback
    out.append(_("Anywhere else:") + f" {clean(fallback.international)} {clean(listed(fallback))}")
    out.append("")
    out.append(clean(standing.legend(statuses, naming)))
    out.append(clean(view.provenance(directory, naming)))
    return "\n".join(out) + "\n"


def verdict(result: Verdict, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    from amexhelp.render._verdictview import verdict_view

    shown = verdict_view(result, directory, naming)
    out = [clean(shown.headline)]
    if shown.genuine:
        out.append(clean(shown.genuine))
    for line, status in shown.matches:
        out.append(f"- {clean(line)}")
        out.append(f"  {clean(status)}")
    out.extend(_flag(code, message, naming) for code, message in shown.warnings)
    out.extend(f"- {clean(text)}" for text in shown.readings)
    return _closing(out, naming.colon(shown.advice_heading), shown.advice, shown.provenance)


def _label(text: str, width: int) -> str:
    """A row label padded to ``width`` columns as a terminal shows them (a CJK letter takes two, a
    combining mark — a Hindi vowel sign, an Arabic vowel — none)."""
    return text + " " * max(1, width - _width(text))


def _width(text: str) -> int:
    """How many columns a terminal gives ``text`` (a CJK letter takes two, a combining mark none)."""
    from unicodedata import category, east_asian_width

    return sum(0 if category(ch) in ("Mn", "Me") else 2 if east_asian_width(ch) in "WF" else 1 for ch in text)


def _closing(out: list[str], heading: str, advice: tuple[str, ...] | list[str], source: str, note: str = "") -> str:
    """A report's end: its advice under a heading (when it has any), then where the data comes from (after
    ``note``, when there is one: that page titles are quoted as printed)."""
    if advice:
        out.append("")
        out.append(heading)
        out.extend(f"- {clean(text)}" for text in advice)
    out.append("")
    if note:
        out.append(clean(note))
    out.append(clean(source))
    return "\n".join(out) + "\n"


def verdict_line(
    result: Verdict | Unreadable, naming: Naming = ENGLISH_NAMES, directory: Directory | None = None
) -> str:
    """One line of a batch: verdict, input and detail, tab-separated."""
    from amexhelp.render._verdictview import verdict_line as line
    from amexhelp.verify.batch import Unreadable

    if isinstance(result, Unreadable):
        from amexhelp.render.errors import word

        return f"error\t{clean(result.input)}\t{clean(word(result.error, naming))}\n"
    parts = line(result, naming, directory).split("\t")
    if all(part.isprintable() for part in parts):  # no control character in any: nothing to escape
        return "\t".join(parts) + "\n"
    return "\t".join(clean(part) for part in parts) + "\n"


def _flag(code: str, text: str, naming: Naming) -> str:
    """A red flag's line: WARNING [its code]: what it means (with the language's colon)."""
    warning = naming._("WARNING")
    label = f"{warning} [{code}]"
    return naming._("{verdict}: {text}").format(verdict=label, text=clean(text))


def message(report: MessageReport, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    from amexhelp.render._verdictview import message_view, verdict_word

    shown = message_view(report, directory, naming)
    out = [clean(shown.headline)]
    out.extend(_flag(code, text, naming) for code, text in shown.warnings)
    for item in shown.items:
        out.append("")
        out.append(
            naming._("{verdict}: {text}").format(verdict=verdict_word(item.verdict, naming), text=clean(item.text))
        )
        out.append(f"  {clean(item.summary)}")
        out.extend(f"  {_flag(code, text, naming)}" for code, text in item.warnings)
    return _closing(out, naming.colon(shown.advice_heading), shown.advice, shown.provenance)


def audit(report: Report, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    from amexhelp.render import _standing as standing

    _ = naming._
    columns = [(_("line"), 28), (_("serves"), 8), (_("number"), 20), (_("status"), 12), (_("type"), 21)]
    columns.append((_("valid"), 5))
    header = "".join(_label(name, width + 1) for name, width in columns) + _("from abroad")
    out = [header, "-" * _width(header)]
    for f in report.findings:
        out.extend(_finding(f, naming))
    out.append("")
    out.append(_("Markets (lines: confirmed / corroborated / guide-only / disputed / suspect):"))
    out.extend(_market(m, naming) for m in report.markets)
    out.append("")
    out.append(standing.audit_summary(report, naming))
    if standing.texts_note(naming):
        out.append(clean(standing.texts_note(naming)))
    out.append(clean(view.provenance(directory, naming)))
    return "\n".join(out) + "\n"


def _finding(f: Finding, naming: Naming) -> list[str]:
    """An audited line: its row, then where it is served from, its correction and its problems."""
    from amexhelp.render import _problems as problems
    from amexhelp.render import _standing as standing

    _ = naming._
    yes, no, invalid = _("yes"), _("no"), _("NO")
    number = f.line.international or f.line.display
    out = [
        f"{_label(clean(f.line.id), 29)}{_label(clean(f.serves), 9)}{_label(clean(number), 21)}"
        f"{_label(standing.status_name(f.line.status, naming), 13)}{_label(f.number_type, 22)}"
        f"{_label(yes if f.valid else invalid, 6)}{yes if f.from_abroad else no}"
    ]
    if f.cross_border:
        served = _("served from {country}: an international call").format(country=naming.country(f.number_region))
        out.append(f"    {served}")
    if f.line.correction:
        correction = naming.text(LINE_NOTE, f.line.correction)
        out.append("    " + _("correction: {text}").format(text=clean(correction)))
    out.extend(
        "    " + _("PROBLEM {code}: {message}").format(code=p.code, message=clean(problems.word(p, naming)))
        for p in f.unhandled
    )
    out.extend(
        "    "
        + _("QUARANTINED {code}: {message} (status suspect: never offered first, never exported)").format(
            code=p.code, message=clean(problems.word(p, naming))
        )
        for p in f.quarantined
    )
    return out


def _market(m: MarketStanding, naming: Naming) -> str:
    """A market's row: its lines by status, whether an issuer page was found and checked, its partner."""
    _ = naming._
    found = _("issuer page found") if m.issuer_found else _("no issuer page found")
    checked = _("checked {date}").format(date=m.checked) if m.checked else _("not checked")
    partner = _("; cards issued by {partner}").format(partner=m.partner) if m.partner else ""
    state = _("{found}, {checked}").format(found=found, checked=checked)
    return (
        f"  {m.code} {_label(clean(naming.country(m.code)), 25)}"
        f"{m.confirmed:>2} / {m.corroborated:>2} / {m.guide_only:>2} / {m.disputed:>2} / {m.suspect:>2}"
        f"  {state}"
        f"{clean(partner)}"
    )


def sources(rows: tuple[SourceRow, ...], directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    from amexhelp.render import _standing as standing

    _ = naming._
    out = []
    for row in rows:
        s = row.source
        dated = _(", dated {date}").format(date=s.as_of) if s.as_of else ""
        count = len(row.lines)
        backs = naming.ngettext("backs {count} line", "backs {count} lines", count).format(count=count)
        out.append(f"[{s.kind}] {clean(s.title)}{clean(dated)}: {backs}")
        out.append(f"   {clean(s.url or _('no web address'))}")
        if s.note:
            out.append("   " + _("note: {text}").format(text=clean(s.note)))
    counts = {kind: sum(row.source.kind == kind for row in rows) for kind in SOURCE_KINDS}
    out.append("")
    out.append(
        naming.ngettext(
            "{count} source: {issuer} issuer, {partner} issuer-partner, {third} third-party.",
            "{count} sources: {issuer} issuer, {partner} issuer-partner, {third} third-party.",
            len(rows),
        ).format(
            count=len(rows), issuer=counts["issuer"], partner=counts["issuer-partner"], third=counts["third-party"]
        )
    )
    if standing.texts_note(naming):
        out.append(clean(standing.texts_note(naming)))
    out.append(clean(view.provenance(directory, naming)))
    return "\n".join(out) + "\n"


def notices(answer: Answer, naming: Naming = ENGLISH_NAMES) -> str:
    """An answer's notices, one "Notice: …" line each (what --brief writes to stderr)."""
    from amexhelp.render._notices import word

    return "".join(
        naming._("Notice: {text}").format(text=clean(word(notice, naming))) + "\n" for notice in answer.notices
    )

"""Plain, stable text for pipes, NO_COLOR and dumb terminals. Every value passes through clean()."""

from __future__ import annotations

from typing import TYPE_CHECKING

from amexhelp import index
from amexhelp.lookup import Answer
from amexhelp.model import Directory, Faq, Line
from amexhelp.render.naming import Naming
from amexhelp.sanitize import clean

if TYPE_CHECKING:
    from amexhelp.audit import Finding
    from amexhelp.dialing import Dial
    from amexhelp.verify import Verdict

ENGLISH_NAMES = Naming()


def provenance(directory: Directory) -> str:
    """The one quiet line every answer ends with: where the data comes from, and the reminder."""
    s, origin = directory.source, directory.origin
    where = "bundled data" if origin.bundled else f"using directory data from {origin.path}"
    return clean(f"Source: {s.kind}, as of {s.as_of} ({where}). {s.caution}")


def local_form(item: Line) -> str:
    """The number as read where the line serves: national within its calling area, else international."""
    if item.country is None or item.calls_abroad(index.calling_codes()):
        return item.international or item.display
    return item.national or item.display


def line_facts(item: Line, dial: Dial | None = None, naming: Naming = ENGLISH_NAMES) -> list[tuple[str, str]]:
    """The facts of a line as (label, value) rows, shared by the plain and rich renderers."""
    number = local_form(item)
    rows = []
    if dial is not None:
        where = naming.country(dial.caller)
        if dial.reachable and dial.dial:
            rows.append(("Dial", f"{dial.dial}  (from {where})"))
        else:
            rows.append(("Unreachable", f"cannot be dialled from {where}: {dial.reason}"))
    rows.append(("Number", number))
    if item.international and item.international != number:
        rows.append(("International", item.international))
    if _digits(item.display) not in (_digits(number), _digits(item.international)):
        rows.append(("As printed", item.display))
    rows.append(("Hours", item.hours or "not stated in the source"))
    languages = naming.languages(item)
    rows.append(("Languages", ", ".join(languages) if languages else "not stated in the source"))
    rows.append(("Toll-free", "yes" if item.toll_free else "no"))
    if item.calls_abroad(index.calling_codes()):
        rows.append(("Served from", f"{naming.country(item.number_region)}: an international call"))
    rows.extend(("Note", note) for note in item.all_notes)
    return rows


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _block(number: int, item: Line, dial: Dial | None, naming: Naming) -> list[str]:
    out = [f"{number}. {clean(item.label)}"]
    out.extend(f"   {label + ':':<15}{clean(value)}" for label, value in line_facts(item, dial, naming))
    return out


def lookup(answer: Answer, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    out = [f"Country: {clean(naming.country(answer.country.code))} ({answer.country.code})"]
    need = f"{answer.need.name} ({answer.need.id})" if answer.need else "any (all lines for the country)"
    out.append(f"Need: {clean(need)}")
    if answer.caller is not None:
        out.append(f"Calling from: {clean(naming.country(answer.caller.code))} ({answer.caller.code})")
    out.extend(f"Notice: {clean(notice)}" for notice in answer.notices)
    dials = answer.dials or (None,) * len(answer.lines)
    for number, (item, dial) in enumerate(zip(answer.lines, dials, strict=True), 1):
        out.append("")
        out.extend(_block(number, item, dial, naming))
    out.append("")
    out.append("Advice:" if answer.need else "Stay safe:")
    out.extend(f"- {clean(text)}" for text in answer.advice)
    out.append("")
    out.append(provenance(directory))
    return "\n".join(out) + "\n"


def faqs(items: tuple[Faq, ...], directory: Directory) -> str:
    out = []
    for item in items:
        out.append(f"{item.id}. {clean(item.question)}")
        out.append(f"   {clean(item.answer)}")
        out.append("")
    out.append(provenance(directory))
    return "\n".join(out) + "\n"


def channels(directory: Directory) -> str:
    out = []
    for number, item in enumerate(directory.channels, 1):
        out.append(f"{number}. {clean(item.name)}: {clean(item.summary)}")
        out.append(f"   {clean(item.description)}")
        out.extend(f"   {clean(k.capitalize()) + ':':<15}{clean(v)}" for k, v in item.details.items())
        out.append("")
    out.append("Stay safe:")
    out.extend(f"- {clean(text)}" for text in directory.safety)
    out.append("")
    out.append(provenance(directory))
    return "\n".join(out) + "\n"


def countries(directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    out = []
    for code in sorted(directory.countries, key=naming.country):
        lines = directory.lines_for_country(code)
        out.append(f"{clean(naming.country(code))} ({code})")
        for item in lines:
            out.append(f"   {clean(local_form(item)):<22}{clean(item.label)}")
    out.append("")
    for area in directory.areas.values():
        for item in directory.lines_for_area(area.id):
            out.append(f"Elsewhere in {clean(area.name)}: {clean(item.international)} ({clean(item.label)})")
    fallback = directory.fallback
    out.append(f"Anywhere else: {clean(fallback.international)} ({clean(fallback.label)})")
    out.append("")
    out.append(provenance(directory))
    return "\n".join(out) + "\n"


def verdict(result: Verdict, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    shown = clean(result.international or result.input)
    out = []
    if result.official:
        out.append(f"OFFICIAL: {shown} is in the American Express support directory.")
        for item in result.matches:
            place = naming.place(item, directory) + (f" ({item.country})" if item.country else "")
            hours = item.hours or "hours not stated in the source"
            out.append(f"- {clean(place)}: {clean(item.label)} ({clean(item.international)}), {clean(hours)}")
    else:
        out.append(f"WARNING: {shown} is NOT an American Express number in this directory.")
        out.append("Do not call it back or give it any details. What to do:")
        out.extend(f"- {clean(text)}" for text in directory.safety)
    out.append("")
    out.append(provenance(directory))
    return "\n".join(out) + "\n"


def audit(findings: tuple[Finding, ...], directory: Directory) -> str:
    header = f"{'line':<20} {'serves':<8} {'number':<20} {'type':<21} {'region':<6} {'valid':<5} {'from abroad'}"
    out = [header, "-" * len(header)]
    for f in findings:
        abroad = "yes" if f.from_abroad else "no"
        out.append(
            f"{clean(f.line.id):<20} {clean(f.serves):<8} {clean(f.line.international):<20} {f.number_type:<21}"
            f" {f.number_region:<6} {'yes' if f.valid else 'NO':<5} {abroad}"
        )
        if f.cross_border:
            out.append(
                f"    served from {index.country_names().get(f.number_region, f.number_region)}: an international call"
            )
        if f.line.correction:
            out.append(f"    correction: {clean(f.line.correction)}")
        out.extend(f"    PROBLEM: {clean(problem)}" for problem in f.problems)
    count = sum(len(f.problems) for f in findings)
    out.append("")
    out.append(f"{len(findings)} lines, {count} problem{'s' if count != 1 else ''}.")
    out.append(provenance(directory))
    return "\n".join(out) + "\n"

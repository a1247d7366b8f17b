"""Plain, stable text for pipes, NO_COLOR and dumb terminals. Every value passes through clean()."""

from __future__ import annotations

from amexhelp import index
from amexhelp.lookup import Answer
from amexhelp.model import Directory, Faq, Line
from amexhelp.places import country
from amexhelp.sanitize import clean


def provenance(directory: Directory) -> str:
    """The one quiet line every answer ends with: where the data comes from, and the reminder."""
    s, origin = directory.source, directory.origin
    where = "bundled data" if origin.bundled else f"using directory data from {origin.path}"
    return clean(f"Source: {s.kind}, as of {s.as_of} ({where}). {s.caution}")


def line_facts(item: Line) -> list[tuple[str, str]]:
    """The facts of a line as (label, value) rows, shared by the plain and rich renderers."""
    number = item.national if item.country == item.number_region else item.international
    rows = [("Number", number or item.display)]
    if item.international and item.international != number:
        rows.append(("International", item.international))
    if _digits(item.display) not in (_digits(number), _digits(item.international)):
        rows.append(("As printed", item.display))
    rows.append(("Hours", item.hours or "not stated in the source"))
    languages = item.languages_as_printed or tuple(index.language_names().get(c, c) for c in item.languages)
    rows.append(("Languages", ", ".join(languages) if languages else "not stated in the source"))
    rows.append(("Toll-free", "yes" if item.toll_free else "no"))
    if item.calls_abroad(index.calling_codes()):
        rows.append(("Served from", f"{country(item.number_region).name}: an international call"))
    rows.extend(("Note", note) for note in item.all_notes)
    return rows


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _block(number: int, item: Line) -> list[str]:
    out = [f"{number}. {clean(item.label)}"]
    out.extend(f"   {label + ':':<15}{clean(value)}" for label, value in line_facts(item))
    return out


def lookup(answer: Answer, directory: Directory) -> str:
    out = [f"Country: {clean(answer.country.name)} ({answer.country.code})"]
    need = f"{answer.need.name} ({answer.need.id})" if answer.need else "any (all lines for the country)"
    out.append(f"Need: {clean(need)}")
    out.extend(f"Notice: {clean(notice)}" for notice in answer.notices)
    for number, item in enumerate(answer.lines, 1):
        out.append("")
        out.extend(_block(number, item))
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


def countries(directory: Directory) -> str:
    out = []
    for code in sorted(directory.countries, key=lambda c: country(c).name):
        lines = [item for item in directory.lines_for_country(code)]
        out.append(f"{clean(country(code).name)} ({code})")
        for item in lines:
            number = item.national if item.country == item.number_region else item.international
            out.append(f"   {clean(number):<22}{clean(item.label)}")
    out.append("")
    fallback = directory.fallback
    out.append(f"Anywhere else: {clean(fallback.international)} ({clean(fallback.label)})")
    out.append("")
    out.append(provenance(directory))
    return "\n".join(out) + "\n"

"""Rich output for people at a terminal. Values are wrapped in Text, never parsed as markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from amexhelp.lookup import Answer
from amexhelp.model import Directory, Faq
from amexhelp.render.naming import Naming
from amexhelp.render.plain import ENGLISH_NAMES, line_facts, local_form, provenance
from amexhelp.sanitize import clean

if TYPE_CHECKING:
    from amexhelp.audit import Finding
    from amexhelp.verify import Verdict


def print_renderable(renderable: RenderableType) -> None:
    # Chosen only for a terminal or on explicit request (--format rich), so style it either way.
    Console(highlight=False, soft_wrap=False, force_terminal=True).print(renderable)


def _t(value: str, style: str = "") -> Text:
    return Text(clean(value), style=style)


def _footer(directory: Directory) -> Text:
    return Text(provenance(directory), style="dim")


def lookup(answer: Answer, directory: Directory, naming: Naming = ENGLISH_NAMES) -> RenderableType:
    title = Text.assemble(
        _t(naming.country(answer.country.code), "bold"),
        (f" ({answer.country.code})", "dim"),
        ("  ·  ", "dim"),
        _t(answer.need.name if answer.need else "all lines", "bold cyan"),
    )
    parts: list[RenderableType] = [title]
    if answer.caller is not None:
        parts.append(Text.assemble(("Calling from ", "dim"), _t(naming.country(answer.caller.code), "bold")))
    parts.extend(_t(f"⚠ {notice}", "yellow") for notice in answer.notices)
    dials = answer.dials or (None,) * len(answer.lines)
    for number, (item, dial) in enumerate(zip(answer.lines, dials, strict=True), 1):
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="dim", no_wrap=True)
        grid.add_column()
        emphasis = "Dial" if dial is not None else "Number"
        for label, value in line_facts(item, dial, naming):
            style = {emphasis: "bold green", "Unreachable": "bold red"}.get(label, "")
            grid.add_row(label, _t(value, style))
        parts.append(Panel(grid, title=_t(f"{number}. {item.label}", "bold"), title_align="left", box=box.ROUNDED))
    heading = "Advice" if answer.need else "Stay safe"
    parts.append(Text(heading, style="bold"))
    parts.extend(Text.assemble(("  • ", "cyan"), _t(text)) for text in answer.advice)
    parts.append(_footer(directory))
    return Group(*parts)


def faqs(items: tuple[Faq, ...], directory: Directory) -> RenderableType:
    parts: list[RenderableType] = []
    for item in items:
        parts.append(Text.assemble((f"{item.id}. ", "bold cyan"), _t(item.question, "bold")))
        parts.append(Text.assemble("   ", _t(item.answer)))
        parts.append(Text(""))
    parts.append(_footer(directory))
    return Group(*parts)


def channels(directory: Directory) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_lines=False)
    table.add_column("#", style="dim", no_wrap=True)
    table.add_column("Channel", style="bold", no_wrap=True)
    table.add_column("How")
    for number, item in enumerate(directory.channels, 1):
        how = Text(clean(item.description))
        for k, v in item.details.items():
            how.append(f"\n{clean(k.capitalize())}: ", style="dim")
            how.append(clean(v), style="cyan")
        table.add_row(str(number), _t(item.name), how)
    safety = [Text("Stay safe", style="bold")]
    safety.extend(Text.assemble(("  • ", "cyan"), _t(text)) for text in directory.safety)
    return Group(table, *safety, _footer(directory))


def countries(directory: Directory, naming: Naming = ENGLISH_NAMES) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("Country", style="bold")
    table.add_column("Code", style="dim")
    table.add_column("Number", style="green", no_wrap=True)
    table.add_column("Line")
    table.add_column("Languages")
    for code in sorted(directory.countries, key=naming.country):
        for i, item in enumerate(directory.lines_for_country(code)):
            table.add_row(
                _t(naming.country(code)) if i == 0 else "",
                code if i == 0 else "",
                _t(local_form(item)),
                _t(item.label),
                _t(", ".join(naming.languages(item))),
            )
    fallback = directory.fallback
    note = Text.assemble(
        ("Anywhere else: ", "bold"), _t(fallback.international, "green"), " ", _t(f"({fallback.label})")
    )
    return Group(table, note, _footer(directory))


def verdict(result: Verdict, directory: Directory, naming: Naming = ENGLISH_NAMES) -> RenderableType:
    shown = result.international or result.input
    if result.official:
        head = Text.assemble(("✔ OFFICIAL ", "bold green"), _t(shown, "bold"), " is in the support directory.")
        table = Table(box=box.SIMPLE_HEAD)
        for column in ("Country", "Line", "Number", "Hours"):
            table.add_column(column)
        for item in result.matches:
            place = naming.place(item, directory)
            table.add_row(_t(place), _t(item.label), _t(item.international, "green"), _t(item.hours or "not stated"))
        return Group(head, table, _footer(directory))
    head = Text.assemble(
        ("✘ WARNING ", "bold red"), _t(shown, "bold"), " is NOT an American Express number in this directory."
    )
    advice = [Text("Do not call it back or give it any details. What to do:", style="bold")]
    advice.extend(Text.assemble(("  • ", "red"), _t(text)) for text in directory.safety)
    return Group(head, *advice, _footer(directory))


def audit(findings: tuple[Finding, ...], directory: Directory) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD)
    for column in ("Line", "Serves", "Number", "Type", "Region", "Valid", "From abroad", "Notes"):
        table.add_column(column)
    for f in findings:
        notes = Text()
        if f.cross_border:
            notes.append("international call from the country it serves\n", style="yellow")
        if f.line.correction:
            notes.append(clean(f.line.correction) + "\n", style="cyan")
        for problem in f.problems:
            notes.append(clean(problem) + "\n", style="bold red")
        table.add_row(
            _t(f.line.id),
            _t(f.serves),
            _t(f.line.international),
            f.number_type,
            f.number_region,
            Text("yes", style="green") if f.valid else Text("NO", style="bold red"),
            "yes" if f.from_abroad else "no",
            notes,
        )
    count = sum(len(f.problems) for f in findings)
    summary = Text(f"{len(findings)} lines, {count} problem{'s' if count != 1 else ''}.", style="bold")
    return Group(table, summary, _footer(directory))

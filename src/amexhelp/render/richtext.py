"""Rich output for people at a terminal. Values are wrapped in Text, never parsed as markup."""

from __future__ import annotations

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from amexhelp.lookup import Answer
from amexhelp.model import Directory, Faq
from amexhelp.places import country
from amexhelp.render.plain import line_facts, provenance
from amexhelp.sanitize import clean


def print_renderable(renderable: RenderableType) -> None:
    # Chosen only for a terminal or on explicit request (--format rich), so style it either way.
    Console(highlight=False, soft_wrap=False, force_terminal=True).print(renderable)


def _t(value: str, style: str = "") -> Text:
    return Text(clean(value), style=style)


def _footer(directory: Directory) -> Text:
    return Text(provenance(directory), style="dim")


def lookup(answer: Answer, directory: Directory) -> RenderableType:
    title = Text.assemble(
        _t(answer.country.name, "bold"),
        (f" ({answer.country.code})", "dim"),
        ("  ·  ", "dim"),
        _t(answer.need.name if answer.need else "all lines", "bold cyan"),
    )
    parts: list[RenderableType] = [title]
    parts.extend(_t(f"⚠ {notice}", "yellow") for notice in answer.notices)
    for number, item in enumerate(answer.lines, 1):
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="dim", no_wrap=True)
        grid.add_column()
        for label, value in line_facts(item):
            style = "bold green" if label == "Number" else ""
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


def countries(directory: Directory) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("Country", style="bold")
    table.add_column("Code", style="dim")
    table.add_column("Number", style="green", no_wrap=True)
    table.add_column("Line")
    table.add_column("Languages")
    for code in sorted(directory.countries, key=lambda c: country(c).name):
        for i, item in enumerate(directory.lines_for_country(code)):
            number = item.national if item.country == item.number_region else item.international
            table.add_row(
                _t(country(code).name) if i == 0 else "",
                code if i == 0 else "",
                _t(number),
                _t(item.label),
                _t(", ".join(item.languages_as_printed)),
            )
    fallback = directory.fallback
    note = Text.assemble(
        ("Anywhere else: ", "bold"), _t(fallback.international, "green"), " ", _t(f"({fallback.label})")
    )
    return Group(table, note, _footer(directory))

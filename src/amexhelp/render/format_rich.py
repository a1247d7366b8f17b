"""The rich format, for people at a terminal: each report laid out by ``richtext`` and rendered, in colour,
to the text a terminal shows (rich decides the colours it can use and honours NO_COLOR itself)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from amexhelp.render import richtext

if TYPE_CHECKING:
    from rich.console import RenderableType

    from amexhelp.directory.model import Directory
    from amexhelp.lookup.answer import Answer
    from amexhelp.render.naming import Naming
    from amexhelp.reports.audit import Report
    from amexhelp.reports.faq import FaqAnswer
    from amexhelp.reports.sources import SourceRow
    from amexhelp.verify.checker import Verdict
    from amexhelp.verify.message import MessageReport


def _text(renderable: RenderableType) -> str:
    """What printing ``renderable`` on the terminal writes, rendered aside (nothing is written yet)."""
    import io

    aside = io.StringIO()
    richtext.terminal(aside).print(renderable)
    return aside.getvalue()


def lookup(answer: Answer, directory: Directory, naming: Naming, *, full: bool = True) -> str:
    return _text(richtext.lookup(answer, directory, naming, full=full))


def faqs(
    items: tuple[FaqAnswer, ...],
    directory: Directory,
    naming: Naming,
    *,
    query: str | None = None,
    asked: str | None = None,
) -> str:
    return _text(richtext.faqs(items, directory, naming))


def channels(directory: Directory, naming: Naming) -> str:
    return _text(richtext.channels(directory, naming))


def countries(directory: Directory, naming: Naming) -> str:
    return _text(richtext.countries(directory, naming))


def verdict(result: Verdict, directory: Directory, naming: Naming) -> str:
    return _text(richtext.verdict(result, directory, naming))


def message(report: MessageReport, directory: Directory, naming: Naming) -> str:
    return _text(richtext.message(report, directory, naming))


def audit(report: Report, directory: Directory, naming: Naming) -> str:
    return _text(richtext.audit(report, directory, naming))


def sources(rows: tuple[SourceRow, ...], directory: Directory, naming: Naming) -> str:
    return _text(richtext.sources(rows, directory, naming))


def page(text: str, pager: Any = None) -> None:
    """Write a report for a person who can answer a pager: one taller than the terminal through the
    system's pager (PAGER or MANPAGER, else less), without styles, which not every pager shows."""
    from rich.text import Text

    console = richtext.terminal()
    if text.count("\n") < console.height:
        console.file.write(text)
        return
    with console.pager(pager, styles=False):
        console.print(Text.from_ansi(text), end="")

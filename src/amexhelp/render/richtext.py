"""Rich output for people at a terminal. Values are wrapped in Text, never parsed as markup."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from amexhelp.directory.model import Directory
from amexhelp.lookup.answer import Answer
from amexhelp.render import view
from amexhelp.render.i18n import CHANNEL_DETAIL, CHANNEL_TEXT, FAQ_ANSWER, FAQ_QUESTION, LINE_LABEL, SAFETY
from amexhelp.render.naming import ENGLISH_NAMES, Naming
from amexhelp.render.view import local_form
from amexhelp.sanitize import clean

if TYPE_CHECKING:
    from amexhelp.reports.audit import Report
    from amexhelp.reports.faq import FaqAnswer
    from amexhelp.reports.sources import SourceRow
    from amexhelp.verify.checker import Verdict
    from amexhelp.verify.message import MessageReport


def print_renderable(renderable: RenderableType, *, paged: bool = False, pager: Any = None) -> None:
    """Print for a terminal (or on explicit request, --format rich), so styled either way. ``paged``: a
    report taller than the terminal goes through the system's pager (PAGER or MANPAGER, else less; the
    CLI asks for it only when stdin and stdout are terminals), without styles, which not every pager shows;
    ``pager``: a rich.pager.Pager to use instead (tests)."""
    console = terminal()
    if not paged:
        console.print(renderable)
        return
    with console.capture() as captured:
        console.print(renderable)
    text = captured.get()
    if text.count("\n") < console.height:
        console.file.write(text)
        return
    with console.pager(pager, styles=False):
        console.print(renderable)


def terminal(file: IO[str] | None = None) -> Console:
    """The console a report is printed on (stdout, or ``file``: sized as the terminal still): styled even
    when captured or forced (--format rich); rich decides the colours the terminal can show and honours
    NO_COLOR."""
    return Console(file=file, highlight=False, soft_wrap=False, force_terminal=True)


def _t(value: str, style: str = "") -> Text:
    return Text(clean(value), style=style)


def _footer(directory: Directory, naming: Naming = ENGLISH_NAMES) -> Text:
    return Text(clean(view.provenance(directory, naming)), style="dim")


def lookup(
    answer: Answer, directory: Directory, naming: Naming = ENGLISH_NAMES, *, full: bool = True
) -> RenderableType:
    shown = view.lookup_view(answer, directory, naming, full=full)
    parts: list[RenderableType] = [_headline(answer, shown.headline, naming), _t(shown.summary, "dim")]
    parts.extend(_t(f"⚠ {notice}", "yellow") for notice in shown.notices)
    number = 0
    for section in shown.sections:
        if section.heading:
            parts.append(_t(section.heading, "bold underline"))
        if section.compact:
            parts.extend(Text.assemble(("  • ", "cyan"), _t(view.compact_line(item, naming))) for item in section.items)
            continue
        for item in section.items:
            number += 1
            parts.append(_panel(item, number, naming))
    if shown.hours_note:
        parts.append(_t(shown.hours_note, "dim"))
    if shown.more:
        parts.append(_t(shown.more, "dim"))
    parts.append(Text(shown.advice_heading, style="bold"))
    parts.extend(Text.assemble(("  • ", "cyan"), _t(text)) for text in shown.advice)
    from amexhelp.render import _standing as standing

    note = standing.titles_note(shown, naming)
    parts.extend([Text(clean(note), style="dim")] if note else [])
    parts.append(Text(clean(shown.provenance), style="dim"))
    return Group(*parts)


def _panel(item: view.LineView, number: int, naming: Naming) -> Panel:
    """A line of the answer: its facts in a grid, under its number and title."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")  # text without spaces (Japanese, a URL) folds, never cut short
    for label, value in item.facts:
        grid.add_row(naming._(label), _t(naming.value(value), _fact_style(item, label, value, naming)))
    return Panel(grid, title=_t(f"{number}. {item.title}", "bold"), title_align="left", box=box.ROUNDED)


def _fact_style(item: view.LineView, label: str, value: str, naming: Naming) -> str:
    if label == "Now":
        return "green" if value == naming._("open now") else "yellow"
    if label == "Status":
        return _status_style(item.entry.line.status)
    return {"Dial": "bold", "Cannot dial": "bold red"}.get(label, "")


def _headline(answer: Answer, text: str, naming: Naming) -> Text:
    """The first line: only the number to dial in colour, the line's status (when not confirmed) in its
    own; no line to dial at all is red."""
    if answer.first is None:
        return _t(text, "bold red")
    head = _t(text, "bold")
    if answer.first.dial.dial:
        head.highlight_words([answer.first.dial.dial], "bold cyan")
    status = answer.first.line.status
    if status != "confirmed":
        from amexhelp.render._headline import grade_text

        head.highlight_words([grade_text(answer.first.line, naming)], _status_style(status))
    return head


_STATUS_STYLES = {"confirmed": "green", "disputed": "bold red", "suspect": "bold red", "unlisted": "bold red"}


def _status_style(status: str) -> str:
    return _STATUS_STYLES.get(status, "yellow")


def _legend(statuses: set[str], naming: Naming = ENGLISH_NAMES) -> list[RenderableType]:
    from amexhelp.render import _standing as standing

    return [Text(standing.legend(statuses, naming), style="dim")] if statuses else []


def _texts_note(naming: Naming) -> list[RenderableType]:
    """The note that the texts from the sources are in their language, for a reader of another."""
    from amexhelp.render import _standing as standing

    note = standing.texts_note(naming)
    return [Text(clean(note), style="dim")] if note else []


def _as_printed(naming: Naming) -> list[tuple[str, str] | Text]:
    """The label after a text from a source, for a reader of another language (nothing otherwise)."""
    from amexhelp.render import _standing as standing

    label = standing.as_printed(naming)
    return [(f" [{label}]", "dim")] if label else []


def faqs(items: tuple[FaqAnswer, ...], directory: Directory, naming: Naming = ENGLISH_NAMES) -> RenderableType:
    from amexhelp.render import _standing as standing

    parts: list[RenderableType] = []
    statuses: set[str] = set()
    for item in items:
        question = naming.quoted(FAQ_QUESTION, item.faq.question)
        parts.append(Text.assemble((f"{item.faq.id}. ", "bold cyan"), _t(question, "bold")))
        parts.append(Text.assemble("   ", _t(naming.text(FAQ_ANSWER, item.faq.answer))))
        parts.append(Text.assemble("   ", _t(standing.faq_origin(item, directory, naming), "dim")))
        for found in item.numbers:
            statuses.add(found.status)
            note = naming.value(standing.prose_note(found, directory, naming))
            parts.append(Text.assemble("   ", _t(note, _status_style(found.status))))
        if item.asked is not None and item.numbers:
            parts.append(Text.assemble("   ", _t(standing.faq_pointer(item, naming), "bold")))
            listed = (naming.value(standing.listed_line(line)) for line in item.lines_for_asked)
            parts.extend(Text.assemble("     ", _t(text, "green")) for text in listed)
        parts.append(Text(""))
    parts.extend(_legend(statuses, naming))
    parts.extend(_texts_note(naming))
    source_ids = [item.faq.source for item in items]
    parts.append(Text(clean(standing.items_provenance(source_ids, directory, naming)), style="dim"))
    return Group(*parts)


def channels(directory: Directory, naming: Naming = ENGLISH_NAMES) -> RenderableType:
    from amexhelp.render import _standing as standing
    from amexhelp.reports.prose import channel_numbers

    _ = naming._
    table = Table(box=box.SIMPLE_HEAD, show_lines=False)
    table.add_column("#", style="dim", no_wrap=True)
    table.add_column(_("Channel"), style="bold", no_wrap=True)
    table.add_column(_("How"))
    statuses: set[str] = set()
    for number, item in enumerate(directory.channels, 1):
        how = Text(clean(naming.text(CHANNEL_TEXT, item.description)))
        for k, v in item.details.items():
            how.append(f"\n{naming.colon(clean(naming.text(CHANNEL_DETAIL, k.capitalize())))} ", style="dim")
            how.append(clean(naming.value(v)), style="cyan")
        for found in channel_numbers(item, directory):
            statuses.add(found.status)
            how.append("\n" + naming.colon(_("Number")) + " ", style="dim")
            note = naming.value(standing.prose_note(found, directory, naming))
            how.append(clean(note), style=_status_style(found.status))
        how.append("\n" + naming.colon(_("Source")) + " ", style="dim")
        how.append(clean(standing.source_name(item.source, directory, naming)), style="dim")
        table.add_row(str(number), _t(standing.channel_title(item, naming, summary=False)), how)
    safety = [Text(_("Stay safe"), style="bold")]
    safety.extend(Text.assemble(("  • ", "cyan"), _t(naming.quoted(SAFETY, text))) for text in directory.safety)
    source_ids = [c.source for c in directory.channels]
    footer = Text(clean(standing.items_provenance(source_ids, directory, naming)), style="dim")
    return Group(table, *safety, *_legend(statuses, naming), *_texts_note(naming), footer)


def countries(directory: Directory, naming: Naming = ENGLISH_NAMES) -> RenderableType:
    from amexhelp.render import _standing as standing

    _ = naming._
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column(_("Country"), style="bold")
    table.add_column(_("Code"), style="dim")
    table.add_column(_("Number"), style="green", no_wrap=True)
    table.add_column(_("Status"), no_wrap=True)
    table.add_column(_("Line"))
    table.add_column(_("Languages"))
    statuses: set[str] = set()
    for code in sorted(directory.countries, key=naming.country):
        for i, item in enumerate(directory.lines_for_country(code)):
            statuses.add(item.status)
            extra = standing.line_standing(item, directory, naming)
            table.add_row(
                _t(naming.country(code)) if i == 0 else "",
                code if i == 0 else "",
                _t(local_form(item), "" if item.status != "suspect" else "strike red"),
                Text(standing.mark(item.status), style=_status_style(item.status)),
                _t(naming.quoted(LINE_LABEL, item.label) + (f" ({extra})" if extra else "")),
                _t(naming.join(naming.languages(item), conjunction=False)),
            )
    fallback = directory.fallback
    statuses.add(fallback.status)
    note = Text.assemble(
        (_("Anywhere else:") + " ", "bold"),
        _t(fallback.international, "green"),
        " ",
        Text(standing.mark(fallback.status), style=_status_style(fallback.status)),
        " ",
        _t(f"({naming.quoted(LINE_LABEL, fallback.label)})"),
    )
    return Group(table, note, *_legend(statuses, naming), _footer(directory, naming))


def verdict(result: Verdict, directory: Directory, naming: Naming = ENGLISH_NAMES) -> RenderableType:
    from amexhelp.render._verdictview import verdict_view

    shown = verdict_view(result, directory, naming)
    # Green only for a number an issuer page confirms; a listed but unconfirmed one is a caution (yellow).
    confirmed = result.line is not None and result.line.status == "confirmed"
    style = {"listed": "bold green" if confirmed else "bold yellow", "suspicious": "bold red"}.get(
        shown.verdict, "bold yellow"
    )
    label, _, rest = shown.headline.partition(": ")
    parts: list[RenderableType] = [Text.assemble((label + " ", style), _t(rest, "bold"))]
    if shown.genuine:
        parts.append(_t(shown.genuine, "bold"))
    if shown.matches:
        table = Table(box=box.SIMPLE_HEAD)
        table.add_column(naming._("Line"))
        table.add_column(naming._("Status"))
        for (line, status), matched in zip(shown.matches, result.matches, strict=True):
            status_style = "green" if matched.status == "confirmed" else "yellow"
            table.add_row(_t(line), _t(status, status_style))
        parts.append(table)
    parts.extend(Text.assemble((f"⚠ {code}: ", "bold red"), _t(message)) for code, message in shown.warnings)
    parts.extend(Text.assemble(("  • ", "dim"), _t(text, "dim")) for text in shown.readings)
    if shown.advice:
        parts.append(Text(shown.advice_heading, style="bold"))
        parts.extend(Text.assemble(("  • ", "cyan"), _t(text)) for text in shown.advice)
    parts.append(Text(clean(shown.provenance), style="dim"))
    return Group(*parts)


def message(report: MessageReport, directory: Directory, naming: Naming = ENGLISH_NAMES) -> RenderableType:
    from amexhelp.render._verdictview import message_view, verdict_word

    shown = message_view(report, directory, naming)
    styles = {"listed": "bold green", "issuer": "bold green", "suspicious": "bold red"}
    label, _, rest = shown.headline.partition(": ")
    parts: list[RenderableType] = [Text.assemble((label + " ", styles.get(shown.verdict, "bold yellow")), _t(rest))]
    parts.extend(Text.assemble((f"⚠ {code}: ", "bold red"), _t(text)) for code, text in shown.warnings)
    for item in shown.items:
        style = styles.get(item.verdict, "bold yellow")
        word = verdict_word(item.verdict, naming)
        parts.append(Text.assemble((f"{word} ", style), _t(item.text, "bold"), "  ", _t(item.summary)))
        parts.extend(Text.assemble((f"    ⚠ {code}: ", "bold red"), _t(text)) for code, text in item.warnings)
    if shown.advice:
        parts.append(Text(shown.advice_heading, style="bold"))
        parts.extend(Text.assemble(("  • ", "cyan"), _t(text)) for text in shown.advice)
    parts.append(Text(clean(shown.provenance), style="dim"))
    return Group(*parts)


def audit(report: Report, directory: Directory, naming: Naming = ENGLISH_NAMES) -> RenderableType:
    from amexhelp.render import _standing as standing

    _ = naming._
    summary = Text(standing.audit_summary(report, naming), style="bold")
    legend = Text(_("↗ served from another country: an international call from the market it serves"), style="dim")
    return Group(
        _findings(report, naming),
        legend,
        *_problem_lines(report, naming),
        _markets(report, naming),
        summary,
        *_texts_note(naming),
        _footer(directory, naming),
    )


def _findings(report: Report, naming: Naming) -> Table:
    from amexhelp.render import _standing as standing

    _ = naming._
    table = Table(box=box.SIMPLE_HEAD)
    for column, no_wrap in (
        (_("Line"), True),
        (_("Serves"), False),
        (_("Number"), True),
        (_("Status"), True),
        (_("Type"), False),
        (_("From abroad"), False),
    ):
        table.add_column(column, no_wrap=no_wrap)
    for f in report.findings:
        number = Text(clean(f.line.international or f.line.display))
        if f.cross_border:
            number.append(" ↗", style="yellow")  # served from another country: an international call
        table.add_row(
            _t(f.line.id, "bold red" if f.unhandled else ""),
            _t(f.serves),
            number,
            Text(standing.status_name(f.line.status, naming), style=_status_style(f.line.status)),
            f.number_type if f.valid else Text(_("NOT VALID"), style="bold red"),
            _("yes") if f.from_abroad else _("no"),
        )
    return table


def _problem_lines(report: Report, naming: Naming) -> list[Text]:
    from amexhelp.render import _problems

    _ = naming._
    problems = [
        Text.assemble(("  ✘ ", "bold red"), _t(f"{p.line} {p.code}: ", "bold"), _t(_problems.word(p, naming)))
        for p in report.problems
    ]
    problems.extend(
        Text.assemble(
            ("  ⊘ " + _("quarantined") + " ", "yellow"),
            _t(f"{p.line} {p.code}: ", "bold"),
            _t(
                _("{message} (status suspect: never offered first, never exported)").format(
                    message=_problems.word(p, naming)
                )
            ),
        )
        for p in report.quarantined
    )
    return problems


def _markets(report: Report, naming: Naming) -> Table:
    _ = naming._
    markets = Table(box=box.SIMPLE_HEAD, title=_("Markets"))
    for column in (
        _("Market"),
        _("Confirmed"),
        _("Guide-only"),
        _("Disputed"),
        _("Suspect"),
        _("Issuer page"),
        _("Checked"),
        _("Issued by"),
    ):
        markets.add_column(column)
    for m in report.markets:
        markets.add_row(
            _t(f"{m.code} {naming.country(m.code)}"),
            str(m.confirmed),
            str(m.guide_only),
            str(m.disputed),
            str(m.suspect),
            Text(_("found"), style="green") if m.issuer_found else Text(_("none found"), style="yellow"),
            m.checked or _("not checked"),
            _t(m.partner or ""),
        )
    return markets


def sources(rows: tuple[SourceRow, ...], directory: Directory, naming: Naming = ENGLISH_NAMES) -> RenderableType:
    _ = naming._
    table = Table(box=box.SIMPLE_HEAD)
    for column in (_("Kind"), _("Source"), _("Dated"), _("Lines")):
        table.add_column(column)
    for row in rows:
        s = row.source
        style = {"issuer": "green", "issuer-partner": "cyan"}.get(s.kind, "yellow")
        where = Text(clean(s.title), style="bold")
        where.append("\n" + clean(s.url or _("no web address")), style="dim")
        table.add_row(Text(s.kind, style=style), where, _t(s.as_of or ""), str(len(row.lines)))
    said = naming.ngettext("{count} source.", "{count} sources.", len(rows)).format(count=len(rows))
    count = Text(said, style="bold")
    return Group(table, count, *_texts_note(naming), _footer(directory, naming))

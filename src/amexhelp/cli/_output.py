"""Writing a report: the format switch written once (the renderer table, render/formats.py), stdout in
one piece, stderr for what is said beside the report, and what a failure to write means."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from amexhelp.errors import InputError, OutputClosed, OutputFailed
from amexhelp.render import Format

if TYPE_CHECKING:
    from amexhelp.render.formats import Renderer

# A report, given the renderer of the format chosen: its whole text.
Report = Callable[["Renderer"], str]


def emit(fmt: Format, as_json: bool, report: Report, *, jq: str | None = None, paged: bool = False) -> None:
    """Render ``report`` with the one renderer the format selects and write it in one piece (--jq: the
    JSON through that filter; ``paged``: a long report on a terminal through the pager). The whole report
    is rendered before any of it is written: an error never leaves half a report."""
    from amexhelp.render.formats import resolve, to_format

    if jq is not None:
        from amexhelp.cli._jq import compiled

        json_only(fmt)
        write(compiled(jq)(report(to_format(Format.JSON))))
        return
    if as_json:
        json_only(fmt)
        fmt = Format.JSON
    from amexhelp.cli import _environment as env

    chosen = resolve(fmt, styled=env.styled())
    text = report(to_format(chosen))
    if chosen is Format.RICH and paged and interactive():
        from amexhelp.render.format_rich import page

        with output():
            page(text)
        return
    write(text)


def json_only(fmt: Format) -> None:
    """--json or --jq (which implies JSON) with --format other than json is a clash."""
    if fmt not in (Format.AUTO, Format.JSON):
        raise InputError("format-clash", format=fmt.value)


def interactive() -> bool:
    """Whether a person reads stdout and can answer a pager: stdin and stdout are both terminals."""
    try:
        return sys.stdin is not None and sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def progress_shown() -> bool:
    """A batch's progress: on stderr when that is a terminal and stdout is not (the two never mix on screen)."""
    try:
        return sys.stderr is not None and sys.stderr.isatty() and not sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def write(text: str) -> None:
    """Write a whole report to stdout (see ``output``)."""
    with output():
        sys.stdout.write(text)


@contextlib.contextmanager
def output() -> Iterator[None]:
    """Writing to stdout, flushed at the end: a reader that went away (or stdout closed from the start)
    ends the run quietly (OutputClosed, exit 141); any other failure to write (a full disk, /dev/full)
    is OutputFailed (exit 74), never a bug's exit 70."""
    if sys.stdout is None:  # started with stdout closed
        raise OutputClosed()
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        raise OutputClosed() from None
    except OSError as error:
        raise OutputFailed(error.strerror or type(error).__name__) from None


def tell(line: str) -> None:
    """Write a line to stderr. If stderr cannot take it (closed, /dev/full) the line is lost, and the
    run's exit code still says what happened."""
    if sys.stderr is None:
        return
    try:
        sys.stderr.write(line)
        sys.stderr.flush()
    except (OSError, ValueError):
        quiet(sys.stderr)  # nothing more can reach it: the interpreter's last flush stays quiet


def quiet(stream: object) -> None:
    """Point a stream's file at /dev/null (after a broken pipe or a closed stderr), so that the
    interpreter's final flush stays quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())  # type: ignore[attr-defined]
        os.close(devnull)
    except (OSError, AttributeError, ValueError):
        pass

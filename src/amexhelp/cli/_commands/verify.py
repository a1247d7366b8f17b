"""`amexhelp verify`: is this number really American Express? One number, a batch on stdin, or a message."""

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from amexhelp.cli import _environment as env
from amexhelp.cli._options import N_, FormatOpt, FromOpt, JqOpt, JsonOpt, LangOpt, epilog
from amexhelp.cli._output import emit, json_only, output, progress_shown
from amexhelp.errors import EXIT_NOT_FOUND, EXIT_OK, InputError, OutputClosed
from amexhelp.render import Format

if TYPE_CHECKING:
    from amexhelp.directory.model import Directory
    from amexhelp.render.naming import Naming
    from amexhelp.verify.batch import Unreadable
    from amexhelp.verify.checker import Verdict

EPILOG = epilog(
    N_(
        "Exit codes: 0 listed; 1 unlisted or suspicious (with --message: anything found not listed, or nothing"
        " found); 2 not a phone number. A batch ('-'): 0 every line listed; 1 some line unlisted, suspicious or"
        " not a number (its record says so); 2 the input is no text.  Examples: {examples}"
    ),
    "amexhelp verify '+1 800-528-4800'",
    "amexhelp verify '900 814 500'",
    "amexhelp verify 0120-099-818 --from JP",
    "amexhelp verify --message sms.txt",
    "amexhelp verify - --json < numbers.txt | jq -r 'select(.verdict != \"listed\") | .input'",
)


def verify(
    number: Annotated[
        str | None,
        typer.Argument(
            metavar="NUMBER",
            help=N_(
                "The number, written any way: +1 800 528 4800, (800) 528-4800, 00 81 120 099 818, tel:+44…,"
                " 1-800-668-AMEX. '-' reads one number per line from stdin (JSON Lines with --json)."
            ),
            show_default=False,
        ),
    ] = None,
    message: Annotated[
        str | None,
        typer.Option(
            "--message",
            "-m",
            metavar="FILE",
            help=N_(
                "Check every phone number and link in a text message or email ('-' for stdin), and what its"
                " words ask for (a PIN, a payment, remote access, hurry)."
            ),
            show_default=False,
        ),
    ] = None,
    caller: FromOpt = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
    jq: JqOpt = None,
    fmt: FormatOpt = Format.AUTO,
    full: Annotated[
        bool,
        typer.Option(
            "--full",
            help=N_("With '-' and --json: each record's lines as whole objects, not by id."),
            show_default=False,
        ),
    ] = False,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding",
            metavar="CODEC",
            help=N_("With '-': the input's text encoding (default UTF-8), e.g. latin-1, utf-16."),
            show_default=False,
        ),
    ] = None,
) -> int:
    """Is this number really American Express? listed, unlisted (not proof of fraud) or suspicious.

    listed: in this directory (its line and status: confirmed on an issuer page, guide-only, disputed).
    unlisted: not in this directory; compare it with the issuer's website, app or statement.
    suspicious: red flags (look-alike of a listed number, premium-rate or personal number, fictional
    range, letters passing for digits). A number without + is read as dialled in the --from country,
    or in every country of the directory when none is given, each reading judged.
    """
    from amexhelp.lookup.answer import resolve_caller

    directory = env.directory()
    where = resolve_caller(caller, env.settings())
    region = where[0].code if where else None
    if (full or encoding is not None) and number != "-":
        raise InputError("batch-only", option="--full" if full else "--encoding")
    if message is not None:
        if number is not None:
            raise InputError("number-and-message")
        return _message(message, directory, region, fmt, as_json, env.naming(env.language(lang)), jq)
    if number is None:
        raise InputError("no-number")
    naming = env.naming(env.language(lang))  # checked before anything is read or written
    if number == "-":
        return _batch(directory, region, fmt, as_json or jq is not None, full, encoding, naming, jq)
    return _one(number, directory, region, fmt, as_json, naming, jq)


def _one(
    number: str,
    directory: "Directory",
    region: str | None,
    fmt: Format,
    as_json: bool,
    naming: "Naming",
    jq: str | None,
) -> int:
    from amexhelp.verify.checker import LISTED
    from amexhelp.verify.checker import verify as check

    result = check(directory, number, region)  # an error is worded in the language chosen, as every error
    emit(fmt, as_json, lambda renderer: renderer.verdict(result, directory, naming), jq=jq)
    return EXIT_OK if result.verdict == LISTED else EXIT_NOT_FOUND


def _message(
    path: str, directory: "Directory", region: str | None, fmt: Format, as_json: bool, naming: "Naming", jq: str | None
) -> int:
    from amexhelp.verify.checker import LISTED
    from amexhelp.verify.message import check_message, read_message

    text = read_message(path, sys.stdin.buffer if path == "-" and sys.stdin is not None else None)
    report = check_message(directory, text, region)
    emit(fmt, as_json, lambda renderer: renderer.message(report, directory, naming), jq=jq)
    return EXIT_OK if report.verdict == LISTED else EXIT_NOT_FOUND


Line = Callable[["Verdict | Unreadable"], tuple[str, int]]


def _batch(
    directory: "Directory",
    region: str | None,
    fmt: Format,
    as_json: bool,
    full: bool,
    encoding: str | None,
    naming: "Naming",
    jq: str | None = None,
) -> int:
    """One verdict per stdin line, written as it is reached: memory stays flat however long the input.
    Exit 0 if every line is listed, 1 if any is not (each record says why), 2 if the input is no text.
    Text lines and the warnings' messages are worded in ``naming``'s language."""
    from amexhelp.verify.batch import judged_lines, read_lines

    if as_json:
        json_only(fmt)
    jsonl = as_json or fmt is Format.JSON
    if full and not jsonl:
        raise InputError("full-without-json")
    if sys.stdin is None:
        raise InputError("no-stdin-numbers")
    if sys.stdout is None:
        raise OutputClosed()
    render = _batch_line(directory, naming, jsonl, full, jq)
    judged = judged_lines(directory, read_lines(sys.stdin.buffer, encoding), render, region)
    if progress_shown():
        from amexhelp.render.progress import counted

        judged = counted(judged)
    write = sys.stdout.write
    worst = EXIT_OK
    with output():
        for text, code in judged:
            write(text)
            worst = max(worst, code)
    return worst


def _batch_line(directory: "Directory", naming: "Naming", jsonl: bool, full: bool, jq: str | None) -> Line:
    """How one judged line is written (a text line, a JSON Lines record, or that record through --jq), and
    its exit code. A bad --jq expression is refused here, before any line is read."""
    from amexhelp.render import dicts
    from amexhelp.render.plain import verdict_line
    from amexhelp.sanitize import clean_json
    from amexhelp.verify.checker import LISTED, Verdict

    cache: dict[str, dict[str, object]] = {}
    jq_filter = None
    if jq is not None:
        from amexhelp.cli._jq import compiled

        jq_filter = compiled(jq)

    def render(result: "Verdict | Unreadable") -> tuple[str, int]:
        code = EXIT_OK if isinstance(result, Verdict) and result.verdict == LISTED else EXIT_NOT_FOUND
        if not jsonl:
            return verdict_line(result, naming, directory), code
        text = dicts.batch_json(result, directory, full, cache, naming)
        if jq_filter is not None:
            return jq_filter(text), code
        # Only text beyond ASCII can hold what a terminal acts on (C0 controls json escapes itself).
        return (text if text.isascii() else clean_json(text)) + "\n", code

    return render


# The commands of this module, by name, each with its epilog (registered by cli/_app.py).
COMMANDS: dict[str, tuple[Callable[..., object], str]] = {
    "verify": (verify, EPILOG),
}

"""The command-line layer: parses arguments, calls the core, hands the result to one renderer.

Errors of every kind end here, in main(): one line on stderr and an exit code.
"""

import enum
import gc
import sys
from collections.abc import Callable
from typing import Annotated, Any

# A run lives for milliseconds and the process frees everything at exit, so cyclic garbage
# collection during start-up is pure cost (a few per cent of a lookup, measured by benchmarks/startup.py).
# main() turns it back on for anyone who imports this module and stays.
gc.disable()

import typer

from amexhelp import __version__
from amexhelp.errors import (
    EXIT_INTERRUPTED,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_USAGE,
    AmexhelpError,
    InputError,
    NotFoundError,
    OutputClosed,
)
from amexhelp.render import Format

app = typer.Typer(
    name="amexhelp",
    help="The right, official American Express support number for where you are, offline.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _complete_country(incomplete: str) -> list[str]:
    """Codes and English names that start with what was typed, in any case and without accents."""
    from amexhelp import index
    from amexhelp.folding import fold

    names = {code: name for code, name in index.country_names().items() if code.casefold() in index.codes()}
    prefix = fold(incomplete)
    found = [code for code in names if code.casefold().startswith(prefix)]
    if prefix:
        found += sorted(name for name in names.values() if fold(name).startswith(prefix))
    return [_continued(incomplete, value) for value in found]


def _continued(incomplete: str, value: str) -> str:
    """A completion that starts with the text exactly as typed, since Typer keeps only those: "ja" ->
    "japan", "Ja" -> "Japan" (both resolve; case and accents do not matter to --country)."""
    continued = incomplete + value[len(incomplete) :]
    return continued.lower() if incomplete.islower() else continued


def _complete_lang(incomplete: str) -> list[str]:
    from amexhelp import index

    languages = ("en", *index.display_languages())
    return [_continued(incomplete, lang) for lang in languages if lang.casefold().startswith(incomplete.casefold())]


def _complete_need(incomplete: str) -> list[str]:
    from amexhelp.directory import load_directory

    return [need for need in load_directory().need_ids if need.startswith(incomplete.casefold())]


def _version(value: bool) -> None:
    if value:
        from amexhelp.directory import data_sha256, load_directory

        directory = load_directory()
        s, origin = directory.source, directory.origin
        typer.echo(f"amexhelp {__version__}")
        typer.echo(f"data: {origin.path} (schema {directory.schema_version}, sha256 {data_sha256(origin)})")
        typer.echo(f"source: {s.kind}, as of {s.as_of}")
        raise typer.Exit()


FormatOpt = Annotated[
    Format,
    typer.Option(
        "--format",
        case_sensitive=False,
        help="Output format: auto is rich in a terminal, plain when piped, NO_COLOR or TERM=dumb.",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON object (same as --format json).")]
CountryOpt = Annotated[
    str | None,
    typer.Option(
        "--country",
        "-c",
        metavar="COUNTRY",
        help="Country the numbers are for: a code (JP, JPN) or a name (Japan, UK, South Korea, México).",
        autocompletion=_complete_country,
        show_default=False,
    ),
]

FromOpt = Annotated[
    str | None,
    typer.Option(
        "--from",
        "-f",
        metavar="COUNTRY",
        help="Country you are calling from, as a code or a name (default: AMEXHELP_FROM).",
        autocompletion=_complete_country,
        show_default=False,
    ),
]

LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="LANG",
        help="Show country and language names in this language (es, fr, de, ja, zh, ko, ar, hi…); default: the"
        " locale's. JSON keeps codes and English names.",
        autocompletion=_complete_lang,
        show_default=False,
    ),
]


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and the data in use."),
    ] = False,
) -> None:
    """The right, official American Express support number for where you are, offline.

    Every answer says where its data comes from: confirm with the number on the back of your card.
    """


def _naming(lang: str | None) -> Any:
    from amexhelp.render.naming import Naming, resolve_lang

    return Naming(resolve_lang(lang))


def _emit(
    fmt: Format, as_json: bool, *, data: Callable[[], Any], plain: Callable[[], str], rich: Callable[[], Any]
) -> None:
    """Render with the one renderer the format switch selects and write it in one piece."""
    from amexhelp import render

    if as_json:
        if fmt not in (Format.AUTO, Format.JSON):
            raise InputError(f"--json conflicts with --format {fmt.value}", suggestion="give one of them")
        fmt = Format.JSON
    chosen = render.resolve(fmt)
    # Render the whole report before writing any of it: an error never leaves half a report.
    if chosen is Format.JSON:
        from amexhelp.render.dicts import dump

        _write(dump(data()))
    elif chosen is Format.PLAIN:
        _write(plain())
    else:
        from amexhelp.render.richtext import print_renderable

        renderable = rich()
        if sys.stdout is None:  # started with stdout closed
            raise OutputClosed()
        try:
            print_renderable(renderable)
            sys.stdout.flush()
        except BrokenPipeError:
            raise OutputClosed() from None


def _write(text: str) -> None:
    """Write a whole report to stdout; a reader that went away ends the run quietly."""
    if sys.stdout is None:  # started with stdout closed
        raise OutputClosed()
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise OutputClosed() from None


@app.command(
    epilog=(
        'Examples: amexhelp lookup "lost card in Japan"  ·  amexhelp lookup --country JP --from US'
        "  ·  amexhelp lookup --country JP --need travel --json | jq -r '.lines[0].e164'"
    ),
)
def lookup(
    query: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="QUERY",
            help='What happened and where, in plain words, quoted or not: "lost card in Japan".',
            show_default=False,
        ),
    ] = None,
    country: CountryOpt = None,
    need: Annotated[
        str | None,
        typer.Option(
            "--need",
            "-n",
            metavar="NEED",
            help="What you need: lost-card, fraud, dispute, travel, business, rewards, premium, general.",
            autocompletion=_complete_need,
            show_default=False,
        ),
    ] = None,
    caller: FromOpt = None,
    qr: Annotated[
        bool, typer.Option("--qr", help="Also print a QR code of the best line's tel: link, for a phone camera.")
    ] = False,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
    fmt: FormatOpt = Format.AUTO,
) -> None:
    """The numbers to call for a country and a need, best first.

    With --from, also what to dial from where you are, and which lines cannot be reached from there.
    """
    from amexhelp.directory import load_directory
    from amexhelp.lookup import answer

    if qr and (as_json or fmt is Format.JSON):
        raise InputError("--qr prints a picture for a terminal; it does not mix with JSON output")
    directory = load_directory()
    text = " ".join(query) if query else None  # unquoted words are one query: lookup lost card in Japan
    result = answer(directory, text, country_option=country, need_option=need, from_option=caller)

    def data() -> Any:
        from amexhelp.render import dicts

        return dicts.lookup(result, directory)

    def plain() -> str:
        from amexhelp.render import plain

        return plain.lookup(result, directory, _naming(lang))

    def rich() -> Any:
        from amexhelp.render import richtext

        return richtext.lookup(result, directory, _naming(lang))

    _emit(fmt, as_json, data=data, plain=plain, rich=rich)
    if qr:
        from amexhelp.qrcode import best_line, print_qr

        try:
            print_qr(best_line(result))
        except BrokenPipeError:
            raise OutputClosed() from None


@app.command(epilog='Examples: amexhelp faq  ·  amexhelp faq "replacement card"  ·  amexhelp faq --json')
def faq(
    query: Annotated[
        str | None, typer.Argument(metavar="QUERY", help="Words to look for; all FAQs if left out.", show_default=False)
    ] = None,
    as_json: JsonOpt = False,
    fmt: FormatOpt = Format.AUTO,
) -> None:
    """Frequently asked questions, all of them or those that match your words, best first."""
    from amexhelp.directory import load_directory
    from amexhelp.faq import search

    directory = load_directory()
    found = search(directory.faqs, query)
    if not found:
        from amexhelp.sanitize import shorten

        raise NotFoundError(f"no FAQ matches {shorten(query or '')}", suggestion="run `amexhelp faq` to list them all")
    from amexhelp.render import dicts, plain, richtext

    _emit(
        fmt,
        as_json,
        data=lambda: dicts.faqs(found, query, directory),
        plain=lambda: plain.faqs(found, directory),
        rich=lambda: richtext.faqs(found, directory),
    )


@app.command(epilog="Examples: amexhelp channels  ·  amexhelp channels --json")
def channels(as_json: JsonOpt = False, fmt: FormatOpt = Format.AUTO) -> None:
    """Every way to reach support besides the phone, and how to stay safe."""
    from amexhelp.directory import load_directory
    from amexhelp.render import dicts, plain, richtext

    directory = load_directory()
    _emit(
        fmt,
        as_json,
        data=lambda: dicts.channels(directory),
        plain=lambda: plain.channels(directory),
        rich=lambda: richtext.channels(directory),
    )


@app.command(epilog="Examples: amexhelp countries  ·  amexhelp countries --json | jq -r '.countries[].code'")
def countries(lang: LangOpt = None, as_json: JsonOpt = False, fmt: FormatOpt = Format.AUTO) -> None:
    """Each country with lines of its own, and the worldwide number for the rest."""
    from amexhelp.directory import load_directory
    from amexhelp.render import dicts, plain, richtext

    directory = load_directory()
    _emit(
        fmt,
        as_json,
        data=lambda: dicts.countries(directory),
        plain=lambda: plain.countries(directory, _naming(lang)),
        rich=lambda: richtext.countries(directory, _naming(lang)),
    )


@app.command(
    epilog=(
        "Examples: amexhelp verify '+1 800-528-4800'  ·  amexhelp verify 0120-099-818  ·  "
        "amexhelp verify '(800) 555-0199' --from US --json"
    )
)
def verify(
    number: Annotated[
        str,
        typer.Argument(
            metavar="NUMBER",
            help="The number, written any way: +1 800 528 4800, (800) 528-4800, 00 81 120 099 818, tel:+44...",
            show_default=False,
        ),
    ],
    caller: FromOpt = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
    fmt: FormatOpt = Format.AUTO,
) -> int:
    """Is this number really American Express? Exit 0 if it is in the directory, 1 if not.

    A number without a country prefix is read as dialled in the --from country, or in every
    country of the directory when none is given.
    """
    from amexhelp.directory import load_directory
    from amexhelp.lookup import resolve_caller
    from amexhelp.render import dicts, plain, richtext
    from amexhelp.verify import verify as check

    directory = load_directory()
    where = resolve_caller(caller)
    result = check(directory, number, where.code if where else None)
    _emit(
        fmt,
        as_json,
        data=lambda: dicts.verdict(result, directory),
        plain=lambda: plain.verdict(result, directory, _naming(lang)),
        rich=lambda: richtext.verdict(result, directory, _naming(lang)),
    )
    return EXIT_OK if result.official else EXIT_NOT_FOUND


@app.command(epilog="Examples: amexhelp audit  ·  amexhelp audit --json | jq '.lines[] | select(.problems != [])'")
def audit(as_json: JsonOpt = False, fmt: FormatOpt = Format.AUTO) -> int:
    """Check every number of the directory in use with phonenumbers. Exit 1 if any has a problem."""
    from amexhelp.audit import audit as check
    from amexhelp.directory import load_directory
    from amexhelp.render import dicts, plain, richtext

    directory = load_directory()
    findings = check(directory)
    _emit(
        fmt,
        as_json,
        data=lambda: dicts.audit(findings, directory),
        plain=lambda: plain.audit(findings, directory),
        rich=lambda: richtext.audit(findings, directory),
    )
    return EXIT_NOT_FOUND if any(f.problems for f in findings) else EXIT_OK


class ExportFormat(str, enum.Enum):
    CSV = "csv"
    JSON = "json"
    VCARD = "vcard"


@app.command(
    epilog=(
        "Examples: amexhelp export --format vcard --country JP --output amex-japan.vcf  ·  "
        "amexhelp export --format csv > amex.csv"
    )
)
def export(
    file_format: Annotated[
        ExportFormat, typer.Option("--format", case_sensitive=False, help="File format: csv, json or vcard (4.0).")
    ] = ExportFormat.CSV,
    country: CountryOpt = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to this file (atomically) instead of stdout.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace --output if it exists.")] = False,
) -> None:
    """Save numbers before a trip: CSV, JSON, or vCard for a phone's contacts.

    Every line of the directory, or with --country that country's lines and the worldwide number.
    """
    from amexhelp import export as exporting
    from amexhelp.directory import load_directory
    from amexhelp.places import resolve_country
    from amexhelp.render.dicts import source

    directory = load_directory()
    code = resolve_country(country).code if country is not None else None
    lines = exporting.lines_to_export(directory, code)
    text = exporting.render(file_format.value, lines, directory, source(directory))
    if output is None:
        _write(text)
    else:
        exporting.write_atomically(output, text, force=force)
        sys.stderr.write(f"wrote {output}\n")


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code. The one place errors become messages."""
    try:
        return _run(argv)
    finally:
        gc.enable()


def run() -> int:
    """The console-script entry point: main(), for a process that ends right after.

    Freezing what is alive moves it out of reach of the collection the interpreter runs at exit,
    which would otherwise walk every object once more: about a fifth of a lookup's whole time,
    measured by benchmarks/startup.py. Finalisation (flushing, atexit) happens as usual.
    """
    try:
        return main()
    finally:  # also when shell completion ends the run with SystemExit
        gc.freeze()


def _run(argv: list[str] | None) -> int:
    try:
        result = app(args=argv, prog_name="amexhelp", standalone_mode=False)
    except OutputClosed as error:
        _silence_stdout()
        return error.exit_code
    except AmexhelpError as error:
        _error(str(error))
        return error.exit_code
    except typer.TyperException as error:  # usage errors from argument parsing
        _error(" ".join(error.format_message().split()))
        return EXIT_USAGE if error.exit_code == EXIT_USAGE else error.exit_code
    except (KeyboardInterrupt, typer.Abort):
        return EXIT_INTERRUPTED
    return result if isinstance(result, int) else EXIT_OK


def _error(message: str) -> None:
    from amexhelp.sanitize import clean

    if sys.stderr is not None:
        if len(message) > 500:  # a message quoting a huge value stays one readable line
            message = f"{message[:500]}…"
        sys.stderr.write(f"amexhelp: error: {clean(message)}\n")
        sys.stderr.flush()


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):
        pass

"""The command-line layer: parses arguments, calls the core, hands the result to one renderer.

Errors of every kind end here, in main(): one line on stderr, in the language chosen for errors
(``_error_language``), and an exit code.
"""

import contextlib
import enum
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Annotated, Any

import typer

from amexhelp import __version__
from amexhelp.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERRUPTED,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_SOFTWARE,
    EXIT_USAGE,
    AmexhelpError,
    InputError,
    NotFoundError,
    OutputClosed,
    OutputFailed,
)
from amexhelp.render import Format


def N_(message: str) -> str:
    """Mark a help text for the catalogs (as render.i18n.N_ does, without importing it: that would cost
    every start); ``--help`` in another language translates it (cli/_help.py)."""
    return message


_HELP_OPTIONS = ("-h", "--help")

app = typer.Typer(
    name="amexhelp",
    help=N_("The right, official American Express support number for where you are, offline."),
    no_args_is_help=True,
    context_settings={"help_option_names": list(_HELP_OPTIONS)},
    pretty_exceptions_enable=False,
)

# Each epilog's message and its examples, by the English epilog: --help in another language words the
# message and keeps the examples as they are typed (commands, jq recipes).
_EPILOGS: dict[str, tuple[str, tuple[str, ...]]] = {}


def _epilog(message: str, *examples: str) -> str:
    """An epilog: ``message`` (a catalog message) with its ``{examples}``, one per line below it."""
    text = message.format(examples=examples_text(examples))
    _EPILOGS[text] = (message, examples)
    return text


def examples_text(examples: Sequence[str]) -> str:
    """Examples as an epilog shows them: one per line, below the line that introduces them."""
    return "".join(f"\n  {example}" for example in examples)


def _complete_country(incomplete: str) -> list[str]:
    """Codes and English names that start with what was typed, in any case and without accents."""
    from amexhelp.directory import index
    from amexhelp.directory.folding import fold

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
    from amexhelp.directory import index

    languages = ("en", *index.display_languages())
    return [_continued(incomplete, lang) for lang in languages if lang.casefold().startswith(incomplete.casefold())]


def _complete_source_kind(incomplete: str) -> list[str]:
    from amexhelp.directory.model import SOURCE_KINDS

    return [kind for kind in SOURCE_KINDS if kind.startswith(incomplete)]


def _complete_need(incomplete: str) -> list[str]:
    return [need for need in _directory().need_ids if need.startswith(incomplete.casefold())]


def _version(value: bool) -> None:
    if value:
        from amexhelp.directory.loading import data_sha256

        directory = _directory()
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
        help=N_("Output format: auto is rich in a terminal, plain when piped, NO_COLOR or TERM=dumb."),
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help=N_("Print one JSON object (same as --format json)."))]
JqOpt = Annotated[
    str | None,
    typer.Option(
        "--jq",
        metavar="EXPR",
        help=N_(
            "Filter the JSON with a jq expression (implies --json): one result per line, strings raw. Needs the jq"
            " package: pip install 'amexhelp[jq]'."
        ),
        show_default=False,
    ),
]


def _country_option(*names: str, help: str) -> Any:
    """An option that takes a country (a code, a name or a place), completed as one."""
    return typer.Option(*names, metavar="COUNTRY", help=help, autocompletion=_complete_country, show_default=False)


CountryOpt = Annotated[
    str | None,
    _country_option(
        "--country",
        "-c",
        help=N_("Where you are: a code (JP, JPN), a name (Japan, UK, México) or a place (Tokyo, Bayern)."),
    ),
]
CardOpt = Annotated[
    str | None,
    _country_option(
        "--card",
        help=N_(
            "Country that issued your card (default: AMEXHELP_CARD): its lines come first, in the form that"
            " works from where you are."
        ),
    ),
]
FromOpt = Annotated[
    str | None,
    _country_option(
        "--from", "-f", help=N_("Country you are calling from, if not where you are (default: AMEXHELP_FROM).")
    ),
]

LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="LANG",
        help=N_(
            "Answer in this language (es, fr, de, it, pt, ja, zh, zh-TW, ko, ar, hi, ru); default: AMEXHELP_LANG,"
            " the locale's, else the language of the words. JSON keeps codes, keys and English names; only its"
            " message texts change."
        ),
        autocompletion=_complete_lang,
        show_default=False,
    ),
]


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=N_("Show the version and the data in use.")),
    ] = False,
) -> None:
    """The right, official American Express support number for where you are, offline.

    Every answer says where its data comes from: confirm with the number on the back of your card.
    """


def _settings() -> Any:
    """What the environment sets, read here and nowhere else, and handed to the core as plain values."""
    import os

    from amexhelp.lookup.answer import Settings

    return Settings(
        country=os.environ.get("AMEXHELP_COUNTRY") or None,
        caller=os.environ.get("AMEXHELP_FROM") or None,
        card=os.environ.get("AMEXHELP_CARD") or None,
        locale=_locale(),
    )


def _clock(zone: Any) -> Any:
    """The current time in ``zone`` (None: the system's zone, as a fixed offset)."""
    from datetime import datetime

    return datetime.now(zone) if zone is not None else datetime.now().astimezone()


def _now(tz: str | None) -> Any:
    """The moment a lookup reads opening hours for, in the caller's zone: --tz, else the system's."""
    return _clock(None if tz is None else _zone(tz))


def _zone(name: str) -> Any:
    """--tz as a zone; a name that is not one is refused (imports zoneinfo only when --tz is given)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

    from amexhelp.sanitize import bounded

    key = bounded(name, "--tz").strip()
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        pass
    known = available_timezones()
    if not known:
        raise InputError("no-tz-database")
    import difflib

    close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    raise InputError("unknown-tz", value=name, close=close[0] if close else None)


def _directory() -> Any:
    """The directory in use, as seen today: AMEXHELP_DATA's file when that is set, else the file
    `amexhelp data install` wrote when there is one, else the bundled one."""
    import os

    from amexhelp.cli._data import installed_file
    from amexhelp.directory.loading import load_directory

    override = os.environ.get("AMEXHELP_DATA") or None
    installed = installed_file() if override is None else None
    directory = load_directory(override or installed, installed=installed is not None)
    return directory.seen_on(_today())


def _today() -> Any:
    """Today's date on the system's clock: the day the data's age is counted to."""
    return _clock(None).date()


def _locale() -> str | None:
    import os

    return next((os.environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(v)), None)


def _language(lang: str | None, words: str | None = None) -> str:
    """The language to answer in: --lang, AMEXHELP_LANG, the locale, the words' own language, English."""
    import os

    from amexhelp.render.i18n import resolve_lang

    return resolve_lang(lang, _locale(), setting=os.environ.get("AMEXHELP_LANG") or None, words=words)


def _naming(lang: str | None, words: str | None = None) -> Any:
    return _naming_in(_language(lang, words))


def _naming_in(language: str) -> Any:
    """Names and sentences in a language already chosen (``_language``)."""
    from amexhelp.render.naming import Naming

    return Naming(language)


def _emit(
    fmt: Format,
    as_json: bool,
    *,
    data: Callable[[], Any],
    plain: Callable[[], str],
    rich: Callable[[], Any],
    jq: str | None = None,
    paged: bool = False,
) -> None:
    """Render with the one renderer the format switch selects and write it in one piece (--jq: the JSON
    through that filter; ``paged``: a long report on a terminal through the pager)."""
    from amexhelp import render

    if jq is not None:
        from amexhelp.cli._jq import compiled
        from amexhelp.render.dicts import dump

        _json_only(fmt)
        _write(compiled(jq)(dump(data())))
        return
    if as_json:
        if fmt not in (Format.AUTO, Format.JSON):
            raise InputError("format-clash", format=fmt.value)
        fmt = Format.JSON
    chosen = render.resolve(fmt, force_colour=_colour_forced())
    # Render the whole report before writing any of it: an error never leaves half a report.
    if chosen is Format.JSON:
        from amexhelp.render.dicts import dump

        _write(dump(data()))
    elif chosen is Format.PLAIN:
        _write(plain())
    else:
        from amexhelp.render.richtext import print_renderable

        renderable = rich()
        with _output():
            print_renderable(renderable, paged=paged and _interactive())


def _progress_shown() -> bool:
    """A batch's progress: on stderr when that is a terminal and stdout is not (the two never mix on screen)."""
    try:
        return sys.stderr is not None and sys.stderr.isatty() and not sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _interactive() -> bool:
    """Whether a person reads stdout and can answer a pager: stdin and stdout are both terminals."""
    try:
        return sys.stdin is not None and sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _colour_forced() -> bool:
    """FORCE_COLOR or CLICOLOR_FORCE set to anything but empty or 0: colour even on a pipe (NO_COLOR still wins)."""
    import os

    return any(os.environ.get(name, "0") not in ("", "0") for name in ("FORCE_COLOR", "CLICOLOR_FORCE"))


def _json_only(fmt: Format) -> None:
    """--jq (which implies JSON) with --format other than json is a clash."""
    if fmt not in (Format.AUTO, Format.JSON):
        raise InputError("format-clash", format=fmt.value)


def _write(text: str) -> None:
    """Write a whole report to stdout (see _output)."""
    with _output():
        sys.stdout.write(text)


@contextlib.contextmanager
def _output() -> Iterator[None]:
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


@app.command(
    epilog=_epilog(
        N_("Examples: {examples}"),
        'amexhelp lookup "lost card in Japan"',
        "amexhelp lookup lost card in Rome --card US",
        "amexhelp lookup --country JP --from US",
        "amexhelp lookup -c JP --card GB --brief | head -1",
        "amexhelp lookup --country JP --need travel --json | jq -r '.lines[0].\"e164\"'",
    ),
)
def lookup(
    query: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="QUERY",
            help=N_('What happened and where, in plain words, quoted or not: "lost card in Japan".'),
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
            help=N_("What you need: lost-card, fraud, dispute, travel, business, rewards, premium, general."),
            autocompletion=_complete_need,
            show_default=False,
        ),
    ] = None,
    caller: FromOpt = None,
    card: CardOpt = None,
    product: Annotated[
        str | None,
        typer.Option(
            "--product",
            "-p",
            metavar="PRODUCT",
            help=N_(
                "Your card product: personal, business, corporate, platinum or centurion; its own lines come first."
            ),
            autocompletion=lambda incomplete: [
                p for p in ("personal", "business", "corporate", "platinum", "centurion") if p.startswith(incomplete)
            ],
            show_default=False,
        ),
    ] = None,
    brief: Annotated[
        bool, typer.Option("--brief", help=N_("Print only the numbers to dial, one per line, best first."))
    ] = False,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all",
            help=N_(
                "Show every line (other markets' lines for calling from abroad, lines for other cards, lines"
                " that do not ring from where you call) and all the advice; JSON always has everything."
            ),
        ),
    ] = False,
    tz: Annotated[
        str | None,
        typer.Option(
            "--tz",
            metavar="ZONE",
            help=N_(
                "Your time zone (an IANA name: Europe/Paris), for whether a line is open now and when it"
                " opens in your time; default: the system's."
            ),
            show_default=False,
        ),
    ] = None,
    qr: Annotated[
        bool, typer.Option("--qr", help=N_("Also print a QR code of the best line's tel: link, for a phone camera."))
    ] = False,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
    jq: JqOpt = None,
    fmt: FormatOpt = Format.AUTO,
) -> int:
    """The numbers to call for where you are, whose card it is and what happened, best first.

    The first line is the number to act on. Each line says what to dial from where you are (or from
    --from), whether it rings from there, whether it is open now, and whether the issuer's own pages
    confirm it. Text shows the lines for you; --all shows every line and all the advice.
    """
    from amexhelp.lookup.answer import answer

    if qr and (as_json or jq is not None or fmt is Format.JSON):
        raise InputError("qr-with-json")
    if brief and (as_json or jq is not None or fmt is not Format.AUTO or qr):
        raise InputError("brief-with-format")
    if brief and show_all:
        raise InputError("brief-with-all")
    now = _now(tz)
    directory = _directory()
    text = " ".join(query) if query else None  # unquoted words are one query: lookup lost card in Japan
    result = answer(
        directory,
        text,
        country_option=country,
        need_option=need,
        from_option=caller,
        card_option=card,
        product_option=product,
        settings=_settings(),
        now=now,
    )
    if brief:  # the numbers on stdout, what was assumed on stderr; exit 1 when the place was not understood
        from amexhelp.lookup.notices import NOT_UNDERSTOOD
        from amexhelp.render.plain import notices
        from amexhelp.render.view import brief as numbers

        _write(numbers(result))
        if result.notices and sys.stderr is not None:
            sys.stderr.write(notices(result, _naming_in(_language(lang, result.language))))
        return EXIT_NOT_FOUND if any(n.code in NOT_UNDERSTOOD for n in result.notices) else EXIT_OK
    language = _language(lang, result.language)  # checked before anything is written

    def data() -> Any:
        from amexhelp.render import dicts

        # English notices need no Naming (the JSON path's start-up counts); another language does.
        return dicts.lookup(result, directory, _naming_in(language) if language != "en" else None)

    def plain() -> str:
        from amexhelp.render import plain

        return plain.lookup(result, directory, _naming_in(language), full=show_all)

    def rich() -> Any:
        from amexhelp.render import richtext

        return richtext.lookup(result, directory, _naming_in(language), full=show_all)

    _emit(fmt, as_json, data=data, plain=plain, rich=rich, jq=jq)
    if qr:
        from amexhelp.render.qrcode import best_line, print_qr

        with _output():
            print_qr(best_line(result))
    return EXIT_OK


@app.command(
    epilog=_epilog(
        N_("Examples: {examples}"),
        "amexhelp faq",
        'amexhelp faq "replacement card"',
        "amexhelp faq lost --card GB",
        "amexhelp faq --json",
    )
)
def faq(
    query: Annotated[
        str | None,
        typer.Argument(metavar="QUERY", help=N_("Words to look for; all FAQs if left out."), show_default=False),
    ] = None,
    card: Annotated[
        str | None,
        _country_option(
            "--card",
            help=N_(
                "Country that issued your card (default: AMEXHELP_CARD): an answer about another market points to"
                " its confirmed lines."
            ),
        ),
    ] = None,
    country: Annotated[
        str | None,
        _country_option(
            "--country",
            "-c",
            help=N_("Where you are, read as your card's market when neither --card nor AMEXHELP_CARD names one."),
        ),
    ] = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
    jq: JqOpt = None,
    fmt: FormatOpt = Format.AUTO,
) -> None:
    """Frequently asked questions, all of them or those that match your words, best first.

    Each answer says which card market it describes and where it comes from; every phone number in it
    is shown with its standing in the directory (confirmed, guide-only, disputed, suspect or unlisted).
    """
    from amexhelp.lookup.places import resolve_country
    from amexhelp.reports.faq import answer_all, search

    directory = _directory()
    settings = _settings()
    asked = None
    if card is not None:
        asked = resolve_country(card, option="--card").code
    elif settings.card:  # the card's market, set once, wins over where you are
        asked = resolve_country(settings.card, option="AMEXHELP_CARD").code
    elif country is not None:
        asked = resolve_country(country).code
    found = search(directory.faqs, query)
    if not found:
        raise NotFoundError("no-faq", query=query or "")
    answers = answer_all(directory, found, asked)
    from amexhelp.render import dicts, plain, richtext

    _emit(
        fmt,
        as_json,
        data=lambda: dicts.faqs(answers, query, asked, directory),
        plain=lambda: plain.faqs(answers, directory, _naming(lang)),
        rich=lambda: richtext.faqs(answers, directory, _naming(lang)),
        jq=jq,
        paged=True,
    )


@app.command(epilog=_epilog(N_("Examples: {examples}"), "amexhelp channels", "amexhelp channels --json"))
def channels(lang: LangOpt = None, as_json: JsonOpt = False, jq: JqOpt = None, fmt: FormatOpt = Format.AUTO) -> None:
    """Every way to reach support besides the phone, and how to stay safe."""
    from amexhelp.render import dicts, plain, richtext

    directory = _directory()
    _emit(
        fmt,
        as_json,
        data=lambda: dicts.channels(directory),
        plain=lambda: plain.channels(directory, _naming(lang)),
        rich=lambda: richtext.channels(directory, _naming(lang)),
        jq=jq,
    )


@app.command(
    epilog=_epilog(
        N_("Examples: {examples}"), "amexhelp countries", "amexhelp countries --json | jq -r '.countries[].code'"
    )
)
def countries(lang: LangOpt = None, as_json: JsonOpt = False, jq: JqOpt = None, fmt: FormatOpt = Format.AUTO) -> None:
    """Each country with lines of its own, and the worldwide number for the rest."""
    from amexhelp.render import dicts, plain, richtext

    directory = _directory()
    _emit(
        fmt,
        as_json,
        data=lambda: dicts.countries(directory),
        plain=lambda: plain.countries(directory, _naming(lang)),
        rich=lambda: richtext.countries(directory, _naming(lang)),
        jq=jq,
        paged=True,
    )


@app.command(
    epilog=_epilog(
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
    from amexhelp.render import dicts, plain, richtext

    directory = _directory()
    where = resolve_caller(caller, _settings())
    region = where[0].code if where else None
    if (full or encoding is not None) and number != "-":
        option = "--full" if full else "--encoding"
        raise InputError("batch-only", option=option)
    if message is not None:
        if number is not None:
            raise InputError("number-and-message")
        return _verify_message(message, directory, region, fmt, as_json, _language(lang), jq)
    if number is None:
        raise InputError("no-number")
    language = _language(lang)  # checked before anything is read or written
    if number == "-":
        return _verify_batch(directory, region, fmt, as_json or jq is not None, full, encoding, language, jq)
    from amexhelp.verify.checker import LISTED
    from amexhelp.verify.checker import verify as check

    result = check(directory, number, region)  # an error is worded in the language chosen, as every error
    _emit(
        fmt,
        as_json,
        data=lambda: dicts.verdict(result, directory, _naming_in(language) if language != "en" else None),
        plain=lambda: plain.verdict(result, directory, _naming_in(language)),
        rich=lambda: richtext.verdict(result, directory, _naming_in(language)),
        jq=jq,
    )
    return EXIT_OK if result.verdict == LISTED else EXIT_NOT_FOUND


def _verify_batch(
    directory: Any,
    region: str | None,
    fmt: Format,
    as_json: bool,
    full: bool,
    encoding: str | None,
    language: str,
    jq: str | None = None,
) -> int:
    """One verdict per stdin line, written as it is reached: memory stays flat however long the input.
    Exit 0 if every line is listed, 1 if any is not (each record says why), 2 if the input is no text.
    Text lines and the warnings' messages are worded in ``language``."""
    from amexhelp.render import dicts
    from amexhelp.render.plain import verdict_line
    from amexhelp.sanitize import clean_json
    from amexhelp.verify.checker import LISTED, Unreadable, Verdict, judged_lines, read_lines

    if as_json and fmt not in (Format.AUTO, Format.JSON):
        raise InputError("format-clash", format=fmt.value)
    jsonl = as_json or fmt is Format.JSON
    if full and not jsonl:
        raise InputError("full-without-json")
    if sys.stdin is None:
        raise InputError("no-stdin-numbers")
    if sys.stdout is None:
        raise OutputClosed()
    cache: dict[str, Any] = {}
    naming = _naming_in(language)
    if jq is not None:
        from amexhelp.cli._jq import compiled

        jq_filter = compiled(jq)  # a bad expression is refused before any line is read

    def render(result: Verdict | Unreadable) -> tuple[str, int]:
        code = EXIT_OK if isinstance(result, Verdict) and result.verdict == LISTED else EXIT_NOT_FOUND
        if not jsonl:
            return verdict_line(result, naming), code
        text = dicts.batch_json(result, directory, full, cache, naming)
        if jq is not None:
            return jq_filter(text), code
        # Only text beyond ASCII can hold what a terminal acts on (C0 controls json escapes itself).
        return (text if text.isascii() else clean_json(text)) + "\n", code

    write = sys.stdout.write
    worst = EXIT_OK
    lines = read_lines(sys.stdin.buffer, encoding)
    judged = judged_lines(directory, lines, render, region)
    if _progress_shown():
        from amexhelp.render.progress import counted

        judged = counted(judged)
    with _output():
        for text, code in judged:
            write(text)
            worst = max(worst, code)
    return worst


def _verify_message(
    path: str, directory: Any, region: str | None, fmt: Format, as_json: bool, language: str, jq: str | None
) -> int:
    from amexhelp.render import dicts, plain, richtext
    from amexhelp.verify.checker import LISTED
    from amexhelp.verify.message import check_message, read_message

    text = read_message(path, sys.stdin.buffer if path == "-" and sys.stdin is not None else None)
    report = check_message(directory, text, region)
    _emit(
        fmt,
        as_json,
        data=lambda: dicts.message(report, directory, _naming_in(language) if language != "en" else None),
        plain=lambda: plain.message(report, directory, _naming_in(language)),
        rich=lambda: richtext.message(report, directory, _naming_in(language)),
        jq=jq,
    )
    return EXIT_OK if report.verdict == LISTED else EXIT_NOT_FOUND


@app.command(
    epilog=_epilog(
        N_("Examples: {examples}"), "amexhelp audit", "amexhelp audit --json | jq '.lines[] | select(.problems != [])'"
    )
)
def audit(lang: LangOpt = None, as_json: JsonOpt = False, jq: JqOpt = None, fmt: FormatOpt = Format.AUTO) -> int:
    """Check every number and its evidence, and each market's standing. Exit 1 if anything has a problem."""
    from amexhelp.render import dicts, plain, richtext
    from amexhelp.reports.audit import audit as check

    language = _language(lang)
    directory = _directory()
    report = check(directory)
    _emit(
        fmt,
        as_json,
        data=lambda: dicts.audit(report, directory, _naming_in(language) if language != "en" else None),
        plain=lambda: plain.audit(report, directory, _naming_in(language)),
        rich=lambda: richtext.audit(report, directory, _naming_in(language)),
        jq=jq,
    )
    return EXIT_NOT_FOUND if report.problems else EXIT_OK


@app.command(
    epilog=_epilog(
        N_("Examples: {examples}"),
        "amexhelp sources",
        "amexhelp sources --kind issuer",
        "amexhelp sources --json | jq -r '.sources[] | .url'",
    )
)
def sources(
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            help=N_("Only sources of this kind: issuer, issuer-partner or third-party."),
            autocompletion=_complete_source_kind,
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
    jq: JqOpt = None,
    fmt: FormatOpt = Format.AUTO,
) -> None:
    """Every source of the directory: its kind, address, date, and how many numbers it backs."""
    from amexhelp.render import dicts, plain, richtext
    from amexhelp.reports.sources import source_list

    directory = _directory()
    rows = source_list(directory, kind)
    _emit(
        fmt,
        as_json,
        data=lambda: dicts.sources(rows, directory),
        plain=lambda: plain.sources(rows, directory, _naming(lang)),
        rich=lambda: richtext.sources(rows, directory, _naming(lang)),
        jq=jq,
        paged=True,
    )


class ExportFormat(str, enum.Enum):
    CSV = "csv"
    JSON = "json"
    VCARD = "vcard"
    VCF = "vcf"  # the file extension people type: the same vCard


@app.command(
    epilog=_epilog(
        N_("Examples: {examples}"),
        "amexhelp export --format vcf --country JP --card US --from JP -o amex-japan.vcf",
        "amexhelp export --format csv > amex.csv",
        "amexhelp export --format json -o - | jq -r '.lines[] | .\"e164\"'",
    )
)
def export(
    file_format: Annotated[
        ExportFormat,
        typer.Option("--format", case_sensitive=False, help=N_("File format: csv, json or vcard (4.0; also vcf).")),
    ] = ExportFormat.CSV,
    country: Annotated[
        str | None,
        _country_option(
            "--country",
            "-c",
            help=N_("Only this country's lines (with its region's and the worldwide number): a code, name or place."),
        ),
    ] = None,
    card: Annotated[
        str | None,
        _country_option(
            "--card", help=N_("Country that issued your card (default: AMEXHELP_CARD): its lines are saved first.")
        ),
    ] = None,
    caller: Annotated[
        str | None,
        _country_option(
            "--from",
            "-f",
            help=N_(
                "Country you will call from (default: AMEXHELP_FROM): numbers are saved as dialled from"
                " there, and those that do not ring from there are named in the note instead of saved."
            ),
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help=N_("Write to this file (atomically) instead of stdout; '-' is stdout."),
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=N_("Replace --output if it exists."))] = False,
    lang: LangOpt = None,
) -> None:
    """Save numbers before a trip: CSV, JSON, or vCard for a phone's contacts.

    Every line of the directory; or, with --country and/or --card, those markets' lines (the card's
    first) and the worldwide number. A contact never lists the same number twice.
    """
    from amexhelp.lookup.answer import resolve_caller
    from amexhelp.lookup.places import resolve_country
    from amexhelp.render import export as exporting
    from amexhelp.render.dicts import source

    directory = _directory()
    settings = _settings()
    code = resolve_country(country).code if country is not None else None
    card_code = None
    if card is not None:
        card_code = resolve_country(card, option="--card").code
    elif settings.card:
        card_code = resolve_country(settings.card, option="AMEXHELP_CARD").code
    where = resolve_caller(caller, settings)
    lines = exporting.lines_to_export(directory, code, card_code)
    fmt = "vcard" if file_format is ExportFormat.VCF else file_format.value
    # Only a vCard has words for people (its names and notes); CSV and JSON are the same in every language.
    language = _language(lang)
    naming = _naming_in(language) if fmt == "vcard" else None
    text = exporting.render(fmt, lines, directory, source(directory), where[0].code if where else None, naming)
    if output is None or output == "-":
        _write(text)
    else:
        from amexhelp.sanitize import clean

        exporting.write_atomically(output, text, force=force)
        _tell(f"wrote {clean(output)}\n")


def _complete_schema(incomplete: str) -> list[str]:
    from amexhelp.reports.outputschema import NAMES

    return [name for name in NAMES if name.startswith(incomplete.casefold())]


@app.command(
    epilog=_epilog(
        N_(
            "Examples: {examples}  ·  names: lookup, faq, channels, countries, verify, verify-batch (each JSON Lines"
            " record of verify -), verify-message, audit, sources, export"
        ),
        "amexhelp schema lookup",
        "amexhelp schema verify-batch > verify-batch.schema.json",
    )
)
def schema(
    output: Annotated[
        str,
        typer.Argument(
            metavar="COMMAND",
            help=N_("The output whose schema to print: a command (lookup, faq…), or verify-batch or verify-message."),
            autocompletion=_complete_schema,
            show_default=False,
        ),
    ],
) -> None:
    """Print the JSON Schema of a command's --json output (every output carries its schema_version)."""
    from amexhelp.reports.outputschema import read

    _write(read(output))


from amexhelp.cli._data import data_app  # noqa: E402  (the commands above are registered first)

app.add_typer(data_app)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code. The one place errors become messages."""
    return _run(argv)


def _app_for(args: list[str]) -> typer.Typer:
    """The app with only the command asked for registered: Typer builds every command's parameters
    before it runs one, a few milliseconds of every start (benchmarks/startup.py). Anything else
    (no command, --help, --version, an unknown name) gets the whole app and its own messages."""
    import copy

    wanted = args[0] if args else None
    infos = [i for i in app.registered_commands if (i.name or _command_name(i)) == wanted]
    if len(infos) != 1:
        return app
    narrowed = copy.copy(app)
    narrowed.registered_commands = infos
    narrowed.registered_groups = []
    return narrowed


def _command_name(info: typer.models.CommandInfo) -> str | None:
    return info.callback.__name__.replace("_", "-") if info.callback is not None else None


def _help_asked(args: list[str]) -> tuple[list[str], str | None]:
    """``args`` as click is to read them, and the language to show help in when they ask for help (no
    command, or -h/--help before any ``--``) in a language other than English (else None). In a request
    for help, --lang LANG (or --lang=LANG) names the language and is taken out of the arguments, so that
    the app's help and every command's, whether or not the command reads --lang, can be asked in one."""
    end = args.index("--") if "--" in args else len(args)
    lang, words = _lang_given(args[:end])
    if words and not any(word in _HELP_OPTIONS for word in words):
        return args, None
    return [*words, *args[end:]], _help_language(lang)


def _lang_given(args: list[str]) -> tuple[str | None, list[str]]:
    """The value of the last --lang LANG (or --lang=LANG) in ``args``, and ``args`` without it. Read before
    the command line is parsed: help and errors are worded before, or without, Typer's reading."""
    lang, rest = None, []
    at = 0
    while at < len(args):
        if args[at] == "--lang" and at + 1 < len(args):
            lang, at = args[at + 1], at + 2
            continue
        if args[at].startswith("--lang="):
            lang = args[at].partition("=")[2]
        else:
            rest.append(args[at])
        at += 1
    return lang, rest


def _help_language(lang: str | None) -> str | None:
    """The language of help when it is not English: ``lang`` (--lang), AMEXHELP_LANG, the locale. A
    language we do not answer in is not an error here: help is shown, in English, whatever else is wrong."""
    import os

    setting = os.environ.get("AMEXHELP_LANG") or None
    locale = _locale()
    if lang is None and setting is None and (locale is None or _english_locale(locale)):
        return None  # nothing names another language: no catalog to read, no table to load
    from amexhelp.render.i18n import resolve_lang

    try:
        language = resolve_lang(lang, locale, setting=setting)
    except InputError:
        return None
    return language if language != "en" else None


def _english_locale(locale: str) -> bool:
    """Whether a locale (LC_ALL, LC_MESSAGES or LANG) names English or no language (C, POSIX)."""
    name = locale.split(".", 1)[0].split("@", 1)[0].casefold()
    return name in ("", "c", "posix", "en") or name.startswith(("en_", "en-"))


def _run(argv: list[str] | None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if _completing_for_bash():
        from amexhelp.cli._complete import quote_bash_completions

        quote_bash_completions()
    try:
        args, result = _invoke(args)
    except OutputClosed as error:
        _silence_stdout()
        return error.exit_code
    except OutputFailed as error:
        _silence_stdout()  # what is left in stdout's buffer cannot be written either
        _error(_worded(args, error))
        return error.exit_code
    except AmexhelpError as error:
        _error(_worded(args, error))
        return error.exit_code
    except typer.TyperException as error:  # usage errors from argument parsing
        if type(error).__name__ == "NoArgsIsHelpError":  # no command: the help was printed, as --help prints it
            return EXIT_OK
        _error(" ".join(error.format_message().split()))
        return EXIT_USAGE if error.exit_code == EXIT_USAGE else error.exit_code
    except (KeyboardInterrupt, typer.Abort):
        return EXIT_INTERRUPTED
    except SystemExit as error:
        if (
            error.code == 1 and _pipe_closed_in_click()
        ):  # click's own output (help) met a closed pipe: it exits 1 by itself
            _silence_stdout()
            return EXIT_BROKEN_PIPE
        raise
    except Exception as error:  # a bug: one line that says so, not a traceback (AMEXHELP_DEBUG=1 shows it)
        import os

        if os.environ.get("AMEXHELP_DEBUG"):
            raise
        _error(_worded(args, error))
        return EXIT_SOFTWARE
    return result if isinstance(result, int) else EXIT_OK


def _invoke(args: list[str]) -> tuple[list[str], Any]:
    """Run the command line (the help in the language asked): the arguments as read, and the result."""
    args, language = _help_asked(args)
    with _help_style(args):
        if language is None:
            return args, _app_for(args)(args=args, prog_name="amexhelp", standalone_mode=False)
        from amexhelp.cli._help import translated

        with translated(_app_for(args), language, _EPILOGS, _HELP_OPTIONS) as command:
            return args, command(args=args, prog_name="amexhelp", standalone_mode=False)


def _completing_for_bash() -> bool:
    import os

    return os.environ.get("_AMEXHELP_COMPLETE") == "complete_bash"


def _help_style(args: list[str]) -> Any:
    """Help without box drawing for a reader that is not a colour terminal (a pipe, TERM=dumb, NO_COLOR),
    unless FORCE_COLOR or CLICOLOR_FORCE asks for it; nothing at all for a run that shows no help."""
    import contextlib

    end = args.index("--") if "--" in args else len(args)
    shows_help = len(args) < 2 or any(word in _HELP_OPTIONS for word in args[:end])
    if not shows_help:
        return contextlib.nullcontext()
    from amexhelp import render

    if render.resolve(Format.AUTO, force_colour=_colour_forced()) is Format.RICH:
        return contextlib.nullcontext()
    from amexhelp.cli._plainhelp import plain_panels

    return plain_panels()


def _worded(args: list[str], error: Exception) -> str:
    """An error's line (ours, or a bug's) in the language chosen for errors (``_error_language``); in
    English if wording it in that language fails, so that a broken catalog still leaves a readable line."""
    from amexhelp.render import errors as words

    def wording(naming: Any) -> str:
        if isinstance(error, AmexhelpError):
            return words.word(error, naming)
        return words.internal(type(error).__name__, str(error), naming)

    language = _error_language(args)
    if language != "en":
        try:
            return wording(_naming_in(language))
        except Exception:  # the English line below still says what went wrong
            pass
    return wording(None)


def _error_language(args: list[str]) -> str:
    """The language of an error: --lang as the command line gives it (read here, since the command may
    fail before its options are parsed), then AMEXHELP_LANG, then the locale, then English. A value
    that names no language we answer in means English: that may be the very error being reported."""
    lang, _ = _lang_given(args[: args.index("--")] if "--" in args else args)
    try:
        return _language(lang)
    except AmexhelpError:
        return "en"


def _error(message: str) -> None:
    from amexhelp.sanitize import clean

    if len(message) > 500:  # a message quoting a huge value stays one readable line
        message = f"{message[:500]}…"
    _tell(f"amexhelp: error: {clean(message)}\n")


def _tell(line: str) -> None:
    """Write a line to stderr. If stderr cannot take it (closed, /dev/full) the line is lost, and the
    run's exit code still says what happened."""
    import os

    if sys.stderr is None:
        return
    try:
        sys.stderr.write(line)
        sys.stderr.flush()
    except (OSError, ValueError):
        try:  # nothing more can reach it: point it at /dev/null so the interpreter's last flush is quiet
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stderr.fileno())
            os.close(devnull)
        except (OSError, AttributeError, ValueError):
            pass


def _pipe_closed_in_click() -> bool:
    """Whether click or rich met a closed pipe while writing help (both then exit 1 by themselves: click
    wraps stdout to keep its final flush quiet, rich points stdout at /dev/null)."""
    import os

    if type(sys.stdout).__name__ == "_PacifyFlushWrapper":
        return True
    try:
        return os.path.samestat(os.fstat(sys.stdout.fileno()), os.stat(os.devnull))
    except (OSError, AttributeError, ValueError):
        return False


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):
        pass

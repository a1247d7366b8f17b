"""`amexhelp lookup`: the numbers to call, best first."""

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from amexhelp.cli import _environment as env
from amexhelp.cli._options import (
    N_,
    CardOpt,
    CountryOpt,
    FormatOpt,
    FromOpt,
    JqOpt,
    JsonOpt,
    LangOpt,
    NeedOpt,
    ProductOpt,
    epilog,
)
from amexhelp.cli._output import emit, output, write
from amexhelp.errors import EXIT_NOT_FOUND, EXIT_OK, InputError
from amexhelp.render import Format

if TYPE_CHECKING:
    from datetime import tzinfo

    from amexhelp.lookup.answer import Answer

EPILOG = epilog(
    N_("Examples: {examples}"),
    'amexhelp lookup "lost card in Japan"',
    "amexhelp lookup lost card in Rome --card US",
    "amexhelp lookup --country JP --from US",
    "amexhelp lookup -c JP --card GB --brief | head -1",
    "amexhelp lookup --country JP --need travel --json | jq -r '.lines[0].\"e164\"'",
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
    need: NeedOpt = None,
    caller: FromOpt = None,
    card: CardOpt = None,
    product: ProductOpt = None,
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

    _refuse_clashes(fmt, as_json or jq is not None, brief=brief, show_all=show_all, qr=qr)
    now = env.clock(None if tz is None else _zone(tz))
    directory = env.directory()
    result = answer(
        directory,
        " ".join(query) if query else None,  # unquoted words are one query: lookup lost card in Japan
        country_option=country,
        need_option=need,
        from_option=caller,
        card_option=card,
        product_option=product,
        settings=env.settings(),
        now=now,
    )
    if brief:
        return _brief(result, lang)
    naming = env.naming(env.language(lang, result.language))  # checked before anything is written
    emit(fmt, as_json, lambda renderer: renderer.lookup(result, directory, naming, full=show_all), jq=jq)
    if qr:
        from amexhelp.render.qrcode import best_line, print_qr

        with output():
            print_qr(best_line(result))
    return EXIT_OK


def _refuse_clashes(fmt: Format, as_json: bool, *, brief: bool, show_all: bool, qr: bool) -> None:
    """Options that cannot go together (``as_json``: --json or --jq)."""
    if qr and (as_json or fmt is Format.JSON):
        raise InputError("qr-with-json")
    if brief and (as_json or fmt is not Format.AUTO or qr):
        raise InputError("brief-with-format")
    if brief and show_all:
        raise InputError("brief-with-all")


def _brief(result: "Answer", lang: str | None) -> int:
    """The numbers on stdout, what was assumed on stderr; exit 1 when the place was not understood."""
    from amexhelp.lookup.notices import NOT_UNDERSTOOD
    from amexhelp.render.plain import notices
    from amexhelp.render.view import brief as numbers

    write(numbers(result))
    if result.notices and sys.stderr is not None:
        sys.stderr.write(notices(result, env.naming(env.language(lang, result.language))))
    return EXIT_NOT_FOUND if any(n.code in NOT_UNDERSTOOD for n in result.notices) else EXIT_OK


def _zone(name: str) -> "tzinfo":
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


# The commands of this module, by name, each with its epilog (registered by cli/_app.py).
COMMANDS: dict[str, tuple[Callable[..., object], str]] = {
    "lookup": (lookup, EPILOG),
}

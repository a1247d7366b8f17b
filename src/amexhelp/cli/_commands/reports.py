"""The reports: `faq`, `channels`, `countries`, `audit` and `sources`."""

from collections.abc import Callable
from typing import Annotated

import typer

from amexhelp.cli import _environment as env
from amexhelp.cli._options import (
    N_,
    FormatOpt,
    JqOpt,
    JsonOpt,
    LangOpt,
    complete_source_kind,
    country_option,
    epilog,
)
from amexhelp.cli._output import emit
from amexhelp.errors import EXIT_NOT_FOUND, EXIT_OK, NotFoundError
from amexhelp.render import Format

FAQ_EPILOG = epilog(
    N_("Examples: {examples}"),
    "amexhelp faq",
    'amexhelp faq "replacement card"',
    "amexhelp faq lost --card GB",
    "amexhelp faq --json",
)


def faq(
    query: Annotated[
        str | None,
        typer.Argument(metavar="QUERY", help=N_("Words to look for; all FAQs if left out."), show_default=False),
    ] = None,
    card: Annotated[
        str | None,
        country_option(
            "--card",
            help=N_(
                "Country that issued your card (default: AMEXHELP_CARD): an answer about another market points to"
                " its confirmed lines."
            ),
        ),
    ] = None,
    country: Annotated[
        str | None,
        country_option(
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
    from amexhelp.reports.faq import answer_all, search

    directory = env.directory()
    asked = _card_market(card, country)
    found = search(directory.faqs, query)
    if not found:
        raise NotFoundError("no-faq", query=query or "")
    answers = answer_all(directory, found, asked)
    naming = env.naming(env.language(lang))
    emit(
        fmt,
        as_json,
        lambda renderer: renderer.faqs(answers, directory, naming, query=query, asked=asked),
        jq=jq,
        paged=True,
    )


def _card_market(card: str | None, country: str | None) -> str | None:
    """The card's market an answer is read for: --card, else AMEXHELP_CARD (set once, it wins over where
    you are), else --country."""
    from amexhelp.lookup.places import resolve_country

    if card is not None:
        return resolve_country(card, option="--card").code
    setting = env.settings().card
    if setting:
        return resolve_country(setting, option="AMEXHELP_CARD").code
    return resolve_country(country).code if country is not None else None


CHANNELS_EPILOG = epilog(N_("Examples: {examples}"), "amexhelp channels", "amexhelp channels --json")


def channels(lang: LangOpt = None, as_json: JsonOpt = False, jq: JqOpt = None, fmt: FormatOpt = Format.AUTO) -> None:
    """Every way to reach support besides the phone, and how to stay safe."""
    directory = env.directory()
    naming = env.naming(env.language(lang))
    emit(fmt, as_json, lambda renderer: renderer.channels(directory, naming), jq=jq)


COUNTRIES_EPILOG = epilog(
    N_("Examples: {examples}"), "amexhelp countries", "amexhelp countries --json | jq -r '.countries[].code'"
)


def countries(lang: LangOpt = None, as_json: JsonOpt = False, jq: JqOpt = None, fmt: FormatOpt = Format.AUTO) -> None:
    """Each country with lines of its own, and the worldwide number for the rest."""
    directory = env.directory()
    naming = env.naming(env.language(lang))
    emit(fmt, as_json, lambda renderer: renderer.countries(directory, naming), jq=jq, paged=True)


AUDIT_EPILOG = epilog(
    N_("Examples: {examples}"), "amexhelp audit", "amexhelp audit --json | jq '.lines[] | select(.problems != [])'"
)


def audit(lang: LangOpt = None, as_json: JsonOpt = False, jq: JqOpt = None, fmt: FormatOpt = Format.AUTO) -> int:
    """Check every number and its evidence, and each market's standing. Exit 1 if anything has a problem."""
    from amexhelp.reports.audit import audit as check

    naming = env.naming(env.language(lang))
    directory = env.directory()
    report = check(directory)
    emit(fmt, as_json, lambda renderer: renderer.audit(report, directory, naming), jq=jq)
    return EXIT_NOT_FOUND if report.problems else EXIT_OK


SOURCES_EPILOG = epilog(
    N_("Examples: {examples}"),
    "amexhelp sources",
    "amexhelp sources --kind issuer",
    "amexhelp sources --json | jq -r '.sources[] | .url'",
)


def sources(
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            help=N_("Only sources of this kind: issuer, issuer-partner or third-party."),
            autocompletion=complete_source_kind,
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
    jq: JqOpt = None,
    fmt: FormatOpt = Format.AUTO,
) -> None:
    """Every source of the directory: its kind, address, date, and how many numbers it backs."""
    from amexhelp.reports.sources import source_list

    directory = env.directory()
    rows = source_list(directory, kind)
    naming = env.naming(env.language(lang))
    emit(fmt, as_json, lambda renderer: renderer.sources(rows, directory, naming), jq=jq, paged=True)


# The commands of this module, by name, each with its epilog (registered by cli/_app.py).
COMMANDS: dict[str, tuple[Callable[..., object], str]] = {
    "faq": (faq, FAQ_EPILOG),
    "channels": (channels, CHANNELS_EPILOG),
    "countries": (countries, COUNTRIES_EPILOG),
    "audit": (audit, AUDIT_EPILOG),
    "sources": (sources, SOURCES_EPILOG),
}

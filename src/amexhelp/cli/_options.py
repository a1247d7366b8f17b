"""The options the commands share, their help texts and their completions, declared once.

Help texts are marked ``N_`` for the catalogs (as render.i18n.N_ does, without importing it: that would
cost every start). A help text that lists what the data holds (the needs, the card products, the
languages) is a message with a field, filled from the data only when help is shown (``help_fields``):
no run that shows no help loads anything for it, and no list is kept by hand beside the data.

No ``from __future__ import annotations`` here: Typer reads the completion functions' annotations while it
builds a command, and strings would be compiled again on every run (1.5 M instructions of a lookup, callgrind).
"""

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from amexhelp.render import Format

if TYPE_CHECKING:
    from amexhelp.render.naming import Naming


def N_(message: str) -> str:
    """Mark a help text for the catalogs; ``--help`` in another language translates it (cli/_help.py)."""
    return message


HELP_OPTIONS = ("-h", "--help")

# Each epilog's message and its examples, by the English epilog: --help in another language words the
# message and keeps the examples as they are typed (commands, jq recipes).
EPILOGS: dict[str, tuple[str, tuple[str, ...]]] = {}


def epilog(message: str, *examples: str) -> str:
    """An epilog: ``message`` (a catalog message) with its ``{examples}``, one per line below it."""
    text = message.format(examples=examples_text(examples))
    EPILOGS[text] = (message, examples)
    return text


def examples_text(examples: Sequence[str]) -> str:
    """Examples as an epilog shows them: one per line, below the line that introduces them."""
    return "".join(f"\n  {example}" for example in examples)


# The help texts whose fields name what the data holds, filled by help_fields when help is shown.
NEED_HELP = N_("What you need: {needs}.")
PRODUCT_HELP = N_("Your card product: {products}; its own lines come first.")
LANG_HELP = N_(
    "Answer in this language ({languages}); default: AMEXHELP_LANG, the locale's, else the language of the"
    " words. JSON keeps codes, keys and English names; only its message texts change."
)
FILLED = frozenset({NEED_HELP, PRODUCT_HELP, LANG_HELP})


def help_fields(naming: "Naming") -> dict[str, str]:
    """The values of the help texts' fields, from the data in use, listed as ``naming``'s language lists."""
    from amexhelp.directory import index
    from amexhelp.directory.model import PRODUCTS

    return {
        "needs": naming.join(_needs(), conjunction=False),
        "products": naming.join(PRODUCTS, conjunction=False),
        "languages": naming.join(index.display_languages(), conjunction=False),
    }


def _needs() -> tuple[str, ...]:
    """The needs of the directory in use; the bundled one's when that cannot be read: help is shown whatever
    else is wrong (the run that uses the file says what is)."""
    from amexhelp.cli import _environment as env
    from amexhelp.errors import AmexhelpError

    try:
        return env.directory().need_ids
    except AmexhelpError:
        from amexhelp.directory.loading import load_directory

        return load_directory(None).need_ids


def continued(incomplete: str, value: str) -> str:
    """A completion that starts with the text exactly as typed, since Typer keeps only those: "ja" ->
    "japan", "Ja" -> "Japan" (both resolve; case and accents do not matter to --country)."""
    done = incomplete + value[len(incomplete) :]
    return done.lower() if incomplete.islower() else done


def complete_country(incomplete: str) -> list[str]:
    """Codes and English names that start with what was typed, in any case and without accents."""
    from amexhelp.directory import index
    from amexhelp.directory.folding import fold

    known = set(index.codes())  # read whole once: a test of each code would search the table 250 times
    names = {code: name for code, name in index.country_names().items() if code.casefold() in known}
    prefix = fold(incomplete)
    found = [code for code in names if code.casefold().startswith(prefix)]
    if prefix:
        found += sorted(name for name in names.values() if fold(name).startswith(prefix))
    return [continued(incomplete, value) for value in found]


def complete_lang(incomplete: str) -> list[str]:
    from amexhelp.directory import index

    languages = ("en", *index.display_languages())
    return [continued(incomplete, lang) for lang in languages if lang.casefold().startswith(incomplete.casefold())]


def complete_need(incomplete: str) -> list[str]:
    from amexhelp.cli import _environment as env

    return [need for need in env.directory().need_ids if need.startswith(incomplete.casefold())]


def complete_product(incomplete: str) -> list[str]:
    from amexhelp.directory.model import PRODUCTS

    return [product for product in PRODUCTS if product.startswith(incomplete.casefold())]


def complete_source_kind(incomplete: str) -> list[str]:
    from amexhelp.directory.model import SOURCE_KINDS

    return [kind for kind in SOURCE_KINDS if kind.startswith(incomplete)]


def complete_schema(incomplete: str) -> list[str]:
    from amexhelp.reports.outputschema import NAMES

    return [name for name in NAMES if name.startswith(incomplete.casefold())]


def country_option(*names: str, help: str) -> typer.models.OptionInfo:
    """An option that takes a country (a code, a name or a place), completed as one."""
    option: typer.models.OptionInfo = typer.Option(
        *names, metavar="COUNTRY", help=help, autocompletion=complete_country, show_default=False
    )
    return option


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
CountryOpt = Annotated[
    str | None,
    country_option(
        "--country",
        "-c",
        help=N_("Where you are: a code (JP, JPN), a name (Japan, UK, México) or a place (Tokyo, Bayern)."),
    ),
]
CardOpt = Annotated[
    str | None,
    country_option(
        "--card",
        help=N_(
            "Country that issued your card (default: AMEXHELP_CARD): its lines come first, in the form that"
            " works from where you are."
        ),
    ),
]
FromOpt = Annotated[
    str | None,
    country_option(
        "--from", "-f", help=N_("Country you are calling from, if not where you are (default: AMEXHELP_FROM).")
    ),
]
LangOpt = Annotated[
    str | None,
    typer.Option("--lang", metavar="LANG", help=LANG_HELP, autocompletion=complete_lang, show_default=False),
]
NeedOpt = Annotated[
    str | None,
    typer.Option("--need", "-n", metavar="NEED", help=NEED_HELP, autocompletion=complete_need, show_default=False),
]
ProductOpt = Annotated[
    str | None,
    typer.Option(
        "--product", "-p", metavar="PRODUCT", help=PRODUCT_HELP, autocompletion=complete_product, show_default=False
    ),
]

"""`amexhelp export` (numbers saved before a trip) and `amexhelp schema` (the JSON Schema of an output)."""

import enum
from collections.abc import Callable
from typing import Annotated

import typer

from amexhelp.cli import _environment as env
from amexhelp.cli._options import N_, LangOpt, complete_schema, country_option, epilog
from amexhelp.cli._output import tell, write


class ExportFormat(str, enum.Enum):
    CSV = "csv"
    JSON = "json"
    VCARD = "vcard"
    VCF = "vcf"  # the file extension people type: the same vCard


EXPORT_EPILOG = epilog(
    N_("Examples: {examples}"),
    "amexhelp export --format vcf --country JP --card US --from JP -o amex-japan.vcf",
    "amexhelp export --format csv > amex.csv",
    "amexhelp export --format json -o - | jq -r '.lines[] | .\"e164\"'",
)


def export(
    file_format: Annotated[
        ExportFormat,
        typer.Option("--format", case_sensitive=False, help=N_("File format: csv, json or vcard (4.0; also vcf).")),
    ] = ExportFormat.CSV,
    country: Annotated[
        str | None,
        country_option(
            "--country",
            "-c",
            help=N_("Only this country's lines (with its region's and the worldwide number): a code, name or place."),
        ),
    ] = None,
    card: Annotated[
        str | None,
        country_option(
            "--card", help=N_("Country that issued your card (default: AMEXHELP_CARD): its lines are saved first.")
        ),
    ] = None,
    caller: Annotated[
        str | None,
        country_option(
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

    directory = env.directory()
    settings = env.settings()
    code = resolve_country(country).code if country is not None else None
    card_code = _card_code(card, settings.card)
    where = resolve_caller(caller, settings)
    lines = exporting.lines_to_export(directory, code, card_code)
    fmt = "vcard" if file_format is ExportFormat.VCF else file_format.value
    # Only a vCard has words for people (its names and notes); CSV and JSON are the same in every language.
    language = env.language(lang)
    naming = env.naming(language) if fmt == "vcard" else None
    text = exporting.render(fmt, lines, directory, source(directory), where[0].code if where else None, naming)
    if output is None or output == "-":
        write(text)
        return
    from amexhelp.sanitize import clean

    exporting.write_atomically(output, text, force=force)
    tell(f"wrote {clean(output)}\n")


def _card_code(card: str | None, setting: str | None) -> str | None:
    """The card's market: --card, else AMEXHELP_CARD."""
    from amexhelp.lookup.places import resolve_country

    if card is not None:
        return resolve_country(card, option="--card").code
    if setting:
        return resolve_country(setting, option="AMEXHELP_CARD").code
    return None


SCHEMA_EPILOG = epilog(
    N_(
        "Examples: {examples}  ·  names: lookup, faq, channels, countries, verify, verify-batch (each JSON Lines"
        " record of verify -), verify-message, audit, sources, export"
    ),
    "amexhelp schema lookup",
    "amexhelp schema verify-batch > verify-batch.schema.json",
)


def schema(
    output: Annotated[
        str,
        typer.Argument(
            metavar="COMMAND",
            help=N_("The output whose schema to print: a command (lookup, faq…), or verify-batch or verify-message."),
            autocompletion=complete_schema,
            show_default=False,
        ),
    ],
) -> None:
    """Print the JSON Schema of a command's --json output (every output carries its schema_version)."""
    from amexhelp.reports.outputschema import read

    write(read(output))


# The commands of this module, by name, each with its epilog (registered by cli/_app.py).
COMMANDS: dict[str, tuple[Callable[..., object], str]] = {
    "export": (export, EXPORT_EPILOG),
    "schema": (schema, SCHEMA_EPILOG),
}

"""``--help`` in the user's language: the help texts of the commands, their parameters and epilogs, and
the texts Typer and click add themselves (the completion options, the help option, the panels' titles),
translated with the chosen language's catalog before Typer renders them.

Imported only when help is shown in a language other than English: English reads no catalog and pays
nothing. The command docstrings are in the catalogs by ``tools/catalogs.py`` (which reads them from the
source); the rest is marked with ``N_``. Typer's panel titles are module constants of typer.rich_utils,
set for the page and put back after it; so is its maker of help text, wrapped so that text folds at the edge
of its column (Typer 0.28, pinned below 0.29: tests/test_i18n_help.py fails if either moves). Typer's
"Usage:" is written by its copy of click, with no hook to word it: it stays as it is. The command is typed
``Any``: Typer's copy of click, whose classes these are, is not public.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import typer
from rich.text import Text
from typer import rich_utils

from amexhelp.cli._options import FILLED, examples_text, help_fields
from amexhelp.render.i18n import N_, Translate, translator

# Typer's and click's own texts in our help (Typer 0.28, pinned), in the catalogs by these markers.
TYPER_TEXTS = (
    N_("Install completion for the current shell."),
    N_("Show completion for the current shell, to copy it or customize the installation."),
    N_("Show this message and exit."),
)
# The module constants of typer.rich_utils that title the panels and mark defaults, with their messages.
_HEADINGS = {
    "ARGUMENTS_PANEL_TITLE": N_("Arguments"),
    "OPTIONS_PANEL_TITLE": N_("Options"),
    "COMMANDS_PANEL_TITLE": N_("Commands"),
    "REQUIRED_LONG_STRING": N_("[required]"),
}
# rich_utils fills "[default: {}]" with the value; the catalog's message names its field.
_DEFAULT = N_("[default: {value}]")


@contextlib.contextmanager
def translated(
    app: typer.Typer,
    language: str,
    epilogs: Mapping[str, tuple[str, Sequence[str]]],
    help_options: Sequence[str],
) -> Iterator[Any]:
    """The click command of ``app`` with its help in ``language`` (English: the messages themselves), while
    Typer's panel titles are too; the help texts that list what the data holds filled from it.

    ``epilogs``: each English epilog's message and examples (the examples stay as typed);
    ``help_options``: the names of the help option, as the app's context settings give them."""
    _ = _filling(translator(language), language)
    command = typer.main.get_command(app)
    _translate(command, _, epilogs, help_options)
    saved = {name: getattr(rich_utils, name) for name in (*_HEADINGS, "DEFAULT_STRING", "_make_rich_text")}
    try:
        for name, message in _HEADINGS.items():
            setattr(rich_utils, name, _(message))
        rich_utils.DEFAULT_STRING = _(_DEFAULT).format(value="{}")
        rich_utils._make_rich_text = _folding(saved["_make_rich_text"])
        yield command
    finally:
        for name, value in saved.items():
            setattr(rich_utils, name, value)


def _filling(translate: Translate, language: str) -> Translate:
    """``translate``, which also fills the fields of the help texts that list what the data holds (the
    needs, products and languages: cli/_options.py), read from the data once, when first met."""
    fields: dict[str, str] = {}

    def fill(message: str) -> str:
        if message not in FILLED:
            return translate(message)
        if not fields:
            from amexhelp.render.naming import Naming

            fields.update(help_fields(Naming(language)))
        return translate(message).format(**fields)

    return fill


def _folding(make: Callable[..., Any]) -> Callable[..., Any]:
    """Typer's maker of help text, whose text folds where it meets the edge of its column instead of
    being cut short with an ellipsis: Japanese and Chinese put no spaces between words to break at."""

    def make_folding(**kwargs: Any) -> Any:
        text = make(**kwargs)
        if isinstance(text, Text):
            text.overflow = "fold"
        return text

    return make_folding


def _translate(
    command: Any,
    _: Translate,
    epilogs: Mapping[str, tuple[str, Sequence[str]]],
    help_options: Sequence[str],
) -> None:
    """Translate, in place, the help texts of ``command``, its parameters and its subcommands'."""
    if command.help:
        command.help = _(command.help)
    if command.short_help:
        command.short_help = _(command.short_help)
    if command.epilog:
        message, examples = epilogs.get(command.epilog, (command.epilog, ()))
        command.epilog = _(message).format(examples=examples_text(examples)) if examples else _(message)
    # The help option is made when first asked for, and kept: make it here, with the app's names.
    help_option = command.get_help_option(typer.Context(command, help_option_names=list(help_options)))
    for param in [*command.params, *([help_option] if help_option is not None else [])]:
        text = getattr(param, "help", None)
        if text:
            param.help = _(text)
    for sub in getattr(command, "commands", {}).values():
        _translate(sub, _, epilogs, help_options)

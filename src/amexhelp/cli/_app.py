"""The Typer app and the entry point: the commands registered, the command line run, and errors of every
kind turned, in main() and nowhere else, into one line on stderr (in the language chosen for errors,
``_error_language``) and an exit code. (No ``from __future__ import annotations`` here or in the commands:
Typer reads the commands' annotations, and strings would be evaluated again on every run.)
"""

import functools
import sys
from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Annotated

import typer

from amexhelp import __version__
from amexhelp.cli import _environment as env
from amexhelp.cli._options import EPILOGS, HELP_OPTIONS, N_
from amexhelp.cli._output import quiet, tell
from amexhelp.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SOFTWARE,
    EXIT_USAGE,
    AmexhelpError,
    InputError,
    OutputClosed,
    OutputFailed,
)
from amexhelp.sanitize import bounded_arguments

if TYPE_CHECKING:
    from amexhelp.render.naming import Naming

app = typer.Typer(
    name="amexhelp",
    help=N_("The right, official American Express support number for where you are, offline."),
    no_args_is_help=True,
    context_settings={"help_option_names": list(HELP_OPTIONS)},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from amexhelp.directory.loading import data_sha256

        directory = env.directory()
        s, origin = directory.source, directory.origin
        typer.echo(f"amexhelp {__version__}")
        typer.echo(f"data: {origin.path} (schema {directory.schema_version}, sha256 {data_sha256(origin)})")
        typer.echo(f"source: {s.kind}, as of {s.as_of}")
        raise typer.Exit()


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


# Each command's module (cli/_commands/), by the command's name, in the order --help lists them. A run of one
# command imports and registers that command alone (``_app_for``); help and the tools get them all (``whole``).
_MODULES = {
    "lookup": "lookup",
    "faq": "reports",
    "channels": "reports",
    "countries": "reports",
    "verify": "verify",
    "audit": "reports",
    "sources": "reports",
    "export": "files",
    "schema": "files",
}


def _with_commands(names: Iterable[str]) -> typer.Typer:
    """A copy of the app with these commands registered, each with its epilog (and no group)."""
    import copy
    import importlib

    registered = copy.copy(app)
    registered.registered_commands = []
    registered.registered_groups = []
    for name in names:
        module = importlib.import_module(f"amexhelp.cli._commands.{_MODULES[name]}")
        command, epilog = module.COMMANDS[name]
        registered.command(epilog=epilog)(command)
    return registered


@functools.cache
def whole() -> typer.Typer:
    """The app with every command and the `data` group: what help lists, the man page and the catalogs read."""
    from amexhelp.cli._data import data_app

    every = _with_commands(_MODULES)
    every.add_typer(data_app)
    return every


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code. The one place errors become messages."""
    args = sys.argv[1:] if argv is None else argv
    if env.completing() == "complete_bash":
        from amexhelp.cli._complete import quote_bash_completions

        quote_bash_completions()
    try:
        args, result = _invoke(bounded_arguments(args))
    except (KeyboardInterrupt, typer.Abort):
        return EXIT_INTERRUPTED
    except SystemExit as error:
        return _exited(error)
    except Exception as error:
        return _failed(args, error)
    return result if isinstance(result, int) else EXIT_OK


def _failed(args: list[str], error: Exception) -> int:
    """The exit code of a run that raised ``error``, its line written on stderr (none for a closed stdout)."""
    if isinstance(error, (OutputClosed, OutputFailed)):
        quiet(sys.stdout)  # what is left in stdout's buffer cannot be written either
    if isinstance(error, OutputClosed):
        return error.exit_code
    if isinstance(error, AmexhelpError):
        _error(_worded(args, error))
        return error.exit_code
    if isinstance(error, typer.TyperException):  # usage errors from argument parsing
        return _usage(error)
    if env.debugging():  # a bug: one line that says so, not a traceback (AMEXHELP_DEBUG=1 shows it)
        raise error
    _error(_worded(args, error))
    return EXIT_SOFTWARE


def _usage(error: typer.TyperException) -> int:
    if type(error).__name__ == "NoArgsIsHelpError":  # no command: the help was printed, as --help prints it
        return EXIT_OK
    _error(" ".join(error.format_message().split()))
    return EXIT_USAGE if error.exit_code == EXIT_USAGE else error.exit_code


def _exited(error: SystemExit) -> int:
    """click's own output (help) met a closed pipe: it exits 1 by itself; any other exit goes on."""
    if error.code == 1 and _pipe_closed_in_click():
        quiet(sys.stdout)
        return EXIT_BROKEN_PIPE
    raise error


def _app_for(args: list[str]) -> typer.Typer:
    """The app with only the command asked for registered: Typer builds every command's parameters
    before it runs one, a few milliseconds of every start (benchmarks/startup.py). Anything else
    (no command, --help, --version, an unknown name, `data`) gets the whole app and its own messages."""
    wanted = args[0] if args else None
    return _with_commands([wanted]) if wanted in _MODULES else whole()


def _help_asked(args: list[str]) -> tuple[list[str], str | None]:
    """``args`` as click is to read them, and the language to show help in when they ask for help (no
    command, or -h/--help before any ``--``) in a language other than English (else None). In a request
    for help, --lang LANG (or --lang=LANG) names the language and is taken out of the arguments, so that
    the app's help and every command's, whether or not the command reads --lang, can be asked in one."""
    end = args.index("--") if "--" in args else len(args)
    lang, words = _lang_given(args[:end])
    if words and not any(word in HELP_OPTIONS for word in words):
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
    setting = env.setting("LANG")
    locale = env.messages_locale()
    if lang is None and setting is None and (locale is None or _english_locale(locale)):
        return None  # nothing names another language: no catalog to read
    from amexhelp.render.i18n import resolve_lang

    try:
        language = resolve_lang(lang, locale, setting=setting)
    except InputError:
        return None
    return language if language != "en" else None


def _english_locale(locale: str) -> bool:
    """Whether a locale (LANGUAGE, LC_ALL, LC_MESSAGES or LANG) names English or no language (C, POSIX)."""
    name = locale.split(".", 1)[0].split("@", 1)[0].casefold()
    return name in ("", "c", "posix", "en") or name.startswith(("en_", "en-"))


def _invoke(args: list[str]) -> tuple[list[str], object]:
    """Run the command line (the help in the language asked): the arguments as read, and the result. A run
    that shows help or completes a word has its help texts filled from the data (and translated)."""
    args, language = _help_asked(args)
    app_for = _app_for(args)
    if not _shows_help(args) and env.completing() is None:
        return args, app_for(args=args, prog_name="amexhelp", standalone_mode=False)
    from amexhelp.cli._help import translated

    with _help_style(args), translated(app_for, language or "en", EPILOGS, HELP_OPTIONS) as command:
        return args, command(args=args, prog_name="amexhelp", standalone_mode=False)


def _shows_help(args: list[str]) -> bool:
    """No command, a group without its subcommand, or -h/--help before any ``--``."""
    end = args.index("--") if "--" in args else len(args)
    return not args or args == ["data"] or any(word in HELP_OPTIONS for word in args[:end])


def _help_style(args: list[str]) -> AbstractContextManager[None]:
    """Help without box drawing for a reader that is not a colour terminal (a pipe, TERM=dumb, NO_COLOR),
    unless FORCE_COLOR or CLICOLOR_FORCE asks for it; nothing at all for a run that completes a word."""
    import contextlib

    if not _shows_help(args) or env.completing() is not None or env.styled():
        return contextlib.nullcontext()
    from amexhelp.cli._plainhelp import plain_panels

    return plain_panels()


def _worded(args: list[str], error: Exception) -> str:
    """An error's line (ours, or a bug's) in the language chosen for errors (``_error_language``); in
    English if wording it in that language fails, so that a broken catalog still leaves a readable line."""
    language = _error_language(args)
    if language != "en":
        try:
            return _wording(error, env.naming(language))
        except Exception:  # the English line below still says what went wrong
            pass
    return _wording(error, None)


def _wording(error: Exception, naming: "Naming | None") -> str:
    from amexhelp.render import errors as words

    if isinstance(error, AmexhelpError):
        return words.word(error, naming)
    return words.internal(type(error).__name__, str(error), naming)


def _error_language(args: list[str]) -> str:
    """The language of an error: --lang as the command line gives it (read here, since the command may
    fail before its options are parsed), then AMEXHELP_LANG, then the locale, then English. A value
    that names no language we answer in means English: that may be the very error being reported."""
    lang, _ = _lang_given(args[: args.index("--")] if "--" in args else args)
    try:
        return env.language(lang)
    except AmexhelpError:
        return "en"


def _error(message: str) -> None:
    from amexhelp.sanitize import clean

    if len(message) > 500:  # a message quoting a huge value stays one readable line
        message = f"{message[:500]}…"
    tell(f"amexhelp: error: {clean(message)}\n")


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

"""What the environment sets, read here and nowhere else in the package, and handed down as plain values:
the settings (AMEXHELP_COUNTRY, AMEXHELP_FROM, AMEXHELP_CARD, AMEXHELP_LANG, AMEXHELP_DATA), the locale
(LC_ALL, LC_MESSAGES, LANG; with LANGUAGE first for the language of messages, in gettext's order), the
installed data file and the cache folder (XDG_DATA_HOME, XDG_CACHE_HOME, HOME), whether output is styled
(NO_COLOR, TERM, FORCE_COLOR, CLICOLOR_FORCE, a terminal), the clock and today's date. Rich reads COLUMNS
and the terminal's size itself, when it prints.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date, datetime, tzinfo

    from amexhelp.directory.model import Directory
    from amexhelp.lookup.answer import Settings
    from amexhelp.render.naming import Naming

# The variables the locale is read from, in the order gettext reads them; LANGUAGE (a list of languages,
# "fr:de") names only the language of messages, never the territory where you are.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def setting(name: str) -> str | None:
    """An AMEXHELP_* variable, None when unset or empty."""
    return os.environ.get(f"AMEXHELP_{name}") or None


def settings() -> Settings:
    """What the user set once, handed to the core as plain values."""
    from amexhelp.lookup.answer import Settings

    return Settings(country=setting("COUNTRY"), caller=setting("FROM"), card=setting("CARD"), locale=locale())


def locale() -> str | None:
    """The locale (the first of LC_ALL, LC_MESSAGES and LANG that is set): its territory is where you are
    when nothing else says."""
    return next((os.environ[name] for name in LOCALE_VARIABLES if os.environ.get(name)), None)


def messages_locale() -> str | None:
    """The locale that names the language of messages, in gettext's order: LANGUAGE first (the first of its
    languages that we answer in, else its first), then the locale."""
    choices = [choice for choice in os.environ.get("LANGUAGE", "").split(":") if choice.strip()]
    if not choices:
        return locale()
    from amexhelp.render.i18n import ENGLISH, resolve_lang

    named = (
        choice for choice in choices if choice.casefold().startswith(ENGLISH) or resolve_lang(None, choice) != ENGLISH
    )
    return next(named, choices[0])


def language(lang: str | None, words: str | None = None) -> str:
    """The language to answer in: --lang, AMEXHELP_LANG, the locale, the words' own language, English."""
    from amexhelp.render.i18n import resolve_lang

    return resolve_lang(lang, messages_locale(), setting=setting("LANG"), words=words)


def naming(language: str) -> Naming:
    """Names and sentences in a language already chosen (``language``)."""
    from amexhelp.render.naming import Naming

    return Naming(language)


def clock(zone: tzinfo | None) -> datetime:
    """The current time in ``zone`` (None: the system's zone, as a fixed offset)."""
    from datetime import datetime

    return datetime.now(zone) if zone is not None else datetime.now().astimezone()


def today() -> date:
    """Today's date on the system's clock: the day the data's age is counted to."""
    return clock(None).date()


def cache_dir() -> str | None:
    """Where a parsed data file is kept: $XDG_CACHE_HOME/amexhelp, else $HOME/.cache/amexhelp; None (no
    cache) when neither names an absolute folder (never the working directory, never a home guessed
    otherwise)."""
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not os.path.isabs(base):
        home = os.environ.get("HOME") or ""
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "amexhelp")


# The file `amexhelp data install` writes, in the user's data directory (cli/_data.py).
INSTALLED_NAME = "directory.json"


def data_dir() -> str | None:
    """The user's data directory for amexhelp (None: no usable home). On Linux and the BSDs this is
    platformdirs' own rule written out ($XDG_DATA_HOME, else ~/.local/share), since every run asks
    where the installed file is and importing platformdirs costs about 40 ms there (measured with
    ``python -X importtime``); tests/cli/test_data_command.py holds the two to the same answer."""
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        base = os.environ.get("XDG_DATA_HOME", "").strip() or os.path.expanduser("~/.local/share")
        folder = os.path.join(base, "amexhelp")
    else:
        import platformdirs

        folder = platformdirs.user_data_dir("amexhelp", appauthor=False)
    return folder if os.path.isabs(folder) else None  # no usable home: never the working directory


def installed_path() -> str | None:
    """Where `amexhelp data install` writes its file (whether or not it is there)."""
    folder = data_dir()
    return os.path.join(folder, INSTALLED_NAME) if folder is not None else None


def installed_file() -> str | None:
    """The installed data file, when there is one."""
    path = installed_path()
    return path if path is not None and os.path.isfile(path) else None


def directory() -> Directory:
    """The directory in use, as seen today: AMEXHELP_DATA's file when that is set, else the file
    `amexhelp data install` wrote when there is one, else the bundled one."""
    from amexhelp.directory.loading import load_directory

    override = setting("DATA")
    installed = installed_file() if override is None else None
    path = override or installed
    loaded = load_directory(path, installed=installed is not None, cache=cache_dir() if path else None)
    return loaded.seen_on(today())


def debugging() -> bool:
    """AMEXHELP_DEBUG: a bug raises its traceback instead of one line."""
    return setting("DEBUG") is not None


def completing() -> str | None:
    """The shell Typer completes a word for (``_AMEXHELP_COMPLETE``: complete_bash…), None in a normal run."""
    return os.environ.get("_AMEXHELP_COMPLETE") or None


def colour_forced() -> bool:
    """FORCE_COLOR or CLICOLOR_FORCE set to anything but empty or 0: colour even on a pipe (NO_COLOR still wins)."""
    return any(os.environ.get(name, "0") not in ("", "0") for name in ("FORCE_COLOR", "CLICOLOR_FORCE"))


def styled() -> bool:
    """Whether ``--format auto`` is rich: stdout a terminal, or colour forced; never under NO_COLOR or
    TERM=dumb (unless forced). Decided here, not by rich's Console, whose import a plain or JSON run
    does not pay: 87 million instructions (callgrind), a third more than `import typer` (well over 5 ms).
    Once rich prints, it decides the colours the terminal shows and honours NO_COLOR itself."""
    if os.environ.get("NO_COLOR"):
        return False
    if colour_forced():
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False
